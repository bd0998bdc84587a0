//! `chorus invoice validate` arguments.

use std::path::PathBuf;

use clap::Args;

pub const AFTER_HELP: &str = "Examples:
  chorus invoice validate facture.pdf
  chorus invoice validate out/*.pdf flux/*.xml examples/invoice.json --format json
  find out/ -name '*.pdf' | chorus invoice validate --batch - --format ndjson
  find \"$PWD/out\" -name '*.pdf' | chorus invoice validate --batch - --allow-absolute-paths
  chorus invoice validate --batch lot.csv --format junit > validate-report.xml
  chorus --store chorus.db invoice validate facture.pdf     # routing against the directory too

Inputs are recognised by their content: a PDF embedding a Factur-X / ZUGFeRD / XRechnung CII or
UBL XML, a standalone CII or UBL XML, or the JSON of `invoice create`. A manifest (--batch) lists
paths one per line, or is a CSV with a `file` column; its paths are relative to its folder (stdin:
the current folder) and must stay inside it once symbolic links are resolved; absolute paths
only with --allow-absolute-paths.

Checks, each reported as {rule, severity, field, message} under its EN 16931 id (BR-CO-15…) or a
chorus code: the fields the profile requires (MINIMUM and BASIC WL need fewer), SIREN/SIRET
check digits and French VAT keys, the totals (BR-CO-10 to BR-CO-17), the VAT categories (S, Z,
E, AE, O…), the lines, and the Chorus Pro rules (number, credit notes, cadre, engagement, amount
due). With a store (--store, CHORUS_STORE, or the default store when it holds public structures)
routing too: the recipient, its service, its engagement requirements. The store is only read.

--format junit writes a JUnit XML report (one testcase per file, errors in <failure>). A summary
goes to stderr. Exit 0 when no invoice has an error (with --warnings-as-errors: nor a warning),
3 otherwise.";

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Invoices: PDFs (Factur-X, ZUGFeRD, XRechnung), CII or UBL XML, invoice JSON; - reads stdin
    pub files: Vec<PathBuf>,
    /// A manifest of invoices: paths one per line, or CSV with a `file` column; - reads stdin
    #[arg(long, value_name = "MANIFEST")]
    pub batch: Option<PathBuf>,
    /// Count warnings as errors: an invoice with a warning is invalid
    #[arg(long)]
    pub warnings_as_errors: bool,
}
