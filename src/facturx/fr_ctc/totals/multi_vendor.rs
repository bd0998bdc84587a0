//! BR-FR-MV-* and BR-FR-BD-*: invoices that bundle sub-invoices, multi-vendor (billing modes
//! S8, B8, M8) or two-way (S9, B9, M9). Lines are grouped: a GROUP line without a parent opens a
//! sub-invoice (its seller, its number as a line object identifier of scheme AFL, its totals),
//! DETAIL and INFORMATION lines point to their GROUP line by `ParentLineID`.
//!
//! Only the CII side is written here: the UBL schematron's multi-vendor rules read another
//! structure (a line's `BillingReference` to the document's own number) and are not checked yet.

use rust_decimal::Decimal;

use super::{Step, Syntax, all, billing_mode, first, norm, shown, texts, walk};
use crate::domain::en16931::Finding;
use crate::facturx::xml::{self, N, QDT, RAM, RSM};

const TRANSACTION: Step = (RSM, "SupplyChainTradeTransaction");
const LINE: Step = (RAM, "IncludedSupplyChainTradeLineItem");
const LINE_DOC: Step = (RAM, "AssociatedDocumentLineDocument");
const LINE_SETTLEMENT: Step = (RAM, "SpecifiedLineTradeSettlement");
const LINE_SUMMATION: Step = (RAM, "SpecifiedTradeSettlementLineMonetarySummation");
const ITEM_SELLER: [Step; 2] = [
    (RAM, "SpecifiedLineTradeAgreement"),
    (RAM, "ItemSellerTradeParty"),
];
const LEGAL_ID: [Step; 2] = [(RAM, "SpecifiedLegalOrganization"), (RAM, "ID")];
const REFERENCE: Step = (RAM, "AdditionalReferencedDocument");

/// Type codes of self-billed documents: forbidden in S8/B8/M8 (BR-FR-MV-13), required in
/// S9/B9/M9 (BR-FR-BD-13).
const SELF_BILLED: [&str; 7] = ["389", "261", "501", "500", "502", "471", "473"];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// S8, B8, M8.
    MultiVendor,
    /// S9, B9, M9.
    TwoWay,
}

pub(super) fn check(root: N, syntax: Syntax, out: &mut Vec<Finding>) {
    let mode = match billing_mode(root, syntax).as_str() {
        "S8" | "B8" | "M8" => Mode::MultiVendor,
        "S9" | "B9" | "M9" => Mode::TwoWay,
        _ => return,
    };
    if syntax == Syntax::Ubl {
        return;
    }
    let Some(transaction) = xml::child(root, RSM, "SupplyChainTradeTransaction") else {
        return;
    };
    let doc = Invoice::read(root, transaction);
    status_codes(&doc, out);
    groups(&doc, mode, out);
    type_code(root, mode, out);
    for line in &doc.lines {
        line_seller_and_number(&doc, line, out);
    }
    for line in doc.lines.iter().filter(|l| l.is_group_root()) {
        group_line(&doc, line, mode, out);
    }
    unique_numbers(root, out);
}

/// What the rules read of the document.
struct Invoice<'a, 'i> {
    lines: Vec<Line<'a, 'i>>,
    transaction: N<'a, 'i>,
    /// BT-1, raw.
    number: String,
    /// BT-5 and BT-6 (the element, possibly empty).
    currency: Option<&'a str>,
    accounting_currency: Option<&'a str>,
    /// BT-3, normalized.
    type_code: String,
    /// The legal identifiers (BT-30, BT-47) of the seller and the buyer, raw.
    seller_id: Vec<&'a str>,
    buyer_id: Vec<&'a str>,
}

struct Line<'a, 'i> {
    node: N<'a, 'i>,
    /// LineID, raw (the schematron compares it raw here, normalized there).
    id: Option<&'a str>,
    parent: Option<&'a str>,
    status: Vec<&'a str>,
    /// The sub-invoice number: the line object identifier of scheme AFL, type 130 (BT-128).
    number: String,
    /// The line seller's legal identifier (EXT-FR-FE-167), normalized.
    seller_id: String,
}

