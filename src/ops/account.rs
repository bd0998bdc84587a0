//! Accounts (espace « Mon compte »): sign-up, activation, profile, password, feed.

use serde::{Deserialize, Serialize};

use super::{Actor, Context, Operation, check_all, secrets};
use crate::domain::identifier::{check_password, check_siret, check_text};
use crate::domain::identity::normalize_email;
use crate::domain::{Account, AccountStatus, CreatedAccount, Event, Notification};
use crate::error::{Error, Result, Violation};
use crate::store::{self, accounts::AccountRow};

fn check_phone(phone: &str) -> Result<(), Violation> {
    let ok = phone.len() <= 20
        && phone
            .chars()
            .all(|c| c.is_ascii_digit() || " +.-()".contains(c));
    if ok {
        Ok(())
    } else {
        Err(Violation {
            rule: "phone_format".into(),
            message: format!(
                "phone '{phone}' may only hold digits, spaces and + . - ( ), at most 20 characters"
            ),
        })
    }
}

fn not_found(email: &str) -> Error {
    Error::not_found("account_not_found", format!("no account {email}"))
}

/// The account an action targets: the given e-mail, or the actor's own.
fn target(cx: &Context<'_>, email: Option<&str>, action: &str) -> Result<AccountRow> {
    let email = match (email, &cx.actor) {
        (Some(e), _) => super::email(e)?,
        (None, Actor::Account { id, .. }) => return store::accounts::by_id(cx.db, *id),
        (None, _) => {
            return Err(Error::usage(
                "account_required",
                format!("{action}: the operator has no account of its own; name one"),
            ));
        }
    };
    store::accounts::by_email(cx.db, &email)?.ok_or_else(|| not_found(email.as_str()))
}

