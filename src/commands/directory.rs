//! `chorus directory …`: import, lookup, search, export, check.

use std::borrow::Cow;
use std::io::{self, IsTerminal, Write};
use std::time::{Duration, Instant};

use serde::Serialize;

use super::App;
use crate::cli::directory::{
    CheckArgs, DirectoryCmd, ExportArgs, ImportArgs, LookupArgs, SearchArgs,
};
use crate::domain::directory::{Cells, Column};
use crate::error::{self, Error, Result, Violation};
use crate::io::{self as input, InputFormat};
use crate::ops::directory::{
    DirectoryEntry, DirectoryService, ExportDirectory, ImportDirectory, LookupDirectory,
    SearchDirectory,
};
use crate::ops::invoice::validate::CheckInvoiceRouting;
use crate::output::{self, Format};

pub fn run(app: &mut App, cmd: DirectoryCmd) -> Result<()> {
    match cmd {
        DirectoryCmd::Import(a) => import(app, a),
        DirectoryCmd::Lookup(a) => lookup(app, a),
        DirectoryCmd::Search(a) => search(app, a),
        DirectoryCmd::Export(a) => export(app, a),
        DirectoryCmd::Check(a) => check(app, a),
    }
}

/// A spinner on a terminal while a long step runs.
fn spinner(app: &App, message: &str) -> Option<indicatif::ProgressBar> {
    if app.quiet || app.no_progress || !io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_style(indicatif::ProgressStyle::with_template("{spinner} {msg} ({elapsed})").ok()?);
    bar.set_message(output::safe::terminal(message).into_owned());
    bar.enable_steady_tick(Duration::from_millis(120));
    Some(bar)
}

/// A file's header and rows (with their lines), as read.
type Table = (Vec<String>, Vec<(usize, Cells)>);

/// A CSV file's rows, with the line each starts on; a row with too few or too many cells is
/// passed on for the import to reject with its line. The `'` an export put before a cell that
/// looked like a formula is taken off again.
fn read_csv(text: &str) -> Result<Table> {
    input::csv_rows(text, true, |record| {
        Cells::new(record.iter().map(output::safe::csv_restore))
    })
}

/// The rows of a directory file as they stream in: its header is judged first (unknown
/// columns stop the import, or are dropped with --ignore-unknown-columns; two headers for one
/// column too), then each row keeps the known columns' cells.
struct DirectoryTable {
    ignore_unknown: bool,
    /// CSV: a `'` an export put before a formula-like cell is taken off again.
    restore: bool,
    /// The file's column names so far, and which of them are kept, as what.
    headers: Vec<String>,
    keep: Vec<(usize, Column)>,
    /// Columns came after the first rows (JSON records with new keys): rows get padded.
    grew: bool,
    rows: Vec<(usize, Cells)>,
}

impl input::table::Sink for DirectoryTable {
    fn columns(&mut self, names: &[String]) -> Result<()> {
        let first = self.headers.is_empty();
        let mut unknown = Vec::new();
        for h in names {
            let at = self.headers.len();
            self.headers.push(h.clone());
            let Some(c) = Column::from_header(h) else {
                unknown.push(error::excerpt(h).into_owned());
                continue;
            };
            if let Some((j, _)) = self.keep.iter().find(|(_, k)| *k == c) {
                return Err(Error::usage(
                    "directory_columns",
                    format!(
                        "columns '{}' and '{}' both give {}",
                        error::excerpt(&self.headers[*j]),
                        error::excerpt(h),
                        c.name()
                    ),
                )
                .hint("keep one of them"));
            }
            self.keep.push((at, c));
        }
        if !unknown.is_empty() && !self.ignore_unknown {
            return Err(Error::usage(
                "directory_columns",
                format!("unknown directory column(s): {}", unknown.join(", ")),
            )
            .hint(format!("known columns: {}", Column::names()))
            .hint("see `chorus directory import --help` for the accepted spellings, or pass --ignore-unknown-columns"));
        }
        if first && !self.keep.iter().any(|(_, c)| *c == Column::Identifier) {
            return Err(Error::usage(
                "directory_columns",
                "the file has no identifier column (identifier, identifiantStructure, Identifiant, siret)",
            ));
        }
        self.grew |= !first && !self.rows.is_empty();
        Ok(())
    }

