//! `chorus invoice create --from FILE.json`: the portal's « saisie ». chorus computes the VAT
//! breakdown and totals from the lines, applies the deposit rules, and generates the invoice
//! PDF with its own Factur-X (CII, EN 16931) XML embedded.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::deposit::{Analysis, Deposited, store_invoice};
use super::rules::{self, Draft};
use super::{reload, rights};
use crate::domain::amounts;
use crate::domain::invoice::{
    Amounts, BILLING_MODES, DepositMode, Framework, InvoiceContent, InvoiceType, Line, Note, Party,
    PaymentMode, VatRegime,
};
use crate::domain::{AccessMode, IdentifierType, identifier};
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
    /// The party's name, for `invoice render` (no directory to look it up); `invoice create`
    /// takes the directory's.
    #[serde(default)]
    pub name: Option<String>,
    /// The postal address, for `invoice render`; `invoice create` takes the directory's.
    #[serde(default)]
    pub address: Option<AddressInput>,
    /// The VAT number (BT-31/BT-48), for `invoice render`; without it, a SIRET gives the
    /// French one, as `invoice create` does.
    #[serde(default)]
    pub vat_number: Option<String>,
    /// The electronic address in the French directory (BT-34/BT-49, scheme 0225); a SIRET's
    /// SIREN by default.
    #[serde(default)]
    pub electronic_address: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddressInput {
    pub line: String,
    pub postcode: String,
    pub city: String,
    /// ISO 3166 alpha-2 (FR, DE…).
    pub country: String,
}

/// The identifier without its `SIRET:` prefix; whether it is a SIRET (14 digits).
fn siret(identifier: &str) -> (&str, bool) {
    let id = identifier.trim();
    let id = id.strip_prefix("SIRET:").unwrap_or(id);
    (id, id.len() == 14 && id.bytes().all(|b| b.is_ascii_digit()))
}

impl PartyInput {
    /// The party as the document names it, from the JSON alone (`invoice render`). A party
    /// without a name or a complete address (the country an ISO code) is refused: the PDF and
    /// its XML must name who sells and who buys (EN 16931 BR-6/BR-7, BR-8/BR-9, BR-10/BR-11).
    fn party(&self, who: &str, out: &mut Vec<crate::error::Violation>) -> Party {
        let (identifier, is_siret) = siret(&self.identifier);
        let name = self.name.as_deref().map(str::trim).unwrap_or_default();
        if name.is_empty() {
            out.push(rules::v(
                &format!("{who}_name_required"),
                format!("the {who} needs a name to render the invoice: give {who}.name in the JSON (invoice create takes it from the directory)"),
            ));
        }
        let address = self.address.clone().unwrap_or_default();
        let complete = [&address.line, &address.postcode, &address.city]
            .iter()
            .all(|f| !f.trim().is_empty());
        let country = address.country.trim().to_ascii_uppercase();
        if !complete || country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
            out.push(rules::v(
                &format!("{who}_address_required"),
                format!("the {who} needs a complete address to render the invoice: give {who}.address with line, postcode, city and country (ISO code: FR) in the JSON"),
            ));
        }
        let vat_number = match self.vat_number.as_deref().map(str::trim) {
            Some(n) if !n.is_empty() => Some(n.to_string()),
            _ if is_siret => crate::domain::identifier::fr_vat_number(identifier),
            _ => None,
        };
        Party {
            identifier: identifier.to_string(),
            name: name.to_string(),
            service_code: self.service_code.clone(),
            vat_number,
            address: Some(address.line.trim().to_string()),
            postcode: Some(address.postcode.trim().to_string()),
            city: Some(address.city.trim().to_string()),
            country: Some(country),
            electronic_address: self.electronic_address.clone(),
        }
    }
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

/// The lines an entry may have. Real invoices have a few hundred at most; the bound keeps the
/// entry's memory (on a server too) and its generated PDF small. Refused while reading, before
/// the next line is even parsed.
pub const MAX_ENTRY_LINES: usize = 10_000;

