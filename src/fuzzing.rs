//! Entry points of the fuzz targets (`fuzz/`, run by `bench/fuzz.sh`), shared with the test that
//! replays their findings (`tests/fixtures/fuzz/<target>/`): each reads untrusted bytes the way
//! chorus does. A refusal is a fine outcome; a panic, an `internal` error or a hang is a bug.

use crate::domain::directory::{self, Cells, Column};
use crate::domain::en16931::RuleSet;
use crate::error::{Error, Result};
use crate::ops::invoice::{deposit, validate};

/// The date rules are judged at a fixed instant, so that a finding replays the same way.
const NOW: &str = "2026-11-23T10:00:00Z";

/// A fuzz target: its name (its folder under `fuzz/fuzz_targets/` and `tests/fixtures/fuzz/`)
/// and its entry point.
pub type Target = (&'static str, fn(&[u8]) -> Result<()>);

pub const TARGETS: [Target; 4] = [
    ("pdf_analysis", pdf_analysis),
    ("facturx_xml", facturx_xml),
    ("directory_csv", directory_csv),
    ("invoice_json", invoice_json),
];

/// A deposited PDF: loaded under limits, its embedded XML read, else its text searched.
pub fn pdf_analysis(data: &[u8]) -> Result<()> {
    deposit::analyse_pdf(data).map(|_| ())
}

/// A CII or UBL XML, read as deposit reads it, then validated (EN 16931 and Chorus rules).
pub fn facturx_xml(data: &[u8]) -> Result<()> {
    let read = crate::facturx::read(data).map(|_| ());
    validate::check_file("invoice.xml", data, NOW, &RuleSet::ALL);
    read
}

/// A directory import in CSV: rows read, headers mapped to columns, each row judged.
pub fn directory_csv(data: &[u8]) -> Result<()> {
    let text = std::str::from_utf8(data)
        .map_err(|e| Error::invalid("input_encoding", format!("not UTF-8: {e}")))?;
    let (headers, rows) = crate::io::csv_rows(text, true, |record| Cells::new(record.iter()))?;
    // The known columns, in the file's order (the import refuses the rest).
    let known: Vec<(usize, Column)> = headers
        .iter()
        .enumerate()
        .filter_map(|(i, h)| Column::from_header(h).map(|c| (i, c)))
        .collect();
    let columns: Vec<Column> = known.iter().map(|&(_, c)| c).collect();
    for (_, cells) in rows {
        let cells = Cells::new(known.iter().map(|&(i, _)| cells.get(i).unwrap_or("")));
        let _ = directory::read_row(&columns, &cells);
    }
    Ok(())
}

/// The invoice JSON of `invoice create`, validated.
pub fn invoice_json(data: &[u8]) -> Result<()> {
    validate::check_file("invoice.json", data, NOW, &RuleSet::ALL);
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::error::ErrorKind;

    /// Every input kept under tests/fixtures/fuzz/<target>/ (crashes found and fixed, and
    /// interesting inputs of the corpus) goes through its target again: no panic, and a
    /// refusal is a clean one (not an internal error).
    #[test]
    fn fuzz_findings_replay_cleanly() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
        let mut replayed = 0;
        for (name, target) in TARGETS {
            let Ok(files) = std::fs::read_dir(root.join(name)) else {
                continue;
            };
            for file in files {
                let path = file.unwrap().path();
                let data = std::fs::read(&path).unwrap();
                match std::panic::catch_unwind(|| target(&data)) {
                    Ok(Ok(())) => {}
                    Ok(Err(e)) => {
                        assert_ne!(e.kind, ErrorKind::Internal, "{}: {e:?}", path.display())
                    }
                    Err(_) => panic!("{} panics", path.display()),
                }
                replayed += 1;
            }
        }
        assert!(replayed > 0, "no input under {}", root.display());
    }
}
