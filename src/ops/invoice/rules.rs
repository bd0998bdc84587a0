//! The rules every invoice goes through before it is stored (deposit, entry, draft
//! submission, recycling): routing to a public recipient, references, amounts, framework,
//! attachments. All broken rules are reported at once.

use rust_decimal::Decimal;

use crate::domain::amounts;
use crate::domain::invoice::{
    Amounts, CURRENCIES, Framework, Invoice, InvoiceContent, InvoiceType, Line, Party, PaymentMode,
    STATE_SIRET, VatLine, VatRegime,
};
use crate::domain::{StructureStatus, StructureType};
use crate::error::Violation;
use crate::ops::Context;
use crate::store::{self, structures::StructureRow};

pub const MAX_ATTACHMENT_BYTES: usize = 10 * 1024 * 1024;
pub const MAX_TOTAL_BYTES: usize = 120 * 1024 * 1024;
const ALLOWED_EXTENSIONS: &[&str] = &[
    "BMP", "GIF", "FAX", "ODT", "PPT", "TIFF", "XLS", "BZ2", "GZ", "JPEG", "P7S", "RTF", "TXT",
    "XML", "CSV", "GZIP", "JPG", "PDF", "SVG", "XHTML", "XLSX", "DOC", "HTM", "ODP", "PNG", "TGZ",
    "XLC", "ZIP", "DOCX", "HTML", "ODS", "PPS", "TIF", "XLM", "PPTX",
];

pub fn v(rule: &str, message: impl Into<String>) -> Violation {
    Violation {
        rule: rule.into(),
        message: message.into(),
    }
}

/// An invoice before it is stored, whatever it came from.
#[derive(Debug, Clone)]
pub struct Draft {
    pub number: Option<String>,
    pub date: Option<String>,
    pub invoice_type: InvoiceType,
    pub currency: String,
    pub framework: Framework,
    pub vat_regime: Option<VatRegime>,
    pub payment_mode: Option<PaymentMode>,
    pub supplier_service: Option<String>,
    pub recipient: Option<String>,
    pub recipient_service: Option<String>,
    pub validator: Option<String>,
    pub engagement: Option<String>,
    pub market: Option<String>,
    pub original_number: Option<String>,
    pub amounts: Option<Amounts>,
    /// BT-114 of a document: the amount due may exceed the total by it.
    pub rounding: Option<Decimal>,
    pub lines: Vec<Line>,
    pub vat_lines: Vec<VatLine>,
    pub comment: Option<String>,
}

impl Draft {
    /// A stored invoice, to check it again (draft submission, recycling).
    pub fn of(inv: &Invoice) -> Draft {
        Draft {
            number: Some(inv.number.clone()),
            date: Some(inv.date.clone()),
            invoice_type: inv.invoice_type,
            currency: inv.currency.clone(),
            framework: inv.framework,
            vat_regime: inv.vat_regime,
            payment_mode: inv.payment_mode,
            supplier_service: inv.supplier.service_code.clone(),
            recipient: Some(inv.recipient.identifier.clone()),
            recipient_service: inv.recipient.service_code.clone(),
            validator: inv.validator.clone(),
            engagement: inv.engagement_number.clone(),
            market: inv.market_number.clone(),
            original_number: inv.original_number.clone(),
            amounts: Some(inv.amounts.clone()),
            rounding: None,
            lines: inv.lines.clone(),
            vat_lines: inv.vat_lines.clone(),
            comment: inv.comment.clone(),
        }
    }
}

/// What the checks found in the store, and the advisory findings (see [`ADVISORY`]).
#[derive(Default)]
pub struct Routed {
    pub recipient: Option<StructureRow>,
    pub validator: Option<StructureRow>,
    pub advisories: Vec<Violation>,
}

/// Rules reported but never refused: no EN 16931 rule checks a line's net amount against
/// quantity × price (prices may be per a base quantity, lines may carry allowances), and the
/// official validators accept such documents.
pub const ADVISORY: &[&str] = &["line_amount_mismatch"];

pub fn check_number(number: Option<&str>, out: &mut Vec<Violation>) {
    match number {
        None | Some("") => out.push(v(
            "number_required",
            "the invoice number is missing: give --number or a document that carries it",
        )),
        Some(n) if n.chars().count() > 20 => out.push(v(
            "number_format",
            format!("invoice number '{n}' is longer than 20 characters"),
        )),
        Some(n)
            if !n
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_/+".contains(c)) =>
        {
            out.push(v(
                "number_format",
                format!("invoice number '{n}' may only hold letters, digits and - _ / +"),
            ))
        }
        _ => {}
    }
}

