//! `chorus deposit FILE.pdf`: the PDF is analysed (embedded Factur-X/UBL, else its text), flags
//! fill in or override what the document says, every rule is checked, and the invoice is routed.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::rules::{self, Draft};
use super::validate;
use super::{first_status, reload, rights, route_on};
use crate::domain::AccessMode;
use crate::domain::en16931::{self, Details, Finding, Severity};
use crate::domain::invoice::{
    Amounts, DepositMode, DocumentFields, Framework, Invoice, InvoiceType, PaymentMode, VatRegime,
};
use crate::error::{Error, Result, Violation};
use crate::facturx::{self, Syntax};
use crate::ops::b64::NamedFile;
use crate::ops::{Actor, Context, Operation};
use crate::pdf;
use crate::store::{self, invoices::Side, structures::StructureRow};

/// How the document was read: the portal's « votre facture va être analysée ».
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Analysis {
    /// facturx (CII), ubl, text (keywords in the PDF's text) or none.
    pub source: String,
    pub profile: Option<String>,
    pub xml_filename: Option<String>,
    pub pages: usize,
    /// The invoice fields that came from the document rather than from flags.
    pub fields_from_document: Vec<String>,
    /// What had to be repaired to read the PDF (a rebuilt cross-reference table).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// What the EN 16931 and Chorus rules say of the embedded XML (`invoice validate`'s
    /// judgement of the document), and what they judge better than the deposit rules.
    #[serde(skip)]
    pub judged: Option<Judged>,
}

/// An embedded XML judged as `invoice validate` judges it (with the default rule sets).
#[derive(Debug, Clone, Default)]
pub struct Judged {
    pub findings: Vec<Finding>,
    pub details: Details,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct DepositInvoice {
    pub file_name: String,
    #[serde(with = "crate::ops::b64")]
    pub file: Vec<u8>,
    pub supplier: Option<String>,
    pub supplier_service: Option<String>,
    pub recipient: Option<String>,
    pub recipient_service: Option<String>,
    pub engagement: Option<String>,
    pub market: Option<String>,
    pub number: Option<String>,
    pub date: Option<String>,
    pub invoice_type: Option<InvoiceType>,
    pub original_number: Option<String>,
    pub currency: Option<String>,
    pub vat_regime: Option<VatRegime>,
    pub payment_mode: Option<PaymentMode>,
    pub total_excl_vat: Option<Decimal>,
    pub vat: Option<Decimal>,
    pub total_incl_vat: Option<Decimal>,
    pub amount_due: Option<Decimal>,
    pub framework: Option<Framework>,
    pub validator: Option<String>,
    pub attachments: Vec<NamedFile>,
    pub comment: Option<String>,
    pub draft: bool,
    pub dry_run: bool,
    /// Makes the deposit idempotent: a second deposit with the same key and content reports the
    /// first invoice, unchanged. `Some("")` derives the key from the file, supplier and number.
    pub key: Option<String>,
    /// Filled by `prepare` on the side that runs the operation (never trusted from a client).
    #[serde(skip)]
    pub read: Option<(Analysis, DocumentFields)>,
}

/// What `deposit` prints: the invoice, how the document was read, and — for a dry run — the
/// broken rules.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Deposited {
    #[serde(flatten)]
    pub invoice: Invoice,
    pub analysis: Analysis,
    pub warnings: Vec<String>,
    pub dry_run: bool,
    pub violations: Vec<Violation>,
    /// The key's invoice was already deposited with this content: nothing changed.
    pub unchanged: bool,
}

impl DepositInvoice {
    /// What was asked: the file's and attachments' hashes and every flag (not the key).
    fn fingerprint(&self, supplier: &StructureRow) -> String {
        let mut flags = serde_json::to_value(DepositInvoice {
            file: Vec::new(),
            attachments: Vec::new(),
            key: None,
            read: None,
            dry_run: false,
            ..self.clone()
        })
        .unwrap_or_default();
        flags["file"] = store::invoices::sha256_hex(&self.file).into();
        flags["attachments"] = self
            .attachments
            .iter()
            .map(|a| format!("{}:{}", a.name, store::invoices::sha256_hex(&a.bytes)))
            .collect::<Vec<_>>()
            .into();
        flags["supplier"] = supplier.structure.identifier.clone().into();
        store::invoices::sha256_hex(flags.to_string().as_bytes())
    }
}

