//! Invoices, their files (SHA-256 addressed), attachments and status history.

use rusqlite::{Connection, OptionalExtension, Row, params, params_from_iter, types::Value};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::domain::invoice::{
    Amounts, DepositMode, FileRef, Framework, HistoryEntry, Invoice, InvoiceStatus, InvoiceType,
    Line, PartyRef, PaymentMode, VatLine, VatRegime,
};
use crate::error::Result;

use super::where_clause;

/// Stores a file once, whatever the number of invoices that refer to it.
pub fn put_file(db: &Connection, bytes: &[u8]) -> Result<String> {
    let sha = sha256_hex(bytes);
    db.prepare_cached("INSERT OR IGNORE INTO files (sha256, size, content) VALUES (?1, ?2, ?3)")?
        .execute(params![sha, bytes.len() as i64, bytes])?;
    Ok(sha)
}

pub fn get_file(db: &Connection, sha256: &str) -> Result<Vec<u8>> {
    Ok(db.query_row(
        "SELECT content FROM files WHERE sha256 = ?1",
        [sha256],
        |r| r.get(0),
    )?)
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The parts of an invoice kept as JSON: read whole, never filtered on.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Detail {
    pub lines: Vec<Line>,
    pub vat_lines: Vec<VatLine>,
    /// How the deposited document was read (source, profile, fields it gave).
    #[serde(default)]
    pub analysis: serde_json::Value,
}

pub struct NewInvoice<'a> {
    pub number: &'a str,
    pub year: i32,
    pub status: InvoiceStatus,
    pub invoice_type: InvoiceType,
    pub framework: Framework,
    pub date: &'a str,
    pub currency: &'a str,
    pub deposit_mode: DepositMode,
    pub vat_regime: Option<VatRegime>,
    pub payment_mode: Option<PaymentMode>,
    pub supplier_id: i64,
    pub supplier_service: Option<&'a str>,
    pub recipient_id: i64,
    pub recipient_service: Option<&'a str>,
    pub validator_id: Option<i64>,
    pub engagement_number: Option<&'a str>,
    pub market_number: Option<&'a str>,
    pub original_number: Option<&'a str>,
    pub comment: Option<&'a str>,
    pub amounts: &'a Amounts,
    pub detail: &'a Detail,
    pub file: Option<(&'a str, &'a str)>,
    pub created_by: &'a str,
    pub now: &'a str,
}

fn cents(d: Decimal) -> i64 {
    use rust_decimal::prelude::ToPrimitive;
    (d * Decimal::from(100))
        .round()
        .to_i64()
        .unwrap_or(i64::MAX)
}

pub fn insert(db: &Connection, n: &NewInvoice<'_>) -> Result<i64> {
    let deposited_at = (n.status != InvoiceStatus::Brouillon).then_some(n.now);
    db.prepare_cached(
        "INSERT INTO invoices (number, year, status, invoice_type, framework, invoice_date, currency,
             deposit_mode, vat_regime, payment_mode, supplier_id, supplier_service, recipient_id,
             recipient_service, validator_id, engagement_number, market_number, original_number,
             comment, total_excl_vat, vat, total_incl_vat, amount_due, amount_cents, detail,
             file_sha256, file_name, created_by, created_at, deposited_at, status_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
             ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?29)",
    )?
    .execute(params![
        n.number,
        n.year,
        n.status,
        n.invoice_type,
        n.framework,
        n.date,
        n.currency,
        n.deposit_mode,
        n.vat_regime,
        n.payment_mode,
        n.supplier_id,
        n.supplier_service,
        n.recipient_id,
        n.recipient_service,
        n.validator_id,
        n.engagement_number,
        n.market_number,
        n.original_number,
        n.comment,
        n.amounts.total_excl_vat.to_string(),
        n.amounts.vat.to_string(),
        n.amounts.total_incl_vat.to_string(),
        n.amounts.amount_due.to_string(),
        cents(n.amounts.total_incl_vat),
        serde_json::to_string(n.detail)?,
        n.file.map(|f| f.0),
        n.file.map(|f| f.1),
        n.created_by,
        n.now,
        deposited_at,
    ])?;
    let id = db.last_insert_rowid();
    add_history(db, id, n.status, n.now, n.created_by, n.comment)?;
    Ok(id)
}

