//! What the EN 16931 rules need beyond [`DocumentFields`](crate::domain::invoice::DocumentFields):
//! values as written (absent stays absent), from the same DOM (CII and UBL).

use super::cii::is_detail;
use super::xml::{
    CAC, CBC, Document, N, RAM, RSM, UDT, attr, child, children, compact, decimal, is, path,
    string, text,
};
use crate::domain::code_lists::Code;
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
        // BR-62, BR-63: the first electronic address has a scheme.
        let endpoint_without_scheme = |party: &str| {
            child(agreement, RAM, party)
                .and_then(|p| child(p, RAM, "URIUniversalCommunication"))
                .is_some_and(|c| {
                    blank(child(c, RAM, "URIID").and_then(|u| u.attribute("schemeID")))
                })
        };
        d.seller_endpoint_without_scheme = endpoint_without_scheme("SellerTradeParty");
        d.buyer_endpoint_without_scheme = endpoint_without_scheme("BuyerTradeParty");
        d.documents_without_reference += unreferenced(agreement);
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
        cii_settlement_rules(tx, s, &mut d);
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
            let (allowance, charge) = cii_indicators(ac);
            for (given, [amount, base]) in [
                (allowance, ["BR-DEC-01", "BR-DEC-02"]),
                (charge, ["BR-DEC-05", "BR-DEC-06"]),
            ] {
                if given {
                    two_decimals(amount, child(ac, RAM, "ActualAmount"), &mut d);
                    two_decimals(base, child(ac, RAM, "BasisAmount"), &mut d);
                }
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
    for item in children(tx, RAM, "IncludedSupplyChainTradeLineItem") {
        cii_item_rules(doc, item, &mut d)?;
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
    code_lists(root, true, &mut d);
    Ok(d)
}

/// What the official rules check on the CII header settlement: BR-17, BR-29, BR-CO-19,
/// BR-49/50/61, BR-53, BR-CO-03, BR-DEC-09…20.
fn cii_settlement_rules(tx: N, s: N, d: &mut Details) {
    let seller = child(tx, RAM, "ApplicableHeaderTradeAgreement")
        .and_then(|a| child(a, RAM, "SellerTradeParty"));
    let (mut invoice_currencies, mut tax_currencies) = (Vec::new(), Vec::new());
    let mut sum = None;
    let (mut point_date, mut point_code, mut judged) = (false, false, false);
    // One pass over the settlement's parts.
    for part in s.children().filter(|p| p.ns() == RAM) {
        match part.name() {
            "InvoiceCurrencyCode" => invoice_currencies.push(value(part)),
            "TaxCurrencyCode" => tax_currencies.push(value(part)),
            "BillingSpecifiedPeriod" => {
                let (reversed, dateless) = cii_period(part);
                d.periods_reversed += usize::from(reversed);
                d.periods_without_dates += usize::from(dateless);
            }
            "PayeeTradeParty" => {
                d.payees_not_distinct += usize::from(!cii_payee_distinct(part, seller));
            }
            "SpecifiedTradeSettlementPaymentMeans" => cii_payment_means(part, d),
            "ApplicableTradeTax" => {
                point_date |= child(part, RAM, "TaxPointDate").is_some();
                point_code |= child(part, RAM, "DueDateTypeCode").is_some();
                if judged_breakdown(part) {
                    judged = true;
                    two_decimals("BR-DEC-19", child(part, RAM, "BasisAmount"), d);
                    two_decimals("BR-DEC-20", child(part, RAM, "CalculatedAmount"), d);
                }
            }
            "SpecifiedTradeSettlementHeaderMonetarySummation" => sum = sum.or(Some(part)),
            _ => {}
        }
    }
    d.tax_point_date_and_code = point_date && point_code && judged;
    let Some(sum) = sum else { return };
    // BR-53: a VAT accounting currency has its VAT total, and is not the invoice currency.
    if !tax_currencies.is_empty() {
        let given = children(sum, RAM, "TaxTotalAmount").any(|t| {
            t.attribute("currencyID")
                .is_some_and(|c| tax_currencies.contains(&c))
        });
        let invoice_currency = invoice_currencies
            .iter()
            .any(|c| tax_currencies.contains(c));
        d.tax_currency_without_total = !given || invoice_currency;
    }
    for amount in sum.children().filter(|a| a.ns() == RAM) {
        let rule = match amount.name() {
            "LineTotalAmount" => "BR-DEC-09",
            "AllowanceTotalAmount" => "BR-DEC-10",
            "ChargeTotalAmount" => "BR-DEC-11",
            "TaxBasisTotalAmount" => "BR-DEC-12",
            "GrandTotalAmount" => "BR-DEC-14",
            "TotalPrepaidAmount" => "BR-DEC-16",
            "RoundingAmount" => "BR-DEC-17",
            "DuePayableAmount" => "BR-DEC-18",
            _ => continue,
        };
        two_decimals(rule, Some(amount), d);
    }
    cii_vat_total_decimals(sum, &invoice_currencies, &tax_currencies, d);
}

/// What the official rules check on every CII line, detail or not: BR-28, BR-30, BR-CO-20,
/// BR-41…44, BR-CO-23/24, BR-52, BR-64, BR-65.
fn cii_item_rules(doc: &Document, item: N, d: &mut Details) -> Result<()> {
    // One pass over the line's parts (a line has thousands of siblings, few children).
    for part in item.children().filter(|p| p.ns() == RAM) {
        match part.name() {
            "SpecifiedLineTradeAgreement" => {
                let gross = children(part, RAM, "GrossPriceProductTradePrice")
                    .flat_map(|p| children(p, RAM, "ChargeAmount"));
                d.negative_gross_prices += usize::from(negative(gross));
                d.documents_without_reference += unreferenced(part);
            }
            "SpecifiedLineTradeSettlement" => cii_line_settlement_rules(doc, part, d)?,
            "SpecifiedTradeProduct" => {
                if child(part, RAM, "GlobalID").is_some_and(|g| blank(g.attribute("schemeID"))) {
                    d.item_ids_without_scheme += 1;
                }
                d.classifications_without_list +=
                    children(part, RAM, "DesignatedProductClassification")
                        .filter_map(|c| child(c, RAM, "ClassCode"))
                        .filter(|c| blank(c.attribute("listID")))
                        .count();
            }
            _ => {}
        }
    }
    Ok(())
}

/// BR-30, BR-CO-20, BR-41…44, BR-CO-23/24, BR-DEC-23…28 on a CII line's settlement.
fn cii_line_settlement_rules(doc: &Document, settlement: N, d: &mut Details) -> Result<()> {
    for part in settlement.children().filter(|p| p.ns() == RAM) {
        match part.name() {
            "SpecifiedTradeSettlementLineMonetarySummation" => {
                two_decimals("BR-DEC-23", child(part, RAM, "LineTotalAmount"), d);
            }
            "BillingSpecifiedPeriod" => {
                let (reversed, dateless) = cii_period(part);
                d.line_periods_reversed += usize::from(reversed);
                d.line_periods_without_dates += usize::from(dateless);
            }
            "SpecifiedTradeAllowanceCharge" => cii_line_allowance_charge(doc, part, d)?,
            _ => {}
        }
    }
    Ok(())
}

/// A CII line allowance or charge, when its indicator is exactly 'false' or 'true' as the
/// official rules match it (BR-41…44, BR-CO-23/24, BR-DEC-24…28).
fn cii_line_allowance_charge(doc: &Document, ac: N, d: &mut Details) -> Result<()> {
    let (allowance, charge) = cii_indicators(ac);
    if !allowance && !charge {
        return Ok(());
    }
    for (given, [amount, base]) in [
        (allowance, ["BR-DEC-24", "BR-DEC-25"]),
        (charge, ["BR-DEC-27", "BR-DEC-28"]),
    ] {
        if given {
            two_decimals(amount, child(ac, RAM, "ActualAmount"), d);
            two_decimals(base, child(ac, RAM, "BasisAmount"), d);
        }
    }
    let item = AllowanceCharge {
        reason: child(ac, RAM, "Reason").is_some() || child(ac, RAM, "ReasonCode").is_some(),
        amount: decimal(doc, child(ac, RAM, "ActualAmount"))?,
        ..Default::default()
    };
    if allowance {
        d.line_allowances.push(item.clone());
    }
    if charge {
        d.line_charges.push(item);
    }
    Ok(())
}

/// Whether a CII allowance or charge is an allowance and whether it is a charge, as the rules
/// on its indicator match it: exactly 'false', exactly 'true'.
fn cii_indicators(ac: N) -> (bool, bool) {
    children(ac, RAM, "ChargeIndicator")
        .flat_map(|c| children(c, UDT, "Indicator"))
        .map(value)
        .fold((false, false), |(a, c), i| {
            (a || i == "false", c || i == "true")
        })
}

/// Whether the rules on a header VAT breakdown (BR-CO-03, BR-DEC-19/20) judge it: the
/// official schematron's rules for categories L, M and O take those breakdowns first.
fn judged_breakdown(tax: N) -> bool {
    let lmo = children(tax, RAM, "CategoryCode").any(|c| matches!(value(c), "L" | "M" | "O"));
    let vat = child(tax, RAM, "TypeCode").is_some_and(|c| value(c).eq_ignore_ascii_case("VAT"));
    !(lmo && vat)
}

/// BR-DEC-13 (and BR-DEC-15 with a VAT accounting currency): some VAT total in the invoice
/// (the accounting) currency is a whole number of cents, as the official rules compute it.
fn cii_vat_total_decimals(sum: N, invoice: &[&str], accounting: &[&str], d: &mut Details) {
    let totals = || children(sum, RAM, "TaxTotalAmount");
    let Some(first) = totals().next() else {
        return;
    };
    let cents =
        |t: N| super::xml::parse_decimal(value(t)).is_none_or(|v| v.normalize().scale() <= 2);
    let in_currency =
        |t: N, list: &[&str]| t.attribute("currencyID").is_some_and(|c| list.contains(&c));
    let first = value(first).trim();
    if !totals().any(|t| !in_currency(t, invoice) || cents(t)) {
        d.long_decimals.push(("BR-DEC-13", first.to_string()));
    }
    if !accounting.is_empty() && !totals().any(|t| in_currency(t, accounting) && cents(t)) {
        d.long_decimals.push(("BR-DEC-15", first.to_string()));
    }
}

/// BR-DEC-*: an amount with more than two characters after its point, as written.
fn two_decimals(rule: &'static str, amount: Option<N>, d: &mut Details) {
    let Some(n) = amount else { return };
    let v = value(n);
    // A byte search: amounts are short, and this runs on every one.
    if let Some(point) = v.bytes().position(|b| b == b'.')
        && v[point + 1..].chars().count() > 2
    {
        d.long_decimals.push((rule, v.trim().to_string()));
    }
}

/// BR-49 on a payment instruction, and for a credit transfer (codes 30, 58) BR-50 and BR-61,
/// per account.
fn cii_payment_means(means: N, d: &mut Details) {
    let mut codes = children(means, RAM, "TypeCode").map(value).peekable();
    if codes.peek().is_none() {
        d.payment_means_without_code += 1;
    }
    if !codes.any(|c| matches!(c, "30" | "58")) {
        return;
    }
    for account in children(means, RAM, "PayeePartyCreditorFinancialAccount") {
        let ids = [
            child(account, RAM, "IBANID"),
            child(account, RAM, "ProprietaryID"),
        ];
        d.transfers_without_account += usize::from(ids.iter().all(Option::is_none));
        d.accounts_with_blank_id += usize::from(ids.iter().all(|id| blank(id.map(value))));
    }
}

/// BR-17: the payee is named, and shares no name, identifier or legal registration with the
/// seller (compared as written).
fn cii_payee_distinct(payee: N, seller: Option<N>) -> bool {
    fn legal<'a>(p: N<'a, '_>) -> Vec<&'a str> {
        children(p, RAM, "SpecifiedLegalOrganization")
            .flat_map(|l| children(l, RAM, "ID"))
            .map(value)
            .collect()
    }
    let named = child(payee, RAM, "Name").is_some();
    let Some(seller) = seller else {
        return named;
    };
    let shares = |name: &'static str| {
        children(payee, RAM, name)
            .any(|a| children(seller, RAM, name).any(|b| value(a) == value(b)))
    };
    let seller_legal = legal(seller);
    named
        && !shares("Name")
        && !shares("ID")
        && !legal(payee).iter().any(|id| seller_legal.contains(id))
}

