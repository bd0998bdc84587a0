//! Factur-X / CII and UBL: read the fields of an invoice XML, write a CII XML (EN 16931).
//!
//! Reading is namespace-aware (elements are matched by namespace URI and local name, never by
//! prefix) on a compact element tree ([`dom`]): DTDs are refused (no entity expansion, so no billion laughs), the
//! input is capped at [`MAX_XML_BYTES`] and [`MAX_XML_NODES`]. Writing produces the Factur-X
//! EN 16931 profile, elements in the order of the XSD sequences (validated against the official
//! Factur-X 1.09 XSD by `bench/check_cii_xsd.py`).

mod cii;
mod details;
mod dom;
mod fr_ctc;
mod ubl;
mod write;
mod xml;

use crate::domain::en16931::{Details, Finding};
use crate::domain::invoice::{DocumentFields, InvoiceContent, InvoiceType};
use crate::error::{Error, Result};

pub use write::CII_GUIDELINE_EN16931;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Cii,
    Ubl,
}

/// Larger invoice XMLs are refused (Chorus Pro caps a deposited file at 10 MB).
pub const MAX_XML_BYTES: usize = 10 * 1024 * 1024;
/// The most elements a document may have: bounds the memory of the tree (a 10 MB invoice of
/// 10 000 pretty-printed lines has about 300 000).
pub const MAX_XML_NODES: usize = 1_000_000;

/// Reads a CII (CrossIndustryInvoice) or UBL (Invoice / CreditNote) document.
///
/// `DocumentFields` has no allowances or charges, so that the lines of a document that has some
/// still add up (BR-CO-13, BR-S-08): a line with line-level allowances or charges gets the unit
/// price that gives its net amount, and when the document has lines, each document-level
/// allowance or charge is appended as a line ("Remise : reason", −1 × amount; "Frais : reason",
/// 1 × amount). Missing numbers in a line or VAT breakdown line read as 0, a missing unit as C62.
/// Refusals are `invalid` errors: xml_too_large, xml_unparseable, xml_not_invoice, and
/// xml_bad_amount / xml_bad_date for a number or a date that does not parse.
pub fn read(xml: &[u8]) -> Result<(Syntax, DocumentFields)> {
    let text = checked_text(xml)?;
    let doc = parse(text)?;
    let root = doc.root_element();
    let kind = kind(&doc, root)?;
    Ok((kind.syntax(), fields(&doc, root, kind)?))
}

/// [`read`], plus what the EN 16931 rules need (`invoice validate`): one parse for both.
pub fn read_details(xml: &[u8]) -> Result<(Syntax, DocumentFields, Details)> {
    let read = read_for_rules(xml, false)?;
    Ok((read.syntax, read.fields, read.details))
}

/// A document read for `invoice validate` and `deposit`.
pub struct Read {
    pub syntax: Syntax,
    pub fields: DocumentFields,
    pub details: Details,
    /// The French CTC rules it breaks, when they were asked for.
    pub fr_ctc: Vec<Finding>,
}

/// [`read_details`], and the French CTC rules (`fr_ctc::check`) on the same tree when `fr_ctc`.
pub fn read_for_rules(xml: &[u8], fr_ctc: bool) -> Result<Read> {
    let text = checked_text(xml)?;
    let doc = parse(text)?;
    let root = doc.root_element();
    let kind = kind(&doc, root)?;
    let fields = fields(&doc, root, kind)?;
    let details = match kind {
        Kind::Cii => details::cii(&doc, root)?,
        Kind::UblInvoice => details::ubl(&doc, root, false)?,
        Kind::UblCreditNote => details::ubl(&doc, root, true)?,
    };
    Ok(Read {
        syntax: kind.syntax(),
        fields,
        details,
        fr_ctc: if fr_ctc {
            fr_ctc::check(&doc, root)
        } else {
            Vec::new()
        },
    })
}

#[derive(Clone, Copy)]
enum Kind {
    Cii,
    UblInvoice,
    UblCreditNote,
}

impl Kind {
    fn syntax(self) -> Syntax {
        match self {
            Kind::Cii => Syntax::Cii,
            Kind::UblInvoice | Kind::UblCreditNote => Syntax::Ubl,
        }
    }
}

fn fields(doc: &xml::Document, root: xml::N, kind: Kind) -> Result<DocumentFields> {
    match kind {
        Kind::Cii => cii::read(doc, root),
        Kind::UblInvoice => ubl::read(doc, root, false),
        Kind::UblCreditNote => ubl::read(doc, root, true),
    }
}

fn checked_text(xml: &[u8]) -> Result<&str> {
    if xml.len() > MAX_XML_BYTES {
        return Err(Error::invalid(
            "xml_too_large",
            format!(
                "the embedded invoice XML is {} bytes; at most {} are accepted",
                xml.len(),
                MAX_XML_BYTES
            ),
        ));
    }
    std::str::from_utf8(xml).map_err(|e| {
        Error::invalid(
            "xml_unparseable",
            format!(
                "the embedded invoice XML does not parse: it is not UTF-8 (invalid byte at offset {})",
                e.valid_up_to()
            ),
        )
    })
}

