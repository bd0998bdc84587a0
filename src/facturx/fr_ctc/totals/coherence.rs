//! BR-FR-CO-03…15: coherence between the type code, the billing mode, the references, the dates,
//! the currencies and the parties' identifiers.

use rust_decimal::Decimal;

use super::{
    Step, Syntax, UBL_LINE, UBL_ROOT, all, billing_mode, first, matches, norm, shown, texts, walk,
};
use crate::domain::en16931::Finding;
use crate::facturx::xml::{self, CAC, CBC, N, QDT, RAM, RSM, UDT};

const EXCHANGED: Step = (RSM, "ExchangedDocument");
const TRANSACTION: Step = (RSM, "SupplyChainTradeTransaction");
const AGREEMENT: Step = (RAM, "ApplicableHeaderTradeAgreement");
const SETTLEMENT: Step = (RAM, "ApplicableHeaderTradeSettlement");
const DELIVERY: Step = (RAM, "ApplicableHeaderTradeDelivery");
const SUMMATION: Step = (RAM, "SpecifiedTradeSettlementHeaderMonetarySummation");
const LINE: Step = (RAM, "IncludedSupplyChainTradeLineItem");

/// Credit notes (BR-FR-CO-05), corrective invoices (CO-04), down payments (CO-07, CO-08).
const CREDIT_NOTES: [&str; 5] = ["261", "381", "396", "502", "503"];
const CORRECTIVE: [&str; 4] = ["384", "471", "472", "473"];
const DOWN_PAYMENTS: [&str; 3] = ["386", "500", "503"];
/// Billing modes of an invoice already paid (B2, S2, M2) and of a final invoice after down
/// payments (B4, S4, M4).
const PAID: [&str; 3] = ["B2", "S2", "M2"];
const AFTER_DOWN_PAYMENT: [&str; 3] = ["B4", "S4", "M4"];

pub(super) fn check(root: N, syntax: Syntax, out: &mut Vec<Finding>) {
    let type_code = type_code(root, syntax);
    let mode = billing_mode(root, syntax);
    global_discount_credit(root, syntax, out);
    corrective_reference(root, syntax, out);
    credit_note_reference(root, syntax, out);
    due_date(root, syntax, &type_code, &mode, out);
    if AFTER_DOWN_PAYMENT.contains(&mode.as_str()) && DOWN_PAYMENTS.contains(&type_code.as_str()) {
        out.push(Finding::error(
            "BR-FR-CO-08_BT-23",
            "BT-23",
            format!(
                "the billing mode (BT-23) {} is a final invoice after down payments, but the type \
                 code (BT-3) {} is a down payment: use another type code or billing mode",
                shown(&mode),
                shown(&type_code)
            ),
        ));
    }
    if PAID.contains(&mode.as_str()) {
        already_paid(root, syntax, &mode, out);
    }
    scheme_ids(root, syntax, out);
    foreign_currency(root, syntax, out);
    single_vat_group(root, syntax, out);
}

/// BT-3, normalized: CII `ExchangedDocument/TypeCode`, UBL `InvoiceTypeCode | CreditNoteTypeCode`.
fn type_code(root: N, syntax: Syntax) -> String {
    match syntax {
        Syntax::Cii => norm(first(root, &[EXCHANGED, (RAM, "TypeCode")])),
        Syntax::Ubl => norm(
            xml::child(root, CBC, "InvoiceTypeCode")
                .or_else(|| xml::child(root, CBC, "CreditNoteTypeCode")),
        ),
    }
}

fn is_credit_note_root(root: N) -> bool {
    xml::is(&root, xml::UBL_CREDIT_NOTE, "CreditNote")
}