fn bounded_lines<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<LineInput>, D::Error> {
    struct Bounded;
    impl<'de> serde::de::Visitor<'de> for Bounded {
        type Value = Vec<LineInput>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "a list of at most {MAX_ENTRY_LINES} invoice lines")
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(
            self,
            mut seq: A,
        ) -> Result<Self::Value, A::Error> {
            let mut lines = Vec::new();
            while let Some(line) = seq.next_element()? {
                if lines.len() == MAX_ENTRY_LINES {
                    return Err(serde::de::Error::custom(format!(
                        "an entry has at most {MAX_ENTRY_LINES} lines: split it into several invoices"
                    )));
                }
                lines.push(line);
            }
            Ok(lines)
        }
    }
    d.deserialize_seq(Bounded)
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
    /// The date of the invoice a credit note corrects (BT-26), `YYYY-MM-DD`.
    #[serde(default)]
    pub original_date: Option<String>,
    /// When payment is due (BT-9), `YYYY-MM-DD`; an invoice already paid (cadre A2, billing
    /// mode B2/S2/M2) gives its payment date.
    #[serde(default)]
    pub due_date: Option<String>,
    #[serde(default)]
    pub vat_regime: Option<VatRegime>,
    #[serde(default)]
    pub payment_mode: Option<PaymentMode>,
    #[serde(deserialize_with = "bounded_lines")]
    pub lines: Vec<LineInput>,
    /// Optional: when given, they must match what chorus computes from the lines.
    #[serde(default)]
    pub totals: Option<Amounts>,
    #[serde(default)]
    pub comment: Option<String>,
    /// Notes with their UNTDID 4451 subject code (BG-1): the French mentions PMT, PMD and AAB
    /// get a default text when not given.
    #[serde(default)]
    pub notes: Vec<Note>,
    /// The French billing mode (BT-23: B1, S1, M1…); M1 by default (M2 under cadre A2).
    #[serde(default)]
    pub billing_mode: Option<String>,
    /// The supplier's account that a credit transfer pays (BT-84), spaces allowed.
    #[serde(default)]
    pub iban: Option<String>,
    /// An invoice not in euros: its VAT total in euros (BT-111), as French invoices state it.
    #[serde(default)]
    pub vat_total_eur: Option<Decimal>,
}

impl InvoiceInput {
    /// An entry needs at least one line (EN 16931 BR-16), lines that name their item (BR-25)
    /// with a unit price that is not negative (BR-27), and VAT rates that are percentages in
    /// force where the supplier is (`french`: it has a SIRET).
    pub fn check_lines(&self, french: bool) -> Vec<crate::error::Violation> {
        if self.lines.is_empty() {
            return vec![rules::v(
                "lines_required",
                "an entered invoice needs at least one line",
            )];
        }
        let rates: Vec<Decimal> = self.lines.iter().map(|l| l.vat_rate).collect();
        let mut out = amounts::check_entry_rates(&rates, french);
        let lines_where = |broken: fn(&LineInput) -> bool| -> Vec<String> {
            (self.lines.iter().enumerate())
                .filter(|(_, l)| broken(l))
                .map(|(i, _)| (i + 1).to_string())
                .collect()
        };
        let unnamed = lines_where(|l| l.description.trim().is_empty());
        if !unnamed.is_empty() {
            out.push(rules::v(
                "line_description_required",
                format!(
                    "every line needs a description (EN 16931 BR-25): line(s) {}",
                    unnamed.join(", ")
                ),
            ));
        }
        if let Some(Err(v)) = self.iban.as_deref().map(identifier::check_iban) {
            out.push(v);
        }
        if let Some(mode) = &self.billing_mode
            && !BILLING_MODES.contains(&mode.trim())
        {
            out.push(rules::v(
                "billing_mode_unknown",
                format!(
                    "billing_mode {} is not a billing mode of the French reform (BT-23): {}",
                    mode.trim(),
                    BILLING_MODES.join(", ")
                ),
            ));
        }
        let negative = lines_where(|l| l.unit_price.is_sign_negative() && !l.unit_price.is_zero());
        if !negative.is_empty() {
            out.push(rules::v(
                "line_unit_price_negative",
                format!(
                    "a unit price is not negative (EN 16931 BR-27): line(s) {}; a deduction is a negative quantity",
                    negative.join(", ")
                ),
            ));
        }
        out
    }

    /// What the JSON says beyond the draft: notes, billing mode, electronic addresses, the
    /// bank account.
    pub fn fill_document(&self, content: &mut InvoiceContent) {
        content.notes = self.notes.clone();
        content.payee_iban = self
            .iban
            .as_deref()
            .and_then(|i| identifier::check_iban(i).ok());
        content.vat_total_eur = self.vat_total_eur;
        content.original_date = self.original_date.as_deref().map(|d| d.trim().to_string());
        content.due_date = self.due_date.as_deref().map(|d| d.trim().to_string());
        content.billing_mode = self.billing_mode.as_deref().map(|m| m.trim().to_string());
        for (party, input) in [
            (&mut content.supplier, &self.supplier),
            (&mut content.recipient, &self.recipient),
        ] {
            if input.electronic_address.is_some() {
                party.electronic_address = input.electronic_address.clone();
            }
        }
    }