/// BR-29/BR-30 (ends before it starts: both dates of format 102 compared as written, as the
/// official rule does) and BR-CO-19/20 (no date) of a CII period.
fn cii_period(period: N) -> (bool, bool) {
    let given = |name| child(period, RAM, name).is_some();
    let days = |name: &'static str| {
        children(period, RAM, name)
            .flat_map(|t| children(t, UDT, "DateTimeString"))
            .filter(|s| s.attribute("format") == Some("102"))
            .map(value)
    };
    let (start, end) = (given("StartDateTime"), given("EndDateTime"));
    let reversed =
        start && end && !days("EndDateTime").any(|e| days("StartDateTime").any(|s| e >= s));
    (reversed, !start && !end)
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
            two_decimals("BR-DEC-19", child(sub, CBC, "TaxableAmount"), &mut d);
            two_decimals("BR-DEC-20", child(sub, CBC, "TaxAmount"), &mut d);
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
        if child(means, CBC, "PaymentMeansCode").is_none() {
            d.payment_means_without_code += 1;
        }
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
    ubl_group_rules(root, &mut d);
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
        let decimals = match ubl_charge(ac) {
            Some(false) => ["BR-DEC-01", "BR-DEC-02"],
            Some(true) => ["BR-DEC-05", "BR-DEC-06"],
            None => continue,
        };
        two_decimals(decimals[0], child(ac, CBC, "Amount"), &mut d);
        two_decimals(decimals[1], child(ac, CBC, "BaseAmount"), &mut d);
    }
    if let Some(t) = child(root, CAC, "LegalMonetaryTotal") {
        d.line_total = decimal(doc, child(t, CBC, "LineExtensionAmount"))?;
        d.allowance_total = decimal(doc, child(t, CBC, "AllowanceTotalAmount"))?;
        d.charge_total = decimal(doc, child(t, CBC, "ChargeTotalAmount"))?;
        d.prepaid = decimal(doc, child(t, CBC, "PrepaidAmount"))?;
        d.rounding = decimal(doc, child(t, CBC, "PayableRoundingAmount"))?;
        for amount in t.children().filter(|a| a.ns() == CBC) {
            let rule = match amount.name() {
                "LineExtensionAmount" => "BR-DEC-09",
                "AllowanceTotalAmount" => "BR-DEC-10",
                "ChargeTotalAmount" => "BR-DEC-11",
                "TaxExclusiveAmount" => "BR-DEC-12",
                "TaxInclusiveAmount" => "BR-DEC-14",
                "PrepaidAmount" => "BR-DEC-16",
                "PayableRoundingAmount" => "BR-DEC-17",
                "PayableAmount" => "BR-DEC-18",
                _ => continue,
            };
            two_decimals(rule, Some(amount), &mut d);
        }
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
    code_lists(root, false, &mut d);
    Ok(d)
}

