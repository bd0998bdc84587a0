//! `chorus invoice validate`: files and manifests in, one report per invoice out (table, JSON,
//! NDJSON, CSV or JUnit), a summary on stderr, exit 3 when any invoice is invalid.
//!
//! Files are read and checked on every core (`parallel::for_each_ordered`); routing against the
//! directory runs on this thread, through a read-only backend, as each report comes due. No
//! store is created: an explicit store that does not exist is skipped with a note, the default
//! store is used only when it exists and holds public structures.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde_json::{Value, json};

use super::parallel;
use crate::backend::{Backend, StoreUrl};
use crate::cli::GlobalArgs;
use crate::cli::validate::ValidateArgs;
use crate::domain::en16931::{Finding, RuleSet, Severity};
use crate::error::{Error, Result};
use crate::io::file;
use crate::ops::invoice::validate::{
    self as v, Checked, CountPublicStructures, Kind, MAX_FILE_BYTES, Report,
};
use crate::ops::{Acting, secrets};
use crate::output::{self, Data, Format};

/// One invoice to check: a path, or what stdin held.
struct Input {
    name: String,
    path: Option<PathBuf>,
    bytes: Option<Vec<u8>>,
}

/// A checked file and how long it took (for JUnit).
struct Done {
    checked: Checked,
    seconds: f64,
}

/// How often NDJSON lines are flushed while reports keep coming.
const FLUSH_EVERY: std::time::Duration = std::time::Duration::from_millis(50);

pub fn run(g: &GlobalArgs, a: ValidateArgs) -> Result<()> {
    let started = Instant::now();
    let format = Format::from(g.format).resolve();
    let now = secrets::now()?;
    let inputs = inputs(&a)?;
    let sets = crate::cli::validate::rule_sets(&a.rules);
    let note = |m: &str| {
        if !g.quiet {
            let _ = writeln!(io::stderr(), "{}", output::safe::terminal(m));
        }
    };
    let (mut directory, store_note) = directory(g)?;

    let streaming = format == Format::Ndjson;
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut reports: Vec<(Report, f64)> = Vec::new();
    let (mut invalid, mut errors, mut warnings) = (0, 0, 0);
    let mut closed = false;
    let mut flushed = Instant::now();
    parallel::for_each_ordered(
        &inputs,
        parallel::cores(),
        |input| {
            let start = Instant::now();
            let checked = check(input, &now, &sets);
            Done {
                checked,
                seconds: start.elapsed().as_secs_f64(),
            }
        },
        |_, done| {
            let Checked {
                mut report,
                routing,
            } = done.checked;
            if let (Some(backend), Some(routing)) = (directory.as_mut(), routing) {
                v::add_routing(&mut report, backend.call(routing)?);
            }
            report.settle(a.warnings_as_errors);
            invalid += usize::from(!report.valid);
            errors += report.errors();
            warnings += report.warnings();
            if streaming && !closed {
                // Lines are written as files complete and flushed when FLUSH_EVERY has passed
                // since the last flush (and at the end): a flush per report would cost a
                // system call per file.
                let written = serde_json::to_writer(&mut out, &report)
                    .map_err(io::Error::from)
                    .and_then(|_| out.write_all(b"\n"))
                    .and_then(|_| {
                        if flushed.elapsed() < FLUSH_EVERY {
                            return Ok(());
                        }
                        flushed = Instant::now();
                        out.flush()
                    });
                match written {
                    Err(e) if e.kind() == io::ErrorKind::BrokenPipe => closed = true,
                    other => other?,
                }
            } else if !streaming {
                reports.push((report, done.seconds));
            }
            Ok(true)
        },
    )?;

    if streaming && !closed {
        match out.flush() {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
            other => other?,
        }
    }
    if !streaming {
        let written = match format {
            Format::Junit => {
                let xml = junit(
                    &reports,
                    &sets,
                    started.elapsed().as_secs_f64(),
                    &now,
                    a.warnings_as_errors,
                );
                out.write_all(xml.as_bytes()).and_then(|_| out.flush())
            }
            Format::Table => {
                let rows = reports.iter().map(|(r, _)| table_row(r)).collect();
                output::render(&Data::List(rows), Format::Table, None, &mut out)
            }
            f => {
                let rows = reports
                    .iter()
                    .map(|(r, _)| serde_json::to_value(r))
                    .collect::<serde_json::Result<Vec<Value>>>()?;
                output::render(&Data::List(rows), f, None, &mut out)
            }
        };
        match written {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
            other => other?,
        }
    }

    let total = inputs.len();
    note(&format!(
        "{total} invoice(s) checked in {:.2} s by the rules {}: {} valid, {invalid} invalid ({errors} error(s), {warnings} warning(s)); {store_note}",
        started.elapsed().as_secs_f64(),
        sets.iter().map(|s| s.name()).collect::<Vec<_>>().join(", "),
        total - invalid,
    ));
    if invalid > 0 {
        return Err(Error::invalid(
            "invoices_invalid",
            format!("{invalid} of {total} invoice(s) invalid"),
        ));
    }
    Ok(())
}

