//! The CII reader (UN/CEFACT CrossIndustryInvoice D16B, as Factur-X / ZUGFeRD 2 carry it).

use rust_decimal::Decimal;

use super::xml::{
    Document, N, RAM, RSM, SIREN_SCHEME, SIRET_SCHEME, UDT, attr, child, children, cii_date,
    compact, decimal, is, is_siret, path, string, text,
};
use super::{allowance_charge_line, effective_unit_price, invoice_type_of_code};
use crate::domain::invoice::{DocumentFields, Line, VatLine};
use crate::error::Result;

pub fn read(doc: &Document, root: N) -> Result<DocumentFields> {
    let mut f = DocumentFields {
        profile: string(child(root, RSM, "ExchangedDocumentContext").and_then(|c| {
            path(
                c,
                RAM,
                &["GuidelineSpecifiedDocumentContextParameter", "ID"],
            )
        })),
        ..Default::default()
    };

    if let Some(header) = child(root, RSM, "ExchangedDocument") {
        f.number = string(child(header, RAM, "ID"));
        f.invoice_type = text(child(header, RAM, "TypeCode")).and_then(invoice_type_of_code);
        f.date = cii_date(
            doc,
            child(header, RAM, "IssueDateTime").and_then(|d| child(d, UDT, "DateTimeString")),
        )?;
    }

    let Some(tx) = child(root, RSM, "SupplyChainTradeTransaction") else {
        return Ok(f);
    };

    if let Some(agreement) = child(tx, RAM, "ApplicableHeaderTradeAgreement") {
        f.recipient_service = string(child(agreement, RAM, "BuyerReference"));
        f.engagement_number = string(path(
            agreement,
            RAM,
            &["BuyerOrderReferencedDocument", "IssuerAssignedID"],
        ));
        f.market_number = string(path(
            agreement,
            RAM,
            &["ContractReferencedDocument", "IssuerAssignedID"],
        ));
        if let Some(seller) = child(agreement, RAM, "SellerTradeParty") {
            f.supplier_identifier = siret(seller);
            f.supplier_name = string(child(seller, RAM, "Name"));
            f.supplier_vat_number = children(seller, RAM, "SpecifiedTaxRegistration")
                .filter_map(|r| child(r, RAM, "ID"))
                .find(|id| attr(*id, "schemeID") == Some("VA"))
                .and_then(|id| string(Some(id)));
        }
        if let Some(buyer) = child(agreement, RAM, "BuyerTradeParty") {
            f.recipient_identifier = siret(buyer);
            f.recipient_name = string(child(buyer, RAM, "Name"));
        }
    }

    if let Some(settlement) = child(tx, RAM, "ApplicableHeaderTradeSettlement") {
        f.currency = string(child(settlement, RAM, "InvoiceCurrencyCode"));
        f.original_number = children(settlement, RAM, "InvoiceReferencedDocument")
            .find_map(|r| string(child(r, RAM, "IssuerAssignedID")));
        if let Some(sum) = child(
            settlement,
            RAM,
            "SpecifiedTradeSettlementHeaderMonetarySummation",
        ) {
            f.total_excl_vat = decimal(doc, child(sum, RAM, "TaxBasisTotalAmount"))?;
            f.vat = decimal(doc, tax_total(sum, f.currency.as_deref()))?;
            f.total_incl_vat = decimal(doc, child(sum, RAM, "GrandTotalAmount"))?;
            f.amount_due = decimal(doc, child(sum, RAM, "DuePayableAmount"))?;
            f.rounding = decimal(doc, child(sum, RAM, "RoundingAmount"))?;
        }
        for tax in children(settlement, RAM, "ApplicableTradeTax") {
            f.vat_lines.push(VatLine {
                category: string(child(tax, RAM, "CategoryCode")).unwrap_or_default(),
                rate: zero(decimal(doc, child(tax, RAM, "RateApplicablePercent"))?),
                base: zero(decimal(doc, child(tax, RAM, "BasisAmount"))?),
                amount: zero(decimal(doc, child(tax, RAM, "CalculatedAmount"))?),
            });
        }
    }

    for item in children(tx, RAM, "IncludedSupplyChainTradeLineItem").filter(|i| is_detail(*i)) {
        f.lines.push(line(doc, item)?);
    }
    // Document-level allowances and charges become lines, when there are lines.
    if !f.lines.is_empty()
        && let Some(settlement) = child(tx, RAM, "ApplicableHeaderTradeSettlement")
    {
        for ac in children(settlement, RAM, "SpecifiedTradeAllowanceCharge") {
            let Some(amount) = decimal(doc, child(ac, RAM, "ActualAmount"))? else {
                continue;
            };
            let rate = decimal(
                doc,
                path(ac, RAM, &["CategoryTradeTax", "RateApplicablePercent"]),
            )?;
            f.lines.push(allowance_charge_line(
                is_charge(ac),
                amount,
                text(child(ac, RAM, "Reason")),
                zero(rate),
            ));
        }
        for c in children(settlement, RAM, "SpecifiedLogisticsServiceCharge") {
            let Some(amount) = decimal(doc, child(c, RAM, "AppliedAmount"))? else {
                continue;
            };
            let rate = decimal(
                doc,
                path(c, RAM, &["AppliedTradeTax", "RateApplicablePercent"]),
            )?;
            f.lines.push(allowance_charge_line(
                true,
                amount,
                text(child(c, RAM, "Description")),
                zero(rate),
            ));
        }
    }
    Ok(f)
}

