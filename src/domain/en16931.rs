//! EN 16931 business rules for `invoice validate`: what a CII or UBL document must carry for
//! its profile, its SIREN/SIRET/VAT identifiers, the totals (BR-CO-10…16), the VAT breakdown
//! per category (BR-S/Z/E/AE/IC/G/O-…), the lines, the code lists (BR-CL-*, with
//! [`super::code_lists`]) and the decimals of amounts (BR-DEC-*). Pure: `facturx::read_details`
//! fills [`Details`], this module judges it.
//!
//! The arithmetic of the deposit rules (`amounts::check`) and the Chorus rules
//! (`ops::invoice::rules`) are not repeated here: `invoice validate` runs them too and reports
//! their codes through [`RULE_IDS`], under the official id when there is one.

use std::collections::HashMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::amounts::{money, vat_amount};
use super::code_lists::Code;
use super::identifier;
use super::invoice::DocumentFields;
use crate::error::Violation;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// The rule sets of `invoice validate --rules`: the official EN 16931 business rules, Chorus
/// Pro's own acceptance rules, and the French CTC rules of the 2026 reform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum RuleSet {
    #[serde(rename = "en16931")]
    En16931,
    #[serde(rename = "chorus")]
    Chorus,
    #[serde(rename = "fr-ctc")]
    FrCtc,
}

impl RuleSet {
    pub const ALL: [RuleSet; 3] = [RuleSet::En16931, RuleSet::Chorus, RuleSet::FrCtc];
    /// What `invoice validate` and `deposit` run when no set is named.
    pub const DEFAULT: [RuleSet; 2] = [RuleSet::En16931, RuleSet::Chorus];

    /// The set a rule belongs to, by its id: BR-FR-* are French CTC rules, the other BR-* are
    /// EN 16931's, anything else (a chorus code, never a BR id) is Chorus Pro's.
    pub fn of(rule: &str) -> RuleSet {
        if rule.starts_with("BR-FR-") {
            RuleSet::FrCtc
        } else if rule.starts_with("BR-") || rule == "profile_unknown" {
            RuleSet::En16931
        } else {
            RuleSet::Chorus
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            RuleSet::En16931 => "en16931",
            RuleSet::Chorus => "chorus",
            RuleSet::FrCtc => "fr-ctc",
        }
    }
}

/// One broken rule of a validated invoice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The official id (`BR-CO-15`, `BR-16`…) or a stable chorus code (`siret_check_digit`…).
    pub rule: String,
    /// The rule set the rule belongs to; none when the file could not be read at all (then no
    /// rule could be judged).
    pub set: Option<RuleSet>,
    pub severity: Severity,
    /// The business term concerned (`BT-112`, `BG-23`…), or the chorus field.
    pub field: Option<String>,
    pub message: String,
}

impl Finding {
    pub fn error(rule: &str, field: &str, message: impl Into<String>) -> Finding {
        Finding {
            rule: rule.to_string(),
            set: Some(RuleSet::of(rule)),
            severity: Severity::Error,
            field: (!field.is_empty()).then(|| field.to_string()),
            message: message.into(),
        }
    }
    pub fn warning(rule: &str, field: &str, message: impl Into<String>) -> Finding {
        Finding {
            severity: Severity::Warning,
            ..Finding::error(rule, field, message)
        }
    }
    /// A file that could not be read: no rule set judged it.
    pub fn unreadable(rule: &str, message: impl Into<String>) -> Finding {
        Finding {
            set: None,
            ..Finding::error(rule, "", message)
        }
    }
}

/// The codes of the deposit rules (`amounts::check`, `ops::invoice::rules`) as `invoice
/// validate` reports them: (chorus code, official EN 16931 id if there is one, business term).
/// A code without an official id keeps its chorus code.
pub const RULE_IDS: &[(&str, Option<&str>, &str)] = &[
    ("number_required", Some("BR-02"), "BT-1"),
    ("number_format", None, "BT-1"),
    ("date_required", Some("BR-03"), "BT-2"),
    ("date_format", None, "BT-2"),
    ("date_in_future", None, "BT-2"),
    ("currency_unknown", Some("BR-CL-04"), "BT-5"),
    ("lines_required", Some("BR-16"), "BG-25"),
    ("amounts_required", Some("BR-13"), "BT-109"),
    ("amount_out_of_range", None, "BG-22"),
    ("amount_two_decimals", None, "BG-22"),
    ("negative_amount", None, "BG-22"),
    ("total_incl_vat_mismatch", Some("BR-CO-15"), "BT-112"),
    ("amount_due_exceeds_total", None, "BT-115"),
    ("vat_lines_base_mismatch", None, "BT-116"),
    ("vat_lines_amount_mismatch", Some("BR-CO-14"), "BT-110"),
    ("vat_line_amount_mismatch", Some("BR-CO-17"), "BT-117"),
    ("line_amount_mismatch", None, "BT-131"),
    ("lines_total_mismatch", Some("BR-CO-13"), "BT-109"),
    ("engagement_too_long", None, "BT-13"),
    ("a2_amount_due_not_zero", None, "BT-115"),
    ("original_number_required", None, "BT-25"),
    ("payment_mode_on_credit_note", None, "BT-81"),
    ("validator_required", None, "validator"),
    ("validator_not_expected", None, "validator"),
    ("validator_not_found", None, "validator"),
    ("recipient_required", None, "BT-46"),
    ("recipient_not_found", None, "BT-46"),
    ("recipient_not_public", None, "BT-46"),
    ("recipient_inactive", None, "BT-46"),
    ("recipient_service_not_found", None, "BT-10"),
    ("recipient_service_inactive", None, "BT-10"),
    ("service_required", None, "BT-10"),
    ("engagement_required", None, "BT-13"),
    ("service_or_engagement_required", None, "BT-10"),
    ("service_engagement_required", None, "BT-13"),
    ("state_service_and_engagement_required", None, "BT-10"),
];

/// A deposit rule's violation as a finding: its official id and business term from
/// [`RULE_IDS`].
pub fn finding(v: Violation, severity: Severity) -> Finding {
    let (rule, field) = match RULE_IDS.iter().find(|(code, _, _)| *code == v.rule) {
        Some((code, official, field)) => (official.unwrap_or(code).to_string(), Some(*field)),
        None => (v.rule, None),
    };
    Finding {
        set: Some(RuleSet::of(&rule)),
        rule,
        severity,
        field: field.map(str::to_string),
        message: v.message,
    }
}

/// The Factur-X / ZUGFeRD profiles, from the specification identifier (BT-24). XRechnung,
/// Peppol BIS and plain EN 16931 documents are checked as EN 16931.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Profile {
    Minimum,
    BasicWl,
    Basic,
    En16931,
    Extended,
}

impl Profile {
    pub fn of(specification: &str) -> Option<Profile> {
        let s = specification.trim().to_ascii_lowercase();
        if s.contains("minimum") {
            Some(Profile::Minimum)
        } else if s.contains("basicwl") || s.contains("basic-wl") {
            Some(Profile::BasicWl)
        } else if s.contains("extended") {
            Some(Profile::Extended)
        } else if s.contains(":basic") {
            Some(Profile::Basic)
        } else if s.starts_with("urn:cen.eu:en16931:2017") || s.contains("xrechnung") {
            Some(Profile::En16931)
        } else {
            None
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Profile::Minimum => "MINIMUM",
            Profile::BasicWl => "BASIC WL",
            Profile::Basic => "BASIC",
            Profile::En16931 => "EN 16931",
            Profile::Extended => "EXTENDED",
        }
    }
}

/// An identifier as the document writes it, with its ISO 6523 scheme (0009 SIRET, 0002 SIREN…).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Identifier {
    pub value: String,
    pub scheme: Option<String>,
}

/// What a party carries, beyond the fields deposit reads.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PartyDetails {
    /// BT-29 / BT-46 (and UBL's EndpointID).
    pub ids: Vec<Identifier>,
    /// BT-30 / BT-47.
    pub legal_id: Option<Identifier>,
    /// BT-31 / BT-48.
    pub vat_ids: Vec<String>,
    /// BT-32 (the seller's tax registration other than VAT).
    pub tax_registration: Option<String>,
    /// BG-5 / BG-8 present.
    pub address: bool,
    /// BT-40 / BT-55.
    pub country: Option<String>,
    /// The party's name, as written (the tax representative's: BT-62, BR-18).
    pub name: Option<String>,
}

/// One VAT breakdown (BG-23), as written.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VatBreakdown {
    /// BT-118
    pub category: Option<String>,
    /// BT-119
    pub rate: Option<Decimal>,
    /// BT-116
    pub base: Option<Decimal>,
    /// BT-117
    pub amount: Option<Decimal>,
    /// BT-120 / BT-121
    pub exemption_reason: Option<String>,
    pub exemption_code: Option<String>,
}

/// One invoice line (BG-25), as written.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LineDetails {
    /// BT-126
    pub id: Option<String>,
    /// BT-153
    pub name: Option<String>,
    /// BT-129 / BT-130
    pub quantity: Option<Decimal>,
    pub unit: Option<String>,
    /// BT-131
    pub net_amount: Option<Decimal>,
    /// BT-146
    pub net_price: Option<Decimal>,
    /// BT-151 / BT-152
    pub category: Option<String>,
    pub rate: Option<Decimal>,
}

/// A document-level allowance (BG-20) or charge (BG-21).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AllowanceCharge {
    /// BT-92 / BT-99
    pub amount: Option<Decimal>,
    /// BT-95 / BT-102
    pub category: Option<String>,
    /// BT-96 / BT-103
    pub rate: Option<Decimal>,
    /// BT-97/98 / BT-104/105: a reason or a reason code is given.
    pub reason: bool,
}

