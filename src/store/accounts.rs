//! Accounts and their notifications.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::domain::identity::{Email, normalize_email};
use crate::domain::{Account, AccountStatus, Notification};
use crate::error::{Error, Result};

use super::join_ids;

/// An account row with the secrets that never leave the store.
pub struct AccountRow {
    pub id: i64,
    pub account: Account,
    pub activation_token_hash: Option<String>,
    pub password_hash: Option<String>,
}

const COLUMNS: &str = "id, email, first_name, last_name, phone, siret, status, security_question, \
     created_at, updated_at, activation_token_hash, password_hash";

fn from_row(r: &Row<'_>) -> rusqlite::Result<AccountRow> {
    Ok(AccountRow {
        id: r.get("id")?,
        account: Account {
            email: r.get("email")?,
            first_name: r.get("first_name")?,
            last_name: r.get("last_name")?,
            phone: r.get("phone")?,
            siret: r.get("siret")?,
            status: r.get("status")?,
            security_question: r.get("security_question")?,
            created_at: r.get("created_at")?,
            updated_at: r.get("updated_at")?,
        },
        activation_token_hash: r.get("activation_token_hash")?,
        password_hash: r.get("password_hash")?,
    })
}

/// The account of an e-mail: stored e-mails are canonical, so only a canonical one matches.
pub fn by_email(db: &Connection, email: &Email) -> Result<Option<AccountRow>> {
    let sql = format!("SELECT {COLUMNS} FROM accounts WHERE email = ?1");
    Ok(db.query_row(&sql, [email.as_str()], from_row).optional()?)
}

pub fn by_id(db: &Connection, id: i64) -> Result<AccountRow> {
    let sql = format!("SELECT {COLUMNS} FROM accounts WHERE id = ?1");
    Ok(db.query_row(&sql, [id], from_row)?)
}

pub struct NewAccount<'a> {
    pub email: &'a Email,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub phone: Option<&'a str>,
    pub siret: Option<&'a str>,
    pub activation_token_hash: &'a str,
    pub now: &'a str,
}

pub fn insert(db: &Connection, a: &NewAccount<'_>) -> Result<i64> {
    db.execute(
        "INSERT INTO accounts (email, first_name, last_name, phone, siret, status,
             activation_token_hash, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![
            a.email.as_str(),
            a.first_name,
            a.last_name,
            a.phone,
            a.siret,
            AccountStatus::PendingActivation,
            a.activation_token_hash,
            a.now
        ],
    )?;
    Ok(db.last_insert_rowid())
}

pub fn activate(
    db: &Connection,
    id: i64,
    password_hash: &str,
    question: Option<&str>,
    answer_hash: Option<&str>,
    now: &str,
) -> Result<()> {
    db.execute(
        "UPDATE accounts SET status = ?2, password_hash = ?3, security_question = ?4,
             security_answer_hash = ?5, activation_token_hash = NULL, updated_at = ?6
         WHERE id = ?1",
        params![
            id,
            AccountStatus::Active,
            password_hash,
            question,
            answer_hash,
            now
        ],
    )?;
    Ok(())
}

pub fn update_profile(db: &Connection, id: i64, a: &Account, now: &str) -> Result<()> {
    db.execute(
        "UPDATE accounts SET first_name = ?2, last_name = ?3, phone = ?4, updated_at = ?5 WHERE id = ?1",
        params![id, a.first_name, a.last_name, a.phone, now],
    )?;
    Ok(())
}

pub fn set_password(db: &Connection, id: i64, password_hash: &str, now: &str) -> Result<()> {
    db.execute(
        "UPDATE accounts SET password_hash = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, password_hash, now],
    )?;
    Ok(())
}

pub fn set_status(db: &Connection, id: i64, status: AccountStatus, now: &str) -> Result<()> {
    db.execute(
        "UPDATE accounts SET status = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, status, now],
    )?;
    Ok(())
}

