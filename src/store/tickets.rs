//! Tickets, their messages with attachments, and their status history.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::domain::invoice::PartyRef;
use crate::domain::tickets::{Message, Side, Ticket, TicketHistoryEntry, TicketStatus};
use crate::error::Result;

use super::invoices::{file_ref, put_file};

/// A ticket with the ids its rules need.
pub struct TicketRow {
    pub ticket: Ticket,
    pub requester_account_id: i64,
    pub requester_structure_id: Option<i64>,
    pub addressee_structure_id: Option<i64>,
}

pub struct NewTicket<'a> {
    pub category: &'a str,
    pub subcategory: &'a str,
    pub subject: &'a str,
    pub status: TicketStatus,
    pub requester_account_id: i64,
    pub requester_structure_id: Option<i64>,
    pub addressee_structure_id: Option<i64>,
    pub invoice_id: Option<i64>,
    pub works_piece_id: Option<i64>,
    pub by: &'a str,
    pub now: &'a str,
}

/// Stores a ticket and numbers it `SOL-YEAR-ID`; returns its id.
pub fn insert(db: &Connection, n: &NewTicket<'_>) -> Result<i64> {
    db.prepare_cached(
        "INSERT INTO tickets (number, category, subcategory, subject, status,
            requester_account_id, requester_structure_id, addressee_structure_id, invoice_id,
            works_piece_id, created_at, status_at)
         VALUES ('', ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
    )?
    .execute(params![
        n.category,
        n.subcategory,
        n.subject,
        n.status,
        n.requester_account_id,
        n.requester_structure_id,
        n.addressee_structure_id,
        n.invoice_id,
        n.works_piece_id,
        n.now,
    ])?;
    let id = db.last_insert_rowid();
    let number = format!("SOL-{}-{id:06}", &n.now[..4]);
    db.prepare_cached("UPDATE tickets SET number = ?2 WHERE id = ?1")?
        .execute(params![id, number])?;
    add_history(db, id, n.status, n.now, n.by)?;
    Ok(id)
}

