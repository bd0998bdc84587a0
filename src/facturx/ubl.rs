//! The UBL 2.1 reader (Invoice and CreditNote, as EN 16931 / Peppol BIS 3 use them).

use rust_decimal::Decimal;

use super::xml::{
    CAC, CBC, Document, N, SIREN_SCHEME, SIRET_SCHEME, attr, child, children, compact, decimal,
    is_siret, path, string, text, ubl_date,
};
use super::{allowance_charge_line, effective_unit_price, invoice_type_of_code};
use crate::domain::invoice::{DocumentFields, InvoiceType, Line, VatLine};
use crate::error::Result;

pub fn read(doc: &Document, root: N, credit_note: bool) -> Result<DocumentFields> {
    let mut f = DocumentFields {
        profile: string(child(root, CBC, "CustomizationID")),
        number: string(child(root, CBC, "ID")),
        date: ubl_date(doc, child(root, CBC, "IssueDate"))?,
        currency: string(child(root, CBC, "DocumentCurrencyCode")),
        recipient_service: string(child(root, CBC, "BuyerReference")),
        engagement_number: string(
            path(root, CAC, &["OrderReference"]).and_then(|o| child(o, CBC, "ID")),
        ),
        market_number: string(
            child(root, CAC, "ContractDocumentReference").and_then(|c| child(c, CBC, "ID")),
        ),
        original_number: children(root, CAC, "BillingReference")
            .filter_map(|b| child(b, CAC, "InvoiceDocumentReference"))
            .find_map(|r| string(child(r, CBC, "ID"))),
        ..Default::default()
    };
    f.invoice_type = if credit_note {
        Some(InvoiceType::Avoir)
    } else {
        match text(child(root, CBC, "InvoiceTypeCode")) {
            Some(code) => invoice_type_of_code(code),
            None => Some(InvoiceType::Facture),
        }
    };

    if let Some(seller) = path(root, CAC, &["AccountingSupplierParty", "Party"]) {
        f.supplier_identifier = siret(seller);
        f.supplier_name = name(seller);
        f.supplier_vat_number = children(seller, CAC, "PartyTaxScheme")
            .find(|s| {
                path(*s, CAC, &["TaxScheme"])
                    .and_then(|t| text(child(t, CBC, "ID")))
                    .is_none_or(|id| id == "VAT")
            })
            .and_then(|s| string(child(s, CBC, "CompanyID")));
    }
    if let Some(buyer) = path(root, CAC, &["AccountingCustomerParty", "Party"]) {
        f.recipient_identifier = siret(buyer);
        f.recipient_name = name(buyer);
    }

    if let Some(total) = child(root, CAC, "LegalMonetaryTotal") {
        f.total_excl_vat = decimal(doc, child(total, CBC, "TaxExclusiveAmount"))?;
        f.total_incl_vat = decimal(doc, child(total, CBC, "TaxInclusiveAmount"))?;
        f.amount_due = decimal(doc, child(total, CBC, "PayableAmount"))?;
        f.rounding = decimal(doc, child(total, CBC, "PayableRoundingAmount"))?;
    }
    // BT-110 and the breakdown: the TaxTotal in the document currency (a second TaxTotal, in the
    // accounting currency, carries BT-111 and no subtotals).
    if let Some(tax) = tax_total(root, f.currency.as_deref()) {
        f.vat = decimal(doc, child(tax, CBC, "TaxAmount"))?;
        for sub in children(tax, CAC, "TaxSubtotal") {
            let category = child(sub, CAC, "TaxCategory");
            f.vat_lines.push(VatLine {
                category: string(category.and_then(|c| child(c, CBC, "ID"))).unwrap_or_default(),
                rate: zero(decimal(
                    doc,
                    category.and_then(|c| child(c, CBC, "Percent")),
                )?),
                base: zero(decimal(doc, child(sub, CBC, "TaxableAmount"))?),
                amount: zero(decimal(doc, child(sub, CBC, "TaxAmount"))?),
            });
        }
    }

    let (line_name, quantity_name) = if credit_note {
        ("CreditNoteLine", "CreditedQuantity")
    } else {
        ("InvoiceLine", "InvoicedQuantity")
    };
    for item in children(root, CAC, line_name) {
        f.lines.push(line(doc, item, quantity_name)?);
    }
    // Document-level allowances and charges become lines, when there are lines.
    if !f.lines.is_empty() {
        for ac in children(root, CAC, "AllowanceCharge") {
            let Some(amount) = decimal(doc, child(ac, CBC, "Amount"))? else {
                continue;
            };
            let rate = decimal(
                doc,
                child(ac, CAC, "TaxCategory").and_then(|c| child(c, CBC, "Percent")),
            )?;
            f.lines.push(allowance_charge_line(
                is_charge(ac),
                amount,
                text(child(ac, CBC, "AllowanceChargeReason")),
                zero(rate),
            ));
        }
    }
    Ok(f)
}