impl<'a, 'i> Invoice<'a, 'i> {
    fn read(root: N<'a, 'i>, transaction: N<'a, 'i>) -> Self {
        let header = |steps: &[Step]| first(transaction, steps).map(|n| n.text().unwrap_or(""));
        let party_ids = |party| {
            all(
                transaction,
                &[
                    (RAM, "ApplicableHeaderTradeAgreement"),
                    (RAM, party),
                    LEGAL_ID[0],
                    LEGAL_ID[1],
                ],
            )
            .into_iter()
            .map(|n| n.text().unwrap_or(""))
            .collect()
        };
        let settlement = (RAM, "ApplicableHeaderTradeSettlement");
        Invoice {
            lines: all(transaction, &[LINE])
                .into_iter()
                .map(Line::read)
                .collect(),
            transaction,
            number: first(root, &[(RSM, "ExchangedDocument"), (RAM, "ID")])
                .and_then(|n| n.text())
                .unwrap_or("")
                .to_string(),
            currency: header(&[settlement, (RAM, "InvoiceCurrencyCode")]),
            accounting_currency: header(&[settlement, (RAM, "TaxCurrencyCode")]),
            type_code: norm(first(
                root,
                &[(RSM, "ExchangedDocument"), (RAM, "TypeCode")],
            )),
            seller_id: party_ids("SellerTradeParty"),
            buyer_id: party_ids("BuyerTradeParty"),
        }
    }

    fn parent_of(&self, line: &Line) -> Option<&Line<'a, 'i>> {
        let parent = line.parent?;
        self.lines.iter().find(|l| l.id == Some(parent))
    }
}

impl<'a, 'i> Line<'a, 'i> {
    fn read(node: N<'a, 'i>) -> Self {
        let doc = |name| first(node, &[LINE_DOC, (RAM, name)]);
        Line {
            node,
            id: doc("LineID").map(|n| n.text().unwrap_or("")),
            parent: doc("ParentLineID").map(|n| n.text().unwrap_or("")),
            status: texts(node, &[LINE_DOC, (RAM, "LineStatusReasonCode")]),
            number: norm(
                all(node, &[LINE_SETTLEMENT, REFERENCE])
                    .into_iter()
                    .find(|r| is_sub_invoice_number(*r))
                    .and_then(|r| xml::child(r, RAM, "IssuerAssignedID")),
            ),
            seller_id: norm(first(
                node,
                &[ITEM_SELLER[0], ITEM_SELLER[1], LEGAL_ID[0], LEGAL_ID[1]],
            )),
        }
    }

    /// A GROUP line without a parent: the head of a sub-invoice.
    fn is_group_root(&self) -> bool {
        self.status.contains(&"GROUP") && self.parent.is_none()
    }

    fn label(&self) -> String {
        shown(self.id.unwrap_or("").trim())
    }

    fn amount(&self, name: &'static str) -> Option<Decimal> {
        let n = first(self.node, &[LINE_SETTLEMENT, LINE_SUMMATION, (RAM, name)])?;
        xml::parse_decimal(n.text()?)
    }

    /// The line's VAT total in a currency (EXT-FR-FE-181, EXT-FR-FE-182).
    fn tax_total(&self, currency: Option<&str>) -> Option<N<'a, 'i>> {
        all(
            self.node,
            &[LINE_SETTLEMENT, LINE_SUMMATION, (RAM, "TaxTotalAmount")],
        )
        .into_iter()
        .find(|t| currency.is_some() && t.attribute("currencyID") == currency)
    }
}

/// An `AdditionalReferencedDocument` of scheme AFL and type 130: a sub-invoice number.
fn is_sub_invoice_number(r: N) -> bool {
    texts(r, &[(RAM, "ReferenceTypeCode")]).contains(&"AFL")
        && texts(r, &[(RAM, "TypeCode")]).contains(&"130")
}

/// BR-FR-MV-01: a line status code (EXT-FR-FE-163), where given, is not empty.
fn status_codes(doc: &Invoice, out: &mut Vec<Finding>) {
    for line in &doc.lines {
        if line.status.iter().any(|s| s.is_empty()) {
            out.push(Finding::error(
                "BR-FR-MV-01_EXT-FR-FE-163",
                "EXT-FR-FE-163",
                format!(
                    "line {}: its line status code (EXT-FR-FE-163) is empty: in the billing \
                     modes S8, B8, M8, S9, B9, M9 give GROUP, DETAIL or INFORMATION",
                    line.label()
                ),
            ));
        }
    }
}

