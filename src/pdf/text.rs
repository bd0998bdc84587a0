//! Best-effort reading of an invoice's text when the PDF carries no XML, as the portal does:
//! recipient SIRET, engagement number and invoice number found by keyword.
//! (Interface fixed; the implementation is being written.)

use crate::domain::invoice::DocumentFields;

pub fn guess_fields(text: &str) -> DocumentFields {
    let _ = text;
    DocumentFields::default()
}
