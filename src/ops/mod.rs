//! The operation catalogue. Every thing a user can do is a serialisable value with one
//! `execute` that checks the actor's rights, applies the rules and writes through the store in
//! one transaction. The CLI builds operations; a backend runs them.

pub mod account;
pub mod attachment;
pub mod b64;
pub mod directory;
pub mod invoice;
pub mod secrets;
pub mod service;
pub mod session;
pub mod space;
pub mod structure;
pub mod ticket;
pub mod works;

use rusqlite::Connection;
use serde::{Deserialize, Serialize, de::DeserializeOwned};

use crate::domain::identity::{Email, normalize_email};
use crate::domain::{AccountStatus, IdentifierType, Role};
use crate::error::{Error, Result, Violation};
use crate::store::{self, structures::StructureRow};

pub trait Operation: Serialize + DeserializeOwned {
    type Output: Serialize + DeserializeOwned;
    /// Stable name: the HTTP route `POST /v1/{NAME}` of `chorus serve` and the log label.
    const NAME: &'static str;
    /// Read-only operations run in a deferred transaction; writers take the write lock first.
    const WRITES: bool = true;
    /// Operations anyone may run without an active account (sign-up, activation).
    const ANONYMOUS: bool = false;
    /// Reachable on a remote store without a token: signing up, activating, signing in and
    /// out. Everything else needs one, even what any account may read.
    const OPEN: bool = false;
    /// Whether sending it twice does no more than once, so that a client may retry it after a
    /// dropped connection: reads, and writes with an idempotency key.
    fn retry_safe(&self) -> bool {
        !Self::WRITES
    }
    /// Expensive pure work (hashing, parsing) done before the transaction opens.
    fn prepare(&mut self) -> Result<()> {
        Ok(())
    }
    fn execute(self, cx: &mut Context<'_>) -> Result<Self::Output>;
}

/// Who claims to act, before the store has checked it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Acting {
    /// The store's owner: no `--as` on a local store.
    Operator,
    /// `--as EMAIL` (or, remotely, the token's account).
    Account(String),
    /// Remotely, the account of a bearer token (`hash`: its SHA-256); with the operator's
    /// rights when `chorus serve --operator` names it, while it is ACTIVE (every request).
    Token {
        email: String,
        hash: String,
        operator: bool,
    },
    /// A remote request without a token: only anonymous operations may run.
    Nobody,
}

impl Acting {
    /// The hash of the bearer token a remote request came with.
    pub fn token_hash(&self) -> Option<String> {
        match self {
            Acting::Token { hash, .. } => Some(hash.clone()),
            _ => None,
        }
    }
}

/// Who acts, as checked against the store.
#[derive(Debug, Clone)]
pub enum Actor {
    Operator,
    Anonymous,
    Account { id: i64, email: String },
}

pub struct Context<'a> {
    pub db: &'a Connection,
    pub actor: Actor,
    /// RFC 3339 UTC instant of the operation (`CHORUS_NOW` overrides the clock).
    pub now: String,
    /// Remotely, the hash of the request's bearer token (a password change keeps it).
    pub token_hash: Option<String>,
}

impl Actor {
    /// Checks a claimed identity: the account must exist and be ACTIVE (an operator's too).
    pub fn resolve(db: &Connection, acting: &Acting) -> Result<Actor> {
        match acting {
            Acting::Operator => Ok(Actor::Operator),
            Acting::Nobody => Err(session::token_missing()),
            Acting::Account(email)
            | Acting::Token {
                email,
                operator: false,
                ..
            } => {
                let (id, email) = active_account(db, email)?;
                Ok(Actor::Account { id, email })
            }
            Acting::Token {
                email,
                operator: true,
                ..
            } => active_account(db, email).map(|_| Actor::Operator),
        }
    }

    /// For operations anyone may run: the operator stays the operator (it sees activation
    /// tokens), anybody else, an inactive operator included, is anonymous.
    pub fn anonymous(db: &Connection, acting: &Acting) -> Actor {
        match acting {
            Acting::Operator | Acting::Token { operator: true, .. } => {
                Actor::resolve(db, acting).unwrap_or(Actor::Anonymous)
            }
            _ => Actor::Anonymous,
        }
    }
}

/// The id and e-mail of the ACTIVE account an actor claims to be.
fn active_account(db: &Connection, claimed: &str) -> Result<(i64, String)> {
    let unknown = || {
        Error::permission(
            "unknown_account",
            format!("no account {claimed} (given by --as / CHORUS_USER)"),
        )
        .hint("create it with `chorus account create`, or drop --as to act as the operator")
    };
    // An address that cannot be normalised names no account.
    let email = normalize_email(claimed).map_err(|_| unknown())?;
    match store::accounts::by_email(db, &email)? {
        Some(row) if row.account.status == AccountStatus::Active => Ok((row.id, row.account.email)),
        Some(row) => Err(Error::permission(
            "account_not_active",
            format!("account {email} is {} and cannot act", row.account.status),
        )
        .hint("activate it with `chorus account activate --email EMAIL --token TOKEN`")),
        None => Err(unknown()),
    }
}