pub fn add_history(
    db: &Connection,
    id: i64,
    status: InvoiceStatus,
    at: &str,
    by: &str,
    comment: Option<&str>,
) -> Result<()> {
    db.prepare_cached(
        "INSERT INTO invoice_history (invoice_id, status, at, by, comment) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![id, status, at, by, comment])?;
    Ok(())
}

/// Moves an invoice to a status and records it in its history.
pub fn set_status(
    db: &Connection,
    id: i64,
    status: InvoiceStatus,
    at: &str,
    by: &str,
    comment: Option<&str>,
) -> Result<()> {
    db.prepare_cached(
        "UPDATE invoices SET status = ?2, status_at = ?3,
             deposited_at = CASE WHEN ?2 = 'DEPOSEE' AND deposited_at IS NULL THEN ?3 ELSE deposited_at END
         WHERE id = ?1",
    )?
    .execute(params![id, status, at])?;
    add_history(db, id, status, at, by, comment)
}

pub fn set_mandate_number(db: &Connection, id: i64, number: &str) -> Result<()> {
    db.execute(
        "UPDATE invoices SET mandate_number = ?2 WHERE id = ?1",
        params![id, number],
    )?;
    Ok(())
}

/// New routing after recycling.
pub fn set_routing(
    db: &Connection,
    id: i64,
    recipient_id: i64,
    recipient_service: Option<&str>,
    engagement: Option<&str>,
) -> Result<()> {
    db.execute(
        "UPDATE invoices SET recipient_id = ?2, recipient_service = ?3,
             engagement_number = COALESCE(?4, engagement_number)
         WHERE id = ?1",
        params![id, recipient_id, recipient_service, engagement],
    )?;
    Ok(())
}

pub fn delete(db: &Connection, id: i64) -> Result<()> {
    db.execute("DELETE FROM invoices WHERE id = ?1", [id])?;
    Ok(())
}

pub fn add_attachment(db: &Connection, id: i64, name: &str, bytes: &[u8], now: &str) -> Result<()> {
    let sha = put_file(db, bytes)?;
    db.prepare_cached(
        "INSERT INTO invoice_attachments (invoice_id, name, sha256, size, added_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![id, name, sha, bytes.len() as i64, now])?;
    Ok(())
}

/// A file reference from the columns `name, sha256, size`.
pub(super) fn file_ref(r: &Row<'_>) -> rusqlite::Result<FileRef> {
    Ok(FileRef {
        name: r.get(0)?,
        sha256: r.get(1)?,
        size: r.get(2)?,
    })
}

pub fn attachments(db: &Connection, id: i64) -> Result<Vec<FileRef>> {
    let mut stmt = db.prepare_cached(
        "SELECT name, sha256, size FROM invoice_attachments WHERE invoice_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([id], file_ref)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn history(db: &Connection, id: i64) -> Result<Vec<HistoryEntry>> {
    let mut stmt = db.prepare_cached(
        "SELECT status, at, by, comment FROM invoice_history WHERE invoice_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(HistoryEntry {
            status: r.get(0)?,
            at: r.get(1)?,
            by: r.get(2)?,
            comment: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Whether the supplier already used this number this year (other than invoice `except`).
pub fn number_taken(
    db: &Connection,
    supplier_id: i64,
    year: i32,
    number: &str,
    except: Option<i64>,
) -> Result<bool> {
    Ok(db.query_row(
        "SELECT EXISTS(SELECT 1 FROM invoices WHERE supplier_id = ?1 AND year = ?2 AND number = ?3
           AND id IS NOT ?4)",
        params![supplier_id, year, number, except],
        |r| r.get(0),
    )?)
}

pub fn setting(db: &Connection, key: &str) -> Result<Option<String>> {
    Ok(db
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?)
}

/// Invoices awaiting validation since before `cutoff`.
pub fn validation_overdue(db: &Connection, cutoff: &str) -> Result<Vec<i64>> {
    let mut stmt = db.prepare_cached(
        "SELECT id FROM invoices WHERE status = 'A_VALIDER_1' AND status_at < ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([cutoff], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// An invoice with the ids that rights are checked against.
pub struct InvoiceRow {
    pub supplier_id: i64,
    pub recipient_id: i64,
    pub validator_id: Option<i64>,
    pub year: i32,
    pub invoice: Invoice,
}

const SELECT: &str = "SELECT i.id, i.number, i.year, i.status, i.invoice_type, i.framework,
        i.invoice_date, i.currency, i.deposit_mode, i.vat_regime, i.payment_mode,
        i.supplier_id, s.identifier AS s_id, s.name AS s_name, i.supplier_service,
        i.recipient_id, r.identifier AS r_id, r.name AS r_name, i.recipient_service,
        i.validator_id, v.identifier AS v_id, i.engagement_number, i.market_number,
        i.original_number, i.mandate_number, i.comment, i.total_excl_vat, i.vat, i.total_incl_vat,
        i.amount_due, i.detail, i.file_sha256, i.file_name, i.created_at, i.deposited_at, i.status_at,
        (SELECT size FROM files WHERE sha256 = i.file_sha256) AS file_size
     FROM invoices i
     JOIN structures s ON s.id = i.supplier_id
     JOIN structures r ON r.id = i.recipient_id
     LEFT JOIN structures v ON v.id = i.validator_id";

pub(super) fn decimal(r: &Row<'_>, col: &str) -> rusqlite::Result<Decimal> {
    let s: String = r.get(col)?;
    s.parse().map_err(|e: rust_decimal::Error| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, e.into())
    })
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<InvoiceRow> {
    let detail: String = r.get("detail")?;
    let detail: Detail = serde_json::from_str(&detail).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, e.into())
    })?;
    let file = match r.get::<_, Option<String>>("file_sha256")? {
        Some(sha256) => Some(FileRef {
            name: r
                .get::<_, Option<String>>("file_name")?
                .unwrap_or_else(|| "invoice.pdf".into()),
            sha256,
            size: r.get::<_, Option<i64>>("file_size")?.unwrap_or(0),
        }),
        None => None,
    };
    Ok(InvoiceRow {
        supplier_id: r.get("supplier_id")?,
        recipient_id: r.get("recipient_id")?,
        validator_id: r.get("validator_id")?,
        year: r.get("year")?,
        invoice: Invoice {
            id: r.get("id")?,
            number: r.get("number")?,
            status: r.get("status")?,
            invoice_type: r.get("invoice_type")?,
            framework: r.get("framework")?,
            date: r.get("invoice_date")?,
            currency: r.get("currency")?,
            deposit_mode: r.get("deposit_mode")?,
            supplier: PartyRef {
                identifier: r.get("s_id")?,
                name: r.get("s_name")?,
                service_code: r.get("supplier_service")?,
            },
            recipient: PartyRef {
                identifier: r.get("r_id")?,
                name: r.get("r_name")?,
                service_code: r.get("recipient_service")?,
            },
            validator: r.get("v_id")?,
            engagement_number: r.get("engagement_number")?,
            market_number: r.get("market_number")?,
            original_number: r.get("original_number")?,
            mandate_number: r.get("mandate_number")?,
            vat_regime: r.get("vat_regime")?,
            payment_mode: r.get("payment_mode")?,
            amounts: Amounts {
                total_excl_vat: decimal(r, "total_excl_vat")?,
                vat: decimal(r, "vat")?,
                total_incl_vat: decimal(r, "total_incl_vat")?,
                amount_due: decimal(r, "amount_due")?,
            },
            vat_lines: detail.vat_lines,
            lines: detail.lines,
            file,
            attachments: Vec::new(),
            comment: r.get("comment")?,
            created_at: r.get("created_at")?,
            deposited_at: r.get("deposited_at")?,
            status_at: r.get("status_at")?,
        },
    })
}

pub fn by_id(db: &Connection, id: i64) -> Result<Option<InvoiceRow>> {
    let sql = format!("{SELECT} WHERE i.id = ?1");
    let row = db
        .prepare_cached(&sql)?
        .query_row([id], from_row)
        .optional()?;
    match row {
        Some(mut row) => {
            row.invoice.attachments = attachments(db, id)?;
            Ok(Some(row))
        }
        None => Ok(None),
    }
}

/// Which side of an invoice a structure sees it from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Supplier,
    Recipient,
    Validator,
}

/// One way an actor sees invoices: a structure on one side, limited to some services or not.
#[derive(Debug, Clone)]
pub struct ScopeTerm {
    pub side: Side,
    pub structure_id: i64,
    /// None: every service (structure level); Some: only these service codes.
    pub services: Option<Vec<String>>,
}

#[derive(Debug, Default)]
pub struct ListFilter {
    /// None: everything (operator).
    pub scope: Option<Vec<ScopeTerm>>,
    pub statuses: Vec<InvoiceStatus>,
    pub number: Option<String>,
    pub supplier_id: Option<i64>,
    pub recipient_id: Option<i64>,
    pub service: Option<String>,
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    pub deposited_from: Option<String>,
    pub deposited_to: Option<String>,
    pub min_cents: Option<i64>,
    pub max_cents: Option<i64>,
    /// Invoices whose status changed before this instant are archived.
    pub archive_before: String,
    pub archived: bool,
    pub limit: Option<u32>,
    pub offset: u32,
}

/// A filter as SQL: the scope terms (one per side and structure), the other clauses, the
/// parameters they refer to.
struct FilterParts {
    scope: Option<Vec<(Side, String)>>,
    clauses: Vec<String>,
    args: Vec<Value>,
}

fn filter_parts(f: &ListFilter) -> FilterParts {
    let mut clauses = Vec::new();
    let mut scoped = None;
    let mut args: Vec<Value> = Vec::new();
    let arg = |v: Value, args: &mut Vec<Value>| {
        args.push(v);
        format!("?{}", args.len())
    };
    if let Some(scope) = &f.scope {
        let mut terms = Vec::new();
        for t in scope {
            let (col, svc) = match t.side {
                Side::Supplier => ("supplier_id", "supplier_service"),
                Side::Recipient => ("recipient_id", "recipient_service"),
                Side::Validator => ("validator_id", "recipient_service"),
            };
            let mut term = format!("i.{col} = {}", t.structure_id);
            if t.side == Side::Recipient {
                let hidden: Vec<String> = InvoiceStatus::BEFORE_RECIPIENT
                    .iter()
                    .map(|s| format!("'{}'", s.as_str()))
                    .collect();
                term.push_str(&format!(" AND i.status NOT IN ({})", hidden.join(",")));
            }
            if let Some(services) = &t.services {
                let list: Vec<String> = services
                    .iter()
                    .map(|s| arg(Value::Text(s.clone()), &mut args))
                    .collect();
                term.push_str(&format!(" AND i.{svc} IN ({})", list.join(",")));
            }
            terms.push((t.side, format!("({term})")));
        }
        scoped = Some(terms);
    }
    if !f.statuses.is_empty() {
        let list: Vec<String> = f
            .statuses
            .iter()
            .map(|s| format!("'{}'", s.as_str()))
            .collect();
        clauses.push(format!("i.status IN ({})", list.join(",")));
    }
    let mut eq = |col: &str, v: Option<Value>, args: &mut Vec<Value>, op: &str| {
        if let Some(v) = v {
            let p = arg(v, args);
            clauses.push(format!("i.{col} {op} {p}"));
        }
    };
    eq("number", f.number.clone().map(Value::Text), &mut args, "=");
    eq(
        "supplier_id",
        f.supplier_id.map(Value::Integer),
        &mut args,
        "=",
    );
    eq(
        "recipient_id",
        f.recipient_id.map(Value::Integer),
        &mut args,
        "=",
    );
    eq(
        "invoice_date",
        f.date_from.clone().map(Value::Text),
        &mut args,
        ">=",
    );
    eq(
        "invoice_date",
        f.date_to.clone().map(Value::Text),
        &mut args,
        "<=",
    );
    eq(
        "deposited_at",
        f.deposited_from.clone().map(Value::Text),
        &mut args,
        ">=",
    );
    eq(
        "deposited_at",
        f.deposited_to.clone().map(Value::Text),
        &mut args,
        "<",
    );
    eq(
        "amount_cents",
        f.min_cents.map(Value::Integer),
        &mut args,
        ">=",
    );
    eq(
        "amount_cents",
        f.max_cents.map(Value::Integer),
        &mut args,
        "<=",
    );
    if let Some(s) = &f.service {
        let p = arg(Value::Text(s.clone()), &mut args);
        clauses.push(format!(
            "(i.supplier_service = {p} OR i.recipient_service = {p})"
        ));
    }
    let p = arg(Value::Text(f.archive_before.clone()), &mut args);
    clauses.push(if f.archived {
        format!("i.status_at < {p}")
    } else {
        format!("i.status_at >= {p}")
    });
    FilterParts {
        scope: scoped,
        clauses,
        args,
    }
}

fn filter_sql(f: &ListFilter) -> (String, Vec<Value>) {
    let FilterParts {
        scope,
        mut clauses,
        args,
    } = filter_parts(f);
    if let Some(terms) = scope {
        let terms: Vec<String> = terms.into_iter().map(|t| t.1).collect();
        clauses.insert(
            0,
            if terms.is_empty() {
                "0".to_string()
            } else {
                format!("({})", terms.join(" OR "))
            },
        );
    }
    (where_clause(&clauses), args)
}

/// The ids of the page: sorted and limited on indexes alone, one UNION branch per side, each
/// on its side's index whatever the planner statistics.
fn page_ids(f: &ListFilter) -> (String, Vec<Value>) {
    let FilterParts {
        scope,
        clauses: rest,
        args,
    } = filter_parts(f);
    let limit = f
        .limit
        .map(|n| format!("LIMIT {n} OFFSET {}", f.offset))
        .unwrap_or_default();
    let Some(terms) = scope else {
        return (
            format!(
                "SELECT i.id FROM invoices i {} ORDER BY i.id DESC {limit}",
                where_clause(&rest)
            ),
            args,
        );
    };
    let mut branches = Vec::new();
    for (side, index) in [
        (Side::Supplier, "invoices_supplier"),
        (Side::Recipient, "invoices_recipient"),
        (Side::Validator, "invoices_validator"),
    ] {
        let mine: Vec<&String> = terms.iter().filter(|t| t.0 == side).map(|t| &t.1).collect();
        if mine.is_empty() {
            continue;
        }
        let mut clauses = vec![format!(
            "({})",
            mine.iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(" OR ")
        )];
        clauses.extend(rest.iter().cloned());
        branches.push(format!(
            "SELECT i.id FROM invoices i INDEXED BY {index} {}",
            where_clause(&clauses)
        ));
    }
    if branches.is_empty() {
        let mut none = vec!["0".to_string()];
        none.extend(rest.iter().cloned());
        branches.push(format!(
            "SELECT i.id FROM invoices i {}",
            where_clause(&none)
        ));
    }
    (
        format!("{} ORDER BY 1 DESC {limit}", branches.join(" UNION ")),
        args,
    )
}

/// Newest first.
pub fn list(db: &Connection, f: &ListFilter) -> Result<Vec<Invoice>> {
    let (ids, args) = page_ids(f);
    let from = format!("FROM ({ids}) AS k JOIN invoices i ON i.id = k.id");
    let sql = format!(
        "{} ORDER BY i.id DESC",
        SELECT.replacen("FROM invoices i", &from, 1)
    );
    let mut stmt = db.prepare(&sql)?;
    let rows = stmt.query_map(params_from_iter(args.iter()), from_row)?;
    let mut out = Vec::new();
    for row in rows {
        let mut row = row?;
        row.invoice.attachments = attachments(db, row.invoice.id)?;
        out.push(row.invoice);
    }
    Ok(out)
}

/// Invoice counts and amounts per status.
pub fn dashboard(db: &Connection, f: &ListFilter) -> Result<Vec<(InvoiceStatus, i64, i64)>> {
    let unfiltered = f.scope.is_none()
        && !f.archived
        && f.statuses.is_empty()
        && f.number.is_none()
        && f.supplier_id.is_none()
        && f.recipient_id.is_none()
        && f.service.is_none()
        && f.date_from.is_none()
        && f.date_to.is_none()
        && f.deposited_from.is_none()
        && f.deposited_to.is_none()
        && f.min_cents.is_none()
        && f.max_cents.is_none();
    if unfiltered {
        // Whole days after the cutoff's from the counters, the cutoff's day from the index.
        let all: Vec<String> = InvoiceStatus::ALL
            .iter()
            .map(|s| format!("'{}'", s.as_str()))
            .collect();
        let sql = format!(
            "SELECT status, SUM(n), SUM(c) FROM (
                 SELECT status, count AS n, cents AS c FROM invoice_status_days WHERE day > substr(?1, 1, 10)
                 UNION ALL
                 SELECT status, 1, amount_cents FROM invoices
                 WHERE status IN ({}) AND status_at >= ?1 AND status_at < date(?1, '+1 day'))
             GROUP BY status HAVING SUM(n) > 0 ORDER BY status", all.join(","));
        let mut stmt = db.prepare(&sql)?;
        let rows = stmt.query_map([&f.archive_before], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
        return Ok(rows.collect::<rusqlite::Result<_>>()?);
    }
    let (filter, args) = filter_sql(f);
    let sql = format!(
        "SELECT i.status, COUNT(*), COALESCE(SUM(i.amount_cents), 0) FROM invoices i {filter}
         GROUP BY i.status ORDER BY i.status"
    );
    let mut stmt = db.prepare(&sql)?;
    let rows = stmt.query_map(params_from_iter(args.iter()), |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The editable fields of a draft, as they are written back.
pub struct DraftFields<'a> {
    pub number: &'a str,
    pub invoice_date: &'a str,
    pub recipient_id: i64,
    pub recipient_service: Option<&'a str>,
    pub engagement_number: Option<&'a str>,
    pub market_number: Option<&'a str>,
    pub original_number: Option<&'a str>,
    pub comment: Option<&'a str>,
    pub amounts: &'a Amounts,
}

pub fn update_draft(db: &Connection, id: i64, f: &DraftFields<'_>) -> Result<()> {
    db.execute(
        "UPDATE invoices SET number = ?2, invoice_date = ?3, recipient_id = ?4, recipient_service = ?5,
             engagement_number = ?6, market_number = ?7, original_number = ?8, comment = ?9,
             total_excl_vat = ?10, vat = ?11, total_incl_vat = ?12, amount_due = ?13, amount_cents = ?14
         WHERE id = ?1",
        params![
            id,
            f.number,
            f.invoice_date,
            f.recipient_id,
            f.recipient_service,
            f.engagement_number,
            f.market_number,
            f.original_number,
            f.comment,
            f.amounts.total_excl_vat.to_string(),
            f.amounts.vat.to_string(),
            f.amounts.total_incl_vat.to_string(),
            f.amounts.amount_due.to_string(),
            cents(f.amounts.total_incl_vat),
        ],
    )?;
    Ok(())
}

/// The invoice a deposit key already produced, and the fingerprint of what was deposited.
pub fn deposit_key(db: &Connection, key: &str) -> Result<Option<(i64, String)>> {
    Ok(db
        .query_row(
            "SELECT invoice_id, fingerprint FROM deposit_keys WHERE key = ?1",
            [key],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

pub fn add_deposit_key(
    db: &Connection,
    key: &str,
    invoice_id: i64,
    fingerprint: &str,
    now: &str,
) -> Result<()> {
    db.execute(
        "INSERT INTO deposit_keys (key, invoice_id, fingerprint, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![key, invoice_id, fingerprint, now],
    )?;
    Ok(())
}