    /// Whether the supplier is named by a SIRET (`SIRET:` or 14 digits), for a check without
    /// the store (`invoice validate`); `invoice create` asks the store.
    pub fn supplier_has_siret(&self) -> bool {
        siret(&self.supplier.identifier).1
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
            rounding: None,
            lines,
            vat_lines,
            comment: i.comment.clone(),
        }
    }
}

/// What entry makes, deposit must take: the same 10 MB limit for the generated PDF.
fn check_pdf_size(pdf: &[u8]) -> Result<()> {
    if pdf.len() <= pdf::MAX_PDF_BYTES {
        return Ok(());
    }
    Err(Error::invalid(
        "pdf_too_large",
        format!(
            "the invoice PDF would be {:.1} MB, over the {} MB limit of a deposited invoice",
            pdf.len() as f64 / 1_048_576.0,
            pdf::MAX_PDF_BYTES / 1_048_576
        ),
    )
    .hint("split it into several invoices, or shorten the line descriptions; nothing was stored"))
}

/// The invoice PDF with its Factur-X XML embedded: the one generation of create and render.
fn generate(content: &InvoiceContent) -> Result<Vec<u8>> {
    let xml = facturx::write_cii(content)?;
    let pdf = pdf::generate::invoice_pdf(content, xml.as_bytes())?;
    check_pdf_size(&pdf)?;
    Ok(pdf)
}

/// An invoice `invoice render` made: what it says and its PDF.
pub struct Rendered {
    pub content: InvoiceContent,
    pub pdf: Vec<u8>,
}

/// What `invoice render` writes for the JSON, the parties from the JSON alone; refused (the
/// broken rules) when a party has no name or no complete address.
pub fn content_from_json(
    input: &InvoiceInput,
) -> std::result::Result<InvoiceContent, Vec<crate::error::Violation>> {
    let mut violations = Vec::new();
    let supplier = input.supplier.party("supplier", &mut violations);
    let recipient = input.recipient.party("recipient", &mut violations);
    if !violations.is_empty() {
        return Err(violations);
    }
    let draft = input.draft();
    let amounts = draft.amounts.clone().unwrap_or_default();
    let mut content = rules::content_of(&draft, amounts, supplier, recipient);
    input.fill_document(&mut content);
    Ok(content)
}

