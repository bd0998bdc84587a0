//! BR-FR-MV-* and BR-FR-BD-*: invoices that bundle sub-invoices, multi-vendor (billing modes
//! S8, B8, M8) or two-way (S9, B9, M9). Lines are grouped: a GROUP line without a parent opens a
//! sub-invoice (its seller, its number as a line object identifier of scheme AFL, its totals),
//! DETAIL and INFORMATION lines point to their GROUP line by `ParentLineID`.
//!
//! In UBL a line says its status and parent in a `BillingReference` to the document's own number
//! (BT-1): `DocumentStatusCode` and `BillingReferenceLine/ID`; its seller is the item's
//! `ManufacturerParty`, its sub-invoice number a `DocumentReference` of type 130 and scheme AFL.

use rust_decimal::Decimal;

use super::{
    Step, Syntax, UBL_LINE, all, billing_mode, first, norm, normalize, shown, texts, walk,
};
use crate::domain::en16931::Finding;
use crate::facturx::xml::{self, CAC, CBC, N, QDT, RAM, RSM};

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
    let doc = Invoice::read(root, syntax);
    status_codes(&doc, out);
    groups(&doc, mode, out);
    type_code(&doc, mode, out);
    for line in &doc.lines {
        line_seller_and_number(&doc, line, out);
    }
    for line in doc.lines.iter().filter(|l| l.group_root) {
        group_line(&doc, line, mode, out);
    }
    unique_numbers(root, syntax, out);
}

/// What the rules read of the document.
struct Invoice<'a, 'i> {
    syntax: Syntax,
    root: N<'a, 'i>,
    lines: Vec<Line<'a, 'i>>,
    /// BT-1, raw.
    number: String,
    /// BT-5 and BT-6 (the element, possibly empty).
    currency: Option<&'a str>,
    accounting_currency: Option<&'a str>,
    /// BT-3 (every one, normalized: UBL has two elements for it).
    type_codes: Vec<String>,
    /// The legal identifiers (BT-30, BT-47) of the seller and the buyer, raw.
    seller_id: Vec<&'a str>,
    buyer_id: Vec<&'a str>,
}

struct Line<'a, 'i> {
    node: N<'a, 'i>,
    syntax: Syntax,
    /// The line identifier (BT-126), raw.
    id: Option<&'a str>,
    /// The parent line (EXT-FR-FE-162), raw.
    parent: Option<&'a str>,
    /// The line status codes (EXT-FR-FE-163), trimmed.
    status: Vec<&'a str>,
    /// A GROUP line without a parent: the head of a sub-invoice.
    group_root: bool,
    /// The sub-invoice number: the line object identifier of scheme AFL, type 130 (BT-128).
    number: String,
    /// How many such numbers the line has that equal the invoice number (BR-FR-MV-11).
    numbers_as_invoice: usize,
    /// The line seller's legal identifier (EXT-FR-FE-167): every one raw, the first normalized.
    seller_ids: Vec<&'a str>,
    seller_id: String,
}

fn raw_texts<'a>(n: N<'a, '_>, steps: &[Step]) -> Vec<&'a str> {
    all(n, steps)
        .into_iter()
        .map(|n| n.text().unwrap_or(""))
        .collect()
}

const UBL_SELLER: [Step; 3] = [
    (CAC, "Item"),
    (CAC, "ManufacturerParty"),
    (CAC, "PartyLegalEntity"),
];
const UBL_OWN_DOC: [Step; 2] = [(CAC, "BillingReference"), (CAC, "InvoiceDocumentReference")];

