//! BR-FR-DEC-01…04: how amounts, quantities, prices and VAT rates are written (a '.' separator,
//! a bounded number of digits and decimals, a sign only where allowed).

use super::{Step, Syntax, UBL_LINE, UBL_ROOT, first, matches, norm, shown, walk};
use crate::domain::en16931::Finding;
use crate::facturx::xml::{CAC, CBC, N, RAM, RSM};

/// The written forms the schematron's `custom:is-valid-*` functions accept.
#[derive(Clone, Copy)]
enum Format {
    /// Up to 19 characters (sign included, point excluded), 2 decimals, a sign allowed.
    Amount,
    /// Up to 19 characters, 4 decimals, a sign allowed.
    Quantity,
    /// Up to 19 characters, 6 decimals; a sign only in the S9/B9/M9 billing modes.
    Price,
    /// Up to 4 characters, 2 decimals, no sign.
    Rate,
}

/// One schematron rule: the element it applies to (`context`), the value it reads (the element
/// itself, or the child path `value`), and whether an empty value passes (`not($amount) or …`).
struct Rule {
    id: &'static str,
    field: &'static str,
    context: &'static [Step],
    value: &'static [Step],
    empty_passes: bool,
    format: Format,
}

const fn rule(
    id: &'static str,
    field: &'static str,
    context: &'static [Step],
    format: Format,
) -> Rule {
    Rule {
        id,
        field,
        context,
        value: &[],
        empty_passes: false,
        format,
    }
}

/// A rule reading a child of its context, where an empty value passes.
const fn child_rule(
    id: &'static str,
    field: &'static str,
    context: &'static [Step],
    value: &'static [Step],
    format: Format,
) -> Rule {
    Rule {
        id,
        field,
        context,
        value,
        empty_passes: true,
        format,
    }
}

use Format::{Amount, Price, Quantity, Rate};

const TRANSACTION: Step = (RSM, "SupplyChainTradeTransaction");
const SETTLEMENT: Step = (RAM, "ApplicableHeaderTradeSettlement");
const SUMMATION: Step = (RAM, "SpecifiedTradeSettlementHeaderMonetarySummation");
const HEADER_CHARGE: Step = (RAM, "SpecifiedTradeAllowanceCharge");
const HEADER_TAX: Step = (RAM, "ApplicableTradeTax");
const LINE: Step = (RAM, "IncludedSupplyChainTradeLineItem");
const LINE_AGREEMENT: Step = (RAM, "SpecifiedLineTradeAgreement");
const LINE_SETTLEMENT: Step = (RAM, "SpecifiedLineTradeSettlement");
const GROSS: Step = (RAM, "GrossPriceProductTradePrice");
const NET: Step = (RAM, "NetPriceProductTradePrice");