/// BR-FR-MV-02 (at least one sub-invoice) and BR-FR-BD-02 (exactly two: the seller's and the
/// buyer's).
fn groups(doc: &Invoice, mode: Mode, out: &mut Vec<Finding>) {
    let roots: Vec<&Line> = doc.lines.iter().filter(|l| l.is_group_root()).collect();
    match mode {
        Mode::MultiVendor if roots.is_empty() => out.push(Finding::error(
            "BR-FR-MV-02_EXT-FR-FE-163",
            "EXT-FR-FE-163",
            "a multi-vendor invoice (BT-23 S8, B8, M8) needs at least one GROUP line without a \
             parent line, one per sub-invoice",
        )),
        Mode::MultiVendor => {}
        Mode::TwoWay => {
            if roots.len() != 2 {
                out.push(Finding::error(
                    "BR-FR-BD-02_EXT-FR-FE-163",
                    "EXT-FR-FE-163",
                    format!(
                        "a two-way invoice (BT-23 S9, B9, M9) needs exactly two GROUP lines \
                         without a parent line; found {}",
                        roots.len()
                    ),
                ));
            }
            for (id, field, party, ids) in [
                ("BR-FR-BD-02_BT-31", "BT-30", "seller", &doc.seller_id),
                ("BR-FR-BD-02_BT-47", "BT-47", "buyer", &doc.buyer_id),
            ] {
                let count = roots
                    .iter()
                    .filter(|l| line_seller_ids(l).iter().any(|s| ids.contains(s)))
                    .count();
                if count != 1 {
                    out.push(Finding::error(
                        id,
                        field,
                        format!(
                            "a two-way invoice (BT-23 S9, B9, M9) needs exactly one GROUP line \
                             whose seller legal identifier (EXT-FR-FE-167) is the {party}'s \
                             ({field}); found {count}"
                        ),
                    ));
                }
            }
        }
    }
}

fn line_seller_ids<'a>(line: &Line<'a, '_>) -> Vec<&'a str> {
    all(
        line.node,
        &[ITEM_SELLER[0], ITEM_SELLER[1], LEGAL_ID[0], LEGAL_ID[1]],
    )
    .into_iter()
    .map(|n| n.text().unwrap_or(""))
    .collect()
}

/// BR-FR-MV-13 and BR-FR-BD-13: self-billed type codes are forbidden in S8/B8/M8 and required in
/// S9/B9/M9.
fn type_code(root: N, mode: Mode, out: &mut Vec<Finding>) {
    for code in all(root, &[(RSM, "ExchangedDocument"), (RAM, "TypeCode")]) {
        let code = norm(Some(code));
        let self_billed = SELF_BILLED.contains(&code.as_str());
        match mode {
            Mode::MultiVendor if code.is_empty() || self_billed => out.push(Finding::error(
                "BR-FR-MV-13_BT-3",
                "BT-3",
                format!(
                    "a multi-vendor invoice (BT-23 S8, B8, M8) cannot have a self-billed type \
                     code (BT-3) {}: use a type other than 389, 261, 501, 500, 502, 471, 473",
                    shown(&code)
                ),
            )),
            Mode::TwoWay if !self_billed => out.push(Finding::error(
                "BR-FR-BD-13_BT-3",
                "BT-3",
                format!(
                    "a two-way invoice (BT-23 S9, B9, M9) must have a self-billed type code \
                     (BT-3): 389, 261, 501, 500, 502, 471 or 473, not {}",
                    shown(&code)
                ),
            )),
            _ => {}
        }
    }
}

/// BR-FR-MV-06, MV-07 (every line: a seller legal identifier and a sub-invoice number, both the
/// parent line's) and MV-08 (a DETAIL line's VAT exemption reason starts with `#number#`).
fn line_seller_and_number(doc: &Invoice, line: &Line, out: &mut Vec<Finding>) {
    let parent = doc.parent_of(line);
    let parent_seller = parent.map(|p| p.seller_id.as_str()).unwrap_or("");
    let parent_number = parent.map(|p| p.number.as_str()).unwrap_or("");
    if line.seller_id.is_empty() || (line.parent.is_some() && line.seller_id != parent_seller) {
        out.push(Finding::error(
            "BR-FR-MV-06_EXT-FR-FE-167",
            "EXT-FR-FE-167",
            format!(
                "line {}: its seller legal identifier (EXT-FR-FE-167) {} must be given and be \
                 its parent line's ({})",
                line.label(),
                shown(&line.seller_id),
                shown(parent_seller)
            ),
        ));
    }
    if line.number.is_empty() || (line.parent.is_some() && line.number != parent_number) {
        out.push(Finding::error(
            "BR-FR-MV-07_BT-128",
            "BT-128",
            format!(
                "line {}: its sub-invoice number (BT-128 of scheme AFL, type 130) {} must be \
                 given and be its parent line's ({})",
                line.label(),
                shown(&line.number),
                shown(parent_number)
            ),
        ));
    }
    if line.status.contains(&"DETAIL") {
        let reason = first(
            line.node,
            &[
                LINE_SETTLEMENT,
                (RAM, "ApplicableTradeTax"),
                (RAM, "ExemptionReason"),
            ],
        );
        let raw = reason.and_then(|r| r.text()).unwrap_or("");
        let tagged = !norm(reason).is_empty()
            && !line.number.is_empty()
            && raw.starts_with(&format!("#{}#", line.number));
        if !tagged {
            out.push(Finding::error(
                "BR-FR-MV-08_BT-128",
                "BT-128",
                format!(
                    "line {}: its VAT exemption reason {} must start with its sub-invoice \
                     number between '#' ({})",
                    line.label(),
                    shown(raw.trim()),
                    shown(&format!("#{}#", line.number))
                ),
            ));
        }
    }
}