/// What the official rules check on a UBL document beyond its fields: BR-17, BR-52, BR-53,
/// BR-29, BR-CO-19, BR-CO-03, and on its lines BR-28, BR-30, BR-CO-20, BR-DEC-23…28.
fn ubl_group_rules(root: N, d: &mut Details) {
    let seller = path(root, CAC, &["AccountingSupplierParty", "Party"]);
    let mut tax_currencies = Vec::new();
    let (mut point_date, mut point_code) = (false, false);
    // One pass over the document's parts.
    for part in root.children() {
        match (part.ns(), part.name()) {
            (CAC, "PayeeParty") => {
                d.payees_not_distinct += usize::from(!ubl_payee_distinct(part, seller));
            }
            (CAC, "AdditionalDocumentReference") => {
                d.documents_without_reference +=
                    usize::from(blank(child(part, CBC, "ID").map(value)));
            }
            (CBC, "TaxCurrencyCode") => tax_currencies.push(value(part)),
            (CBC, "TaxPointDate") => point_date = true,
            (CAC, "InvoicePeriod") => {
                let (reversed, dateless) = ubl_period(part);
                let code = child(part, CBC, "DescriptionCode").is_some();
                d.periods_reversed += usize::from(reversed);
                // An invoicing period may give only its VAT point date code.
                d.periods_without_dates += usize::from(dateless && !code);
                point_code |= code;
            }
            // Lines of either kind, as the official rules match them.
            (CAC, "InvoiceLine" | "CreditNoteLine") => ubl_line_rules(part, d),
            _ => {}
        }
    }
    d.tax_point_date_and_code = point_date && point_code;
    // BR-53: each VAT accounting currency has a VAT total in it.
    d.tax_currency_without_total = tax_currencies.iter().any(|currency| {
        !children(root, CAC, "TaxTotal")
            .flat_map(|t| children(t, CBC, "TaxAmount"))
            .any(|a| a.attribute("currencyID") == Some(*currency))
    });
}

