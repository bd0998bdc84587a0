//! The append-only event log behind account feeds and histories.

use rusqlite::{Connection, params};

use crate::domain::Event;
use crate::error::Result;

use super::{join_ids, where_clause};

pub struct NewEvent<'a> {
    pub at: &'a str,
    pub actor: &'a str,
    pub kind: &'a str,
    pub structure_id: Option<i64>,
    pub account_id: Option<i64>,
    pub object: &'a str,
    pub summary: &'a str,
}

pub fn append(db: &Connection, e: &NewEvent<'_>) -> Result<()> {
    db.prepare_cached(
        "INSERT INTO events (at, actor, kind, structure_id, account_id, object, summary)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        e.at,
        e.actor,
        e.kind,
        e.structure_id,
        e.account_id,
        e.object,
        e.summary
    ])?;
    Ok(())
}

pub struct FeedFilter {
    /// None: every event (operator). Some: events about this account or these structures.
    pub scope: Option<(i64, Vec<i64>)>,
    pub since: Option<String>,
    pub limit: Option<u32>,
}

/// Newest first.
pub fn feed(db: &Connection, f: &FeedFilter) -> Result<Vec<Event>> {
    let mut clauses = Vec::new();
    if let Some((account, structures)) = &f.scope {
        clauses.push(format!(
            "(e.account_id = {account} OR e.structure_id IN ({}))",
            join_ids(structures)
        ));
    }
    if f.since.is_some() {
        clauses.push("e.at >= ?1".to_string());
    }
    let filter = where_clause(&clauses);
    let limit = f.limit.map(|n| format!("LIMIT {n}")).unwrap_or_default();
    let sql = format!(
        "SELECT e.id, e.at, e.actor, e.kind, s.identifier, a.email, e.object, e.summary
         FROM events e
         LEFT JOIN structures s ON s.id = e.structure_id
         LEFT JOIN accounts a ON a.id = e.account_id
         {filter} ORDER BY e.id DESC {limit}"
    );
    let mut stmt = db.prepare(&sql)?;
    let map = |r: &rusqlite::Row<'_>| {
        Ok(Event {
            id: r.get(0)?,
            at: r.get(1)?,
            actor: r.get(2)?,
            kind: r.get(3)?,
            structure: r.get(4)?,
            account: r.get(5)?,
            object: r.get(6)?,
            summary: r.get(7)?,
        })
    };
    let rows = match &f.since {
        Some(since) => stmt
            .query_map([since], map)?
            .collect::<rusqlite::Result<_>>()?,
        None => stmt.query_map([], map)?.collect::<rusqlite::Result<_>>()?,
    };
    Ok(rows)
}
