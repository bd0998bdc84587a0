//! BR-FR-01 … BR-FR-32 on a CII `CrossIndustryInvoice`, with the contexts and ids of
//! `BR-FR-Flux2-Schematron-CII`.

use crate::domain::en16931::Finding;
use crate::facturx::xml::{N, RAM, children};

use super::codes;
use super::select::{all, chains, first, has_attr, raw, value, with_attr};

const DOC: &str = "/rsm:ExchangedDocument";
const AGREEMENT: &str = "/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement";
const SETTLEMENT: &str = "/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement";
const DELIVERY: &str = "/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery";
const LINE: &str = "/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem";

pub fn check(root: N, out: &mut Vec<Finding>) {
    identifiers(root, out);
    dates(root, out);
    type_codes(root, out);
    notes(root, out);
    for ctx in all(root, "/rsm:ExchangedDocumentContext") {
        let mode = value(
            ctx,
            "/ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID",
        );
        super::billing_mode(out, mode);
    }
    sirets(root, out);
    sirens(root, out);
    endpoints(root, out);
    vat(root, out);
    attachments(root, out);
    b2b(root, out);
    addresses(root, out);
    item_attributes(root, out);
    object_ids(root, out);
}

/// The raw texts of the children `ram:{name}` of `n`.
fn texts<'a>(n: N<'a, '_>, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    children(n, RAM, name).map(raw)
}

/// Whether a child `ram:{name}` of `n` reads exactly `v` (XPath's `ram:X = 'v'`).
fn says(n: N, name: &str, v: &str) -> bool {
    children(n, RAM, name).any(|c| raw(c) == v)
}

/// BR-FR-01, BR-FR-02: the invoice numbers, this one's and the preceding invoices'.
fn identifiers(root: N, out: &mut Vec<Finding>) {
    let fields = [
        (format!("{DOC}/ram:ID"), "BT-1", "invoice number"),
        (
            format!("{SETTLEMENT}/ram:InvoiceReferencedDocument/ram:IssuerAssignedID"),
            "BT-25",
            "preceding invoice reference",
        ),
        (
            format!(
                "{LINE}/ram:SpecifiedLineTradeSettlement/ram:InvoiceReferencedDocument/ram:IssuerAssignedID"
            ),
            "EXT-FR-FE-136",
            "line's preceding invoice reference",
        ),
    ];
    for (path, field, what) in &fields {
        for n in all(root, path) {
            let v = raw(n);
            super::max_length(out, &format!("BR-FR-01_{field}"), field, what, v, 35);
            super::id_format(out, &format!("BR-FR-02_{field}"), field, what, v);
        }
    }
}

/// BR-FR-03: every date of the invoice.
fn dates(root: N, out: &mut Vec<Finding>) {
    let line_settlement = format!("{LINE}/ram:SpecifiedLineTradeSettlement");
    let fields = [
        (
            format!("{DOC}/ram:IssueDateTime/udt:DateTimeString"),
            "BT-2",
            "BT-2",
            "issue date",
        ),
        (
            format!("{SETTLEMENT}/ram:ApplicableTradeTax/ram:TaxPointDate/udt:DateString"),
            "BT-7",
            "BT-7",
            "VAT point date",
        ),
        (
            format!(
                "{SETTLEMENT}/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString"
            ),
            "BT-9",
            "BT-9",
            "payment due date",
        ),
        (
            format!(
                "{SETTLEMENT}/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString"
            ),
            "BT-26",
            "BT-26",
            "preceding invoice issue date",
        ),
        (
            format!(
                "{DELIVERY}/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/udt:DateTimeString"
            ),
            "BT-72",
            "BT-72",
            "actual delivery date",
        ),
        (
            format!("{SETTLEMENT}/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString"),
            "BT-73",
            "BT-73",
            "invoicing period start date",
        ),
        (
            format!("{SETTLEMENT}/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString"),
            "BT-74",
            "BT-74",
            "invoicing period end date",
        ),
        (
            format!(
                "{line_settlement}/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString"
            ),
            "EXT-FR-FE-138",
            "EXT-FR-FE-138",
            "line's preceding invoice issue date",
        ),
        (
            format!(
                "{LINE}/ram:SpecifiedLineTradeDelivery/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/udt:DateTimeString"
            ),
            "EXT-FR-FE-158",
            "EXT-FR-FE-158",
            "line's actual delivery date",
        ),
        (
            format!(
                "{line_settlement}/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString"
            ),
            "EXT-FR-FE-134",
            "BT-134",
            "line period start date",
        ),
        (
            format!(
                "{line_settlement}/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString"
            ),
            "EXT-FR-FE-135",
            "BT-135",
            "line period end date",
        ),
    ];
    for (path, id, field, what) in &fields {
        for n in all(root, path) {
            super::date(out, &format!("BR-FR-03_{id}"), field, what, raw(n), false);
        }
    }
}

