use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::App;
use crate::cli::GlobalArgs;
use crate::cli::invoice::{DepositArgs, InvoiceCmd, ListArgs};
use crate::error::{Error, Result};
use crate::io::file;
use crate::ops::b64::NamedFile;
use crate::ops::invoice::deposit::{DepositInvoice, analyse_pdf};
use crate::ops::invoice::entry::{self, CreateInvoice, InvoiceInput};
use crate::ops::invoice::lifecycle::*;
use crate::ops::invoice::read::*;
use crate::output::{self, Data};

/// The columns of invoice lists on a table (other formats keep every field).
const LIST_COLUMNS: &[&str] = &[
    "id",
    "number",
    "status",
    "type",
    "date",
    "supplier.identifier",
    "recipient.identifier",
    "recipient.service_code",
    "amounts.total_incl_vat",
    "currency",
    "status_at",
];
const TODO_COLUMNS: &[&str] = &[
    "id",
    "action",
    "number",
    "status",
    "supplier.identifier",
    "recipient.identifier",
    "amounts.total_incl_vat",
    "status_at",
];

/// Reads a file to deposit (a PDF, an attachment), or stdin for `-`, within the size any
/// deposit may carry.
pub fn read_file(path: &Path) -> Result<NamedFile> {
    let bytes = file::read_bounded(path, file::MAX_DEPOSIT_FILE_BYTES)?;
    let name = if path.as_os_str() == "-" {
        "stdin.pdf".into()
    } else {
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    Ok(NamedFile { name, bytes })
}

fn read_all(paths: &[PathBuf]) -> Result<Vec<NamedFile>> {
    paths.iter().map(|p| read_file(p)).collect()
}

fn role(r: Option<String>) -> Option<InvoiceRole> {
    match r.as_deref() {
        Some("supplier") => Some(InvoiceRole::Supplier),
        Some("recipient") => Some(InvoiceRole::Recipient),
        Some("validator") => Some(InvoiceRole::Validator),
        _ => None,
    }
}

/// The deposit the flags describe, without its file.
pub fn deposit_op(a: &DepositArgs) -> Result<DepositInvoice> {
    Ok(DepositInvoice {
        supplier: a.supplier.clone(),
        supplier_service: a.supplier_service.clone(),
        recipient: a.recipient.clone(),
        recipient_service: a.recipient_service.clone(),
        engagement: a.engagement.clone(),
        market: a.market.clone(),
        number: a.number.clone(),
        date: a.date.clone(),
        invoice_type: a.invoice_type,
        original_number: a.original_number.clone(),
        currency: a.currency.clone(),
        vat_regime: a.vat_regime,
        payment_mode: a.payment_mode,
        total_excl_vat: a.amounts.total_excl_vat,
        vat: a.amounts.vat,
        total_incl_vat: a.amounts.total_incl_vat,
        amount_due: a.amounts.amount_due,
        framework: a.framework,
        validator: a.validator.clone(),
        attachments: read_all(&a.attachments)?,
        comment: a.comment.clone(),
        draft: a.draft,
        dry_run: a.dry_run,
        key: a.key.clone(),
        ..Default::default()
    })
}

pub fn deposit(app: &mut App, a: DepositArgs) -> Result<()> {
    if let Some(manifest) = a.batch.clone() {
        return super::batch::deposit_batch(app, &manifest, a);
    }
    let file = read_file(a.file.as_deref().unwrap_or(Path::new("-")))?;
    let out = app.call(DepositInvoice {
        file_name: file.name,
        file: file.bytes,
        ..deposit_op(&a)?
    })?;
    for w in &out.warnings {
        app.note(&format!("warning: {w}"));
    }
    app.emit(&out)?;
    if out.dry_run && !out.violations.is_empty() {
        return Err(Error::violations(out.violations).hint("dry run: nothing was stored"));
    }
    if out.unchanged {
        app.note(&format!(
            "Invoice {} was already deposited with this key (id {}): unchanged.",
            out.invoice.number, out.invoice.id
        ));
    } else if !out.dry_run {
        app.note(&format!(
            "Invoice {} deposited as {} (id {}).",
            out.invoice.number, out.invoice.status, out.invoice.id
        ));
    }
    Ok(())
}

/// One file's analysis as `invoice analyse` prints it.
#[derive(serde::Serialize)]
struct AnalysisRecord {
    file: String,
    ok: bool,
    analysis: Option<crate::ops::invoice::deposit::Analysis>,
    fields: Option<crate::domain::invoice::DocumentFields>,
    error: Option<serde_json::Value>,
}

fn analysis_record(path: &Path) -> AnalysisRecord {
    let file = path.display().to_string();
    match read_file(path).and_then(|f| analyse_pdf(&f.bytes)) {
        Ok((analysis, fields)) => AnalysisRecord {
            file,
            ok: true,
            analysis: Some(analysis),
            fields: Some(fields),
            error: None,
        },
        Err(e) => AnalysisRecord {
            file,
            ok: false,
            analysis: None,
            fields: None,
            error: Some(serde_json::json!({"code": e.code, "message": e.message})),
        },
    }
}

/// `invoice analyse`: files are read on every core; records come out in input order, streamed
/// as they complete under NDJSON (serialised by the workers, written by one buffered writer).
fn analyse(app: &App, files: &[PathBuf]) -> Result<()> {
    let streaming = app.format == crate::output::Format::Ndjson;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let (mut refused, mut records) = (0, Vec::new());
    let written = super::parallel::for_each_ordered(
        files,
        super::parallel::cores(),
        |path| {
            let record = analysis_record(path);
            let line = if streaming {
                serde_json::to_string(&record).ok()
            } else {
                None
            };
            (record, line)
        },
        |_, (record, line)| {
            refused += usize::from(!record.ok);
            match line {
                Some(line) => writeln!(out, "{line}")?,
                None => records.push(record),
            }
            Ok(true)
        },
    )
    .and_then(|_| Ok(out.flush()?));
    match written {
        // A closed pipe (`| head`) is not an error.
        Err(e) if e.message.contains("Broken pipe") => return Ok(()),
        other => other?,
    }
    drop(out);
    if !streaming {
        app.emit(&records)?;
    }
    if refused > 0 {
        return Err(Error::invalid(
            "files_refused",
            format!("{refused} of {} file(s) refused", files.len()),
        ));
    }
    Ok(())
}

/// The JSON of `invoice create`, read as create reads it (same bound, same message).
fn read_entry(from: &Path) -> Result<InvoiceInput> {
    let bytes = file::read_bounded(from, file::MAX_DOCUMENT_BYTES)?;
    serde_json::from_slice(&bytes).map_err(|e| {
        Error::invalid("invoice_json", format!("{}: {e}", from.display()))
            .hint("see examples/invoice.json for the expected fields")
    })
}

/// `invoice render`: the entry's PDF, with no store, written as downloads are.
pub fn render(g: &GlobalArgs, from: &Path, output: &Path, force: bool) -> Result<()> {
    let input = read_entry(from)?;
    let r = entry::render(&input, &crate::ops::secrets::now()?)?;
    file::write_new(output, &r.pdf, force)?;
    let a = &r.content.amounts;
    let shown = if output.as_os_str() == "-" {
        "stdout".to_string()
    } else {
        output.display().to_string()
    };
    if !g.quiet {
        let note = format!(
            "Invoice {} rendered to {shown}: {} excl. VAT, {} VAT, {} incl. VAT, {} due ({}).",
            r.content.number,
            a.total_excl_vat,
            a.vat,
            a.total_incl_vat,
            a.amount_due,
            r.content.currency
        );
        let _ = writeln!(std::io::stderr(), "{}", output::safe::terminal(&note));
    }
    if output.as_os_str() == "-" {
        return Ok(());
    }
    let record = serde_json::json!({
        "file": shown,
        "number": r.content.number,
        "currency": r.content.currency,
        "totals": a,
        "size": r.pdf.len(),
        "sha256": crate::store::invoices::sha256_hex(&r.pdf),
    });
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    match output::render(&Data::Record(record), g.format.into(), None, &mut stdout) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

fn list(a: ListArgs) -> ListInvoices {
    ListInvoices {
        statuses: a.status,
        number: a.number,
        supplier: a.supplier,
        recipient: a.recipient,
        service: a.service,
        date_from: a.from,
        date_to: a.to,
        deposited_from: a.deposited_from,
        deposited_to: a.deposited_to,
        min_amount: a.min_amount,
        max_amount: a.max_amount,
        role: role(a.role),
        archived: a.archived,
        limit: Some(a.limit).filter(|n| *n > 0),
        offset: a.offset,
    }
}

pub fn run(app: &mut App, cmd: InvoiceCmd) -> Result<()> {
    match cmd {
        InvoiceCmd::Create { from, draft } => {
            let input = read_entry(&from)?;
            let out = app.call(CreateInvoice { input, draft })?;
            app.emit(&out)?;
            app.note(&format!(
                "Invoice {} created as {} (id {}).",
                out.invoice.number, out.invoice.status, out.invoice.id
            ));
            Ok(())
        }
        InvoiceCmd::Analyse { files } => analyse(app, &files),
        InvoiceCmd::Render { .. } => Err(Error::internal("invoice render is run by commands::run")),
        InvoiceCmd::Validate(_) => Err(Error::internal("invoice validate is run by commands::run")),
        InvoiceCmd::Show { id } => app.run(ShowInvoice { id }),
        InvoiceCmd::Status { id } => app.run(InvoiceStatusHistory { id }),
        InvoiceCmd::List(a) => app.run_columns(list(*a), LIST_COLUMNS),
        InvoiceCmd::Dashboard { role: r } => app.run(InvoiceDashboard { role: role(r) }),
        InvoiceCmd::Todo { limit } => app.run_columns(
            InvoiceTodo {
                limit: Some(limit).filter(|n| *n > 0),
            },
            TODO_COLUMNS,
        ),
        InvoiceCmd::Process {
            id,
            status,
            reason,
            mandate_number,
        } => app.run(ProcessInvoice {
            id,
            status,
            reason,
            mandate_number,
        }),
        InvoiceCmd::Recycle {
            id,
            recipient,
            recipient_service,
            engagement,
        } => app.run(RecycleInvoice {
            id,
            recipient,
            recipient_service,
            engagement,
        }),
        InvoiceCmd::Complete {
            id,
            attachments,
            comment,
        } => {
            let attachments = read_all(&attachments)?;
            app.run(CompleteInvoice {
                id,
                attachments,
                comment,
            })
        }
        InvoiceCmd::Approve { id } => app.run(ValidateInvoice {
            id,
            approve: true,
            reason: None,
        }),
        InvoiceCmd::Refuse { id, reason } => app.run(ValidateInvoice {
            id,
            approve: false,
            reason: Some(reason),
        }),
        InvoiceCmd::Update(a) => app.run(UpdateDraft {
            id: a.id,
            number: a.number,
            date: a.date,
            recipient: a.recipient,
            recipient_service: a.recipient_service,
            engagement: a.engagement,
            market: a.market,
            original_number: a.original_number,
            comment: a.comment,
            total_excl_vat: a.amounts.total_excl_vat,
            vat: a.amounts.vat,
            total_incl_vat: a.amounts.total_incl_vat,
            amount_due: a.amounts.amount_due,
        }),
        InvoiceCmd::Submit { id } => app.run(SubmitDraft { id }),
        InvoiceCmd::Delete { id } => {
            app.confirm(&format!("Delete draft {id}?"))?;
            app.run(DeleteDraft { id })
        }
        InvoiceCmd::Download {
            id,
            output,
            with_attachments,
            force,
        } => {
            let d = app.call(DownloadInvoice {
                id,
                with_attachments,
            })?;
            // Only -o chooses a path; the stored names are reduced to safe base names.
            let mut taken = HashSet::new();
            let path = match output {
                Some(path) => {
                    taken.insert(path.clone());
                    path
                }
                None => file::place(Path::new(""), &d.file.name, &mut taken),
            };
            let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
            let mut files = vec![(path.clone(), d.file.bytes.as_slice())];
            for a in &d.attachments {
                files.push((file::place(&dir, &a.name, &mut taken), a.bytes.as_slice()));
            }
            file::write_set(&files, force)?;
            let written: Vec<_> = files
                .iter()
                .map(|(p, b)| serde_json::json!({"file": p.display().to_string(), "size": b.len()}))
                .collect();
            if path.as_os_str() != "-" {
                app.emit(&written)?;
            }
            Ok(())
        }
        InvoiceCmd::Certificate { id, output, force } => {
            let c = app.call(InvoiceCertificate { id })?;
            file::write_new(&output, &c.bytes, force)?;
            if output.as_os_str() != "-" {
                app.emit(&serde_json::json!({"file": output.display().to_string(), "size": c.bytes.len()}))?;
            }
            Ok(())
        }
    }
}