/// Reads the PDF: its embedded XML if any (which must parse), else its text.
pub fn analyse_pdf(bytes: &[u8]) -> Result<(Analysis, DocumentFields)> {
    let mut found = pdf::analyse(bytes)?;
    let mut analysis = Analysis {
        pages: found.pages,
        warnings: std::mem::take(&mut found.warnings),
        ..Default::default()
    };
    let fields = match &found.embedded {
        Some(xml) => {
            let read = facturx::read_for_rules(&xml.bytes, false).map_err(|e| {
                let mut e = e;
                e.message = format!("the PDF embeds {} but {}", xml.filename, e.message);
                e.hint("fix the embedded XML, or deposit the PDF without it")
            })?;
            let (syntax, fields) = (read.syntax, read.fields);
            analysis.judged = Some(Judged {
                findings: en16931::check(&fields, &read.details),
                details: read.details,
            });
            analysis.source = match syntax {
                Syntax::Cii => "facturx",
                Syntax::Ubl => "ubl",
            }
            .into();
            analysis.xml_filename = Some(xml.filename.clone());
            fields
        }
        None => {
            let fields = pdf::text::guess_fields(&found.text, &mut found.work)?;
            analysis.source = if fields == DocumentFields::default() {
                "none"
            } else {
                "text"
            }
            .into();
            fields
        }
    };
    analysis.profile = fields.profile.clone();
    Ok((analysis, fields))
}

/// Picks the flag, else the document's value; notes where values came from and conflicts.
struct Merge {
    from_document: Vec<String>,
    warnings: Vec<String>,
    /// Only an embedded XML is worth a warning when a flag contradicts it.
    trusted: bool,
}

impl Merge {
    fn pick<T: PartialEq + std::fmt::Display + Clone>(
        &mut self,
        field: &str,
        flag: Option<T>,
        doc: Option<T>,
    ) -> Option<T> {
        match (flag, doc) {
            (Some(f), Some(d)) => {
                if f != d && self.trusted {
                    self.warnings.push(format!(
                        "{field}: the flag says {f} but the embedded XML says {d}; using the flag"
                    ));
                }
                Some(f)
            }
            (Some(f), None) => Some(f),
            (None, Some(d)) => {
                self.from_document.push(field.to_string());
                Some(d)
            }
            (None, None) => None,
        }
    }
}

/// The supplier: --supplier, else the document's seller if the actor belongs to it, else the
/// actor's only structure.
fn supplier(cx: &Context<'_>, flag: Option<&str>, doc: Option<&str>) -> Result<StructureRow> {
    if let Some(id) = flag {
        return cx.structure(id);
    }
    let member = match &cx.actor {
        Actor::Account { id, .. } => store::attachments::member_structures(cx.db, *id)?,
        _ => Vec::new(),
    };
    if let Some(id) = doc
        && let Ok(s) = cx.structure(id)
        && (cx.is_operator() || member.contains(&s.id))
    {
        return Ok(s);
    }
    if member.len() == 1 {
        return store::structures::by_id(cx.db, member[0]);
    }
    Err(Error::usage(
        "supplier_required",
        "name the supplier structure with --supplier ID (you act for several structures, or none)",
    ))
}

impl Operation for DepositInvoice {
    type Output = Deposited;
    const NAME: &'static str = "deposit-invoice";

    /// The key makes a second deposit report the first, unchanged.
    fn retry_safe(&self) -> bool {
        self.key.is_some()
    }

    fn prepare(&mut self) -> Result<()> {
        if self.read.is_none() {
            self.read = Some(analyse_pdf(&self.file)?);
        }
        Ok(())
    }