/// BR-FR-04: the document type codes.
fn type_codes(root: N, out: &mut Vec<Finding>) {
    let fields = [
        (format!("{DOC}/ram:TypeCode"), "BT-3", "document type code"),
        (
            format!("{SETTLEMENT}/ram:InvoiceReferencedDocument/ram:TypeCode"),
            "EXT-FR-FE-02",
            "preceding invoice type code",
        ),
        (
            format!(
                "{LINE}/ram:SpecifiedLineTradeSettlement/ram:InvoiceReferencedDocument/ram:TypeCode"
            ),
            "EXT-FR-FE-137",
            "line's preceding invoice type code",
        ),
    ];
    for (path, field, what) in &fields {
        for n in all(root, path) {
            super::type_code(out, &format!("BR-FR-04_{field}"), field, what, raw(n));
        }
    }
}

/// BR-FR-05, BR-FR-06, BR-FR-20, BR-FR-31: the notes (BG-1) and their subject codes.
fn notes(root: N, out: &mut Vec<Finding>) {
    for doc in all(root, DOC) {
        let notes: Vec<N> = children(doc, RAM, "IncludedNote").collect();
        let count = |code: &str| {
            notes
                .iter()
                .filter(|n| says(**n, "SubjectCode", code))
                .count()
        };
        for code in ["PMT", "PMD", "AAB"] {
            if count(code) == 0 {
                super::missing_note(out, &format!("BR-FR-05_BT-22_{code}"), code);
            }
        }
        for code in ["PMT", "PMD", "AAB", "TXD"] {
            super::repeated_note(out, &format!("BR-FR-06_BT-21_{code}"), code, count(code));
        }
        let bar: Vec<N> = notes
            .iter()
            .copied()
            .filter(|n| says(*n, "SubjectCode", "BAR"))
            .collect();
        for note in &bar {
            let content = texts(*note, "Content").next();
            if !content.is_some_and(codes::is_bar_treatment) {
                super::bar_treatment(out, content);
            }
        }
        let treated = bar
            .iter()
            .filter(|n| {
                texts(**n, "Content").any(|c| codes::is_bar_treatment(&codes::normalize_space(c)))
            })
            .count();
        super::repeated_bar(out, "BR-FR-31_BT-21", treated);
    }
}

