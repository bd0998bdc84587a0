//! `chorus deposit --batch MANIFEST|-`: many deposits, each its own transaction (or one with
//! --atomic), PDFs analysed on every core while writes stay in input order. A re-run is
//! idempotent: every record carries a key (its `key` column, or one derived from the file, the
//! supplier and the number), and a known key with the same content reports `unchanged`.

use std::io::IsTerminal;
use std::path::Path;
use std::time::Instant;

use serde::Serialize;

use super::App;
use super::invoice::{deposit_op, read_file};
use crate::cli::invoice::DepositArgs;
use crate::error::{Error, Result};
use crate::io::file::ManifestPaths;
use crate::io::{self, Record};
use crate::ops::Operation;
use crate::ops::b64::NamedFile;
use crate::ops::invoice::deposit::{DepositInvoice, Deposited};

const COLUMNS: &[&str] = &[
    "file",
    "key",
    "supplier",
    "supplier_service",
    "recipient",
    "recipient_service",
    "engagement",
    "market",
    "number",
    "date",
    "type",
    "original_number",
    "currency",
    "vat_regime",
    "payment_mode",
    "total_excl_vat",
    "vat",
    "total_incl_vat",
    "amount_due",
    "framework",
    "validator",
    "attachments",
    "comment",
];

/// One record's outcome, printed as it completes.
#[derive(Debug, Serialize)]
pub struct Outcome {
    pub line: usize,
    pub file: String,
    /// created, unchanged, checked (--dry-run) or failed.
    pub result: &'static str,
    pub invoice_id: Option<i64>,
    pub number: Option<String>,
    pub status: Option<String>,
    pub errors: Vec<Problem>,
}

#[derive(Debug, Serialize)]
pub struct Problem {
    pub code: String,
    pub message: String,
}

fn problems(e: &Error) -> Vec<Problem> {
    if e.details.is_empty() {
        vec![Problem {
            code: e.code.clone(),
            message: e.message.clone(),
        }]
    } else {
        e.details
            .iter()
            .map(|d| Problem {
                code: d.rule.clone(),
                message: d.message.clone(),
            })
            .collect()
    }
}

fn parse<T: std::str::FromStr>(column: &str, value: &str) -> Result<T>
where
    T::Err: std::fmt::Display,
{
    value
        .parse()
        .map_err(|e| Error::invalid("manifest_value", format!("column {column}: {e}")))
}

/// A file a record names: inside the manifest's folder (see [`ManifestPaths`]), deposited
/// under the name the record gives it.
fn read_entry(paths: &ManifestPaths, entry: &str) -> Result<NamedFile> {
    let mut file = read_file(&paths.resolve(entry)?)?;
    if let Some(name) = Path::new(entry).file_name() {
        file.name = name.to_string_lossy().into_owned();
    }
    Ok(file)
}

/// Applies a record's columns on the deposit the flags describe.
fn build(base: &DepositInvoice, record: &Record, paths: &ManifestPaths) -> Result<DepositInvoice> {
    let mut op = base.clone();
    for (column, value) in &record.fields {
        if value.is_empty() {
            continue;
        }
        let v = Some(value.clone());
        match column.as_str() {
            "file" => {
                let f = read_entry(paths, value)?;
                (op.file_name, op.file) = (f.name, f.bytes);
            }
            "key" => op.key = v,
            "supplier" => op.supplier = v,
            "supplier_service" => op.supplier_service = v,
            "recipient" => op.recipient = v,
            "recipient_service" => op.recipient_service = v,
            "engagement" => op.engagement = v,
            "market" => op.market = v,
            "number" => op.number = v,
            "date" => op.date = v,
            "original_number" => op.original_number = v,
            "currency" => op.currency = v,
            "comment" => op.comment = v,
            "validator" => op.validator = v,
            "type" => op.invoice_type = Some(parse(column, value)?),
            "vat_regime" => op.vat_regime = Some(parse(column, value)?),
            "payment_mode" => op.payment_mode = Some(parse(column, value)?),
            "framework" => op.framework = Some(parse(column, value)?),
            "total_excl_vat" => op.total_excl_vat = Some(parse(column, value)?),
            "vat" => op.vat = Some(parse(column, value)?),
            "total_incl_vat" => op.total_incl_vat = Some(parse(column, value)?),
            "amount_due" => op.amount_due = Some(parse(column, value)?),
            "attachments" => {
                op.attachments = value
                    .split(';')
                    .filter(|p| !p.trim().is_empty())
                    .map(|p| read_entry(paths, p.trim()))
                    .collect::<Result<_>>()?;
            }
            _ => {}
        }
    }
    if op.file.is_empty() && op.file_name.is_empty() {
        return Err(Error::invalid(
            "manifest_file_missing",
            "the record names no file",
        ));
    }
    if op.key.is_none() {
        op.key = Some(String::new());
    }
    Ok(op)
}

