//! The CII writer: Factur-X 1.0x, EN 16931 profile. Elements follow the xs:sequence order of
//! the Factur-X 1.09 EN16931 XSD (CrossIndustryInvoice → context, document, transaction; the
//! transaction lists the lines first, then agreement, delivery, settlement).

use std::collections::HashMap;

use rust_decimal::{Decimal, RoundingStrategy};

use super::xml::{QDT, RAM, RSM, SIREN_SCHEME, SIRET_SCHEME, UDT, is_siret};
use crate::domain::amounts::{self, money};
use crate::domain::invoice::{
    FRENCH_MENTIONS, InvoiceContent, InvoiceType, Line, Party, PaymentMode, VatLine, VatRegime,
    default_billing_mode,
};
use crate::error::{Error, Result};

/// The ISO 6523 / EAS scheme of an electronic address in the French directory (BT-34-1,
/// BT-49-1), as the French CTC rules want it.
pub const ELECTRONIC_ADDRESS_SCHEME: &str = "0225";

/// BT-24 of the EN 16931 profile of Factur-X.
pub const CII_GUIDELINE_EN16931: &str = "urn:cen.eu:en16931:2017";

pub fn write_cii(c: &InvoiceContent) -> Result<String> {
    let date = date_102(&c.date)?;
    let computed;
    let vat_lines: &[VatLine] = if c.vat_lines.is_empty() && !c.lines.is_empty() {
        computed = amounts::compute(&c.lines).0;
        &computed
    } else {
        &c.vat_lines
    };
    let currency = match c.currency.trim() {
        "" => "EUR".to_string(),
        code => code.to_ascii_uppercase(),
    };
    let exempt = c.vat_regime == Some(VatRegime::Exoneration);
    // The XSD (and BR-16) wants at least one line: a document with totals only gets one line
    // per VAT breakdown line, carrying its base.
    let lines: Vec<(Line, &str)> = if c.lines.is_empty() {
        if vat_lines.is_empty() {
            return Err(Error::invalid(
                "invoice_no_lines",
                "a Factur-X invoice needs at least one line or one VAT breakdown line (EN 16931 BR-16)",
            ));
        }
        vat_lines
            .iter()
            .map(|v| {
                let line = Line {
                    description: format!(
                        "Montant hors TVA (catégorie {}, {} %)",
                        v.category,
                        v.rate.normalize()
                    ),
                    quantity: Decimal::ONE,
                    unit: "C62".into(),
                    unit_price: v.base,
                    vat_rate: v.rate,
                    net_amount: v.base,
                };
                (line, v.category.as_str())
            })
            .collect()
    } else {
        // The category of each rate, the first breakdown line's: found by lookup, as an invoice
        // may have thousands of lines and of rates.
        let mut by_rate: HashMap<Decimal, &str> = HashMap::new();
        for v in vat_lines {
            by_rate.entry(v.rate).or_insert(&v.category);
        }
        c.lines
            .iter()
            .map(|l| (l.clone(), line_category(l, &by_rate, exempt)))
            .collect()
    };

    let mut w = Writer::with_capacity(4096 + 1200 * lines.len());
    w.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let [rsm, qdt, ram, udt] = [RSM, QDT, RAM, UDT].map(|ns| ns.known_uri().unwrap_or_default());
    w.raw(&format!(
        "<rsm:CrossIndustryInvoice xmlns:rsm=\"{rsm}\" xmlns:qdt=\"{qdt}\" xmlns:ram=\"{ram}\" xmlns:udt=\"{udt}\">"
    ));
    w.depth = 1;

    w.open("rsm:ExchangedDocumentContext");
    w.open("ram:BusinessProcessSpecifiedDocumentContextParameter");
    w.leaf(
        "ram:ID",
        non_empty(&c.billing_mode).unwrap_or(default_billing_mode(c.framework)),
    );
    w.close("ram:BusinessProcessSpecifiedDocumentContextParameter");
    w.open("ram:GuidelineSpecifiedDocumentContextParameter");
    w.leaf("ram:ID", CII_GUIDELINE_EN16931);
    w.close("ram:GuidelineSpecifiedDocumentContextParameter");
    w.close("rsm:ExchangedDocumentContext");

    w.open("rsm:ExchangedDocument");
    w.leaf("ram:ID", &c.number);
    w.leaf(
        "ram:TypeCode",
        match c.invoice_type {
            InvoiceType::Facture => "380",
            InvoiceType::Avoir => "381",
        },
    );
    w.open("ram:IssueDateTime");
    w.leaf_attr("udt:DateTimeString", "format", "102", &date);
    w.close("ram:IssueDateTime");
    if let Some(comment) = non_empty(&c.comment) {
        write_note(&mut w, comment, None);
    }
    for n in &c.notes {
        write_note(&mut w, &n.text, n.subject.as_deref());
    }
    for (subject, text) in FRENCH_MENTIONS {
        if !c
            .notes
            .iter()
            .any(|n| n.subject.as_deref() == Some(subject))
        {
            write_note(&mut w, text, Some(subject));
        }
    }
    w.close("rsm:ExchangedDocument");

    w.open("rsm:SupplyChainTradeTransaction");
    for (i, (line, category)) in lines.iter().enumerate() {
        write_line(&mut w, i + 1, line, category);
    }

    w.open("ram:ApplicableHeaderTradeAgreement");
    if let Some(service) = non_empty(&c.recipient.service_code) {
        w.leaf("ram:BuyerReference", service);
    }
    write_party(&mut w, "ram:SellerTradeParty", &c.supplier);
    write_party(&mut w, "ram:BuyerTradeParty", &c.recipient);
    if let Some(engagement) = non_empty(&c.engagement_number) {
        w.open("ram:BuyerOrderReferencedDocument");
        w.leaf("ram:IssuerAssignedID", engagement);
        w.close("ram:BuyerOrderReferencedDocument");
    }
    if let Some(market) = non_empty(&c.market_number) {
        w.open("ram:ContractReferencedDocument");
        w.leaf("ram:IssuerAssignedID", market);
        w.close("ram:ContractReferencedDocument");
    }
    w.close("ram:ApplicableHeaderTradeAgreement");

    w.empty("ram:ApplicableHeaderTradeDelivery");

    w.open("ram:ApplicableHeaderTradeSettlement");
    // BT-6 and BT-111: an invoice not in euros states its VAT in euros too (EN 16931 BR-53
    // wants the amount with the currency; the French CTC rules, BR-FR-CO-12, want both).
    let vat_in_euros = c.vat_total_eur.filter(|_| currency != "EUR");
    if vat_in_euros.is_some() {
        w.leaf("ram:TaxCurrencyCode", "EUR");
    }
    w.leaf("ram:InvoiceCurrencyCode", &currency);
    let iban = non_empty(&c.payee_iban);
    // A credit transfer names the account it pays (BR-61), or is not written.
    if let Some(mode) = c.payment_mode
        && (mode != PaymentMode::Virement || iban.is_some())
    {
        w.open("ram:SpecifiedTradeSettlementPaymentMeans");
        w.leaf("ram:TypeCode", payment_means_code(mode));
        if let Some(iban) = iban.filter(|_| mode == PaymentMode::Virement) {
            w.open("ram:PayeePartyCreditorFinancialAccount");
            w.leaf("ram:IBANID", iban);
            w.close("ram:PayeePartyCreditorFinancialAccount");
        }
        w.close("ram:SpecifiedTradeSettlementPaymentMeans");
    }
    for v in vat_lines {
        w.open("ram:ApplicableTradeTax");
        w.leaf("ram:CalculatedAmount", &fmt_money(v.amount));
        w.leaf("ram:TypeCode", "VAT");
        if let Some(reason) = exemption_reason(&v.category) {
            w.leaf("ram:ExemptionReason", reason);
        }
        w.leaf("ram:BasisAmount", &fmt_money(v.base));
        w.leaf("ram:CategoryCode", &v.category);
        // BT-8: VAT on debits (the invoice date) or on receipts (paid to date).
        match c.vat_regime {
            Some(VatRegime::TvaSurDebit) => w.leaf("ram:DueDateTypeCode", "5"),
            Some(VatRegime::TvaSurEncaissement) => w.leaf("ram:DueDateTypeCode", "72"),
            _ => {}
        }
        if v.category != "O" {
            w.leaf("ram:RateApplicablePercent", &fmt_rate(v.rate));
        }
        w.close("ram:ApplicableTradeTax");
    }
    let a = &c.amounts;
    if let Some(due) = non_empty(&c.due_date) {
        w.open("ram:SpecifiedTradePaymentTerms");
        w.open("ram:DueDateDateTime");
        w.leaf_attr("udt:DateTimeString", "format", "102", &date_102(due)?);
        w.close("ram:DueDateDateTime");
        w.close("ram:SpecifiedTradePaymentTerms");
    }
    w.open("ram:SpecifiedTradeSettlementHeaderMonetarySummation");
    let line_total = lines
        .iter()
        .fold(Decimal::ZERO, |s, (l, _)| s.saturating_add(l.net_amount));
    w.leaf("ram:LineTotalAmount", &fmt_money(line_total));
    w.leaf("ram:TaxBasisTotalAmount", &fmt_money(a.total_excl_vat));
    w.leaf_attr(
        "ram:TaxTotalAmount",
        "currencyID",
        &currency,
        &fmt_money(a.vat),
    );
    if let Some(vat) = vat_in_euros {
        w.leaf_attr("ram:TaxTotalAmount", "currencyID", "EUR", &fmt_money(vat));
    }
    w.leaf("ram:GrandTotalAmount", &fmt_money(a.total_incl_vat));
    // BR-CO-16: amount due = total − paid; what is not due was paid in advance.
    let prepaid = money(a.total_incl_vat.saturating_sub(a.amount_due));
    if !prepaid.is_zero() {
        w.leaf("ram:TotalPrepaidAmount", &fmt_money(prepaid));
    }
    w.leaf("ram:DuePayableAmount", &fmt_money(a.amount_due));
    w.close("ram:SpecifiedTradeSettlementHeaderMonetarySummation");
    if let Some(original) = non_empty(&c.original_number) {
        w.open("ram:InvoiceReferencedDocument");
        w.leaf("ram:IssuerAssignedID", original);
        if let Some(date) = non_empty(&c.original_date) {
            w.open("ram:FormattedIssueDateTime");
            w.leaf_attr("qdt:DateTimeString", "format", "102", &date_102(date)?);
            w.close("ram:FormattedIssueDateTime");
        }
        w.close("ram:InvoiceReferencedDocument");
    }
    w.close("ram:ApplicableHeaderTradeSettlement");
    w.close("rsm:SupplyChainTradeTransaction");
    w.depth = 0;
    w.raw("\n</rsm:CrossIndustryInvoice>\n");
    Ok(w.out)
}

