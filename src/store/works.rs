//! Dossiers de facturation, their partners, pieces, attachments and history.

use rusqlite::{Connection, OptionalExtension, Row, params, params_from_iter};

use crate::domain::invoice::{Amounts, FileRef, PartyRef};
use crate::domain::works::{
    GroupType, WorksFile, WorksFramework, WorksHistoryEntry, WorksPiece, WorksRole, WorksStatus,
};
use crate::error::Result;

use super::invoices::{decimal, file_ref, put_file};

/// A dossier with the structure ids its rules need.
pub struct FileRow {
    pub file: WorksFile,
    pub supplier_id: i64,
    pub moe_id: Option<i64>,
    pub moa_id: i64,
    /// Subcontractors and co-contractors.
    pub members: Vec<(WorksRole, i64)>,
}

pub struct NewFile<'a> {
    pub market_number: &'a str,
    pub title: Option<&'a str>,
    pub supplier: (i64, Option<&'a str>),
    pub moe: Option<(i64, Option<&'a str>)>,
    pub moa: (i64, Option<&'a str>),
    pub engagement_number: Option<&'a str>,
    pub group_type: Option<GroupType>,
    pub members: &'a [(WorksRole, i64)],
    pub created_by: &'a str,
    pub now: &'a str,
}

pub fn insert_file(db: &Connection, n: &NewFile<'_>) -> Result<i64> {
    db.prepare_cached(
        "INSERT INTO works_files (market_number, title, supplier_id, supplier_service, moe_id,
            moe_service, moa_id, moa_service, engagement_number, group_type, created_by, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        n.market_number,
        n.title,
        n.supplier.0,
        n.supplier.1,
        n.moe.map(|m| m.0),
        n.moe.and_then(|m| m.1),
        n.moa.0,
        n.moa.1,
        n.engagement_number,
        n.group_type,
        n.created_by,
        n.now,
    ])?;
    let id = db.last_insert_rowid();
    let mut stmt = db.prepare_cached(
        "INSERT INTO works_file_members (file_id, structure_id, role) VALUES (?1, ?2, ?3)",
    )?;
    for (role, structure) in n.members {
        stmt.execute(params![id, structure, role])?;
    }
    Ok(id)
}

/// Points one of the dossier's parties at another structure or service (recycling after a
/// routing error).
pub fn set_party(
    db: &Connection,
    file_id: i64,
    role: WorksRole,
    structure_id: i64,
    service: Option<&str>,
) -> Result<()> {
    let sql = match role {
        WorksRole::Fournisseur => {
            "UPDATE works_files SET supplier_id = ?2, supplier_service = ?3 WHERE id = ?1"
        }
        WorksRole::Moe => "UPDATE works_files SET moe_id = ?2, moe_service = ?3 WHERE id = ?1",
        WorksRole::Moa => "UPDATE works_files SET moa_id = ?2, moa_service = ?3 WHERE id = ?1",
        WorksRole::SousTraitant | WorksRole::Cotraitant => {
            return Err(crate::error::Error::internal("members are not rerouted"));
        }
    };
    db.prepare_cached(sql)?
        .execute(params![file_id, structure_id, service])?;
    Ok(())
}

fn party(db: &Connection, id: i64, service: Option<String>) -> Result<PartyRef> {
    let s = super::structures::by_id(db, id)?.structure;
    Ok(PartyRef {
        identifier: s.identifier,
        name: s.name,
        service_code: service,
    })
}

pub fn file_by_id(db: &Connection, id: i64) -> Result<Option<FileRow>> {
    let row = db
        .prepare_cached(
            "SELECT market_number, title, supplier_id, supplier_service, moe_id, moe_service,
                moa_id, moa_service, engagement_number, group_type, created_by, created_at
             FROM works_files WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok((
                (r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?),
                (r.get::<_, i64>(2)?, r.get::<_, Option<String>>(3)?),
                (r.get::<_, Option<i64>>(4)?, r.get::<_, Option<String>>(5)?),
                (r.get::<_, i64>(6)?, r.get::<_, Option<String>>(7)?),
                (
                    r.get::<_, Option<String>>(8)?,
                    r.get::<_, Option<GroupType>>(9)?,
                ),
                (r.get::<_, String>(10)?, r.get::<_, String>(11)?),
            ))
        })
        .optional()?;
    let Some((
        (market_number, title),
        (supplier_id, supplier_service),
        (moe_id, moe_service),
        (moa_id, moa_service),
        (engagement_number, group_type),
        (created_by, created_at),
    )) = row
    else {
        return Ok(None);
    };
    let members: Vec<(WorksRole, i64)> = db
        .prepare_cached(
            "SELECT m.role, m.structure_id FROM works_file_members m
             JOIN structures s ON s.id = m.structure_id
             WHERE m.file_id = ?1 ORDER BY s.identifier",
        )?
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let of_role = |role: WorksRole| -> Result<Vec<PartyRef>> {
        members
            .iter()
            .filter(|(r, _)| *r == role)
            .map(|(_, s)| party(db, *s, None))
            .collect()
    };
    let file = WorksFile {
        id,
        market_number,
        title,
        supplier: party(db, supplier_id, supplier_service)?,
        moe: moe_id.map(|m| party(db, m, moe_service)).transpose()?,
        moa: party(db, moa_id, moa_service)?,
        engagement_number,
        subcontractors: of_role(WorksRole::SousTraitant)?,
        cocontractors: of_role(WorksRole::Cotraitant)?,
        group_type,
        created_by,
        created_at,
    };
    Ok(Some(FileRow {
        file,
        supplier_id,
        moe_id,
        moa_id,
        members,
    }))
}