impl<'a, 'i> Invoice<'a, 'i> {
    fn read(root: N<'a, 'i>, syntax: Syntax) -> Self {
        let first_raw = |steps: &[Step]| first(root, steps).map(|n| n.text().unwrap_or(""));
        let number = first_raw(match syntax {
            Syntax::Cii => &[(RSM, "ExchangedDocument"), (RAM, "ID")],
            Syntax::Ubl => &[(CBC, "ID")],
        })
        .unwrap_or("")
        .to_string();
        match syntax {
            Syntax::Cii => {
                let party_ids = |party| {
                    raw_texts(
                        root,
                        &[
                            TRANSACTION,
                            (RAM, "ApplicableHeaderTradeAgreement"),
                            (RAM, party),
                            LEGAL_ID[0],
                            LEGAL_ID[1],
                        ],
                    )
                };
                let settlement = |name| {
                    first_raw(&[
                        TRANSACTION,
                        (RAM, "ApplicableHeaderTradeSettlement"),
                        (RAM, name),
                    ])
                };
                Invoice {
                    syntax,
                    root,
                    lines: all(root, &[TRANSACTION, LINE])
                        .into_iter()
                        .map(|l| Line::read(l, syntax, &number))
                        .collect(),
                    currency: settlement("InvoiceCurrencyCode"),
                    accounting_currency: settlement("TaxCurrencyCode"),
                    type_codes: all(root, &[(RSM, "ExchangedDocument"), (RAM, "TypeCode")])
                        .into_iter()
                        .map(|n| norm(Some(n)))
                        .collect(),
                    seller_id: party_ids("SellerTradeParty"),
                    buyer_id: party_ids("BuyerTradeParty"),
                    number,
                }
            }
            Syntax::Ubl => {
                let party_ids = |party| {
                    raw_texts(
                        root,
                        &[
                            (CAC, party),
                            (CAC, "Party"),
                            (CAC, "PartyLegalEntity"),
                            (CBC, "CompanyID"),
                        ],
                    )
                };
                let codes = ["InvoiceTypeCode", "CreditNoteTypeCode"];
                Invoice {
                    syntax,
                    root,
                    lines: root
                        .children()
                        .filter(|l| super::step_is(l, UBL_LINE))
                        .map(|l| Line::read(l, syntax, &number))
                        .collect(),
                    currency: xml::child(root, CBC, "DocumentCurrencyCode")
                        .map(|n| n.text().unwrap_or("")),
                    accounting_currency: xml::child(root, CBC, "TaxCurrencyCode")
                        .map(|n| n.text().unwrap_or("")),
                    type_codes: codes
                        .iter()
                        .flat_map(|c| xml::children(root, CBC, c))
                        .map(|n| norm(Some(n)))
                        .collect(),
                    seller_id: party_ids("AccountingSupplierParty"),
                    buyer_id: party_ids("AccountingCustomerParty"),
                    number,
                }
            }
        }
    }

    fn parent_of(&self, line: &Line) -> Option<&Line<'a, 'i>> {
        let parent = line.parent?;
        self.lines.iter().find(|l| l.id == Some(parent))
    }

    /// The VAT of the breakdowns (BG-23) whose exemption reason starts with `tag`.
    fn breakdown_vat(&self, tag: &str) -> Decimal {
        let starts = |n: Option<N>| n.and_then(|r| r.text()).is_some_and(|r| r.starts_with(tag));
        let amounts: Vec<N> = match self.syntax {
            Syntax::Cii => all(
                self.root,
                &[
                    TRANSACTION,
                    (RAM, "ApplicableHeaderTradeSettlement"),
                    (RAM, "ApplicableTradeTax"),
                ],
            )
            .into_iter()
            .filter(|t| {
                texts(*t, &[(RAM, "TypeCode")]).contains(&"VAT")
                    && starts(xml::child(*t, RAM, "ExemptionReason"))
            })
            .flat_map(|t| all(t, &[(RAM, "CalculatedAmount")]))
            .collect(),
            Syntax::Ubl => all(self.root, &[(CAC, "TaxTotal"), (CAC, "TaxSubtotal")])
                .into_iter()
                .filter(|t| {
                    texts(*t, &[(CAC, "TaxCategory"), (CAC, "TaxScheme"), (CBC, "ID")])
                        .contains(&"VAT")
                        && starts(first(
                            *t,
                            &[(CAC, "TaxCategory"), (CBC, "TaxExemptionReason")],
                        ))
                })
                .flat_map(|t| all(t, &[(CBC, "TaxAmount")]))
                .collect(),
        };
        amounts
            .into_iter()
            .filter_map(|n| xml::parse_decimal(n.text().unwrap_or("")))
            .sum()
    }
}