    fn execute(mut self, cx: &mut Context<'_>) -> Result<Deposited> {
        self.file_name = crate::domain::files::safe_file_name(&self.file_name);
        crate::ops::b64::safe_names(&mut self.attachments);
        super::apply_validation_delays(cx)?;
        if self.read.is_none() {
            self.prepare()?;
        }
        let (mut analysis, doc) = self.read.take().unwrap_or_default();
        let supplier = supplier(
            cx,
            self.supplier.as_deref(),
            doc.supplier_identifier.as_deref(),
        )?;
        let reach = rights::reach(cx, supplier.id, Side::Supplier, AccessMode::Modify)?.ok_or_else(|| {
            Error::permission(
                "deposit_denied",
                format!(
                    "you may not deposit invoices for {}: it takes an attachment with the invoices-issued space in modify mode",
                    supplier.structure.identifier
                ),
            )
        })?;
        if let Some(codes) = &reach
            && !self
                .supplier_service
                .as_ref()
                .is_some_and(|s| codes.contains(s))
        {
            return Err(Error::permission(
                "service_not_granted",
                format!(
                    "you act only for the services {} of {}: give one with --supplier-service",
                    codes.join(", "),
                    supplier.structure.identifier
                ),
            ));
        }

        let trusted = analysis.source == "facturx" || analysis.source == "ubl";
        let mut m = Merge {
            from_document: Vec::new(),
            // The PDF's repairs are printed with the other warnings.
            warnings: analysis.warnings.clone(),
            trusted,
        };
        let doc_amounts = doc.total_excl_vat.is_some() || doc.total_incl_vat.is_some();
        let amounts_given = [
            self.total_excl_vat,
            self.vat,
            self.total_incl_vat,
            self.amount_due,
        ]
        .iter()
        .any(Option::is_some);
        let total_excl_vat = m.pick("total_excl_vat", self.total_excl_vat, doc.total_excl_vat);
        let vat = m.pick("vat", self.vat, doc.vat);
        let total_incl_vat = m.pick("total_incl_vat", self.total_incl_vat, doc.total_incl_vat);
        let amount_due = m.pick(
            "amount_due",
            self.amount_due,
            doc.amount_due.or(doc.total_incl_vat),
        );
        let amounts = if amounts_given || doc_amounts {
            let excl = total_excl_vat.unwrap_or_default();
            let vat = vat.unwrap_or_default();
            let incl = total_incl_vat.unwrap_or(excl + vat);
            Some(Amounts {
                total_excl_vat: excl,
                vat,
                total_incl_vat: incl,
                amount_due: amount_due.unwrap_or(incl),
            })
        } else {
            None
        };
        let framework = self.framework.unwrap_or(Framework::A1);
        let draft = Draft {
            number: m.pick("number", self.number.clone(), doc.number.clone()),
            date: m.pick("date", self.date.clone(), doc.date.clone()),
            invoice_type: m
                .pick("type", self.invoice_type, doc.invoice_type)
                .unwrap_or(InvoiceType::Facture),
            currency: m
                .pick("currency", self.currency.clone(), doc.currency.clone())
                .unwrap_or_else(|| "EUR".into()),
            framework,
            vat_regime: self.vat_regime,
            payment_mode: self.payment_mode,
            supplier_service: self.supplier_service.clone(),
            recipient: m.pick(
                "recipient",
                self.recipient.clone(),
                doc.recipient_identifier.clone(),
            ),
            recipient_service: m.pick(
                "recipient_service",
                self.recipient_service.clone(),
                doc.recipient_service.clone(),
            ),
            validator: self.validator.clone(),
            engagement: m.pick(
                "engagement",
                self.engagement.clone(),
                doc.engagement_number.clone(),
            ),
            market: m.pick("market", self.market.clone(), doc.market_number.clone()),
            original_number: m.pick(
                "original_number",
                self.original_number.clone(),
                doc.original_number.clone(),
            ),
            amounts,
            // The document's rounding goes with the document's amount due.
            rounding: doc.rounding.filter(|_| self.amount_due.is_none()),
            lines: doc.lines.clone(),
            vat_lines: doc.vat_lines.clone(),
            comment: self.comment.clone(),
        };
        if doc.supplier_identifier.is_some()
            && doc.supplier_identifier.as_deref() != Some(supplier.structure.identifier.as_str())
            && trusted
        {
            m.warnings.push(format!(
                "supplier: the embedded XML names {} but the invoice is deposited for {}",
                doc.supplier_identifier.as_deref().unwrap_or_default(),
                supplier.structure.identifier
            ));
        }
        analysis.fields_from_document = m.from_document;

        // Idempotency: the same key and content again is the invoice already deposited.
        let key = self.key.as_deref().map(|k| match k.trim() {
            "" => format!(
                "{}:{}:{}",
                store::invoices::sha256_hex(&self.file),
                supplier.structure.identifier,
                draft.number.as_deref().unwrap_or_default()
            ),
            k => k.to_string(),
        });
        let fingerprint = self.fingerprint(&supplier);
        if let Some(key) = &key
            && let Some((id, known)) = store::invoices::deposit_key(cx.db, key)?
        {
            if known != fingerprint {
                return Err(Error::conflict(
                    "deposit_key_reused",
                    format!("key {key} already deposited invoice {id} with other content"),
                )
                .hint("use a new key for a different invoice"));
            }
            return Ok(Deposited {
                invoice: reload(cx, id)?,
                analysis,
                warnings: m.warnings,
                dry_run: self.dry_run,
                violations: Vec::new(),
                unchanged: true,
            });
        }

        let (mut violations, mut routed) = rules::check(cx, &supplier, &draft)?;
        for a in std::mem::take(&mut routed.advisories) {
            m.warnings.push(format!("{}: {}", a.rule, a.message));
        }
        // The embedded XML is judged as `invoice validate` judges it: one engine.
        if let Some(judged) = analysis.judged.take() {
            violations.retain(|v| !validate::superseded(&v.rule, &judged.details));
            for f in judged.findings {
                match f.severity {
                    Severity::Warning => m.warnings.push(format!("{}: {}", f.rule, f.message)),
                    Severity::Error if !violations.iter().any(|v| v.rule == f.rule) => {
                        violations.push(rules::v(&f.rule, f.message));
                    }
                    Severity::Error => {}
                }
            }
        }
        let files: Vec<(String, usize)> = self
            .attachments
            .iter()
            .map(|f| (f.name.clone(), f.bytes.len()))
            .collect();
        rules::check_attachments(&files, self.file.len(), &mut violations);
        let year: i32 = cx.now[..4].parse().unwrap_or(0);
        let taken = match &draft.number {
            Some(n) => store::invoices::number_taken(cx.db, supplier.id, year, n, None)?,
            None => false,
        };
        if self.dry_run {
            if taken {
                violations.push(rules::v(
                    "number_taken",
                    duplicate_message(&draft, &supplier),
                ));
            }
            let invoice = preview(
                cx,
                &supplier,
                &draft,
                &routed,
                self.draft,
                &self.file_name,
                &self.file,
            );
            return Ok(Deposited {
                invoice,
                analysis,
                warnings: m.warnings,
                dry_run: true,
                violations,
                unchanged: false,
            });
        }
        if !violations.is_empty() {
            return Err(Error::violations(violations)
                .hint("nothing was stored; --dry-run shows the whole analysed invoice"));
        }
        if taken {
            return Err(
                Error::conflict("number_taken", duplicate_message(&draft, &supplier))
                    .hint("each supplier uses an invoice number once per calendar year"),
            );
        }
        let id = store_invoice(
            cx,
            &supplier,
            &draft,
            &routed,
            DepositMode::DepotPdfApi,
            self.draft,
            (&self.file_name, &self.file),
            &analysis,
        )?;
        for f in &self.attachments {
            store::invoices::add_attachment(cx.db, id, &f.name, &f.bytes, &cx.now)?;
        }
        if let Some(key) = &key {
            store::invoices::add_deposit_key(cx.db, key, id, &fingerprint, &cx.now)?;
        }
        Ok(Deposited {
            invoice: reload(cx, id)?,
            analysis,
            warnings: m.warnings,
            dry_run: false,
            violations: Vec::new(),
            unchanged: false,
        })
    }
}