/// What a CII or UBL document says that deposit does not need but the EN 16931 rules do:
/// values as written (absent stays `None`), lines without the document-level allowances and
/// charges that `DocumentFields` folds into them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Details {
    /// BT-3, as written.
    pub type_code: Option<String>,
    /// BT-23 (Chorus Pro reads its cadre de facturation here: A1, A2…).
    pub business_process: Option<String>,
    pub seller: PartyDetails,
    pub buyer: PartyDetails,
    /// BT-63
    pub tax_representative_vat: Option<String>,
    /// Item attributes (BG-32) without a name or a value (BR-54).
    pub incomplete_item_attributes: usize,
    /// Preceding invoice references (BG-3) without the invoice number (BR-55).
    pub references_without_number: usize,
    /// A deliver-to address (BG-15) without its country code (BR-57).
    pub delivery_address_without_country: bool,
    /// Credit transfers (payment means 30, 58) without a payment account identifier (BR-61;
    /// in CII, their accounts without one), and their payment accounts with a blank one (BR-50).
    pub transfers_without_account: usize,
    pub accounts_with_blank_id: usize,
    /// The seller's (BR-62) and buyer's (BR-63) electronic address without its scheme.
    pub seller_endpoint_without_scheme: bool,
    pub buyer_endpoint_without_scheme: bool,
    /// Item standard identifiers without a scheme (BR-64), item classifications without a
    /// list (BR-65).
    pub item_ids_without_scheme: usize,
    pub classifications_without_list: usize,
    /// BG-11, when given (BR-18…20, BR-56).
    pub tax_representative: Option<PartyDetails>,
    /// BT-106, BT-107, BT-108, BT-113, BT-114.
    pub line_total: Option<Decimal>,
    pub allowance_total: Option<Decimal>,
    pub charge_total: Option<Decimal>,
    pub prepaid: Option<Decimal>,
    pub rounding: Option<Decimal>,
    /// How many total VAT amounts (BT-110) are given in the document currency, when the document
    /// states its currency (BR-CO-15 wants exactly one).
    pub vat_totals_in_currency: Option<usize>,
    /// UBL: its BR-CO-17 is strict at ±1, CII's accepts exactly 1 off.
    pub ubl: bool,
    /// BT-72 (actual delivery date) or BG-14 (invoicing period) given (BR-IC-11).
    pub delivery_date_or_period: bool,
    /// BT-80 (deliver-to country) given (BR-IC-12).
    pub deliver_to_country: bool,
    /// UBL: each `cac:TaxTotal` with subtotals, its amount and the sum of its subtotals'
    /// (BR-CO-14 is checked per `cac:TaxTotal` there).
    pub ubl_tax_totals: Vec<(Decimal, Decimal)>,
    pub breakdown: Vec<VatBreakdown>,
    pub lines: Vec<LineDetails>,
    pub allowances: Vec<AllowanceCharge>,
    pub charges: Vec<AllowanceCharge>,
    /// Line-level allowances (BG-27) and charges (BG-28), for BR-41…44 and BR-CO-23/24.
    pub line_allowances: Vec<AllowanceCharge>,
    pub line_charges: Vec<AllowanceCharge>,
    /// Coded values outside their code list (BR-CL-*), in document order.
    pub bad_codes: Vec<(Code, String)>,
    /// Amounts with more than two decimals as written (BR-DEC-*): the rule and the amount.
    pub long_decimals: Vec<(&'static str, String)>,
    /// Payees (BG-10) without a name (BT-59), or with the seller's name or identifier (BR-17).
    pub payees_not_distinct: usize,
    /// Payment instructions (BG-16) without a payment means code (BT-81) (BR-49).
    pub payment_means_without_code: usize,
    /// Supporting documents (BG-24) and line object references without their reference
    /// (BT-122) (BR-52).
    pub documents_without_reference: usize,
    /// A VAT accounting currency (BT-6) without the VAT total in it (BT-111) (BR-53).
    pub tax_currency_without_total: bool,
    /// Lines whose item gross price (BT-148) is negative (BR-28).
    pub negative_gross_prices: usize,
    /// Invoicing periods (BG-14) that end before they start (BR-29) or have no date (BR-CO-19).
    pub periods_reversed: usize,
    pub periods_without_dates: usize,
    /// Line periods (BG-26) that end before they start (BR-30) or have no date (BR-CO-20).
    pub line_periods_reversed: usize,
    pub line_periods_without_dates: usize,
    /// Both the VAT point date (BT-7) and the VAT point date code (BT-8) (BR-CO-03).
    pub tax_point_date_and_code: bool,
}

/// The UNCL 5305 VAT categories and the family letters of their EN 16931 rules.
fn family(category: &str) -> Option<&'static str> {
    Some(match category {
        "S" => "S",
        "Z" => "Z",
        "E" => "E",
        "AE" => "AE",
        "K" => "IC",
        "G" => "G",
        "O" => "O",
        // The official schematron names the IGIC and IPSI rules BR-AF-* and BR-AG-* (the
        // standard's text says BR-IG-*, BR-IP-*): report what the official validator reports.
        "L" => "AF",
        "M" => "AG",
        _ => return None,
    })
}

/// UNCL 5305 `B`, transferred VAT (Italian split payment): in the EN 16931 code list, with no
/// rules of its own.
const TRANSFERRED: &str = "B";

/// Categories whose rate is zero (and VAT amount zero) by definition.
fn zero_rated(category: &str) -> bool {
    matches!(category, "Z" | "E" | "AE" | "K" | "G")
}

/// Categories whose breakdown must say why no VAT is charged (BT-120 or BT-121).
fn needs_exemption_reason(category: &str) -> bool {
    matches!(category, "E" | "AE" | "K" | "G" | "O")
}

/// Categories whose breakdown is grouped by rate as well (BR-S-08, BR-AF-08, BR-AG-08).
fn by_rate(category: &str) -> bool {
    matches!(category, "S" | "L" | "M")
}

/// Findings about many lines are reported once per rule, naming the first lines.
struct PerLine {
    rules: Vec<(String, &'static str, String, Vec<String>)>,
}

impl PerLine {
    fn add(&mut self, rule: &str, field: &'static str, what: &str, line: String) {
        match self.rules.iter_mut().find(|(r, _, _, _)| r == rule) {
            Some(entry) => entry.3.push(line),
            None => self
                .rules
                .push((rule.to_string(), field, what.to_string(), vec![line])),
        }
    }