/// BR-28, BR-30, BR-CO-20, BR-DEC-23…28 on a UBL line. (The official BR-DEC-13 and 15 of UBL
/// compare each VAT total's currency with a child it does not have: they never fire.)
fn ubl_line_rules(line: N, d: &mut Details) {
    for part in line.children() {
        match (part.ns(), part.name()) {
            (CBC, "LineExtensionAmount") => two_decimals("BR-DEC-23", Some(part), d),
            (CAC, "AllowanceCharge") => {
                let decimals = match ubl_charge(part) {
                    Some(false) => ["BR-DEC-24", "BR-DEC-25"],
                    Some(true) => ["BR-DEC-27", "BR-DEC-28"],
                    None => continue,
                };
                two_decimals(decimals[0], child(part, CBC, "Amount"), d);
                two_decimals(decimals[1], child(part, CBC, "BaseAmount"), d);
            }
            (CAC, "Price") => {
                let gross = children(part, CAC, "AllowanceCharge")
                    .flat_map(|a| children(a, CBC, "BaseAmount"));
                d.negative_gross_prices += usize::from(negative(gross));
            }
            (CAC, "InvoicePeriod") => {
                let (reversed, dateless) = ubl_period(part);
                d.line_periods_reversed += usize::from(reversed);
                d.line_periods_without_dates += usize::from(dateless);
            }
            _ => {}
        }
    }
}