/// The parties BR-FR-09 checks: path, field, and whether the SIREN must be given (else it
/// defaults to the SIRET's first nine digits).
fn siret_parties() -> [(String, &'static str, bool); 10] {
    [
        (format!("{AGREEMENT}/ram:SellerTradeParty"), "BT-29", true),
        (format!("{AGREEMENT}/ram:BuyerTradeParty"), "BT-46", true),
        (format!("{SETTLEMENT}/ram:PayeeTradeParty"), "BT-60", false),
        (
            format!("{AGREEMENT}/ram:BuyerAgentTradeParty"),
            "EXT-FR-FE-06",
            false,
        ),
        (
            format!("{SETTLEMENT}/ram:PayerTradeParty"),
            "EXT-FR-FE-46",
            false,
        ),
        (
            format!("{AGREEMENT}/ram:SalesAgentTradeParty"),
            "EXT-FR-FE-69",
            false,
        ),
        (
            format!("{SETTLEMENT}/ram:InvoiceeTradeParty"),
            "EXT-FR-FE-92",
            false,
        ),
        (
            format!("{SETTLEMENT}/ram:InvoicerTradeParty"),
            "EXT-FR-FE-115",
            false,
        ),
        (format!("{DELIVERY}/ram:ShipToTradeParty"), "BT-71", false),
        (
            format!("{LINE}/ram:SpecifiedLineTradeDelivery/ram:ShipToTradeParty"),
            "EXT-FR-FE-146",
            false,
        ),
    ]
}

/// A party's SIREN: its legal registration identifier with scheme 0002.
fn siren<'a>(party: N<'a, '_>) -> Option<&'a str> {
    with_attr(
        all(party, "/ram:SpecifiedLegalOrganization/ram:ID"),
        "schemeID",
        "0002",
    )
    .first()
    .map(|n| raw(*n))
}

/// BR-FR-09: each party's SIRET starts with its SIREN.
fn sirets(root: N, out: &mut Vec<Finding>) {
    for (path, field, strict) in siret_parties() {
        for party in all(root, &path) {
            let sirets = with_attr(all(party, "/ram:GlobalID"), "schemeID", "0009");
            let Some(siret) = sirets.first().map(|n| raw(*n)) else {
                continue;
            };
            let siren = match siren(party) {
                Some(s) if strict || !s.is_empty() => Some(s),
                _ if strict => None,
                _ => Some(
                    siret
                        .char_indices()
                        .nth(9)
                        .map_or(siret, |(i, _)| &siret[..i]),
                ),
            };
            super::siret_siren(out, &format!("BR-FR-09_{field}"), field, siret, siren);
        }
    }
}

/// BR-FR-10, BR-FR-11, BR-FR-32: the SIRENs.
fn sirens(root: N, out: &mut Vec<Finding>) {
    let seller = first(root, &format!("{AGREEMENT}/ram:SellerTradeParty"));
    super::seller_siren(out, "BR-FR-10_BT-30", seller.and_then(siren));
    if is_b2b(root) {
        let buyer = first(root, &format!("{AGREEMENT}/ram:BuyerTradeParty")).and_then(siren);
        if !buyer.is_some_and(codes::is_nine_digits) {
            super::buyer_siren(out, buyer);
        }
    }
    for chain in chains(root, "ram:SpecifiedLegalOrganization/ram:ID", 3) {
        let id = chain[chain.len() - 1];
        if has_attr(id, "schemeID", "0002") {
            let field = party_field(
                chain.get(chain.len().wrapping_sub(3)),
                "BT-30",
                "BT-47",
                "BT-61",
            );
            super::nine_digits(
                out,
                "BR-FR-32-LEGALID",
                &field,
                "legal registration identifier",
                raw(id),
            );
        }
    }
    for chain in chains(root, "ram:GlobalID", 2) {
        let id = chain[chain.len() - 1];
        if has_attr(id, "schemeID", "0002") || has_attr(id, "schemeID", "0231") {
            let field = party_field(
                chain.get(chain.len().wrapping_sub(2)),
                "BT-29",
                "BT-46",
                "BT-60",
            );
            super::nine_digits(
                out,
                "BR-FR-32-GLOBALID",
                &field,
                "party identifier",
                raw(id),
            );
        }
    }
}

/// The business term of a party's identifier, by the party's element; other parties are named
/// by their element.
fn party_field(party: Option<&N>, seller: &str, buyer: &str, payee: &str) -> String {
    match party.map(|p| p.name()) {
        Some("SellerTradeParty") => seller.to_string(),
        Some("BuyerTradeParty") => buyer.to_string(),
        Some("PayeeTradeParty") => payee.to_string(),
        Some(other) => format!("ram:{other}"),
        None => String::new(),
    }
}

/// Whether a note BAR says B2B.
fn is_b2b(root: N) -> bool {
    all(root, &format!("{DOC}/ram:IncludedNote"))
        .into_iter()
        .filter(|n| says(*n, "SubjectCode", "BAR"))
        .any(|n| says(n, "Content", "B2B"))
}

/// The electronic address (URIID) of the seller or the buyer, and its scheme.
fn endpoint<'a>(root: N<'a, '_>, party: &str) -> (Option<&'a str>, Option<&'a str>) {
    let uri = first(
        root,
        &format!("{AGREEMENT}/ram:{party}/ram:URIUniversalCommunication/ram:URIID"),
    );
    (uri.map(raw), uri.and_then(|u| u.attribute("schemeID")))
}

/// BR-FR-12, BR-FR-13: the buyer's and the seller's electronic addresses are given.
fn endpoints(root: N, out: &mut Vec<Finding>) {
    if endpoint(root, "BuyerTradeParty").0.unwrap_or("").is_empty() {
        super::missing_endpoint(out, "BR-FR-12_BT-49", "BT-49", "buyer");
    }
    if endpoint(root, "SellerTradeParty")
        .0
        .unwrap_or("")
        .is_empty()
    {
        super::missing_endpoint(out, "BR-FR-13_BT-34", "BT-34", "seller");
    }
}