    fn flush(self, out: &mut Vec<Finding>) {
        for (rule, field, what, lines) in self.rules {
            out.push(Finding::error(
                &rule,
                field,
                format!("{what}: {}", list(&lines)),
            ));
        }
    }
}

/// The first three items, and how many more.
fn list(items: &[String]) -> String {
    const SHOWN: usize = 3;
    let mut s = items[..items.len().min(SHOWN)].join(", ");
    if items.len() > SHOWN {
        s.push_str(&format!(" (and {} more)", items.len() - SHOWN));
    }
    s
}

fn ne(a: Decimal, b: Decimal) -> bool {
    money(a) != money(b)
}

fn sum(values: impl Iterator<Item = Decimal>) -> Decimal {
    values.fold(Decimal::ZERO, |s, v| s.saturating_add(v))
}

/// Every EN 16931 rule the document breaks, beyond the deposit rules: required fields for its
/// profile, identifiers, BR-CO-10/11/12/13/16, the VAT categories,
/// the lines. `fields` are what deposit reads from the same document.
pub fn check(fields: &DocumentFields, d: &Details) -> Vec<Finding> {
    let mut out = Vec::new();
    let profile = fields.profile.as_deref().and_then(Profile::of);
    match &fields.profile {
        None => out.push(Finding::error(
            "BR-01",
            "BT-24",
            "the specification identifier (BT-24, guideline) is missing: checked as EN 16931",
        )),
        Some(p) if profile.is_none() => out.push(Finding::warning(
            "profile_unknown",
            "BT-24",
            format!("unknown specification identifier '{p}': checked as EN 16931"),
        )),
        _ => {}
    }
    let level = profile.unwrap_or(Profile::En16931);
    required(fields, d, level, &mut out);
    identifiers(d, &mut out);
    incomplete_groups(d, &mut out);
    contradictions(d, &mut out);
    code_lists(d, &mut out);
    decimals(d, &mut out);
    tax_representative(d, &mut out);
    totals(fields, d, level, &mut out);
    if level >= Profile::BasicWl {
        vat_categories(d, level, &mut out);
    }
    if level >= Profile::Basic {
        lines(d, &mut out);
    }
    out
}

fn required(f: &DocumentFields, d: &Details, level: Profile, out: &mut Vec<Finding>) {
    let mut need = |present: bool, rule: &str, field: &str, what: &str| {
        if !present {
            out.push(Finding::error(
                rule,
                field,
                format!("the invoice has no {what} ({field})"),
            ));
        }
    };
    need(f.number.is_some(), "BR-02", "BT-1", "number");
    need(f.date.is_some(), "BR-03", "BT-2", "issue date");
    need(d.type_code.is_some(), "BR-04", "BT-3", "type code");
    need(f.currency.is_some(), "BR-05", "BT-5", "currency code");
    need(f.supplier_name.is_some(), "BR-06", "BT-27", "seller name");
    need(f.recipient_name.is_some(), "BR-07", "BT-44", "buyer name");
    need(
        f.total_excl_vat.is_some(),
        "BR-13",
        "BT-109",
        "total without VAT",
    );
    need(
        f.total_incl_vat.is_some(),
        "BR-14",
        "BT-112",
        "total with VAT",
    );
    need(f.amount_due.is_some(), "BR-15", "BT-115", "amount due");
    if level >= Profile::BasicWl {
        need(d.seller.address, "BR-08", "BG-5", "seller postal address");
        need(
            d.seller.country.is_some(),
            "BR-09",
            "BT-40",
            "seller country code",
        );
        need(d.buyer.address, "BR-10", "BG-8", "buyer postal address");
        need(
            d.buyer.country.is_some(),
            "BR-11",
            "BT-55",
            "buyer country code",
        );
        need(
            d.line_total.is_some(),
            "BR-12",
            "BT-106",
            "sum of line net amounts",
        );
        need(
            !d.breakdown.is_empty(),
            "BR-CO-18",
            "BG-23",
            "VAT breakdown",
        );
    }
    if level >= Profile::Basic {
        need(!d.lines.is_empty(), "BR-16", "BG-25", "line");
    }
    let s = &d.seller;
    if s.ids.is_empty() && s.legal_id.is_none() && s.vat_ids.is_empty() {
        out.push(Finding::error(
            "BR-CO-26",
            "BT-29",
            "the seller has no identifier (BT-29), legal registration (BT-30) or VAT identifier (BT-31)",
        ));
    }
    if let Some(code) = &d.type_code
        && f.invoice_type.is_none()
    {
        out.push(Finding::error(
            "invoice_type_code",
            "BT-3",
            format!(
                "type code {code} is neither an invoice (380, 384, 386, 389, 393, 471-473, 500, 501) \
                 nor a credit note (381, 261, 262, 396, 502, 503) that Chorus Pro accepts"
            ),
        ));
    }
}

/// SIRET (scheme 0009) and SIREN (0002) check digits; VAT identifiers: a country prefix
/// (BR-CO-09) and, for France, the key.
fn identifiers(d: &Details, out: &mut Vec<Finding>) {
    let parties = [
        (&d.seller, "seller", "BT-29", "BT-30", "BT-31"),
        (&d.buyer, "buyer", "BT-46", "BT-47", "BT-48"),
    ];
    for (party, who, id_field, legal_field, vat_field) in parties {
        let mut siren = None;
        for id in &party.ids {
            if id.scheme.as_deref() == Some("0009") {
                if let Err(v) = identifier::check_siret(&id.value) {
                    out.push(Finding::error(
                        &v.rule,
                        id_field,
                        format!("{who}: {}", v.message),
                    ));
                } else {
                    siren.get_or_insert(id.value[..9].to_string());
                }
            }
        }
        // A legal id without a scheme is a SIREN/SIRET only for a French party: 9 digits are
        // also a Norwegian or Danish company number.
        let french = party.country.as_deref() == Some("FR");
        if let Some(legal) = &party.legal_id {
            let v = &legal.value;
            let digits = french && v.bytes().all(|b| b.is_ascii_digit());
            let checked = match legal.scheme.as_deref() {
                Some("0009") => Some(identifier::check_siret(v)),
                Some("0002") if v.len() == 14 && digits => Some(identifier::check_siret(v)),
                Some("0002") => Some(identifier::check_siren(v)),
                None | Some("") if digits && v.len() == 14 => Some(identifier::check_siret(v)),
                None | Some("") if digits && v.len() == 9 => Some(identifier::check_siren(v)),
                _ => None,
            };
            match checked {
                Some(Err(e)) => out.push(Finding::error(
                    &e.rule,
                    legal_field,
                    format!("{who}: {}", e.message),
                )),
                Some(Ok(())) => siren = Some(v[..9].to_string()),
                None => {}
            }
        }
        for vat in &party.vat_ids {
            vat_id(vat, vat_field, who, siren.as_deref(), out);
        }
    }
    if let Some(vat) = &d.tax_representative_vat {
        vat_id(vat, "BT-63", "seller tax representative", None, out);
    }
}

/// `n what` when n > 0.
fn count(n: usize, what: &str) -> Option<String> {
    (n > 0).then(|| format!("{n} {what}"))
}

fn once(broken: bool, what: &str) -> Option<String> {
    broken.then(|| what.to_string())
}

/// Groups given without what they must carry: BR-17, BR-49, BR-50, BR-52…55, BR-57, BR-61…65,
/// BR-CO-19, BR-CO-20.
fn incomplete_groups(d: &Details, out: &mut Vec<Finding>) {
    for (rule, field, message) in [
        (
            "BR-17",
            "BT-59",
            count(
                d.payees_not_distinct,
                "payee(s) (BG-10) without a name (BT-59), or with the seller's name or \
                 identifier: a payee is named and is not the seller",
            ),
        ),
        (
            "BR-49",
            "BT-81",
            count(
                d.payment_means_without_code,
                "payment instruction(s) (BG-16) without a payment means code (BT-81)",
            ),
        ),
        (
            "BR-52",
            "BT-122",
            count(
                d.documents_without_reference,
                "supporting document(s) (BG-24) without a reference (BT-122)",
            ),
        ),
        (
            "BR-53",
            "BT-111",
            once(
                d.tax_currency_without_total,
                "the VAT accounting currency (BT-6) is given without the total VAT amount in \
                 that currency (BT-111)",
            ),
        ),
        (
            "BR-CO-19",
            "BT-73",
            count(
                d.periods_without_dates,
                "invoicing period(s) (BG-14) without a start (BT-73) or end date (BT-74)",
            ),
        ),
        (
            "BR-CO-20",
            "BT-134",
            count(
                d.line_periods_without_dates,
                "line period(s) (BG-26) without a start (BT-134) or end date (BT-135)",
            ),
        ),
        (
            "BR-54",
            "BT-160",
            count(
                d.incomplete_item_attributes,
                "item attribute(s) (BG-32) without a name (BT-160) or a value (BT-161)",
            ),
        ),
        (
            "BR-55",
            "BT-25",
            count(
                d.references_without_number,
                "preceding invoice reference(s) (BG-3) without the invoice number (BT-25)",
            ),
        ),
        (
            "BR-61",
            "BT-84",
            once(
                d.transfers_without_account > 0,
                "a credit transfer (payment means 30 or 58) needs the payment account identifier (BT-84)",
            ),
        ),
        (
            "BR-50",
            "BT-84",
            once(
                d.accounts_with_blank_id > 0,
                "a credit transfer account (BG-17) has a blank payment account identifier (BT-84)",
            ),
        ),
        (
            "BR-62",
            "BT-34",
            once(
                d.seller_endpoint_without_scheme,
                "the seller's electronic address (BT-34) has no scheme",
            ),
        ),
        (
            "BR-63",
            "BT-49",
            once(
                d.buyer_endpoint_without_scheme,
                "the buyer's electronic address (BT-49) has no scheme",
            ),
        ),
        (
            "BR-64",
            "BT-157",
            once(
                d.item_ids_without_scheme > 0,
                "an item standard identifier (BT-157) has no scheme",
            ),
        ),
        (
            "BR-65",
            "BT-158",
            once(
                d.classifications_without_list > 0,
                "an item classification (BT-158) has no list identifier",
            ),
        ),
        (
            "BR-57",
            "BT-80",
            once(
                d.delivery_address_without_country,
                "the deliver-to address (BG-15) has no country code (BT-80)",
            ),
        ),
    ] {
        if let Some(message) = message {
            out.push(Finding::error(rule, field, message));
        }
    }
}

/// Values that contradict each other or their rule: BR-28, BR-29, BR-30, BR-CO-03.
fn contradictions(d: &Details, out: &mut Vec<Finding>) {
    for (rule, field, message) in [
        (
            "BR-28",
            "BT-148",
            count(
                d.negative_gross_prices,
                "line(s) with a negative item gross price (BT-148)",
            ),
        ),
        (
            "BR-29",
            "BT-74",
            count(
                d.periods_reversed,
                "invoicing period(s) (BG-14) ending (BT-74) before they start (BT-73)",
            ),
        ),
        (
            "BR-30",
            "BT-135",
            count(
                d.line_periods_reversed,
                "line period(s) (BG-26) ending (BT-135) before they start (BT-134)",
            ),
        ),
        (
            "BR-CO-03",
            "BT-8",
            once(
                d.tax_point_date_and_code,
                "the VAT point date (BT-7) and the VAT point date code (BT-8) are both given: \
                 give one",
            ),
        ),
    ] {
        if let Some(message) = message {
            out.push(Finding::error(rule, field, message));
        }
    }
}

/// BR-CL-*: the coded values outside their code list, once per rule, naming the first few.
fn code_lists(d: &Details, out: &mut Vec<Finding>) {
    const SHOWN: usize = 3;
    // (code, distinct values shown, how many values in all), in order of first appearance.
    let mut rules: Vec<(Code, Vec<&str>, usize)> = Vec::new();
    for (code, value) in &d.bad_codes {
        let i = match rules.iter().position(|(c, _, _)| c.rule() == code.rule()) {
            Some(i) => i,
            None => {
                rules.push((*code, Vec::new(), 0));
                rules.len() - 1
            }
        };
        let (_, shown, all) = &mut rules[i];
        *all += 1;
        if shown.len() < SHOWN && !shown.contains(&value.as_str()) {
            shown.push(value);
        }
    }
    for (code, shown, all) in rules {
        let quoted: Vec<String> = shown
            .iter()
            .map(|v| match v.trim() {
                "" => "(empty)".to_string(),
                _ => format!("'{v}'"),
            })
            .collect();
        let more = if all > shown.len() {
            format!(" ({all} values outside the list in all)")
        } else {
            String::new()
        };
        out.push(Finding::error(
            code.rule(),
            code.field(),
            format!("{}, not {}{more}", code.what(), quoted.join(", ")),
        ));
    }
}

/// The amount each BR-DEC rule checks.
fn decimal_field(rule: &str) -> (&'static str, &'static str) {
    match rule {
        "BR-DEC-01" => ("BT-92", "document allowance amount"),
        "BR-DEC-02" => ("BT-93", "document allowance base amount"),
        "BR-DEC-05" => ("BT-99", "document charge amount"),
        "BR-DEC-06" => ("BT-100", "document charge base amount"),
        "BR-DEC-09" => ("BT-106", "sum of line net amounts"),
        "BR-DEC-10" => ("BT-107", "sum of allowances"),
        "BR-DEC-11" => ("BT-108", "sum of charges"),
        "BR-DEC-12" => ("BT-109", "total without VAT"),
        "BR-DEC-13" => ("BT-110", "total VAT amount"),
        "BR-DEC-14" => ("BT-112", "total with VAT"),
        "BR-DEC-15" => ("BT-111", "total VAT amount in accounting currency"),
        "BR-DEC-16" => ("BT-113", "paid amount"),
        "BR-DEC-17" => ("BT-114", "rounding amount"),
        "BR-DEC-18" => ("BT-115", "amount due"),
        "BR-DEC-19" => ("BT-116", "VAT category taxable amount"),
        "BR-DEC-20" => ("BT-117", "VAT category tax amount"),
        "BR-DEC-23" => ("BT-131", "line net amount"),
        "BR-DEC-24" => ("BT-136", "line allowance amount"),
        "BR-DEC-25" => ("BT-137", "line allowance base amount"),
        "BR-DEC-27" => ("BT-141", "line charge amount"),
        _ => ("BT-142", "line charge base amount"),
    }
}

/// BR-DEC-*: amounts with more than two decimals, once per rule, naming the first few.
fn decimals(d: &Details, out: &mut Vec<Finding>) {
    let mut rules: Vec<(&str, Vec<String>)> = Vec::new();
    for (rule, amount) in &d.long_decimals {
        match rules.iter_mut().find(|(r, _)| r == rule) {
            Some((_, amounts)) => amounts.push(amount.clone()),
            None => rules.push((rule, vec![amount.clone()])),
        }
    }
    for (rule, amounts) in rules {
        let (field, what) = decimal_field(rule);
        out.push(Finding::error(
            rule,
            field,
            format!(
                "the {what} ({field}) has at most two decimals: {}",
                list(&amounts)
            ),
        ));
    }
}

/// A seller tax representative (BG-11) has its VAT identifier (BR-56) and, with an address,
/// its country (BR-20).
fn tax_representative(d: &Details, out: &mut Vec<Finding>) {
    let Some(p) = &d.tax_representative else {
        return;
    };
    if p.name.is_none() {
        out.push(Finding::error(
            "BR-18",
            "BT-62",
            "the seller tax representative (BG-11) has no name (BT-62)",
        ));
    }
    if !p.address {
        out.push(Finding::error(
            "BR-19",
            "BG-12",
            "the seller tax representative (BG-11) has no postal address (BG-12)",
        ));
    }
    if p.vat_ids.is_empty() {
        out.push(Finding::error(
            "BR-56",
            "BT-63",
            "the seller tax representative (BG-11) has no VAT identifier (BT-63)",
        ));
    }
    if p.address && p.country.is_none() {
        out.push(Finding::error(
            "BR-20",
            "BT-69",
            "the seller tax representative postal address (BG-12) has no country code (BT-69)",
        ));
    }
}

fn vat_id(vat: &str, field: &str, who: &str, siren: Option<&str>, out: &mut Vec<Finding>) {
    let compact: String = vat.chars().filter(|c| !c.is_whitespace()).collect();
    let b = compact.as_bytes();
    if b.len() < 3 || !b[..2].iter().all(u8::is_ascii_uppercase) {
        out.push(Finding::error(
            "BR-CO-09",
            field,
            format!("{who}: VAT identifier '{vat}' must start with a country code (FR, DE, EL…)"),
        ));
        return;
    }
    if !compact.starts_with("FR") {
        return;
    }
    match identifier::check_fr_vat(&compact) {
        Err(v) => out.push(Finding::error(
            &v.rule,
            field,
            format!("{who}: {}", v.message),
        )),
        Ok(()) => {
            if let Some(siren) = siren
                && b[2..4].iter().all(u8::is_ascii_digit)
                && &compact[4..] != siren
            {
                out.push(Finding::warning(
                    "vat_number_siren_mismatch",
                    field,
                    format!(
                        "{who}: VAT identifier '{vat}' is not the one of SIREN {siren} (FR{:02}{siren})",
                        identifier::fr_vat_key(siren).unwrap_or_default()
                    ),
                ));
            }
        }
    }
}

/// BR-CO-10, 11, 12, 13, 16 (not on MINIMUM), and the cent that chorus deposit
/// allows where BR-CO-17 allows one unit.
fn totals(f: &DocumentFields, d: &Details, level: Profile, out: &mut Vec<Finding>) {
    let nets: Vec<Decimal> = d.lines.iter().filter_map(|l| l.net_amount).collect();
    if let Some(total) = d.line_total
        && !d.lines.is_empty()
    {
        let s = sum(nets.iter().copied());
        if ne(total, s) {
            out.push(Finding::error(
                "BR-CO-10",
                "BT-106",
                format!(
                    "the sum of line net amounts (BT-106) is {total} but the lines add up to {}",
                    money(s)
                ),
            ));
        }
    }
    for (rule, field, total, items, what) in [
        (
            "BR-CO-11",
            "BT-107",
            d.allowance_total,
            &d.allowances,
            "allowances",
        ),
        ("BR-CO-12", "BT-108", d.charge_total, &d.charges, "charges"),
    ] {
        if total.is_none() && items.is_empty() {
            continue;
        }
        let s = sum(items.iter().filter_map(|a| a.amount));
        let total = total.unwrap_or_default();
        if ne(total, s) {
            out.push(Finding::error(
                rule,
                field,
                format!(
                    "the sum of document-level {what} ({field}) is {total} but they add up to {}",
                    money(s)
                ),
            ));
        }
    }
    if let (Some(lines), Some(basis)) = (d.line_total, f.total_excl_vat) {
        let expected = lines
            .saturating_sub(d.allowance_total.unwrap_or_default())
            .saturating_add(d.charge_total.unwrap_or_default());
        if ne(basis, expected) {
            out.push(Finding::error(
                "BR-CO-13",
                "BT-109",
                format!(
                    "the total without VAT (BT-109) is {basis} but BT-106 − BT-107 + BT-108 = {}",
                    money(expected)
                ),
            ));
        }
    }
    // MINIMUM cannot carry the prepaid amount (BT-113) that BR-CO-16 subtracts.
    if level > Profile::Minimum
        && let (Some(due), Some(total)) = (f.amount_due, f.total_incl_vat)
    {
        let prepaid = d.prepaid.unwrap_or_default();
        let rounding = d.rounding.unwrap_or_default();
        let expected = total.saturating_sub(prepaid).saturating_add(rounding);
        if ne(due, expected) {
            out.push(Finding::error(
                "BR-CO-16",
                "BT-115",
                format!(
                    "the amount due (BT-115) is {due} but total {total} − prepaid {prepaid} + rounding {rounding} = {}",
                    money(expected)
                ),
            ));
        }
    }
    // BR-CO-15: exactly one BT-110 in the document currency (CII also accepts a grand total
    // equal to the total without VAT).
    let untaxed = !d.ubl && f.total_incl_vat.is_some() && f.total_incl_vat == f.total_excl_vat;
    if let Some(n) = d.vat_totals_in_currency
        && n != 1
        && !untaxed
    {
        out.push(Finding::error(
            "BR-CO-15",
            "BT-110",
            format!(
                "the invoice gives {n} total VAT amounts (BT-110) in its currency: give exactly one"
            ),
        ));
    }
    for (total, sum) in &d.ubl_tax_totals {
        let expected = xpath_round(sum.saturating_mul(Decimal::ONE_HUNDRED)) / Decimal::ONE_HUNDRED;
        if *total != expected {
            out.push(Finding::error(
                "BR-CO-14",
                "BT-110",
                format!("the total VAT amount (BT-110) is {total} but its VAT breakdown sums to {expected}"),
            ));
        }
    }
    let cent = super::amounts::TOLERANCE;
    for (i, b) in d.breakdown.iter().enumerate() {
        let (Some(base), Some(amount)) = (b.base, b.amount) else {
            continue;
        };
        if !vat_amount_fits(base, b.rate, amount, d.ubl) {
            out.push(Finding::error(
                "BR-CO-17",
                "BT-117",
                format!(
                    "VAT breakdown {}: the VAT amount {amount} is not {base} × {}% within ±1",
                    i + 1,
                    b.rate.unwrap_or_default().normalize()
                ),
            ));
            continue;
        }
        let Some(rate) = b.rate else { continue };
        let expected = vat_amount(base, rate);
        let diff = amount.saturating_sub(expected).abs();
        if diff > cent {
            out.push(Finding::warning(
                "vat_line_amount_mismatch",
                "BT-117",
                format!(
                    "VAT breakdown {}: {base} × {}% = {expected}, not {amount}: within the ±1 \
                     that EN 16931 allows (BR-CO-17), but chorus deposit refuses more than a cent",
                    i + 1,
                    rate.normalize()
                ),
            ));
        }
    }
}

/// XPath's `round`: halves go up.
fn xpath_round(x: Decimal) -> Decimal {
    (x + Decimal::new(5, 1)).floor()
}

/// BR-CO-17 as the official schematron writes it: a rate rounding to 0 (or none) carries no
/// VAT; otherwise |amount| is within 1 of |base| × rate rounded to the cent (strictly in UBL).
fn vat_amount_fits(base: Decimal, rate: Option<Decimal>, amount: Decimal, strict: bool) -> bool {
    match rate {
        Some(r) if !xpath_round(r).is_zero() => within_one(base, r, amount, strict),
        _ => xpath_round(amount).is_zero(),
    }
}

/// |amount| within 1 of |base| × rate rounded to the cent (strictly in UBL): BR-CO-17, BR-S-09.
fn within_one(base: Decimal, rate: Decimal, amount: Decimal, strict: bool) -> bool {
    // |base| × (rate ÷ 100) × 100, rounded, ÷ 100.
    let expected = xpath_round(base.abs().saturating_mul(rate)) / Decimal::ONE_HUNDRED;
    let diff = amount.abs().saturating_sub(expected).abs();
    if strict {
        diff < Decimal::ONE
    } else {
        diff <= Decimal::ONE
    }
}

/// What a line, an allowance or a charge says about its VAT.
struct Taxed<'a> {
    what: String,
    category: Option<&'a str>,
    rate: Option<Decimal>,
    /// Signed contribution to its category's base.
    base: Option<Decimal>,
    /// The rule number of its kind: 05 lines, 06 allowances, 07 charges.
    number: &'static str,
    field: &'static str,
}

