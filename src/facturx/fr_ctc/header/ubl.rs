//! BR-FR-01 … BR-FR-32 on a UBL `Invoice` or `CreditNote`, with the contexts and ids of
//! `BR-FR-Flux2-Schematron-UBL`. Its rules read the notes as one text, `#CODE#content` notes
//! joined by `#`, and some ids differ from the CII ones (`BR-FR-01_BT-1-1`, `BR-FR-05_BT-22-1`,
//! `BR-FR-30_BT-21` for the BR-FR-31 check): they are kept as the schematron writes them.

use crate::domain::en16931::Finding;
use crate::facturx::xml::{CBC, N, Ns, children};

use super::codes;
use super::select::{all, chains, first, has_attr, raw, value, with_attr};

const SUPPLIER: &str = "/cac:AccountingSupplierParty/cac:Party";
const CUSTOMER: &str = "/cac:AccountingCustomerParty/cac:Party";

pub fn check(root: N, out: &mut Vec<Finding>) {
    let line = if root.ns() == Ns::UblInvoice {
        "/cac:InvoiceLine"
    } else {
        "/cac:CreditNoteLine"
    };
    identifiers(root, line, out);
    dates(root, line, out);
    type_codes(root, line, out);
    notes(root, out);
    super::billing_mode(out, value(root, "/cbc:ProfileID"));
    sirets(root, line, out);
    sirens(root, out);
    endpoints(root, out);
    vat(root, out);
    attachments(root, out);
    addresses(root, out);
    item_attributes(root, line, out);
    object_ids(root, line, out);
}

/// The raw texts of the children `cbc:{name}` of `n`.
fn texts<'a>(n: N<'a, '_>, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    children(n, CBC, name).map(raw)
}

/// BR-FR-01, BR-FR-02: the invoice numbers, this one's and the preceding invoices'. The UBL
/// schematron checks the format twice, as BR-FR-01_…-2 and as BR-FR-02.
fn identifiers(root: N, line: &str, out: &mut Vec<Finding>) {
    let reference = "/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID";
    let fields = [
        ("/cbc:ID".to_string(), "BT-1", "invoice number"),
        (
            reference.to_string(),
            "BT-25",
            "preceding invoice reference",
        ),
        (
            format!("{line}{reference}"),
            "EXT-FR-FE-136",
            "line's preceding invoice reference",
        ),
    ];
    for (path, field, what) in &fields {
        for n in all(root, path) {
            let v = raw(n);
            super::max_length(out, &format!("BR-FR-01_{field}-1"), field, what, v, 35);
            super::id_format(out, &format!("BR-FR-01_{field}-2"), field, what, v);
            super::id_format(out, &format!("BR-FR-02_{field}"), field, what, v);
        }
    }
}

/// BR-FR-03: every date of the invoice.
fn dates(root: N, line: &str, out: &mut Vec<Finding>) {
    let reference = "/cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueDate";
    let fields = [
        ("/cbc:IssueDate".to_string(), "BT-2", "issue date"),
        ("/cbc:TaxPointDate".to_string(), "BT-7", "VAT point date"),
        ("/cbc:DueDate".to_string(), "BT-9", "payment due date"),
        (
            reference.to_string(),
            "BT-26",
            "preceding invoice issue date",
        ),
        (
            "/cac:Delivery/cbc:ActualDeliveryDate".to_string(),
            "BT-72",
            "actual delivery date",
        ),
        (
            "/cac:InvoicePeriod/cbc:StartDate".to_string(),
            "BT-73",
            "invoicing period start date",
        ),
        (
            "/cac:InvoicePeriod/cbc:EndDate".to_string(),
            "BT-74",
            "invoicing period end date",
        ),
        (
            format!("{line}{reference}"),
            "EXT-FR-FE-138",
            "line's preceding invoice issue date",
        ),
        (
            format!("{line}/cac:Delivery/cbc:ActualDeliveryDate"),
            "EXT-FR-FE-158",
            "line's actual delivery date",
        ),
        (
            format!("{line}/cac:InvoicePeriod/cbc:StartDate"),
            "BT-134",
            "line period start date",
        ),
        (
            format!("{line}/cac:InvoicePeriod/cbc:EndDate"),
            "BT-135",
            "line period end date",
        ),
    ];
    for (path, field, what) in &fields {
        for n in all(root, path) {
            super::date(out, &format!("BR-FR-03_{field}"), field, what, raw(n), true);
        }
    }
}