/// The files named on the command line, then those of the manifest.
fn inputs(a: &ValidateArgs) -> Result<Vec<Input>> {
    let stdin_file = a.files.iter().any(|f| f.as_os_str() == "-");
    let stdin_batch = a.batch.as_ref().is_some_and(|b| b.as_os_str() == "-");
    if stdin_file && stdin_batch {
        return Err(Error::usage(
            "stdin_twice",
            "stdin cannot hold both an invoice (-) and the manifest (--batch -)",
        ));
    }
    let mut inputs = Vec::new();
    for f in &a.files {
        if f.as_os_str() == "-" {
            inputs.push(Input {
                name: "-".into(),
                path: None,
                bytes: Some(file::read_bounded(f, MAX_FILE_BYTES)?),
            });
        } else {
            inputs.push(path_input(f.clone()));
        }
    }
    if let Some(batch) = &a.batch {
        inputs.extend(manifest(batch)?);
    }
    if inputs.is_empty() {
        return Err(Error::usage(
            "no_invoice",
            "name the invoices to validate: FILE… or --batch MANIFEST",
        )
        .hint("e.g. chorus invoice validate facture.pdf, or find . -name '*.pdf' | chorus invoice validate --batch -"));
    }
    Ok(inputs)
}

fn path_input(path: PathBuf) -> Input {
    Input {
        name: path.display().to_string(),
        path: Some(path),
        bytes: None,
    }
}

/// A manifest: a CSV whose header has a `file` column, else one path per line (blank lines
/// and `#` comments skipped). Relative paths are relative to the manifest's folder (stdin: the
/// current folder); absolute paths are taken as they are. Unlike a deposit manifest (whose
/// files are sent to a recipient, see [`file::ManifestPaths`]), validation only reads a file and
/// reports on it here, so a manifest may name any file its user can read (the official
/// conformance kit lists absolute paths).
fn manifest(path: &Path) -> Result<Vec<Input>> {
    let (bytes, base) = if path.as_os_str() == "-" {
        (
            file::read_bounded(path, file::MAX_MANIFEST_BYTES)?,
            PathBuf::new(),
        )
    } else {
        let bytes = file::read_bounded(path, file::MAX_MANIFEST_BYTES).map_err(|e| {
            if e.code == "file_not_found" {
                Error::not_found("manifest_not_found", format!("the manifest: {}", e.message))
            } else {
                e
            }
        })?;
        (
            bytes,
            path.parent().map(Path::to_path_buf).unwrap_or_default(),
        )
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        Error::invalid(
            "manifest_unreadable",
            format!("the manifest {} is not UTF-8 text: {e}", path.display()),
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let resolve = |entry: &str| path_input(base.join(entry));
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let column = reader
        .headers()
        .ok()
        .and_then(|h| h.iter().position(|c| c.trim().eq_ignore_ascii_case("file")));
    let Some(column) = column else {
        return Ok(text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(resolve)
            .collect());
    };
    let mut inputs = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            Error::invalid(
                "manifest_csv",
                format!("the manifest's line {line} is not CSV: {e}"),
            )
        })?;
        match record.get(column).map(str::trim) {
            Some(entry) if !entry.is_empty() => inputs.push(resolve(entry)),
            _ => {}
        }
    }
    Ok(inputs)
}

/// Reads and checks one input (on a worker thread).
fn check(input: &Input, now: &str, sets: &[RuleSet]) -> Checked {
    if let Some(bytes) = &input.bytes {
        return v::check_file(&input.name, bytes, now, sets);
    }
    let path = input.path.as_deref().unwrap_or(Path::new(""));
    let unreadable = |e: std::io::Error| {
        v::refused(
            &input.name,
            Kind::Unknown,
            "file_not_found",
            format!("cannot read {}: {e}", input.name),
        )
    };
    match std::fs::metadata(path) {
        Err(e) => return unreadable(e),
        Ok(m) if m.is_dir() => {
            return v::refused(
                &input.name,
                Kind::Unknown,
                "file_is_folder",
                format!(
                    "{} is a folder: name the files (or list them with --batch)",
                    input.name
                ),
            );
        }
        Ok(_) => {}
    }
    match file::read_bounded(path, MAX_FILE_BYTES) {
        Ok(bytes) => v::check_file(&input.name, &bytes, now, sets),
        Err(e) => v::refused(&input.name, Kind::Unknown, &e.code, e.message),
    }
}