/// BR-17: the payee is named, and shares no name or identifier with the seller (compared as
/// written).
fn ubl_payee_distinct(payee: N, seller: Option<N>) -> bool {
    fn values<'a>(p: N<'a, '_>, group: &'static str, name: &'static str) -> Vec<&'a str> {
        children(p, CAC, group)
            .flat_map(move |g| children(g, CBC, name))
            .map(value)
            .collect()
    }
    let names = values(payee, "PartyName", "Name");
    let Some(seller) = seller else {
        return !names.is_empty();
    };
    let shared = |group: &'static str, name: &'static str| {
        let theirs = values(seller, group, name);
        values(payee, group, name)
            .iter()
            .any(|v| theirs.contains(v))
    };
    !names.is_empty() && !shared("PartyName", "Name") && !shared("PartyIdentification", "ID")
}

/// BR-29/BR-30 (ends before it starts) and BR-CO-19/20 (no date) of a UBL period.
fn ubl_period(period: N) -> (bool, bool) {
    let start = child(period, CBC, "StartDate");
    let end = child(period, CBC, "EndDate");
    let start_day = start.and_then(|n| xs_date(value(n)));
    let end_day = end.and_then(|n| xs_date(value(n)));
    let reversed = matches!((start_day, end_day), (Some(s), Some(e)) if e < s);
    (reversed, start.is_none() && end.is_none())
}