fn write_line(w: &mut Writer, number: usize, line: &Line, category: &str) {
    w.open("ram:IncludedSupplyChainTradeLineItem");
    w.open("ram:AssociatedDocumentLineDocument");
    w.leaf("ram:LineID", &number.to_string());
    w.close("ram:AssociatedDocumentLineDocument");
    w.open("ram:SpecifiedTradeProduct");
    w.leaf("ram:Name", &line.description);
    w.close("ram:SpecifiedTradeProduct");
    w.open("ram:SpecifiedLineTradeAgreement");
    w.open("ram:NetPriceProductTradePrice");
    w.leaf("ram:ChargeAmount", &fmt_4(line.unit_price));
    w.close("ram:NetPriceProductTradePrice");
    w.close("ram:SpecifiedLineTradeAgreement");
    w.open("ram:SpecifiedLineTradeDelivery");
    let unit = if line.unit.trim().is_empty() {
        "C62"
    } else {
        line.unit.trim()
    };
    w.leaf_attr(
        "ram:BilledQuantity",
        "unitCode",
        unit,
        &fmt_4(line.quantity),
    );
    w.close("ram:SpecifiedLineTradeDelivery");
    w.open("ram:SpecifiedLineTradeSettlement");
    w.open("ram:ApplicableTradeTax");
    w.leaf("ram:TypeCode", "VAT");
    w.leaf("ram:CategoryCode", category);
    if category != "O" {
        w.leaf("ram:RateApplicablePercent", &fmt_rate(line.vat_rate));
    }
    w.close("ram:ApplicableTradeTax");
    w.open("ram:SpecifiedTradeSettlementLineMonetarySummation");
    w.leaf("ram:LineTotalAmount", &fmt_money(line.net_amount));
    w.close("ram:SpecifiedTradeSettlementLineMonetarySummation");
    w.close("ram:SpecifiedLineTradeSettlement");
    w.close("ram:IncludedSupplyChainTradeLineItem");
}

