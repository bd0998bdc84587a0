//! Reading invoices: show, status history, list with filters, dashboard, to-do, download,
//! deposit certificate.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::rights;
use crate::domain::invoice::{HistoryEntry, Invoice, InvoiceStatus};
use crate::error::{Error, Result};
use crate::ops::b64::NamedFile;
use crate::ops::{Context, Operation};
use crate::pdf;
use crate::store::{self, invoices::ListFilter, invoices::Side};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ShowInvoice {
    pub id: i64,
}

impl Operation for ShowInvoice {
    type Output = Invoice;
    const NAME: &'static str = "show-invoice";
    const WRITES: bool = false;

    fn execute(self, cx: &mut Context<'_>) -> Result<Invoice> {
        super::apply_validation_delays(cx)?;
        Ok(rights::visible(cx, self.id)?.invoice)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct InvoiceStatusHistory {
    pub id: i64,
}

/// `invoice status`: where the invoice stands and how it got there, oldest first.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StatusReport {
    pub id: i64,
    pub number: String,
    pub status: InvoiceStatus,
    pub status_at: String,
    pub history: Vec<HistoryEntry>,
}

impl Operation for InvoiceStatusHistory {
    type Output = StatusReport;
    const NAME: &'static str = "invoice-status";
    const WRITES: bool = false;

