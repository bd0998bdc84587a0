//! Services of a structure and the habilitations (grants) of accounts on them.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::domain::Service;
use crate::error::Result;

use super::flag;

pub struct ServiceRow {
    pub id: i64,
    pub service: Service,
}

pub(super) const SELECT: &str =
    "SELECT v.id, v.structure_id, s.identifier, v.code, v.name, v.active, v.engagement_required,
        v.payment_status_not_reported, v.valid_from, v.valid_to, v.created_at, v.updated_at
     FROM services v JOIN structures s ON s.id = v.structure_id";

/// Reads a row of [`SELECT`], by position.
pub(super) fn from_row(r: &Row<'_>) -> rusqlite::Result<ServiceRow> {
    Ok(ServiceRow {
        id: r.get(0)?,
        service: Service {
            structure: r.get(2)?,
            code: r.get(3)?,
            name: r.get(4)?,
            active: flag(r, 5)?,
            engagement_required: flag(r, 6)?,
            payment_status_not_reported: flag(r, 7)?,
            valid_from: r.get(8)?,
            valid_to: r.get(9)?,
            created_at: r.get(10)?,
            updated_at: r.get(11)?,
        },
    })
}

pub fn by_code(db: &Connection, structure_id: i64, code: &str) -> Result<Option<ServiceRow>> {
    let sql = format!("{SELECT} WHERE v.structure_id = ?1 AND v.code = ?2");
    Ok(db
        .prepare_cached(&sql)?
        .query_row(params![structure_id, code], from_row)
        .optional()?)
}

pub fn list(db: &Connection, structure_id: i64) -> Result<Vec<Service>> {
    Ok(rows(db, structure_id)?
        .into_iter()
        .map(|r| r.service)
        .collect())
}

/// The structure's services with their ids, by code.
pub fn rows(db: &Connection, structure_id: i64) -> Result<Vec<ServiceRow>> {
    let sql = format!("{SELECT} WHERE v.structure_id = ?1 ORDER BY v.code");
    let mut stmt = db.prepare_cached(&sql)?;
    let rows = stmt.query_map([structure_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn insert(db: &Connection, structure_id: i64, s: &Service) -> Result<i64> {
    let id = insert_with(&mut *db.prepare_cached(INSERT)?, structure_id, s)?;
    index_name(db, id, &s.name)?;
    Ok(id)
}

/// The statement [`insert_with`] runs, for a caller that keeps it prepared (a bulk load).
/// Without the full-text entry, which [`insert`] adds.
pub(super) const INSERT: &str =
    "INSERT INTO services (structure_id, code, name, active, engagement_required,
             payment_status_not_reported, valid_from, valid_to, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

pub(super) fn insert_with(
    stmt: &mut rusqlite::Statement<'_>,
    structure_id: i64,
    s: &Service,
) -> Result<i64> {
    Ok(stmt.insert(params![
        structure_id,
        s.code,
        s.name,
        s.active,
        s.engagement_required,
        s.payment_status_not_reported,
        s.valid_from,
        s.valid_to,
        s.created_at,
        s.updated_at
    ])?)
}

/// Adds the service's name to `services_fts` (see the migration 0004 for why not a trigger).
fn index_name(db: &Connection, id: i64, name: &str) -> Result<()> {
    db.prepare_cached("INSERT INTO services_fts (rowid, name) VALUES (?1, ?2)")?
        .execute(params![id, name])?;
    Ok(())
}

pub fn update(db: &Connection, id: i64, s: &Service) -> Result<()> {
    let name: String = db
        .prepare_cached("SELECT name FROM services WHERE id = ?1")?
        .query_row([id], |r| r.get(0))?;
    if name != s.name {
        db.prepare_cached(
            "INSERT INTO services_fts (services_fts, rowid, name) VALUES ('delete', ?1, ?2)",
        )?
        .execute(params![id, name])?;
        index_name(db, id, &s.name)?;
    }
    db.prepare_cached(
        "UPDATE services SET name = ?2, active = ?3, engagement_required = ?4,
             payment_status_not_reported = ?5, valid_from = ?6, valid_to = ?7, updated_at = ?8
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        s.name,
        s.active,
        s.engagement_required,
        s.payment_status_not_reported,
        s.valid_from,
        s.valid_to,
        s.updated_at
    ])?;
    Ok(())
}

pub fn grants(db: &Connection, service_id: i64) -> Result<Vec<String>> {
    let mut stmt = db.prepare_cached(
        "SELECT a.email FROM service_grants g JOIN accounts a ON a.id = g.account_id
         WHERE g.service_id = ?1 ORDER BY a.email",
    )?;
    let rows = stmt.query_map([service_id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn is_granted(db: &Connection, service_id: i64, account_id: i64) -> Result<bool> {
    Ok(db.query_row(
        "SELECT EXISTS(SELECT 1 FROM service_grants WHERE service_id = ?1 AND account_id = ?2)",
        [service_id, account_id],
        |r| r.get(0),
    )?)
}

pub fn grant(db: &Connection, service_id: i64, account_id: i64, now: &str) -> Result<()> {
    db.execute(
        "INSERT INTO service_grants (service_id, account_id, granted_at) VALUES (?1, ?2, ?3)",
        params![service_id, account_id, now],
    )?;
    Ok(())
}

pub fn revoke(db: &Connection, service_id: i64, account_id: i64) -> Result<()> {
    db.execute(
        "DELETE FROM service_grants WHERE service_id = ?1 AND account_id = ?2",
        [service_id, account_id],
    )?;
    Ok(())
}

/// Removes every grant of an account on a structure's services (when it is detached).
pub fn revoke_all(db: &Connection, structure_id: i64, account_id: i64) -> Result<()> {
    db.execute(
        "DELETE FROM service_grants WHERE account_id = ?2
           AND service_id IN (SELECT id FROM services WHERE structure_id = ?1)",
        [structure_id, account_id],
    )?;
    Ok(())
}

/// The codes of the services of a structure an account holds grants on (empty: structure level).
pub fn granted_codes(db: &Connection, structure_id: i64, account_id: i64) -> Result<Vec<String>> {
    let mut stmt = db.prepare_cached(
        "SELECT v.code FROM service_grants g JOIN services v ON v.id = g.service_id
         WHERE v.structure_id = ?1 AND g.account_id = ?2 ORDER BY v.code",
    )?;
    let rows = stmt.query_map([structure_id, account_id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