fn vat_categories(d: &Details, level: Profile, out: &mut Vec<Finding>) {
    let mut items: Vec<Taxed> = Vec::new();
    for (i, l) in d.lines.iter().enumerate() {
        items.push(Taxed {
            what: line_label(i, l),
            category: l.category.as_deref(),
            rate: l.rate,
            base: l.net_amount,
            number: "05",
            field: "BT-152",
        });
    }
    for (i, a) in d.allowances.iter().enumerate() {
        items.push(Taxed {
            what: format!("document allowance {}", i + 1),
            category: a.category.as_deref(),
            rate: a.rate,
            base: a.amount.map(|x| -x),
            number: "06",
            field: "BT-96",
        });
    }
    for (i, c) in d.charges.iter().enumerate() {
        items.push(Taxed {
            what: format!("document charge {}", i + 1),
            category: c.category.as_deref(),
            rate: c.rate,
            base: c.amount,
            number: "07",
            field: "BT-103",
        });
    }

    // Document allowances and charges say their amount (BR-31, BR-36), VAT category (BR-32,
    // BR-37) and reason (BR-33 and BR-CO-21, BR-38 and BR-CO-22).
    // Line allowances and charges: amount (BR-41, BR-43) and reason (BR-42 and BR-CO-23,
    // BR-44 and BR-CO-24), no VAT category of their own.
    for (list, [amount, category, reason, co], what) in [
        (
            &d.allowances,
            ["BR-31", "BR-32", "BR-33", "BR-CO-21"],
            "document allowance",
        ),
        (
            &d.charges,
            ["BR-36", "BR-37", "BR-38", "BR-CO-22"],
            "document charge",
        ),
        (
            &d.line_allowances,
            ["BR-41", "", "BR-42", "BR-CO-23"],
            "line allowance",
        ),
        (
            &d.line_charges,
            ["BR-43", "", "BR-44", "BR-CO-24"],
            "line charge",
        ),
    ] {
        let count = |f: fn(&AllowanceCharge) -> bool| list.iter().filter(|a| f(a)).count();
        let checks = [
            (amount, count(|a| a.amount.is_none()), "an amount"),
            (
                category,
                count(|a| a.category.is_none()),
                "a VAT category code",
            ),
            (reason, count(|a| !a.reason), "a reason or reason code"),
            (co, count(|a| !a.reason), "a reason or reason code"),
        ];
        let checks = checks.into_iter().filter(|(rule, _, _)| !rule.is_empty());
        for (rule, missing, needs) in checks {
            if missing > 0 {
                out.push(Finding::error(
                    rule,
                    "BG-20",
                    format!("{missing} {what}(s) without {needs}"),
                ));
            }
        }
    }
    // Rates of lines, allowances and charges (BR-S-05…07, BR-Z-05…, BR-O-05…).
    let mut per_line = PerLine { rules: Vec::new() };
    for t in &items {
        let Some(cat) = t.category else { continue };
        // Categories outside the code list are BR-CL-17/18 (code_lists).
        let Some(fam) = family(cat) else { continue };
        let rate = t.rate.map(|r| r.normalize().to_string());
        let broken = match cat {
            "S" => t.rate.is_none_or(|r| r <= Decimal::ZERO).then(|| {
                format!(
                    "category S needs a rate above 0 ({})",
                    rate.as_deref().unwrap_or("none")
                )
            }),
            "O" => t
                .rate
                .map(|_| "category O (not subject to VAT) has no rate".to_string()),
            "L" | "M" => t.rate.is_none_or(|r| r < Decimal::ZERO).then(|| {
                format!(
                    "category {cat} needs a rate of 0 or more ({})",
                    rate.as_deref().unwrap_or("none")
                )
            }),
            c if zero_rated(c) => t.rate.is_none_or(|r| !r.is_zero()).then(|| {
                format!(
                    "category {c} has a rate of 0 ({})",
                    rate.as_deref().unwrap_or("none")
                )
            }),
            _ => None,
        };
        if let Some(why) = broken {
            per_line.add(
                &format!("BR-{fam}-{}", t.number),
                t.field,
                &format!("VAT rate does not fit the category ({why})"),
                t.what.clone(),
            );
        }
    }
    per_line.flush(out);

    // The breakdown itself.
    let mut categories: Vec<&str> = Vec::new();
    for (i, b) in d.breakdown.iter().enumerate() {
        let n = i + 1;
        if b.base.is_none() {
            out.push(Finding::error(
                "BR-45",
                "BT-116",
                format!("VAT breakdown {n} has no taxable amount (BT-116)"),
            ));
        }
        if b.amount.is_none() {
            out.push(Finding::error(
                "BR-46",
                "BT-117",
                format!("VAT breakdown {n} has no VAT amount (BT-117)"),
            ));
        }
        let Some(cat) = b.category.as_deref() else {
            out.push(Finding::error(
                "BR-47",
                "BT-118",
                format!("VAT breakdown {n} has no VAT category (BT-118)"),
            ));
            continue;
        };
        categories.push(cat);
        let Some(fam) = family(cat) else {
            if cat == TRANSFERRED && b.rate.is_none() {
                out.push(Finding::error(
                    "BR-48",
                    "BT-119",
                    format!("VAT breakdown {n} (category {cat}) has no VAT rate (BT-119)"),
                ));
            }
            continue;
        };
        match (cat, b.rate) {
            // BR-O-05…07 forbid a rate on lines, allowances and charges; the breakdown may
            // state 0 (as the official examples do).
            ("O", Some(r)) if !r.is_zero() => out.push(Finding::error(
                "vat_breakdown_rate",
                "BT-119",
                format!(
                    "VAT breakdown {n}: category O (not subject to VAT) has no rate, not {}",
                    r.normalize()
                ),
            )),
            ("O", _) => {}
            (_, None) => out.push(Finding::error(
                "BR-48",
                "BT-119",
                format!("VAT breakdown {n} (category {cat}) has no VAT rate (BT-119)"),
            )),
            ("S", Some(r)) if r <= Decimal::ZERO => out.push(Finding::error(
                "vat_breakdown_rate",
                "BT-119",
                format!(
                    "VAT breakdown {n}: category S needs a rate above 0, not {}",
                    r.normalize()
                ),
            )),
            (c, Some(r)) if zero_rated(c) && !r.is_zero() => out.push(Finding::error(
                "vat_breakdown_rate",
                "BT-119",
                format!(
                    "VAT breakdown {n}: category {c} has a rate of 0, not {}",
                    r.normalize()
                ),
            )),
            _ => {}
        }
        if (zero_rated(cat) || cat == "O")
            && let Some(amount) = b.amount
            && !amount.is_zero()
        {
            out.push(Finding::error(
                &format!("BR-{fam}-09"),
                "BT-117",
                format!("VAT breakdown {n}: category {cat} carries no VAT, not {amount}"),
            ));
        }
        if by_rate(cat)
            && let (Some(base), Some(rate), Some(amount)) = (b.base, b.rate, b.amount)
            && !xpath_round(rate).is_zero()
            && !within_one(base, rate, amount, d.ubl)
        {
            out.push(Finding::error(
                &format!("BR-{fam}-09"),
                "BT-117",
                format!(
                    "VAT breakdown {n}: the VAT amount {amount} is not {base} × {}% within ±1",
                    rate.normalize()
                ),
            ));
        }
        let has_reason = b.exemption_reason.is_some() || b.exemption_code.is_some();
        if needs_exemption_reason(cat) && !has_reason {
            out.push(Finding::error(
                &format!("BR-{fam}-10"),
                "BT-120",
                format!(
                    "VAT breakdown {n}: category {cat} needs an exemption reason (BT-120) or code (BT-121)"
                ),
            ));
        } else if matches!(cat, "S" | "Z" | "L" | "M") && has_reason {
            out.push(Finding::error(
                &format!("BR-{fam}-10"),
                "BT-120",
                format!(
                    "VAT breakdown {n}: category {cat} must have no exemption reason (BT-120) \
                     nor code (BT-121)"
                ),
            ));
        }
    }
    // BR-O-12…14: with an O breakdown, every line (12), allowance (13) and charge (14) is O.
    if categories.contains(&"O") {
        let mut per_line = PerLine { rules: Vec::new() };
        for t in &items {
            if t.category.is_some_and(|c| c != "O") {
                let number = match t.number {
                    "05" => "12",
                    "06" => "13",
                    _ => "14",
                };
                per_line.add(
                    &format!("BR-O-{number}"),
                    t.field,
                    "with a VAT breakdown of category O (not subject to VAT), lines, allowances \
                     and charges are of category O too",
                    t.what.clone(),
                );
            }
        }
        per_line.flush(out);
    }
    // An intra-community supply says when and where the goods went.
    if categories.contains(&"K") {
        if !d.delivery_date_or_period {
            out.push(Finding::error(
                "BR-IC-11",
                "BT-72",
                "an intra-community supply (category K) needs the actual delivery date (BT-72) or the invoicing period (BG-14)",
            ));
        }
        if !d.deliver_to_country {
            out.push(Finding::error(
                "BR-IC-12",
                "BT-80",
                "an intra-community supply (category K) needs the deliver-to country code (BT-80)",
            ));
        }
    }
    if categories.contains(&"O") && categories.iter().any(|c| *c != "O") {
        out.push(Finding::error(
            "BR-O-11",
            "BG-23",
            "an invoice with a VAT breakdown of category O (not subject to VAT) has no other category",
        ));
    }

    // Every category used has its breakdown (BR-x-01); the seller of taxed lines has a VAT
    // identifier (BR-x-02); each breakdown's base is what its lines, allowances and charges add
    // up to (BR-x-08).
    let mut used: Vec<&str> = Vec::new();
    for t in &items {
        if let Some(c) = t.category
            && family(c).is_some()
            && !used.contains(&c)
        {
            used.push(c);
        }
    }
    for cat in &used {
        let fam = family(cat).unwrap_or_default();
        // Categories without a rate have exactly one breakdown (BR-Z-01, BR-E-01, BR-AE-01…).
        if !by_rate(cat) && categories.iter().filter(|c| *c == cat).count() > 1 {
            out.push(Finding::error(
                &format!("BR-{fam}-01"),
                "BG-23",
                format!("an invoice has exactly one VAT breakdown of category {cat}"),
            ));
        }
        if !categories.contains(cat) {
            out.push(Finding::error(
                &format!("BR-{fam}-01"),
                "BG-23",
                format!("lines, allowances or charges of category {cat} need a VAT breakdown of category {cat}"),
            ));
        }
    }
    vat_identifiers(d, &items, out);
    if level >= Profile::Basic && !d.lines.is_empty() {
        base_per_category(d, &items, out);
    }
}

