//! `chorus invoice validate` arguments.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::domain::en16931::RuleSet;

pub const AFTER_HELP: &str = "Examples:
  chorus invoice validate facture.pdf
  chorus invoice validate out/*.pdf flux/*.xml examples/invoice.json --format json
  chorus invoice validate --rules en16931,chorus,fr-ctc facture.pdf     # the French CTC rules too
  chorus invoice validate --rules en16931 flux/*.xml                    # EN 16931 only
  find out/ -name '*.pdf' | chorus invoice validate --batch - --format ndjson
  chorus invoice validate --batch lot.csv --format junit > validate-report.xml
  chorus --store chorus.db invoice validate facture.pdf     # routing against the directory too

Inputs are recognised by their content: a PDF embedding a Factur-X / ZUGFeRD / XRechnung CII or
UBL XML, a standalone CII or UBL XML, or the JSON of `invoice create` (judged by fr-ctc as the
Factur-X `invoice render` would write). A manifest (--batch) lists paths one per line, or is a
CSV with a `file` column; relative paths are relative to its folder (stdin: the current folder).
Validation only reads the files it is given and sends them nowhere, so a manifest may also name
absolute paths.

Rule sets (--rules, default en16931,chorus, the rules `deposit` runs):
  en16931  the official EN 16931 business rules under their ids (BR-02, BR-CO-15, BR-S-08…) with
           the official severities; profile-aware (MINIMUM and BASIC WL carry fewer fields)
  chorus   Chorus Pro's own acceptance rules under chorus codes (number_format,
           siret_check_digit, original_number_required…), and, with a store, routing: the
           recipient, its service, its engagement requirements (the store is only read)
  fr-ctc   the French CTC rules of the 2026 reform (BR-FR-*), as the official schematron
Each finding is {rule, set, severity, field, message}; each report says which sets judged it
(rule_sets). A file that cannot be read at all is refused by every set.

--format junit writes a JUnit XML report with one testsuite per rule set and one testcase per
file in each (errors in <failure>). A summary goes to stderr. Exit 0 when no invoice has an error
(with --warnings-as-errors: nor a warning), 3 otherwise.";

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
    /// The rule sets to judge by, comma-separated: en16931, chorus, fr-ctc
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        default_value = "en16931,chorus",
        env = "CHORUS_RULES",
        value_name = "SETS"
    )]
    pub rules: Vec<RuleSetArg>,
}

/// A rule set as `--rules` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RuleSetArg {
    /// The official EN 16931 business rules (BR-*), by profile
    En16931,
    /// Chorus Pro's own acceptance rules (chorus codes, never a BR id)
    Chorus,
    /// The French CTC rules of the 2026 reform (BR-FR-*)
    #[value(name = "fr-ctc")]
    FrCtc,
}

/// The sets named, each once, in their usual order.
pub fn rule_sets(args: &[RuleSetArg]) -> Vec<RuleSet> {
    let mut sets: Vec<RuleSet> = args
        .iter()
        .map(|a| match a {
            RuleSetArg::En16931 => RuleSet::En16931,
            RuleSetArg::Chorus => RuleSet::Chorus,
            RuleSetArg::FrCtc => RuleSet::FrCtc,
        })
        .collect();
    sets.sort();
    sets.dedup();
    sets
}