/// The rules on a GROUP line without a parent (a sub-invoice head).
fn group_line(doc: &Invoice, line: &Line, mode: Mode, out: &mut Vec<Finding>) {
    group_party(line, out);
    group_references(line, out);
    group_totals(doc, line, out);
    main_seller_number(doc, line, out);
    preceding_invoice(doc, line, mode, out);
}

/// BR-FR-MV-03: the sub-invoice's seller (name, legal identifier, country).
fn group_party(line: &Line, out: &mut Vec<Finding>) {
    let seller = |steps: &[Step]| {
        let mut path = ITEM_SELLER.to_vec();
        path.extend_from_slice(steps);
        norm(first(line.node, &path))
    };
    for (id, field, what, value) in [
        (
            "BR-FR-MV-03_EXT-FR-FE-164",
            "EXT-FR-FE-164",
            "name",
            seller(&[(RAM, "Name")]),
        ),
        (
            "BR-FR-MV-03_EXT-FR-FE-167",
            "EXT-FR-FE-167",
            "legal identifier",
            seller(&LEGAL_ID),
        ),
        (
            "BR-FR-MV-03_EXT-FR-FE-177",
            "EXT-FR-FE-177",
            "country code",
            seller(&[(RAM, "PostalTradeAddress"), (RAM, "CountryID")]),
        ),
    ] {
        if value.is_empty() {
            out.push(Finding::error(
                id,
                field,
                format!(
                    "GROUP line {}: give its seller's {what} ({field})",
                    line.label()
                ),
            ));
        }
    }
}

/// BR-FR-MV-03 on the GROUP line's object identifiers: an AFL one (the sub-invoice number) and an
/// AVV one (not a billing mode) have type 130 and a value.
fn group_references(line: &Line, out: &mut Vec<Finding>) {
    for r in all(line.node, &[LINE_SETTLEMENT, REFERENCE]) {
        let scheme = texts(r, &[(RAM, "ReferenceTypeCode")]);
        let (id, what) = if scheme.contains(&"AFL") {
            ("BR-FR-MV-03_BT-128_AFL", "AFL")
        } else if scheme.contains(&"AVV") {
            ("BR-FR-MV-03_BT-128_AVV", "AVV")
        } else {
            continue;
        };
        let value = norm(xml::child(r, RAM, "IssuerAssignedID"));
        let values = texts(r, &[(RAM, "IssuerAssignedID")]);
        let billing_mode = what == "AVV" && values.iter().any(|v| ["M8", "S8", "B8"].contains(v));
        if !texts(r, &[(RAM, "TypeCode")]).contains(&"130") || value.is_empty() || billing_mode {
            out.push(Finding::error(
                id,
                "BT-128",
                format!(
                    "GROUP line {}: its object identifier of scheme {what} (BT-128) {} needs \
                     the type code 130 and a value{}",
                    line.label(),
                    shown(&value),
                    if what == "AVV" {
                        " other than M8, S8, B8"
                    } else {
                        ""
                    }
                ),
            ));
        }
    }
}

