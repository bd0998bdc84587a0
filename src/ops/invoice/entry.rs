//! `chorus invoice create --from FILE.json`: the portal's « saisie ». chorus computes the VAT
//! breakdown and totals from the lines, applies the deposit rules, and generates the invoice
//! PDF with its own Factur-X (CII, EN 16931) XML embedded.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::deposit::{Analysis, Deposited, store_invoice};
use super::rules::{self, Draft};
use super::{reload, rights};
use crate::domain::AccessMode;
use crate::domain::amounts;
use crate::domain::invoice::{
    Amounts, DepositMode, Framework, InvoiceType, Line, PaymentMode, VatRegime,
};
use crate::error::{Error, Result};
use crate::facturx;
use crate::ops::{Context, Operation};
use crate::pdf;
use crate::store::{self, invoices::Side};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartyInput {
    pub identifier: String,
    #[serde(default)]
    pub service_code: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineInput {
    pub description: String,
    pub quantity: Decimal,
    /// UN/ECE Rec 20 code; default C62 (unit).
    #[serde(default)]
    pub unit: Option<String>,
    pub unit_price: Decimal,
    pub vat_rate: Decimal,
}

/// The JSON document `invoice create` reads (see examples/invoice.json).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InvoiceInput {
    pub supplier: PartyInput,
    pub recipient: PartyInput,
    pub number: String,
    pub date: String,
    #[serde(default, rename = "type")]
    pub invoice_type: Option<InvoiceType>,
    #[serde(default)]
    pub currency: Option<String>,
    #[serde(default)]
    pub framework: Option<Framework>,
    #[serde(default)]
    pub validator: Option<String>,
    #[serde(default)]
    pub engagement_number: Option<String>,
    #[serde(default)]
    pub market_number: Option<String>,
    #[serde(default)]
    pub original_number: Option<String>,
    #[serde(default)]
    pub vat_regime: Option<VatRegime>,
    #[serde(default)]
    pub payment_mode: Option<PaymentMode>,
    pub lines: Vec<LineInput>,
    /// Optional: when given, they must match what chorus computes from the lines.
    #[serde(default)]
    pub totals: Option<Amounts>,
    #[serde(default)]
    pub comment: Option<String>,
}

impl InvoiceInput {
    /// An entry needs at least one line (EN 16931 BR-16).
    pub fn check_lines(&self) -> Vec<crate::error::Violation> {
        if self.lines.is_empty() {
            vec![rules::v(
                "lines_required",
                "an entered invoice needs at least one line",
            )]
        } else {
            Vec::new()
        }
    }

    /// The invoice this entry describes: line nets, the VAT breakdown and the totals computed
    /// from the lines (given totals replace the computed ones, so that the rules compare them).
    pub fn draft(&self) -> Draft {
        let i = self;
        let lines: Vec<Line> = i
            .lines
            .iter()
            .map(|l| Line {
                description: l.description.clone(),
                quantity: l.quantity,
                unit: l.unit.clone().unwrap_or_else(|| "C62".into()),
                unit_price: l.unit_price,
                vat_rate: l.vat_rate,
                net_amount: amounts::line_net(l.quantity, l.unit_price),
            })
            .collect();
        let (vat_lines, computed) = amounts::compute(&lines);
        Draft {
            number: Some(i.number.trim().to_string()),
            date: Some(i.date.trim().to_string()),
            invoice_type: i.invoice_type.unwrap_or(InvoiceType::Facture),
            currency: i.currency.clone().unwrap_or_else(|| "EUR".into()),
            framework: i.framework.unwrap_or(Framework::A1),
            vat_regime: i.vat_regime,
            payment_mode: i.payment_mode,
            supplier_service: i.supplier.service_code.clone(),
            recipient: Some(i.recipient.identifier.clone()),
            recipient_service: i.recipient.service_code.clone(),
            validator: i.validator.clone(),
            engagement: i.engagement_number.clone(),
            market: i.market_number.clone(),
            original_number: i.original_number.clone(),
            amounts: Some(i.totals.clone().unwrap_or(computed)),
            lines,
            vat_lines,
            comment: i.comment.clone(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CreateInvoice {
    pub input: InvoiceInput,
    pub draft: bool,
}

impl Operation for CreateInvoice {
    type Output = Deposited;
    const NAME: &'static str = "create-invoice";

    fn execute(self, cx: &mut Context<'_>) -> Result<Deposited> {
        super::apply_validation_delays(cx)?;
        let i = self.input;
        let supplier = cx.structure(&i.supplier.identifier)?;
        let reach = rights::reach(cx, supplier.id, Side::Supplier, AccessMode::Modify)?.ok_or_else(|| {
            Error::permission(
                "deposit_denied",
                format!("you may not issue invoices for {}: it takes an attachment with the invoices-issued space in modify mode", supplier.structure.identifier),
            )
        })?;
        if let Some(codes) = &reach
            && !i
                .supplier
                .service_code
                .as_ref()
                .is_some_and(|s| codes.contains(s))
        {
            return Err(Error::permission(
                "service_not_granted",
                format!(
                    "you act only for the services {} of {}",
                    codes.join(", "),
                    supplier.structure.identifier
                ),
            ));
        }
        let mut violations = i.check_lines();
        let draft = i.draft();
        let (found, routed) = rules::check(cx, &supplier, &draft)?;
        violations.extend(found);
        let year: i32 = cx.now[..4].parse().unwrap_or(0);
        if !violations.is_empty() {
            return Err(Error::violations(violations).hint("nothing was stored"));
        }
        if store::invoices::number_taken(cx.db, supplier.id, year, &i.number, None)? {
            return Err(Error::conflict(
                "number_taken",
                format!(
                    "invoice number {} was already used by {} this year",
                    i.number, supplier.structure.identifier
                ),
            ));
        }
        let recipient = routed
            .recipient
            .as_ref()
            .ok_or_else(|| Error::internal("unrouted invoice"))?;
        let amounts = draft.amounts.clone().unwrap_or_default();
        let content = rules::content(
            &supplier,
            &draft,
            amounts,
            &rules::party(recipient, draft.recipient_service.as_deref()),
        );
        let xml = facturx::write_cii(&content)?;
        let pdf = pdf::generate::invoice_pdf(&content, xml.as_bytes())?;
        let analysis = Analysis {
            source: "entry".into(),
            profile: Some("urn:cen.eu:en16931:2017".into()),
            xml_filename: Some("factur-x.xml".into()),
            pages: 0,
            fields_from_document: Vec::new(),
        };
        let name = format!("{}.pdf", i.number.replace('/', "-"));
        let id = store_invoice(
            cx,
            &supplier,
            &draft,
            &routed,
            DepositMode::SaisieApi,
            self.draft,
            (&name, &pdf),
            &analysis,
        )?;
        Ok(Deposited {
            invoice: reload(cx, id)?,
            analysis,
            warnings: Vec::new(),
            dry_run: false,
            violations: Vec::new(),
            unchanged: false,
        })
    }
}
