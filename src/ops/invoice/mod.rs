//! Invoices: deposit of a PDF, entry with a generated PDF, the status lifecycle, reading.

pub mod deposit;
pub mod entry;
pub mod lifecycle;
pub mod read;
pub mod rights;
pub mod rules;
pub mod validate;

use crate::domain::invoice::{Framework, Invoice, InvoiceStatus};
use crate::error::{Error, Result};
use crate::ops::Context;
use crate::store::{self, invoices::InvoiceRow};

/// The status a new invoice starts in: a draft, awaiting its validator (A9/A12), or deposited.
pub fn first_status(framework: Framework, draft: bool) -> InvoiceStatus {
    if draft {
        InvoiceStatus::Brouillon
    } else if matches!(framework, Framework::A9 | Framework::A12) {
        InvoiceStatus::AValider1
    } else {
        InvoiceStatus::Deposee
    }
}

/// Moves an invoice and records the event for every structure concerned.
pub fn transition(
    cx: &Context<'_>,
    row: &InvoiceRow,
    status: InvoiceStatus,
    comment: Option<&str>,
) -> Result<()> {
    let by = cx.actor_label();
    store::invoices::set_status(cx.db, row.invoice.id, status, &cx.now, &by, comment)?;
    let inv = &row.invoice;
    let summary = format!(
        "invoice {} of {} is {status}{}",
        inv.number,
        inv.supplier.identifier,
        comment.map(|c| format!(": {c}")).unwrap_or_default()
    );
    let mut structures = vec![row.supplier_id];
    if status.reached_recipient() {
        structures.push(row.recipient_id);
    }
    structures.extend(row.validator_id);
    structures.dedup();
    for s in structures {
        cx.event(
            &format!("invoice.{}", status.as_str().to_ascii_lowercase()),
            Some(s),
            None,
            &format!("invoice/{}", inv.id),
            &summary,
        )?;
    }
    Ok(())
}

/// A deposited invoice goes on to the recipient at once: DEPOSEE → MISE_A_DISPOSITION.
pub fn route_on(cx: &Context<'_>, id: i64) -> Result<()> {
    let row = reload_row(cx, id)?;
    if row.invoice.status == InvoiceStatus::Deposee {
        transition(cx, &row, InvoiceStatus::MiseADisposition, None)?;
    }
    Ok(())
}

pub fn reload_row(cx: &Context<'_>, id: i64) -> Result<InvoiceRow> {
    store::invoices::by_id(cx.db, id)?.ok_or_else(|| rights::not_found(id))
}

pub fn reload(cx: &Context<'_>, id: i64) -> Result<Invoice> {
    Ok(reload_row(cx, id)?.invoice)
}

/// The instant before which a piece awaiting validation is overdue, and the store's delay in
/// days (setting `validation_delay_days`, 15 by default).
pub fn validation_cutoff(cx: &Context<'_>) -> Result<(String, i64)> {
    let days: i64 = store::invoices::setting(cx.db, "validation_delay_days")?
        .and_then(|d| d.parse().ok())
        .unwrap_or(15);
    let now: jiff::Timestamp = cx
        .now
        .parse()
        .map_err(|e| Error::internal(format!("clock: {e}")))?;
    let cutoff = now
        .checked_sub(jiff::SignedDuration::from_hours(days * 24))
        .map_err(|e| Error::internal(e.to_string()))?
        .to_string();
    Ok((cutoff, days))
}

/// A9/A12 invoices whose validator did not act within the store's delay go on to the
/// recipient (ABSENCE_VALIDATION_1_HORS_DELAI). Applied whenever invoices are read or changed.
pub fn apply_validation_delays(cx: &Context<'_>) -> Result<()> {
    let (cutoff, days) = validation_cutoff(cx)?;
    for id in store::invoices::validation_overdue(cx.db, &cutoff)? {
        let row = reload_row(cx, id)?;
        let by = "chorus";
        for status in [
            InvoiceStatus::AbsenceValidation1HorsDelai,
            InvoiceStatus::Deposee,
            InvoiceStatus::MiseADisposition,
        ] {
            store::invoices::set_status(cx.db, id, status, &cx.now, by, None)?;
        }
        let summary = format!(
            "invoice {} of {}: no validation within {days} days, sent to the recipient",
            row.invoice.number, row.invoice.supplier.identifier
        );
        for s in [
            Some(row.supplier_id),
            Some(row.recipient_id),
            row.validator_id,
        ]
        .into_iter()
        .flatten()
        {
            cx.event_by(
                by,
                "invoice.absence_validation_1_hors_delai",
                Some(s),
                None,
                &format!("invoice/{id}"),
                &summary,
            )?;
        }
    }
    Ok(())
}
