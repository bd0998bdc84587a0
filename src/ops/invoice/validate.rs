//! `chorus invoice validate`: checks invoices without depositing anything.
//!
//! [`check_file`] is pure (no store): it recognises the file by its content (a PDF with an
//! embedded CII or UBL, a standalone CII or UBL XML, an `invoice create` JSON), reads it, and
//! runs the EN 16931 rules (`domain::en16931`) and the store-free deposit rules
//! (`rules::check_header`, `rules::check_content`, hence `amounts::check`). Routing against
//! the directory is the read-only operation [`CheckInvoiceRouting`] (the same
//! `rules::check_routing` that deposits run), so that it runs locally or, later, on a server.

use serde::{Deserialize, Serialize};

use super::entry::InvoiceInput;
use super::rules::{self, Draft};
use crate::domain::amounts;
use crate::domain::en16931::{self, Details, Finding, Profile, RuleSet, Severity};
use crate::domain::identifier;
use crate::domain::invoice::{Amounts, DocumentFields, Framework, InvoiceType};
use crate::error::{Result, Violation};
use crate::facturx::{self, Syntax};
use crate::ops::{Context, Operation};
use crate::pdf;

/// Larger files are not read (Chorus Pro's limit for a deposited file).
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// What a file holds, recognised by its content (its extension only breaks ties).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Pdf,
    Xml,
    Json,
    Unknown,
}

impl Kind {
    pub fn detect(name: &str, bytes: &[u8]) -> Kind {
        if bytes[..bytes.len().min(1024)]
            .windows(5)
            .any(|w| w == b"%PDF-")
        {
            return Kind::Pdf;
        }
        let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        match body.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'<') => return Kind::Xml,
            Some(b'{') => return Kind::Json,
            _ => {}
        }
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".pdf") {
            Kind::Pdf
        } else if lower.ends_with(".xml") {
            Kind::Xml
        } else if lower.ends_with(".json") {
            Kind::Json
        } else {
            Kind::Unknown
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Pdf => "pdf",
            Kind::Xml => "xml",
            Kind::Json => "json",
            Kind::Unknown => "unknown",
        }
    }
}

/// The verdict on one invoice, as `invoice validate` prints it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    pub file: String,
    /// No error (and, with --warnings-as-errors, no warning).
    pub valid: bool,
    /// pdf, xml or json (unknown when the content is none of them).
    pub kind: String,
    /// CII or UBL, for XML documents.
    pub syntax: Option<String>,
    /// The Factur-X / EN 16931 profile (MINIMUM, BASIC WL, BASIC, EN 16931, EXTENDED), or the
    /// specification identifier (BT-24) when it is not a known one.
    pub profile: Option<String>,
    /// The rule sets the invoice was judged by (`--rules`).
    pub rule_sets: Vec<RuleSet>,
    pub violations: Vec<Finding>,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }
    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }
    fn count(&self, s: Severity) -> usize {
        self.violations.iter().filter(|v| v.severity == s).count()
    }

    /// Adds findings (keeping the first of a rule on a field), errors first, and sets `valid`.
    pub fn settle(&mut self, warnings_as_errors: bool) {
        let mut seen: Vec<(String, Option<String>)> = Vec::new();
        self.violations.retain(|f| {
            let key = (f.rule.clone(), f.field.clone());
            let new = !seen.contains(&key);
            seen.push(key);
            new
        });
        self.violations
            .sort_by_key(|f| matches!(f.severity, Severity::Warning));
        self.valid = self.errors() == 0 && (!warnings_as_errors || self.warnings() == 0);
    }
}

/// What a file's routing is checked on, when there is a store.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CheckInvoiceRouting {
    pub recipient: Option<String>,
    pub recipient_service: Option<String>,
    pub engagement: Option<String>,
    pub framework: Option<Framework>,
    pub validator: Option<String>,
}

/// Routing against the directory: the recipient exists, is public and active, the service
/// exists and is active, the recipient's and the service's requirements, the validator of an
/// A9/A12 invoice. Reads only.
impl Operation for CheckInvoiceRouting {
    type Output = Vec<Violation>;
    const NAME: &'static str = "check-invoice-routing";
    const WRITES: bool = false;
    /// The directory is public (the annuaire of Chorus Pro).
    const ANONYMOUS: bool = true;