fn check_optional_service(
    cx: &Context<'_>,
    s: &StructureRow,
    code: Option<&str>,
    which: &str,
    out: &mut Vec<Violation>,
) -> crate::error::Result<Option<bool>> {
    let Some(code) = code else { return Ok(None) };
    match store::services::by_code(cx.db, s.id, code)? {
        None => {
            out.push(v(
                &format!("{which}_service_not_found"),
                format!("{} has no service {code}", s.structure.identifier),
            ));
            Ok(None)
        }
        Some(row) if !row.service.active => {
            out.push(v(
                &format!("{which}_service_inactive"),
                format!("service {code} of {} is inactive", s.structure.identifier),
            ));
            Ok(None)
        }
        Some(row) if !row.service.valid_on(&cx.now[..10]) => {
            let (from, to) = (&row.service.valid_from, &row.service.valid_to);
            out.push(v(
                &format!("{which}_service_not_valid"),
                format!(
                    "service {code} of {} only receives invoices from {} to {}",
                    s.structure.identifier,
                    from.as_deref().unwrap_or("its creation"),
                    to.as_deref().unwrap_or("further notice")
                ),
            ));
            Ok(None)
        }
        Some(row) => Ok(Some(row.service.engagement_required)),
    }
}

/// Every rule at once; returns the violations and the structures found.
///
/// In this order: [`check_header`] (number, date, currency), the supplier (active, its
/// service), [`check_routing`] (the recipient in the directory), [`check_content`] (engagement,
/// amounts, credit note, framework), then the validator of A9/A12 in the directory
/// ([`find_validator`]). `invoice validate` runs the same functions, without the supplier's.
pub fn check(
    cx: &Context<'_>,
    supplier: &StructureRow,
    d: &Draft,
) -> crate::error::Result<(Vec<Violation>, Routed)> {
    let mut out = Vec::new();
    let mut routed = Routed::default();
    check_header(d, &cx.now, &mut out);
    if supplier.structure.status != StructureStatus::Actif {
        out.push(v(
            "supplier_inactive",
            format!("supplier {} is INACTIF", supplier.structure.identifier),
        ));
    }
    check_optional_service(
        cx,
        supplier,
        d.supplier_service.as_deref(),
        "supplier",
        &mut out,
    )?;
    routed.recipient = check_routing(
        cx,
        d.recipient.as_deref(),
        d.recipient_service.as_deref(),
        d.engagement.as_deref(),
        &mut out,
    )?;
    check_content(d, amounts::TOLERANCE, &mut out);
    routed.validator = find_validator(cx, d.framework, d.validator.as_deref(), &mut out)?;
    let (advisories, out) = out
        .into_iter()
        .partition(|v| ADVISORY.contains(&v.rule.as_str()));
    routed.advisories = advisories;
    Ok((out, routed))
}

/// The number (≤ 20 characters of `A-Z a-z 0-9 - _ / +`), the date (ISO, not after `now`), the
/// currency (ISO 4217). Needs no store.
pub fn check_header(d: &Draft, now: &str, out: &mut Vec<Violation>) {
    check_number(d.number.as_deref(), out);
    match d.date.as_deref() {
        None => out.push(v(
            "date_required",
            "the invoice date is missing: give --date YYYY-MM-DD or a document that carries it",
        )),
        Some(date) => match date.parse::<jiff::civil::Date>() {
            Err(_) => out.push(v(
                "date_format",
                format!("invoice date '{date}' is not a date (YYYY-MM-DD)"),
            )),
            Ok(day) => {
                let today = now
                    .get(..10)
                    .and_then(|t| t.parse::<jiff::civil::Date>().ok());
                if today.is_some_and(|t| day > t) {
                    out.push(v(
                        "date_in_future",
                        format!("invoice date {date} is in the future"),
                    ));
                }
            }
        },
    }
    if CURRENCIES.binary_search(&d.currency.as_str()).is_err() {
        out.push(v(
            "currency_unknown",
            format!(
                "currency '{}' is not a known ISO 4217 code (EUR, USD, …)",
                d.currency
            ),
        ));
    }
}

/// The structure a recipient identifier names or, when it names several (one per identifier
/// type), the public one: a private structure on a public body's number (made before the
/// directory listed it) must not make the body unreachable.
fn find_recipient(cx: &Context<'_>, id: &str) -> crate::error::Result<Option<StructureRow>> {
    match cx.structure(id) {
        Ok(r) => Ok(Some(r)),
        Err(e) if e.code == "structure_ambiguous" => {
            let mut rows = store::structures::by_identifier(cx.db, id.trim())?;
            rows.retain(|r| r.structure.structure_type == StructureType::Publique);
            Ok((rows.len() == 1).then(|| rows.remove(0)))
        }
        Err(_) => Ok(None),
    }
}