/// The day of an xs:date (YYYY-MM-DD, then an optional time zone), comparable as a string;
/// `None` when it is none, which the official rules cannot compare either.
fn xs_date(s: &str) -> Option<&str> {
    let s = s.trim_matches(XML_SPACE);
    let (day, zone) = s.split_at_checked(10)?;
    let b = day.as_bytes();
    let number = |from: usize, to: usize| {
        b[from..to]
            .iter()
            .all(u8::is_ascii_digit)
            .then(|| day[from..to].parse::<u16>().ok())
            .flatten()
    };
    let zone_ok =
        zone.is_empty() || zone == "Z" || (zone.len() == 6 && zone.starts_with(['+', '-']));
    let ok = number(0, 4).is_some()
        && b[4] == b'-'
        && matches!(number(5, 7), Some(1..=12))
        && b[7] == b'-'
        && matches!(number(8, 10), Some(1..=31))
        && zone_ok;
    ok.then_some(day)
}

/// White space as XML and XPath's `normalize-space` know it.
const XML_SPACE: [char; 4] = [' ', '\t', '\r', '\n'];

/// An element's string value, as the official rules compare it (no trimming).
fn value<'a>(n: N<'a, '_>) -> &'a str {
    n.text().unwrap_or("")
}

/// `normalize-space(x) = ''`: absent or white space only.
fn blank(s: Option<&str>) -> bool {
    s.is_none_or(|s| s.trim_matches(XML_SPACE).is_empty())
}

/// BR-28: gross prices given, none of them 0 or more (a price that is not a number is not
/// judged).
fn negative<'a, 'i: 'a>(prices: impl Iterator<Item = N<'a, 'i>>) -> bool {
    let mut given = false;
    for p in prices {
        given = true;
        match super::xml::parse_decimal(value(p)) {
            Some(v) if v.is_sign_negative() && !v.is_zero() => {}
            _ => return false,
        }
    }
    given
}