fn duplicate_message(d: &Draft, s: &StructureRow) -> String {
    format!(
        "invoice number {} was already used by {} this year",
        d.number.as_deref().unwrap_or_default(),
        s.structure.identifier
    )
}

/// Stores a checked invoice with its file and starts its lifecycle; returns its id.
#[allow(clippy::too_many_arguments)]
pub fn store_invoice(
    cx: &Context<'_>,
    supplier: &StructureRow,
    d: &Draft,
    routed: &super::rules::Routed,
    mode: DepositMode,
    as_draft: bool,
    file: (&str, &[u8]),
    analysis: &Analysis,
) -> Result<i64> {
    let recipient = routed
        .recipient
        .as_ref()
        .ok_or_else(|| Error::internal("unrouted invoice"))?;
    let sha = store::invoices::put_file(cx.db, file.1)?;
    let status = first_status(d.framework, as_draft);
    let year: i32 = cx.now[..4].parse().unwrap_or(0);
    let id = store::invoices::insert(
        cx.db,
        &store::invoices::NewInvoice {
            number: d.number.as_deref().unwrap_or_default(),
            year,
            status,
            invoice_type: d.invoice_type,
            framework: d.framework,
            date: d.date.as_deref().unwrap_or_default(),
            currency: &d.currency,
            deposit_mode: mode,
            vat_regime: d.vat_regime,
            payment_mode: d.payment_mode,
            supplier_id: supplier.id,
            supplier_service: d.supplier_service.as_deref(),
            recipient_id: recipient.id,
            recipient_service: d.recipient_service.as_deref(),
            validator_id: routed.validator.as_ref().map(|v| v.id),
            engagement_number: d.engagement.as_deref(),
            market_number: d.market.as_deref(),
            original_number: d.original_number.as_deref(),
            comment: d.comment.as_deref(),
            amounts: d
                .amounts
                .as_ref()
                .ok_or_else(|| Error::internal("invoice without amounts"))?,
            detail: &store::invoices::Detail {
                lines: d.lines.clone(),
                vat_lines: d.vat_lines.clone(),
                analysis: serde_json::to_value(analysis)?,
            },
            file: Some((&sha, file.0)),
            created_by: &cx.actor_label(),
            now: &cx.now,
        },
    )?;
    let row = super::reload_row(cx, id)?;
    let summary = format!(
        "invoice {} of {} {}",
        row.invoice.number, supplier.structure.identifier, status
    );
    for s in [Some(row.supplier_id), row.validator_id]
        .into_iter()
        .flatten()
    {
        cx.event(
            &format!("invoice.{}", status.as_str().to_ascii_lowercase()),
            Some(s),
            None,
            &format!("invoice/{id}"),
            &summary,
        )?;
    }
    route_on(cx, id)?;
    Ok(id)
}

