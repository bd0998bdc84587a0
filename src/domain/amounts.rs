//! EN 16931 arithmetic: VAT breakdown and totals from lines, and consistency checks.
//!
//! Money is rounded to two decimals, half away from zero (0.125 → 0.13, −0.125 → −0.13), as
//! the EN 16931 schematron and French practice do. All arithmetic is checked or saturating: a
//! document with absurd amounts gets a violation, never a panic.

use std::collections::HashMap;

use rust_decimal::{Decimal, RoundingStrategy};

use super::invoice::{Amounts, InvoiceContent, InvoiceType, Line, VatLine};
use crate::error::Violation;

/// The tolerance of the per-line rules (a line, or a VAT breakdown line, may be off by a cent).
pub const TOLERANCE: Decimal = Decimal::from_parts(1, 0, 0, false, 2);

/// Rounds to two decimals (half away from zero) and always carries two decimals ("12.50").
pub fn money(d: Decimal) -> Decimal {
    let mut r = d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    if r.is_zero() {
        r = Decimal::ZERO; // no "-0.00"
    }
    r.rescale(2);
    r
}

/// The net amount of a line: quantity × unit price, rounded to two decimals. Saturates instead
/// of overflowing on absurd values.
pub fn line_net(quantity: Decimal, unit_price: Decimal) -> Decimal {
    money(quantity.saturating_mul(unit_price))
}

/// The VAT amount of a breakdown line: base × rate / 100, rounded to two decimals.
pub fn vat_amount(base: Decimal, rate: Decimal) -> Decimal {
    money(base.saturating_mul(rate) / Decimal::ONE_HUNDRED)
}

/// The default UNCL5305 category of a rate: `S` (standard) above zero, `Z` (zero rated) at zero.
/// A caller who knows better (an exemption → `E`, reverse charge → `AE`, out of scope → `O`)
/// overrides the category of the computed VAT lines.
pub fn default_category(rate: Decimal) -> &'static str {
    if rate > Decimal::ZERO { "S" } else { "Z" }
}

/// The French VAT rates in force, in percent (CGI art. 278 to 281 nonies, 296 and 297): 20,
/// 10, 5.5 and 2.1 in mainland France; 13 and 0.9 (with 20, 10 and 2.1) in Corsica; 8.5, 2.1,
/// 1.75 and 1.05 in Guadeloupe, Martinique and La Réunion. A zero-rated, exempt or
/// reverse-charged line carries 0.
pub const FRENCH_VAT_RATES: [&str; 9] =
    ["20", "13", "10", "8.5", "5.5", "2.1", "1.75", "1.05", "0.9"];

/// The rates of entered lines (`invoice create`, whose category follows the rate: `S` above
/// 0, `Z` at 0): a percentage from 0 to less than 100 and, for a French supplier, 0 or a rate
/// in force. One violation per broken rule, naming the first offending lines (1-based).
pub fn check_entry_rates(rates: &[Decimal], french: bool) -> Vec<Violation> {
    let in_force =
        |r: &Decimal| r.is_zero() || FRENCH_VAT_RATES.iter().any(|f| f.parse() == Ok(*r));
    let (mut out_of_range, mut not_in_force) = (Vec::new(), Vec::new());
    for (i, rate) in rates.iter().enumerate() {
        let shown = format!("line {} ({})", i + 1, rate.normalize());
        if (rate.is_sign_negative() && !rate.is_zero()) || *rate >= Decimal::ONE_HUNDRED {
            out_of_range.push(shown);
        } else if french && !in_force(rate) {
            not_in_force.push(shown);
        }
    }
    let mut out = Vec::new();
    if !out_of_range.is_empty() {
        out.push(Violation {
            rule: "vat_rate_range".into(),
            message: format!(
                "a VAT rate is a percentage from 0 to less than 100: {}",
                list(&out_of_range)
            ),
        });
    }
    if !not_in_force.is_empty() {
        out.push(Violation {
            rule: "vat_rate_not_in_force".into(),
            message: format!(
                "a French supplier's VAT rate is 0 or one in force ({} %): {}",
                FRENCH_VAT_RATES.join(", "),
                list(&not_in_force)
            ),
        });
    }
    out
}

