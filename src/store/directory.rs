//! The public directory's queries: full-text search, export pages, deactivation of what a full
//! import no longer lists. Structures and services themselves are read and written by
//! `structures` and `services`.

use rustc_hash::FxHashMap as HashMap;

use rusqlite::{Connection, params_from_iter, types::Value};

use super::services::{self, ServiceRow};
use super::structures::{self, StructureRow};
use crate::domain::{IdentifierType, StructureStatus};
use crate::error::Result;

/// The structures' columns prefixed for joins.
fn structure_columns() -> String {
    structures::COLUMNS
        .split(", ")
        .map(|c| format!("s.{c}"))
        .collect::<Vec<_>>()
        .join(", ")
}

pub struct SearchFilter<'a> {
    /// An FTS5 query on names and labels (and, separately, service names).
    pub query: &'a str,
    /// An FTS5 query on the city.
    pub city: Option<&'a str>,
    pub postcode_prefix: Option<&'a str>,
    pub status: Option<StructureStatus>,
    pub limit: u32,
}

/// Beyond this many matching documents, ranking them all would take longer than a search
/// should: the first matches are returned unranked (a word like « commune » matches half the
/// directory, and its bm25 scores barely differ).
const RANKED_MAX: i64 = 10_000;

/// Public structures matching the query in their name or label, or in one of their services'
/// names; best matches first (bm25; a structure's own text weighs more than its services').
/// Also returns how many documents (structures and services) match the words.
pub fn search(db: &Connection, f: &SearchFilter<'_>) -> Result<(Vec<StructureRow>, i64)> {
    let on_structures = format!("{{name label}} : ({})", f.query);
    let count = |sql: &str, q: &str| -> Result<i64> { Ok(db.query_row(sql, [q], |r| r.get(0))?) };
    let matches = count(
        "SELECT count(*) FROM structures_fts WHERE structures_fts MATCH ?1",
        &on_structures,
    )? + count(
        "SELECT count(*) FROM services_fts WHERE services_fts MATCH ?1",
        f.query,
    )?;
    let ranked = matches <= RANKED_MAX;
    let mut args: Vec<Value> = vec![on_structures.into(), f.query.to_string().into()];
    let mut filters = String::new();
    if let Some(city) = f.city {
        args.push(format!("city : ({city})").into());
        filters += &format!(
            " AND s.id IN (SELECT rowid FROM structures_fts WHERE structures_fts MATCH ?{})",
            args.len()
        );
    }
    if let Some(p) = f.postcode_prefix {
        args.push(format!("{p}%").into());
        filters += &format!(" AND s.postcode LIKE ?{}", args.len());
    }
    if let Some(status) = f.status {
        args.push(status.as_str().to_string().into());
        filters += &format!(" AND s.status = ?{}", args.len());
    }
    let sql = if ranked {
        format!(
            "WITH hits(id, rank) AS (
                 SELECT rowid, rank FROM structures_fts WHERE structures_fts MATCH ?1
                 UNION ALL
                 SELECT v.structure_id, f.rank / 2 FROM services_fts f JOIN services v ON v.id = f.rowid
                 WHERE services_fts MATCH ?2)
             SELECT {}, min(h.rank) AS best FROM hits h JOIN structures s ON s.id = h.id
             WHERE s.structure_type = 'PUBLIQUE'{filters}
             GROUP BY s.id ORDER BY best, s.name, s.identifier LIMIT {}",
            structure_columns(),
            f.limit
        )
    } else {
        // The first matches in the indexes' order (structures' own text first), until the limit.
        format!(
            "SELECT DISTINCT {} FROM (
                 SELECT rowid AS id FROM structures_fts WHERE structures_fts MATCH ?1
                 UNION ALL
                 SELECT v.structure_id FROM services_fts f JOIN services v ON v.id = f.rowid
                 WHERE services_fts MATCH ?2) h
             JOIN structures s ON s.id = h.id
             WHERE s.structure_type = 'PUBLIQUE'{filters}
             LIMIT {}",
            structure_columns(),
            f.limit
        )
    };
    let mut stmt = db.prepare(&sql)?;
    let rows = stmt.query_map(params_from_iter(args), structures::from_row)?;
    Ok((rows.collect::<rusqlite::Result<_>>()?, matches))
}