impl<'a, 'i> Line<'a, 'i> {
    fn read(node: N<'a, 'i>, syntax: Syntax, invoice_number: &str) -> Self {
        let (id, parent, status, group_root) = match syntax {
            Syntax::Cii => {
                let doc = |name| first(node, &[LINE_DOC, (RAM, name)]);
                let parent = doc("ParentLineID").map(|n| n.text().unwrap_or(""));
                let status = texts(node, &[LINE_DOC, (RAM, "LineStatusReasonCode")]);
                let group_root = status.contains(&"GROUP") && parent.is_none();
                (
                    doc("LineID").map(|n| n.text().unwrap_or("")),
                    parent,
                    status,
                    group_root,
                )
            }
            Syntax::Ubl => {
                let own = own_references(node, invoice_number);
                let status = own
                    .iter()
                    .flat_map(|r| texts(*r, &[UBL_OWN_DOC[1], (CBC, "DocumentStatusCode")]))
                    .collect();
                let parent_of =
                    |r: &N<'a, 'i>| first(*r, &[(CAC, "BillingReferenceLine"), (CBC, "ID")]);
                let group_root = own.iter().any(|r| {
                    texts(*r, &[UBL_OWN_DOC[1], (CBC, "DocumentStatusCode")]).contains(&"GROUP")
                        && parent_of(r).is_none()
                });
                (
                    xml::child(node, CBC, "ID").map(|n| n.text().unwrap_or("")),
                    own.iter()
                        .find_map(parent_of)
                        .map(|n| n.text().unwrap_or("")),
                    status,
                    group_root,
                )
            }
        };
        let numbers = sub_invoice_numbers(node, syntax);
        let seller_ids = match syntax {
            Syntax::Cii => raw_texts(
                node,
                &[ITEM_SELLER[0], ITEM_SELLER[1], LEGAL_ID[0], LEGAL_ID[1]],
            ),
            Syntax::Ubl => raw_texts(
                node,
                &[
                    UBL_SELLER[0],
                    UBL_SELLER[1],
                    UBL_SELLER[2],
                    (CBC, "CompanyID"),
                ],
            ),
        };
        let as_invoice = numbers.iter().filter(|n| n.trim() == invoice_number.trim());
        Line {
            node,
            syntax,
            id,
            parent,
            status,
            group_root,
            number: numbers.first().map(|n| normalize(n)).unwrap_or_default(),
            numbers_as_invoice: match syntax {
                Syntax::Cii => as_invoice.count(),
                // The UBL schematron counts lines, not references.
                Syntax::Ubl => as_invoice.count().min(1),
            },
            seller_id: seller_ids.first().map(|s| normalize(s)).unwrap_or_default(),
            seller_ids,
        }
    }

    fn label(&self) -> String {
        shown(self.id.unwrap_or("").trim())
    }

    /// An amount of the line: net (BT-131) or with VAT (EXT-FR-FE-184).
    fn amount_node(&self, grand: bool) -> Option<N<'a, 'i>> {
        match (self.syntax, grand) {
            (Syntax::Cii, false) => first(
                self.node,
                &[LINE_SETTLEMENT, LINE_SUMMATION, (RAM, "LineTotalAmount")],
            ),
            (Syntax::Cii, true) => first(
                self.node,
                &[LINE_SETTLEMENT, LINE_SUMMATION, (RAM, "GrandTotalAmount")],
            ),
            (Syntax::Ubl, false) => xml::child(self.node, CBC, "LineExtensionAmount"),
            (Syntax::Ubl, true) => xml::child(self.node, CBC, "TaxInclusiveLineExtensionAmount"),
        }
    }

    fn amount(&self, grand: bool) -> Option<Decimal> {
        xml::parse_decimal(self.amount_node(grand)?.text()?)
    }