/// BR-FR-MV-03 (the GROUP line's VAT totals in the invoice and accounting currencies), MV-05
/// (its net total is its children's), MV-09 (its VAT total is that of the VAT breakdowns tagged
/// with its number) and MV-10 (its total with VAT is net plus VAT).
fn group_totals(doc: &Invoice, line: &Line, out: &mut Vec<Finding>) {
    let label = line.label();
    let tax = line.tax_total(doc.currency);
    let tax_value = tax.and_then(|t| xml::parse_decimal(t.text()?));
    if norm(tax).is_empty() {
        out.push(Finding::error(
            "BR-FR-MV-03_EXT-FR-FE-181",
            "EXT-FR-FE-181",
            format!(
                "GROUP line {label}: give its VAT total (EXT-FR-FE-181) in the invoice currency \
                 {}",
                shown(doc.currency.unwrap_or(""))
            ),
        ));
    }
    if let Some(accounting) = doc.accounting_currency
        && (accounting.is_empty() || norm(line.tax_total(Some(accounting))).is_empty())
    {
        out.push(Finding::error(
            "BR-FR-MV-03_EXT-FR-FE-182",
            "EXT-FR-FE-182",
            format!(
                "GROUP line {label}: give its VAT total (EXT-FR-FE-182) in the VAT accounting \
                 currency {}",
                shown(accounting)
            ),
        ));
    }
    let group_id = line.id.map(str::trim).unwrap_or("");
    let children: Vec<&Line> = doc
        .lines
        .iter()
        .filter(|l| l.parent == Some(group_id))
        .collect();
    let counted: Vec<Decimal> = children
        .iter()
        .filter(|l| l.status.iter().any(|s| *s != "INFORMATION"))
        .flat_map(|l| {
            all(
                l.node,
                &[LINE_SETTLEMENT, LINE_SUMMATION, (RAM, "LineTotalAmount")],
            )
        })
        .filter_map(|n| xml::parse_decimal(n.text().unwrap_or("")))
        .collect();
    let net = line.amount("LineTotalAmount");
    let tolerance = |n: usize| Decimal::new(n as i64, 2);
    let children_net: Decimal = counted.iter().sum();
    if net.is_none_or(|net| (net - children_net).abs() > tolerance(counted.len())) {
        out.push(Finding::error(
            "BR-FR-MV-05_EXT-FR-FE-BG-12",
            "BT-131",
            format!(
                "GROUP line {label}: its net amount (BT-131) {} must be the sum of its child \
                 lines' ({children_net}, within 0.01 per child line)",
                shown(&net.map(|n| n.to_string()).unwrap_or_default())
            ),
        ));
    }
    let tag = format!("#{}#", line.number);
    let breakdown_vat: Decimal = all(
        doc.transaction,
        &[
            (RAM, "ApplicableHeaderTradeSettlement"),
            (RAM, "ApplicableTradeTax"),
        ],
    )
    .into_iter()
    .filter(|t| {
        texts(*t, &[(RAM, "TypeCode")]).contains(&"VAT")
            && first(*t, &[(RAM, "ExemptionReason")])
                .and_then(|r| r.text())
                .is_some_and(|r| r.starts_with(&tag))
    })
    .flat_map(|t| all(t, &[(RAM, "CalculatedAmount")]))
    .filter_map(|n| xml::parse_decimal(n.text().unwrap_or("")))
    .sum();
    if tax_value.is_none_or(|v| (v - breakdown_vat).abs() > tolerance(1)) {
        out.push(Finding::error(
            "BR-FR-MV-09_EXT-FR-FE-181",
            "EXT-FR-FE-181",
            format!(
                "GROUP line {label}: its VAT total (EXT-FR-FE-181) {} must be the sum of the VAT \
                 breakdowns whose exemption reason starts with {} ({breakdown_vat})",
                shown(&norm(tax)),
                shown(&tag)
            ),
        ));
    }
    let grand = first(
        line.node,
        &[LINE_SETTLEMENT, LINE_SUMMATION, (RAM, "GrandTotalAmount")],
    );
    if grand.is_some() {
        let sub_lines = children
            .iter()
            .filter(|l| l.status.iter().any(|s| *s == "DETAIL" || *s == "GROUP"))
            .count();
        let grand_value = grand.and_then(|g| xml::parse_decimal(g.text()?));
        let consistent = match (grand_value, net, tax_value) {
            (Some(g), Some(n), Some(t)) => (g - n - t).abs() <= tolerance(sub_lines),
            _ => false,
        };
        if !consistent {
            out.push(Finding::error(
                "BR-FR-MV-10_EXT-FR-FE-184",
                "EXT-FR-FE-184",
                format!(
                    "GROUP line {label}: its total with VAT (EXT-FR-FE-184) {} must be its net \
                     amount plus its VAT total (within 0.01 per DETAIL or GROUP child line)",
                    shown(&norm(grand))
                ),
            ));
        }
    }
}

