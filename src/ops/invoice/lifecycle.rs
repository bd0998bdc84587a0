//! The status lifecycle: the recipient processes, the supplier recycles and completes, the
//! validator (A9/A12) approves or refuses, drafts are submitted or deleted.

use serde::{Deserialize, Serialize};

use super::rules::{self, Draft};
use super::{reload, reload_row, rights, route_on, transition};
use crate::domain::invoice::{Invoice, InvoiceStatus};
use crate::error::{Error, Result};
use crate::ops::b64::NamedFile;
use crate::ops::{Context, Operation};
use crate::store::{self, invoices::InvoiceRow, invoices::Side};

fn refused(row: &InvoiceRow, wanted: InvoiceStatus, allowed: &[InvoiceStatus], how: &str) -> Error {
    let now = row.invoice.status;
    let allowed = if allowed.is_empty() {
        format!("{now} is final for this action")
    } else {
        format!(
            "allowed from {now}: {}",
            allowed
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    Error::invalid(
        "transition_refused",
        format!(
            "invoice {} cannot go from {now} to {wanted} {how}; {allowed}",
            row.invoice.id
        ),
    )
}

fn reason(reason: &Option<String>, status: InvoiceStatus) -> Result<Option<String>> {
    crate::ops::reason(reason.as_deref(), status.needs_reason(), status.as_str())
}

/// `invoice process ID --status S`: the recipient's processing.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProcessInvoice {
    pub id: i64,
    pub status: InvoiceStatus,
    pub reason: Option<String>,
    pub mandate_number: Option<String>,
}

impl Operation for ProcessInvoice {
    type Output = Invoice;
    const NAME: &'static str = "process-invoice";

    fn execute(self, cx: &mut Context<'_>) -> Result<Invoice> {
        super::apply_validation_delays(cx)?;
        let row = rights::actionable(cx, self.id, Side::Recipient, "process it")?;
        let allowed = row.invoice.status.recipient_transitions();
        if !allowed.contains(&self.status) {
            return Err(refused(&row, self.status, &allowed, "by the recipient"));
        }
        let reason = reason(&self.reason, self.status)?;
        if let Some(n) = &self.mandate_number {
            if self.status != InvoiceStatus::Mandatee {
                return Err(Error::invalid(
                    "mandate_number_unexpected",
                    "--mandate-number goes with --status MANDATEE",
                ));
            }
            store::invoices::set_mandate_number(cx.db, row.invoice.id, n.trim())?;
        }
        transition(cx, &row, self.status, reason.as_deref())?;
        reload(cx, self.id)
    }
}

/// `invoice recycle ID --recipient ID`: the supplier re-routes an invoice sent back A_RECYCLER.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RecycleInvoice {
    pub id: i64,
    pub recipient: String,
    pub recipient_service: Option<String>,
    pub engagement: Option<String>,
}

impl Operation for RecycleInvoice {
    type Output = Invoice;
    const NAME: &'static str = "recycle-invoice";

    fn execute(self, cx: &mut Context<'_>) -> Result<Invoice> {
        super::apply_validation_delays(cx)?;
        let row = rights::actionable(cx, self.id, Side::Supplier, "recycle it")?;
        if row.invoice.status != InvoiceStatus::ARecycler {
            return Err(refused(
                &row,
                InvoiceStatus::Deposee,
                &[],
                "by recycling (only A_RECYCLER invoices are recycled)",
            ));
        }
        let supplier = store::structures::by_id(cx.db, row.supplier_id)?;
        let inv = &row.invoice;
        let mut draft = Draft::of(inv);
        draft.recipient = Some(self.recipient.clone());
        draft.recipient_service = self.recipient_service.clone();
        draft.engagement = self.engagement.clone().or(inv.engagement_number.clone());
        let (violations, routed) = rules::check(cx, &supplier, &draft)?;
        if !violations.is_empty() {
            return Err(Error::violations(violations).hint("the invoice stays A_RECYCLER"));
        }
        let recipient = routed
            .recipient
            .ok_or_else(|| Error::internal("unrouted invoice"))?;
        store::invoices::set_routing(
            cx.db,
            self.id,
            recipient.id,
            self.recipient_service.as_deref(),
            self.engagement.as_deref(),
        )?;
        let row = reload_row(cx, self.id)?;
        transition(
            cx,
            &row,
            InvoiceStatus::Deposee,
            Some(&format!("recycled to {}", recipient.structure.identifier)),
        )?;
        route_on(cx, self.id)?;
        reload(cx, self.id)
    }
}