/// Routing against the directory: the recipient exists, is `PUBLIQUE` and `ACTIF`; a given
/// service exists and is active; the recipient's parameters (`service_required`,
/// `engagement_required`, `service_or_engagement_required`) and the service's own engagement
/// requirement; the State needs both a service and an engagement. Returns the recipient when
/// the directory has it. Read-only: deposits, entries, drafts and `invoice validate` share it.
pub fn check_routing(
    cx: &Context<'_>,
    recipient: Option<&str>,
    service: Option<&str>,
    engagement: Option<&str>,
    out: &mut Vec<Violation>,
) -> crate::error::Result<Option<StructureRow>> {
    let Some(id) = recipient else {
        out.push(v(
            "recipient_required",
            "the recipient is missing: give --recipient SIRET or a document naming the buyer",
        ));
        return Ok(None);
    };
    let Some(r) = find_recipient(cx, id)? else {
        out.push(v(
            "recipient_not_found",
            format!("no structure {id}: the recipient must be a public structure of the directory"),
        ));
        return Ok(None);
    };
    let rid = r.structure.identifier.clone();
    if r.structure.structure_type != StructureType::Publique {
        out.push(v(
            "recipient_not_public",
            format!("recipient {rid} is not a public structure (PUBLIQUE)"),
        ));
    }
    if r.structure.status != StructureStatus::Actif {
        out.push(v(
            "recipient_inactive",
            format!("recipient {rid} is INACTIF and cannot receive invoices"),
        ));
    }
    let service_needs_ej = check_optional_service(cx, &r, service, "recipient", out)?;
    let (has_service, has_ej) = (service.is_some(), engagement.is_some());
    let p = &r.structure;
    if rid == STATE_SIRET && !(has_service && has_ej) {
        out.push(v("state_service_and_engagement_required", format!("invoices to the State ({STATE_SIRET}) need both a service code and an engagement number")));
    } else {
        if p.service_required && !has_service {
            out.push(v("service_required", format!("recipient {rid} requires a service code (codeServiceDoitEtreRenseigne): give --recipient-service")));
        }
        if p.engagement_required && !has_ej {
            out.push(v("engagement_required", format!("recipient {rid} requires an engagement number (numeroEJDoitEtreRenseigne): give --engagement")));
        }
        if p.service_or_engagement_required && !has_service && !has_ej {
            out.push(v("service_or_engagement_required", format!("recipient {rid} requires a service code or an engagement number (gestionNumeroEJOuCodeService)")));
        }
        if service_needs_ej == Some(true) && !has_ej && !p.engagement_required {
            out.push(v(
                "service_engagement_required",
                format!(
                    "service {} of {rid} requires an engagement number",
                    service.unwrap_or_default()
                ),
            ));
        }
    }
    Ok(Some(r))
}

/// The rules on what the invoice says that need no store: engagement ≤ 50 characters, the
/// amounts ([`amounts::check_with`], VAT lines within `vat_line_tolerance`), A2 (already paid)
/// has nothing due, a credit note names its original invoice and has no payment mode, A9/A12
/// name a validator and other frameworks none.
pub fn check_content(d: &Draft, vat_line_tolerance: Decimal, out: &mut Vec<Violation>) {
    if let Some(ej) = &d.engagement
        && ej.chars().count() > 50
    {
        out.push(v(
            "engagement_too_long",
            "the engagement number is longer than 50 characters",
        ));
    }

    // Amounts.
    match &d.amounts {
        None => out.push(v("amounts_required", "the amounts are missing: give --total-excl-vat, --vat, --total-incl-vat and --amount-due, or a Factur-X document")),
        Some(a) => {
            // The amount due before rounding (BT-114) is what may not exceed the total.
            let mut before_rounding = a.clone();
            if let Some(r) = d.rounding {
                before_rounding.amount_due = a.amount_due.saturating_sub(r);
            }
            let content = content_of(d, before_rounding, Party::default(), Party::default());
            out.extend(amounts::check_with(&content, vat_line_tolerance));
            if d.framework == Framework::A2 && a.amount_due != Decimal::ZERO {
                out.push(v("a2_amount_due_not_zero", format!("framework A2 (already paid) needs an amount due of 0, not {}", a.amount_due)));
            }
        }
    }

    // Credit notes and frameworks.
    if d.invoice_type == InvoiceType::Avoir {
        if d.original_number.is_none() {
            out.push(v("original_number_required", "a credit note (AVOIR) must reference the invoice it corrects: give --original-number"));
        }
        if d.payment_mode.is_some() {
            out.push(v(
                "payment_mode_on_credit_note",
                "a credit note (AVOIR) has no payment mode",
            ));
        }
    }
    let validated = matches!(d.framework, Framework::A9 | Framework::A12);
    if validated && d.validator.is_none() {
        out.push(v(
            "validator_required",
            format!(
                "framework {} needs --validator naming the main contractor or the mandataire",
                d.framework
            ),
        ));
    } else if !validated && d.validator.is_some() {
        out.push(v(
            "validator_not_expected",
            format!(
                "framework {} has no validator: --validator is for A9 and A12",
                d.framework
            ),
        ));
    }
}

