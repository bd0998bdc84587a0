//! What the EN 16931 rules need beyond [`DocumentFields`](crate::domain::invoice::DocumentFields):
//! values as written (absent stays absent), from the same DOM (CII and UBL).

use super::cii::is_detail;
use super::xml::{
    CAC, CBC, Document, N, RAM, RSM, UDT, attr, child, children, compact, decimal, path, string,
    text,
};
use crate::domain::en16931::{
    AllowanceCharge, Details, Identifier, LineDetails, PartyDetails, VatBreakdown,
};
use crate::error::Result;
use rust_decimal::Decimal;

fn identifier(n: N) -> Option<Identifier> {
    Some(Identifier {
        value: compact(text(Some(n))?),
        scheme: attr(n, "schemeID")
            .filter(|s| !s.is_empty())
            .map(str::to_string),
    })
}

pub fn cii(doc: &Document, root: N) -> Result<Details> {
    let mut d = Details {
        business_process: string(child(root, RSM, "ExchangedDocumentContext").and_then(|c| {
            path(
                c,
                RAM,
                &["BusinessProcessSpecifiedDocumentContextParameter", "ID"],
            )
        })),
        type_code: string(
            child(root, RSM, "ExchangedDocument").and_then(|h| child(h, RAM, "TypeCode")),
        ),
        ..Default::default()
    };
    let Some(tx) = child(root, RSM, "SupplyChainTradeTransaction") else {
        return Ok(d);
    };
    if let Some(agreement) = child(tx, RAM, "ApplicableHeaderTradeAgreement") {
        if let Some(p) = child(agreement, RAM, "SellerTradeParty") {
            d.seller = cii_party(p);
        }
        if let Some(p) = child(agreement, RAM, "BuyerTradeParty") {
            d.buyer = cii_party(p);
        }
        d.tax_representative =
            child(agreement, RAM, "SellerTaxRepresentativeTradeParty").map(cii_party);
        d.tax_representative_vat = d
            .tax_representative
            .as_ref()
            .and_then(|p| p.vat_ids.first().cloned());
    }
    if let Some(delivery) = child(tx, RAM, "ApplicableHeaderTradeDelivery") {
        d.delivery_date_or_period = path(
            delivery,
            RAM,
            &["ActualDeliverySupplyChainEvent", "OccurrenceDateTime"],
        )
        .and_then(|t| child(t, UDT, "DateTimeString"))
        .is_some();
        d.deliver_to_country = path(
            delivery,
            RAM,
            &["ShipToTradeParty", "PostalTradeAddress", "CountryID"],
        )
        .is_some();
        d.delivery_address_without_country =
            path(delivery, RAM, &["ShipToTradeParty", "PostalTradeAddress"])
                .is_some_and(|a| child(a, RAM, "CountryID").is_none());
    }
    if let Some(s) = child(tx, RAM, "ApplicableHeaderTradeSettlement") {
        let currency = text(child(s, RAM, "InvoiceCurrencyCode"));
        let sum = child(s, RAM, "SpecifiedTradeSettlementHeaderMonetarySummation");
        d.vat_totals_in_currency = currency.map(|c| {
            sum.map_or(0, |sum| {
                children(sum, RAM, "TaxTotalAmount")
                    .filter(|t| attr(*t, "currencyID") == Some(c))
                    .count()
            })
        });
        d.references_without_number = children(s, RAM, "InvoiceReferencedDocument")
            .filter(|r| child(*r, RAM, "IssuerAssignedID").is_none())
            .count();
        if let Some(period) = child(s, RAM, "BillingSpecifiedPeriod")
            && (child(period, RAM, "StartDateTime").is_some()
                || child(period, RAM, "EndDateTime").is_some())
        {
            d.delivery_date_or_period = true;
        }
        for tax in children(s, RAM, "ApplicableTradeTax") {
            d.breakdown.push(VatBreakdown {
                category: string(child(tax, RAM, "CategoryCode")),
                rate: decimal(doc, child(tax, RAM, "RateApplicablePercent"))?,
                base: decimal(doc, child(tax, RAM, "BasisAmount"))?,
                amount: decimal(doc, child(tax, RAM, "CalculatedAmount"))?,
                exemption_reason: string(child(tax, RAM, "ExemptionReason")),
                exemption_code: string(child(tax, RAM, "ExemptionReasonCode")),
            });
        }
        for ac in children(s, RAM, "SpecifiedTradeAllowanceCharge") {
            let tax = child(ac, RAM, "CategoryTradeTax");
            let item = AllowanceCharge {
                reason: child(ac, RAM, "Reason").is_some()
                    || child(ac, RAM, "ReasonCode").is_some(),
                amount: decimal(doc, child(ac, RAM, "ActualAmount"))?,
                category: string(tax.and_then(|t| child(t, RAM, "CategoryCode"))),
                rate: decimal(
                    doc,
                    tax.and_then(|t| child(t, RAM, "RateApplicablePercent")),
                )?,
            };
            let charge = matches!(
                text(child(ac, RAM, "ChargeIndicator").and_then(|c| child(c, UDT, "Indicator"))),
                Some("true" | "1")
            );
            if charge {
                d.charges.push(item);
            } else {
                d.allowances.push(item);
            }
        }
        // Factur-X EXTENDED: logistics service charges count in the charge total (BT-108).
        for c in children(s, RAM, "SpecifiedLogisticsServiceCharge") {
            let tax = child(c, RAM, "AppliedTradeTax");
            d.charges.push(AllowanceCharge {
                // Its description (required) is its reason.
                reason: true,
                amount: decimal(doc, child(c, RAM, "AppliedAmount"))?,
                category: string(tax.and_then(|t| child(t, RAM, "CategoryCode"))),
                rate: decimal(
                    doc,
                    tax.and_then(|t| child(t, RAM, "RateApplicablePercent")),
                )?,
            });
        }
        if let Some(sum) = child(s, RAM, "SpecifiedTradeSettlementHeaderMonetarySummation") {
            d.line_total = decimal(doc, child(sum, RAM, "LineTotalAmount"))?;
            d.allowance_total = decimal(doc, child(sum, RAM, "AllowanceTotalAmount"))?;
            d.charge_total = decimal(doc, child(sum, RAM, "ChargeTotalAmount"))?;
            d.prepaid = decimal(doc, child(sum, RAM, "TotalPrepaidAmount"))?;
            d.rounding = decimal(doc, child(sum, RAM, "RoundingAmount"))?;
        }
    }
    for item in children(tx, RAM, "IncludedSupplyChainTradeLineItem").filter(|i| is_detail(*i)) {
        d.incomplete_item_attributes += child(item, RAM, "SpecifiedTradeProduct").map_or(0, |p| {
            children(p, RAM, "ApplicableProductCharacteristic")
                .filter(|c| {
                    child(*c, RAM, "Description").is_none() || child(*c, RAM, "Value").is_none()
                })
                .count()
        });
        let quantity = path(item, RAM, &["SpecifiedLineTradeDelivery", "BilledQuantity"]);
        let settlement = child(item, RAM, "SpecifiedLineTradeSettlement");
        let tax = settlement.and_then(|s| child(s, RAM, "ApplicableTradeTax"));
        d.lines.push(LineDetails {
            id: string(path(
                item,
                RAM,
                &["AssociatedDocumentLineDocument", "LineID"],
            )),
            name: string(path(item, RAM, &["SpecifiedTradeProduct", "Name"])),
            quantity: decimal(doc, quantity)?,
            unit: quantity
                .and_then(|q| attr(q, "unitCode"))
                .filter(|u| !u.is_empty())
                .map(str::to_string),
            net_amount: decimal(
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
            )?,
            net_price: decimal(
                doc,
                path(
                    item,
                    RAM,
                    &[
                        "SpecifiedLineTradeAgreement",
                        "NetPriceProductTradePrice",
                        "ChargeAmount",
                    ],
                ),
            )?,
            category: string(tax.and_then(|t| child(t, RAM, "CategoryCode"))),
            rate: decimal(
                doc,
                tax.and_then(|t| child(t, RAM, "RateApplicablePercent")),
            )?,
        });
    }
    Ok(d)
}