/// BR-52 in CII: the referenced documents (BG-24, BT-128) of an agreement without their
/// reference.
fn unreferenced(agreement: N) -> usize {
    children(agreement, RAM, "AdditionalReferencedDocument")
        .filter(|r| blank(child(*r, RAM, "IssuerAssignedID").map(value)))
        .count()
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

/// The ancestors the code-list rules look at, for the children of an element.
#[derive(Clone, Copy, Default)]
struct Scope {
    /// The element is the document's root (UBL BR-CL-08 reads the document's own notes).
    root: bool,
    /// UBL: under the seller or the payee (BR-CL-10 accepts SEPA there).
    seller_or_payee: bool,
    /// CII: under an item (BR-CL-10 leaves its identifiers to BR-CL-21), a deliver-to party
    /// (to BR-CL-26), a tax registration (BR-CL-11 leaves its identifiers alone).
    product: bool,
    ship_to: bool,
    tax_registration: bool,
    /// CII: the element is the header's deliver-to party (BR-CL-26).
    header_ship_to: bool,
}

impl Scope {
    /// The scope of `n`'s children (`n` a child of `parent`).
    fn below(self, parent: N, n: N) -> Scope {
        let mut s = Scope {
            root: false,
            header_ship_to: false,
            ..self
        };
        if n.ns() == CAC {
            s.seller_or_payee |= matches!(n.name(), "AccountingSupplierParty" | "PayeeParty");
        } else if n.ns() == RAM {
            match n.name() {
                "SpecifiedTradeProduct" => s.product = true,
                "SpecifiedTaxRegistration" => s.tax_registration = true,
                "ShipToTradeParty" => {
                    s.ship_to = true;
                    s.header_ship_to = is(&parent, RAM, "ApplicableHeaderTradeDelivery");
                }
                _ => {}
            }
        }
        s
    }
}

/// BR-CL-*: every coded value against its code list, wherever the official rules look for it:
/// one pass over all elements, in document order, allocating only the stack and the strangers.
/// (BR-CL-04, the invoice currency, is the deposit rule `currency_unknown`.)
fn code_lists(root: N, cii: bool, d: &mut Details) {
    let top = Scope {
        root: true,
        ..Scope::default()
    };
    let mut stack = vec![(root, root.children(), top)];
    // The last value each list accepted: amounts repeat their currency, lines their unit and
    // VAT category.
    let mut accepted: [Option<&str>; Code::COUNT] = [None; Code::COUNT];
    while let Some((parent, next, scope)) = stack.last_mut() {
        let Some(n) = next.next() else {
            stack.pop();
            continue;
        };
        let (parent, scope) = (*parent, *scope);
        // Coded values are leaves; only the others have a scope to compute.
        if n.children().next().is_some() {
            stack.push((n, n.children(), scope.below(parent, n)));
            continue;
        }
        let coded = if cii {
            cii_code(parent, n, scope)
        } else {
            ubl_code(parent, n, scope)
        };
        if let Some((code, v)) = coded
            && accepted[code as usize] != Some(v)
        {
            if code.accepts(v) {
                accepted[code as usize] = Some(v);
            } else {
                d.bad_codes.push((code, v.to_string()));
            }
        }
    }
}

/// XPath 2's cast of a charge indicator to a boolean ("true", "1", "false", "0").
fn indicator(s: &str) -> Option<bool> {
    match s.trim_matches(XML_SPACE) {
        "true" | "1" => Some(true),
        "false" | "0" => Some(false),
        _ => None,
    }
}

/// Whether indicators make a charge (`Some(true)`) or an allowance, as the official rules'
/// `= false()` and `= true()` match them: an allowance first.
fn charge(indicators: impl Iterator<Item = Option<bool>>) -> Option<bool> {
    let (mut allowance, mut charge) = (false, false);
    for i in indicators {
        allowance |= i == Some(false);
        charge |= i == Some(true);
    }
    if allowance {
        Some(false)
    } else {
        charge.then_some(true)
    }
}

/// A UBL allowance or charge's kind (`Some(true)` for a charge).
fn ubl_charge(ac: N) -> Option<bool> {
    charge(children(ac, CBC, "ChargeIndicator").map(|c| indicator(value(c))))
}

fn reason_code(charge: Option<bool>) -> Option<Code> {
    charge.map(|c| {
        if c {
            Code::ChargeReason
        } else {
            Code::AllowanceReason
        }
    })
}

/// UBL BR-CL-08: a note's subject is the 3 characters between its first two '#'. A subject
/// with a space is left alone: the official rule looks it up as a substring of its list.
fn note_subject(note: &str) -> Option<&str> {
    let (_, after) = note.split_once('#')?;
    let (subject, _) = after.split_once('#')?;
    (subject.chars().count() == 3 && !subject.contains(' ')).then_some(subject)
}

/// The code list a UBL element's value must belong to, and that value.
fn ubl_code<'a>(parent: N<'a, '_>, n: N<'a, '_>, scope: Scope) -> Option<(Code, &'a str)> {
    if n.ns() != CBC {
        return None;
    }
    let under = |name: &str| is(&parent, CAC, name);
    let attribute = |name: &str| n.attribute(name);
    let v = value(n);
    Some(match n.name() {
        "InvoiceTypeCode" => (Code::InvoiceType, v),
        "CreditNoteTypeCode" => (Code::CreditNoteType, v),
        "Amount"
        | "BaseAmount"
        | "PriceAmount"
        | "TaxAmount"
        | "TaxableAmount"
        | "LineExtensionAmount"
        | "TaxExclusiveAmount"
        | "TaxInclusiveAmount"
        | "AllowanceTotalAmount"
        | "ChargeTotalAmount"
        | "PrepaidAmount"
        | "PayableRoundingAmount"
        | "PayableAmount" => (Code::AmountCurrency, attribute("currencyID").unwrap_or("")),
        "TaxCurrencyCode" => (Code::TaxCurrency, v),
        "DescriptionCode" if under("InvoicePeriod") => (Code::UblVatDateCode, v),
        "Note" if scope.root => (Code::UblNoteSubject, note_subject(v)?),
        "ID" if under("TaxCategory") => (Code::TaxCategory, v),
        "ID" if under("ClassifiedTaxCategory") => (Code::ClassifiedTaxCategory, v),
        "ID" => {
            let scheme = attribute("schemeID")?;
            let code = if under("PartyIdentification") {
                if scope.seller_or_payee {
                    Code::PartyIdSchemeOrSepa
                } else {
                    Code::PartyIdScheme
                }
            } else if under("StandardItemIdentification") {
                Code::ItemIdScheme
            } else if under("DeliveryLocation") {
                Code::DeliveryLocationScheme
            } else if (under("AdditionalDocumentReference") || under("DocumentReference"))
                && children(parent, CBC, "DocumentTypeCode").any(|c| value(c) == "130")
            {
                Code::ObjectScheme
            } else {
                return None;
            };
            (code, scheme)
        }
        "CompanyID" if under("PartyLegalEntity") => (Code::LegalIdScheme, attribute("schemeID")?),
        "ItemClassificationCode" if under("CommodityClassification") => {
            (Code::ClassificationScheme, attribute("listID")?)
        }
        "IdentificationCode" if under("Country") => (Code::UblCountry, v),
        "IdentificationCode" if under("OriginCountry") => (Code::UblOriginCountry, v),
        "PaymentMeansCode" if under("PaymentMeans") => (Code::PaymentMeans, v),
        "AllowanceChargeReasonCode" if under("AllowanceCharge") => {
            (reason_code(ubl_charge(parent))?, v)
        }
        "TaxExemptionReasonCode" => (Code::ExemptionReason, v),
        "InvoicedQuantity" | "BaseQuantity" | "CreditedQuantity" => {
            (Code::Unit, attribute("unitCode")?)
        }
        "EmbeddedDocumentBinaryObject" => (Code::Mime, attribute("mimeCode")?),
        "EndpointID" => (Code::EndpointScheme, attribute("schemeID")?),
        _ => return None,
    })
}