    /// The net amounts of the line, all of them (summed as the schematron's `sum()`).
    fn net_amounts(&self) -> Vec<Decimal> {
        let nodes = match self.syntax {
            Syntax::Cii => all(
                self.node,
                &[LINE_SETTLEMENT, LINE_SUMMATION, (RAM, "LineTotalAmount")],
            ),
            Syntax::Ubl => all(self.node, &[(CBC, "LineExtensionAmount")]),
        };
        nodes
            .into_iter()
            .filter_map(|n| xml::parse_decimal(n.text().unwrap_or("")))
            .collect()
    }

    /// The line's VAT total in a currency (EXT-FR-FE-181, EXT-FR-FE-182).
    fn tax_total(&self, currency: Option<&str>) -> Option<N<'a, 'i>> {
        let totals = match self.syntax {
            Syntax::Cii => all(
                self.node,
                &[LINE_SETTLEMENT, LINE_SUMMATION, (RAM, "TaxTotalAmount")],
            ),
            Syntax::Ubl => all(self.node, &[(CAC, "TaxTotal"), (CBC, "TaxAmount")]),
        };
        totals
            .into_iter()
            .find(|t| currency.is_some() && t.attribute("currencyID") == currency)
    }

    /// The line seller's name (EXT-FR-FE-164) or country (EXT-FR-FE-177), normalized.
    fn seller(&self, country: bool) -> String {
        let steps: &[Step] = match (self.syntax, country) {
            (Syntax::Cii, false) => &[ITEM_SELLER[0], ITEM_SELLER[1], (RAM, "Name")],
            (Syntax::Cii, true) => &[
                ITEM_SELLER[0],
                ITEM_SELLER[1],
                (RAM, "PostalTradeAddress"),
                (RAM, "CountryID"),
            ],
            (Syntax::Ubl, false) => &[
                UBL_SELLER[0],
                UBL_SELLER[1],
                UBL_SELLER[2],
                (CBC, "RegistrationName"),
            ],
            (Syntax::Ubl, true) => &[
                UBL_SELLER[0],
                UBL_SELLER[1],
                (CAC, "PostalAddress"),
                (CAC, "Country"),
                (CBC, "IdentificationCode"),
            ],
        };
        norm(first(self.node, steps))
    }

    /// The line's VAT exemption reason (BT-120 of the line's VAT).
    fn exemption_reason(&self) -> Option<N<'a, 'i>> {
        match self.syntax {
            Syntax::Cii => first(
                self.node,
                &[
                    LINE_SETTLEMENT,
                    (RAM, "ApplicableTradeTax"),
                    (RAM, "ExemptionReason"),
                ],
            ),
            Syntax::Ubl => first(
                self.node,
                &[
                    (CAC, "Item"),
                    (CAC, "ClassifiedTaxCategory"),
                    (CBC, "TaxExemptionReason"),
                ],
            ),
        }
    }

    /// Whether the line names a preceding invoice's number (EXT-FR-FE-136) or date
    /// (EXT-FR-FE-138). In UBL, it is a `BillingReference` to another number than BT-1.
    fn preceding_invoice(&self, date: bool, invoice_number: &str) -> bool {
        match self.syntax {
            Syntax::Cii => {
                let reference = [LINE_SETTLEMENT, (RAM, "InvoiceReferencedDocument")];
                let mut path = reference.to_vec();
                if date {
                    path.extend([(RAM, "FormattedIssueDateTime"), (QDT, "DateTimeString")]);
                } else {
                    path.push((RAM, "IssuerAssignedID"));
                }
                first(self.node, &path).is_some()
            }
            Syntax::Ubl => all(self.node, &UBL_OWN_DOC).into_iter().any(|d| {
                texts(d, &[(CBC, "ID")])
                    .iter()
                    .any(|id| *id != invoice_number.trim())
                    && xml::child(d, CBC, if date { "IssueDate" } else { "ID" }).is_some()
            }),
        }
    }
}

/// A UBL line's `BillingReference`s to the document's own number (BT-1).
fn own_references<'a, 'i>(line: N<'a, 'i>, invoice_number: &str) -> Vec<N<'a, 'i>> {
    all(line, &[UBL_OWN_DOC[0]])
        .into_iter()
        .filter(|r| texts(*r, &[UBL_OWN_DOC[1], (CBC, "ID")]).contains(&invoice_number.trim()))
        .collect()
}