    fn row(&mut self, line: usize, cells: &[&str]) -> Result<()> {
        let restore: fn(&str) -> &str = if self.restore {
            output::safe::csv_restore
        } else {
            |c| c
        };
        // A row of the header's width keeps the known columns; another is passed on whole
        // for the import to reject with its line.
        let cells = if cells.len() == self.headers.len() {
            Cells::new(self.keep.iter().map(|(i, _)| restore(cells[*i])))
        } else {
            Cells::new(cells.iter().map(|c| restore(c)))
        };
        self.rows.push((line, cells));
        Ok(())
    }
}

impl DirectoryTable {
    /// The columns by their directory names and the rows, those read before the last new
    /// JSON key padded with empty cells.
    fn finish(self) -> (Vec<String>, Vec<(usize, Cells)>) {
        let columns: Vec<String> = self
            .keep
            .iter()
            .map(|(_, c)| c.name().to_string())
            .collect();
        let mut rows = self.rows;
        if self.grew {
            for (_, cells) in rows.iter_mut().filter(|(_, c)| c.len() < columns.len()) {
                let padded = cells
                    .iter()
                    .chain(std::iter::repeat(""))
                    .take(columns.len());
                *cells = Cells::new(padded.collect::<Vec<_>>());
            }
        }
        (columns, rows)
    }
}

/// The file (`-`: stdin), buffered for streaming.
fn open(path: &std::path::Path) -> Result<Box<dyn io::BufRead>> {
    const BUFFER: usize = 1 << 16;
    if path.as_os_str() == "-" {
        return Ok(Box::new(io::BufReader::with_capacity(BUFFER, io::stdin())));
    }
    let file = std::fs::File::open(path).map_err(|e| {
        Error::not_found(
            "file_not_found",
            format!("cannot read {}: {e}", path.display()),
        )
    })?;
    Ok(Box::new(io::BufReader::with_capacity(BUFFER, file)))
}

fn import(app: &mut App, args: ImportArgs) -> Result<()> {
    let started = Instant::now();
    let bar = spinner(app, &format!("reading {}", args.file.display()));
    // Streamed: the header is judged before the rest is read, and the text is never held.
    let mut file = open(&args.file)?;
    let format = input::format_of(
        &args.file,
        &input::table::sample(&mut *file)?,
        args.input_format.as_deref(),
    )?;
    let mut table = DirectoryTable {
        ignore_unknown: args.ignore_unknown_columns,
        restore: matches!(format, InputFormat::Csv | InputFormat::Lines),
        headers: Vec::new(),
        keep: Vec::new(),
        grew: false,
        rows: Vec::new(),
    };
    input::table::read(&mut *file, format, &mut table)?;
    drop(file);
    let (columns, rows) = table.finish();
    let count = rows.len();
    if let Some(bar) = &bar {
        bar.set_message(format!("importing {count} row(s)"));
    }
    let report = app.call(ImportDirectory {
        columns,
        rows,
        full: args.full,
        atomic: args.atomic,
    });
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let report = report?;
    app.emit(&report)?;
    let rejected = report.rejected.len();
    app.note(&format!(
        "{count} row(s) in {:.1} s: {} added, {} updated, {} unchanged, {} deactivated; services: {} added, {} updated, {} deactivated; {rejected} rejected",
        started.elapsed().as_secs_f64(),
        report.added,
        report.updated,
        report.unchanged,
        report.deactivated,
        report.services_added,
        report.services_updated,
        report.services_deactivated,
    ));
    for c in &report.converted {
        app.note(&format!(
            "line {}: the private structure {} became the public body the directory lists; detached: {}",
            c.line,
            c.identifier,
            if c.detached.is_empty() { "nobody".to_string() } else { c.detached.join(", ") }
        ));
    }
    if rejected > 0 {
        let mut e = Error::invalid(
            "directory_rows_rejected",
            format!("{rejected} row(s) rejected (see `rejected` in the report)"),
        );
        if args.atomic {
            e = e.hint("nothing was imported (--atomic): fix the rows and import again");
        }
        return Err(e);
    }
    Ok(())
}