/// Only the account itself or the operator may change an account.
fn require_self_or_operator(cx: &Context<'_>, row: &AccountRow, action: &str) -> Result<()> {
    match &cx.actor {
        Actor::Operator => Ok(()),
        Actor::Account { id, .. } if *id == row.id => Ok(()),
        _ => Err(Error::permission(
            "not_your_account",
            format!("only {} or the operator may {action}", row.account.email),
        )),
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CreateAccount {
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub phone: Option<String>,
    pub siret: Option<String>,
}

impl Operation for CreateAccount {
    type Output = CreatedAccount;
    const NAME: &'static str = "create-account";
    const ANONYMOUS: bool = true;
    const OPEN: bool = true;

    fn execute(self, cx: &mut Context<'_>) -> Result<CreatedAccount> {
        let email = normalize_email(&self.email);
        check_all([
            email.as_ref().map(|_| ()).map_err(Clone::clone),
            check_text("first_name", &self.first_name, 100),
            check_text("last_name", &self.last_name, 100),
            self.phone.as_deref().map_or(Ok(()), check_phone),
            self.siret.as_deref().map_or(Ok(()), check_siret),
        ])?;
        let email = email.map_err(|v| Error::violations(vec![v]))?;
        // Two spellings of one address (case, Unicode forms) are one account.
        if store::accounts::by_email(cx.db, &email)?.is_some() {
            return Err(Error::conflict(
                "email_taken",
                format!("an account with e-mail {email} already exists"),
            )
            .hint("each e-mail holds one account; sign in with it or use another address"));
        }
        let token = secrets::new_token()?;
        let id = store::accounts::insert(
            cx.db,
            &store::accounts::NewAccount {
                email: &email,
                first_name: self.first_name.trim(),
                last_name: self.last_name.trim(),
                phone: self.phone.as_deref().map(str::trim),
                siret: self.siret.as_deref(),
                activation_token_hash: &secrets::token_hash(&token),
                now: &cx.now,
            },
        )?;
        store::accounts::add_notification(
            cx.db,
            id,
            "activation",
            &format!(
                "Welcome to Chorus Pro. Activate your account with: chorus account activate --email {email} --token {token}"
            ),
            &cx.now,
        )?;
        cx.event(
            "account.created",
            None,
            Some(id),
            email.as_str(),
            &format!("account {email} created"),
        )?;
        let account = store::accounts::by_id(cx.db, id)?.account;
        // Signing up proves nothing: only the operator (the local store's owner, a remote
        // `--operator`) sees the token; others must read the account's mailbox.
        Ok(CreatedAccount {
            account,
            activation_token: cx.is_operator().then_some(token),
        })
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ActivateAccount {
    pub email: String,
    pub token: String,
    pub password: String,
    pub security_question: Option<String>,
    pub security_answer: Option<String>,
    #[serde(skip)]
    hashes: Option<(String, Option<String>)>,
}

impl ActivateAccount {
    pub fn new(
        email: String,
        token: String,
        password: String,
        security: Option<(String, String)>,
    ) -> Self {
        let (security_question, security_answer) = security.unzip();
        ActivateAccount {
            email,
            token,
            password,
            security_question,
            security_answer,
            hashes: None,
        }
    }
}

impl Operation for ActivateAccount {
    type Output = Account;
    const NAME: &'static str = "activate-account";
    const ANONYMOUS: bool = true;
    const OPEN: bool = true;

    fn prepare(&mut self) -> Result<()> {
        let missing_answer = self.security_question.is_some()
            && self
                .security_answer
                .as_deref()
                .is_none_or(|a| a.trim().is_empty());
        let answer_rule = if missing_answer {
            Err(Violation {
                rule: "security_answer_required".into(),
                message: "a security question needs a non-empty answer".into(),
            })
        } else {
            Ok(())
        };
        check_all([check_password(&self.password), answer_rule])?;
        let answer = match &self.security_answer {
            Some(a) => Some(secrets::hash_password(a.trim())?),
            None => None,
        };
        self.hashes = Some((secrets::hash_password(&self.password)?, answer));
        Ok(())
    }

    fn execute(mut self, cx: &mut Context<'_>) -> Result<Account> {
        if self.hashes.is_none() {
            self.prepare()?;
        }
        let (password_hash, answer_hash) = self.hashes.take().unwrap_or_default();
        let email = super::email(&self.email)?;
        let row =
            store::accounts::by_email(cx.db, &email)?.ok_or_else(|| not_found(&self.email))?;
        match row.account.status {
            AccountStatus::Active => {
                return Err(Error::conflict(
                    "account_already_active",
                    format!("account {} is already active", row.account.email),
                ));
            }
            AccountStatus::Inactive => {
                return Err(Error::permission(
                    "account_deactivated",
                    format!(
                        "account {} was deactivated and cannot be activated again",
                        row.account.email
                    ),
                ));
            }
            AccountStatus::PendingActivation => {}
        }
        if row.activation_token_hash.as_deref() != Some(secrets::token_hash(&self.token).as_str()) {
            return Err(Error::permission(
                "wrong_activation_token",
                format!("the activation token for {} is wrong", row.account.email),
            )
            .hint("use the token of the activation message (`chorus account notifications EMAIL`, read by the operator)"));
        }
        store::accounts::activate(
            cx.db,
            row.id,
            &password_hash,
            self.security_question.as_deref(),
            answer_hash.as_deref(),
            &cx.now,
        )?;
        let email = &row.account.email;
        cx.event(
            "account.activated",
            None,
            Some(row.id),
            email,
            &format!("account {email} activated"),
        )?;
        Ok(store::accounts::by_id(cx.db, row.id)?.account)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ShowAccount {
    pub email: Option<String>,
}

impl Operation for ShowAccount {
    type Output = Account;
    const NAME: &'static str = "show-account";
    const WRITES: bool = false;

    fn execute(self, cx: &mut Context<'_>) -> Result<Account> {
        let row = target(cx, self.email.as_deref(), "account show")?;
        let visible = match &cx.actor {
            Actor::Operator => true,
            Actor::Account { id, .. } if *id == row.id => true,
            Actor::Account { id, .. } => {
                let managed = store::attachments::managed_structures(cx.db, *id)?;
                store::accounts::list(cx.db, Some(&managed))?
                    .iter()
                    .any(|a| a.email == row.account.email)
            }
            Actor::Anonymous => false,
        };
        if !visible {
            return Err(not_found(&row.account.email)
                .hint("you see your own account and those attached to the structures you manage"));
        }
        Ok(row.account)
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ListAccounts {}

impl Operation for ListAccounts {
    type Output = Vec<Account>;
    const NAME: &'static str = "list-accounts";
    const WRITES: bool = false;

    fn execute(self, cx: &mut Context<'_>) -> Result<Vec<Account>> {
        match &cx.actor {
            Actor::Account { id, .. } => {
                let managed = store::attachments::managed_structures(cx.db, *id)?;
                let mut list = store::accounts::list(cx.db, Some(&managed))?;
                let me = store::accounts::by_id(cx.db, *id)?.account;
                if !list.iter().any(|a| a.email == me.email) {
                    list.push(me);
                    list.sort_by(|a, b| a.email.cmp(&b.email));
                }
                Ok(list)
            }
            _ => store::accounts::list(cx.db, None),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct UpdateAccount {
    pub email: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    /// An empty string removes the phone number.
    pub phone: Option<String>,
}

impl Operation for UpdateAccount {
    type Output = Account;
    const NAME: &'static str = "update-account";

    fn execute(self, cx: &mut Context<'_>) -> Result<Account> {
        let row = target(cx, self.email.as_deref(), "account update")?;
        require_self_or_operator(cx, &row, "update this account")?;
        if self.first_name.is_none() && self.last_name.is_none() && self.phone.is_none() {
            return Err(Error::usage(
                "nothing_to_update",
                "nothing to update: give --first-name, --last-name or --phone",
            ));
        }
        let mut a = row.account.clone();
        if let Some(v) = &self.first_name {
            a.first_name = v.trim().to_string();
        }
        if let Some(v) = &self.last_name {
            a.last_name = v.trim().to_string();
        }
        if let Some(v) = &self.phone {
            a.phone = Some(v.trim().to_string()).filter(|p| !p.is_empty());
        }
        check_all([
            check_text("first_name", &a.first_name, 100),
            check_text("last_name", &a.last_name, 100),
            a.phone.as_deref().map_or(Ok(()), check_phone),
        ])?;
        store::accounts::update_profile(cx.db, row.id, &a, &cx.now)?;
        let email = &a.email;
        cx.event(
            "account.updated",
            None,
            Some(row.id),
            email,
            &format!("account {email} updated"),
        )?;
        Ok(store::accounts::by_id(cx.db, row.id)?.account)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ChangePassword {
    pub old_password: String,
    pub new_password: String,
    #[serde(skip)]
    new_hash: Option<String>,
}

impl ChangePassword {
    pub fn new(old_password: String, new_password: String) -> Self {
        ChangePassword {
            old_password,
            new_password,
            new_hash: None,
        }
    }
}

impl Operation for ChangePassword {
    type Output = Account;
    const NAME: &'static str = "change-password";

    fn prepare(&mut self) -> Result<()> {
        check_all([check_password(&self.new_password)])?;
        self.new_hash = Some(secrets::hash_password(&self.new_password)?);
        Ok(())
    }

    fn execute(mut self, cx: &mut Context<'_>) -> Result<Account> {
        let (id, email) = cx.account("account password")?;
        if self.new_hash.is_none() {
            self.prepare()?;
        }
        let row = store::accounts::by_id(cx.db, id)?;
        let ok = row
            .password_hash
            .as_deref()
            .is_some_and(|h| secrets::verify_password(&self.old_password, h));
        if !ok {
            return Err(Error::permission(
                "wrong_password",
                format!("the current password of {email} is wrong"),
            ));
        }
        store::accounts::set_password(
            cx.db,
            id,
            self.new_hash.as_deref().unwrap_or_default(),
            &cx.now,
        )?;
        // A stolen token dies with the old password; the session that changed it goes on.
        store::tokens::revoke_all(cx.db, id, cx.token_hash.as_deref(), &cx.now)?;
        cx.event(
            "account.password_changed",
            None,
            Some(id),
            &email,
            &format!("password of {email} changed"),
        )?;
        Ok(store::accounts::by_id(cx.db, id)?.account)
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct DeactivateAccount {
    pub email: Option<String>,
}

impl Operation for DeactivateAccount {
    type Output = Account;
    const NAME: &'static str = "deactivate-account";

    fn execute(self, cx: &mut Context<'_>) -> Result<Account> {
        let row = target(cx, self.email.as_deref(), "account deactivate")?;
        require_self_or_operator(cx, &row, "deactivate this account")?;
        if row.account.status == AccountStatus::Inactive {
            return Err(Error::conflict(
                "account_already_inactive",
                format!("account {} is already deactivated", row.account.email),
            ));
        }
        store::accounts::set_status(cx.db, row.id, AccountStatus::Inactive, &cx.now)?;
        store::tokens::revoke_all(cx.db, row.id, None, &cx.now)?;
        let email = &row.account.email;
        cx.event(
            "account.deactivated",
            None,
            Some(row.id),
            email,
            &format!("account {email} deactivated"),
        )?;
        Ok(store::accounts::by_id(cx.db, row.id)?.account)
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct AccountEvents {
    /// A date (`2026-11-22`) or an RFC 3339 instant: only events at or after it.
    pub since: Option<String>,
    pub limit: Option<u32>,
}

impl Operation for AccountEvents {
    type Output = Vec<Event>;
    const NAME: &'static str = "account-events";
    const WRITES: bool = false;

    fn execute(self, cx: &mut Context<'_>) -> Result<Vec<Event>> {
        let since = match self.since.as_deref().map(str::trim) {
            None => None,
            Some(s) => Some(normalise_since(s)?),
        };
        let scope = match &cx.actor {
            Actor::Account { id, .. } => {
                Some((*id, store::attachments::member_structures(cx.db, *id)?))
            }
            _ => None,
        };
        store::events::feed(
            cx.db,
            &store::events::FeedFilter {
                scope,
                since,
                limit: self.limit,
            },
        )
    }
}

/// `--since` takes a date or an instant; events are compared as RFC 3339 UTC strings.
fn normalise_since(s: &str) -> Result<String> {
    if let Ok(d) = s.parse::<jiff::civil::Date>() {
        return Ok(format!("{d}T00:00:00Z"));
    }
    if let Ok(t) = s.parse::<jiff::Timestamp>() {
        return Ok(t.to_string());
    }
    Err(Error::usage(
        "bad_since",
        format!("--since '{s}' is neither a date (2026-11-22) nor an RFC 3339 instant"),
    ))
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct AccountNotifications {
    pub email: Option<String>,
}

impl Operation for AccountNotifications {
    type Output = Vec<Notification>;
    const NAME: &'static str = "account-notifications";
    const WRITES: bool = false;

    fn execute(self, cx: &mut Context<'_>) -> Result<Vec<Notification>> {
        let row = target(cx, self.email.as_deref(), "account notifications")?;
        require_self_or_operator(cx, &row, "read this account's notifications")?;
        store::accounts::notifications(cx.db, row.id)
    }
}
