//! EN 16931 arithmetic: VAT breakdown and totals from lines, and consistency checks.
//! (Interface fixed; the implementation is being written.)

use super::invoice::{Amounts, InvoiceContent, Line, VatLine};
use crate::error::Violation;

/// The VAT breakdown (one line per category and rate) and the totals of these lines.
pub fn compute(lines: &[Line]) -> (Vec<VatLine>, Amounts) {
    let _ = lines;
    (Vec::new(), Amounts::default())
}

/// Every broken amount rule: total incl. VAT = excl. + VAT, amount due ≤ total, VAT lines sum to
/// the totals, line amounts = quantity × price, two decimals.
pub fn check(content: &InvoiceContent) -> Vec<Violation> {
    let _ = content;
    Vec::new()
}

/// quantity × unit price, rounded to two decimals.
pub fn line_net(
    quantity: rust_decimal::Decimal,
    unit_price: rust_decimal::Decimal,
) -> rust_decimal::Decimal {
    (quantity * unit_price).round_dp(2)
}
