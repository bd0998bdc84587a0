//! The work budget of one file's analysis: a counter of the steps the analysis takes (content
//! operations read, fonts resolved, characters scanned by the text search), charged as they are
//! spent and refused past a limit.
//!
//! The inflation budget bounds the bytes a file may make us produce; this one bounds what we do
//! with them, so that a small crafted file (thousands of short text lines, one huge string, a
//! font dictionary shared by every page) cannot pin a core. Counting steps rather than time keeps
//! refusals deterministic (the same file is refused on every machine) and lets tests check that
//! the cost grows linearly with the input.

use crate::error::{Error, Result};

/// The steps one analysis may spend. A unit is about one character compared by the text search
/// (a nanosecond or so): a realistic invoice costs a few million, the search over the largest
/// text we keep (1 MB) tens of millions, and the whole budget runs in about a quarter of a
/// second on a release build (`bench/hostile.sh`).
pub const MAX_WORK: u64 = 200_000_000;

/// A content operation (lopdf parsing it, our pen following it) costs about as much as this
/// many characters compared.
pub const OPERATION: usize = 64;

/// A byte of a font's /ToUnicode map, which lopdf parses into a table, costs this many steps:
/// maps of real fonts are a few KB, a crafted one of megabytes is refused before it is parsed.
pub const FONT_MAP_BYTE: u64 = 32;

#[derive(Debug, Clone)]
pub struct Work {
    spent: u64,
    limit: u64,
}

impl Work {
    pub fn new(limit: u64) -> Work {
        Work { spent: 0, limit }
    }

    /// No limit: counting only (tests measure how the cost grows).
    pub fn unlimited() -> Work {
        Work::new(u64::MAX)
    }

    /// The steps spent so far.
    pub fn spent(&self) -> u64 {
        self.spent
    }

    /// Charges `units` steps; past the limit the file is refused as too complex.
    pub fn charge(&mut self, units: u64) -> Result<()> {
        self.spent = self.spent.saturating_add(units);
        if self.spent > self.limit {
            return Err(too_complex(self.limit));
        }
        Ok(())
    }
}

impl Default for Work {
    fn default() -> Work {
        Work::new(MAX_WORK)
    }
}

fn too_complex(limit: u64) -> Error {
    Error::invalid(
        "pdf_too_complex",
        format!(
            "the PDF is too complex to analyse: reading its text takes more than {} million \
             steps (the limit per file), as crafted files do (thousands of tiny text pieces, \
             huge strings, fonts shared by thousands of pages)",
            limit / 1_000_000
        ),
    )
    .hint(
        "simplify the PDF (print it again to PDF from a viewer), or deposit a Factur-X PDF \
         whose embedded XML carries the invoice data",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charges_up_to_the_limit_then_refuses() {
        let mut work = Work::new(10);
        assert!(work.charge(10).is_ok());
        let e = work.charge(1).unwrap_err();
        assert_eq!(e.code, "pdf_too_complex");
        assert_eq!(e.kind.exit_code(), 3);
        assert!(!e.hints.is_empty());
        assert_eq!(work.spent(), 11);
    }
}