/// TradePartyType sequence: ID, GlobalID, Name, Description, SpecifiedLegalOrganization,
/// DefinedTradeContact, PostalTradeAddress, URIUniversalCommunication, SpecifiedTaxRegistration.
/// A note (BG-1): its text (BT-22), then its subject code (BT-21), as the XSD orders them.
fn write_note(w: &mut Writer, text: &str, subject: Option<&str>) {
    w.open("ram:IncludedNote");
    w.leaf("ram:Content", text);
    if let Some(subject) = subject {
        w.leaf("ram:SubjectCode", subject);
    }
    w.close("ram:IncludedNote");
}

/// A party: a SIRET is its identifier (BT-29/BT-46, scheme 0009) and its SIREN, the first nine
/// digits, its legal registration (BT-30/BT-47, scheme 0002), as the French CTC rules want; its
/// electronic address (BT-34/BT-49, scheme 0225) defaults to the SIREN.
fn write_party(w: &mut Writer, tag: &str, p: &Party) {
    w.open(tag);
    let identifier = p.identifier.trim();
    let siren = is_siret(identifier).then(|| &identifier[..9]);
    match siren {
        Some(_) => w.leaf_attr("ram:GlobalID", "schemeID", SIRET_SCHEME, identifier),
        // BT-29/BT-46 without scheme (not a SIRET)
        None if !identifier.is_empty() => w.leaf("ram:ID", identifier),
        None => {}
    }
    if !p.name.trim().is_empty() {
        w.leaf("ram:Name", p.name.trim());
    }
    if let Some(siren) = siren {
        w.open("ram:SpecifiedLegalOrganization");
        w.leaf_attr("ram:ID", "schemeID", SIREN_SCHEME, siren);
        w.close("ram:SpecifiedLegalOrganization");
    }
    // TradeAddressType: PostcodeCode, LineOne, LineTwo, LineThree, CityName, CountryID.
    w.open("ram:PostalTradeAddress");
    if let Some(v) = non_empty(&p.postcode) {
        w.leaf("ram:PostcodeCode", v);
    }
    if let Some(v) = non_empty(&p.address) {
        w.leaf("ram:LineOne", v);
    }
    if let Some(v) = non_empty(&p.city) {
        w.leaf("ram:CityName", v);
    }
    w.leaf(
        "ram:CountryID",
        &non_empty(&p.country).unwrap_or("FR").to_ascii_uppercase(),
    );
    w.close("ram:PostalTradeAddress");
    if let Some(address) = non_empty(&p.electronic_address).or(siren) {
        w.open("ram:URIUniversalCommunication");
        w.leaf_attr("ram:URIID", "schemeID", ELECTRONIC_ADDRESS_SCHEME, address);
        w.close("ram:URIUniversalCommunication");
    }
    if let Some(vat) = non_empty(&p.vat_number) {
        w.open("ram:SpecifiedTaxRegistration");
        w.leaf_attr("ram:ID", "schemeID", "VA", vat);
        w.close("ram:SpecifiedTaxRegistration");
    }
    w.close(tag);
}