fn add_history(db: &Connection, id: i64, status: TicketStatus, at: &str, by: &str) -> Result<()> {
    db.prepare_cached(
        "INSERT INTO ticket_history (ticket_id, status, at, by) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![id, status, at, by])?;
    Ok(())
}

pub fn set_status(
    db: &Connection,
    id: i64,
    status: TicketStatus,
    at: &str,
    by: &str,
) -> Result<()> {
    db.prepare_cached("UPDATE tickets SET status = ?2, status_at = ?3 WHERE id = ?1")?
        .execute(params![id, status, at])?;
    add_history(db, id, status, at, by)
}

pub fn history(db: &Connection, id: i64) -> Result<Vec<TicketHistoryEntry>> {
    Ok(db
        .prepare_cached(
            "SELECT status, at, by FROM ticket_history WHERE ticket_id = ?1 ORDER BY id",
        )?
        .query_map([id], |r| {
            Ok(TicketHistoryEntry {
                status: r.get(0)?,
                at: r.get(1)?,
                by: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// Appends a message with its attachments; returns its id.
pub fn add_message(
    db: &Connection,
    ticket_id: i64,
    side: Side,
    author: &str,
    body: &str,
    attachments: &[(&str, &[u8])],
    now: &str,
) -> Result<i64> {
    db.prepare_cached(
        "INSERT INTO ticket_messages (ticket_id, side, author, body, at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![ticket_id, side.as_str(), author, body, now])?;
    let id = db.last_insert_rowid();
    let mut stmt = db.prepare_cached(
        "INSERT INTO ticket_attachments (message_id, name, sha256, size) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (name, bytes) in attachments {
        let sha = put_file(db, bytes)?;
        stmt.execute(params![id, name, sha, bytes.len() as i64])?;
    }
    Ok(id)
}

pub fn messages(db: &Connection, ticket_id: i64) -> Result<Vec<Message>> {
    let rows: Vec<(i64, String, String, String, String)> = db
        .prepare_cached(
            "SELECT id, side, author, body, at FROM ticket_messages WHERE ticket_id = ?1 ORDER BY id",
        )?
        .query_map([ticket_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = db.prepare_cached(
        "SELECT name, sha256, size FROM ticket_attachments WHERE message_id = ?1 ORDER BY id",
    )?;
    let mut out = Vec::new();
    for (id, side, author, body, at) in rows {
        let attachments = stmt
            .query_map([id], file_ref)?
            .collect::<rusqlite::Result<_>>()?;
        out.push(Message {
            id,
            side: if side == "addressee" {
                Side::Addressee
            } else {
                Side::Requester
            },
            author,
            body,
            at,
            attachments,
        });
    }
    Ok(out)
}

const SELECT: &str = "SELECT t.id, t.number, t.category, t.subcategory, t.subject, t.status,
        a.email, rs.identifier AS rs_identifier, rs.name AS rs_name,
        ds.identifier AS ds_identifier, ds.name AS ds_name, t.invoice_id, t.works_piece_id,
        t.created_at, t.status_at, t.requester_account_id, t.requester_structure_id,
        t.addressee_structure_id
     FROM tickets t
     JOIN accounts a ON a.id = t.requester_account_id
     LEFT JOIN structures rs ON rs.id = t.requester_structure_id
     LEFT JOIN structures ds ON ds.id = t.addressee_structure_id";

fn party(r: &Row<'_>, prefix: &str) -> rusqlite::Result<Option<PartyRef>> {
    let identifier: Option<String> = r.get(format!("{prefix}_identifier").as_str())?;
    Ok(match identifier {
        Some(identifier) => Some(PartyRef {
            identifier,
            name: r.get(format!("{prefix}_name").as_str())?,
            service_code: None,
        }),
        None => None,
    })
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<TicketRow> {
    Ok(TicketRow {
        requester_account_id: r.get("requester_account_id")?,
        requester_structure_id: r.get("requester_structure_id")?,
        addressee_structure_id: r.get("addressee_structure_id")?,
        ticket: Ticket {
            id: r.get("id")?,
            number: r.get("number")?,
            category: r.get("category")?,
            subcategory: r.get("subcategory")?,
            subject: r.get("subject")?,
            status: r.get("status")?,
            requester: r.get("email")?,
            requester_structure: party(r, "rs")?,
            addressee: party(r, "ds")?,
            invoice_id: r.get("invoice_id")?,
            works_piece_id: r.get("works_piece_id")?,
            created_at: r.get("created_at")?,
            status_at: r.get("status_at")?,
        },
    })
}

/// A ticket by id, or by number (`SOL-2026-000001`).
pub fn find(db: &Connection, key: &str) -> Result<Option<TicketRow>> {
    let key = key.trim();
    let sql = match key.parse::<i64>() {
        Ok(_) => format!("{SELECT} WHERE t.id = ?1"),
        Err(_) => format!("{SELECT} WHERE t.number = ?1"),
    };
    Ok(db
        .prepare_cached(&sql)?
        .query_row([key], from_row)
        .optional()?)
}

/// Every ticket an account may see from one side or the other (the rules then decide),
/// newest first: its own, its structures', those addressed to its structures, and — for the
/// operator (`None`) — all.
pub fn candidates(db: &Connection, account: Option<(i64, &[i64])>) -> Result<Vec<TicketRow>> {
    match account {
        None => {
            let sql = format!("{SELECT} ORDER BY t.id DESC");
            Ok(db
                .prepare_cached(&sql)?
                .query_map([], from_row)?
                .collect::<rusqlite::Result<_>>()?)
        }
        Some((id, structures)) => {
            let ids = super::join_ids(structures);
            let sql = format!(
                "{SELECT} WHERE t.requester_account_id = ?1 OR t.requester_structure_id IN ({ids})
                    OR t.addressee_structure_id IN ({ids})
                 ORDER BY t.id DESC"
            );
            Ok(db
                .prepare(&sql)?
                .query_map([id], from_row)?
                .collect::<rusqlite::Result<_>>()?)
        }
    }
}

pub fn attachment_bytes(db: &Connection, sha256: &str) -> Result<Vec<u8>> {
    super::invoices::get_file(db, sha256)
}