/// BR-FR-MV-11: the main seller's sub-invoice bears the invoice number (BT-1), unless the main
/// seller has several sub-invoices.
fn main_seller_number(doc: &Invoice, line: &Line, out: &mut Vec<Finding>) {
    let main_seller = |l: &Line| line_seller_ids(l).iter().any(|s| doc.seller_id.contains(s));
    if !main_seller(line) {
        return;
    }
    let with_number = doc
        .lines
        .iter()
        .filter(|l| l.is_group_root() && main_seller(l))
        .flat_map(|l| all(l.node, &[LINE_SETTLEMENT, REFERENCE]))
        .filter(|r| {
            is_sub_invoice_number(*r)
                && texts(*r, &[(RAM, "IssuerAssignedID")])
                    .iter()
                    .any(|id| *id == doc.number.trim())
        })
        .count();
    let number = doc.number.as_str();
    let fine = with_number == 1
        || (with_number == 0 && line.number == number)
        || (with_number > 1 && line.number != number);
    if !fine {
        out.push(Finding::error(
            "BR-FR-MV-11_BT-128",
            "BT-128",
            format!(
                "GROUP line {}: the main seller's sub-invoice number (BT-128 of scheme AFL) {} \
                 must be the invoice number (BT-1) {} ({with_number} of its GROUP lines bear it)",
                line.label(),
                shown(&line.number),
                shown(number)
            ),
        ));
    }
}

/// BR-FR-MV-14 and BR-FR-BD-14: in a corrective invoice or a credit note, each sub-invoice names
/// the invoice it corrects (EXT-FR-FE-136) and its date (EXT-FR-FE-138).
fn preceding_invoice(doc: &Invoice, line: &Line, mode: Mode, out: &mut Vec<Finding>) {
    let (prefix, codes): (&str, &[&str]) = match mode {
        Mode::MultiVendor => ("BR-FR-MV-14", &["384", "472", "381", "396", "503"]),
        Mode::TwoWay => ("BR-FR-BD-14", &["261", "471", "473", "502"]),
    };
    if !codes.contains(&doc.type_code.as_str()) {
        return;
    }
    let reference = [LINE_SETTLEMENT, (RAM, "InvoiceReferencedDocument")];
    let has = |steps: &[Step]| {
        let mut path = reference.to_vec();
        path.extend_from_slice(steps);
        first(line.node, &path).is_some()
    };
    for (field, what, present) in [
        ("EXT-FR-FE-136", "number", has(&[(RAM, "IssuerAssignedID")])),
        (
            "EXT-FR-FE-138",
            "date",
            has(&[(RAM, "FormattedIssueDateTime"), (QDT, "DateTimeString")]),
        ),
    ] {
        if !present {
            out.push(Finding::error(
                &format!("{prefix}-{field}"),
                field,
                format!(
                    "GROUP line {}: a corrective invoice or credit note (BT-3 {}) names, on each \
                     sub-invoice, the {what} of the invoice it corrects ({field})",
                    line.label(),
                    shown(&doc.type_code)
                ),
            ));
        }
    }
}

/// BR-FR-MV-12: no sub-invoice number (AFL) of a GROUP line without a parent repeats an
/// `IssuerAssignedID` that comes before it in the document (XPath `preceding::`).
fn unique_numbers(root: N, out: &mut Vec<Finding>) {
    let mut seen: Vec<&str> = Vec::new();
    let mut repeated: Option<String> = None;
    walk(root, &mut |ancestors, n| {
        if !xml::is(&n, RAM, "IssuerAssignedID") {
            return;
        }
        let value = n.text().unwrap_or("");
        if repeated.is_none() && is_group_number(ancestors) && seen.contains(&value) {
            repeated = Some(value.to_string());
        }
        seen.push(value);
    });
    if let Some(value) = repeated {
        out.push(Finding::error(
            "BR-FR-MV-12_BT-128",
            "BT-128",
            format!(
                "the sub-invoice number (BT-128 of scheme AFL) {} comes twice: each GROUP line \
                 without a parent needs its own",
                shown(value.trim())
            ),
        ));
    }
}

/// Whether an `IssuerAssignedID` with these ancestors is the AFL number of a GROUP line without
/// a parent, directly in the transaction.
fn is_group_number(ancestors: &[N]) -> bool {
    let [.., transaction, line, settlement, reference] = ancestors else {
        return false;
    };
    xml::is(transaction, TRANSACTION.0, TRANSACTION.1)
        && xml::is(settlement, LINE_SETTLEMENT.0, LINE_SETTLEMENT.1)
        && is_sub_invoice_number(*reference)
        && Line::read(*line).is_group_root()
}
