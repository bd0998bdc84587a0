//! Bearer tokens of a remote store, kept as SHA-256 hashes.

use rusqlite::{Connection, OptionalExtension, params};

use crate::domain::AccountStatus;
use crate::error::Result;

/// Revokes every live token of an account but `keep` (a hash): after a password change or a
/// deactivation, no old session goes on.
pub fn revoke_all(
    db: &Connection,
    account_id: i64,
    keep: Option<&str>,
    now: &str,
) -> Result<usize> {
    Ok(db.execute(
        "UPDATE tokens SET revoked_at = ?3
         WHERE account_id = ?1 AND revoked_at IS NULL AND hash IS NOT ?2",
        params![account_id, keep, now],
    )?)
}

/// What a token gives, whatever its state: the checks are the caller's.
pub struct TokenRow {
    pub account_id: i64,
    pub email: String,
    pub status: AccountStatus,
    pub expires_at: String,
    pub revoked_at: Option<String>,
}

pub fn insert(
    db: &Connection,
    hash: &str,
    account_id: i64,
    now: &str,
    expires_at: &str,
) -> Result<()> {
    db.prepare_cached(
        "INSERT INTO tokens (hash, account_id, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![hash, account_id, now, expires_at])?;
    Ok(())
}

pub fn by_hash(db: &Connection, hash: &str) -> Result<Option<TokenRow>> {
    Ok(db
        .prepare_cached(
            "SELECT t.account_id, a.email, a.status, t.expires_at, t.revoked_at
             FROM tokens t JOIN accounts a ON a.id = t.account_id WHERE t.hash = ?1",
        )?
        .query_row([hash], |r| {
            Ok(TokenRow {
                account_id: r.get(0)?,
                email: r.get(1)?,
                status: r.get(2)?,
                expires_at: r.get(3)?,
                revoked_at: r.get(4)?,
            })
        })
        .optional()?)
}

/// Revokes a token; whether it was still valid to revoke.
pub fn revoke(db: &Connection, hash: &str, now: &str) -> Result<bool> {
    let n = db
        .prepare_cached("UPDATE tokens SET revoked_at = ?2 WHERE hash = ?1 AND revoked_at IS NULL")?
        .execute(params![hash, now])?;
    Ok(n > 0)
}