/// The validating structure of an A9/A12 invoice, from the directory.
pub fn find_validator(
    cx: &Context<'_>,
    framework: Framework,
    validator: Option<&str>,
    out: &mut Vec<Violation>,
) -> crate::error::Result<Option<StructureRow>> {
    if !matches!(framework, Framework::A9 | Framework::A12) {
        return Ok(None);
    }
    let Some(id) = validator else {
        return Ok(None);
    };
    match cx.structure(id) {
        Ok(s) => Ok(Some(s)),
        Err(_) => {
            out.push(v(
                "validator_not_found",
                format!("no structure {id} to validate the invoice"),
            ));
            Ok(None)
        }
    }
}

/// Checks attachments: size, name, extension, total with the invoice file.
pub fn check_attachments(
    files: &[(String, usize)],
    invoice_bytes: usize,
    out: &mut Vec<Violation>,
) {
    let mut total = invoice_bytes;
    for (name, size) in files {
        total += size;
        if *size == 0 {
            out.push(v("attachment_empty", format!("attachment {name} is empty")));
        }
        if *size > MAX_ATTACHMENT_BYTES {
            out.push(v(
                "attachment_too_large",
                format!("attachment {name} is larger than 10 MB"),
            ));
        }
        if name.chars().count() > 50 {
            out.push(v(
                "attachment_name_too_long",
                format!("attachment name {name} is longer than 50 characters (extension included)"),
            ));
        }
        let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_uppercase());
        if !ext
            .as_deref()
            .is_some_and(|e| ALLOWED_EXTENSIONS.contains(&e))
        {
            out.push(v("attachment_extension", format!("attachment {name} needs an allowed extension (PDF, XML, CSV, PNG, JPG, ZIP, DOCX, XLSX, ODT, TXT…)")));
        }
    }
    if total > MAX_TOTAL_BYTES {
        out.push(v(
            "attachments_total_too_large",
            "the invoice and its attachments exceed 120 MB",
        ));
    }
}

/// The invoice content a draft describes (for amount checks and the generated PDF).
pub fn content(
    supplier: &StructureRow,
    d: &Draft,
    amounts: Amounts,
    recipient: &Party,
) -> InvoiceContent {
    let s = &supplier.structure;
    let supplier = Party {
        identifier: s.identifier.clone(),
        name: s.name.clone(),
        service_code: d.supplier_service.clone(),
        vat_number: vat_number(s),
        address: Some(s.address.line.clone()),
        postcode: Some(s.address.postcode.clone()),
        city: Some(s.address.city.clone()),
        country: Some(s.address.country.clone()),
        electronic_address: None,
    };
    content_of(d, amounts, supplier, recipient.clone())
}

/// What a draft says with its parties, however they were found (directory or JSON).
pub fn content_of(
    d: &Draft,
    amounts: Amounts,
    supplier: Party,
    recipient: Party,
) -> InvoiceContent {
    InvoiceContent {
        number: d.number.clone().unwrap_or_default(),
        date: d.date.clone().unwrap_or_default(),
        invoice_type: d.invoice_type,
        currency: d.currency.clone(),
        framework: d.framework,
        vat_regime: d.vat_regime,
        payment_mode: d.payment_mode,
        supplier,
        recipient,
        engagement_number: d.engagement.clone(),
        market_number: d.market.clone(),
        original_number: d.original_number.clone(),
        original_date: None,
        due_date: None,
        lines: d.lines.clone(),
        vat_lines: d.vat_lines.clone(),
        amounts,
        comment: d.comment.clone(),
        notes: Vec::new(),
        billing_mode: None,
        payee_iban: None,
        vat_total_eur: None,
    }
}

/// A French structure's VAT number, derived from its SIRET (BT-31/BT-48).
fn vat_number(s: &crate::domain::Structure) -> Option<String> {
    (s.identifier_type == crate::domain::IdentifierType::Siret)
        .then(|| crate::domain::identifier::fr_vat_number(&s.identifier))
        .flatten()
}

/// The recipient as a party of the document.
pub fn party(r: &StructureRow, service: Option<&str>) -> Party {
    let s = &r.structure;
    Party {
        identifier: s.identifier.clone(),
        name: s.name.clone(),
        service_code: service.map(str::to_string),
        vat_number: vat_number(s),
        address: Some(s.address.line.clone()),
        postcode: Some(s.address.postcode.clone()),
        city: Some(s.address.city.clone()),
        country: Some(s.address.country.clone()),
        electronic_address: None,
    }
}