/// The code list a CII element's value must belong to, and that value.
fn cii_code<'a>(parent: N<'a, '_>, n: N<'a, '_>, scope: Scope) -> Option<(Code, &'a str)> {
    if n.ns() != RAM {
        return None;
    }
    let under = |name: &str| is(&parent, RAM, name);
    let attribute = |name: &str| n.attribute(name);
    let v = value(n);
    Some(match n.name() {
        "TypeCode" if is(&parent, RSM, "ExchangedDocument") => (Code::DocumentType, v),
        "TypeCode" if under("SpecifiedTradeSettlementPaymentMeans") => (Code::PaymentMeans, v),
        "TaxTotalAmount" => (Code::AmountCurrency, attribute("currencyID")?),
        "TaxCurrencyCode" => (Code::TaxCurrency, v),
        "DueDateTypeCode" => (Code::CiiVatDateCode, v),
        "ReferenceTypeCode" => (Code::ObjectScheme, v),
        "SubjectCode" => (Code::CiiNoteSubject, v),
        "GlobalID" => {
            let scheme = attribute("schemeID")?;
            let code = if under("SpecifiedTradeProduct") {
                Code::ItemIdScheme
            } else if !scope.product && !scope.ship_to {
                Code::PartyIdScheme
            } else if scope.header_ship_to {
                Code::DeliveryLocationScheme
            } else {
                return None;
            };
            (code, scheme)
        }
        "ID" => match attribute("schemeID") {
            Some(scheme) if !scope.tax_registration => (Code::LegalIdScheme, scheme),
            _ if under("OriginTradeCountry") => (Code::CiiOriginCountry, v),
            _ => return None,
        },
        "ClassCode" => (Code::ClassificationScheme, attribute("listID")?),
        "CountryID" => (Code::CiiCountry, v),
        "CategoryCode" if under("CategoryTradeTax") => (Code::TaxCategory, v),
        "CategoryCode" if under("ApplicableTradeTax") => (Code::ClassifiedTaxCategory, v),
        "ReasonCode" if under("SpecifiedTradeAllowanceCharge") => {
            let indicators = children(parent, RAM, "ChargeIndicator")
                .flat_map(|c| children(c, UDT, "Indicator"))
                .map(|i| indicator(value(i)));
            (reason_code(charge(indicators))?, v)
        }
        "ExemptionReasonCode" => (Code::ExemptionReason, v),
        "BasisQuantity" | "BilledQuantity" => (Code::Unit, attribute("unitCode")?),
        "AttachmentBinaryObject" => (Code::Mime, attribute("mimeCode")?),
        "URIID" if under("URIUniversalCommunication") => {
            (Code::EndpointScheme, attribute("schemeID")?)
        }
        _ => return None,
    })
}