fn is_charge(ac: N) -> bool {
    matches!(text(child(ac, CBC, "ChargeIndicator")), Some("true" | "1"))
}

fn zero(d: Option<Decimal>) -> Decimal {
    d.unwrap_or(Decimal::ZERO)
}

fn tax_total<'a, 'i>(root: N<'a, 'i>, currency: Option<&str>) -> Option<N<'a, 'i>> {
    let mut first = None;
    for t in children(root, CAC, "TaxTotal") {
        let amount_currency = child(t, CBC, "TaxAmount").and_then(|a| attr(a, "currencyID"));
        if currency.is_some() && amount_currency == currency {
            return Some(t);
        }
        first.get_or_insert(t);
    }
    first
}

/// The legal name (BT-27/BT-44), else the trading name.
fn name(party: N) -> Option<String> {
    string(child(party, CAC, "PartyLegalEntity").and_then(|l| child(l, CBC, "RegistrationName")))
        .or_else(|| string(child(party, CAC, "PartyName").and_then(|p| child(p, CBC, "Name"))))
}

/// A party's SIRET: PartyIdentification/ID, PartyLegalEntity/CompanyID or EndpointID under
/// scheme 0009, else a 14-digit PartyLegalEntity/CompanyID without scheme (or under 0002).
fn siret(party: N) -> Option<String> {
    let ids = children(party, CAC, "PartyIdentification").filter_map(|p| child(p, CBC, "ID"));
    let legal = child(party, CAC, "PartyLegalEntity").and_then(|l| child(l, CBC, "CompanyID"));
    let endpoint = child(party, CBC, "EndpointID");
    for id in ids.chain(legal).chain(endpoint) {
        if attr(id, "schemeID") == Some(SIRET_SCHEME)
            && let Some(t) = text(Some(id))
        {
            return Some(compact(t));
        }
    }
    let legal = legal?;
    let value = compact(text(Some(legal))?);
    match attr(legal, "schemeID") {
        None | Some("") | Some(SIREN_SCHEME) if is_siret(&value) => Some(value),
        _ => None,
    }
}

fn line(doc: &Document, item: N, quantity_name: &str) -> Result<Line> {
    let quantity = child(item, CBC, quantity_name);
    let price = child(item, CAC, "Price");
    let mut unit_price = zero(decimal(
        doc,
        price.and_then(|p| child(p, CBC, "PriceAmount")),
    )?);
    if let Some(basis) = decimal(doc, price.and_then(|p| child(p, CBC, "BaseQuantity")))?
        && !basis.is_zero()
    {
        unit_price = unit_price.checked_div(basis).unwrap_or(unit_price);
    }
    let item_node = child(item, CAC, "Item");
    let mut line = Line {
        description: string(item_node.and_then(|i| child(i, CBC, "Name"))).unwrap_or_default(),
        quantity: zero(decimal(doc, quantity)?),
        unit: quantity
            .and_then(|q| attr(q, "unitCode"))
            .filter(|u| !u.is_empty())
            .unwrap_or("C62")
            .to_string(),
        unit_price,
        vat_rate: zero(decimal(
            doc,
            item_node
                .and_then(|i| child(i, CAC, "ClassifiedTaxCategory"))
                .and_then(|c| child(c, CBC, "Percent")),
        )?),
        net_amount: zero(decimal(doc, child(item, CBC, "LineExtensionAmount"))?),
    };
    // Line-level allowances and charges: the price that gives the line its net amount.
    if child(item, CAC, "AllowanceCharge").is_some()
        && let Some(price) = effective_unit_price(line.net_amount, line.quantity)
    {
        line.unit_price = price;
    }
    Ok(line)
}