/// BR-x-02…04: a line (02), document allowance (03) or charge (04) of a taxed category needs the
/// identifiers the official rules name for it; fatal, as in the official validator.
fn vat_identifiers(d: &Details, items: &[Taxed], out: &mut Vec<Finding>) {
    let seller_vat = !d.seller.vat_ids.is_empty() || d.tax_representative_vat.is_some();
    let seller_any = seller_vat || d.seller.tax_registration.is_some();
    let buyer_vat = !d.buyer.vat_ids.is_empty();
    let buyer_any = buyer_vat || d.buyer.legal_id.is_some();
    let mut reported: Vec<String> = Vec::new();
    for t in items {
        let Some(cat) = t.category else { continue };
        let Some(fam) = family(cat) else { continue };
        let (ok, needs) = match cat {
            "S" | "Z" | "E" | "L" | "M" => (
                seller_any,
                "the seller VAT identifier (BT-31), tax registration (BT-32) or tax \
                 representative VAT identifier (BT-63)",
            ),
            "AE" => (
                seller_any && buyer_any,
                "the seller VAT identifier (BT-31), tax registration (BT-32) or tax \
                 representative VAT identifier (BT-63), and the buyer VAT identifier (BT-48) or \
                 legal registration (BT-47)",
            ),
            "K" => (
                seller_vat && buyer_vat,
                "the seller VAT identifier (BT-31) or tax representative VAT identifier (BT-63), \
                 and the buyer VAT identifier (BT-48)",
            ),
            "G" => (
                seller_vat,
                "the seller VAT identifier (BT-31) or tax representative VAT identifier (BT-63)",
            ),
            // Not subject to VAT: the rule forbids the VAT identifiers instead.
            "O" => (
                !seller_vat && !buyer_vat,
                "no seller VAT identifier (BT-31), tax representative VAT identifier (BT-63) \
                 nor buyer VAT identifier (BT-48)",
            ),
            _ => continue,
        };
        let number = match t.number {
            "05" => "02",
            "06" => "03",
            _ => "04",
        };
        let rule = format!("BR-{fam}-{number}");
        if ok || reported.contains(&rule) {
            continue;
        }
        out.push(Finding::error(
            &rule,
            "BT-31",
            format!("{} is of category {cat}: the invoice needs {needs}", t.what),
        ));
        reported.push(rule);
    }
}