/// Identifiers on stdin: one per line, or a CSV column.
fn identifiers_from(text: &str, column: Option<&str>) -> Result<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default();
    let is_csv = column.is_some()
        || first.contains([',', ';'])
        || Column::from_header(first) == Some(Column::Identifier);
    if !is_csv {
        return Ok(text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect());
    }
    let (headers, rows) = read_csv(text.trim_start())?;
    let at = match column {
        Some(name) => headers
            .iter()
            .position(|h| h.eq_ignore_ascii_case(name.trim())),
        None => headers
            .iter()
            .position(|h| Column::from_header(h) == Some(Column::Identifier)),
    };
    let Some(at) = at else {
        return Err(Error::usage(
            "lookup_column",
            format!(
                "stdin has no column {} (columns: {})",
                column.unwrap_or("identifier"),
                headers.join(", ")
            ),
        )
        .hint("name the column with --column NAME"));
    };
    Ok(rows
        .into_iter()
        .map(|(_, cells)| cells.get(at).unwrap_or("").trim().to_string())
        .collect())
}

fn lookup(app: &mut App, args: LookupArgs) -> Result<()> {
    let mut identifiers = Vec::new();
    for id in args.identifiers {
        if id == "-" {
            let text = input::read_manifest(std::path::Path::new("-"))?;
            identifiers.extend(identifiers_from(&text, args.column.as_deref())?);
        } else {
            identifiers.push(id);
        }
    }
    let found = app.call(LookupDirectory { identifiers })?;
    let missing: Vec<&str> = found
        .iter()
        .filter(|l| !l.found)
        .map(|l| l.input.as_str())
        .collect();
    app.emit_columns(
        &found,
        Some(&[
            "input",
            "found",
            "identifier",
            "name",
            "status",
            "service_required",
            "engagement_required",
        ]),
    )?;
    if args.strict && !missing.is_empty() {
        let shown: Vec<&str> = missing.iter().take(5).copied().collect();
        return Err(Error::not_found(
            "directory_not_found",
            format!(
                "{} identifier(s) not in the directory: {}{}",
                missing.len(),
                shown.join(", "),
                if missing.len() > shown.len() {
                    ", …"
                } else {
                    ""
                }
            ),
        ));
    }
    Ok(())
}

fn search(app: &mut App, args: SearchArgs) -> Result<()> {
    let limit = args.limit;
    let found = app.call(SearchDirectory {
        query: args.query,
        postcode: args.postcode,
        city: args.city,
        status: args.status,
        limit,
    })?;
    app.emit_columns(
        &found.entries,
        Some(&["identifier", "name", "status", "postcode", "city"]),
    )?;
    let shown = found.entries.len() as i64;
    if shown == 0 {
        app.note("no structure matches: try fewer words, or the start of a word");
    } else if shown == i64::from(limit) && found.matches > shown {
        app.note(&format!(
            "showing {shown} of {} matching names; add words, --postcode or --city, or raise --limit",
            found.matches
        ));
    }
    Ok(())
}

/// One export row: a structure and one of its services, in the columns import reads. Its
/// free text is neutralised for spreadsheets in CSV ([`output::safe::csv_cell`]), which the
/// import undoes: an export imports back unchanged.
#[derive(Serialize)]
struct ExportRow<'a> {
    identifier: &'a str,
    identifier_type: &'a str,
    name: Cow<'a, str>,
    label: Option<Cow<'a, str>>,
    status: &'a str,
    address: Cow<'a, str>,
    postcode: Cow<'a, str>,
    city: Cow<'a, str>,
    country: Cow<'a, str>,
    service_required: bool,
    engagement_required: bool,
    service_or_engagement_required: bool,
    payment_status_not_reported: bool,
    service_code: Option<&'a str>,
    service_name: Option<Cow<'a, str>>,
    service_active: Option<bool>,
    service_engagement_required: Option<bool>,
    service_payment_status_not_reported: Option<bool>,
    service_valid_from: Option<&'a str>,
    service_valid_to: Option<&'a str>,
}