/// The CII patterns, each a list in priority order: within a pattern, only the first rule whose
/// context matches an element judges it (so BT-111, shadowed by BT-110 on the same
/// `TaxTotalAmount`, never fires, as in the schematron).
#[rustfmt::skip]
const CII: &[&[Rule]] = &[
    &[
        rule("BR-FR-DEC-01_BT-92_BT-99", "BT-92", &[TRANSACTION, SETTLEMENT, HEADER_CHARGE, (RAM, "ActualAmount")], Amount),
        rule("BR-FR-DEC-01_BT-93_BT-100", "BT-93", &[TRANSACTION, SETTLEMENT, HEADER_CHARGE, (RAM, "BasisAmount")], Amount),
        rule("BR-FR-DEC-01_BT-106", "BT-106", &[TRANSACTION, SETTLEMENT, SUMMATION, (RAM, "LineTotalAmount")], Amount),
        rule("BR-FR-DEC-01_BT-107", "BT-107", &[TRANSACTION, SETTLEMENT, SUMMATION, (RAM, "AllowanceTotalAmount")], Amount),
        rule("BR-FR-DEC-01_BT-108", "BT-108", &[TRANSACTION, SETTLEMENT, SUMMATION, (RAM, "ChargeTotalAmount")], Amount),
        rule("BR-FR-DEC-01_BT-109", "BT-109", &[TRANSACTION, SETTLEMENT, SUMMATION, (RAM, "TaxBasisTotalAmount")], Amount),
        rule("BR-FR-DEC-01_BT-110", "BT-110", &[TRANSACTION, SETTLEMENT, SUMMATION, (RAM, "TaxTotalAmount")], Amount),
        rule("BR-FR-DEC-01_BT-112", "BT-112", &[TRANSACTION, SETTLEMENT, SUMMATION, (RAM, "GrandTotalAmount")], Amount),
        rule("BR-FR-DEC-01_BT-113", "BT-113", &[TRANSACTION, SETTLEMENT, SUMMATION, (RAM, "TotalPrepaidAmount")], Amount),
        rule("BR-FR-DEC-01_BT-114", "BT-114", &[TRANSACTION, SETTLEMENT, SUMMATION, (RAM, "RoundingAmount")], Amount),
        rule("BR-FR-DEC-01_BT-115", "BT-115", &[TRANSACTION, SETTLEMENT, SUMMATION, (RAM, "DuePayableAmount")], Amount),
        rule("BR-FR-DEC-01_BT-116", "BT-116", &[TRANSACTION, SETTLEMENT, HEADER_TAX, (RAM, "BasisAmount")], Amount),
        rule("BR-FR-DEC-01_BT-117", "BT-117", &[TRANSACTION, SETTLEMENT, HEADER_TAX, (RAM, "CalculatedAmount")], Amount),
        rule("BR-FR-DEC-01_BT-131", "BT-131", &[TRANSACTION, LINE, LINE_SETTLEMENT, (RAM, "SpecifiedTradeSettlementLineMonetarySummation"), (RAM, "LineTotalAmount")], Amount),
        rule("BR-FR-DEC-01_BT-136_BT-141", "BT-136", &[TRANSACTION, LINE, LINE_SETTLEMENT, HEADER_CHARGE, (RAM, "ActualAmount")], Amount),
        rule("BR-FR-DEC-01_BT-137_BT-142", "BT-137", &[TRANSACTION, LINE, LINE_SETTLEMENT, HEADER_CHARGE, (RAM, "BasisAmount")], Amount),
    ],
    &[
        rule("BR-FR-DEC-02_BT-129", "BT-129", &[TRANSACTION, LINE, (RAM, "SpecifiedLineTradeDelivery"), (RAM, "BilledQuantity")], Quantity),
        rule("BR-FR-DEC-02_BT-149", "BT-149", &[TRANSACTION, LINE, LINE_AGREEMENT, NET, (RAM, "BasisQuantity")], Quantity),
    ],
    &[
        rule("BR-FR-DEC-03_BT-146", "BT-146", &[TRANSACTION, LINE, LINE_AGREEMENT, NET, (RAM, "ChargeAmount")], Price),
        rule("BR-FR-DEC-03_BT-147", "BT-147", &[TRANSACTION, LINE, LINE_AGREEMENT, GROSS, (RAM, "AppliedTradeAllowanceCharge"), (RAM, "ActualAmount")], Price),
        rule("BR-FR-DEC-03_BT-148", "BT-148", &[TRANSACTION, LINE, LINE_AGREEMENT, GROSS, (RAM, "ChargeAmount")], Price),
    ],
    &[
        rule("BR-FR-DEC-04_BT-96_BT-103", "BT-96", &[TRANSACTION, SETTLEMENT, HEADER_CHARGE, (RAM, "CategoryTradeTax"), (RAM, "RateApplicablePercent")], Rate),
        rule("BR-FR-DEC-04_BT-119", "BT-119", &[TRANSACTION, SETTLEMENT, HEADER_TAX, (RAM, "RateApplicablePercent")], Rate),
        rule("BR-FR-DEC-04_BT-152", "BT-152", &[TRANSACTION, LINE, LINE_SETTLEMENT, HEADER_TAX, (RAM, "RateApplicablePercent")], Rate),
    ],
];

const TOTAL: Step = (CAC, "LegalMonetaryTotal");
const TAX_TOTAL: Step = (CAC, "TaxTotal");
const SUBTOTAL: Step = (CAC, "TaxSubtotal");
const CHARGE: Step = (CAC, "AllowanceCharge");
const PRICE: Step = (CAC, "Price");