/// BR-FR-CO-03: a global discount credit note (262) names its contract (BT-12) and its billing
/// period (BG-14). The UBL schematron checks it on credit notes only.
fn global_discount_credit(root: N, syntax: Syntax, out: &mut Vec<Finding>) {
    let (code, contract, start, end) = match syntax {
        Syntax::Cii => {
            let period = [TRANSACTION, SETTLEMENT, (RAM, "BillingSpecifiedPeriod")];
            let date = |which| {
                let mut steps = period.to_vec();
                steps.extend([(RAM, which), (UDT, "DateTimeString")]);
                raw(first(root, &steps))
            };
            (
                raw(first(root, &[EXCHANGED, (RAM, "TypeCode")])),
                raw(first(
                    root,
                    &[
                        TRANSACTION,
                        AGREEMENT,
                        (RAM, "ContractReferencedDocument"),
                        (RAM, "IssuerAssignedID"),
                    ],
                )),
                date("StartDateTime"),
                date("EndDateTime"),
            )
        }
        Syntax::Ubl if is_credit_note_root(root) => (
            raw(xml::child(root, CBC, "CreditNoteTypeCode")),
            raw(first(
                root,
                &[(CAC, "ContractDocumentReference"), (CBC, "ID")],
            )),
            raw(first(root, &[(CAC, "InvoicePeriod"), (CBC, "StartDate")])),
            raw(first(root, &[(CAC, "InvoicePeriod"), (CBC, "EndDate")])),
        ),
        Syntax::Ubl => return,
    };
    if code.trim() == "262" && (contract.is_empty() || start.is_empty() || end.is_empty()) {
        out.push(Finding::error(
            "BR-FR-CO-03_BT-3",
            "BT-3",
            format!(
                "a global discount credit note (BT-3 262) needs its contract (BT-12, found {}) and \
                 its billing period (BG-14, start {}, end {}): add the missing ones",
                shown(&contract),
                shown(&start),
                shown(&end)
            ),
        ));
    }
}

/// The untrimmed text of an element, "" when absent (XPath `string(path)`).
fn raw(n: Option<N>) -> String {
    n.and_then(|n| n.text()).unwrap_or_default().to_string()
}

/// BR-FR-CO-04: a corrective invoice (384, 471, 472, 473) references exactly one preceding
/// invoice (BG-3). The UBL schematron reads `InvoiceTypeCode` only.
fn corrective_reference(root: N, syntax: Syntax, out: &mut Vec<Finding>) {
    // The CII assert is named after BT-4, the UBL one after BT-3.
    let (id, code, count) = match syntax {
        Syntax::Cii => (
            "BR-FR-CO-04_BT-4",
            norm(first(root, &[EXCHANGED, (RAM, "TypeCode")])),
            all(
                root,
                &[TRANSACTION, SETTLEMENT, (RAM, "InvoiceReferencedDocument")],
            )
            .len(),
        ),
        Syntax::Ubl => (
            "BR-FR-CO-04_BT-3",
            norm(xml::child(root, CBC, "InvoiceTypeCode")),
            xml::children(root, CAC, "BillingReference").count(),
        ),
    };
    if CORRECTIVE.contains(&code.as_str()) && count != 1 {
        out.push(Finding::error(
            id,
            "BT-3",
            format!(
                "a corrective invoice (BT-3 {}) must reference exactly one preceding invoice \
                 (BT-25 with its date BT-26); found {count}",
                shown(&code)
            ),
        ));
    }
}

/// BR-FR-CO-05: a credit note references the invoice(s) it credits, in the header (BT-25 with
/// BT-26) or on every detail line. The UBL schematron checks it on credit notes only, and marks a
/// line's own sub-invoice reference (its `BillingReference` with the document's own number) apart.
fn credit_note_reference(root: N, syntax: Syntax, out: &mut Vec<Finding>) {
    // The UBL schematron reads `CreditNoteTypeCode` only.
    let code = match syntax {
        Syntax::Cii => type_code(root, syntax),
        Syntax::Ubl => norm(xml::child(root, CBC, "CreditNoteTypeCode")),
    };
    if !CREDIT_NOTES.contains(&code.as_str()) {
        return;
    }
    let referenced = match syntax {
        Syntax::Cii => cii_credit_references(root),
        Syntax::Ubl if is_credit_note_root(root) => ubl_credit_references(root),
        Syntax::Ubl => return,
    };
    if !referenced {
        out.push(Finding::error(
            "BR-FR-CO-05_BT-3",
            "BT-3",
            format!(
                "a credit note (BT-3 {}) must reference the invoice it credits: a preceding \
                 invoice reference (BT-25) with its date (BT-26) in the header, or one on every \
                 detail line",
                shown(&code)
            ),
        ));
    }
}