/// BR-S-08, BR-Z-08, BR-E-08…: each breakdown's base = Σ line nets + charges − allowances of
/// its category (and rate, for S, L and M).
fn base_per_category(d: &Details, items: &[Taxed], out: &mut Vec<Finding>) {
    // One pass over the breakdowns and one over the items, summing per (category, rate): a
    // document may declare thousands of breakdowns.
    let key = |cat, rate| (cat, if by_rate(cat) { rate } else { None });
    let mut order: Vec<(&str, Option<Decimal>)> = Vec::new();
    let mut sums: HashMap<(&str, Option<Decimal>), (Decimal, Decimal)> = HashMap::new();
    for b in &d.breakdown {
        let Some(cat) = b.category.as_deref().filter(|c| family(c).is_some()) else {
            continue;
        };
        let k = key(cat, b.rate);
        let (declared, _) = sums.entry(k).or_insert_with(|| {
            order.push(k);
            (Decimal::ZERO, Decimal::ZERO)
        });
        if let Some(base) = b.base {
            *declared = declared.saturating_add(base);
        }
    }
    for t in items {
        if let Some(cat) = t.category
            && let Some((_, computed)) = sums.get_mut(&key(cat, t.rate))
            && let Some(base) = t.base
        {
            *computed = computed.saturating_add(base);
        }
    }
    for (cat, rate) in order {
        let (declared, computed) = sums[&(cat, rate)];
        let fam = family(cat).unwrap_or_default();
        if ne(declared, computed) {
            let which = match rate {
                Some(r) => format!("category {cat} at {}%", r.normalize()),
                None => format!("category {cat}"),
            };
            out.push(Finding::error(
                &format!("BR-{fam}-08"),
                "BT-116",
                format!(
                    "the VAT breakdown of {which} has a taxable amount of {} but its lines, \
                     allowances and charges add up to {}",
                    money(declared),
                    money(computed)
                ),
            ));
        }
    }
}

fn line_label(i: usize, l: &LineDetails) -> String {
    match &l.id {
        Some(id) if *id != (i + 1).to_string() => format!("line {} ({id})", i + 1),
        _ => format!("line {}", i + 1),
    }
}