/// How an export's free text is written: as it is, or made safe for a spreadsheet.
type Text = fn(&str) -> Cow<'_, str>;

/// The export's rows of one structure: one per service, or one with empty service cells.
fn rows_of(e: &DirectoryEntry, text: Text) -> Vec<ExportRow<'_>> {
    if e.services.is_empty() {
        vec![export_row(e, None, text)]
    } else {
        e.services
            .iter()
            .map(|v| export_row(e, Some(v), text))
            .collect()
    }
}

fn export_row<'a>(
    e: &'a DirectoryEntry,
    v: Option<&'a DirectoryService>,
    text: Text,
) -> ExportRow<'a> {
    ExportRow {
        identifier: &e.identifier,
        identifier_type: e.identifier_type.as_str(),
        name: text(&e.name),
        label: e.label.as_deref().map(text),
        status: e.status.as_str(),
        address: text(&e.address),
        postcode: text(&e.postcode),
        city: text(&e.city),
        country: text(&e.country),
        service_required: e.service_required,
        engagement_required: e.engagement_required,
        service_or_engagement_required: e.service_or_engagement_required,
        payment_status_not_reported: e.payment_status_not_reported,
        service_code: v.map(|v| v.code.as_str()),
        service_name: v.map(|v| text(&v.name)),
        service_active: v.map(|v| v.active),
        service_engagement_required: v.map(|v| v.engagement_required),
        service_payment_status_not_reported: v.map(|v| v.payment_status_not_reported),
        service_valid_from: v.and_then(|v| v.valid_from.as_deref()),
        service_valid_to: v.and_then(|v| v.valid_to.as_deref()),
    }
}

/// An instant to compare stored RFC 3339 UTC instants with: a date is its midnight UTC.
fn since(value: &str) -> Result<String> {
    let v = value.trim();
    if let Ok(t) = v.parse::<jiff::Timestamp>() {
        return Ok(t.to_string());
    }
    v.parse::<jiff::civil::Date>()
        .map(|day| format!("{day}T00:00:00Z"))
        .map_err(|_| {
            Error::usage(
                "changed_since_format",
                format!(
                    "--changed-since '{value}' is not a date (YYYY-MM-DD) or an RFC 3339 instant"
                ),
            )
        })
}

const PAGE: u32 = 2000;