fn cii_credit_references(root: N) -> bool {
    let complete = |doc: &N| {
        xml::child(*doc, RAM, "IssuerAssignedID").is_some()
            && first(
                *doc,
                &[(RAM, "FormattedIssueDateTime"), (QDT, "DateTimeString")],
            )
            .is_some()
    };
    let header = all(
        root,
        &[TRANSACTION, SETTLEMENT, (RAM, "InvoiceReferencedDocument")],
    );
    if header.iter().any(complete) {
        return true;
    }
    all(root, &[TRANSACTION, LINE])
        .into_iter()
        .filter(|line| {
            let status = texts(
                *line,
                &[
                    (RAM, "AssociatedDocumentLineDocument"),
                    (RAM, "LineStatusReasonCode"),
                ],
            );
            status.is_empty() || status.contains(&"DETAIL")
        })
        .all(|line| {
            all(
                line,
                &[
                    (RAM, "SpecifiedLineTradeSettlement"),
                    (RAM, "InvoiceReferencedDocument"),
                ],
            )
            .iter()
            .any(complete)
        })
}

/// A UBL line's preceding invoice references, each with its identifiers.
fn line_references<'a, 'i>(line: N<'a, 'i>) -> Vec<(N<'a, 'i>, Vec<&'a str>)> {
    all(
        line,
        &[(CAC, "BillingReference"), (CAC, "InvoiceDocumentReference")],
    )
    .into_iter()
    .map(|d| (d, texts(d, &[(CBC, "ID")])))
    .collect()
}

fn ubl_credit_references(root: N) -> bool {
    let own_id = norm(xml::child(root, CBC, "ID"));
    let complete = |doc: &N| {
        xml::child(*doc, CBC, "ID").is_some() && xml::child(*doc, CBC, "IssueDate").is_some()
    };
    let header = all(
        root,
        &[(CAC, "BillingReference"), (CAC, "InvoiceDocumentReference")],
    );
    if header.iter().any(complete) {
        return true;
    }
    let lines: Vec<_> = xml::children(root, CAC, "CreditNoteLine")
        .filter(|line| {
            let docs = line_references(*line);
            let own = |ids: &Vec<&str>| ids.contains(&own_id.as_str());
            // No sub-invoice reference of its own, or one marked DETAIL.
            !docs.iter().any(|(_, ids)| own(ids))
                || docs.iter().any(|(d, ids)| {
                    own(ids) && texts(*d, &[(CBC, "DocumentStatusCode")]).contains(&"DETAIL")
                })
        })
        .collect();
    lines.iter().all(|line| {
        line_references(*line)
            .iter()
            .any(|(d, ids)| ids.iter().any(|id| *id != own_id) && complete(d))
    })
}