/// Factur-X EXTENDED: a GROUP line sums its sub-lines and an INFORMATION line is not billed;
/// only DETAIL lines (the default) add up to the totals.
pub(super) fn is_detail(item: N) -> bool {
    !matches!(
        text(path(
            item,
            RAM,
            &["AssociatedDocumentLineDocument", "LineStatusReasonCode"]
        )),
        Some("GROUP" | "INFORMATION")
    )
}

/// ChargeIndicator/udt:Indicator: true for a charge, false for an allowance.
fn is_charge(ac: N) -> bool {
    matches!(
        path(ac, RAM, &["ChargeIndicator"]).and_then(|c| text(child(c, UDT, "Indicator"))),
        Some("true" | "1")
    )
}

fn zero(d: Option<Decimal>) -> Decimal {
    d.unwrap_or(Decimal::ZERO)
}

/// BT-110: the TaxTotalAmount in the invoice currency (BT-111, in the accounting currency, is
/// the same element with another currencyID).
fn tax_total<'a, 'i>(sum: N<'a, 'i>, currency: Option<&str>) -> Option<N<'a, 'i>> {
    let mut first = None;
    let mut without_currency = None;
    for t in children(sum, RAM, "TaxTotalAmount") {
        match attr(t, "currencyID") {
            Some(c) if Some(c) == currency => return Some(t),
            None if without_currency.is_none() => without_currency = Some(t),
            _ => {}
        }
        first.get_or_insert(t);
    }
    without_currency.or(first)
}

/// A party's SIRET: an ID or GlobalID with scheme 0009, else SpecifiedLegalOrganization/ID with
/// scheme 0009 (or a 14-digit value without scheme or under the SIREN scheme 0002).
fn siret(party: N) -> Option<String> {
    for id in party
        .children()
        .filter(|c| is(c, RAM, "ID") || is(c, RAM, "GlobalID"))
    {
        if attr(id, "schemeID") == Some(SIRET_SCHEME)
            && let Some(t) = text(Some(id))
        {
            return Some(compact(t));
        }
    }
    let id = path(party, RAM, &["SpecifiedLegalOrganization", "ID"])?;
    let value = compact(text(Some(id))?);
    match attr(id, "schemeID") {
        Some(SIRET_SCHEME) => Some(value),
        None | Some("") | Some(SIREN_SCHEME) if is_siret(&value) => Some(value),
        _ => None,
    }
}

fn line(doc: &Document, item: N) -> Result<Line> {
    let price = path(
        item,
        RAM,
        &["SpecifiedLineTradeAgreement", "NetPriceProductTradePrice"],
    );
    let mut unit_price = zero(decimal(
        doc,
        price.and_then(|p| child(p, RAM, "ChargeAmount")),
    )?);
    if let Some(basis) = decimal(doc, price.and_then(|p| child(p, RAM, "BasisQuantity")))?
        && !basis.is_zero()
    {
        unit_price = unit_price.checked_div(basis).unwrap_or(unit_price);
    }
    let quantity = path(item, RAM, &["SpecifiedLineTradeDelivery", "BilledQuantity"]);
    let settlement = child(item, RAM, "SpecifiedLineTradeSettlement");
    let mut line = Line {
        description: string(path(item, RAM, &["SpecifiedTradeProduct", "Name"]))
            .unwrap_or_default(),
        quantity: zero(decimal(doc, quantity)?),
        unit: quantity
            .and_then(|q| attr(q, "unitCode"))
            .filter(|u| !u.is_empty())
            .unwrap_or("C62")
            .to_string(),
        unit_price,
        vat_rate: zero(decimal(
            doc,
            settlement.and_then(|s| path(s, RAM, &["ApplicableTradeTax", "RateApplicablePercent"])),
        )?),
        net_amount: zero(decimal(
            doc,
            settlement.and_then(|s| {
                path(
                    s,
                    RAM,
                    &[
                        "SpecifiedTradeSettlementLineMonetarySummation",
                        "LineTotalAmount",
                    ],
                )
            }),
        )?),
    };
    // Line-level allowances and charges: the price that gives the line its net amount.
    if settlement.is_some_and(|s| {
        children(s, RAM, "SpecifiedTradeAllowanceCharge")
            .next()
            .is_some()
    }) && let Some(price) = effective_unit_price(line.net_amount, line.quantity)
    {
        line.unit_price = price;
    }
    Ok(line)
}
