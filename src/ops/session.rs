//! Sessions of a remote store: `chorus login` exchanges a password for a bearer token,
//! `chorus logout` revokes it, and the server checks the token of every other request.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::{Context, Operation, secrets};
use crate::domain::AccountStatus;
use crate::domain::identity::normalize_email;
use crate::error::{Error, Result};
use crate::store;

/// How long a token lives.
pub const TOKEN_DAYS: i64 = 30;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Login {
    pub email: String,
    pub password: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Session {
    pub email: String,
    pub token: String,
    pub expires_at: String,
}

fn login_failed() -> Error {
    // The same answer whether the e-mail exists or not.
    Error::permission("login_failed", "wrong e-mail or password")
        .hint("an account signs in once activated (`chorus account activate`)")
}

impl Operation for Login {
    type Output = Session;
    const NAME: &'static str = "login";
    const ANONYMOUS: bool = true;
    const OPEN: bool = true;

    fn execute(self, cx: &mut Context<'_>) -> Result<Session> {
        // An address that cannot be normalised gets the answer of an unknown one.
        let row = match normalize_email(&self.email) {
            Ok(email) => store::accounts::by_email(cx.db, &email)?,
            Err(_) => None,
        };
        let hash = row.as_ref().and_then(|r| r.password_hash.as_deref());
        // An unknown e-mail costs the same verification as a known one.
        let verified = secrets::verify_password(&self.password, hash.unwrap_or_else(|| decoy()));
        let row = match row {
            Some(row) if verified && row.account.status == AccountStatus::Active => row,
            _ => return Err(login_failed()),
        };
        let token = secrets::new_secret(32)?;
        let expires_at = secrets::later(&cx.now, TOKEN_DAYS * 24)?;
        store::tokens::insert(
            cx.db,
            &secrets::token_hash(&token),
            row.id,
            &cx.now,
            &expires_at,
        )?;
        cx.event_by(
            &row.account.email,
            "account.login",
            None,
            Some(row.id),
            &row.account.email,
            "signed in (new token)",
        )?;
        Ok(Session {
            email: row.account.email,
            token,
            expires_at,
        })
    }
}

/// A password hash that matches nothing, for unknown e-mails.
fn decoy() -> &'static str {
    static DECOY: OnceLock<String> = OnceLock::new();
    DECOY.get_or_init(|| secrets::hash_password("not a password 0").unwrap_or_default())
}

/// Revokes a token: holding it is the proof.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Logout {
    pub token: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LoggedOut {
    pub revoked: bool,
}

impl Operation for Logout {
    type Output = LoggedOut;
    const NAME: &'static str = "logout";
    const ANONYMOUS: bool = true;
    const OPEN: bool = true;

    fn execute(self, cx: &mut Context<'_>) -> Result<LoggedOut> {
        let hash = secrets::token_hash(&self.token);
        let Some(row) = store::tokens::by_hash(cx.db, &hash)? else {
            return Ok(LoggedOut { revoked: false });
        };
        let revoked = store::tokens::revoke(cx.db, &hash, &cx.now)?;
        if revoked {
            cx.event_by(
                &row.email,
                "account.logout",
                None,
                Some(row.account_id),
                &row.email,
                "signed out (token revoked)",
            )?;
        }
        Ok(LoggedOut { revoked })
    }
}

/// A remote request without a token for an operation that needs one.
pub fn token_missing() -> Error {
    Error::permission(
        "token_missing",
        "this operation needs a signed-in account, and no token was sent",
    )
    .hint("sign in with `chorus login --email EMAIL`, or set CHORUS_TOKEN")
}

/// The e-mail of a token's account, if the token is known, not revoked and not expired, and
/// its account ACTIVE.
pub fn authenticate(db: &rusqlite::Connection, token: &str, now: &str) -> Result<String> {
    let row = store::tokens::by_hash(db, &secrets::token_hash(token))?.ok_or_else(|| {
        Error::permission("token_invalid", "the token is not known to this store")
            .hint("sign in again with `chorus login`")
    })?;
    if row.revoked_at.is_some() {
        return Err(Error::permission(
            "token_revoked",
            "the token was revoked (chorus logout, a password change or a deactivation)",
        )
        .hint("sign in again with `chorus login`"));
    }
    if row.expires_at.as_str() <= now {
        return Err(Error::permission(
            "token_expired",
            format!("the token expired at {}", row.expires_at),
        )
        .hint("sign in again with `chorus login`"));
    }
    if row.status != AccountStatus::Active {
        return Err(Error::permission(
            "token_account_not_active",
            format!("the token's account {} is {}", row.email, row.status),
        )
        .hint("a deactivated account cannot act; ask the operator"));
    }
    Ok(row.email)
}