fn outcome(record: &Record, result: Result<Deposited>, dry_run: bool) -> Outcome {
    let file = record.fields.get("file").cloned().unwrap_or_default();
    match result {
        Ok(d) if dry_run && !d.violations.is_empty() => Outcome {
            line: record.line,
            file,
            result: "failed",
            invoice_id: None,
            number: Some(d.invoice.number),
            status: None,
            errors: d
                .violations
                .iter()
                .map(|v| Problem {
                    code: v.rule.clone(),
                    message: v.message.clone(),
                })
                .collect(),
        },
        Ok(d) => Outcome {
            line: record.line,
            file,
            result: if dry_run {
                "checked"
            } else if d.unchanged {
                "unchanged"
            } else {
                "created"
            },
            invoice_id: (!dry_run).then_some(d.invoice.id),
            number: Some(d.invoice.number),
            status: (!dry_run).then(|| d.invoice.status.to_string()),
            errors: Vec::new(),
        },
        Err(e) => Outcome {
            line: record.line,
            file,
            result: "failed",
            invoice_id: None,
            number: None,
            status: None,
            errors: problems(&e),
        },
    }
}

fn progress(app: &App, args: &DepositArgs, total: usize) -> Option<indicatif::ProgressBar> {
    if app.quiet || app.no_progress || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(total as u64);
    let style = indicatif::ProgressStyle::with_template(
        "{bar:40} {pos}/{len} invoices · {per_sec:0} · ETA {eta} · {msg}",
    )
    .ok()?;
    bar.set_style(style);
    bar.set_message(if args.dry_run { "checking" } else { "0 failed" });
    Some(bar)
}

pub fn deposit_batch(app: &mut App, manifest: &Path, args: DepositArgs) -> Result<()> {
    let started = Instant::now();
    let text = io::read_manifest(manifest)?;
    let format = io::format_of(manifest, &text, args.input_format.as_deref())?;
    let records = io::records(&text, format, "file")?;
    // Unknown columns stop the batch before anything is deposited.
    let mut unknown: Vec<&String> = records
        .iter()
        .flat_map(|r| r.fields.keys())
        .filter(|k| !COLUMNS.contains(&k.as_str()))
        .collect();
    unknown.sort();
    unknown.dedup();
    if !unknown.is_empty() {
        let names: Vec<&str> = unknown.iter().map(|s| s.as_str()).collect();
        return Err(Error::usage(
            "manifest_columns",
            format!("unknown manifest column(s): {}", names.join(", ")),
        )
        .hint(format!("known columns: {}", COLUMNS.join(", "))));
    }
    if records.iter().any(|r| !r.fields.contains_key("file")) {
        return Err(Error::usage(
            "manifest_columns",
            "the manifest needs a `file` column",
        ));
    }
    let paths = ManifestPaths::new(manifest, args.allow_absolute_paths)?;
    let base = deposit_op(&args)?;
    let jobs = args.jobs.unwrap_or_else(super::parallel::cores);
    let bar = progress(app, &args, records.len());
    if bar.is_some()
        && let crate::backend::Backend::Remote(remote) = &mut app.backend
    {
        remote.without_upload_bars();
    }

    // Workers read and analyse files ahead; records are written in input order.
    let mut outcomes: Vec<Outcome> = Vec::new();
    let streaming = app.format == crate::output::Format::Ndjson;
    let (mut failed, mut stopped) = (0usize, false);
    // The store itself failing (unreachable, busy too long) fails every record alike: stop.
    let mut store_down: Option<Error> = None;
    let mut prepared: Vec<(usize, DepositInvoice)> = Vec::new();
    super::parallel::for_each_ordered(
        &records,
        jobs,
        |record| build(&base, record, &paths).and_then(|mut op| op.prepare().map(|_| op)),
        |i, op| {
            let record = &records[i];
            if args.atomic {
                match op {
                    Ok(op) => prepared.push((i, op)),
                    Err(e) => {
                        failed += 1;
                        outcomes.push(outcome(record, Err(e), false));
                    }
                }
                return Ok(true);
            }
            let result = op.and_then(|op| app.call(op));
            if let Err(e) = &result
                && e.kind == crate::error::ErrorKind::Unavailable
            {
                store_down = Some(e.clone());
            }
            let o = outcome(record, result, args.dry_run);
            let fail = o.result == "failed";
            failed += usize::from(fail);
            if let Some(bar) = &bar {
                bar.set_message(format!("{failed} failed"));
                bar.inc(1);
            }
            if streaming {
                match &bar {
                    Some(b) => b.suspend(|| app.emit(&o))?,
                    None => app.emit(&o)?,
                }
            }
            outcomes.push(o);
            stopped = (fail && args.stop_on_error) || store_down.is_some();
            Ok(!stopped)
        },
    )?;
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    if args.atomic {
        atomic(app, &records, prepared, &mut outcomes, &mut failed);
        outcomes.sort_by_key(|o| o.line);
        if streaming {
            for o in &outcomes {
                app.emit(o)?;
            }
        }
    }
    if !streaming {
        app.emit(&outcomes)?;
    }
    let stop = match &store_down {
        Some(e) => Some(Stop::StoreDown(e)),
        None => stopped.then_some(Stop::FirstFailure),
    };
    summary(app, &outcomes, records.len(), failed, stop, started);
    if let Some(e) = store_down {
        return Err(
            e.hint("the records reported created are stored; run the batch again to finish it")
        );
    }
    if failed > 0 {
        return Err(Error::invalid(
            "batch_failed",
            format!("{failed} of {} record(s) failed", records.len()),
        ));
    }
    Ok(())
}