/// The invoice a dry run would store.
fn preview(
    cx: &Context<'_>,
    supplier: &StructureRow,
    d: &Draft,
    routed: &super::rules::Routed,
    as_draft: bool,
    name: &str,
    bytes: &[u8],
) -> Invoice {
    use crate::domain::invoice::{FileRef, PartyRef};
    Invoice {
        id: 0,
        number: d.number.clone().unwrap_or_default(),
        status: first_status(d.framework, as_draft),
        invoice_type: d.invoice_type,
        framework: d.framework,
        date: d.date.clone().unwrap_or_default(),
        currency: d.currency.clone(),
        deposit_mode: DepositMode::DepotPdfApi,
        supplier: PartyRef {
            identifier: supplier.structure.identifier.clone(),
            name: supplier.structure.name.clone(),
            service_code: d.supplier_service.clone(),
        },
        recipient: PartyRef {
            identifier: d.recipient.clone().unwrap_or_default(),
            name: routed
                .recipient
                .as_ref()
                .map(|r| r.structure.name.clone())
                .unwrap_or_default(),
            service_code: d.recipient_service.clone(),
        },
        validator: d.validator.clone(),
        engagement_number: d.engagement.clone(),
        market_number: d.market.clone(),
        original_number: d.original_number.clone(),
        mandate_number: None,
        vat_regime: d.vat_regime,
        payment_mode: d.payment_mode,
        amounts: d.amounts.clone().unwrap_or_default(),
        vat_lines: d.vat_lines.clone(),
        lines: d.lines.clone(),
        file: Some(FileRef {
            name: name.into(),
            sha256: store::invoices::sha256_hex(bytes),
            size: bytes.len() as i64,
        }),
        attachments: Vec::new(),
        comment: d.comment.clone(),
        created_at: cx.now.clone(),
        deposited_at: None,
        status_at: cx.now.clone(),
    }
}