/// `invoice render`: the entry's checks that need no store (the lines, the header, the
/// content: the same functions `invoice create` runs), the parties from the JSON, the same
/// generation; then the PDF goes through `invoice validate`'s checks, so that render never
/// writes a file validate would refuse (identifiers' check digits, the EN 16931 rules).
/// Nothing is routed: the directory's rules (recipient active, service required…) apply when
/// the PDF is deposited.
pub fn render(input: &InvoiceInput, now: &str) -> Result<Rendered> {
    let mut violations = input.check_lines(input.supplier_has_siret());
    let draft = input.draft();
    rules::check_header(&draft, now, &mut violations);
    rules::check_content(&draft, amounts::TOLERANCE, &mut violations);
    let content = match content_from_json(input) {
        Ok(content) if violations.is_empty() => content,
        Ok(_) => return Err(Error::violations(violations).hint("no file was written")),
        Err(parties) => {
            violations.extend(parties);
            return Err(Error::violations(violations).hint("no file was written"));
        }
    };
    let pdf = generate(&content)?;
    let mut report = crate::ops::invoice::validate::check_file(
        "render.pdf",
        &pdf,
        now,
        &crate::domain::en16931::RuleSet::ALL,
    )
    .report;
    report.settle(false);
    if !report.valid {
        let found = (report.violations.into_iter())
            .filter(|f| f.severity == crate::domain::en16931::Severity::Error)
            .map(|f| rules::v(&f.rule, f.message))
            .collect();
        return Err(Error::violations(found)
            .hint("invoice validate would refuse this invoice; no file was written"));
    }
    Ok(Rendered { content, pdf })
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
        let mut violations =
            i.check_lines(supplier.structure.identifier_type == IdentifierType::Siret);
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
        let mut content = rules::content(
            &supplier,
            &draft,
            amounts,
            &rules::party(recipient, draft.recipient_service.as_deref()),
        );
        i.fill_document(&mut content);
        let pdf = generate(&content)?;
        let analysis = Analysis {
            source: "entry".into(),
            profile: Some("urn:cen.eu:en16931:2017".into()),
            xml_filename: Some("factur-x.xml".into()),
            pages: 0,
            fields_from_document: Vec::new(),
            warnings: Vec::new(),
            judged: None,
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

#[cfg(test)]
mod tests {
    //! The property: every entry `invoice create` accepts makes a PDF that `invoice validate`
    //! finds valid. Random entries (a small deterministic generator), absurd values included.

    use super::*;
    use crate::domain::{Address, Structure, StructureStatus, StructureType};
    use crate::ops::invoice::validate::check_file;
    use crate::store::structures::StructureRow;

    const NOW: &str = "2026-11-23T10:00:00Z";

    /// The address of both parties, in the directory and in the JSON.
    static ADDRESS: std::sync::LazyLock<AddressInput> = std::sync::LazyLock::new(|| AddressInput {
        line: "12 avenue des Alpes".into(),
        postcode: "73000".into(),
        city: "Chambéry".into(),
        country: "FR".into(),
    });

    /// xorshift64*: enough randomness for test data, the same on every run.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
        fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
            items[(self.next() % items.len() as u64) as usize]
        }
        fn decimal(&mut self, items: &[&str]) -> Decimal {
            self.pick(items).parse().unwrap()
        }
    }

    fn structure(identifier: &str, name: &str, structure_type: StructureType) -> StructureRow {
        StructureRow {
            id: 1,
            structure: Structure {
                identifier: identifier.into(),
                identifier_type: IdentifierType::Siret,
                name: name.into(),
                label: None,
                structure_type,
                status: StructureStatus::Actif,
                address: Address {
                    line: "12 avenue des Alpes".into(),
                    postcode: "73000".into(),
                    city: "Chambéry".into(),
                    country: "FR".into(),
                },
                service_required: false,
                engagement_required: false,
                service_or_engagement_required: false,
                payment_status_not_reported: false,
                created_at: NOW.into(),
                updated_at: NOW.into(),
            },
        }
    }

    fn random_entry(rng: &mut Rng) -> InvoiceInput {
        let lines = (0..rng.next() % 5)
            .map(|_| LineInput {
                description: rng
                    .pick(&["Repas", "Livraison « froide »", " ", "x"])
                    .into(),
                quantity: rng.decimal(&["1", "3", "420", "0.5", "2.125", "-1", "0", "1e9"]),
                unit: match rng.pick(&["", "C62", "HUR", "KGM"]) {
                    "" => None,
                    u => Some(u.into()),
                },
                unit_price: rng.decimal(&[
                    "3.85",
                    "45.00",
                    "0.01",
                    "1234567.89",
                    "-10",
                    "0.333",
                    "99999999999",
                ]),
                vat_rate: rng.decimal(&[
                    "20", "10", "5.5", "2.1", "0", "8.5", "13", "0.9", "1.75", "1.05", "20.00",
                    "-5", "1000000", "19", "7", "100", "99.99",
                ]),
            })
            .collect();
        let avoir = rng.next().is_multiple_of(4);
        let currency = rng.pick(&["EUR", "EUR", "USD"]);
        InvoiceInput {
            supplier: PartyInput {
                identifier: "73282932000074".into(),
                name: Some("Les Délices".into()),
                address: Some(ADDRESS.clone()),
                ..Default::default()
            },
            recipient: PartyInput {
                identifier: "21730065600014".into(),
                name: Some("Chambéry".into()),
                address: Some(ADDRESS.clone()),
                ..Default::default()
            },
            number: "F-2026-0042".into(),
            date: "2026-11-20".into(),
            invoice_type: Some(if avoir {
                InvoiceType::Avoir
            } else {
                InvoiceType::Facture
            }),
            currency: Some(currency.into()),
            framework: Some(Framework::A1),
            validator: None,
            engagement_number: None,
            market_number: None,
            original_number: avoir.then(|| "F-2026-0001".into()),
            original_date: avoir.then(|| "2026-10-02".into()),
            due_date: None,
            vat_regime: match rng.next() % 5 {
                0 => Some(VatRegime::TvaSurDebit),
                1 => Some(VatRegime::TvaSurEncaissement),
                2 => Some(VatRegime::Exoneration),
                3 => Some(VatRegime::SansTva),
                _ => None,
            },
            payment_mode: (!avoir && rng.next().is_multiple_of(2)).then_some(PaymentMode::Virement),
            lines,
            totals: None,
            comment: None,
            notes: Vec::new(),
            billing_mode: None,
            iban: None,
            // A French invoice in dollars states its VAT in euros too (BR-FR-CO-12).
            vat_total_eur: (currency != "EUR").then(|| Decimal::new(4217, 2)),
        }
    }

    #[test]
    fn render_needs_the_parties_names_and_addresses() {
        let mut input = random_entry(&mut Rng(11));
        input.supplier.name = None;
        input.recipient.address.as_mut().unwrap().country = "France".into();
        let err = render(&input, NOW).err().expect("refused");
        let rules: Vec<&str> = err.details.iter().map(|v| v.rule.as_str()).collect();
        assert_eq!(err.exit_code(), 3);
        assert!(rules.contains(&"supplier_name_required"), "{rules:?}");
        assert!(rules.contains(&"recipient_address_required"), "{rules:?}");
    }

    /// What `invoice create` checks without the store (routing aside): accepted or not.
    fn accepted(input: &InvoiceInput) -> bool {
        let mut found = input.check_lines(true);
        let draft = input.draft();
        rules::check_header(&draft, NOW, &mut found);
        rules::check_content(&draft, amounts::TOLERANCE, &mut found);
        found.is_empty()
    }

    #[test]
    fn every_accepted_entry_makes_an_invoice_that_validates() {
        let supplier = structure("73282932000074", "Les Délices", StructureType::Privee);
        let recipient = structure("21730065600014", "Chambéry", StructureType::Publique);
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let (mut tried, mut created) = (0, 0);
        while created < 60 {
            tried += 1;
            assert!(
                tried < 5000,
                "too few entries accepted to test the property"
            );
            let input = random_entry(&mut rng);
            if !accepted(&input) {
                continue;
            }
            created += 1;
            let draft = input.draft();
            let mut content = rules::content(
                &supplier,
                &draft,
                draft.amounts.clone().unwrap_or_default(),
                &rules::party(&recipient, None),
            );
            input.fill_document(&mut content);
            let xml = facturx::write_cii(&content).expect("the XML is written");
            let pdf = pdf::generate::invoice_pdf(&content, xml.as_bytes()).expect("a PDF");
            let mut report = check_file(
                "entry.pdf",
                &pdf,
                NOW,
                &crate::domain::en16931::RuleSet::ALL,
            )
            .report;
            report.settle(false);
            assert!(
                report.valid,
                "accepted entry fails validation: {:#?}\n{input:#?}",
                report.violations
            );
            // `invoice render` makes the same PDF from the JSON alone.
            let rendered = render(&input, NOW).expect("an accepted entry renders");
            assert_eq!(rendered.pdf, pdf, "render and create make the same PDF");
        }
    }

    #[test]
    fn lines_are_bounded_while_reading_and_the_pdf_by_the_deposit_limit() {
        let mut entry = serde_json::to_value(random_entry(&mut Rng(3))).unwrap();
        let line = serde_json::json!({"description": "x", "quantity": "1", "unit_price": "1",
            "vat_rate": "20"});
        entry["lines"] = vec![line.clone(); MAX_ENTRY_LINES].into();
        let read = serde_json::from_value::<InvoiceInput>(entry.clone()).unwrap();
        assert_eq!(read.lines.len(), MAX_ENTRY_LINES);
        entry["lines"] = vec![line; MAX_ENTRY_LINES + 1].into();
        let err = serde_json::from_value::<InvoiceInput>(entry).unwrap_err();
        assert!(err.to_string().contains("at most 10000 lines"), "{err}");

        assert!(check_pdf_size(&vec![0; pdf::MAX_PDF_BYTES]).is_ok());
        let err = check_pdf_size(&vec![0; pdf::MAX_PDF_BYTES + 1]).unwrap_err();
        assert_eq!((err.code.as_str(), err.exit_code()), ("pdf_too_large", 3));
    }

    #[test]
    fn absurd_lines_are_refused_at_entry() {
        let mut input = random_entry(&mut Rng(7));
        input.lines = vec![LineInput {
            description: "Repas".into(),
            quantity: Decimal::ONE,
            unit: None,
            unit_price: Decimal::TEN,
            vat_rate: Decimal::ONE,
        }];
        let rules = |input: &InvoiceInput| -> Vec<String> {
            input
                .check_lines(true)
                .into_iter()
                .map(|v| v.rule)
                .collect()
        };
        for (rate, rule) in [
            ("-5", "vat_rate_range"),
            ("1000000", "vat_rate_range"),
            ("7", "vat_rate_not_in_force"),
        ] {
            input.lines[0].vat_rate = rate.parse().unwrap();
            assert_eq!(rules(&input), [rule], "{rate}");
        }
        input.lines[0].vat_rate = Decimal::TEN;
        input.lines[0].description = " ".into();
        input.lines[0].unit_price = Decimal::NEGATIVE_ONE;
        assert_eq!(
            rules(&input),
            ["line_description_required", "line_unit_price_negative"]
        );
    }
}