    fn execute(self, cx: &mut Context<'_>) -> Result<Vec<Violation>> {
        let mut out = Vec::new();
        rules::check_routing(
            cx,
            self.recipient.as_deref(),
            self.recipient_service.as_deref(),
            self.engagement.as_deref(),
            &mut out,
        )?;
        rules::find_validator(
            cx,
            self.framework.unwrap_or(Framework::A1),
            self.validator.as_deref(),
            &mut out,
        )?;
        Ok(out)
    }
}

/// How many public structures the store's directory holds: `invoice validate` checks routing
/// against the default store only when it has some.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CountPublicStructures {}

impl Operation for CountPublicStructures {
    type Output = i64;
    const NAME: &'static str = "count-public-structures";
    const WRITES: bool = false;
    const ANONYMOUS: bool = true;

    fn execute(self, cx: &mut Context<'_>) -> Result<i64> {
        crate::store::structures::public_count(cx.db)
    }
}

/// One file checked without a store: its report (`valid` not settled yet) and, when it names a
/// recipient, what to check its routing on.
pub struct Checked {
    pub report: Report,
    pub routing: Option<CheckInvoiceRouting>,
}

/// A file that could not be read: one error naming why, judged by no rule set.
pub fn refused(file: &str, kind: Kind, rule: &str, message: impl Into<String>) -> Checked {
    Checked {
        report: Report {
            file: file.to_string(),
            valid: false,
            kind: kind.as_str().to_string(),
            syntax: None,
            profile: None,
            rule_sets: Vec::new(),
            violations: vec![Finding::unreadable(rule, message)],
        },
        routing: None,
    }
}

/// Checks one file without a store by the rule sets `sets`. `now` (RFC 3339) dates the « not
/// in the future » rule.
pub fn check_file(file: &str, bytes: &[u8], now: &str, sets: &[RuleSet]) -> Checked {
    let kind = Kind::detect(file, bytes);
    let mut checked = match kind {
        Kind::Pdf => check_pdf(file, bytes, now, sets),
        Kind::Xml => match facturx::read_for_rules(bytes, sets.contains(&RuleSet::FrCtc)) {
            Ok(read) => check_xml(file, kind, read, now),
            Err(e) => refused(file, kind, &e.code, standalone(&e.message)),
        },
        Kind::Json => check_json(file, bytes, now, sets),
        Kind::Unknown => refused(
            file,
            kind,
            "file_kind_unknown",
            "the file is neither a PDF, an XML invoice (CII or UBL) nor an invoice JSON",
        ),
    };
    let report = &mut checked.report;
    if report.syntax.is_some() || report.kind == Kind::Json.as_str() {
        report.rule_sets = sets.to_vec();
    }
    report
        .violations
        .retain(|f| f.set.is_none_or(|s| sets.contains(&s)));
    if !sets.contains(&RuleSet::Chorus) {
        // Routing is Chorus Pro's.
        checked.routing = None;
    }
    checked
}

/// The reader's messages speak of an embedded XML; a standalone file is just the XML.
fn standalone(message: &str) -> String {
    message
        .replace("the embedded invoice XML", "the invoice XML")
        .replace("the embedded XML", "the XML")
}

fn check_pdf(file: &str, bytes: &[u8], now: &str, sets: &[RuleSet]) -> Checked {
    let found = match pdf::analyse(bytes) {
        Ok(found) => found,
        Err(e) => return refused(file, Kind::Pdf, &e.code, e.message),
    };
    let Some(xml) = found.embedded else {
        return refused(
            file,
            Kind::Pdf,
            "pdf_no_xml",
            "the PDF embeds no invoice XML (Factur-X, ZUGFeRD, XRechnung): there is nothing to \
             validate; deposit reads its text and needs the missing fields as flags",
        );
    };
    let mut checked = match facturx::read_for_rules(&xml.bytes, sets.contains(&RuleSet::FrCtc)) {
        Ok(read) => check_xml(file, Kind::Pdf, read, now),
        Err(e) => refused(
            file,
            Kind::Pdf,
            &e.code,
            format!("the PDF embeds {} but {}", xml.filename, e.message),
        ),
    };
    // As deposit reports them: a repaired PDF is read, with a warning.
    for w in found.warnings {
        checked.report.violations.push(Finding {
            set: None,
            ..Finding::warning("pdf_repaired", "", w)
        });
    }
    checked
}

/// Deposit rules whose refusal a flag of `deposit` can lift: a warning on a document.
const FLAG_SUPPLIED: &[&str] = &["validator_required"];