/// All accounts (operator), or those attached (pending or accepted) to the given structures.
pub fn list(db: &Connection, structure_ids: Option<&[i64]>) -> Result<Vec<Account>> {
    let sql = match structure_ids {
        None => format!("SELECT {COLUMNS} FROM accounts ORDER BY email"),
        Some(ids) => format!(
            "SELECT {COLUMNS} FROM accounts WHERE id IN (
                 SELECT account_id FROM attachments
                 WHERE status IN ('EN_COURS_DE_VALIDATION', 'VALIDEE') AND structure_id IN ({}))
             ORDER BY email",
            join_ids(ids)
        ),
    };
    let mut stmt = db.prepare(&sql)?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows
        .map(|r| r.map(|a| a.account))
        .collect::<rusqlite::Result<_>>()?)
}

pub fn add_notification(
    db: &Connection,
    account_id: i64,
    kind: &str,
    message: &str,
    now: &str,
) -> Result<()> {
    db.execute(
        "INSERT INTO notifications (account_id, kind, message, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![account_id, kind, message, now],
    )?;
    Ok(())
}

/// Notifications with their account's e-mail, chosen and ordered by `rest` (one parameter).
fn notifications_where(
    db: &Connection,
    rest: &str,
    param: impl rusqlite::ToSql,
) -> Result<Vec<Notification>> {
    let sql = format!(
        "SELECT n.id, a.email, n.kind, n.message, n.created_at
         FROM notifications n JOIN accounts a ON a.id = n.account_id {rest}"
    );
    let mut stmt = db.prepare(&sql)?;
    let rows = stmt.query_map([param], |r| {
        Ok(Notification {
            id: r.get(0)?,
            account: r.get(1)?,
            kind: r.get(2)?,
            message: r.get(3)?,
            created_at: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn notifications(db: &Connection, account_id: i64) -> Result<Vec<Notification>> {
    notifications_where(db, "WHERE n.account_id = ?1 ORDER BY n.id DESC", account_id)
}

/// Notifications not delivered yet (`chorus serve --notify-command`), oldest first.
pub fn undelivered(db: &Connection, limit: u32) -> Result<Vec<Notification>> {
    notifications_where(
        db,
        "WHERE n.delivered_at IS NULL ORDER BY n.id LIMIT ?1",
        limit,
    )
}

pub fn mark_delivered(db: &Connection, id: i64, now: &str) -> Result<()> {
    db.execute(
        "UPDATE notifications SET delivered_at = ?2 WHERE id = ?1",
        params![id, now],
    )?;
    Ok(())
}

/// Migration 8: stored e-mails take their canonical form ([`normalize_email`]). Two accounts
/// whose e-mails become one are never merged: the store refuses to open, naming them. An
/// e-mail that cannot be normalised stays as it is (no lookup can reach it any more).
pub fn normalize_stored_emails(db: &Connection) -> Result<()> {
    let mut stmt = db.prepare("SELECT id, email FROM accounts ORDER BY id")?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut seen: std::collections::HashMap<String, (i64, String)> = Default::default();
    let mut changes = Vec::new();
    for (id, stored) in rows {
        let canonical = normalize_email(&stored).map_or(stored.clone(), Email::into_string);
        if let Some((first, first_stored)) = seen.get(&canonical) {
            return Err(Error::unavailable(
                "store_email_collision",
                format!(
                    "accounts {first} ({}) and {id} ({}) have one e-mail once normalised ({canonical}); \
                     chorus will not merge them",
                    first_stored.escape_debug(),
                    stored.escape_debug()
                ),
            )
            .hint(format!(
                "give one of them another address in the file, e.g. sqlite3 STORE \"UPDATE accounts \
                 SET email = 'renamed-{id}@invalid.example' WHERE id = {id}\", then open it again"
            )));
        }
        if canonical != stored {
            changes.push((id, canonical.clone()));
        }
        seen.insert(canonical, (id, stored));
    }
    // Two passes, so that a swap of forms never trips the unique index half-way.
    for (id, _) in &changes {
        db.execute("UPDATE accounts SET email = '#' || id WHERE id = ?1", [id])?;
    }
    for (id, email) in &changes {
        db.execute(
            "UPDATE accounts SET email = ?2 WHERE id = ?1",
            params![id, email],
        )?;
    }
    Ok(())
}