/// The store to check routing against, and what the summary says about it. Never created:
/// `--store` / CHORUS_STORE when the file exists (or is a remote store), else the default store when it exists and
/// holds public structures; opened read-only.
fn directory(g: &GlobalArgs) -> Result<(Option<Backend>, String)> {
    let acting = match g.as_account.as_deref().map(str::trim) {
        Some(email) if !email.is_empty() => Acting::Account(email.to_string()),
        _ => Acting::Operator,
    };
    if let Some(url) = g.store.as_deref().filter(|s| !s.is_empty()) {
        let path = match StoreUrl::parse(url)? {
            StoreUrl::Local(path) => path,
            remote => {
                let summary = format!("routing checked against {remote}");
                return Ok((Some(super::session::backend(g, remote)?), summary));
            }
        };
        if !path.exists() {
            return Ok((
                None,
                format!(
                    "store {} does not exist: routing not checked",
                    path.display()
                ),
            ));
        }
        let backend = Backend::local_read_only(path.clone(), acting);
        return Ok((
            Some(backend),
            format!("routing checked against {}", path.display()),
        ));
    }
    let Ok(path) = super::default_store_path() else {
        return Ok((None, "no store: routing not checked".into()));
    };
    if !path.is_file() {
        return Ok((None, "no store: routing not checked".into()));
    }
    let mut backend = Backend::local_read_only(path.clone(), acting);
    match backend.call(CountPublicStructures {}) {
        Ok(n) if n > 0 => Ok((
            Some(backend),
            format!("routing checked against {}", path.display()),
        )),
        Ok(_) => Ok((
            None,
            format!(
                "the default store {} holds no public structure: routing not checked",
                path.display()
            ),
        )),
        Err(e) => Ok((
            None,
            format!(
                "the default store {} cannot be read ({}): routing not checked",
                path.display(),
                e.message
            ),
        )),
    }
}

/// A report as a table row: its violations one per line.
fn table_row(r: &Report) -> Value {
    let violations: Vec<String> = r
        .violations
        .iter()
        .map(|f| {
            let severity = severity_name(f.severity);
            match &f.field {
                Some(field) => format!("{severity} {} [{field}]: {}", f.rule, f.message),
                None => format!("{severity} {}: {}", f.rule, f.message),
            }
        })
        .collect();
    json!({
        "file": r.file,
        "valid": if r.valid { "yes" } else { "no" },
        "profile": r.profile,
        "violations": violations.join("\n"),
    })
}

/// Text for XML: escaped, without the control characters XML 1.0 cannot hold.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

fn finding_line(f: &Finding) -> String {
    match &f.field {
        Some(field) => format!("{} [{field}]: {}", f.rule, f.message),
        None => format!("{}: {}", f.rule, f.message),
    }
}

/// The JUnit XML report, grouped by rule set: one testsuite per set that ran (`en16931`,
/// `chorus`, `fr-ctc`), one testcase per file in each. A testcase fails when the file breaks an
/// error rule of its set (with --warnings-as-errors: a warning too), or could not be read at
/// all; the <failure> lists them. The set's other warnings and the profile go to <system-out>.
fn junit(
    reports: &[(Report, f64)],
    sets: &[RuleSet],
    seconds: f64,
    now: &str,
    warnings_as_errors: bool,
) -> String {
    let timestamp = escape(now.trim_end_matches('Z'));
    let fails = |f: &&Finding| f.severity == Severity::Error || warnings_as_errors;
    let mut suites = String::new();
    let (mut tests, mut failures) = (0, 0);
    for set in sets {
        let name = set.name();
        let mut cases = String::new();
        let mut failed = 0;
        for (r, time) in reports {
            let own: Vec<&Finding> = (r.violations.iter())
                .filter(|f| f.set.is_none_or(|s| s == *set))
                .collect();
            let (fatal, other): (Vec<&Finding>, Vec<&Finding>) =
                own.into_iter().partition(|f| fails(f));
            cases.push_str(&format!(
                "    <testcase name=\"{}\" classname=\"{name}\" time=\"{time:.4}\"",
                escape(&r.file)
            ));
            let mut out = Vec::new();
            if let Some(p) = &r.profile {
                let syntax = r.syntax.as_deref().map(|s| format!(" ({s})"));
                out.push(format!("profile: {p}{}", syntax.unwrap_or_default()));
            }
            out.extend(other.iter().map(|f| format!("warning {}", finding_line(f))));
            if fatal.is_empty() && out.is_empty() {
                cases.push_str("/>\n");
                continue;
            }
            cases.push_str(">\n");
            if !fatal.is_empty() {
                failed += 1;
                let mut rules: Vec<&str> = fatal.iter().map(|f| f.rule.as_str()).collect();
                rules.dedup();
                let body: Vec<String> = (fatal.iter())
                    .map(|f| format!("{} {}", severity_name(f.severity), finding_line(f)))
                    .collect();
                cases.push_str(&format!(
                    "      <failure message=\"{}\" type=\"{}\">{}</failure>\n",
                    escape(&format!(
                        "{} violation(s): {}",
                        fatal.len(),
                        rules.join(", ")
                    )),
                    escape(&fatal[0].rule),
                    escape(&body.join("\n"))
                ));
            }
            if !out.is_empty() {
                cases.push_str(&format!(
                    "      <system-out>{}</system-out>\n",
                    escape(&out.join("\n"))
                ));
            }
            cases.push_str("    </testcase>\n");
        }
        suites.push_str(&format!(
            "  <testsuite name=\"{name}\" tests=\"{}\" failures=\"{failed}\" errors=\"0\" skipped=\"0\" time=\"{seconds:.3}\" timestamp=\"{timestamp}\">\n{cases}  </testsuite>\n",
            reports.len()
        ));
        tests += reports.len();
        failures += failed;
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"chorus invoice validate\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" time=\"{seconds:.3}\">\n{suites}</testsuites>\n"
    )
}

fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}