/// The VAT breakdown (one line per category and rate) and the totals of these lines.
///
/// Lines are grouped by (category, rate) with the category from [`default_category`]; the
/// breakdown is ordered by rate descending, then category. Each group's base is the sum of its
/// net amounts and its VAT is `round(base × rate / 100, 2)`. Totals: excl. VAT = Σ line nets,
/// VAT = Σ breakdown amounts, incl. VAT = excl. + VAT, amount due = incl. VAT.
pub fn compute(lines: &[Line]) -> (Vec<VatLine>, Amounts) {
    let mut groups: Vec<(&'static str, Decimal, Decimal)> = Vec::new();
    // Where each (category, rate) group is: thousands of lines may each have their own rate.
    let mut index: HashMap<(&'static str, Decimal), usize> = HashMap::new();
    let mut total_excl = Decimal::ZERO;
    for line in lines {
        let category = default_category(line.vat_rate);
        total_excl = total_excl.saturating_add(line.net_amount);
        match index.get(&(category, line.vat_rate)) {
            Some(&g) => groups[g].2 = groups[g].2.saturating_add(line.net_amount),
            None => {
                index.insert((category, line.vat_rate), groups.len());
                groups.push((category, line.vat_rate, line.net_amount));
            }
        }
    }
    groups.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let mut vat = Decimal::ZERO;
    let vat_lines: Vec<VatLine> = groups
        .into_iter()
        .map(|(category, rate, base)| {
            let amount = vat_amount(base, rate);
            vat = vat.saturating_add(amount);
            VatLine {
                category: category.to_string(),
                rate: rate.normalize(),
                base: money(base),
                amount,
            }
        })
        .collect();
    let total_excl_vat = money(total_excl);
    let vat = money(vat);
    let total_incl_vat = money(total_excl_vat.saturating_add(vat));
    let amounts = Amounts {
        total_excl_vat,
        vat,
        total_incl_vat,
        amount_due: total_incl_vat,
    };
    (vat_lines, amounts)
}

/// Every broken amount rule, at most one violation per rule (its message names the amounts, and
/// the first offending lines for per-line rules), in this order:
///
/// | rule | what |
/// |---|---|
/// | `amount_out_of_range` | an amount of 10^17 or more, or a sum or product that overflows |
/// | `amount_two_decimals` | a total or VAT breakdown amount has more than two decimals (BR-DEC-12..20) |
/// | `negative_amount` | a negative total on a FACTURE |
/// | `total_incl_vat_mismatch` | total incl. VAT ≠ excl. + VAT (BR-CO-15) |
/// | `amount_due_exceeds_total` | amount due > total incl. VAT (absolute values for an AVOIR) |
/// | `vat_lines_base_mismatch` | Σ breakdown bases ≠ total excl. VAT (BR-CO-13 with BR-S-08, BR-Z-08…) |
/// | `vat_lines_amount_mismatch` | Σ breakdown VAT amounts ≠ total VAT (BR-CO-14) |
/// | `vat_line_amount_mismatch` | a breakdown amount ≠ base × rate / 100, ± 0.01 (BR-CO-17) |
/// | `line_amount_mismatch` | a line net ≠ quantity × unit price, ± 0.01 |
/// | `lines_total_mismatch` | Σ line nets ≠ total excl. VAT (BR-CO-10, BR-CO-13) |
///
/// Sums are compared at two decimals; breakdown and line rules only run when the document has
/// breakdown lines or lines (a deposited plain PDF may only carry totals).
pub fn check(content: &InvoiceContent) -> Vec<Violation> {
    check_with(content, TOLERANCE)
}

/// Amounts from here on cannot be written in the 19 digits (2 of them decimals) that the French
/// CTC rules allow (BR-FR-DEC-01): 10^17.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(1_569_325_056, 23_283_064, 0, false, 0);

/// The tolerance of the official EN 16931 validators for BR-CO-17: one currency unit.
pub const EN16931_VAT_TOLERANCE: Decimal = Decimal::ONE;

/// [`check`] with another tolerance for `vat_line_amount_mismatch` (BR-CO-17): deposits allow
/// a cent, `invoice validate` allows what the official schematron allows
/// ([`EN16931_VAT_TOLERANCE`]).
pub fn check_with(content: &InvoiceContent, vat_line_tolerance: Decimal) -> Vec<Violation> {
    let mut out = Vec::new();
    let a = &content.amounts;
    let avoir = content.invoice_type == InvoiceType::Avoir;
    let mut push = |rule: &str, message: String| {
        out.push(Violation {
            rule: rule.to_string(),
            message,
        })
    };

    // Sums with overflow detection.
    let vat_base_sum = checked_sum(content.vat_lines.iter().map(|v| v.base));
    let vat_amount_sum = checked_sum(content.vat_lines.iter().map(|v| v.amount));
    let lines_sum = checked_sum(content.lines.iter().map(|l| l.net_amount));
    let excl_plus_vat = a.total_excl_vat.checked_add(a.vat);
    let line_products: Vec<Option<Decimal>> = content
        .lines
        .iter()
        .map(|l| l.quantity.checked_mul(l.unit_price))
        .collect();
    let vat_products: Vec<Option<Decimal>> = content
        .vat_lines
        .iter()
        .map(|v| v.base.checked_mul(v.rate))
        .collect();
    let written = [a.total_excl_vat, a.vat, a.total_incl_vat, a.amount_due]
        .into_iter()
        .chain(content.lines.iter().map(|l| l.net_amount))
        .chain(content.vat_lines.iter().flat_map(|v| [v.base, v.amount]));
    if vat_base_sum.is_none()
        || vat_amount_sum.is_none()
        || lines_sum.is_none()
        || excl_plus_vat.is_none()
        || line_products.iter().any(Option::is_none)
        || vat_products.iter().any(Option::is_none)
        || written.clone().any(|v| v.abs() >= MAX_AMOUNT)
    {
        push(
            "amount_out_of_range",
            format!(
                "the amounts are too large: an invoice amount has at most {} digits before the decimal point (the French CTC rules write amounts in 19 digits, BR-FR-DEC-01)",
                MAX_AMOUNT.to_string().len() - 1
            ),
        );
    }

    // Two decimals.
    let mut many_decimals = Vec::new();
    for (name, rule, v) in [
        ("total_excl_vat", "BR-DEC-12", a.total_excl_vat),
        ("vat", "BR-DEC-13", a.vat),
        ("total_incl_vat", "BR-DEC-14", a.total_incl_vat),
        ("amount_due", "BR-DEC-18", a.amount_due),
    ] {
        if decimals(v) > 2 {
            many_decimals.push(format!("{name} {v} ({rule})"));
        }
    }
    for (i, v) in content.vat_lines.iter().enumerate() {
        if decimals(v.base) > 2 {
            many_decimals.push(format!("VAT line {} base {} (BR-DEC-19)", i + 1, v.base));
        }
        if decimals(v.amount) > 2 {
            many_decimals.push(format!(
                "VAT line {} amount {} (BR-DEC-20)",
                i + 1,
                v.amount
            ));
        }
    }
    if !many_decimals.is_empty() {
        push(
            "amount_two_decimals",
            format!(
                "amounts have at most two decimals: {}",
                list(&many_decimals)
            ),
        );
    }

    // Negative totals on an invoice.
    if !avoir {
        let negative: Vec<String> = [
            ("total_excl_vat", a.total_excl_vat),
            ("vat", a.vat),
            ("total_incl_vat", a.total_incl_vat),
            ("amount_due", a.amount_due),
        ]
        .iter()
        .filter(|(_, v)| v.is_sign_negative() && !v.is_zero())
        .map(|(n, v)| format!("{n} {v}"))
        .collect();
        if !negative.is_empty() {
            push(
                "negative_amount",
                format!(
                    "an invoice (FACTURE) has no negative totals: {}; a refund is a credit note (AVOIR)",
                    list(&negative)
                ),
            );
        }
    }

    // BR-CO-15.
    if let Some(sum) = excl_plus_vat
        && round2(a.total_incl_vat) != round2(sum)
    {
        push(
            "total_incl_vat_mismatch",
            format!(
                "total_incl_vat {} ≠ total_excl_vat {} + vat {} = {} (EN 16931 BR-CO-15)",
                a.total_incl_vat,
                a.total_excl_vat,
                a.vat,
                money(sum)
            ),
        );
    }

    // Amount due (a negative invoice compares as a credit note does).
    let (due, incl) = if avoir || a.total_incl_vat.is_sign_negative() {
        (a.amount_due.abs(), a.total_incl_vat.abs())
    } else {
        (a.amount_due, a.total_incl_vat)
    };
    if round2(due) > round2(incl) {
        push(
            "amount_due_exceeds_total",
            format!(
                "amount_due {} exceeds total_incl_vat {}{}",
                a.amount_due,
                a.total_incl_vat,
                if avoir || a.total_incl_vat.is_sign_negative() {
                    " (compared as absolute values)"
                } else {
                    ""
                }
            ),
        );
    }

    // VAT breakdown.
    if !content.vat_lines.is_empty() {
        if let Some(sum) = vat_base_sum
            && round2(sum) != round2(a.total_excl_vat)
        {
            push(
                "vat_lines_base_mismatch",
                format!(
                    "the VAT breakdown bases sum to {} but total_excl_vat is {} (EN 16931 BR-CO-13, BR-S-08)",
                    money(sum),
                    a.total_excl_vat
                ),
            );
        }
        if let Some(sum) = vat_amount_sum
            && round2(sum) != round2(a.vat)
        {
            push(
                "vat_lines_amount_mismatch",
                format!(
                    "the VAT breakdown amounts sum to {} but vat is {} (EN 16931 BR-CO-14)",
                    money(sum),
                    a.vat
                ),
            );
        }
        let wrong: Vec<String> = content
            .vat_lines
            .iter()
            .zip(&vat_products)
            .enumerate()
            .filter_map(|(i, (v, p))| {
                let expected = money((*p)? / Decimal::ONE_HUNDRED);
                off_by_more_than(v.amount, expected, vat_line_tolerance).then(|| {
                    format!(
                        "VAT line {} ({} {}%): {} × {}% = {}, not {}",
                        i + 1,
                        v.category,
                        v.rate.normalize(),
                        v.base,
                        v.rate.normalize(),
                        expected,
                        v.amount
                    )
                })
            })
            .collect();
        if !wrong.is_empty() {
            push(
                "vat_line_amount_mismatch",
                format!(
                    "VAT amount ≠ base × rate (EN 16931 BR-CO-17): {}",
                    list(&wrong)
                ),
            );
        }
    }

    // Lines.
    if !content.lines.is_empty() {
        let wrong: Vec<String> = content
            .lines
            .iter()
            .zip(&line_products)
            .enumerate()
            .filter_map(|(i, (l, p))| {
                let expected = money((*p)?);
                off_by_more_than_a_cent(l.net_amount, expected).then(|| {
                    format!(
                        "line {}: {} × {} = {}, not {}",
                        i + 1,
                        l.quantity.normalize(),
                        l.unit_price.normalize(),
                        expected,
                        l.net_amount
                    )
                })
            })
            .collect();
        if !wrong.is_empty() {
            push(
                "line_amount_mismatch",
                format!("line net amount ≠ quantity × unit price: {}", list(&wrong)),
            );
        }
        if let Some(sum) = lines_sum
            && round2(sum) != round2(a.total_excl_vat)
        {
            push(
                "lines_total_mismatch",
                format!(
                    "the line net amounts sum to {} but total_excl_vat is {} (EN 16931 BR-CO-10, BR-CO-13)",
                    money(sum),
                    a.total_excl_vat
                ),
            );
        }
    }
    out
}

fn checked_sum(mut values: impl Iterator<Item = Decimal>) -> Option<Decimal> {
    values.try_fold(Decimal::ZERO, |acc, v| acc.checked_add(v))
}

fn off_by_more_than_a_cent(actual: Decimal, expected: Decimal) -> bool {
    off_by_more_than(actual, expected, TOLERANCE)
}

fn off_by_more_than(actual: Decimal, expected: Decimal, tolerance: Decimal) -> bool {
    actual
        .checked_sub(expected)
        .is_none_or(|diff| diff.abs() > tolerance)
}

fn round2(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// The number of significant decimals (1200.000 has none, 0.125 has three).
fn decimals(d: Decimal) -> u32 {
    d.normalize().scale()
}

/// The first three items, and how many more.
fn list(items: &[String]) -> String {
    const SHOWN: usize = 3;
    let mut s = items[..items.len().min(SHOWN)].join("; ");
    if items.len() > SHOWN {
        s.push_str(&format!(" (and {} more)", items.len() - SHOWN));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::invoice::{Framework, Party};
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn entry_rates_are_percentages_in_force() {
        let rates = |rs: &[&str]| rs.iter().map(|r| d(r)).collect::<Vec<_>>();
        let rules = |rs: &[&str], french| {
            check_entry_rates(&rates(rs), french)
                .into_iter()
                .map(|v| v.rule)
                .collect::<Vec<_>>()
        };
        assert!(
            rules(
                &["20", "20.00", "5.5", "0", "0.00", "2.1", "13", "0.9"],
                true
            )
            .is_empty()
        );
        assert_eq!(rules(&["-5"], true), ["vat_rate_range"]);
        assert_eq!(rules(&["1000000"], false), ["vat_rate_range"]);
        assert_eq!(rules(&["100"], false), ["vat_rate_range"]);
        assert!(
            rules(&["19", "99.99", "0"], false).is_empty(),
            "another country's rates"
        );
        assert_eq!(rules(&["19"], true), ["vat_rate_not_in_force"]);
        let both = check_entry_rates(&rates(&["20", "-5", "7"]), true);
        assert_eq!(both.len(), 2);
        assert!(
            both[0].message.contains("line 2 (-5)"),
            "{}",
            both[0].message
        );
        assert!(
            both[1].message.contains("line 3 (7)"),
            "{}",
            both[1].message
        );
    }

    fn line(q: &str, p: &str, rate: &str) -> Line {
        Line {
            description: "item".into(),
            quantity: d(q),
            unit: "C62".into(),
            unit_price: d(p),
            vat_rate: d(rate),
            net_amount: line_net(d(q), d(p)),
        }
    }

    fn content(lines: Vec<Line>) -> InvoiceContent {
        let (vat_lines, amounts) = compute(&lines);
        InvoiceContent {
            number: "F-1".into(),
            date: "2026-03-01".into(),
            invoice_type: InvoiceType::Facture,
            currency: "EUR".into(),
            framework: Framework::A1,
            vat_regime: None,
            payment_mode: None,
            supplier: Party::default(),
            recipient: Party::default(),
            engagement_number: None,
            market_number: None,
            original_number: None,
            original_date: None,
            due_date: None,
            lines,
            vat_lines,
            amounts,
            comment: None,
            notes: Vec::new(),
            billing_mode: None,
            payee_iban: None,
            vat_total_eur: None,
        }
    }

    fn realistic() -> InvoiceContent {
        content(vec![
            line("3", "1200", "20"),
            line("12.5", "80.333", "20"),
            line("7", "3.15", "5.5"),
        ])
    }

    fn rules(c: &InvoiceContent) -> Vec<String> {
        check(c).into_iter().map(|v| v.rule).collect()
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(line_net(d("1"), d("0.125")).to_string(), "0.13");
        assert_eq!(line_net(d("-1"), d("0.125")).to_string(), "-0.13");
        assert_eq!(line_net(d("3"), d("0.333")).to_string(), "1.00");
        assert_eq!(line_net(d("2"), d("1200")).to_string(), "2400.00");
        assert_eq!(line_net(d("0"), d("-5")).to_string(), "0.00");
        assert_eq!(vat_amount(d("0.625"), d("20")).to_string(), "0.13");
        // Saturates rather than panicking.
        let big = Decimal::MAX;
        let _ = line_net(big, big);
    }

    #[test]
    fn compute_groups_by_rate_and_category() {
        let c = realistic();
        assert_eq!(c.lines[1].net_amount, d("1004.16")); // 1004.1625
        assert_eq!(c.lines[2].net_amount, d("22.05"));
        let v = &c.vat_lines;
        assert_eq!(v.len(), 2);
        assert_eq!(
            (v[0].category.as_str(), v[0].rate, v[0].base, v[0].amount),
            ("S", d("20"), d("4604.16"), d("920.83")) // 920.832
        );
        assert_eq!(
            (v[1].category.as_str(), v[1].rate, v[1].base, v[1].amount),
            ("S", d("5.5"), d("22.05"), d("1.21")) // 1.21275
        );
        assert_eq!(c.amounts.total_excl_vat.to_string(), "4626.21");
        assert_eq!(c.amounts.vat.to_string(), "922.04");
        assert_eq!(c.amounts.total_incl_vat.to_string(), "5548.25");
        assert_eq!(c.amounts.amount_due, c.amounts.total_incl_vat);
        assert!(check(&c).is_empty(), "{:?}", check(&c));
    }

    #[test]
    fn compute_zero_rate_and_order() {
        let (v, a) = compute(&[
            line("1", "10", "0"),
            line("1", "10", "5.5"),
            line("1", "10", "20.00"),
            line("2", "5", "20"),
            line("1", "0.125", "10"),
        ]);
        let keys: Vec<(String, String)> = v
            .iter()
            .map(|l| (l.category.clone(), l.rate.to_string()))
            .collect();
        assert_eq!(
            keys,
            [("S", "20"), ("S", "10"), ("S", "5.5"), ("Z", "0")]
                .map(|(a, b)| (a.to_string(), b.to_string()))
        );
        assert_eq!(v[0].base.to_string(), "20.00");
        assert_eq!(v[0].amount.to_string(), "4.00");
        assert_eq!(v[1].base.to_string(), "0.13");
        assert_eq!(v[1].amount.to_string(), "0.01"); // 0.013
        assert_eq!(v[3].amount.to_string(), "0.00");
        assert_eq!(a.total_excl_vat.to_string(), "40.13");
        assert_eq!(a.total_incl_vat.to_string(), "44.69"); // 40.13 + 4.00 + 0.01 + 0.55
        assert_eq!(compute(&[]).1.total_incl_vat, Decimal::ZERO);
    }

    #[test]
    fn each_rule_broken_once() {
        let base = realistic();

        let mut c = base.clone();
        c.amounts.vat = d("922.041");
        c.amounts.total_incl_vat = d("5548.251");
        c.amounts.amount_due = d("5548.251");
        c.vat_lines[0].amount = d("920.831");
        let v = check(&c);
        assert_eq!(v[0].rule, "amount_two_decimals");
        assert!(
            v[0].message.contains("vat 922.041 (BR-DEC-13)"),
            "{}",
            v[0].message
        );
        assert!(v[0].message.contains("and 1 more"), "{}", v[0].message);
        assert_eq!(rules(&c), ["amount_two_decimals"]);

        let mut c = base.clone();
        c.amounts.total_incl_vat = d("5548.26");
        let v = check(&c);
        assert_eq!(rules(&c), ["total_incl_vat_mismatch"]);
        assert!(v[0].message.contains("5548.26") && v[0].message.contains("BR-CO-15"));

        let mut c = base.clone();
        c.amounts.amount_due = d("5548.26");
        assert_eq!(rules(&c), ["amount_due_exceeds_total"]);
        c.amounts.amount_due = d("0.00"); // already paid: fine
        assert!(check(&c).is_empty());

        let mut c = base.clone();
        c.vat_lines[1].base = d("22.06");
        let v = check(&c);
        assert_eq!(rules(&c), ["vat_lines_base_mismatch"]);
        assert!(v[0].message.contains("4626.22") && v[0].message.contains("4626.21"));

        let mut c = base.clone();
        c.amounts.vat = d("922.05");
        c.amounts.total_incl_vat = d("5548.26");
        c.amounts.amount_due = d("5548.26");
        assert_eq!(rules(&c), ["vat_lines_amount_mismatch"]);

        let mut c = base.clone();
        c.vat_lines[1].amount = d("1.23");
        c.vat_lines[0].amount = d("920.81");
        let v = check(&c);
        assert_eq!(rules(&c), ["vat_line_amount_mismatch"]);
        assert!(v[0].message.contains("BR-CO-17") && v[0].message.contains("not 1.23"));
        // One cent off is tolerated; the official validators tolerate one unit (BR-CO-17).
        assert!(check_with(&c, EN16931_VAT_TOLERANCE).is_empty());
        c.vat_lines[1].amount = d("2.22");
        assert!(
            check_with(&c, EN16931_VAT_TOLERANCE)
                .iter()
                .any(|v| v.rule == "vat_line_amount_mismatch")
        );
        c.vat_lines[0].amount = d("920.82");
        c.vat_lines[1].amount = d("1.22");
        assert_eq!(rules(&c), Vec::<String>::new());

        let mut c = base.clone();
        c.lines[0].unit_price = d("1200.01");
        let v = check(&c);
        assert_eq!(rules(&c), ["line_amount_mismatch"]);
        assert!(
            v[0].message
                .contains("line 1: 3 × 1200.01 = 3600.03, not 3600.00")
        );

        let mut c = base.clone();
        c.lines[2].net_amount = d("22.06");
        c.lines[2].unit_price = d("3.1514");
        let v = check(&c);
        assert_eq!(rules(&c), ["lines_total_mismatch"]);
        assert!(v[0].message.contains("4626.22") && v[0].message.contains("BR-CO-10"));

        let mut c = content(vec![line("-1", "100", "20")]);
        let v = check(&c);
        assert_eq!(rules(&c), ["negative_amount"]);
        assert!(v[0].message.contains("total_excl_vat -100.00"));
        c.invoice_type = InvoiceType::Avoir;
        assert!(check(&c).is_empty());
        c.amounts.amount_due = d("-121");
        assert_eq!(rules(&c), ["amount_due_exceeds_total"]);
        // A negative invoice (Peppol allows it) owes less than its total in absolute value:
        // -100 of -120 due is not "more than the total".
        c.invoice_type = InvoiceType::Facture;
        c.amounts.amount_due = d("-100");
        assert_eq!(rules(&c), ["negative_amount"]);
    }

    #[test]
    fn totals_only_documents_skip_line_rules() {
        let mut c = realistic();
        c.lines.clear();
        c.vat_lines.clear();
        assert!(check(&c).is_empty());
        c.amounts.total_excl_vat = d("1");
        assert_eq!(rules(&c), ["total_incl_vat_mismatch"]);
    }

    #[test]
    fn amounts_fit_in_nineteen_digits() {
        assert_eq!(MAX_AMOUNT, Decimal::from(10u64.pow(17)));
        let mut c = content(vec![]);
        c.amounts = Amounts {
            total_excl_vat: d("99999999999999999.99"),
            vat: d("0"),
            total_incl_vat: d("99999999999999999.99"),
            amount_due: d("99999999999999999.99"),
        };
        assert!(check(&c).is_empty(), "{:?}", check(&c));
        c.amounts.total_excl_vat = MAX_AMOUNT;
        c.amounts.total_incl_vat = MAX_AMOUNT;
        c.amounts.amount_due = MAX_AMOUNT;
        assert_eq!(rules(&c), ["amount_out_of_range"]);
    }

    #[test]
    fn absurd_amounts_do_not_panic() {
        let mut c = realistic();
        c.lines[0].quantity = Decimal::MAX;
        c.lines[1].net_amount = Decimal::MAX;
        c.lines[2].net_amount = Decimal::MAX;
        c.amounts.total_excl_vat = Decimal::MAX;
        c.amounts.vat = Decimal::MAX;
        c.vat_lines[0].rate = Decimal::MAX;
        let r = rules(&c);
        assert_eq!(r[0], "amount_out_of_range");
    }

    #[test]
    fn sums_compare_at_two_decimals() {
        let mut c = realistic();
        c.amounts.total_excl_vat = d("4626.210");
        assert!(check(&c).is_empty());
    }
}