impl Context<'_> {
    /// How the actor appears in events and decisions.
    pub fn actor_label(&self) -> String {
        match &self.actor {
            Actor::Operator => "operator".into(),
            Actor::Anonymous => "anonymous".into(),
            Actor::Account { email, .. } => email.clone(),
        }
    }

    pub fn is_operator(&self) -> bool {
        matches!(self.actor, Actor::Operator)
    }

    /// The acting account, for actions only an account can take.
    pub fn account(&self, action: &str) -> Result<(i64, String)> {
        match &self.actor {
            Actor::Account { id, email } => Ok((*id, email.clone())),
            _ => Err(Error::usage(
                "account_required",
                format!("{action} needs an acting account"),
            )
            .hint("pass --as EMAIL (or set CHORUS_USER)")),
        }
    }

    pub fn require_operator(&self, action: &str) -> Result<()> {
        if self.is_operator() {
            Ok(())
        } else {
            Err(
                Error::permission("operator_only", format!("only the operator may {action}"))
                    .hint("run the command without --as on the store's own machine"),
            )
        }
    }

    /// Finds a structure by its identifier, or `TYPE:IDENTIFIER` when several identifier types
    /// share the number (4 when unknown).
    pub fn structure(&self, identifier: &str) -> Result<StructureRow> {
        let identifier = identifier.trim();
        let (kind, id) = match identifier.split_once(':') {
            Some((t, id)) => match t.parse::<IdentifierType>() {
                Ok(kind) => (Some(kind), id),
                Err(_) => (None, identifier),
            },
            None => (None, identifier),
        };
        let mut rows = store::structures::by_identifier(self.db, id)?;
        rows.retain(|r| kind.is_none_or(|k| r.structure.identifier_type == k));
        match rows.len() {
            0 => Err(Error::not_found(
                "structure_not_found",
                format!("no structure with identifier {identifier}"),
            )
            .hint("find it with `chorus structure search --name TEXT`")),
            1 => Ok(rows.remove(0)),
            _ => Err(Error::usage(
                "structure_ambiguous",
                format!("several structures have the identifier {id}, one per identifier type"),
            )
            .hint(format!(
                "name the type too: {}",
                rows.iter()
                    .map(|r| format!("{}:{id}", r.structure.identifier_type))
                    .collect::<Vec<_>>()
                    .join(" or ")
            ))),
        }
    }

    /// The actor's role on a structure; the operator counts as a principal manager.
    pub fn role_on(&self, structure_id: i64) -> Result<Option<Role>> {
        match &self.actor {
            Actor::Operator => Ok(Some(Role::Principal)),
            Actor::Anonymous => Ok(None),
            Actor::Account { id, .. } => store::attachments::role(self.db, *id, structure_id),
        }
    }

    /// Principal or secondary managers of the structure, or the operator.
    pub fn require_manager(&self, s: &StructureRow, action: &str) -> Result<()> {
        match self.role_on(s.id)? {
            Some(r) if r.is_manager() => Ok(()),
            _ => Err(Error::permission(
                "manager_required",
                format!(
                    "only a manager of {} (GESTIONNAIRE_PRINCIPAL or GESTIONNAIRE_SECONDAIRE) may {action}",
                    s.structure.identifier
                ),
            )),
        }
    }

    pub fn require_principal(&self, s: &StructureRow, action: &str) -> Result<()> {
        match self.role_on(s.id)? {
            Some(Role::Principal) => Ok(()),
            _ => Err(Error::permission(
                "principal_required",
                format!(
                    "only the principal manager (GESTIONNAIRE_PRINCIPAL) of {} may {action}",
                    s.structure.identifier
                ),
            )),
        }
    }

    /// Appends an event to the log, by the actor.
    pub fn event(
        &self,
        kind: &str,
        structure_id: Option<i64>,
        account_id: Option<i64>,
        object: &str,
        summary: &str,
    ) -> Result<()> {
        self.event_by(
            &self.actor_label(),
            kind,
            structure_id,
            account_id,
            object,
            summary,
        )
    }

    /// Appends an event on behalf of someone the store has not authenticated as the actor
    /// (an account signing up or activating itself).
    pub fn event_by(
        &self,
        actor: &str,
        kind: &str,
        structure_id: Option<i64>,
        account_id: Option<i64>,
        object: &str,
        summary: &str,
    ) -> Result<()> {
        store::events::append(
            self.db,
            &store::events::NewEvent {
                at: &self.now,
                actor,
                kind,
                structure_id,
                account_id,
                object,
                summary,
            },
        )
    }
}

/// A reason given with a decision: trimmed, required when `needed`, at most 2000 characters.
pub fn reason(reason: Option<&str>, needed: bool, what: &str) -> Result<Option<String>> {
    let r = reason.map(str::trim).filter(|r| !r.is_empty());
    if needed && r.is_none() {
        return Err(Error::invalid(
            "reason_required",
            format!("{what} needs a reason: give --reason"),
        ));
    }
    if r.is_some_and(|r| r.chars().count() > 2000) {
        return Err(Error::invalid(
            "reason_too_long",
            "the reason is longer than 2000 characters",
        ));
    }
    Ok(r.map(str::to_string))
}