fn check_xml(file: &str, kind: Kind, read: facturx::Read, now: &str) -> Checked {
    let facturx::Read {
        syntax,
        fields,
        details,
        fr_ctc,
    } = read;
    let mut violations = en16931::check(&fields, &details);
    violations.extend(fr_ctc);
    let draft = draft_of(&fields, &details);
    let mut deposit = Vec::new();
    rules::check_header(&draft, now, &mut deposit);
    rules::check_content(&draft, amounts::EN16931_VAT_TOLERANCE, &mut deposit);
    for v in deposit {
        let rule = v.rule.as_str();
        if superseded(rule, &details) {
            continue;
        }
        let severity = if FLAG_SUPPLIED.contains(&rule) || rules::ADVISORY.contains(&rule) {
            Severity::Warning
        } else {
            Severity::Error
        };
        violations.push(en16931::finding(v, severity));
    }
    let routing = match &fields.recipient_identifier {
        None => {
            violations.push(Finding::warning(
                "recipient_required",
                "BT-46",
                "the buyer has no SIRET (scheme 0009): Chorus Pro routes invoices on it, so \
                 deposit will need --recipient",
            ));
            None
        }
        // Its check digits are among the identifiers `en16931::check` checked.
        Some(recipient) => Some(CheckInvoiceRouting {
            recipient: Some(recipient.clone()),
            recipient_service: fields.recipient_service.clone(),
            engagement: fields.engagement_number.clone(),
            framework: Some(draft.framework),
            validator: None,
        }),
    };
    let profile = fields.profile.as_deref().map(|p| match Profile::of(p) {
        Some(known) => known.name().to_string(),
        None => p.to_string(),
    });
    Checked {
        report: Report {
            file: file.to_string(),
            valid: false,
            kind: kind.as_str().to_string(),
            syntax: Some(
                match syntax {
                    Syntax::Cii => "CII",
                    Syntax::Ubl => "UBL",
                }
                .to_string(),
            ),
            profile,
            rule_sets: Vec::new(),
            violations,
        },
        routing,
    }
}

/// Deposit rules that `en16931::check` judges better on the document itself, so not reported
/// twice: with BT-106 given, BR-CO-10 and BR-CO-13 say which total is off; BR-CO-17 is judged on
/// the breakdown as written, per syntax, and UBL's BR-CO-14 per `cac:TaxTotal`.
pub fn superseded(rule: &str, d: &Details) -> bool {
    match rule {
        "lines_total_mismatch" => d.line_total.is_some(),
        "vat_line_amount_mismatch" => true,
        "vat_lines_amount_mismatch" => !d.ubl_tax_totals.is_empty(),
        _ => false,
    }
}

/// The invoice a document describes, as deposit would take it without flags (the framework
/// from BT-23 when it is a Chorus cadre: A1, A2, A9, A12).
fn draft_of(f: &DocumentFields, d: &Details) -> Draft {
    let amounts = (f.total_excl_vat.is_some() || f.total_incl_vat.is_some()).then(|| {
        let excl = f.total_excl_vat.unwrap_or_default();
        let vat = f.vat.unwrap_or_default();
        let incl = f.total_incl_vat.unwrap_or(excl.saturating_add(vat));
        Amounts {
            total_excl_vat: excl,
            vat,
            total_incl_vat: incl,
            amount_due: f.amount_due.unwrap_or(incl),
        }
    });
    Draft {
        number: f.number.clone(),
        date: f.date.clone(),
        invoice_type: f.invoice_type.unwrap_or(InvoiceType::Facture),
        currency: f.currency.clone().unwrap_or_else(|| "EUR".into()),
        framework: d
            .business_process
            .as_deref()
            .and_then(|p| p.parse().ok())
            .unwrap_or(Framework::A1),
        vat_regime: None,
        payment_mode: None,
        supplier_service: None,
        recipient: f.recipient_identifier.clone(),
        recipient_service: f.recipient_service.clone(),
        validator: None,
        engagement: f.engagement_number.clone(),
        market: f.market_number.clone(),
        original_number: f.original_number.clone(),
        amounts,
        rounding: f.rounding,
        lines: f.lines.clone(),
        vat_lines: f.vat_lines.clone(),
        comment: None,
    }
}