fn cii_party(p: N) -> PartyDetails {
    let address = child(p, RAM, "PostalTradeAddress");
    let registrations: Vec<N> = children(p, RAM, "SpecifiedTaxRegistration")
        .filter_map(|r| child(r, RAM, "ID"))
        .collect();
    let scheme = |want: &str| {
        registrations
            .iter()
            .filter(|id| attr(**id, "schemeID") == Some(want))
            .filter_map(|id| string(Some(*id)))
            .collect::<Vec<_>>()
    };
    PartyDetails {
        ids: p
            .children()
            .filter(|c| super::xml::is(c, RAM, "ID") || super::xml::is(c, RAM, "GlobalID"))
            .filter_map(identifier)
            .collect(),
        legal_id: path(p, RAM, &["SpecifiedLegalOrganization", "ID"]).and_then(identifier),
        vat_ids: scheme("VA"),
        tax_registration: scheme("FC").into_iter().next(),
        address: address.is_some(),
        country: string(address.and_then(|a| child(a, RAM, "CountryID"))),
        name: string(child(p, RAM, "Name")),
    }
}

pub fn ubl(doc: &Document, root: N, credit_note: bool) -> Result<Details> {
    let type_code = if credit_note {
        "CreditNoteTypeCode"
    } else {
        "InvoiceTypeCode"
    };
    let mut d = Details {
        business_process: string(child(root, CBC, "ProfileID")),
        type_code: string(child(root, CBC, type_code)),
        ubl: true,
        ..Default::default()
    };
    d.vat_totals_in_currency = text(child(root, CBC, "DocumentCurrencyCode")).map(|c| {
        children(root, CAC, "TaxTotal")
            .filter_map(|t| child(t, CBC, "TaxAmount"))
            .filter(|a| attr(*a, "currencyID") == Some(c))
            .count()
    });
    if let Some(p) = path(root, CAC, &["AccountingSupplierParty", "Party"]) {
        d.seller = ubl_party(p);
    }
    if let Some(p) = path(root, CAC, &["AccountingCustomerParty", "Party"]) {
        d.buyer = ubl_party(p);
    }
    d.tax_representative = child(root, CAC, "TaxRepresentativeParty").map(ubl_party);
    d.tax_representative_vat = d
        .tax_representative
        .as_ref()
        .and_then(|p| p.vat_ids.first().cloned());
    for total in children(root, CAC, "TaxTotal") {
        let subtotals: Vec<Option<Decimal>> = children(total, CAC, "TaxSubtotal")
            .map(|sub| decimal(doc, child(sub, CBC, "TaxAmount")))
            .collect::<Result<_>>()?;
        if let Some(amount) = decimal(doc, child(total, CBC, "TaxAmount"))?
            && !subtotals.is_empty()
        {
            let sum = subtotals
                .iter()
                .flatten()
                .fold(Decimal::ZERO, |s, v| s.saturating_add(*v));
            d.ubl_tax_totals.push((amount, sum));
        }
        for sub in children(total, CAC, "TaxSubtotal") {
            let cat = child(sub, CAC, "TaxCategory");
            d.breakdown.push(VatBreakdown {
                category: string(cat.and_then(|c| child(c, CBC, "ID"))),
                rate: decimal(doc, cat.and_then(|c| child(c, CBC, "Percent")))?,
                base: decimal(doc, child(sub, CBC, "TaxableAmount"))?,
                amount: decimal(doc, child(sub, CBC, "TaxAmount"))?,
                exemption_reason: string(cat.and_then(|c| child(c, CBC, "TaxExemptionReason"))),
                exemption_code: string(cat.and_then(|c| child(c, CBC, "TaxExemptionReasonCode"))),
            });
        }
    }
    for means in children(root, CAC, "PaymentMeans") {
        let code = child(means, CBC, "PaymentMeansCode").and_then(|c| c.text());
        if !matches!(code.map(str::trim), Some("30" | "58")) {
            continue;
        }
        let accounts: Vec<N> = children(means, CAC, "PayeeFinancialAccount").collect();
        if !accounts.iter().any(|a| child(*a, CBC, "ID").is_some()) {
            d.transfers_without_account += 1;
        }
        // BR-50 matches the code exactly as written.
        if matches!(code, Some("30" | "58")) {
            d.accounts_with_blank_id += accounts
                .iter()
                .filter(|a| text(child(**a, CBC, "ID")).is_none())
                .count();
        }
    }
    let endpoint_without_scheme = |party: &str| {
        path(root, CAC, &[party, "Party"])
            .and_then(|p| child(p, CBC, "EndpointID"))
            .is_some_and(|e| attr(e, "schemeID").is_none())
    };
    d.seller_endpoint_without_scheme = endpoint_without_scheme("AccountingSupplierParty");
    d.buyer_endpoint_without_scheme = endpoint_without_scheme("AccountingCustomerParty");
    let delivery = child(root, CAC, "Delivery");
    d.delivery_address_without_country = delivery
        .and_then(|x| path(x, CAC, &["DeliveryLocation", "Address"]))
        .is_some_and(|a| {
            child(a, CAC, "Country")
                .and_then(|c| child(c, CBC, "IdentificationCode"))
                .is_none()
        });
    d.references_without_number = children(root, CAC, "BillingReference")
        .filter(|r| {
            child(*r, CAC, "InvoiceDocumentReference")
                .and_then(|i| child(i, CBC, "ID"))
                .is_none()
        })
        .count();
    let long = |n: Option<N>| text(n).is_some_and(|t| t.chars().count() > 1);
    d.delivery_date_or_period = long(delivery.and_then(|x| child(x, CBC, "ActualDeliveryDate")))
        || child(root, CAC, "InvoicePeriod").is_some_and(|p| p.children().next().is_some());
    d.deliver_to_country = long(
        delivery
            .and_then(|x| path(x, CAC, &["DeliveryLocation", "Address", "Country"]))
            .and_then(|c| child(c, CBC, "IdentificationCode")),
    );
    for ac in children(root, CAC, "AllowanceCharge") {
        let cat = child(ac, CAC, "TaxCategory");
        let item = AllowanceCharge {
            reason: child(ac, CBC, "AllowanceChargeReason").is_some()
                || child(ac, CBC, "AllowanceChargeReasonCode").is_some(),
            amount: decimal(doc, child(ac, CBC, "Amount"))?,
            category: string(cat.and_then(|c| child(c, CBC, "ID"))),
            rate: decimal(doc, cat.and_then(|c| child(c, CBC, "Percent")))?,
        };
        if matches!(text(child(ac, CBC, "ChargeIndicator")), Some("true" | "1")) {
            d.charges.push(item);
        } else {
            d.allowances.push(item);
        }
    }
    if let Some(t) = child(root, CAC, "LegalMonetaryTotal") {
        d.line_total = decimal(doc, child(t, CBC, "LineExtensionAmount"))?;
        d.allowance_total = decimal(doc, child(t, CBC, "AllowanceTotalAmount"))?;
        d.charge_total = decimal(doc, child(t, CBC, "ChargeTotalAmount"))?;
        d.prepaid = decimal(doc, child(t, CBC, "PrepaidAmount"))?;
        d.rounding = decimal(doc, child(t, CBC, "PayableRoundingAmount"))?;
    }
    let (line_name, quantity_name) = if credit_note {
        ("CreditNoteLine", "CreditedQuantity")
    } else {
        ("InvoiceLine", "InvoicedQuantity")
    };
    for line in children(root, CAC, line_name) {
        let quantity = child(line, CBC, quantity_name);
        let item = child(line, CAC, "Item");
        let cat = item.and_then(|i| child(i, CAC, "ClassifiedTaxCategory"));
        for ac in children(line, CAC, "AllowanceCharge") {
            let item = AllowanceCharge {
                reason: child(ac, CBC, "AllowanceChargeReason").is_some()
                    || child(ac, CBC, "AllowanceChargeReasonCode").is_some(),
                amount: decimal(doc, child(ac, CBC, "Amount"))?,
                ..Default::default()
            };
            match text(child(ac, CBC, "ChargeIndicator")) {
                Some("true" | "1") => d.line_charges.push(item),
                Some("false" | "0") => d.line_allowances.push(item),
                _ => {}
            }
        }
        if let Some(i) = item {
            d.item_ids_without_scheme += children(i, CAC, "StandardItemIdentification")
                .filter_map(|s| child(s, CBC, "ID"))
                .filter(|id| id.attribute("schemeID").is_none())
                .count();
            d.classifications_without_list += children(i, CAC, "CommodityClassification")
                .filter_map(|c| child(c, CBC, "ItemClassificationCode"))
                .filter(|c| c.attribute("listID").is_none())
                .count();
        }
        d.incomplete_item_attributes += item.map_or(0, |i| {
            children(i, CAC, "AdditionalItemProperty")
                .filter(|p| child(*p, CBC, "Name").is_none() || child(*p, CBC, "Value").is_none())
                .count()
        });
        d.lines.push(LineDetails {
            id: string(child(line, CBC, "ID")),
            name: string(item.and_then(|i| child(i, CBC, "Name"))),
            quantity: decimal(doc, quantity)?,
            unit: quantity
                .and_then(|q| attr(q, "unitCode"))
                .filter(|u| !u.is_empty())
                .map(str::to_string),
            net_amount: decimal(doc, child(line, CBC, "LineExtensionAmount"))?,
            net_price: decimal(
                doc,
                child(line, CAC, "Price").and_then(|p| child(p, CBC, "PriceAmount")),
            )?,
            category: string(cat.and_then(|c| child(c, CBC, "ID"))),
            rate: decimal(doc, cat.and_then(|c| child(c, CBC, "Percent")))?,
        });
    }
    Ok(d)
}

