//! PDF analysis: load untrusted PDFs under limits, find the embedded invoice XML, extract text.
//! (Interface fixed; the implementation is being written.)

pub mod generate;
pub mod text;

use crate::error::{Error, Result};

/// Deposited PDFs and attachments are at most 10 MB each.
pub const MAX_PDF_BYTES: usize = 10 * 1024 * 1024;

/// An XML file embedded in the PDF (Factur-X / ZUGFeRD / XRechnung).
#[derive(Debug, Clone)]
pub struct EmbeddedXml {
    pub filename: String,
    /// /AFRelationship of the file specification, if any (Data, Alternative, Source…).
    pub relationship: Option<String>,
    pub bytes: Vec<u8>,
}

#[derive(Debug, Clone)]
pub struct Analysis {
    pub pages: usize,
    pub embedded: Option<EmbeddedXml>,
    /// Extracted text, filled only when there is no embedded XML.
    pub text: String,
}

/// Loads a PDF under limits and finds its embedded invoice XML (or its text).
/// Refusals are `invalid` errors: pdf_too_large, pdf_not_pdf, pdf_damaged, pdf_encrypted, pdf_bomb.
pub fn analyse(bytes: &[u8]) -> Result<Analysis> {
    let _ = bytes;
    Err(Error::internal("PDF analysis is not built yet"))
}