/// BR-FR-CO-07: the due date (BT-9) is not before the issue date (BT-2), except for down
/// payments and invoices already paid. Dates compare as strings, as in the schematron.
fn due_date(root: N, syntax: Syntax, code: &str, mode: &str, out: &mut Vec<Finding>) {
    if DOWN_PAYMENTS.contains(&code) || PAID.contains(&mode) {
        return;
    }
    let (issue, dues) = match syntax {
        Syntax::Cii => (
            first(
                root,
                &[EXCHANGED, (RAM, "IssueDateTime"), (UDT, "DateTimeString")],
            )
            .map(|n| n.text().unwrap_or("").trim()),
            texts(
                root,
                &[
                    TRANSACTION,
                    SETTLEMENT,
                    (RAM, "SpecifiedTradePaymentTerms"),
                    (RAM, "DueDateDateTime"),
                    (UDT, "DateTimeString"),
                ],
            ),
        ),
        Syntax::Ubl => {
            let mut dues = texts(root, &[(CBC, "DueDate")]);
            dues.extend(texts(
                root,
                &[(CAC, "PaymentMeans"), (CBC, "PaymentDueDate")],
            ));
            (xml::text(xml::child(root, CBC, "IssueDate")), dues)
        }
    };
    let early = match syntax {
        // CII: every due date must be on or after the issue date (a missing issue date fails),
        // once one due date is filled in.
        Syntax::Cii => {
            dues.iter().any(|d| !d.is_empty()) && dues.iter().any(|d| issue.is_none_or(|i| *d < i))
        }
        // UBL: a due date before the issue date (none when the issue date is missing).
        Syntax::Ubl => issue.is_some_and(|i| dues.iter().any(|d| *d < i)),
    };
    if early {
        out.push(Finding::error(
            "BR-FR-CO-07_BT-9",
            "BT-9",
            format!(
                "the due date (BT-9) {} is before the issue date (BT-2) {}: a due date can only \
                 precede it for a down payment (BT-3 386, 500, 503) or an invoice already paid \
                 (BT-23 B2, S2, M2)",
                shown(&dues.join(", ")),
                shown(issue.unwrap_or(""))
            ),
        ));
    }
}

/// BR-FR-CO-09: an invoice already paid (BT-23 B2, S2, M2) has its prepaid amount (BT-113) equal
/// to its total (BT-112), nothing left to pay (BT-115) and a due date (BT-9, the payment date).
fn already_paid(root: N, syntax: Syntax, mode: &str, out: &mut Vec<Finding>) {
    let (paid, total, due, dates) = match syntax {
        Syntax::Cii => {
            let sum = |name| first(root, &[TRANSACTION, SETTLEMENT, SUMMATION, (RAM, name)]);
            let dates = texts(
                root,
                &[
                    TRANSACTION,
                    SETTLEMENT,
                    (RAM, "SpecifiedTradePaymentTerms"),
                    (RAM, "DueDateDateTime"),
                    (UDT, "DateTimeString"),
                ],
            );
            (
                sum("TotalPrepaidAmount"),
                sum("GrandTotalAmount"),
                sum("DuePayableAmount"),
                dates,
            )
        }
        Syntax::Ubl => {
            let sum = |name| first(root, &[(CAC, "LegalMonetaryTotal"), (CBC, name)]);
            let mut dates = texts(root, &[(CBC, "DueDate")]);
            dates.extend(texts(
                root,
                &[(CAC, "PaymentMeans"), (CBC, "PaymentDueDate")],
            ));
            dates.truncate(1);
            (
                sum("PrepaidAmount"),
                sum("TaxInclusiveAmount"),
                sum("PayableAmount"),
                dates,
            )
        }
    };
    let amount = |n: Option<N>| n.and_then(|n| xml::parse_decimal(n.text()?));
    let shown_amount = |n: Option<N>| shown(&norm(n));
    let (paid_v, total_v) = (amount(paid), amount(total));
    if paid_v.is_none() || paid_v != total_v {
        out.push(Finding::error(
            "BR-FR-CO-09_BT-23-1",
            "BT-113",
            format!(
                "the invoice is already paid (BT-23 {mode}), so its paid amount (BT-113) {} must \
                 equal its total with VAT (BT-112) {}",
                shown_amount(paid),
                shown_amount(total)
            ),
        ));
    }
    if amount(due) != Some(Decimal::ZERO) {
        out.push(Finding::error(
            "BR-FR-CO-09_BT-23-2",
            "BT-115",
            format!(
                "the invoice is already paid (BT-23 {mode}), so its amount due (BT-115) {} must \
                 be 0",
                shown_amount(due)
            ),
        ));
    }
    if dates.iter().all(|d| d.is_empty()) {
        out.push(Finding::error(
            "BR-FR-CO-09_BT-23-3",
            "BT-9",
            format!(
                "the invoice is already paid (BT-23 {mode}): give the payment date as its due \
                 date (BT-9)"
            ),
        ));
    }
}