/// The canonical form of an e-mail a caller names; 3 when it is no e-mail address.
pub fn email(raw: &str) -> Result<Email> {
    normalize_email(raw).map_err(|v| Error::violations(vec![v]))
}

/// Turns collected rule checks into one error listing them all.
pub fn check_all(results: impl IntoIterator<Item = Result<(), Violation>>) -> Result<()> {
    let violations: Vec<Violation> = results.into_iter().filter_map(Result::err).collect();
    if violations.is_empty() {
        Ok(())
    } else {
        Err(Error::violations(violations))
    }
}

/// Lists every operation type once; `chorus serve` mounts a route per entry.
#[macro_export]
macro_rules! for_each_operation {
    ($m:ident) => {
        $m! {
            $crate::ops::account::CreateAccount,
            $crate::ops::account::ActivateAccount,
            $crate::ops::account::ShowAccount,
            $crate::ops::account::ListAccounts,
            $crate::ops::account::UpdateAccount,
            $crate::ops::account::ChangePassword,
            $crate::ops::account::DeactivateAccount,
            $crate::ops::account::AccountEvents,
            $crate::ops::account::AccountNotifications,
            $crate::ops::structure::CreateStructure,
            $crate::ops::structure::ShowStructure,
            $crate::ops::structure::SearchStructures,
            $crate::ops::structure::UpdateStructure,
            $crate::ops::structure::SetStructureStatus,
            $crate::ops::attachment::RequestAttachment,
            $crate::ops::attachment::ListAttachments,
            $crate::ops::attachment::DecideAttachment,
            $crate::ops::attachment::SetAttachmentRole,
            $crate::ops::attachment::RemoveAttachment,
            $crate::ops::attachment::TransferPrincipal,
            $crate::ops::service::CreateService,
            $crate::ops::service::ListServices,
            $crate::ops::service::ShowService,
            $crate::ops::service::UpdateService,
            $crate::ops::service::GrantService,
            $crate::ops::space::ListSpaces,
            $crate::ops::space::SetSpaceOpen,
            $crate::ops::space::RequestSpace,
            $crate::ops::space::ListSpaceRequests,
            $crate::ops::space::DecideSpaceRequest,
            $crate::ops::invoice::deposit::DepositInvoice,
            $crate::ops::invoice::entry::CreateInvoice,
            $crate::ops::invoice::lifecycle::ProcessInvoice,
            $crate::ops::invoice::lifecycle::RecycleInvoice,
            $crate::ops::invoice::lifecycle::CompleteInvoice,
            $crate::ops::invoice::lifecycle::ValidateInvoice,
            $crate::ops::invoice::lifecycle::SubmitDraft,
            $crate::ops::invoice::lifecycle::DeleteDraft,
            $crate::ops::invoice::lifecycle::UpdateDraft,
            $crate::ops::invoice::read::ShowInvoice,
            $crate::ops::invoice::read::InvoiceStatusHistory,
            $crate::ops::invoice::read::ListInvoices,
            $crate::ops::invoice::read::InvoiceDashboard,
            $crate::ops::invoice::read::InvoiceTodo,
            $crate::ops::invoice::read::DownloadInvoice,
            $crate::ops::invoice::read::InvoiceCertificate,
            $crate::ops::invoice::validate::CheckInvoiceRouting,
            $crate::ops::invoice::validate::CountPublicStructures,
            $crate::ops::directory::ImportDirectory,
            $crate::ops::directory::LookupDirectory,
            $crate::ops::directory::SearchDirectory,
            $crate::ops::directory::ExportDirectory,
            $crate::ops::works::file::CreateWorksFile,
            $crate::ops::works::file::ShowWorksFile,
            $crate::ops::works::file::DownloadWorksFile,
            $crate::ops::works::deposit::DepositWorksPiece,
            $crate::ops::works::lifecycle::ProcessWorksPiece,
            $crate::ops::works::lifecycle::DecideWorksPiece,
            $crate::ops::works::lifecycle::RecycleWorksPiece,
            $crate::ops::works::read::ListWorksPieces,
            $crate::ops::works::read::WorksTodo,
            $crate::ops::ticket::TicketCategories,
            $crate::ops::ticket::CreateTicket,
            $crate::ops::ticket::SubmitTicket,
            $crate::ops::ticket::ReplyTicket,
            $crate::ops::ticket::SetTicketOpen,
            $crate::ops::ticket::ShowTicket,
            $crate::ops::ticket::ListTickets,
            $crate::ops::ticket::TicketTodo,
            $crate::ops::ticket::DownloadTicket,
            $crate::ops::session::Login,
            $crate::ops::session::Logout,
        }
    };
}

#[cfg(test)]
mod tests {
    macro_rules! names {
        ($($op:ty),+ $(,)?) => { vec![$(<$op as super::Operation>::NAME),+] };
    }

    #[test]
    fn operation_names_are_unique_routes() {
        let mut names = crate::for_each_operation!(names);
        let count = names.len();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), count, "two operations share a NAME");
        assert!(
            names
                .iter()
                .all(|n| n.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        );
    }
}
