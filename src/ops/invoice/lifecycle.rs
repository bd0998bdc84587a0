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
    let r = reason.as_deref().map(str::trim).filter(|r| !r.is_empty());
    if status.needs_reason() && r.is_none() {
        return Err(Error::invalid(
            "reason_required",
            format!("{status} needs a reason: give --reason"),
        ));
    }
    if r.is_some_and(|r| r.chars().count() > 2000) {
        return Err(Error::invalid(
            "reason_too_long",
            "the reason is longer than 2000 characters",
        ));
    }
    Ok(r.map(str::to_string))
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

    fn execute(self, cx: &mut Context<'_>) -> Result<Invoice> {
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