fn check_json(file: &str, bytes: &[u8], now: &str, sets: &[RuleSet]) -> Checked {
    let input: InvoiceInput = match serde_json::from_slice(bytes) {
        Ok(input) => input,
        Err(e) => {
            return refused(
                file,
                Kind::Json,
                "invoice_json",
                format!(
                    "the invoice JSON does not read: {e} (see examples/invoice.json for its fields)"
                ),
            );
        }
    };
    let mut found: Vec<Violation> = input.check_lines(input.supplier_has_siret());
    let draft = input.draft();
    rules::check_header(&draft, now, &mut found);
    rules::check_content(&draft, amounts::EN16931_VAT_TOLERANCE, &mut found);
    let mut violations: Vec<Finding> = found
        .into_iter()
        .map(|v| en16931::finding(v, Severity::Error))
        .collect();
    for (who, id, field) in [
        ("supplier", &input.supplier.identifier, "BT-29"),
        ("recipient", &input.recipient.identifier, "BT-46"),
    ] {
        let id = id.trim();
        let id = id.strip_prefix("SIRET:").unwrap_or(id);
        if id.bytes().all(|b| b.is_ascii_digit())
            && let Err(v) = identifier::check_siret(id)
        {
            violations.push(Finding::error(
                &v.rule,
                field,
                format!("{who}: {}", v.message),
            ));
        }
    }
    if sets.contains(&RuleSet::FrCtc) {
        violations.extend(fr_ctc_of_json(&input));
    }
    Checked {
        report: Report {
            file: file.to_string(),
            valid: false,
            kind: Kind::Json.as_str().to_string(),
            syntax: None,
            profile: None,
            rule_sets: Vec::new(),
            violations,
        },
        routing: Some(CheckInvoiceRouting {
            recipient: Some(input.recipient.identifier.clone()),
            recipient_service: input.recipient.service_code.clone(),
            engagement: input.engagement_number.clone(),
            framework: input.framework,
            validator: input.validator.clone(),
        }),
    }
}

/// The French CTC rules on the Factur-X XML that `invoice render` would write for the JSON
/// (a JSON carries no XML of its own); when it cannot be rendered, why.
fn fr_ctc_of_json(input: &InvoiceInput) -> Vec<Finding> {
    let fr_ctc = |f: Finding| Finding {
        set: Some(RuleSet::FrCtc),
        ..f
    };
    let content = match super::entry::content_from_json(input) {
        Ok(content) => content,
        Err(violations) => {
            return violations
                .into_iter()
                .map(|v| fr_ctc(en16931::finding(v, Severity::Error)))
                .collect();
        }
    };
    match facturx::write_cii(&content).and_then(|xml| facturx::read_for_rules(xml.as_bytes(), true))
    {
        Ok(read) => read.fr_ctc,
        Err(e) => vec![fr_ctc(Finding::error(&e.code, "", e.message))],
    }
}

/// Adds the routing violations found in the directory.
pub fn add_routing(report: &mut Report, found: Vec<Violation>) {
    report.violations.extend(
        found
            .into_iter()
            .map(|v| en16931::finding(v, Severity::Error)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_content_then_extension() {
        assert_eq!(Kind::detect("a.xml", b"%PDF-1.7\n"), Kind::Pdf);
        assert_eq!(
            Kind::detect("a.pdf", b"\xEF\xBB\xBF  <?xml?><x/>"),
            Kind::Xml
        );
        assert_eq!(Kind::detect("a.txt", b"\n { \"number\": 1 }"), Kind::Json);
        assert_eq!(Kind::detect("a.PDF", b"garbage"), Kind::Pdf);
        assert_eq!(Kind::detect("a.json", b""), Kind::Json);
        assert_eq!(Kind::detect("a.doc", b"garbage"), Kind::Unknown);
    }

    #[test]
    fn settle_keeps_one_finding_per_rule_and_field_errors_first() {
        let mut r = Report {
            file: "f".into(),
            valid: true,
            kind: "xml".into(),
            syntax: None,
            profile: None,
            rule_sets: Vec::new(),
            violations: vec![
                Finding::warning("w", "BT-1", "a"),
                Finding::error("BR-02", "BT-1", "first"),
                Finding::error("BR-02", "BT-1", "second"),
                Finding::error("BR-02", "BT-2", "other field"),
            ],
        };
        r.settle(false);
        let got: Vec<&str> = r.violations.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(got, ["first", "other field", "a"]);
        assert!(!r.valid);
        r.violations.retain(|f| f.severity == Severity::Warning);
        r.settle(false);
        assert!(r.valid);
        r.settle(true);
        assert!(!r.valid);
    }
}