/// BR-FR-21, BR-FR-22: on a B2B invoice, the addressee's electronic address is its SIREN's.
fn b2b(root: N, out: &mut Vec<Finding>) {
    if !is_b2b(root) {
        return;
    }
    let self_billed = all(root, &format!("{DOC}/ram:TypeCode"))
        .into_iter()
        .any(|t| codes::is_self_billed(raw(t)));
    let (rule, field, party, element) = if self_billed {
        ("BR-FR-22_BT-34", "BT-34", "seller", "SellerTradeParty")
    } else {
        ("BR-FR-21_BT-49", "BT-49", "buyer", "BuyerTradeParty")
    };
    let (uri, scheme) = endpoint(root, element);
    // Any legal identifier here, whatever its scheme.
    let siren = value(
        root,
        &format!("{AGREEMENT}/ram:{element}/ram:SpecifiedLegalOrganization/ram:ID"),
    );
    super::b2b_endpoint(out, rule, field, party, uri, scheme, siren);
}

/// BR-FR-15, BR-FR-16: the VAT categories and rates of the document allowances and charges,
/// of the VAT breakdown and of the lines.
fn vat(root: N, out: &mut Vec<Finding>) {
    let header = [
        (
            format!("{SETTLEMENT}/ram:SpecifiedTradeAllowanceCharge/ram:CategoryTradeTax"),
            ("BR-FR-15_BT-95_BT-102", "BR-FR-15_BT-95_BT-102_LM"),
            "BT-95",
            "BR-FR-16_BT-96_BT-103",
            "BT-96",
        ),
        (
            format!("{SETTLEMENT}/ram:ApplicableTradeTax"),
            ("BR-FR-15_BT-95_BT-118", "BR-FR-15_BT-95_BT-118_LM"),
            "BT-118",
            "BR-FR-16_BT-119",
            "BT-119",
        ),
    ];
    for (path, rules, field, rate_rule, rate_field) in &header {
        for tax in all(root, path) {
            tax_category(out, tax, *rules, field, false);
            tax_rate(out, tax, rate_rule, rate_field);
        }
    }
    for line in all(root, LINE) {
        // Group and information lines may leave their VAT category out.
        let status = |v| {
            all(
                line,
                "/ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode",
            )
            .into_iter()
            .any(|c| raw(c) == v)
        };
        let may_lack = status("GROUP") || status("INFORMATION");
        for tax in all(
            line,
            "/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax",
        ) {
            let rules = ("BR-FR-15_BT-95_BT-151", "BR-FR-15_BT-95_BT-151_LM");
            tax_category(out, tax, rules, "BT-151", may_lack);
            tax_rate(out, tax, "BR-FR-16_BT-152", "BT-152");
        }
    }
}

fn tax_category(out: &mut Vec<Finding>, tax: N, rules: (&str, &str), field: &str, may_lack: bool) {
    let code = texts(tax, "CategoryCode").next();
    super::vat_category(out, rules, field, code, may_lack);
}

fn tax_rate(out: &mut Vec<Finding>, tax: N, rule: &str, field: &str) {
    if let Some(rate) = texts(tax, "RateApplicablePercent")
        .next()
        .filter(|r| !r.is_empty())
    {
        super::vat_rate(out, rule, field, rate);
    }
}

/// BR-FR-17, BR-FR-18: the attachments' descriptions.
fn attachments(root: N, out: &mut Vec<Finding>) {
    let documents = all(
        root,
        &format!("{AGREEMENT}/ram:AdditionalReferencedDocument"),
    );
    for d in documents.iter().filter(|d| says(**d, "TypeCode", "916")) {
        if let Some(name) = texts(*d, "Name").next() {
            let code = codes::normalize_space(name);
            if !code.is_empty() {
                super::attachment_code(out, &code);
            }
        }
    }
    let readable = documents
        .iter()
        .filter(|d| says(**d, "Name", "LISIBLE"))
        .count();
    super::readable_copies(out, readable);
}