fn ubl_party(p: N) -> PartyDetails {
    let address = child(p, CAC, "PostalAddress");
    let mut vat_ids = Vec::new();
    let mut tax_registration = None;
    for scheme in children(p, CAC, "PartyTaxScheme") {
        let Some(id) = string(child(scheme, CBC, "CompanyID")) else {
            continue;
        };
        let kind = path(scheme, CAC, &["TaxScheme"]).and_then(|t| text(child(t, CBC, "ID")));
        if kind.is_none_or(|k| k == "VAT") {
            vat_ids.push(id);
        } else {
            tax_registration.get_or_insert(id);
        }
    }
    let legal = child(p, CAC, "PartyLegalEntity");
    PartyDetails {
        ids: children(p, CAC, "PartyIdentification")
            .filter_map(|i| child(i, CBC, "ID"))
            // The electronic address counts when it is a SIRET (scheme 0009).
            .chain(child(p, CBC, "EndpointID").filter(|e| attr(*e, "schemeID") == Some("0009")))
            .filter_map(identifier)
            .collect(),
        legal_id: legal
            .and_then(|l| child(l, CBC, "CompanyID"))
            .and_then(identifier),
        vat_ids,
        tax_registration,
        address: address.is_some(),
        country: string(
            address
                .and_then(|a| child(a, CAC, "Country"))
                .and_then(|c| child(c, CBC, "IdentificationCode")),
        ),
        name: string(path(p, CAC, &["PartyName"]).and_then(|n| child(n, CBC, "Name"))),
    }
}