/// A party whose identifiers BR-FR-CO-10 checks: where it is, which element holds its
/// identifiers, and the business term that names them in the rule ids.
struct Party {
    pattern: &'static [Step],
    ids: &'static [Step],
    term: &'static str,
}

const GLOBAL_ID: &[Step] = &[(RAM, "GlobalID")];
const PARTY_ID: &[Step] = &[(CAC, "PartyIdentification"), (CBC, "ID")];
const LOCATION_ID: &[Step] = &[(CBC, "ID")];

const CII_PARTIES: &[Party] = &[
    Party {
        pattern: &[TRANSACTION, AGREEMENT, (RAM, "SellerTradeParty")],
        ids: GLOBAL_ID,
        term: "BT-29",
    },
    Party {
        pattern: &[TRANSACTION, AGREEMENT, (RAM, "BuyerTradeParty")],
        ids: GLOBAL_ID,
        term: "BT-46",
    },
    Party {
        pattern: &[TRANSACTION, SETTLEMENT, (RAM, "PayeeTradeParty")],
        ids: GLOBAL_ID,
        term: "BT-60",
    },
    Party {
        pattern: &[TRANSACTION, AGREEMENT, (RAM, "BuyerAgentTradeParty")],
        ids: GLOBAL_ID,
        term: "EXT-FR-FE-06",
    },
    Party {
        pattern: &[TRANSACTION, SETTLEMENT, (RAM, "PayerTradeParty")],
        ids: GLOBAL_ID,
        term: "EXT-FR-FE-46",
    },
    Party {
        pattern: &[TRANSACTION, AGREEMENT, (RAM, "SalesAgentTradeParty")],
        ids: GLOBAL_ID,
        term: "EXT-FR-FE-69",
    },
    Party {
        pattern: &[TRANSACTION, SETTLEMENT, (RAM, "InvoiceeTradeParty")],
        ids: GLOBAL_ID,
        term: "EXT-FR-FE-92",
    },
    Party {
        pattern: &[TRANSACTION, SETTLEMENT, (RAM, "InvoicerTradeParty")],
        ids: GLOBAL_ID,
        term: "EXT-FR-FE-115",
    },
    Party {
        pattern: &[TRANSACTION, DELIVERY, (RAM, "ShipToTradeParty")],
        ids: GLOBAL_ID,
        term: "BT-71",
    },
    Party {
        pattern: &[
            TRANSACTION,
            LINE,
            (RAM, "SpecifiedLineTradeDelivery"),
            (RAM, "ShipToTradeParty"),
        ],
        ids: GLOBAL_ID,
        term: "EXT-FR-FE-146",
    },
];

const SUPPLIER: Step = (CAC, "AccountingSupplierParty");
const CUSTOMER: Step = (CAC, "AccountingCustomerParty");
const PARTY: Step = (CAC, "Party");
const DELIVERY_LOCATION: [Step; 2] = [(CAC, "Delivery"), (CAC, "DeliveryLocation")];