/// The parties BR-FR-23 and BR-FR-25 check the electronic addresses of.
const ADDRESSED: [(&str, &str); 8] = [
    (
        "ApplicableHeaderTradeAgreement/ram:SellerTradeParty",
        "BT-34",
    ),
    (
        "ApplicableHeaderTradeAgreement/ram:BuyerTradeParty",
        "BT-49",
    ),
    (
        "ApplicableHeaderTradeAgreement/ram:BuyerAgentTradeParty",
        "EXT-FR-FE-12",
    ),
    (
        "ApplicableHeaderTradeSettlement/ram:PayeeTradeParty",
        "EXT-FR-FE-29",
    ),
    (
        "ApplicableHeaderTradeSettlement/ram:PayerTradeParty",
        "EXT-FR-FE-52",
    ),
    (
        "ApplicableHeaderTradeAgreement/ram:SalesAgentTradeParty",
        "EXT-FR-FE-75",
    ),
    (
        "ApplicableHeaderTradeSettlement/ram:InvoiceeTradeParty",
        "EXT-FR-FE-98",
    ),
    (
        "ApplicableHeaderTradeSettlement/ram:InvoicerTradeParty",
        "EXT-FR-FE-121",
    ),
];

/// BR-FR-23 … BR-FR-26: the electronic addresses and the private identifiers (scheme 0224).
fn addresses(root: N, out: &mut Vec<Finding>) {
    for (party, field) in ADDRESSED {
        let path = format!(
            "/rsm:SupplyChainTradeTransaction/ram:{party}/ram:URIUniversalCommunication/ram:URIID"
        );
        for uri in all(root, &path) {
            let what = "electronic address";
            if has_attr(uri, "schemeID", "0225") {
                super::scheme_format(out, &format!("BR-FR-23_{field}"), field, what, raw(uri));
            }
            super::max_length(
                out,
                &format!("BR-FR-25_{field}"),
                field,
                what,
                raw(uri),
                125,
            );
        }
    }
    for (party, field) in [("SellerTradeParty", "BT-29"), ("BuyerTradeParty", "BT-46")] {
        let ids = with_attr(
            all(root, &format!("{AGREEMENT}/ram:{party}/ram:GlobalID")),
            "schemeID",
            "0224",
        );
        for id in ids {
            let what = "private identifier";
            super::scheme_format(out, &format!("BR-FR-24_{field}"), field, what, raw(id));
            super::max_length(out, &format!("BR-FR-26_{field}"), field, what, raw(id), 100);
        }
    }
}

/// BR-FR-27, BR-FR-28: the item attributes (BG-32).
fn item_attributes(root: N, out: &mut Vec<Finding>) {
    let path = format!("{LINE}/ram:SpecifiedTradeProduct/ram:ApplicableProductCharacteristic");
    for attribute in all(root, &path) {
        let names: Vec<&str> = texts(attribute, "Description").collect();
        let codes: Vec<&str> = texts(attribute, "TypeCode").collect();
        super::attribute_names(out, &names, &codes);
        let measures: Vec<N> = children(attribute, RAM, "ValueMeasure").collect();
        let unit = measures
            .iter()
            .any(|m| m.attribute("unitCode").is_some_and(|u| !u.is_empty()));
        let value = children(attribute, RAM, "Value").next().is_some();
        super::attribute_value(out, value, !measures.is_empty(), unit);
    }
}

/// BR-FR-29, BR-FR-30: the invoiced object identifiers of schemes AFL and AVV, of the document
/// and (as the schematron's path reads) of the lines.
fn object_ids(root: N, out: &mut Vec<Finding>) {
    for agreement in all(root, AGREEMENT) {
        references(out, agreement, "BR-FR-29", "BT-18");
    }
    for line in all(root, LINE) {
        references(out, line, "BR-FR-30", "BT-128");
    }
}

fn references(out: &mut Vec<Finding>, parent: N, rule: &str, field: &str) {
    let documents: Vec<N> = children(parent, RAM, "AdditionalReferencedDocument").collect();
    let of = |scheme: &'static str| {
        documents
            .iter()
            .copied()
            .filter(move |d| says(*d, "ReferenceTypeCode", scheme))
    };
    super::object_ids(
        out,
        &format!("{rule}_{field}"),
        field,
        of("AFL").count(),
        of("AVV").count(),
    );
    for scheme in ["AFL", "AVV"] {
        for d in of(scheme) {
            for id in texts(d, "IssuerAssignedID") {
                let what = format!("invoiced object identifier of scheme {scheme}");
                super::blank(out, &format!("{rule}_{scheme}"), field, &what, id);
            }
        }
    }
}