/// BR-21…BR-27 and BR-CO-04 on each line.
fn lines(d: &Details, out: &mut Vec<Finding>) {
    let mut per_line = PerLine { rules: Vec::new() };
    for (i, l) in d.lines.iter().enumerate() {
        let label = line_label(i, l);
        let checks: [(bool, &str, &'static str, &str); 7] = [
            (
                l.id.is_none(),
                "BR-21",
                "BT-126",
                "lines need an identifier (BT-126)",
            ),
            (
                l.quantity.is_none(),
                "BR-22",
                "BT-129",
                "lines need an invoiced quantity (BT-129)",
            ),
            (
                l.unit.is_none(),
                "BR-23",
                "BT-130",
                "lines need a unit of measure (BT-130)",
            ),
            (
                l.net_amount.is_none(),
                "BR-24",
                "BT-131",
                "lines need a net amount (BT-131)",
            ),
            (
                l.name.is_none(),
                "BR-25",
                "BT-153",
                "lines need an item name (BT-153)",
            ),
            (
                l.net_price.is_none(),
                "BR-26",
                "BT-146",
                "lines need a net price (BT-146)",
            ),
            (
                l.category.is_none(),
                "BR-CO-04",
                "BT-151",
                "lines need a VAT category (BT-151)",
            ),
        ];
        for (broken, rule, field, what) in checks {
            if broken {
                per_line.add(rule, field, what, label.clone());
            }
        }
        if let Some(p) = l.net_price
            && p < Decimal::ZERO
        {
            per_line.add(
                "BR-27",
                "BT-146",
                "the net price of an item is not negative",
                format!("{label} ({p})"),
            );
        }
    }
    per_line.flush(out);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_from_specification_identifiers() {
        let p = |s| Profile::of(s);
        assert_eq!(p("urn:factur-x.eu:1p0:minimum"), Some(Profile::Minimum));
        assert_eq!(p("urn:factur-x.eu:1p0:basicwl"), Some(Profile::BasicWl));
        assert_eq!(
            p("urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic"),
            Some(Profile::Basic)
        );
        assert_eq!(p("urn:cen.eu:en16931:2017"), Some(Profile::En16931));
        assert_eq!(
            p("urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"),
            Some(Profile::En16931)
        );
        assert_eq!(
            p("urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended"),
            Some(Profile::Extended)
        );
        assert_eq!(p("urn:example:other"), None);
        assert!(Profile::Minimum < Profile::BasicWl && Profile::Basic < Profile::En16931);
    }

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn rules(f: &DocumentFields, details: &Details) -> Vec<String> {
        check(f, details).into_iter().map(|f| f.rule).collect()
    }

    /// A consistent BASIC WL document: 100 at 20 %, no lines.
    fn basic_wl() -> (DocumentFields, Details) {
        let f = DocumentFields {
            profile: Some("urn:factur-x.eu:1p0:basicwl".into()),
            number: Some("F-1".into()),
            date: Some("2026-11-20".into()),
            invoice_type: Some(super::super::invoice::InvoiceType::Facture),
            currency: Some("EUR".into()),
            supplier_name: Some("S".into()),
            recipient_name: Some("B".into()),
            total_excl_vat: Some(d("100.00")),
            vat: Some(d("20.00")),
            total_incl_vat: Some(d("120.00")),
            amount_due: Some(d("120.00")),
            ..Default::default()
        };
        let party = PartyDetails {
            legal_id: Some(Identifier {
                value: "123456782".into(),
                scheme: Some("0002".into()),
            }),
            vat_ids: vec!["FR11123456782".into()],
            address: true,
            country: Some("FR".into()),
            ..Default::default()
        };
        let details = Details {
            type_code: Some("380".into()),
            seller: party.clone(),
            buyer: party,
            line_total: Some(d("100.00")),
            breakdown: vec![VatBreakdown {
                category: Some("S".into()),
                rate: Some(d("20")),
                base: Some(d("100.00")),
                amount: Some(d("20.00")),
                ..Default::default()
            }],
            ..Default::default()
        };
        (f, details)
    }

    #[test]
    fn a_consistent_document_passes() {
        let (f, details) = basic_wl();
        assert_eq!(rules(&f, &details), Vec::<String>::new());
    }

    #[test]
    fn totals_without_lines() {
        let (f, mut details) = basic_wl();
        details.allowance_total = Some(d("5.00"));
        details.charges.push(AllowanceCharge {
            amount: Some(d("2.00")),
            category: Some("S".into()),
            rate: Some(d("20")),
            reason: true,
        });
        details.prepaid = Some(d("20.00"));
        // BT-107 without allowances, a charge without BT-108, BT-109 ≠ BT-106 − BT-107,
        // BT-115 ≠ BT-112 − BT-113.
        assert_eq!(
            rules(&f, &details),
            ["BR-CO-11", "BR-CO-12", "BR-CO-13", "BR-CO-16"]
        );
    }

    #[test]
    fn vat_categories_and_lines() {
        let (mut f, mut details) = basic_wl();
        f.profile = Some("urn:cen.eu:en16931:2017".into());
        let line = |cat: &str, rate: Option<&str>, net: &str| LineDetails {
            id: Some("1".into()),
            name: Some("x".into()),
            quantity: Some(d("1")),
            unit: Some("C62".into()),
            net_amount: Some(d(net)),
            net_price: Some(d(net)),
            category: Some(cat.into()),
            rate: rate.map(d),
        };
        details.lines = vec![
            line("S", Some("20"), "100.00"),
            line("AE", Some("20"), "10.00"),
            line("O", Some("0"), "5.00"),
            line("K", Some("0"), "1.00"),
            LineDetails {
                net_price: Some(d("-1")),
                ..Default::default()
            },
        ];
        details.line_total = Some(d("116.00"));
        details.breakdown.push(VatBreakdown {
            category: Some("AE".into()),
            rate: Some(d("0")),
            base: Some(d("9.00")),
            amount: Some(d("0.00")),
            ..Default::default()
        });
        details.breakdown.push(VatBreakdown {
            category: Some("O".into()),
            rate: None,
            base: Some(d("5.00")),
            amount: Some(d("1.00")),
            exemption_reason: Some("Hors champ".into()),
            ..Default::default()
        });
        let r = rules(&f, &details);
        for expected in [
            "BR-AE-05", // line AE at 20 %
            "BR-O-05",  // line O with a rate
            "BR-AE-10", // AE breakdown without a reason
            "BR-O-09",  // O breakdown with VAT
            "BR-O-11",  // O with other categories
            "BR-IC-01", // K line without a K breakdown
            "BR-AE-08", // AE base 9 ≠ 10
            "BR-21", "BR-22", "BR-23", "BR-24", "BR-25", "BR-27", "BR-CO-04",
        ] {
            assert!(r.iter().any(|x| x == expected), "{expected} not in {r:?}");
        }
        assert!(!r.iter().any(|x| x == "BR-S-08"), "{r:?}");
        // The seller's VAT identifier: fatal per taxed category when it is missing.
        details.seller.vat_ids.clear();
        let found = check(&f, &details);
        let s02 = found.iter().find(|x| x.rule == "BR-S-02").expect("BR-S-02");
        assert_eq!(s02.severity, Severity::Error);
    }

    #[test]
    fn not_subject_to_vat_and_igic_breakdowns() {
        let (f, mut details) = basic_wl();
        // An O breakdown with an S line and an O charge; both parties have VAT identifiers.
        details.breakdown.push(VatBreakdown {
            category: Some("O".into()),
            base: Some(d("1.00")),
            amount: Some(Decimal::ZERO),
            exemption_reason: Some("not subject".into()),
            ..Default::default()
        });
        details.lines = vec![LineDetails {
            category: Some("S".into()),
            rate: Some(d("20")),
            net_amount: Some(d("100.00")),
            ..Default::default()
        }];
        details.charges = vec![AllowanceCharge {
            amount: Some(d("1.00")),
            category: Some("O".into()),
            rate: None,
            reason: true,
        }];
        let r = rules(&f, &details);
        for rule in ["BR-O-12", "BR-O-04", "BR-O-11"] {
            assert!(r.iter().any(|x| x == rule), "{rule}: {r:?}");
        }
        assert!(!r.iter().any(|x| x == "BR-O-14"), "{r:?}");
        // Without any VAT identifier, the O charge is fine.
        details.seller.vat_ids.clear();
        details.buyer.vat_ids.clear();
        let r = rules(&f, &details);
        assert!(!r.iter().any(|x| x == "BR-O-04"), "{r:?}");
        // IGIC (L) breakdowns give no exemption reason (BR-AF-10).
        let (f, mut details) = basic_wl();
        details.breakdown[0].category = Some("L".into());
        details.breakdown[0].exemption_reason = Some("why".into());
        let r = rules(&f, &details);
        assert!(r.iter().any(|x| x == "BR-AF-10"), "{r:?}");
    }

    #[test]
    fn br_co_15_one_vat_total_and_br_co_17_per_syntax() {
        let (f, mut details) = basic_wl();
        details.vat_totals_in_currency = Some(1);
        assert!(rules(&f, &details).is_empty());
        details.vat_totals_in_currency = Some(2);
        assert_eq!(rules(&f, &details), ["BR-CO-15"]);
        details.vat_totals_in_currency = Some(1);
        // Exactly 1.00 off: CII accepts it, UBL does not.
        details.breakdown[0].amount = Some(d("21.00"));
        let found = check(&f, &details);
        assert!(!found.iter().any(|x| x.rule == "BR-CO-17"), "{found:?}");
        details.ubl = true;
        assert!(rules(&f, &details).iter().any(|x| x == "BR-CO-17"));
        // More than 1 off in CII; halves round up as in XPath (−72.50 × 19 % → 13.78).
        details.ubl = false;
        details.breakdown[0].base = Some(d("-72.50"));
        details.breakdown[0].rate = Some(d("19"));
        details.breakdown[0].amount = Some(d("-12.77"));
        assert!(rules(&f, &details).iter().any(|x| x == "BR-CO-17"));
        details.breakdown[0].amount = Some(d("-12.78"));
        assert!(!rules(&f, &details).iter().any(|x| x == "BR-CO-17"));
        // No rate (or one rounding to 0): no VAT.
        details.breakdown[0].rate = None;
        assert!(rules(&f, &details).iter().any(|x| x == "BR-CO-17"));
    }

    #[test]
    fn breakdown_counts_igic_rates_and_br_s_09() {
        // Two E breakdowns: BR-E-01 wants exactly one.
        let (f, mut details) = basic_wl();
        details.lines = vec![LineDetails {
            category: Some("E".into()),
            rate: Some(Decimal::ZERO),
            net_amount: Some(d("100.00")),
            ..Default::default()
        }];
        let e = VatBreakdown {
            category: Some("E".into()),
            rate: Some(Decimal::ZERO),
            base: Some(d("50.00")),
            amount: Some(Decimal::ZERO),
            exemption_reason: Some("exempt".into()),
            ..Default::default()
        };
        details.breakdown = vec![e.clone(), e];
        assert!(rules(&f, &details).iter().any(|x| x == "BR-E-01"));
        // IGIC lines: a rate of 0 or more (BR-AF-05).
        details.lines[0].category = Some("L".into());
        details.lines[0].rate = Some(d("-10"));
        assert!(rules(&f, &details).iter().any(|x| x == "BR-AF-05"));
        details.lines[0].rate = Some(d("0"));
        assert!(!rules(&f, &details).iter().any(|x| x == "BR-AF-05"));
        // BR-S-09: the S amount is the base × rate, within ±1.
        let (f, mut details) = basic_wl();
        details.breakdown[0].amount = Some(d("21.01"));
        let r = rules(&f, &details);
        assert!(r.iter().any(|x| x == "BR-S-09"), "{r:?}");
        details.breakdown[0].amount = Some(d("20.99"));
        let r = rules(&f, &details);
        assert!(!r.iter().any(|x| x == "BR-S-09"), "{r:?}");
    }

    #[test]
    fn intra_community_supply_needs_delivery_date_and_country() {
        let (f, mut details) = basic_wl();
        details.breakdown[0].category = Some("K".into());
        let r = rules(&f, &details);
        assert!(r.iter().any(|x| x == "BR-IC-11"), "{r:?}");
        assert!(r.iter().any(|x| x == "BR-IC-12"), "{r:?}");
        details.delivery_date_or_period = true;
        details.deliver_to_country = true;
        let r = rules(&f, &details);
        assert!(
            !r.iter().any(|x| x == "BR-IC-11" || x == "BR-IC-12"),
            "{r:?}"
        );
    }

    #[test]
    fn ubl_br_co_14_per_tax_total() {
        let (f, mut details) = basic_wl();
        details.ubl_tax_totals = vec![(d("20.00"), d("20.004"))];
        assert!(rules(&f, &details).is_empty());
        details.ubl_tax_totals = vec![(d("300"), d("250"))];
        assert_eq!(rules(&f, &details), ["BR-CO-14"]);
    }

    #[test]
    fn document_allowances_and_charges_need_a_vat_category() {
        let (f, mut details) = basic_wl();
        details.allowances = vec![AllowanceCharge::default()];
        details.charges = vec![AllowanceCharge::default()];
        details.line_allowances = vec![AllowanceCharge::default()];
        details.line_charges = vec![AllowanceCharge::default()];
        let r = rules(&f, &details);
        for rule in [
            "BR-31", "BR-33", "BR-CO-21", "BR-36", "BR-38", "BR-CO-22", "BR-41", "BR-42",
            "BR-CO-23", "BR-43", "BR-44", "BR-CO-24",
        ] {
            assert!(r.iter().any(|x| x == rule), "{rule}: {r:?}");
        }
        assert!(
            r.iter().any(|x| x == "BR-32") && r.iter().any(|x| x == "BR-37"),
            "{r:?}"
        );
    }

    #[test]
    fn tax_representative_needs_vat_id_and_country() {
        let (f, mut details) = basic_wl();
        details.tax_representative = Some(PartyDetails::default());
        assert_eq!(rules(&f, &details), ["BR-18", "BR-19", "BR-56"]);
        details.tax_representative = Some(PartyDetails {
            address: true,
            ..Default::default()
        });
        assert_eq!(rules(&f, &details), ["BR-18", "BR-56", "BR-20"]);
        details.tax_representative = Some(PartyDetails {
            name: Some("Rep".into()),
            address: true,
            country: Some("FR".into()),
            vat_ids: vec!["FR11123456782".into()],
            ..Default::default()
        });
        assert!(rules(&f, &details).is_empty());
    }

    #[test]
    fn incomplete_groups_are_reported() {
        let (f, mut details) = basic_wl();
        details.incomplete_item_attributes = 1;
        details.references_without_number = 2;
        details.delivery_address_without_country = true;
        details.transfers_without_account = 1;
        details.accounts_with_blank_id = 1;
        details.seller_endpoint_without_scheme = true;
        details.buyer_endpoint_without_scheme = true;
        details.item_ids_without_scheme = 1;
        details.classifications_without_list = 1;
        assert_eq!(
            rules(&f, &details),
            [
                "BR-54", "BR-55", "BR-61", "BR-50", "BR-62", "BR-63", "BR-64", "BR-65", "BR-57"
            ]
        );
    }

    #[test]
    fn vat_identifiers_per_category_and_kind() {
        let (f, mut details) = basic_wl();
        let taxed = |cat: &str| AllowanceCharge {
            amount: Some(d("1.00")),
            category: Some(cat.into()),
            rate: Some(Decimal::ZERO),
            reason: true,
        };
        details.allowances = vec![taxed("AE"), taxed("K"), taxed("L")];
        details.charges = vec![taxed("G"), taxed("M")];
        // The seller has a VAT identifier, the buyer none: AE and K need the buyer's.
        details.buyer.vat_ids.clear();
        details.buyer.legal_id = None;
        let r = rules(&f, &details);
        assert!(r.iter().any(|x| x == "BR-AE-03"), "{r:?}");
        assert!(r.iter().any(|x| x == "BR-IC-03"), "{r:?}");
        assert!(
            !r.iter().any(|x| x == "BR-G-04" || x == "BR-AF-03"),
            "{r:?}"
        );
        // A buyer legal registration is enough for AE, not for K.
        details.buyer.legal_id = Some(Identifier {
            scheme: None,
            value: "123456782".into(),
        });
        let r = rules(&f, &details);
        assert!(!r.iter().any(|x| x == "BR-AE-03"), "{r:?}");
        assert!(r.iter().any(|x| x == "BR-IC-03"), "{r:?}");
        // Only a tax registration on the seller: enough for IGIC/IPSI (BR-AF/AG), not for G.
        details.seller.vat_ids.clear();
        details.seller.tax_registration = Some("12345".into());
        let r = rules(&f, &details);
        assert!(r.iter().any(|x| x == "BR-G-04"), "{r:?}");
        assert!(
            !r.iter().any(|x| x == "BR-AF-03" || x == "BR-AG-04"),
            "{r:?}"
        );
        details.seller.tax_registration = None;
        let r = rules(&f, &details);
        assert!(r.iter().any(|x| x == "BR-AF-03"), "{r:?}");
        assert!(r.iter().any(|x| x == "BR-AG-04"), "{r:?}");
    }

    #[test]
    fn identifiers() {
        let (f, mut details) = basic_wl();
        details.buyer.ids = vec![Identifier {
            value: "35600000049837".into(), // La Poste
            scheme: Some("0009".into()),
        }];
        details.buyer.legal_id = Some(Identifier {
            value: "98765432".into(),
            scheme: Some("0002".into()),
        });
        details.buyer.vat_ids = vec!["fr11123456782".into()];
        details.seller.vat_ids = vec!["FR 44 732 829 320".into()];
        let found = check(&f, &details);
        let got: Vec<(&str, Option<&str>)> = found
            .iter()
            .map(|x| (x.rule.as_str(), x.field.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("vat_number_siren_mismatch", Some("BT-31")),
                ("siren_format", Some("BT-47")),
                ("BR-CO-09", Some("BT-48")),
            ]
        );
    }

    #[test]
    fn legal_ids_without_scheme_are_french_only_for_french_parties() {
        let (f, mut details) = basic_wl();
        // A Norwegian company number is 9 digits too.
        details.buyer.legal_id = Some(Identifier {
            value: "987654321".into(),
            scheme: None,
        });
        details.buyer.vat_ids = vec!["NO987654321MVA".into()];
        details.buyer.country = Some("NO".into());
        assert_eq!(rules(&f, &details), Vec::<String>::new());
        // The same number for a French party is a SIREN with a wrong check digit.
        details.buyer.country = Some("FR".into());
        assert_eq!(rules(&f, &details), ["siren_check_digit"]);
        // A French scheme is checked whatever the country.
        details.buyer.country = Some("NO".into());
        details.buyer.legal_id.as_mut().unwrap().scheme = Some("0002".into());
        assert_eq!(rules(&f, &details), ["siren_check_digit"]);
    }

    #[test]
    fn category_o_breakdown_at_rate_zero_and_category_b() {
        let (f, mut details) = basic_wl();
        let b = &mut details.breakdown[0];
        b.category = Some("O".into());
        b.rate = Some(d("0"));
        b.amount = Some(d("0.00"));
        b.exemption_reason = Some("Not subject to VAT".into());
        let mut f = f;
        f.vat = Some(d("0.00"));
        f.total_incl_vat = Some(d("100.00"));
        f.amount_due = Some(d("100.00"));
        details.seller.vat_ids.clear();
        details.buyer.vat_ids.clear();
        assert_eq!(rules(&f, &details), Vec::<String>::new());
        details.breakdown[0].rate = Some(d("5"));
        // 100 × 5 % is not 0.00 either (BR-CO-17).
        assert_eq!(rules(&f, &details), ["BR-CO-17", "vat_breakdown_rate"]);
        // B (transferred VAT, Italian split payment) is in the EN 16931 code list.
        let (f, mut details) = basic_wl();
        details.breakdown[0].category = Some("B".into());
        assert_eq!(rules(&f, &details), Vec::<String>::new());
        // A category outside the code list is BR-CL-17/18, from where the reader found it.
        details.breakdown[0].category = Some("X".into());
        assert_eq!(rules(&f, &details), Vec::<String>::new());
        details.bad_codes.push((Code::TaxCategory, "X".into()));
        assert_eq!(rules(&f, &details), ["BR-CL-17"]);
    }

    #[test]
    fn codes_outside_their_lists_once_per_rule() {
        let (f, mut details) = basic_wl();
        for (code, value) in [
            (Code::UblCountry, "XY"),
            (Code::Unit, "2D"),
            (Code::UblOriginCountry, "HC"),
            (Code::UblCountry, "XY"),
            (Code::UblCountry, "AB"),
            (Code::UblCountry, "ZZ"),
            (Code::UblCountry, "YY"),
            (Code::AmountCurrency, ""),
        ] {
            details.bad_codes.push((code, value.to_string()));
        }
        let found = check(&f, &details);
        let rules: Vec<&str> = found.iter().map(|f| f.rule.as_str()).collect();
        assert_eq!(rules, ["BR-CL-14", "BR-CL-23", "BR-CL-15", "BR-CL-03"]);
        assert_eq!(
            found[0].message,
            "country codes are ISO 3166-1 alpha-2 codes, not 'XY', 'AB', 'ZZ' \
             (5 values outside the list in all)"
        );
        assert_eq!(found[0].field.as_deref(), Some("BT-40"));
        assert!(
            found[3].message.ends_with("not (empty)"),
            "{}",
            found[3].message
        );
    }

    #[test]
    fn groups_and_values_that_break_their_rules() {
        let (f, details) = basic_wl();
        let broken = |set: fn(&mut Details)| {
            let mut d = details.clone();
            set(&mut d);
            rules(&f, &d)
        };
        assert_eq!(broken(|d| d.payees_not_distinct = 1), ["BR-17"]);
        assert_eq!(broken(|d| d.payment_means_without_code = 2), ["BR-49"]);
        assert_eq!(broken(|d| d.documents_without_reference = 1), ["BR-52"]);
        assert_eq!(broken(|d| d.tax_currency_without_total = true), ["BR-53"]);
        assert_eq!(broken(|d| d.periods_without_dates = 1), ["BR-CO-19"]);
        assert_eq!(broken(|d| d.line_periods_without_dates = 1), ["BR-CO-20"]);
        assert_eq!(broken(|d| d.negative_gross_prices = 1), ["BR-28"]);
        assert_eq!(broken(|d| d.periods_reversed = 1), ["BR-29"]);
        assert_eq!(broken(|d| d.line_periods_reversed = 3), ["BR-30"]);
        assert_eq!(broken(|d| d.tax_point_date_and_code = true), ["BR-CO-03"]);
        assert_eq!(broken(|_| {}), Vec::<String>::new());
    }

    #[test]
    fn amounts_with_more_than_two_decimals_once_per_rule() {
        let (f, mut details) = basic_wl();
        for (rule, amount) in [
            ("BR-DEC-23", "1.125"),
            ("BR-DEC-12", "100.001"),
            ("BR-DEC-23", "2.0000"),
        ] {
            details.long_decimals.push((rule, amount.to_string()));
        }
        let found = check(&f, &details);
        let rules: Vec<&str> = found.iter().map(|f| f.rule.as_str()).collect();
        assert_eq!(rules, ["BR-DEC-23", "BR-DEC-12"]);
        assert_eq!(
            found[0].message,
            "the line net amount (BT-131) has at most two decimals: 1.125, 2.0000"
        );
        assert_eq!(found[1].field.as_deref(), Some("BT-109"));
    }

    #[test]
    fn br_s_10_says_the_reason_is_not_allowed() {
        let (f, mut details) = basic_wl();
        details.breakdown[0].exemption_reason = Some("Exonération".into());
        let found = check(&f, &details);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].rule, "BR-S-10");
        assert!(
            found[0].message.contains("must have no exemption reason"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn br_co_16_is_not_checked_on_minimum() {
        let (mut f, mut details) = basic_wl();
        // 20 already paid, as a MINIMUM document cannot say (no BT-113).
        f.amount_due = Some(d("100.00"));
        assert_eq!(rules(&f, &details), ["BR-CO-16"]);
        f.profile = Some("urn:factur-x.eu:1p0:minimum".into());
        details.breakdown.clear();
        assert!(!rules(&f, &details).iter().any(|r| r == "BR-CO-16"));
    }

    #[test]
    fn br_co_13_with_lines() {
        let (mut f, mut details) = basic_wl();
        f.profile = Some("urn:cen.eu:en16931:2017".into());
        details.lines = vec![LineDetails {
            id: Some("1".into()),
            name: Some("x".into()),
            quantity: Some(d("1")),
            unit: Some("C62".into()),
            net_amount: Some(d("100.00")),
            net_price: Some(d("100.00")),
            category: Some("S".into()),
            rate: Some(d("20")),
        }];
        assert_eq!(rules(&f, &details), Vec::<String>::new());
        // BT-106 wrong: BR-CO-10, and BT-109 = BT-106 no longer holds either.
        details.line_total = Some(d("90.00"));
        assert_eq!(rules(&f, &details), ["BR-CO-10", "BR-CO-13"]);
    }

    #[test]
    fn rule_sets_by_id() {
        assert_eq!(RuleSet::of("BR-CO-15"), RuleSet::En16931);
        assert_eq!(RuleSet::of("BR-AF-08"), RuleSet::En16931);
        assert_eq!(RuleSet::of("BR-FR-05_BT-22_PMT"), RuleSet::FrCtc);
        assert_eq!(RuleSet::of("BR-FR-CO-12_BT-5"), RuleSet::FrCtc);
        assert_eq!(RuleSet::of("siret_check_digit"), RuleSet::Chorus);
        assert_eq!(RuleSet::of("profile_unknown"), RuleSet::En16931);
        // A deposit code reported under its official id is EN 16931's; without one, Chorus's.
        let v = |rule: &str| Violation {
            rule: rule.into(),
            message: String::new(),
        };
        assert_eq!(
            finding(v("total_incl_vat_mismatch"), Severity::Error).set,
            Some(RuleSet::En16931)
        );
        assert_eq!(
            finding(v("number_format"), Severity::Error).set,
            Some(RuleSet::Chorus)
        );
        assert_eq!(Finding::unreadable("pdf_damaged", "").set, None);
    }

    #[test]
    fn deposit_codes_map_to_official_ids() {
        let v = |rule: &str| Violation {
            rule: rule.into(),
            message: "m".into(),
        };
        let f = finding(v("total_incl_vat_mismatch"), Severity::Error);
        assert_eq!(
            (f.rule.as_str(), f.field.as_deref()),
            ("BR-CO-15", Some("BT-112"))
        );
        let f = finding(v("number_format"), Severity::Error);
        assert_eq!(
            (f.rule.as_str(), f.field.as_deref()),
            ("number_format", Some("BT-1"))
        );
        let f = finding(v("something_else"), Severity::Warning);
        assert_eq!((f.rule.as_str(), f.field), ("something_else", None));
        // Every code appears once.
        let mut codes: Vec<&str> = RULE_IDS.iter().map(|(c, _, _)| *c).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), RULE_IDS.len());
    }
}