/// The UBL patterns, as [`CII`]. Most UBL contexts are relative (`cac:TaxTotal/cbc:TaxAmount`
/// also matches a line's tax total).
#[rustfmt::skip]
const UBL: &[&[Rule]] = &[
    &[
        rule("BR-FR-DEC-01_BT-93_BT-100", "BT-93", &[UBL_ROOT, CHARGE, (CBC, "BaseAmount")], Amount),
        rule("BR-FR-DEC-01_BT-92_BT-99", "BT-92", &[UBL_ROOT, CHARGE, (CBC, "Amount")], Amount),
        rule("BR-FR-DEC-01_BT-106", "BT-106", &[TOTAL, (CBC, "LineExtensionAmount")], Amount),
        rule("BR-FR-DEC-01_BT-107", "BT-107", &[TOTAL, (CBC, "AllowanceTotalAmount")], Amount),
        rule("BR-FR-DEC-01_BT-108", "BT-108", &[TOTAL, (CBC, "ChargeTotalAmount")], Amount),
        rule("BR-FR-DEC-01_BT-109", "BT-109", &[TOTAL, (CBC, "TaxExclusiveAmount")], Amount),
        rule("BR-FR-DEC-01_BT-110", "BT-110", &[TAX_TOTAL, (CBC, "TaxAmount")], Amount),
        rule("BR-FR-DEC-01_BT-112", "BT-112", &[TOTAL, (CBC, "TaxInclusiveAmount")], Amount),
        rule("BR-FR-DEC-01_BT-113", "BT-113", &[TOTAL, (CBC, "PrepaidAmount")], Amount),
        rule("BR-FR-DEC-01_BT-114", "BT-114", &[TOTAL, (CBC, "PayableRoundingAmount")], Amount),
        rule("BR-FR-DEC-01_BT-115", "BT-115", &[TOTAL, (CBC, "PayableAmount")], Amount),
        rule("BR-FR-DEC-01_BT-116", "BT-116", &[TAX_TOTAL, SUBTOTAL, (CBC, "TaxableAmount")], Amount),
        rule("BR-FR-DEC-01_BT-117", "BT-117", &[TAX_TOTAL, SUBTOTAL, (CBC, "TaxAmount")], Amount),
        rule("BR-FR-DEC-01_BT-131", "BT-131", &[UBL_ROOT, UBL_LINE, (CBC, "LineExtensionAmount")], Amount),
        rule("BR-FR-DEC-01_BT-136_BT-141", "BT-136", &[UBL_ROOT, UBL_LINE, CHARGE, (CBC, "Amount")], Amount),
        rule("BR-FR-DEC-01_BT-137_BT-142", "BT-137", &[UBL_ROOT, UBL_LINE, CHARGE, (CBC, "BaseAmount")], Amount),
    ],
    &[
        rule("BR-FR-DEC-02_BT-129", "BT-129", &[UBL_ROOT, (CAC, "InvoiceLine"), (CBC, "InvoicedQuantity")], Quantity),
        rule("BR-FR-DEC-02_BT-129", "BT-129", &[UBL_ROOT, (CAC, "CreditNoteLine"), (CBC, "CreditedQuantity")], Quantity),
        child_rule("BR-FR-DEC-02_BT-149", "BT-149", &[UBL_ROOT, UBL_LINE], &[PRICE, (CBC, "BaseQuantity")], Quantity),
    ],
    &[
        child_rule("BR-FR-DEC-03_BT-146", "BT-146", &[UBL_ROOT, UBL_LINE], &[PRICE, (CBC, "PriceAmount")], Price),
        child_rule("BR-FR-DEC-03_BT-147", "BT-147", &[UBL_ROOT, UBL_LINE, PRICE, CHARGE], &[(CBC, "Amount")], Price),
        child_rule("BR-FR-DEC-03_BT-148", "BT-148", &[UBL_ROOT, UBL_LINE, PRICE, CHARGE, (CBC, "BaseAmount")], &[], Price),
    ],
    &[
        rule("BR-FR-DEC-04_BT-96_BT-103", "BT-96", &[CHARGE, (CAC, "TaxCategory"), (CBC, "Percent")], Rate),
        rule("BR-FR-DEC-04_BT-119", "BT-119", &[TAX_TOTAL, SUBTOTAL, (CAC, "TaxCategory"), (CBC, "Percent")], Rate),
        rule("BR-FR-DEC-04_BT-152", "BT-152", &[(CAC, "Item"), (CAC, "ClassifiedTaxCategory"), (CBC, "Percent")], Rate),
    ],
];