/// The sub-invoice numbers of a line (raw): CII `AdditionalReferencedDocument` of scheme AFL and
/// type 130, UBL `DocumentReference` of type 130 with an `ID` of scheme AFL.
fn sub_invoice_numbers<'a>(line: N<'a, '_>, syntax: Syntax) -> Vec<&'a str> {
    match syntax {
        Syntax::Cii => all(line, &[LINE_SETTLEMENT, REFERENCE])
            .into_iter()
            .filter(|r| is_sub_invoice_number(*r))
            .flat_map(|r| raw_texts(r, &[(RAM, "IssuerAssignedID")]))
            .collect(),
        Syntax::Ubl => ubl_object_ids(line, "AFL"),
    }
}

/// A UBL line's object identifiers (`DocumentReference` of type 130) of a scheme, raw.
fn ubl_object_ids<'a>(line: N<'a, '_>, scheme: &str) -> Vec<&'a str> {
    all(line, &[(CAC, "DocumentReference")])
        .into_iter()
        .filter(|r| texts(*r, &[(CBC, "DocumentTypeCode")]).contains(&"130"))
        .flat_map(|r| all(r, &[(CBC, "ID")]))
        .filter(|id| id.attribute("schemeID") == Some(scheme))
        .map(|id| id.text().unwrap_or(""))
        .collect()
}

/// An `AdditionalReferencedDocument` of scheme AFL and type 130: a sub-invoice number.
fn is_sub_invoice_number(r: N) -> bool {
    texts(r, &[(RAM, "ReferenceTypeCode")]).contains(&"AFL")
        && texts(r, &[(RAM, "TypeCode")]).contains(&"130")
}

/// BR-FR-MV-01: every line has a status code (EXT-FR-FE-163). The CII schematron checks the
/// status codes given (none empty), the UBL one every line (a reference to BT-1 with a status).
fn status_codes(doc: &Invoice, out: &mut Vec<Finding>) {
    for line in &doc.lines {
        let missing = match doc.syntax {
            Syntax::Cii => line.status.iter().any(|s| s.is_empty()),
            Syntax::Ubl => line.status.first().is_none_or(|s| s.is_empty()),
        };
        if missing {
            out.push(Finding::error(
                "BR-FR-MV-01_EXT-FR-FE-163",
                "EXT-FR-FE-163",
                format!(
                    "line {}: give its line status code (EXT-FR-FE-163: GROUP, DETAIL or \
                     INFORMATION), required in the billing modes S8, B8, M8, S9, B9, M9",
                    line.label()
                ),
            ));
        }
    }
}