/// Dossiers in which any of these structures plays a part, newest first.
pub fn files_of(db: &Connection, structures: &[i64]) -> Result<Vec<i64>> {
    if structures.is_empty() {
        return Ok(Vec::new());
    }
    let marks = vec!["?"; structures.len()].join(",");
    let sql = format!(
        "SELECT id FROM works_files WHERE supplier_id IN ({marks}) OR moe_id IN ({marks})
            OR moa_id IN ({marks})
         UNION SELECT file_id FROM works_file_members WHERE structure_id IN ({marks})
         ORDER BY 1 DESC"
    );
    let args = structures.iter().cycle().take(structures.len() * 4);
    Ok(db
        .prepare(&sql)?
        .query_map(params_from_iter(args), |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

pub fn all_files(db: &Connection) -> Result<Vec<i64>> {
    Ok(db
        .prepare_cached("SELECT id FROM works_files ORDER BY id DESC")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// A piece with the structure ids its rules need.
pub struct PieceRow {
    pub piece: WorksPiece,
    pub depositor_id: i64,
}

pub struct NewPiece<'a> {
    pub file_id: i64,
    pub number: &'a str,
    pub framework: WorksFramework,
    pub role: WorksRole,
    pub depositor_id: i64,
    pub associated_id: Option<i64>,
    pub status: WorksStatus,
    pub date: &'a str,
    pub currency: &'a str,
    pub amounts: &'a Amounts,
    pub analysis: &'a serde_json::Value,
    pub file: (&'a str, &'a [u8]),
    pub comment: Option<&'a str>,
    pub created_by: &'a str,
    pub now: &'a str,
}

pub fn insert_piece(db: &Connection, n: &NewPiece<'_>) -> Result<i64> {
    let sha = put_file(db, n.file.1)?;
    db.prepare_cached(
        "INSERT INTO works_pieces (file_id, number, framework, role, depositor_id, associated_id,
            status, piece_date, currency, total_excl_vat, vat, total_incl_vat, amount_due,
            analysis, file_sha256, file_name, comment, created_by, created_at, status_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
            ?18, ?19, ?19)",
    )?
    .execute(params![
        n.file_id,
        n.number,
        n.framework,
        n.role,
        n.depositor_id,
        n.associated_id,
        n.status,
        n.date,
        n.currency,
        n.amounts.total_excl_vat.to_string(),
        n.amounts.vat.to_string(),
        n.amounts.total_incl_vat.to_string(),
        n.amounts.amount_due.to_string(),
        n.analysis.to_string(),
        sha,
        n.file.0,
        n.comment,
        n.created_by,
        n.now,
    ])?;
    let id = db.last_insert_rowid();
    add_history(db, id, n.status, n.now, n.created_by, n.comment)?;
    Ok(id)
}

fn add_history(
    db: &Connection,
    id: i64,
    status: WorksStatus,
    at: &str,
    by: &str,
    comment: Option<&str>,
) -> Result<()> {
    db.prepare_cached(
        "INSERT INTO works_piece_history (piece_id, status, at, by, comment)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![id, status, at, by, comment])?;
    Ok(())
}

/// Moves a piece to a status and records it in its history.
pub fn set_status(
    db: &Connection,
    id: i64,
    status: WorksStatus,
    at: &str,
    by: &str,
    comment: Option<&str>,
) -> Result<()> {
    db.prepare_cached("UPDATE works_pieces SET status = ?2, status_at = ?3 WHERE id = ?1")?
        .execute(params![id, status, at])?;
    add_history(db, id, status, at, by, comment)
}

pub fn history(db: &Connection, id: i64) -> Result<Vec<WorksHistoryEntry>> {
    Ok(db
        .prepare_cached(
            "SELECT status, at, by, comment FROM works_piece_history
             WHERE piece_id = ?1 ORDER BY id",
        )?
        .query_map([id], |r| {
            Ok(WorksHistoryEntry {
                status: r.get(0)?,
                at: r.get(1)?,
                by: r.get(2)?,
                comment: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

pub fn add_attachment(db: &Connection, id: i64, name: &str, bytes: &[u8], now: &str) -> Result<()> {
    let sha = put_file(db, bytes)?;
    db.prepare_cached(
        "INSERT INTO works_piece_attachments (piece_id, name, sha256, size, added_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![id, name, sha, bytes.len() as i64, now])?;
    Ok(())
}

fn attachments(db: &Connection, id: i64) -> Result<Vec<FileRef>> {
    Ok(db
        .prepare_cached(
            "SELECT name, sha256, size FROM works_piece_attachments
             WHERE piece_id = ?1 ORDER BY id",
        )?
        .query_map([id], file_ref)?
        .collect::<rusqlite::Result<_>>()?)
}

const SELECT: &str = "SELECT p.id, p.file_id, f.market_number, p.number, p.framework, p.role,
        s.identifier, s.name, p.associated_id, p.status, p.piece_date, p.currency,
        p.total_excl_vat, p.vat, p.total_incl_vat, p.amount_due, p.file_name, p.file_sha256,
        (SELECT size FROM files WHERE sha256 = p.file_sha256) AS file_size, p.comment,
        p.created_by, p.created_at, p.status_at, p.depositor_id
     FROM works_pieces p
     JOIN works_files f ON f.id = p.file_id
     JOIN structures s ON s.id = p.depositor_id";

fn from_row(r: &Row<'_>) -> rusqlite::Result<PieceRow> {
    let framework: WorksFramework = r.get("framework")?;
    Ok(PieceRow {
        depositor_id: r.get("depositor_id")?,
        piece: WorksPiece {
            id: r.get("id")?,
            file_id: r.get("file_id")?,
            market_number: r.get("market_number")?,
            number: r.get("number")?,
            framework,
            works_type: framework.works_type(),
            role: r.get("role")?,
            depositor: PartyRef {
                identifier: r.get("identifier")?,
                name: r.get("name")?,
                service_code: None,
            },
            associated_id: r.get("associated_id")?,
            status: r.get("status")?,
            date: r.get("piece_date")?,
            currency: r.get("currency")?,
            amounts: Amounts {
                total_excl_vat: decimal(r, "total_excl_vat")?,
                vat: decimal(r, "vat")?,
                total_incl_vat: decimal(r, "total_incl_vat")?,
                amount_due: decimal(r, "amount_due")?,
            },
            file: FileRef {
                name: r.get("file_name")?,
                sha256: r.get("file_sha256")?,
                size: r.get("file_size")?,
            },
            attachments: Vec::new(),
            comment: r.get("comment")?,
            created_by: r.get("created_by")?,
            created_at: r.get("created_at")?,
            status_at: r.get("status_at")?,
        },
    })
}

fn with_attachments(db: &Connection, mut row: PieceRow) -> Result<PieceRow> {
    row.piece.attachments = attachments(db, row.piece.id)?;
    Ok(row)
}

pub fn piece_by_id(db: &Connection, id: i64) -> Result<Option<PieceRow>> {
    let sql = format!("{SELECT} WHERE p.id = ?1");
    let row = db
        .prepare_cached(&sql)?
        .query_row([id], from_row)
        .optional()?;
    row.map(|r| with_attachments(db, r)).transpose()
}

/// The pieces of a dossier, in deposit order.
pub fn pieces_of(db: &Connection, file_id: i64) -> Result<Vec<PieceRow>> {
    let sql = format!("{SELECT} WHERE p.file_id = ?1 ORDER BY p.id");
    let rows: Vec<PieceRow> = db
        .prepare_cached(&sql)?
        .query_map([file_id], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    rows.into_iter().map(|r| with_attachments(db, r)).collect()
}

pub fn number_taken(
    db: &Connection,
    file_id: i64,
    depositor_id: i64,
    number: &str,
) -> Result<bool> {
    Ok(db
        .prepare_cached(
            "SELECT EXISTS(SELECT 1 FROM works_pieces
               WHERE file_id = ?1 AND depositor_id = ?2 AND number = ?3)",
        )?
        .query_row(params![file_id, depositor_id, number], |r| r.get(0))?)
}

/// Pieces awaiting validation since before `cutoff`.
pub fn validation_overdue(db: &Connection, cutoff: &str) -> Result<Vec<i64>> {
    Ok(db
        .prepare_cached(
            "SELECT id FROM works_pieces WHERE status = 'A_VALIDER_1' AND status_at < ?1
             ORDER BY id",
        )?
        .query_map([cutoff], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}
