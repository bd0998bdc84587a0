//! Attachments (rattachements) of accounts to structures, with their role.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::domain::{Attachment, RequestStatus, Role};
use crate::error::Result;

use super::{join_ids, where_clause};

pub struct AttachmentRow {
    pub id: i64,
    pub account_id: i64,
    pub structure_id: i64,
    pub attachment: Attachment,
}

const SELECT: &str = "SELECT t.id, t.account_id, t.structure_id, s.identifier, s.name, a.email,
        t.role, t.status, t.comment, t.reason, t.requested_at, t.decided_at, t.decided_by
     FROM attachments t
     JOIN structures s ON s.id = t.structure_id
     JOIN accounts a ON a.id = t.account_id";

fn from_row(r: &Row<'_>) -> rusqlite::Result<AttachmentRow> {
    Ok(AttachmentRow {
        id: r.get(0)?,
        account_id: r.get(1)?,
        structure_id: r.get(2)?,
        attachment: Attachment {
            id: r.get(0)?,
            structure: r.get(3)?,
            structure_name: r.get(4)?,
            account: r.get(5)?,
            role: r.get(6)?,
            status: r.get(7)?,
            comment: r.get(8)?,
            reason: r.get(9)?,
            requested_at: r.get(10)?,
            decided_at: r.get(11)?,
            decided_by: r.get(12)?,
        },
    })
}

pub fn by_id(db: &Connection, id: i64) -> Result<Option<AttachmentRow>> {
    let sql = format!("{SELECT} WHERE t.id = ?1");
    Ok(db.query_row(&sql, [id], from_row).optional()?)
}

/// The pending or accepted attachment of an account to a structure, if any.
pub fn live(db: &Connection, account_id: i64, structure_id: i64) -> Result<Option<AttachmentRow>> {
    let sql = format!(
        "{SELECT} WHERE t.account_id = ?1 AND t.structure_id = ?2
           AND t.status IN ('EN_COURS_DE_VALIDATION', 'VALIDEE')"
    );
    Ok(db
        .prepare_cached(&sql)?
        .query_row([account_id, structure_id], from_row)
        .optional()?)
}

/// The role an account holds on a structure (accepted attachments only).
pub fn role(db: &Connection, account_id: i64, structure_id: i64) -> Result<Option<Role>> {
    Ok(db
        .prepare_cached(
            "SELECT role FROM attachments
             WHERE account_id = ?1 AND structure_id = ?2 AND status = 'VALIDEE'",
        )?
        .query_row([account_id, structure_id], |r| r.get(0))
        .optional()?)
}

/// Structures on which the account is a principal or secondary manager.
pub fn managed_structures(db: &Connection, account_id: i64) -> Result<Vec<i64>> {
    let mut stmt = db.prepare_cached(
        "SELECT structure_id FROM attachments WHERE account_id = ?1 AND status = 'VALIDEE'
           AND role IN ('GESTIONNAIRE_PRINCIPAL', 'GESTIONNAIRE_SECONDAIRE')",
    )?;
    let rows = stmt.query_map([account_id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn has_principal(db: &Connection, structure_id: i64) -> Result<bool> {
    Ok(db.query_row(
        "SELECT EXISTS(SELECT 1 FROM attachments WHERE structure_id = ?1
           AND status = 'VALIDEE' AND role = 'GESTIONNAIRE_PRINCIPAL')",
        [structure_id],
        |r| r.get(0),
    )?)
}

pub struct NewAttachment<'a> {
    pub account_id: i64,
    pub structure_id: i64,
    pub role: Option<Role>,
    pub status: RequestStatus,
    pub comment: Option<&'a str>,
    pub now: &'a str,
    /// Set when the attachment is created already decided (a structure's creator).
    pub decided_by: Option<&'a str>,
}

pub fn insert(db: &Connection, a: &NewAttachment<'_>) -> Result<i64> {
    let decided_at = a.decided_by.map(|_| a.now);
    db.execute(
        "INSERT INTO attachments (account_id, structure_id, role, status, comment, requested_at,
             decided_at, decided_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            a.account_id,
            a.structure_id,
            a.role,
            a.status,
            a.comment,
            a.now,
            decided_at,
            a.decided_by
        ],
    )?;
    Ok(db.last_insert_rowid())
}

/// Records a decision (accept, refuse, deactivate) on an attachment.
pub fn decide(
    db: &Connection,
    id: i64,
    status: RequestStatus,
    role: Option<Role>,
    reason: Option<&str>,
    by: &str,
    now: &str,
) -> Result<()> {
    db.execute(
        "UPDATE attachments SET status = ?2, role = COALESCE(?3, role), reason = COALESCE(?4, reason),
             decided_at = ?5, decided_by = ?6
         WHERE id = ?1",
        params![id, status, role, reason, now, by],
    )?;
    Ok(())
}

/// Ends every pending or accepted attachment to a structure, with the service grants and
/// space habilitations they carried. Returns the accounts detached.
pub fn detach_all(db: &Connection, structure_id: i64, by: &str, now: &str) -> Result<Vec<String>> {
    let sql = format!(
        "{SELECT} WHERE t.structure_id = ?1 AND t.status IN ('EN_COURS_DE_VALIDATION', 'VALIDEE')
         ORDER BY t.id"
    );
    let mut stmt = db.prepare(&sql)?;
    let live: Vec<AttachmentRow> = stmt
        .query_map([structure_id], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    for row in &live {
        decide(db, row.id, RequestStatus::Deactivated, None, None, by, now)?;
    }
    db.execute(
        "DELETE FROM service_grants
         WHERE service_id IN (SELECT id FROM services WHERE structure_id = ?1)",
        [structure_id],
    )?;
    db.execute(
        "DELETE FROM space_habilitations WHERE structure_id = ?1",
        [structure_id],
    )?;
    Ok(live.into_iter().map(|r| r.attachment.account).collect())
}

pub fn set_role(db: &Connection, id: i64, role: Role) -> Result<()> {
    db.execute(
        "UPDATE attachments SET role = ?2 WHERE id = ?1",
        params![id, role],
    )?;
    Ok(())
}

#[derive(Default)]
pub struct ListFilter {
    pub structure_id: Option<i64>,
    pub status: Option<RequestStatus>,
    /// Restricts to these accounts' own attachments or these managed structures (None: all).
    pub visible_to: Option<(i64, Vec<i64>)>,
}

pub fn list(db: &Connection, f: &ListFilter) -> Result<Vec<Attachment>> {
    let mut clauses = Vec::new();
    if let Some(id) = f.structure_id {
        clauses.push(format!("t.structure_id = {id}"));
    }
    if let Some(s) = f.status {
        clauses.push(format!("t.status = '{}'", s.as_str()));
    }
    if let Some((account, managed)) = &f.visible_to {
        clauses.push(format!(
            "(t.account_id = {account} OR t.structure_id IN ({}))",
            join_ids(managed)
        ));
    }
    let filter = where_clause(&clauses);
    let sql = format!("{SELECT} {filter} ORDER BY t.id");
    let mut stmt = db.prepare(&sql)?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows
        .map(|r| r.map(|a| a.attachment))
        .collect::<rusqlite::Result<_>>()?)
}

/// Structures the account is attached to (accepted), whatever its role.
pub fn member_structures(db: &Connection, account_id: i64) -> Result<Vec<i64>> {
    let mut stmt = db.prepare_cached(
        "SELECT structure_id FROM attachments WHERE account_id = ?1 AND status = 'VALIDEE'",
    )?;
    let rows = stmt.query_map([account_id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
