//! Structures (fiches structure) and their search.

use rusqlite::{Connection, OptionalExtension, Row, params, params_from_iter};

use crate::domain::{
    Address, IdentifierType, Manager, Role, Structure, StructureStatus, StructureType,
};
use crate::error::Result;

use super::{flag, where_clause};

pub struct StructureRow {
    pub id: i64,
    pub structure: Structure,
}

pub(super) const COLUMNS: &str = "id, identifier, identifier_type, name, label, structure_type, status, \
     address, postcode, city, country, service_required, engagement_required, \
     service_or_engagement_required, payment_status_not_reported, created_at, updated_at";

/// Reads a row of [`COLUMNS`], by position (names cost a search per cell).
pub(super) fn from_row(r: &Row<'_>) -> rusqlite::Result<StructureRow> {
    Ok(StructureRow {
        id: r.get(0)?,
        structure: Structure {
            identifier: r.get(1)?,
            identifier_type: r.get(2)?,
            name: r.get(3)?,
            label: r.get(4)?,
            structure_type: r.get(5)?,
            status: r.get(6)?,
            address: Address {
                line: r.get(7)?,
                postcode: r.get(8)?,
                city: r.get(9)?,
                country: r.get(10)?,
            },
            service_required: flag(r, 11)?,
            engagement_required: flag(r, 12)?,
            service_or_engagement_required: flag(r, 13)?,
            payment_status_not_reported: flag(r, 14)?,
            created_at: r.get(15)?,
            updated_at: r.get(16)?,
        },
    })
}

/// Every structure with this identifier (one per identifier type at most).
pub fn by_identifier(db: &Connection, identifier: &str) -> Result<Vec<StructureRow>> {
    let sql =
        format!("SELECT {COLUMNS} FROM structures WHERE identifier = ?1 ORDER BY identifier_type");
    let mut stmt = db.prepare_cached(&sql)?;
    let rows = stmt.query_map([identifier], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How many public structures (PUBLIQUE) the directory holds.
pub fn public_count(db: &Connection) -> Result<i64> {
    Ok(db.query_row(
        "SELECT count(*) FROM structures WHERE structure_type = 'PUBLIQUE'",
        [],
        |r| r.get(0),
    )?)
}

pub fn by_id(db: &Connection, id: i64) -> Result<StructureRow> {
    let sql = format!("SELECT {COLUMNS} FROM structures WHERE id = ?1");
    Ok(db.query_row(&sql, [id], from_row)?)
}

/// The structure of this identifier type and identifier.
pub fn by_key(
    db: &Connection,
    kind: IdentifierType,
    identifier: &str,
) -> Result<Option<StructureRow>> {
    let sql =
        format!("SELECT {COLUMNS} FROM structures WHERE identifier_type = ?1 AND identifier = ?2");
    Ok(db
        .prepare_cached(&sql)?
        .query_row(params![kind, identifier], from_row)
        .optional()?)
}

/// A public structure holding this identifier under any type or, for a SIRET, holding a SIRET
/// of the same SIREN (the same legal unit): what a private structure may not take.
pub fn public_claiming(
    db: &Connection,
    identifier: &str,
    siren: Option<&str>,
) -> Result<Option<StructureRow>> {
    // ':' sorts right after '9': the range is the SIRETs that start with the SIREN.
    let sql = format!(
        "SELECT {COLUMNS} FROM structures WHERE structure_type = 'PUBLIQUE'
           AND (identifier = ?1
                OR (?2 IS NOT NULL AND identifier_type = 'SIRET'
                    AND identifier >= ?2 AND identifier < ?2 || ':'))
         ORDER BY identifier = ?1 DESC LIMIT 1"
    );
    Ok(db
        .prepare_cached(&sql)?
        .query_row(params![identifier, siren], from_row)
        .optional()?)
}

/// A private structure becomes public (the directory lists it).
pub fn make_public(db: &Connection, id: i64) -> Result<()> {
    db.execute(
        "UPDATE structures SET structure_type = 'PUBLIQUE' WHERE id = ?1",
        [id],
    )?;
    Ok(())
}

pub fn exists(db: &Connection, kind: IdentifierType, identifier: &str) -> Result<bool> {
    Ok(db.query_row(
        "SELECT EXISTS(SELECT 1 FROM structures WHERE identifier_type = ?1 AND identifier = ?2)",
        params![kind, identifier],
        |r| r.get(0),
    )?)
}

pub fn insert(db: &Connection, s: &Structure) -> Result<i64> {
    let id = insert_with(&mut *db.prepare_cached(INSERT)?, s)?;
    index_text(db, id, s)?;
    Ok(id)
}

/// The statement [`insert_with`] runs, for a caller that keeps it prepared (a bulk load).
/// Without the full-text entry, which [`insert`] adds.
pub(super) const INSERT: &str =
    "INSERT INTO structures (identifier, identifier_type, name, label, structure_type, status,
             address, postcode, city, country, service_required, engagement_required,
             service_or_engagement_required, payment_status_not_reported, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)";

pub(super) fn insert_with(stmt: &mut rusqlite::Statement<'_>, s: &Structure) -> Result<i64> {
    Ok(stmt.insert(params![
        s.identifier,
        s.identifier_type,
        s.name,
        s.label,
        s.structure_type,
        s.status,
        s.address.line,
        s.address.postcode,
        s.address.city,
        s.address.country,
        s.service_required,
        s.engagement_required,
        s.service_or_engagement_required,
        s.payment_status_not_reported,
        s.created_at,
        s.updated_at
    ])?)
}

/// Adds the structure's searchable text to `structures_fts`.
fn index_text(db: &Connection, id: i64, s: &Structure) -> Result<()> {
    db.prepare_cached(
        "INSERT INTO structures_fts (rowid, name, label, city) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![id, s.name, s.label, s.address.city])?;
    Ok(())
}

/// Writes every editable field of the structure back.
pub fn update(db: &Connection, id: i64, s: &Structure) -> Result<()> {
    // The full-text index forgets the old text (it must be given exactly) and learns the new.
    let (name, label, city): (String, Option<String>, String) = db
        .prepare_cached("SELECT name, label, city FROM structures WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    if (&name, &label, &city) != (&s.name, &s.label, &s.address.city) {
        db.prepare_cached(
            "INSERT INTO structures_fts (structures_fts, rowid, name, label, city)
             VALUES ('delete', ?1, ?2, ?3, ?4)",
        )?
        .execute(params![id, name, label, city])?;
        index_text(db, id, s)?;
    }
    db.prepare_cached(
        "UPDATE structures SET name = ?2, label = ?3, status = ?4, address = ?5, postcode = ?6,
             city = ?7, country = ?8, service_required = ?9, engagement_required = ?10,
             service_or_engagement_required = ?11, payment_status_not_reported = ?12,
             updated_at = ?13
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        s.name,
        s.label,
        s.status,
        s.address.line,
        s.address.postcode,
        s.address.city,
        s.address.country,
        s.service_required,
        s.engagement_required,
        s.service_or_engagement_required,
        s.payment_status_not_reported,
        s.updated_at
    ])?;
    Ok(())
}

#[derive(Default)]
pub struct SearchFilter<'a> {
    pub name: Option<&'a str>,
    pub identifier_prefix: Option<&'a str>,
    pub label: Option<&'a str>,
    pub structure_type: Option<StructureType>,
    pub status: Option<StructureStatus>,
    pub limit: Option<u32>,
}