const UBL_PARTIES: &[Party] = &[
    Party {
        pattern: &[SUPPLIER, PARTY],
        ids: PARTY_ID,
        term: "BT-29",
    },
    Party {
        pattern: &[CUSTOMER, PARTY],
        ids: PARTY_ID,
        term: "BT-46",
    },
    Party {
        pattern: &[(CAC, "PayeeParty")],
        ids: PARTY_ID,
        term: "BT-60",
    },
    Party {
        pattern: &[CUSTOMER, PARTY, (CAC, "AgentParty")],
        ids: PARTY_ID,
        term: "EXT-FR-FE-06",
    },
    Party {
        pattern: &[
            (CAC, "PaymentMeans"),
            (CAC, "PaymentMandate"),
            (CAC, "PayerParty"),
        ],
        ids: PARTY_ID,
        term: "EXT-FR-FE-46",
    },
    Party {
        pattern: &[SUPPLIER, PARTY, (CAC, "AgentParty")],
        ids: PARTY_ID,
        term: "EXT-FR-FE-69",
    },
    Party {
        pattern: &[CUSTOMER, PARTY, (CAC, "ServiceProviderParty"), PARTY],
        ids: PARTY_ID,
        term: "EXT-FR-FE-92",
    },
    Party {
        pattern: &[SUPPLIER, PARTY, (CAC, "ServiceProviderParty"), PARTY],
        ids: PARTY_ID,
        term: "EXT-FR-FE-115",
    },
    Party {
        pattern: &[UBL_ROOT, DELIVERY_LOCATION[0], DELIVERY_LOCATION[1]],
        ids: LOCATION_ID,
        term: "BT-71",
    },
    Party {
        pattern: &[
            UBL_ROOT,
            UBL_LINE,
            DELIVERY_LOCATION[0],
            DELIVERY_LOCATION[1],
        ],
        ids: LOCATION_ID,
        term: "EXT-FR-FE-146",
    },
];

/// BR-FR-CO-10: every global identifier of a party has a scheme (…-1), and no scheme comes twice
/// (…-2).
fn scheme_ids(root: N, syntax: Syntax, out: &mut Vec<Finding>) {
    let parties = match syntax {
        Syntax::Cii => CII_PARTIES,
        Syntax::Ubl => UBL_PARTIES,
    };
    walk(root, &mut |ancestors, n| {
        let Some(party) = parties.iter().find(|p| matches(ancestors, n, p.pattern)) else {
            return;
        };
        let ids = all(n, party.ids);
        let term = party.term;
        if let Some(id) = ids.iter().find(|id| id.attribute("schemeID").is_none()) {
            out.push(Finding::error(
                &format!("BR-FR-CO-10_{term}-1"),
                term,
                format!(
                    "the identifier {} ({term}) has no scheme: add its schemeID ({term}-1)",
                    shown(&norm(Some(*id)))
                ),
            ));
        }
        let schemes: Vec<&str> = ids
            .iter()
            .filter_map(|id| id.attribute("schemeID"))
            .collect();
        let twice = schemes
            .iter()
            .enumerate()
            .find(|(i, s)| schemes[..*i].contains(s));
        if let Some((_, scheme)) = twice {
            out.push(Finding::error(
                &format!("BR-FR-CO-10_{term}-2"),
                term,
                format!(
                    "the scheme {} comes twice among the identifiers ({term}) of one party: \
                     keep one identifier per scheme",
                    shown(scheme)
                ),
            ));
        }
    });
}

/// BR-FR-CO-12: an invoice not in euros gives EUR as its VAT accounting currency (BT-6) and its
/// VAT total in euros (BT-111).
fn foreign_currency(root: N, syntax: Syntax, out: &mut Vec<Finding>) {
    let (currency, accounting, totals) = match syntax {
        Syntax::Cii => (
            first(
                root,
                &[TRANSACTION, SETTLEMENT, (RAM, "InvoiceCurrencyCode")],
            ),
            first(root, &[TRANSACTION, SETTLEMENT, (RAM, "TaxCurrencyCode")]),
            all(
                root,
                &[TRANSACTION, SETTLEMENT, SUMMATION, (RAM, "TaxTotalAmount")],
            ),
        ),
        Syntax::Ubl => (
            xml::child(root, CBC, "DocumentCurrencyCode"),
            xml::child(root, CBC, "TaxCurrencyCode"),
            all(root, &[(CAC, "TaxTotal"), (CBC, "TaxAmount")]),
        ),
    };
    let Some(currency) = currency else { return };
    let currency = currency.text().unwrap_or("").trim();
    if currency == "EUR" {
        return;
    }
    let accounting = accounting.map(|a| a.text().unwrap_or("").trim());
    let in_euros = totals
        .iter()
        .find(|t| t.attribute("currencyID") == Some("EUR"))
        .is_some_and(|t| !raw(Some(*t)).is_empty());
    if accounting != Some("EUR") || !in_euros {
        out.push(Finding::error(
            "BR-FR-CO-12_BT-5",
            "BT-5",
            format!(
                "the invoice is in {} (BT-5), not in euros: give EUR as the VAT accounting \
                 currency (BT-6, found {}) and the VAT total in euros (BT-111{})",
                shown(currency),
                shown(accounting.unwrap_or("")),
                if in_euros { "" } else { ", missing" }
            ),
        ));
    }
}