/// The category of a line: the one of the VAT breakdown line with its rate, else `S` above
/// zero and `Z` (or `E` under the EXONERATION regime) at zero.
fn line_category<'a>(line: &Line, by_rate: &HashMap<Decimal, &'a str>, exempt: bool) -> &'a str {
    if let Some(category) = by_rate.get(&line.vat_rate) {
        return category;
    }
    match amounts::default_category(line.vat_rate) {
        "Z" if exempt => "E",
        c => c,
    }
}

/// BT-120, required for these categories (BR-E-10, BR-AE-10, BR-IC-10, BR-G-10, BR-O-10).
fn exemption_reason(category: &str) -> Option<&'static str> {
    Some(match category {
        "E" => "Exonération de TVA",
        "AE" => "Autoliquidation",
        "K" => "Livraison intracommunautaire exonérée de TVA",
        "G" => "Exportation hors UE exonérée de TVA",
        "O" => "Non soumis à la TVA",
        _ => return None,
    })
}

/// BT-81 (UNTDID 4461).
fn payment_means_code(mode: PaymentMode) -> &'static str {
    match mode {
        PaymentMode::Virement => "30",
        PaymentMode::Cheque => "20",
        PaymentMode::Prelevement => "59",
        PaymentMode::Espece => "10",
        _ => "1",
    }
}