/// Escapes LIKE wildcards so that user text matches literally.
fn like_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// Case-insensitive substring search on name and label, prefix search on the identifier,
/// sorted by name then identifier.
pub fn search(db: &Connection, f: &SearchFilter<'_>) -> Result<Vec<Structure>> {
    let mut clauses = Vec::new();
    let mut args: Vec<String> = Vec::new();
    if let Some(name) = f.name {
        args.push(format!("%{}%", like_escape(name)));
        clauses.push(format!("name LIKE ?{} ESCAPE '\\'", args.len()));
    }
    if let Some(label) = f.label {
        args.push(format!("%{}%", like_escape(label)));
        clauses.push(format!("label LIKE ?{} ESCAPE '\\'", args.len()));
    }
    if let Some(prefix) = f.identifier_prefix {
        // A range on the indexed column: as fast as an exact lookup.
        args.push(prefix.to_string());
        args.push(format!("{prefix}\u{10FFFF}"));
        clauses.push(format!(
            "identifier >= ?{} AND identifier < ?{}",
            args.len() - 1,
            args.len()
        ));
    }
    if let Some(t) = f.structure_type {
        args.push(t.as_str().to_string());
        clauses.push(format!("structure_type = ?{}", args.len()));
    }
    if let Some(s) = f.status {
        args.push(s.as_str().to_string());
        clauses.push(format!("status = ?{}", args.len()));
    }
    let filter = where_clause(&clauses);
    let limit = f.limit.map(|n| format!("LIMIT {n}")).unwrap_or_default();
    // Sort and limit on ids first (on an index where possible), then fetch only those rows.
    let sql = format!(
        "SELECT {COLUMNS} FROM structures WHERE id IN (
             SELECT id FROM structures {filter} ORDER BY name COLLATE NOCASE, identifier {limit})
         ORDER BY name COLLATE NOCASE, identifier"
    );
    let mut stmt = db.prepare(&sql)?;
    let rows = stmt.query_map(params_from_iter(args.iter()), from_row)?;
    Ok(rows
        .map(|r| r.map(|s| s.structure))
        .collect::<rusqlite::Result<_>>()?)
}

/// The structure's principal and secondary managers.
pub fn managers(db: &Connection, structure_id: i64) -> Result<Vec<Manager>> {
    let mut stmt = db.prepare_cached(
        "SELECT a.email, a.first_name, a.last_name, t.role
         FROM attachments t JOIN accounts a ON a.id = t.account_id
         WHERE t.structure_id = ?1 AND t.status = 'VALIDEE'
           AND t.role IN ('GESTIONNAIRE_PRINCIPAL', 'GESTIONNAIRE_SECONDAIRE')
         ORDER BY t.role, a.email",
    )?;
    let rows = stmt.query_map([structure_id], |r| {
        Ok(Manager {
            email: r.get(0)?,
            first_name: r.get(1)?,
            last_name: r.get(2)?,
            role: r.get::<_, Role>(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