pub struct ExportFilter<'a> {
    /// Start after this structure (keyset pagination on the identifier).
    pub after: Option<(IdentifierType, &'a str)>,
    /// Only structures changed (themselves or one of their services) at or after this instant.
    pub changed_since: Option<&'a str>,
    pub status: Option<StructureStatus>,
    pub limit: u32,
}

/// One page of public structures by identifier type then identifier, with their services.
pub fn export_page(
    db: &Connection,
    f: &ExportFilter<'_>,
) -> Result<Vec<(StructureRow, Vec<ServiceRow>)>> {
    let mut args: Vec<Value> = Vec::new();
    let mut filters = String::new();
    if let Some((kind, id)) = f.after {
        args.push(kind.as_str().to_string().into());
        args.push(id.to_string().into());
        filters += " AND (identifier_type, identifier) > (?1, ?2)";
    }
    if let Some(since) = f.changed_since {
        args.push(since.to_string().into());
        let n = args.len();
        filters += &format!(
            " AND (updated_at >= ?{n} OR id IN (SELECT structure_id FROM services WHERE updated_at >= ?{n}))"
        );
    }
    if let Some(status) = f.status {
        args.push(status.as_str().to_string().into());
        filters += &format!(" AND status = ?{}", args.len());
    }
    let sql = format!(
        "SELECT {} FROM structures WHERE structure_type = 'PUBLIQUE'{filters}
         ORDER BY identifier_type, identifier LIMIT {}",
        structures::COLUMNS,
        f.limit
    );
    let mut stmt = db.prepare_cached(&sql)?;
    let page: Vec<StructureRow> = stmt
        .query_map(params_from_iter(args), structures::from_row)?
        .collect::<rusqlite::Result<_>>()?;
    let ids: Vec<i64> = page.iter().map(|r| r.id).collect();
    let sql = format!(
        "{} WHERE v.structure_id IN ({}) ORDER BY v.structure_id, v.code",
        services::SELECT,
        super::join_ids(&ids)
    );
    let mut stmt = db.prepare(&sql)?;
    let mut by_structure: HashMap<i64, Vec<ServiceRow>> = HashMap::default();
    for row in stmt.query_map([], |r| Ok((r.get(1)?, services::from_row(r)?)))? {
        let (structure_id, service) = row?;
        by_structure.entry(structure_id).or_default().push(service);
    }
    Ok(page
        .into_iter()
        .map(|r| {
            let services = by_structure.remove(&r.id).unwrap_or_default();
            (r, services)
        })
        .collect())
}

/// A large page cache for the bulk writes of an import (B-tree pages stay in memory until
/// the commit instead of spilling to the WAL again and again), and a second thread for the
/// sorts that build indexes.
pub fn bulk_cache(db: &Connection) -> Result<()> {
    db.execute_batch("PRAGMA cache_size = -262144; PRAGMA threads = 2")?;
    Ok(())
}

/// The secondary indexes of structures and services (not those of their UNIQUE constraints),
/// dropped before a bulk load: building an index once over the loaded rows is several times
/// faster than growing it row by row. Returns the statements that make them again.
pub fn drop_secondary_indexes(db: &Connection) -> Result<Vec<String>> {
    let mut stmt = db.prepare(
        "SELECT name, sql FROM sqlite_schema
         WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('structures', 'services')",
    )?;
    let indexes: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (name, _) in &indexes {
        db.execute_batch(&format!("DROP INDEX \"{name}\""))?;
    }
    Ok(indexes.into_iter().map(|(_, sql)| sql).collect())
}

pub fn create_indexes(db: &Connection, statements: &[String]) -> Result<()> {
    for sql in statements {
        db.execute_batch(sql)?;
    }
    Ok(())
}

/// A bulk load's inserts, their statements prepared once (rows go in without their full-text
/// entries: see [`rebuild_search`]).
pub struct BulkInserts<'a> {
    structure: rusqlite::Statement<'a>,
    service: rusqlite::Statement<'a>,
}

