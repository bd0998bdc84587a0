//! PDF generation with lopdf: the invoice (with its embedded CII XML) and the deposit certificate.
//! (Interface fixed; the implementation is being written.)

use crate::domain::invoice::{Amounts, InvoiceContent};
use crate::error::{Error, Result};

/// What the certificat de dépôt shows.
#[derive(Debug, Clone)]
pub struct Certificate {
    pub invoice_id: i64,
    pub number: String,
    pub date: String,
    pub invoice_type: String,
    pub framework: String,
    pub supplier: String,
    pub recipient: String,
    pub amounts: Amounts,
    pub currency: String,
    pub deposit_mode: String,
    pub deposited_at: String,
    pub status: String,
    /// SHA-256 (hex) of the deposited file.
    pub sha256: String,
}

/// An A4 invoice PDF (parties, references, lines, VAT recap, totals) carrying `cii_xml` as
/// factur-x.xml (EN 16931 profile, AFRelationship Data, XMP metadata).
pub fn invoice_pdf(content: &InvoiceContent, cii_xml: &[u8]) -> Result<Vec<u8>> {
    let _ = (content, cii_xml);
    Err(Error::internal("invoice PDF generation is not built yet"))
}

pub fn certificate_pdf(c: &Certificate) -> Result<Vec<u8>> {
    let _ = c;
    Err(Error::internal("certificate generation is not built yet"))
}