/// BR-FR-MV-02 (at least one sub-invoice) and BR-FR-BD-02 (exactly two: the seller's and the
/// buyer's).
fn groups(doc: &Invoice, mode: Mode, out: &mut Vec<Finding>) {
    let roots: Vec<&Line> = doc.lines.iter().filter(|l| l.group_root).collect();
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
            let seller_id = match doc.syntax {
                Syntax::Cii => "BR-FR-BD-02_BT-31",
                Syntax::Ubl => "BR-FR-BD-02_BT-30",
            };
            for (id, field, party, ids) in [
                (seller_id, "BT-30", "seller", &doc.seller_id),
                ("BR-FR-BD-02_BT-47", "BT-47", "buyer", &doc.buyer_id),
            ] {
                let count = roots
                    .iter()
                    .filter(|l| l.seller_ids.iter().any(|s| ids.contains(s)))
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

/// BR-FR-MV-13 and BR-FR-BD-13: self-billed type codes are forbidden in S8/B8/M8 and required in
/// S9/B9/M9.
fn type_code(doc: &Invoice, mode: Mode, out: &mut Vec<Finding>) {
    for code in &doc.type_codes {
        let self_billed = SELF_BILLED.contains(&code.as_str());
        match mode {
            Mode::MultiVendor if code.is_empty() || self_billed => out.push(Finding::error(
                "BR-FR-MV-13_BT-3",
                "BT-3",
                format!(
                    "a multi-vendor invoice (BT-23 S8, B8, M8) cannot have a self-billed type \
                     code (BT-3) {}: use a type other than 389, 261, 501, 500, 502, 471, 473",
                    shown(code)
                ),
            )),
            Mode::TwoWay if !self_billed => out.push(Finding::error(
                // The UBL schematron names this assert apart.
                match doc.syntax {
                    Syntax::Cii => "BR-FR-BD-13_BT-3",
                    Syntax::Ubl => "BR-FR-MV-BD_BT-3",
                },
                "BT-3",
                format!(
                    "a two-way invoice (BT-23 S9, B9, M9) must have a self-billed type code \
                     (BT-3): 389, 261, 501, 500, 502, 471 or 473, not {}",
                    shown(code)
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
        let reason = line.exemption_reason();
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
    for (id, field, what, value) in [
        (
            "BR-FR-MV-03_EXT-FR-FE-164",
            "EXT-FR-FE-164",
            "name",
            line.seller(false),
        ),
        (
            "BR-FR-MV-03_EXT-FR-FE-167",
            "EXT-FR-FE-167",
            "legal identifier",
            line.seller_id.clone(),
        ),
        (
            "BR-FR-MV-03_EXT-FR-FE-177",
            "EXT-FR-FE-177",
            "country code",
            line.seller(true),
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

/// BR-FR-MV-03 on the GROUP line's object identifiers (BT-128): the AFL one (the sub-invoice
/// number) and the AVV one (not a billing mode). The CII schematron checks those given (type
/// 130 and a value), the UBL one requires both.
fn group_references(line: &Line, out: &mut Vec<Finding>) {
    let push = |out: &mut Vec<Finding>, scheme: &str, value: &str| {
        out.push(Finding::error(
            &format!("BR-FR-MV-03_BT-128_{scheme}"),
            "BT-128",
            format!(
                "GROUP line {}: its object identifier of scheme {scheme} (BT-128) {} needs the \
                 type code 130 and a value{}",
                line.label(),
                shown(value),
                if scheme == "AVV" {
                    " other than M8, S8, B8"
                } else {
                    ""
                }
            ),
        ))
    };
    let billing_mode = |v: &&str| ["M8", "S8", "B8"].contains(v);
    match line.syntax {
        Syntax::Cii => {
            for r in all(line.node, &[LINE_SETTLEMENT, REFERENCE]) {
                let scheme = texts(r, &[(RAM, "ReferenceTypeCode")]);
                let scheme = if scheme.contains(&"AFL") {
                    "AFL"
                } else if scheme.contains(&"AVV") {
                    "AVV"
                } else {
                    continue;
                };
                let value = norm(xml::child(r, RAM, "IssuerAssignedID"));
                let values = texts(r, &[(RAM, "IssuerAssignedID")]);
                if !texts(r, &[(RAM, "TypeCode")]).contains(&"130")
                    || value.is_empty()
                    || (scheme == "AVV" && values.iter().any(billing_mode))
                {
                    push(out, scheme, &value);
                }
            }
        }
        Syntax::Ubl => {
            for scheme in ["AFL", "AVV"] {
                let values = ubl_object_ids(line.node, scheme);
                let value = values.first().map(|v| normalize(v)).unwrap_or_default();
                if value.is_empty() || (scheme == "AVV" && values.iter().any(billing_mode)) {
                    push(out, scheme, &value);
                }
            }
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
        .flat_map(|l| l.net_amounts())
        .collect();
    let net = line.amount(false);
    let tolerance = |n: usize| Decimal::new(n as i64, 2);
    let children_net: Decimal = counted.iter().sum();
    if net.is_none_or(|net| (net - children_net).abs() > tolerance(counted.len())) {
        out.push(Finding::error(
            "BR-FR-MV-05_EXT-FR-FE-BG-12",
            "BT-131",
            format!(
                "GROUP line {label}: its net amount (BT-131) {} must be the sum of its child \
                 lines' ({children_net}, within 0.01 per child line)",
                shown(&norm(line.amount_node(false)))
            ),
        ));
    }
    let tag = format!("#{}#", line.number);
    let breakdown_vat = doc.breakdown_vat(&tag);
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
    let grand = line.amount_node(true);
    if grand.is_some() {
        let sub_lines = children
            .iter()
            .filter(|l| l.status.iter().any(|s| *s == "DETAIL" || *s == "GROUP"))
            .count();
        let consistent = match (line.amount(true), net, tax_value) {
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
    // The CII schematron compares the identifiers raw, the UBL one the line's normalized.
    let main_seller = |l: &Line| match doc.syntax {
        Syntax::Cii => l.seller_ids.iter().any(|s| doc.seller_id.contains(s)),
        Syntax::Ubl => doc.seller_id.contains(&l.seller_id.as_str()),
    };
    if !main_seller(line) {
        return;
    }
    let with_number: usize = doc
        .lines
        .iter()
        .filter(|l| l.group_root && main_seller(l))
        .map(|l| l.numbers_as_invoice)
        .sum();
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
    let Some(code) = doc.type_codes.iter().find(|c| codes.contains(&c.as_str())) else {
        return;
    };
    for (field, what, date) in [
        ("EXT-FR-FE-136", "number", false),
        ("EXT-FR-FE-138", "date", true),
    ] {
        if !line.preceding_invoice(date, &doc.number) {
            out.push(Finding::error(
                &format!("{prefix}-{field}"),
                field,
                format!(
                    "GROUP line {}: a corrective invoice or credit note (BT-3 {}) names, on each \
                     sub-invoice, the {what} of the invoice it corrects ({field})",
                    line.label(),
                    shown(code)
                ),
            ));
        }
    }
}

/// BR-FR-MV-12: no sub-invoice number of a GROUP line without a parent repeats one that comes
/// before it in the document (XPath `preceding::`): in CII any `IssuerAssignedID`, in UBL any
/// object identifier of scheme AFL.
fn unique_numbers(root: N, syntax: Syntax, out: &mut Vec<Finding>) {
    let invoice_number = match syntax {
        Syntax::Cii => String::new(),
        Syntax::Ubl => norm(xml::child(root, CBC, "ID")),
    };
    let mut seen: Vec<&str> = Vec::new();
    let mut repeated: Option<String> = None;
    walk(root, &mut |ancestors, n| {
        let candidate = match syntax {
            Syntax::Cii => xml::is(&n, RAM, "IssuerAssignedID"),
            Syntax::Ubl => is_ubl_afl_id(ancestors, n),
        };
        if !candidate {
            return;
        }
        let value = n.text().unwrap_or("");
        if repeated.is_none()
            && is_group_number(ancestors, syntax, &invoice_number)
            && seen.contains(&value)
        {
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

/// A UBL `DocumentReference[DocumentTypeCode = 130]/ID[@schemeID = 'AFL']`.
fn is_ubl_afl_id(ancestors: &[N], n: N) -> bool {
    xml::is(&n, CBC, "ID")
        && n.attribute("schemeID") == Some("AFL")
        && ancestors.last().is_some_and(|r| {
            xml::is(r, CAC, "DocumentReference")
                && texts(*r, &[(CBC, "DocumentTypeCode")]).contains(&"130")
        })
}

/// Whether a sub-invoice number with these ancestors belongs to a GROUP line without a parent,
/// directly under the document (CII: in the transaction).
fn is_group_number(ancestors: &[N], syntax: Syntax, invoice_number: &str) -> bool {
    match syntax {
        Syntax::Cii => {
            let [.., transaction, line, settlement, reference] = ancestors else {
                return false;
            };
            xml::is(transaction, TRANSACTION.0, TRANSACTION.1)
                && xml::is(settlement, LINE_SETTLEMENT.0, LINE_SETTLEMENT.1)
                && is_sub_invoice_number(*reference)
                && Line::read(*line, syntax, "").group_root
        }
        Syntax::Ubl => {
            let [root, line, _reference] = ancestors else {
                return false;
            };
            super::step_is(root, super::UBL_ROOT)
                && super::step_is(line, UBL_LINE)
                && Line::read(*line, syntax, invoice_number).group_root
        }
    }
}