/// --atomic: every prepared record in one transaction, or none.
fn atomic(
    app: &mut App,
    records: &[Record],
    prepared: Vec<(usize, DepositInvoice)>,
    outcomes: &mut Vec<Outcome>,
    failed: &mut usize,
) {
    let indexes: Vec<usize> = prepared.iter().map(|(i, _)| *i).collect();
    if *failed > 0 {
        for i in indexes {
            outcomes.push(rolled_back(&records[i], "another record could not be read"));
        }
        *failed = records.len();
        return;
    }
    match app
        .backend
        .call_all(prepared.into_iter().map(|(_, op)| op).collect())
    {
        Ok(done) => {
            for (i, d) in indexes.into_iter().zip(done) {
                outcomes.push(outcome(&records[i], Ok(d), false));
            }
        }
        Err((bad, e)) => {
            let bad_line = records[indexes[bad]].line;
            for (k, i) in indexes.into_iter().enumerate() {
                outcomes.push(if k == bad {
                    outcome(&records[i], Err(e.clone()), false)
                } else {
                    rolled_back(&records[i], &format!("line {bad_line} failed"))
                });
            }
            *failed = records.len();
        }
    }
}

fn rolled_back(record: &Record, why: &str) -> Outcome {
    Outcome {
        line: record.line,
        file: record.fields.get("file").cloned().unwrap_or_default(),
        result: "failed",
        invoice_id: None,
        number: None,
        status: None,
        errors: vec![Problem {
            code: "atomic_rollback".into(),
            message: format!("not deposited: the batch is atomic and {why}"),
        }],
    }
}

/// Why a batch stopped before its last record.
enum Stop<'a> {
    /// --stop-on-error, at a failed record.
    FirstFailure,
    /// The store failed (server gone, busy too long): every record would fail alike.
    StoreDown(&'a Error),
}

fn summary(
    app: &App,
    outcomes: &[Outcome],
    total: usize,
    failed: usize,
    stop: Option<Stop>,
    started: Instant,
) {
    let count = |r: &str| outcomes.iter().filter(|o| o.result == r).count();
    let mut line = format!(
        "{total} record(s): {} created, {} unchanged, {failed} failed",
        count("created"),
        count("unchanged")
    );
    if count("checked") > 0 {
        line = format!(
            "{total} record(s): {} checked, {failed} failed (dry run: nothing stored)",
            count("checked")
        );
    }
    match stop {
        Some(Stop::FirstFailure) => {
            line.push_str(" — stopped at the first failure (--stop-on-error)")
        }
        Some(Stop::StoreDown(e)) => line.push_str(&format!(
            " — stopped: the store failed ({}), {} record(s) not tried",
            e.code,
            total.saturating_sub(outcomes.len())
        )),
        None => {}
    }
    app.note(&format!(
        "{line} in {:.1} s",
        started.elapsed().as_secs_f64()
    ));
}