/// `invoice complete ID --attach FILE…`: the supplier answers a suspension.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CompleteInvoice {
    pub id: i64,
    pub attachments: Vec<NamedFile>,
    pub comment: Option<String>,
}

impl Operation for CompleteInvoice {
    type Output = Invoice;
    const NAME: &'static str = "complete-invoice";

    fn execute(mut self, cx: &mut Context<'_>) -> Result<Invoice> {
        crate::ops::b64::safe_names(&mut self.attachments);
        super::apply_validation_delays(cx)?;
        let row = rights::actionable(cx, self.id, Side::Supplier, "complete it")?;
        if row.invoice.status != InvoiceStatus::Suspendue {
            return Err(refused(
                &row,
                InvoiceStatus::Completee,
                &[],
                "(only SUSPENDUE invoices are completed)",
            ));
        }
        if self.attachments.is_empty()
            && self.comment.as_deref().is_none_or(|c| c.trim().is_empty())
        {
            return Err(Error::invalid(
                "completion_empty",
                "completing a suspended invoice takes --attach FILE or --comment TEXT",
            ));
        }
        let mut violations = Vec::new();
        let existing: i64 = row.invoice.attachments.iter().map(|a| a.size).sum::<i64>()
            + row.invoice.file.as_ref().map_or(0, |f| f.size);
        let files: Vec<(String, usize)> = self
            .attachments
            .iter()
            .map(|f| (f.name.clone(), f.bytes.len()))
            .collect();
        rules::check_attachments(&files, existing as usize, &mut violations);
        if !violations.is_empty() {
            return Err(Error::violations(violations));
        }
        for f in &self.attachments {
            store::invoices::add_attachment(cx.db, self.id, &f.name, &f.bytes, &cx.now)?;
        }
        transition(
            cx,
            &row,
            InvoiceStatus::Completee,
            self.comment.as_deref().map(str::trim),
        )?;
        reload(cx, self.id)
    }
}

/// `invoice approve ID` / `invoice refuse ID --reason R`: the validator of an A9/A12 invoice.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ValidateInvoice {
    pub id: i64,
    pub approve: bool,
    pub reason: Option<String>,
}

impl Operation for ValidateInvoice {
    type Output = Invoice;
    const NAME: &'static str = "validate-invoice";

    fn execute(self, cx: &mut Context<'_>) -> Result<Invoice> {
        super::apply_validation_delays(cx)?;
        let verb = if self.approve {
            "approve it"
        } else {
            "refuse it"
        };
        let row = rights::actionable(cx, self.id, Side::Validator, verb)?;
        let target = if self.approve {
            InvoiceStatus::Validee1
        } else {
            InvoiceStatus::Refusee1
        };
        if row.invoice.status != InvoiceStatus::AValider1 {
            return Err(refused(
                &row,
                target,
                &[],
                "(only A_VALIDER_1 invoices await validation)",
            ));
        }
        let reason = reason(&self.reason, target)?;
        transition(cx, &row, target, reason.as_deref())?;
        if self.approve {
            let row = reload_row(cx, self.id)?;
            transition(cx, &row, InvoiceStatus::Deposee, None)?;
            route_on(cx, self.id)?;
        }
        reload(cx, self.id)
    }
}

/// `invoice submit ID`: a draft goes through the deposit rules and is routed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SubmitDraft {
    pub id: i64,
}

impl Operation for SubmitDraft {
    type Output = Invoice;
    const NAME: &'static str = "submit-draft";

    fn execute(self, cx: &mut Context<'_>) -> Result<Invoice> {
        let row = rights::actionable(cx, self.id, Side::Supplier, "submit it")?;
        if row.invoice.status != InvoiceStatus::Brouillon {
            return Err(refused(
                &row,
                InvoiceStatus::Deposee,
                &[],
                "by submitting (only BROUILLON drafts are submitted)",
            ));
        }
        let supplier = store::structures::by_id(cx.db, row.supplier_id)?;
        let inv = &row.invoice;
        let draft = Draft::of(inv);
        let (violations, _) = rules::check(cx, &supplier, &draft)?;
        if !violations.is_empty() {
            return Err(Error::violations(violations).hint("the draft stays BROUILLON"));
        }
        let status = super::first_status(inv.framework, false);
        transition(cx, &row, status, None)?;
        route_on(cx, self.id)?;
        reload(cx, self.id)
    }
}

/// `invoice delete ID`: only drafts can be deleted.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DeleteDraft {
    pub id: i64,
}

impl Operation for DeleteDraft {
    type Output = Invoice;
    const NAME: &'static str = "delete-draft";

