//! Open spaces of a structure, access requests and the habilitations they grant.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::domain::{AccessMode, RequestStatus, SpaceRequest};
use crate::error::Result;

pub fn open_spaces(db: &Connection, structure_id: i64) -> Result<Vec<String>> {
    let mut stmt =
        db.prepare_cached("SELECT space FROM structure_spaces WHERE structure_id = ?1")?;
    let rows = stmt.query_map([structure_id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn is_open(db: &Connection, structure_id: i64, space: &str) -> Result<bool> {
    Ok(db.query_row(
        "SELECT EXISTS(SELECT 1 FROM structure_spaces WHERE structure_id = ?1 AND space = ?2)",
        params![structure_id, space],
        |r| r.get(0),
    )?)
}

pub fn open(db: &Connection, structure_id: i64, space: &str) -> Result<()> {
    db.prepare_cached(
        "INSERT OR IGNORE INTO structure_spaces (structure_id, space) VALUES (?1, ?2)",
    )?
    .execute(params![structure_id, space])?;
    Ok(())
}

pub fn close(db: &Connection, structure_id: i64, space: &str) -> Result<()> {
    db.execute(
        "DELETE FROM structure_spaces WHERE structure_id = ?1 AND space = ?2",
        params![structure_id, space],
    )?;
    Ok(())
}

/// The habilitation an account holds on a space through an accepted request.
pub fn habilitation(
    db: &Connection,
    structure_id: i64,
    account_id: i64,
    space: &str,
) -> Result<Option<AccessMode>> {
    Ok(db
        .prepare_cached(
            "SELECT mode FROM space_habilitations
             WHERE structure_id = ?1 AND account_id = ?2 AND space = ?3",
        )?
        .query_row(params![structure_id, account_id, space], |r| r.get(0))
        .optional()?)
}

pub fn set_habilitation(
    db: &Connection,
    structure_id: i64,
    account_id: i64,
    space: &str,
    mode: AccessMode,
) -> Result<()> {
    db.execute(
        "INSERT INTO space_habilitations (structure_id, account_id, space, mode)
         VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (structure_id, account_id, space) DO UPDATE SET mode = excluded.mode",
        params![structure_id, account_id, space, mode],
    )?;
    Ok(())
}

/// Removes an account's habilitations on a structure (when it is detached).
pub fn revoke_all(db: &Connection, structure_id: i64, account_id: i64) -> Result<()> {
    db.execute(
        "DELETE FROM space_habilitations WHERE structure_id = ?1 AND account_id = ?2",
        [structure_id, account_id],
    )?;
    Ok(())
}

pub struct RequestRow {
    pub id: i64,
    pub structure_id: i64,
    pub account_id: i64,
    pub request: SpaceRequest,
}

const SELECT: &str = "SELECT r.id, r.structure_id, r.account_id, s.identifier, r.space, a.email,
        r.mode, r.status, r.requested_at, r.decided_at, r.decided_by
     FROM space_requests r
     JOIN structures s ON s.id = r.structure_id
     JOIN accounts a ON a.id = r.account_id";

fn from_row(r: &Row<'_>) -> rusqlite::Result<RequestRow> {
    Ok(RequestRow {
        id: r.get(0)?,
        structure_id: r.get(1)?,
        account_id: r.get(2)?,
        request: SpaceRequest {
            id: r.get(0)?,
            structure: r.get(3)?,
            space: r.get(4)?,
            account: r.get(5)?,
            mode: r.get(6)?,
            status: r.get(7)?,
            requested_at: r.get(8)?,
            decided_at: r.get(9)?,
            decided_by: r.get(10)?,
        },
    })
}

pub fn request_by_id(db: &Connection, id: i64) -> Result<Option<RequestRow>> {
    let sql = format!("{SELECT} WHERE r.id = ?1");
    Ok(db.query_row(&sql, [id], from_row).optional()?)
}

pub fn pending_request(
    db: &Connection,
    structure_id: i64,
    account_id: i64,
    space: &str,
) -> Result<Option<RequestRow>> {
    let sql = format!(
        "{SELECT} WHERE r.structure_id = ?1 AND r.account_id = ?2 AND r.space = ?3
           AND r.status = 'EN_COURS_DE_VALIDATION'"
    );
    Ok(db
        .query_row(&sql, params![structure_id, account_id, space], from_row)
        .optional()?)
}

pub fn insert_request(
    db: &Connection,
    structure_id: i64,
    account_id: i64,
    space: &str,
    mode: AccessMode,
    now: &str,
) -> Result<i64> {
    db.execute(
        "INSERT INTO space_requests (structure_id, account_id, space, mode, status, requested_at)
         VALUES (?1, ?2, ?3, ?4, 'EN_COURS_DE_VALIDATION', ?5)",
        params![structure_id, account_id, space, mode, now],
    )?;
    Ok(db.last_insert_rowid())
}

pub fn decide_request(
    db: &Connection,
    id: i64,
    status: RequestStatus,
    by: &str,
    now: &str,
) -> Result<()> {
    db.execute(
        "UPDATE space_requests SET status = ?2, decided_at = ?3, decided_by = ?4 WHERE id = ?1",
        params![id, status, now, by],
    )?;
    Ok(())
}

/// A structure's requests, or only one account's when `account_id` is given.
pub fn requests(
    db: &Connection,
    structure_id: i64,
    account_id: Option<i64>,
    status: Option<RequestStatus>,
) -> Result<Vec<SpaceRequest>> {
    let mut sql = format!("{SELECT} WHERE r.structure_id = ?1");
    if let Some(a) = account_id {
        sql.push_str(&format!(" AND r.account_id = {a}"));
    }
    if let Some(s) = status {
        sql.push_str(&format!(" AND r.status = '{}'", s.as_str()));
    }
    sql.push_str(" ORDER BY r.id");
    let mut stmt = db.prepare(&sql)?;
    let rows = stmt.query_map([structure_id], from_row)?;
    Ok(rows
        .map(|r| r.map(|x| x.request))
        .collect::<rusqlite::Result<_>>()?)
}