fn parse(text: &str) -> Result<xml::Document<'_>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    xml::Document::parse(text, MAX_XML_NODES).map_err(|e| {
        // The parser's offset may fall inside a multi-byte character: back to its start.
        let mut end = e.offset.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let before = &text[..end];
        let line = 1 + before.matches('\n').count();
        let column = 1 + before.len() - before.rfind('\n').map_or(0, |i| i + 1);
        Error::invalid(
            "xml_unparseable",
            format!(
                "the embedded invoice XML does not parse: {} at {line}:{column}",
                e.message
            ),
        )
    })
}

fn kind(doc: &xml::Document, root: xml::N) -> Result<Kind> {
    match (root.ns(), root.name()) {
        (xml::RSM, "CrossIndustryInvoice") => Ok(Kind::Cii),
        (xml::UBL_INVOICE, "Invoice") => Ok(Kind::UblInvoice),
        (xml::UBL_CREDIT_NOTE, "CreditNote") => Ok(Kind::UblCreditNote),
        (ns, local) => {
            let ns = doc.namespace_uri(ns);
            let what = match (ns, local) {
                (_, "CrossIndustryDocument") => " (a ZUGFeRD 1.0 document)",
                (_, "SCRDMCCBDACIOMessageStructure") => " (an Order-X purchase order)",
                (_, "html") => " (an HTML page)",
                _ => "",
            };
            let root = match ns {
                Some(ns) => format!("{{{ns}}}{local}"),
                None => local.to_string(),
            };
            Err(Error::invalid(
                "xml_not_invoice",
                format!(
                    "the embedded XML is not an invoice: its root element is {root}{what}; \
                     expected a CII rsm:CrossIndustryInvoice or a UBL Invoice or CreditNote"
                ),
            ))
        }
    }
}

/// Writes the CII XML (Factur-X EN 16931 profile) of an invoice.
///
/// Amounts carry exactly two decimals, quantities and prices up to four, rates at least two.
/// A line's VAT category is the category of the VAT line with the same rate (else `S` above
/// zero, `Z` at zero, `E` under the EXONERATION regime). When the content has lines but no VAT
/// lines, the breakdown is computed from the lines; when it has VAT lines but no lines (totals
/// only), one line per VAT line carries its base, as the XSD wants at least one line. A blank
/// currency is written EUR; what is not due is written as prepaid (BR-CO-16); the VAT regime
/// gives BT-8 (TVA_SUR_DEBIT → 5, TVA_SUR_ENCAISSEMENT → 72). Refusals (`invalid`):
/// invoice_date_invalid (not `YYYY-MM-DD`), invoice_no_lines (neither lines nor VAT lines).
pub fn write_cii(content: &InvoiceContent) -> Result<String> {
    write::write_cii(content)
}

/// BT-3 (UNTDID 1001) → Chorus invoice type: the invoice codes accepted by the French CTC rules
/// (380 commercial, 384 corrected, 386 prepayment, 389 self-billed, 393 factored, 471–473
/// corrective, 500/501 self-billed prepayment/factored) are FACTURE; the credit note codes
/// (381, 261, 262, 396, 502, 503) are AVOIR; other codes give `None`.
pub fn invoice_type_of_code(code: &str) -> Option<InvoiceType> {
    match code.trim() {
        "380" | "384" | "386" | "389" | "393" | "471" | "472" | "473" | "500" | "501" => {
            Some(InvoiceType::Facture)
        }
        "381" | "261" | "262" | "396" | "502" | "503" => Some(InvoiceType::Avoir),
        _ => None,
    }
}

/// A document-level allowance (BG-20) or charge (BG-21) as a line, so that the lines of a
/// document that has some still add up to BT-109 (BR-CO-13) and to the VAT breakdown bases
/// (BR-S-08…): an allowance is −1 × its amount, a charge 1 × its amount.
fn allowance_charge_line(
    charge: bool,
    amount: rust_decimal::Decimal,
    reason: Option<&str>,
    vat_rate: rust_decimal::Decimal,
) -> crate::domain::invoice::Line {
    use rust_decimal::Decimal;
    let label = if charge { "Frais" } else { "Remise" };
    let quantity = if charge { Decimal::ONE } else { -Decimal::ONE };
    crate::domain::invoice::Line {
        description: match reason {
            Some(r) => format!("{label} : {r}"),
            None => label.to_string(),
        },
        quantity,
        unit: "C62".to_string(),
        unit_price: amount,
        vat_rate,
        net_amount: quantity * amount,
    }
}

/// The net unit price that gives a line its net amount when line-level allowances or charges
/// (BG-27/BG-28) make it differ from quantity × net price (six decimals).
fn effective_unit_price(
    net_amount: rust_decimal::Decimal,
    quantity: rust_decimal::Decimal,
) -> Option<rust_decimal::Decimal> {
    if quantity.is_zero() {
        return None;
    }
    Some(net_amount.checked_div(quantity)?.round_dp(6).normalize())
}

#[cfg(test)]
mod tests;