/// BR-FR-04: the document type codes.
fn type_codes(root: N, line: &str, out: &mut Vec<Finding>) {
    let reference = "/cac:BillingReference/cac:InvoiceDocumentReference/cbc:DocumentTypeCode";
    let fields = [
        (
            type_code_path(root).to_string(),
            "BT-3",
            "document type code",
        ),
        (
            reference.to_string(),
            "EXT-FR-FE-02",
            "preceding invoice type code",
        ),
        (
            format!("{line}{reference}"),
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

fn type_code_path(root: N) -> &'static str {
    if root.ns() == Ns::UblInvoice {
        "/cbc:InvoiceTypeCode"
    } else {
        "/cbc:CreditNoteTypeCode"
    }
}

/// The notes joined by `#`, as the schematron reads them: a note `#PMT#…` makes `…#PMT#…`.
fn all_notes(root: N) -> String {
    texts(root, "Note").collect::<Vec<_>>().join("#")
}

/// The treatment of the first note BAR: what follows `#BAR#`, up to the next `#`.
fn bar_treatment(root: N) -> String {
    let notes = all_notes(root);
    let after = notes.split_once("#BAR#").map_or("", |(_, a)| a);
    after.split('#').next().unwrap_or("").to_string()
}

/// BR-FR-05, BR-FR-06, BR-FR-20, BR-FR-31 (`BR-FR-30_BT-21` here): the notes.
fn notes(root: N, out: &mut Vec<Finding>) {
    let notes = all_notes(root);
    for (i, code) in ["PMT", "PMD", "AAB"].iter().enumerate() {
        if !notes.contains(&format!("#{code}#")) {
            super::missing_note(out, &format!("BR-FR-05_BT-22-{}", i + 1), code);
        }
    }
    for (i, code) in ["PMT", "PMD", "AAB", "TXD"].iter().enumerate() {
        let count = notes.matches(&format!("#{code}#")).count();
        super::repeated_note(out, &format!("BR-FR-06_BT-21-{}", i + 1), code, count);
    }
    let treatment = bar_treatment(root);
    if !treatment.is_empty() && !codes::is_bar_treatment(&treatment) {
        super::bar_treatment(out, Some(&treatment));
    }
    let bar_notes: String = texts(root, "Note")
        .filter(|n| n.contains("#BAR#"))
        .collect();
    let bar_notes = format!("{bar_notes}#");
    let treated = codes::BAR_TREATMENTS
        .iter()
        .map(|t| bar_notes.matches(&format!("BAR#{t}#")).count())
        .sum();
    super::repeated_bar(out, "BR-FR-30_BT-21", treated);
}

/// BR-FR-09: each party's SIRET (scheme 0009) starts with its SIREN. For the delivery places
/// the SIRET is the location's identifier and the SIREN the delivery party's.
fn sirets(root: N, line: &str, out: &mut Vec<Finding>) {
    let ids = "/cac:PartyIdentification/cbc:ID";
    let legal = "/cac:PartyLegalEntity/cbc:CompanyID";
    let delivery_legal = "/cac:DeliveryParty/cac:PartyLegalEntity/cbc:CompanyID";
    let location = "/cac:DeliveryLocation/cbc:ID";
    let parties = [
        (SUPPLIER.to_string(), "BT-29", ids, legal, true),
        (CUSTOMER.to_string(), "BT-46", ids, legal, true),
        ("/cac:PayeeParty".to_string(), "BT-60", ids, legal, false),
        (
            format!("{CUSTOMER}/cac:AgentParty"),
            "EXT-FR-FE-06",
            ids,
            legal,
            false,
        ),
        (
            "/cac:PaymentMeans/cac:PaymentMandate/cac:PayerParty".to_string(),
            "EXT-FR-FE-46",
            ids,
            legal,
            false,
        ),
        (
            format!("{SUPPLIER}/cac:AgentParty"),
            "EXT-FR-FE-69",
            ids,
            legal,
            false,
        ),
        (
            format!("{CUSTOMER}/cac:ServiceProviderParty/cac:Party"),
            "EXT-FR-FE-92",
            ids,
            legal,
            false,
        ),
        (
            format!("{SUPPLIER}/cac:ServiceProviderParty/cac:Party"),
            "EXT-FR-FE-115",
            ids,
            legal,
            false,
        ),
        (
            "/cac:Delivery".to_string(),
            "BT-71",
            location,
            delivery_legal,
            false,
        ),
        // As the schematron's path reads: a location inside the line's delivery location.
        (
            format!("{line}/cac:Delivery/cac:DeliveryLocation"),
            "EXT-FR-FE-146",
            location,
            delivery_legal,
            false,
        ),
    ];
    for (path, field, siret_path, siren_path, strict) in &parties {
        for party in all(root, path) {
            let Some(siret) = with_attr(all(party, siret_path), "schemeID", "0009")
                .first()
                .map(|n| raw(*n))
            else {
                continue;
            };
            let siren = with_attr(all(party, siren_path), "schemeID", "0002")
                .first()
                .map(|n| raw(*n));
            let siren = match siren {
                Some(s) if *strict || !s.is_empty() => Some(s),
                _ if *strict => None,
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

/// A party's SIREN: its legal registration identifier with scheme 0002.
fn siren<'a>(party: N<'a, '_>) -> Option<&'a str> {
    with_attr(
        all(party, "/cac:PartyLegalEntity/cbc:CompanyID"),
        "schemeID",
        "0002",
    )
    .first()
    .map(|n| raw(*n))
}

/// BR-FR-10, BR-FR-11, BR-FR-32: the SIRENs.
fn sirens(root: N, out: &mut Vec<Finding>) {
    // The UBL schematron checks the seller's SIREN only where it has a legal entity.
    for entity in all(
        root,
        "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity",
    ) {
        let siren = with_attr(all(entity, "/cbc:CompanyID"), "schemeID", "0002")
            .first()
            .map(|n| raw(*n));
        super::seller_siren(out, "BR-FR-10_BT-30", siren);
    }
    if bar_treatment(root) == "B2B" {
        let buyer = first(root, CUSTOMER).and_then(siren);
        if !buyer.is_some_and(|s| codes::is_nine_digits(&codes::normalize_space(s))) {
            super::buyer_siren(out, buyer);
        }
    }
    for chain in chains(root, "cac:PartyLegalEntity/cbc:CompanyID", 4) {
        let id = chain[chain.len() - 1];
        if has_attr(id, "schemeID", "0002") {
            let field = party_field(&chain[..chain.len() - 2], ["BT-30", "BT-47", "BT-61"]);
            super::nine_digits(
                out,
                "BR-FR-32-LEGALID",
                &field,
                "legal registration identifier",
                raw(id),
            );
        }
    }
    for chain in chains(root, "cac:PartyIdentification/cbc:ID", 4) {
        let id = chain[chain.len() - 1];
        if has_attr(id, "schemeID", "0002") || has_attr(id, "schemeID", "0231") {
            let field = party_field(&chain[..chain.len() - 2], ["BT-29", "BT-46", "BT-60"]);
            super::nine_digits(out, "BR-FR-32-ID", &field, "party identifier", raw(id));
        }
    }
}

/// The business term of a party's identifier, by the party (the end of `ancestors`): the
/// seller's, the buyer's or the payee's; other parties are named by their element.
fn party_field(ancestors: &[N], [seller, buyer, payee]: [&str; 3]) -> String {
    let name = |back: usize| {
        ancestors
            .len()
            .checked_sub(back)
            .map(|i| ancestors[i].name())
    };
    match (name(2), name(1)) {
        (Some("AccountingSupplierParty"), Some("Party")) => seller.to_string(),
        (Some("AccountingCustomerParty"), Some("Party")) => buyer.to_string(),
        (_, Some("PayeeParty")) => payee.to_string(),
        (_, Some(party)) => format!("cac:{party}"),
        _ => String::new(),
    }
}

/// The electronic address of a party, and its scheme.
fn endpoint<'a>(root: N<'a, '_>, party: &str) -> (Option<&'a str>, Option<&'a str>) {
    let id = first(root, &format!("{party}/cbc:EndpointID"));
    (id.map(raw), id.and_then(|i| i.attribute("schemeID")))
}

/// BR-FR-12, BR-FR-13, BR-FR-21, BR-FR-22: the buyer's and the seller's electronic addresses.
fn endpoints(root: N, out: &mut Vec<Finding>) {
    let blank = |v: Option<&str>| codes::normalize_space(v.unwrap_or("")).is_empty();
    if blank(endpoint(root, CUSTOMER).0) {
        super::missing_endpoint(out, "BR-FR-12_BT-49", "BT-49", "buyer");
    }
    if blank(endpoint(root, SUPPLIER).0) {
        super::missing_endpoint(out, "BR-FR-13_BT-34", "BT-34", "seller");
    }
    if bar_treatment(root) != "B2B" {
        return;
    }
    let self_billed = all(root, type_code_path(root))
        .into_iter()
        .any(|t| codes::is_self_billed(raw(t)));
    let (rule, field, party, path) = if self_billed {
        ("BR-FR-22_BT-34", "BT-34", "seller", SUPPLIER)
    } else {
        ("BR-FR-21_BT-49", "BT-49", "buyer", CUSTOMER)
    };
    let (id, scheme) = endpoint(root, path);
    let siren = first(root, path).and_then(siren);
    super::b2b_endpoint(out, rule, field, party, id, scheme, siren);
}

/// BR-FR-15, BR-FR-16: the VAT categories and rates of the allowances and charges, of the VAT
/// breakdown and of the items.
fn vat(root: N, out: &mut Vec<Finding>) {
    let categories = [
        (
            "cac:AllowanceCharge/cac:TaxCategory",
            ("BR-FR-15_BT-95_BT-102-1", "BR-FR-15_BT-95_BT-102-2"),
            "BT-95",
        ),
        (
            "cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory",
            ("BR-FR-15_BT-118-1", "BR-FR-15_BT-118-2"),
            "BT-118",
        ),
        // The schematron's own id for the L/M check of the items.
        (
            "cac:Item/cac:ClassifiedTaxCategory",
            ("BR-FR-15_BT-151-1", "BR-FR-08_BT-151-2"),
            "BT-151",
        ),
    ];
    for (path, rules, field) in categories {
        for category in all(root, path) {
            let code = texts(category, "ID").next();
            super::vat_category(out, rules, field, code, true);
        }
    }
    // Credit note lines are not checked: the schematron names only cac:InvoiceLine.
    let rates = [
        ("cac:AllowanceCharge/cac:TaxCategory", "BT-96"),
        ("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory", "BT-119"),
        (
            "cac:InvoiceLine/cac:Item/cac:ClassifiedTaxCategory",
            "BT-152",
        ),
    ];
    for (path, field) in rates {
        for category in all(root, path) {
            if let Some(rate) = texts(category, "Percent").next() {
                super::vat_rate(out, &format!("BR-FR-16_{field}"), field, rate);
            }
        }
    }
}

/// BR-FR-17, BR-FR-18: the attachments' descriptions (any document reference, whatever its
/// type, in the UBL schematron).
fn attachments(root: N, out: &mut Vec<Finding>) {
    for reference in all(root, "cac:AdditionalDocumentReference") {
        if let Some(description) = texts(reference, "DocumentDescription").next() {
            super::attachment_code(out, description);
        }
    }
    let readable = all(root, "/cac:AdditionalDocumentReference")
        .into_iter()
        .filter(|r| texts(*r, "DocumentDescription").any(|d| d == "LISIBLE"))
        .count();
    super::readable_copies(out, readable);
}

/// BR-FR-23 … BR-FR-26: the electronic addresses and the private identifiers (scheme 0224).
fn addresses(root: N, out: &mut Vec<Finding>) {
    let parties = [
        (SUPPLIER.to_string(), "BT-34"),
        (CUSTOMER.to_string(), "BT-49"),
        (format!("{CUSTOMER}/cac:AgentParty"), "EXT-FR-FE-12"),
        ("/cac:PayeeParty".to_string(), "EXT-FR-FE-29"),
        (
            "/cac:PaymentMeans/cac:PaymentMandate/cac:PayerParty".to_string(),
            "EXT-FR-FE-52",
        ),
        (format!("{SUPPLIER}/cac:AgentParty"), "EXT-FR-FE-75"),
        (
            format!("{CUSTOMER}/cac:ServiceProviderParty/cac:Party"),
            "EXT-FR-FE-98",
        ),
        (
            format!("{SUPPLIER}/cac:ServiceProviderParty/cac:Party"),
            "EXT-FR-FE-121",
        ),
    ];
    for (party, field) in &parties {
        for id in all(root, &format!("{party}/cbc:EndpointID")) {
            let what = "electronic address";
            if has_attr(id, "schemeID", "0225") {
                super::scheme_format(out, &format!("BR-FR-23_{field}"), field, what, raw(id));
            }
            super::max_length(out, &format!("BR-FR-25_{field}"), field, what, raw(id), 125);
        }
    }
    for (party, field) in [(SUPPLIER, "BT-29"), (CUSTOMER, "BT-46")] {
        let ids = all(root, &format!("{party}/cac:PartyIdentification/cbc:ID"));
        for id in with_attr(ids, "schemeID", "0224") {
            let what = "private identifier";
            super::scheme_format(out, &format!("BR-FR-24_{field}"), field, what, raw(id));
            super::max_length(out, &format!("BR-FR-26_{field}"), field, what, raw(id), 100);
        }
    }
}

/// BR-FR-27, BR-FR-28: the item attributes (BG-32). BR-FR-27's path in the UBL schematron is
/// an item right under the root, so it checks only such documents.
fn item_attributes(root: N, line: &str, out: &mut Vec<Finding>) {
    for attribute in all(root, "/cac:Item/cac:AdditionalItemProperty") {
        let names: Vec<&str> = texts(attribute, "Name").collect();
        let codes: Vec<&str> = texts(attribute, "NameCode").collect();
        super::attribute_names(out, &names, &codes);
    }
    for attribute in all(root, &format!("{line}/cac:Item/cac:AdditionalItemProperty")) {
        let quantities: Vec<N> = children(attribute, CBC, "ValueQuantity").collect();
        let unit = quantities
            .iter()
            .any(|q| q.attribute("unitCode").is_some_and(|u| !u.is_empty()));
        let value = children(attribute, CBC, "Value").next().is_some();
        super::attribute_value(out, value, !quantities.is_empty(), unit);
    }
}

/// BR-FR-29, BR-FR-30: the invoiced object identifiers of schemes AFL and AVV, of the document
/// references and of the lines' references.
fn object_ids(root: N, line: &str, out: &mut Vec<Finding>) {
    for reference in all(root, "/cac:AdditionalDocumentReference") {
        references(out, reference, "BR-FR-29", "BT-18");
    }
    for reference in all(root, &format!("{line}/cac:DocumentReference")) {
        references(out, reference, "BR-FR-30", "BT-128");
    }
}

fn references(out: &mut Vec<Finding>, reference: N, rule: &str, field: &str) {
    let ids: Vec<N> = children(reference, CBC, "ID").collect();
    let of = |scheme: &'static str| {
        ids.iter()
            .copied()
            .filter(move |i| has_attr(*i, "schemeID", scheme))
    };
    super::object_ids(
        out,
        &format!("{rule}_{field}"),
        field,
        of("AFL").count(),
        of("AVV").count(),
    );
    for scheme in ["AFL", "AVV"] {
        for id in of(scheme) {
            let what = format!("invoiced object identifier of scheme {scheme}");
            super::blank(out, &format!("{rule}_{scheme}"), field, &what, raw(id));
        }
    }
}