/// ISO date → format 102.
fn date_102(date: &str) -> Result<String> {
    let d = date.trim();
    let b = d.as_bytes();
    let ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && matches!(d[5..7].parse::<u8>(), Ok(1..=12))
        && matches!(d[8..10].parse::<u8>(), Ok(1..=31));
    if !ok {
        return Err(Error::invalid(
            "invoice_date_invalid",
            format!("the date '{d}' is not an ISO date (YYYY-MM-DD)"),
        ));
    }
    Ok(format!("{}{}{}", &d[0..4], &d[5..7], &d[8..10]))
}

fn non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Exactly two decimals.
fn fmt_money(d: Decimal) -> String {
    money(d).to_string()
}

/// Up to four decimals, without trailing zeros.
fn fmt_4(d: Decimal) -> String {
    let r = d
        .round_dp_with_strategy(4, RoundingStrategy::MidpointAwayFromZero)
        .normalize();
    if r.is_zero() {
        "0".into()
    } else {
        r.to_string()
    }
}

/// A percentage: at least two decimals ("20.00", "5.50"), up to four.
fn fmt_rate(d: Decimal) -> String {
    let mut r = d
        .round_dp_with_strategy(4, RoundingStrategy::MidpointAwayFromZero)
        .normalize();
    if r.is_zero() {
        r = Decimal::ZERO;
    }
    if r.scale() < 2 {
        r.rescale(2);
    }
    r.to_string()
}

/// A tiny indenting XML writer; the structure is static, only texts and attribute values are
/// data, and both are escaped.
struct Writer {
    out: String,
    depth: usize,
}

impl Writer {
    fn with_capacity(n: usize) -> Self {
        Writer {
            out: String::with_capacity(n),
            depth: 0,
        }
    }
    fn raw(&mut self, s: &str) {
        self.out.push_str(s);
    }
    fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }
    fn open(&mut self, tag: &str) {
        self.newline();
        self.out.push('<');
        self.out.push_str(tag);
        self.out.push('>');
        self.depth += 1;
    }
    fn close(&mut self, tag: &str) {
        self.depth -= 1;
        self.newline();
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
    }
    fn empty(&mut self, tag: &str) {
        self.newline();
        self.out.push('<');
        self.out.push_str(tag);
        self.out.push_str("/>");
    }
    fn leaf(&mut self, tag: &str, text: &str) {
        self.newline();
        self.out.push('<');
        self.out.push_str(tag);
        self.out.push('>');
        escape_into(&mut self.out, text, false);
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
    }
    fn leaf_attr(&mut self, tag: &str, attr: &str, value: &str, text: &str) {
        self.newline();
        self.out.push('<');
        self.out.push_str(tag);
        self.out.push(' ');
        self.out.push_str(attr);
        self.out.push_str("=\"");
        escape_into(&mut self.out, value, true);
        self.out.push_str("\">");
        escape_into(&mut self.out, text, false);
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
    }
}

/// Escapes a text (`&`, `<`, `>`, CR) or an attribute value (also quotes, LF and TAB, which
/// attribute normalisation would turn into spaces), and drops the characters XML 1.0 cannot
/// carry (C0 controls other than TAB/LF/CR, U+FFFE, U+FFFF).
pub(super) fn escape_into(out: &mut String, s: &str, attribute: bool) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            '"' if attribute => out.push_str("&quot;"),
            '\'' if attribute => out.push_str("&apos;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\t' if attribute => out.push_str("&#9;"),
            '\n' | '\t' => out.push(c),
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => {}
            c => out.push(c),
        }
    }
}