pub(super) fn check(root: N, syntax: Syntax, out: &mut Vec<Finding>) {
    let patterns = match syntax {
        Syntax::Cii => CII,
        Syntax::Ubl => UBL,
    };
    // Negative prices are allowed in the S9/B9/M9 billing modes (BR-FR-DEC-03).
    let signed_prices = ["S9", "B9", "M9"].contains(&super::billing_mode(root, syntax).as_str());
    walk(root, &mut |ancestors, n| {
        for pattern in patterns {
            let Some(rule) = pattern.iter().find(|r| matches(ancestors, n, r.context)) else {
                continue;
            };
            let value = if rule.value.is_empty() {
                norm(Some(n))
            } else {
                norm(first(n, rule.value))
            };
            if (value.is_empty() && rule.empty_passes) || valid(&value, rule.format, signed_prices)
            {
                continue;
            }
            out.push(Finding::error(
                rule.id,
                rule.field,
                message(rule, &value, signed_prices),
            ));
        }
    });
}

fn message(rule: &Rule, value: &str, signed_prices: bool) -> String {
    let what = match rule.format {
        Amount => "an amount: at most 2 decimals, a '.' separator, at most 19 characters \
                   besides the point, a '-' sign allowed"
            .to_string(),
        Quantity => "a quantity: at most 4 decimals, a '.' separator, at most 19 characters \
                     besides the point, a '-' sign allowed"
            .to_string(),
        Price => format!(
            "a price: at most 6 decimals, a '.' separator, at most 19 characters besides the \
             point, {}",
            if signed_prices {
                "a '-' sign allowed"
            } else {
                "no sign"
            }
        ),
        Rate => {
            "a VAT rate: at most 2 decimals, a '.' separator, at most 4 digits, no sign".to_string()
        }
    };
    format!("{} {} is not written as {what}", rule.field, shown(value))
}

/// The schematron's regular expressions, e.g. `^[-]?\d{1,19}(\.\d{1,2})?$` and
/// `string-length(replace($amount, '\.', '')) le 19`.
fn valid(value: &str, format: Format, signed_prices: bool) -> bool {
    let (signed, decimals, length) = match format {
        Amount => (true, 2, 19),
        Quantity => (true, 4, 19),
        Price => (signed_prices, 6, 19),
        Rate => (false, 2, 4),
    };
    let unsigned = match value.strip_prefix('-') {
        Some(rest) if signed => rest,
        _ => value,
    };
    let (int, frac) = match unsigned.split_once('.') {
        Some((int, frac)) => (int, Some(frac)),
        None => (unsigned, None),
    };
    let digits = |s: &str, max: usize| {
        !s.is_empty() && s.chars().count() <= max && s.bytes().all(|b| b.is_ascii_digit())
    };
    digits(int, length)
        && frac.is_none_or(|f| digits(f, decimals))
        && value.chars().filter(|c| *c != '.').count() <= length
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_as_the_schematron_reads_them() {
        for ok in [
            "0",
            "12.5",
            "-12.50",
            "1234567890123456789",
            "-123456789012345678",
        ] {
            assert!(valid(ok, Amount, false), "{ok}");
        }
        for bad in [
            "12.345",
            "1,5",
            "+1",
            ".5",
            "5.",
            "",
            "1 000",
            "-1234567890123456789",
            "1e3",
        ] {
            assert!(!valid(bad, Amount, false), "{bad}");
        }
    }

    #[test]
    fn prices_are_signed_only_in_the_b9_modes_and_rates_never() {
        assert!(!valid("-1.123456", Price, false));
        assert!(valid("-1.123456", Price, true));
        assert!(!valid("1.1234567", Price, true));
        assert!(
            valid("20", Rate, false) && valid("5.5", Rate, false) && valid("19.6", Rate, false)
        );
        assert!(
            !valid("-20", Rate, false)
                && !valid("100.25", Rate, false)
                && !valid("5.555", Rate, false)
        );
        assert!(valid("1.2345", Quantity, false) && !valid("1.23456", Quantity, false));
    }
}
