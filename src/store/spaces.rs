//! Open spaces of a structure, access requests and the habilitations they grant.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::domain::space::SPACES;
use crate::domain::{AccessMode, RequestStatus, SpaceRequest, StructureType};
use crate::error::Result;

/// A structure's spaces are open by default as the catalogue says (`default_open` for its
/// type); `structure_spaces` holds those opened since, `structure_spaces_closed` the defaults
/// closed since. A new structure (a directory import makes 150,000) thus writes no row.
fn default_open(db: &Connection, structure_id: i64, space: &str) -> Result<bool> {
    let kind: StructureType = db
        .prepare_cached("SELECT structure_type FROM structures WHERE id = ?1")?
        .query_row([structure_id], |r| r.get(0))?;
    Ok(SPACES
        .iter()
        .any(|sp| sp.code == space && (sp.default_open)(kind)))
}

pub fn open_spaces(db: &Connection, structure_id: i64) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for sp in SPACES {
        if is_open(db, structure_id, sp.code)? {
            out.push(sp.code.to_string());
        }
    }
    Ok(out)
}

pub fn is_open(db: &Connection, structure_id: i64, space: &str) -> Result<bool> {
    let (opened, closed): (bool, bool) = db
        .prepare_cached(
            "SELECT EXISTS(SELECT 1 FROM structure_spaces WHERE structure_id = ?1 AND space = ?2),
                    EXISTS(SELECT 1 FROM structure_spaces_closed WHERE structure_id = ?1 AND space = ?2)",
        )?
        .query_row(params![structure_id, space], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(opened || (!closed && default_open(db, structure_id, space)?))
}

pub fn open(db: &Connection, structure_id: i64, space: &str) -> Result<()> {
    db.prepare_cached(
        "DELETE FROM structure_spaces_closed WHERE structure_id = ?1 AND space = ?2",
    )?
    .execute(params![structure_id, space])?;
    db.prepare_cached(
        "INSERT OR IGNORE INTO structure_spaces (structure_id, space) VALUES (?1, ?2)",
    )?
    .execute(params![structure_id, space])?;
    Ok(())
}

pub fn close(db: &Connection, structure_id: i64, space: &str) -> Result<()> {
    db.prepare_cached("DELETE FROM structure_spaces WHERE structure_id = ?1 AND space = ?2")?
        .execute(params![structure_id, space])?;
    if default_open(db, structure_id, space)? {
        db.prepare_cached(
            "INSERT OR IGNORE INTO structure_spaces_closed (structure_id, space) VALUES (?1, ?2)",
        )?
        .execute(params![structure_id, space])?;
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Migration 0004 keeps closed what a store of version 3 had closed, once spaces open by
    /// default no longer need a row.
    #[test]
    fn closed_default_spaces_stay_closed_after_migration_4() {
        let db = Connection::open_in_memory().unwrap();
        for sql in &super::super::MIGRATIONS[..3] {
            db.execute_batch(sql).unwrap();
        }
        db.execute_batch(
            "INSERT INTO structures (id, identifier, identifier_type, name, structure_type, status,
                 address, postcode, city, country, created_at, updated_at)
             VALUES (1, '21730065600014', 'SIRET', 'VILLE', 'PUBLIQUE', 'ACTIF', '', '', '', 'FR', '', '');
             -- version 3 wrote a row per open space; invoices-received was closed since.
             INSERT INTO structure_spaces VALUES (1, 'manager'), (1, 'my-account'),
                 (1, 'invoices-issued'), (1, 'tickets-issued'), (1, 'tickets-received'),
                 (1, 'works-invoices');",
        )
        .unwrap();
        db.execute_batch(super::super::MIGRATIONS[3]).unwrap();
        let spaces = open_spaces(&db, 1).unwrap();
        assert!(
            !spaces.contains(&"invoices-received".to_string()),
            "{spaces:?}"
        );
        assert!(spaces.contains(&"works-invoices".to_string()), "{spaces:?}");
        assert!(
            spaces.contains(&"tickets-received".to_string()),
            "{spaces:?}"
        );
        // A new public structure has its defaults open without any row.
        db.execute_batch(
            "INSERT INTO structures (id, identifier, identifier_type, name, structure_type, status,
                 address, postcode, city, country, created_at, updated_at)
             VALUES (2, '22730001900006', 'SIRET', 'DEP', 'PUBLIQUE', 'ACTIF', '', '', '', 'FR', '', '');",
        )
        .unwrap();
        assert!(is_open(&db, 2, "invoices-received").unwrap());
        assert!(!is_open(&db, 2, "works-invoices").unwrap());
        close(&db, 2, "invoices-received").unwrap();
        assert!(!is_open(&db, 2, "invoices-received").unwrap());
        open(&db, 2, "invoices-received").unwrap();
        assert!(is_open(&db, 2, "invoices-received").unwrap());
    }
}