    fn execute(self, cx: &mut Context<'_>) -> Result<StatusReport> {
        super::apply_validation_delays(cx)?;
        let row = rights::visible(cx, self.id)?;
        Ok(StatusReport {
            id: row.invoice.id,
            number: row.invoice.number,
            status: row.invoice.status,
            status_at: row.invoice.status_at,
            history: store::invoices::history(cx.db, self.id)?,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvoiceRole {
    Supplier,
    Recipient,
    Validator,
}

impl InvoiceRole {
    fn sides(role: Option<InvoiceRole>) -> Vec<Side> {
        match role {
            None => vec![Side::Supplier, Side::Recipient, Side::Validator],
            Some(InvoiceRole::Supplier) => vec![Side::Supplier],
            Some(InvoiceRole::Recipient) => vec![Side::Recipient],
            Some(InvoiceRole::Validator) => vec![Side::Validator],
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ListInvoices {
    pub statuses: Vec<InvoiceStatus>,
    pub number: Option<String>,
    pub supplier: Option<String>,
    pub recipient: Option<String>,
    pub service: Option<String>,
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    pub deposited_from: Option<String>,
    pub deposited_to: Option<String>,
    pub min_amount: Option<Decimal>,
    pub max_amount: Option<Decimal>,
    pub role: Option<InvoiceRole>,
    pub archived: bool,
    pub limit: Option<u32>,
    pub offset: u32,
}

fn to_cents(d: Decimal) -> i64 {
    use rust_decimal::prelude::ToPrimitive;
    (d * Decimal::from(100))
        .round()
        .to_i64()
        .unwrap_or(i64::MAX)
}

fn date(field: &str, value: &Option<String>) -> Result<Option<String>> {
    match value {
        None => Ok(None),
        Some(v) => v
            .trim()
            .parse::<jiff::civil::Date>()
            .map(|d| Some(d.to_string()))
            .map_err(|_| {
                Error::usage(
                    "bad_date",
                    format!("{field} '{v}' is not a date (YYYY-MM-DD)"),
                )
            }),
    }
}

/// Invoices untouched for two years are archived.
fn archive_cutoff(now: &str) -> String {
    let year: i32 = now.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
    format!("{}{}", year - 2, now.get(4..).unwrap_or(""))
}

impl ListInvoices {
    fn filter(&self, cx: &Context<'_>) -> Result<ListFilter> {
        let structure = |id: &Option<String>| -> Result<Option<i64>> {
            match id {
                Some(id) => Ok(Some(cx.structure(id)?.id)),
                None => Ok(None),
            }
        };
        Ok(ListFilter {
            scope: rights::scope(cx, &InvoiceRole::sides(self.role))?,
            statuses: self.statuses.clone(),
            number: self.number.clone(),
            supplier_id: structure(&self.supplier)?,
            recipient_id: structure(&self.recipient)?,
            service: self.service.clone(),
            date_from: date("--from", &self.date_from)?,
            date_to: date("--to", &self.date_to)?,
            deposited_from: date("--deposited-from", &self.deposited_from)?,
            // An instant before the next day, so that the whole --deposited-to day counts.
            deposited_to: date("--deposited-to", &self.deposited_to)?.map(|d| format!("{d}T99")),
            min_cents: self.min_amount.map(to_cents),
            max_cents: self.max_amount.map(to_cents),
            archive_before: archive_cutoff(&cx.now),
            archived: self.archived,
            limit: self.limit,
            offset: self.offset,
        })
    }
}

impl Operation for ListInvoices {
    type Output = Vec<Invoice>;
    const NAME: &'static str = "list-invoices";
    const WRITES: bool = false;

    fn execute(self, cx: &mut Context<'_>) -> Result<Vec<Invoice>> {
        super::apply_validation_delays(cx)?;
        let filter = self.filter(cx)?;
        store::invoices::list(cx.db, &filter)
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct InvoiceDashboard {
    pub role: Option<InvoiceRole>,
}

/// One row of the « tableau de bord ».
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StatusCount {
    pub status: InvoiceStatus,
    pub count: i64,
    pub total_incl_vat: Decimal,
}

impl Operation for InvoiceDashboard {
    type Output = Vec<StatusCount>;
    const NAME: &'static str = "invoice-dashboard";
    const WRITES: bool = false;

    fn execute(self, cx: &mut Context<'_>) -> Result<Vec<StatusCount>> {
        super::apply_validation_delays(cx)?;
        let filter = ListInvoices {
            role: self.role,
            ..Default::default()
        }
        .filter(cx)?;
        Ok(store::invoices::dashboard(cx.db, &filter)?
            .into_iter()
            .map(|(status, count, cents)| StatusCount {
                status,
                count,
                total_incl_vat: Decimal::new(cents, 2),
            })
            .collect())
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct InvoiceTodo {
    /// At most this many, newest first (None: all).
    pub limit: Option<u32>,
}

/// An invoice that waits for the actor, and what to do.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TodoItem {
    pub action: String,
    #[serde(flatten)]
    pub invoice: Invoice,
}

impl Operation for InvoiceTodo {
    type Output = Vec<TodoItem>;
    const NAME: &'static str = "invoice-todo";
    const WRITES: bool = false;

    fn execute(self, cx: &mut Context<'_>) -> Result<Vec<TodoItem>> {
        use InvoiceStatus::*;
        super::apply_validation_delays(cx)?;
        let wants: [(InvoiceRole, &[InvoiceStatus], &str); 3] = [
            (
                InvoiceRole::Supplier,
                &[Brouillon, ARecycler, Suspendue, Refusee1],
                "supplier",
            ),
            (
                InvoiceRole::Recipient,
                &[MiseADisposition, Completee],
                "recipient",
            ),
            (InvoiceRole::Validator, &[AValider1], "validator"),
        ];
        let mut out = Vec::new();
        for (role, statuses, _) in wants {
            let filter = ListInvoices {
                role: Some(role),
                statuses: statuses.to_vec(),
                limit: self.limit,
                ..Default::default()
            }
            .filter(cx)?;
            for invoice in store::invoices::list(cx.db, &filter)? {
                let action = match invoice.status {
                    Brouillon => "submit or delete the draft (invoice submit / invoice delete)",
                    ARecycler => "recycle it to the right recipient (invoice recycle)",
                    Suspendue => "complete it (invoice complete)",
                    Refusee1 => "refused by the validator: issue a corrected invoice",
                    MiseADisposition | Completee => "process it (invoice process)",
                    AValider1 => "approve or refuse it (invoice approve / invoice refuse)",
                    _ => "",
                };
                out.push(TodoItem {
                    action: action.into(),
                    invoice,
                });
            }
        }
        out.sort_by_key(|t| std::cmp::Reverse(t.invoice.id));
        out.truncate(self.limit.map_or(usize::MAX, |n| n as usize));
        Ok(out)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DownloadInvoice {
    pub id: i64,
    pub with_attachments: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Download {
    pub file: NamedFile,
    pub attachments: Vec<NamedFile>,
}

impl Operation for DownloadInvoice {
    type Output = Download;
    const NAME: &'static str = "download-invoice";
    const WRITES: bool = false;

    fn execute(self, cx: &mut Context<'_>) -> Result<Download> {
        let row = rights::visible(cx, self.id)?;
        let file = row.invoice.file.as_ref().ok_or_else(|| {
            Error::not_found(
                "invoice_file_not_found",
                format!("invoice {} has no file", self.id),
            )
        })?;
        let mut attachments = Vec::new();
        if self.with_attachments {
            for a in &row.invoice.attachments {
                attachments.push(NamedFile {
                    name: crate::domain::files::safe_file_name(&a.name),
                    bytes: store::invoices::get_file(cx.db, &a.sha256)?,
                });
            }
        }
        Ok(Download {
            file: NamedFile {
                name: crate::domain::files::safe_file_name(&file.name),
                bytes: store::invoices::get_file(cx.db, &file.sha256)?,
            },
            attachments,
        })
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct InvoiceCertificate {
    pub id: i64,
}

impl Operation for InvoiceCertificate {
    type Output = NamedFile;
    const NAME: &'static str = "invoice-certificate";
    const WRITES: bool = false;

    fn execute(self, cx: &mut Context<'_>) -> Result<NamedFile> {
        let row = rights::visible(cx, self.id)?;
        let inv = &row.invoice;
        let deposited_at = inv.deposited_at.clone().ok_or_else(|| {
            Error::invalid(
                "not_deposited",
                format!(
                    "invoice {} is a draft: there is no deposit to certify",
                    self.id
                ),
            )
        })?;
        let party = |p: &crate::domain::invoice::PartyRef| format!("{} — {}", p.identifier, p.name);
        let c = pdf::generate::Certificate {
            invoice_id: inv.id,
            number: inv.number.clone(),
            date: inv.date.clone(),
            invoice_type: inv.invoice_type.to_string(),
            framework: inv.framework.to_string(),
            supplier: party(&inv.supplier),
            recipient: party(&inv.recipient),
            amounts: inv.amounts.clone(),
            currency: inv.currency.clone(),
            deposit_mode: inv.deposit_mode.to_string(),
            deposited_at,
            status: inv.status.to_string(),
            sha256: inv
                .file
                .as_ref()
                .map(|f| f.sha256.clone())
                .unwrap_or_default(),
        };
        Ok(NamedFile {
            name: format!("certificat-depot-{}.pdf", inv.id),
            bytes: pdf::generate::certificate_pdf(&c)?,
        })
    }
}