fn export(app: &mut App, args: ExportArgs) -> Result<()> {
    let changed_since = args.changed_since.as_deref().map(since).transpose()?;
    let format = match app.format {
        // The directory's own shape: CSV on a terminal and in a pipe.
        Format::Auto => Format::Csv,
        f => f,
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut table = Vec::new();
    let mut rows = 0usize;
    let mut write =
        |page: &[DirectoryEntry], w: &mut io::BufWriter<io::StdoutLock<'_>>| -> Result<()> {
            if format == Format::Csv {
                // The header comes with the first row.
                let mut page_csv = csv::WriterBuilder::new()
                    .has_headers(rows == 0)
                    .from_writer(Vec::new());
                for row in page.iter().flat_map(|e| rows_of(e, output::safe::csv_cell)) {
                    page_csv.serialize(&row)?;
                    rows += 1;
                }
                w.write_all(
                    &page_csv
                        .into_inner()
                        .map_err(|e| Error::internal(e.to_string()))?,
                )?;
                return Ok(());
            }
            for row in page.iter().flat_map(|e| rows_of(e, |t| Cow::Borrowed(t))) {
                match format {
                    Format::Ndjson | Format::Json => {
                        let sep: &[u8] = match (format, rows) {
                            (Format::Ndjson, _) => b"",
                            (_, 0) => b"[\n  ",
                            _ => b",\n  ",
                        };
                        w.write_all(sep)?;
                        serde_json::to_writer(&mut *w, &row).map_err(io::Error::from)?;
                        if format == Format::Ndjson {
                            w.write_all(b"\n")?;
                        }
                    }
                    _ => table.push(serde_json::to_value(&row)?),
                }
                rows += 1;
            }
            Ok(())
        };
    let mut after = None;
    let result = loop {
        let page = match app.call(ExportDirectory {
            after: after.take(),
            changed_since: changed_since.clone(),
            status: args.status,
            limit: PAGE,
        }) {
            Ok(page) => page,
            Err(e) => break Err(e),
        };
        if let Err(e) = write(&page.entries, &mut out) {
            break Err(e);
        }
        match page.next {
            Some(next) => after = Some(next),
            None => break Ok(()),
        }
    };
    let result = result.and_then(|_| {
        if format == Format::Csv && rows == 0 {
            // No row: the header still says what the columns are.
            let header: Vec<&str> = Column::ALL.iter().map(|c| c.name()).collect();
            writeln!(out, "{}", header.join(","))?;
        }
        match format {
            Format::Json => out.write_all(if rows == 0 { b"[]\n" } else { b"\n]\n" })?,
            Format::Table => {
                drop(out);
                let main = [
                    "identifier",
                    "name",
                    "status",
                    "postcode",
                    "city",
                    "service_code",
                    "service_name",
                    "service_active",
                ];
                app.emit_columns(&table, Some(&main))?;
                return Ok(());
            }
            _ => {}
        }
        out.flush()?;
        Ok(())
    });
    match result {
        Err(e) if e.is_broken_pipe() => Ok(()),
        other => other,
    }
}

#[derive(Serialize)]
struct RoutingCheck {
    recipient: String,
    service: Option<String>,
    engagement: Option<String>,
    accepted: bool,
    violations: Vec<Violation>,
}

fn check(app: &mut App, args: CheckArgs) -> Result<()> {
    let violations = app.call(CheckInvoiceRouting {
        recipient: Some(args.recipient.clone()),
        recipient_service: args.service.clone(),
        engagement: args.engagement.clone(),
        framework: None,
        validator: None,
    })?;
    let accepted = violations.is_empty();
    app.emit(&RoutingCheck {
        recipient: args.recipient,
        service: args.service,
        engagement: args.engagement,
        accepted,
        violations: violations.clone(),
    })?;
    if accepted {
        Ok(())
    } else {
        Err(Error::violations(violations))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_rows_keep_their_lines_across_blank_lines_and_quoted_newlines() {
        let text = "identifier;name\n1;\"A\nB\"\n\n2;C\n";
        let (headers, rows) = read_csv(text).unwrap();
        assert_eq!(headers, ["identifier", "name"]);
        assert_eq!(rows.iter().map(|r| r.0).collect::<Vec<_>>(), [2, 5]);
        assert_eq!(rows[0].1.get(1), Some("A\nB"));
    }

    #[test]
    fn stdin_identifiers_as_lines_or_a_csv_column() {
        assert_eq!(identifiers_from("1\n\n# x\n2\n", None).unwrap(), ["1", "2"]);
        assert_eq!(
            identifiers_from("name,siret\nA,1\nB,\n", Some("SIRET")).unwrap(),
            ["1", ""]
        );
        assert_eq!(identifiers_from("identifiant\n1\n", None).unwrap(), ["1"]);
        assert!(identifiers_from("a,b\n1,2\n", None).is_err());
    }

    #[test]
    fn since_takes_dates_and_instants() {
        assert_eq!(since("2026-11-16").unwrap(), "2026-11-16T00:00:00Z");
        assert_eq!(
            since("2026-11-16T10:00:00+01:00").unwrap(),
            "2026-11-16T09:00:00Z"
        );
        assert!(since("last week").is_err());
    }
}