/// BR-FR-CO-14 and CO-15: a seller member of a single VAT group (an identifier with scheme 0231)
/// says so in a TXD note and names the group's VAT number in a tax representative (BG-11).
fn single_vat_group(root: N, syntax: Syntax, out: &mut Vec<Finding>) {
    let (ids, note, representative_vat) = match syntax {
        Syntax::Cii => {
            let seller = [TRANSACTION, AGREEMENT, (RAM, "SellerTradeParty")];
            let mut ids = seller.to_vec();
            ids.push((RAM, "GlobalID"));
            let note = all(root, &[EXCHANGED, (RAM, "IncludedNote")])
                .into_iter()
                .any(|n| {
                    texts(n, &[(RAM, "SubjectCode")]).contains(&"TXD")
                        && texts(n, &[(RAM, "Content")]).contains(&"MEMBRE_ASSUJETTI_UNIQUE")
                });
            let representative = first(
                root,
                &[
                    TRANSACTION,
                    AGREEMENT,
                    (RAM, "SellerTaxRepresentativeTradeParty"),
                ],
            );
            let vat = representative.map(|r| {
                all(r, &[(RAM, "SpecifiedTaxRegistration"), (RAM, "ID")])
                    .into_iter()
                    .find(|id| id.attribute("schemeID") == Some("VA"))
                    .map(|id| raw(Some(id)))
                    .unwrap_or_default()
            });
            (all(root, &ids), note, vat)
        }
        Syntax::Ubl => {
            let ids = all(root, &[SUPPLIER, PARTY, PARTY_ID[0], PARTY_ID[1]]);
            let representative = first(
                root,
                &[(CAC, "TaxRepresentativeParty"), (CAC, "PartyTaxScheme")],
            );
            let vat = representative.map(|r| raw(xml::child(r, CBC, "CompanyID")));
            (ids, ubl_txd_note(root), vat)
        }
    };
    if !ids
        .iter()
        .any(|id| id.attribute("schemeID") == Some("0231"))
    {
        return;
    }
    if !note {
        out.push(Finding::error(
            "BR-FR-CO-14_BT-29-1",
            "BT-29-1",
            "the seller is a member of a single VAT group (identifier scheme 0231): add a note \
             (BG-1) with subject code TXD (BT-21) and the text MEMBRE_ASSUJETTI_UNIQUE (BT-22)",
        ));
    }
    if representative_vat.as_deref().is_none_or(str::is_empty) {
        out.push(Finding::error(
            "BR-FR-CO-15_BT-29-1",
            "BT-29-1",
            format!(
                "the seller is a member of a single VAT group (identifier scheme 0231): add a tax \
                 representative (BG-11{}) with the group's VAT identifier (BT-63)",
                if representative_vat.is_some() {
                    ", present"
                } else {
                    ", missing"
                }
            ),
        ));
    }
}

/// UBL notes carry their subject code as `#TXD#text`: the schematron joins them with '#' and
/// reads what follows the first `#TXD#` up to the next '#'.
fn ubl_txd_note(root: N) -> bool {
    let notes: Vec<&str> = xml::children(root, CBC, "Note")
        .map(|n| n.text().unwrap_or(""))
        .collect();
    let joined = notes.join("#");
    let Some((_, after)) = joined.split_once("#TXD#") else {
        return false;
    };
    after.split('#').next() == Some("MEMBRE_ASSUJETTI_UNIQUE")
}