    fn execute(self, cx: &mut Context<'_>) -> Result<Invoice> {
        let row = rights::actionable(cx, self.id, Side::Supplier, "delete it")?;
        if row.invoice.status != InvoiceStatus::Brouillon {
            return Err(Error::invalid(
                "only_drafts_deleted",
                format!(
                    "invoice {} is {}: only BROUILLON drafts can be deleted",
                    self.id, row.invoice.status
                ),
            ));
        }
        store::invoices::delete(cx.db, self.id)?;
        cx.event(
            "invoice.deleted",
            Some(row.supplier_id),
            None,
            &format!("invoice/{}", self.id),
            &format!("draft {} deleted", row.invoice.number),
        )?;
        Ok(row.invoice)
    }
}

/// `invoice update ID …`: change a draft before submitting it. Empty strings clear a field.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct UpdateDraft {
    pub id: i64,
    pub number: Option<String>,
    pub date: Option<String>,
    pub recipient: Option<String>,
    pub recipient_service: Option<String>,
    pub engagement: Option<String>,
    pub market: Option<String>,
    pub original_number: Option<String>,
    pub comment: Option<String>,
    pub total_excl_vat: Option<rust_decimal::Decimal>,
    pub vat: Option<rust_decimal::Decimal>,
    pub total_incl_vat: Option<rust_decimal::Decimal>,
    pub amount_due: Option<rust_decimal::Decimal>,
}

/// A new value for an optional text field: absent keeps it, empty clears it.
fn edit(current: Option<String>, new: &Option<String>) -> Option<String> {
    match new {
        None => current,
        Some(v) if v.trim().is_empty() => None,
        Some(v) => Some(v.trim().to_string()),
    }
}

impl Operation for UpdateDraft {
    type Output = Invoice;
    const NAME: &'static str = "update-draft";

    fn execute(self, cx: &mut Context<'_>) -> Result<Invoice> {
        let row = rights::actionable(cx, self.id, Side::Supplier, "edit it")?;
        let inv = row.invoice.clone();
        if inv.status != InvoiceStatus::Brouillon {
            return Err(Error::invalid(
                "only_drafts_edited",
                format!(
                    "invoice {} is {}: only BROUILLON drafts can be edited",
                    self.id, inv.status
                ),
            ));
        }
        let number = self
            .number
            .clone()
            .map(|n| n.trim().to_string())
            .unwrap_or(inv.number.clone());
        let mut violations = Vec::new();
        rules::check_number(Some(&number), &mut violations);
        if !violations.is_empty() {
            return Err(Error::violations(violations));
        }
        if number != inv.number
            && store::invoices::number_taken(
                cx.db,
                row.supplier_id,
                row.year,
                &number,
                Some(self.id),
            )?
        {
            return Err(Error::conflict(
                "number_taken",
                format!("invoice number {number} was already used this year"),
            ));
        }
        let date = self
            .date
            .clone()
            .map(|d| d.trim().to_string())
            .unwrap_or(inv.date.clone());
        if date.parse::<jiff::civil::Date>().is_err() {
            return Err(Error::invalid(
                "date_format",
                format!("invoice date '{date}' is not a date (YYYY-MM-DD)"),
            ));
        }
        let recipient_id = match &self.recipient {
            Some(r) => cx.structure(r)?.id,
            None => row.recipient_id,
        };
        let a = &inv.amounts;
        let amounts = crate::domain::invoice::Amounts {
            total_excl_vat: self.total_excl_vat.unwrap_or(a.total_excl_vat),
            vat: self.vat.unwrap_or(a.vat),
            total_incl_vat: self.total_incl_vat.unwrap_or(a.total_incl_vat),
            amount_due: self.amount_due.unwrap_or(a.amount_due),
        };
        let recipient_service = edit(inv.recipient.service_code.clone(), &self.recipient_service);
        let engagement = edit(inv.engagement_number.clone(), &self.engagement);
        let market = edit(inv.market_number.clone(), &self.market);
        let original = edit(inv.original_number.clone(), &self.original_number);
        let comment = edit(inv.comment.clone(), &self.comment);
        store::invoices::update_draft(
            cx.db,
            self.id,
            &store::invoices::DraftFields {
                number: &number,
                invoice_date: &date,
                recipient_id,
                recipient_service: recipient_service.as_deref(),
                engagement_number: engagement.as_deref(),
                market_number: market.as_deref(),
                original_number: original.as_deref(),
                comment: comment.as_deref(),
                amounts: &amounts,
            },
        )?;
        cx.event(
            "invoice.updated",
            Some(row.supplier_id),
            None,
            &format!("invoice/{}", self.id),
            &format!("draft {number} updated"),
        )?;
        reload(cx, self.id)
    }
}