impl<'a> BulkInserts<'a> {
    pub fn new(db: &'a Connection) -> Result<BulkInserts<'a>> {
        Ok(BulkInserts {
            structure: db.prepare(structures::INSERT)?,
            service: db.prepare(services::INSERT)?,
        })
    }

    pub fn structure(&mut self, s: &crate::domain::Structure) -> Result<i64> {
        structures::insert_with(&mut self.structure, s)
    }

    pub fn service(&mut self, structure_id: i64, s: &crate::domain::Service) -> Result<i64> {
        services::insert_with(&mut self.service, structure_id, s)
    }
}

/// Rebuilds both full-text indexes from the tables, after a bulk load inserted rows without
/// their entries: one pass is cheaper than an entry per row.
pub fn rebuild_search(db: &Connection) -> Result<()> {
    db.execute_batch(
        "INSERT INTO structures_fts(structures_fts) VALUES ('rebuild');
         INSERT INTO services_fts(services_fts) VALUES ('rebuild');",
    )?;
    Ok(())
}

/// `--atomic` imports: a savepoint to undo the rows written when one is rejected.
pub fn savepoint(db: &Connection) -> Result<()> {
    Ok(db.execute_batch("SAVEPOINT directory_import")?)
}

pub fn rollback_to_savepoint(db: &Connection) -> Result<()> {
    Ok(db.execute_batch("ROLLBACK TO directory_import; RELEASE directory_import")?)
}

pub fn release_savepoint(db: &Connection) -> Result<()> {
    Ok(db.execute_batch("RELEASE directory_import")?)
}

/// Every structure, by identifier type and identifier.
pub fn all_structures(db: &Connection) -> Result<HashMap<(IdentifierType, String), StructureRow>> {
    let sql = format!("SELECT {} FROM structures", structures::COLUMNS);
    let mut stmt = db.prepare(&sql)?;
    let rows = stmt.query_map([], structures::from_row)?;
    let mut out = HashMap::default();
    for row in rows {
        let row = row?;
        out.insert(
            (
                row.structure.identifier_type,
                row.structure.identifier.clone(),
            ),
            row,
        );
    }
    Ok(out)
}

/// The services of every public structure, by structure id.
pub fn public_services(db: &Connection) -> Result<HashMap<i64, Vec<ServiceRow>>> {
    let sql = format!("{} WHERE s.structure_type = 'PUBLIQUE'", services::SELECT);
    let mut stmt = db.prepare(&sql)?;
    let mut out: HashMap<i64, Vec<ServiceRow>> = HashMap::default();
    for row in stmt.query_map([], |r| Ok((r.get(1)?, services::from_row(r)?)))? {
        let (structure_id, service) = row?;
        out.entry(structure_id).or_default().push(service);
    }
    Ok(out)
}

/// --full: public structures and services the import did not list become INACTIF / inactive.
/// Services are only touched when the import listed services at all.
pub fn deactivate_missing(
    db: &Connection,
    seen_structures: &[i64],
    seen_services: Option<&[i64]>,
    now: &str,
) -> Result<(usize, usize)> {
    db.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS seen_structures (id INTEGER PRIMARY KEY);
         CREATE TEMP TABLE IF NOT EXISTS seen_services (id INTEGER PRIMARY KEY);
         DELETE FROM temp.seen_structures; DELETE FROM temp.seen_services;",
    )?;
    let fill = |table: &str, ids: &[i64]| -> Result<()> {
        let mut stmt = db.prepare(&format!("INSERT OR IGNORE INTO temp.{table} VALUES (?1)"))?;
        for id in ids {
            stmt.execute([id])?;
        }
        Ok(())
    };
    fill("seen_structures", seen_structures)?;
    let structures = db.execute(
        "UPDATE structures SET status = 'INACTIF', updated_at = ?1
         WHERE structure_type = 'PUBLIQUE' AND status = 'ACTIF'
           AND id NOT IN (SELECT id FROM temp.seen_structures)",
        [now],
    )?;
    let services = match seen_services {
        None => 0,
        Some(ids) => {
            fill("seen_services", ids)?;
            db.execute(
                "UPDATE services SET active = 0, updated_at = ?1
                 WHERE active = 1 AND id NOT IN (SELECT id FROM temp.seen_services)
                   AND structure_id IN (SELECT id FROM structures WHERE structure_type = 'PUBLIQUE')",
                [now],
            )?
        }
    };
    db.execute_batch("DROP TABLE temp.seen_structures; DROP TABLE temp.seen_services;")?;
    Ok((structures, services))
}
