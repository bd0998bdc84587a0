use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::App;
use super::invoice::read_file;
use crate::cli::works::{DepositArgs, RoleArg, WorksCmd};
use crate::error::{Error, Result};
use crate::io::file;
use crate::ops::b64::NamedFile;
use crate::ops::works::FileDetail;
use crate::ops::works::deposit::DepositWorksPiece;
use crate::ops::works::file::{CreateWorksFile, DownloadWorksFile, ShowWorksFile};
use crate::ops::works::lifecycle::{DecideWorksPiece, ProcessWorksPiece, RecycleWorksPiece};
use crate::ops::works::read::{ListRole, ListWorksPieces, WorksTodo};
use crate::output::Format;

/// The columns of piece lists on a table (other formats keep every field).
const LIST_COLUMNS: &[&str] = &[
    "id",
    "file_id",
    "market_number",
    "framework",
    "number",
    "status",
    "depositor.identifier",
    "associated_id",
    "amounts.total_incl_vat",
    "status_at",
];
const TODO_COLUMNS: &[&str] = &[
    "id",
    "file_id",
    "framework",
    "number",
    "status",
    "awaiting",
    "action",
    "status_at",
];

fn deposit(app: &mut App, a: DepositArgs) -> Result<()> {
    let pdf = read_file(&a.pdf)?;
    let attachments = a
        .attachments
        .iter()
        .map(|p| read_file(p))
        .collect::<Result<_>>()?;
    app.run(DepositWorksPiece {
        file_id: a.dossier,
        file_name: pdf.name,
        file: pdf.bytes,
        framework: a.framework,
        associate: a.associate,
        structure: a.structure,
        number: a.number,
        date: a.date,
        currency: a.currency,
        total_excl_vat: a.amounts.total_excl_vat,
        vat: a.amounts.vat,
        total_incl_vat: a.amounts.total_incl_vat,
        amount_due: a.amounts.amount_due,
        attachments,
        comment: a.comment,
        read: None,
    })
}

pub fn run(app: &mut App, cmd: WorksCmd) -> Result<()> {
    match cmd {
        WorksCmd::Create(a) => app.run(CreateWorksFile {
            market: a.market,
            title: a.title,
            supplier: a.supplier,
            supplier_service: a.supplier_service,
            moe: a.moe,
            moe_service: a.moe_service,
            moa: a.moa,
            moa_service: a.moa_service,
            engagement: a.engagement,
            subcontractors: a.subcontractors,
            cocontractors: a.cocontractors,
            group: a.group,
        }),
        WorksCmd::Deposit(a) => deposit(app, *a),
        WorksCmd::Show { id } => {
            let shown = app.call(ShowWorksFile { id })?;
            if app.format.resolve() == Format::Table {
                app.emit(&consultation(shown))
            } else {
                app.emit(&shown)
            }
        }
        WorksCmd::List(a) => app.run_columns(
            ListWorksPieces {
                role: a.role.map(|r| match r {
                    RoleArg::Supplier => ListRole::Supplier,
                    RoleArg::Moe => ListRole::Moe,
                    RoleArg::Moa => ListRole::Moa,
                    RoleArg::Validator => ListRole::Validator,
                    RoleArg::Subcontractor => ListRole::Subcontractor,
                    RoleArg::Cocontractor => ListRole::Cocontractor,
                }),
                status: a.status,
                market: a.market,
                file: a.dossier,
            },
            LIST_COLUMNS,
        ),
        WorksCmd::Process { id, status, reason } => {
            app.run(ProcessWorksPiece { id, status, reason })
        }
        WorksCmd::Approve { id } => app.run(DecideWorksPiece {
            id,
            approve: true,
            reason: None,
        }),
        WorksCmd::Refuse { id, reason } => app.run(DecideWorksPiece {
            id,
            approve: false,
            reason: Some(reason),
        }),
        WorksCmd::Recycle {
            id,
            structure,
            service,
            comment,
        } => app.run(RecycleWorksPiece {
            id,
            structure,
            service,
            comment,
        }),
        WorksCmd::Todo => app.run_columns(WorksTodo {}, TODO_COLUMNS),
        WorksCmd::Download { id, output, force } => {
            let files = app.call(DownloadWorksFile { id })?;
            write_into(app, &output, &files, force)
        }
    }
}

/// The dossier for a person at a terminal: its parties, one line per piece, then every
/// status change of every piece in order.
fn consultation(d: FileDetail) -> serde_json::Value {
    let mut history = Vec::new();
    let pieces: Vec<serde_json::Value> = d
        .pieces
        .iter()
        .map(|p| {
            let w = &p.piece;
            for h in &p.history {
                history.push(serde_json::json!({
                    "piece": w.id, "cadre": w.framework.short(), "status": h.status,
                    "at": h.at, "by": h.by, "comment": h.comment,
                }));
            }
            serde_json::json!({
                "id": w.id, "cadre": w.framework.short(), "number": w.number,
                "depositor": w.depositor.name, "follows": w.associated_id, "status": w.status,
                "total_incl_vat": w.amounts.total_incl_vat, "amount_due": w.amounts.amount_due,
                "date": w.date,
            })
        })
        .collect();
    history.sort_by(|a, b| a["at"].as_str().cmp(&b["at"].as_str()));
    let mut v = serde_json::to_value(&d.file).unwrap_or_default();
    v["pieces"] = pieces.into();
    v["history"] = history.into();
    v
}

/// Writes downloaded files into a folder (created if missing) under their safe base names, and
/// lists them. An existing file is kept unless `force`: then nothing is written.
pub fn write_into(app: &App, dir: &Path, files: &[NamedFile], force: bool) -> Result<()> {
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::internal(format!("cannot create {}: {e}", dir.display())))?;
    let mut taken = HashSet::new();
    let placed: Vec<(PathBuf, &[u8])> = files
        .iter()
        .map(|f| (file::place(dir, &f.name, &mut taken), f.bytes.as_slice()))
        .collect();
    file::write_set(&placed, force)?;
    let written: Vec<_> = placed
        .iter()
        .map(|(p, b)| serde_json::json!({"file": p.display().to_string(), "size": b.len()}))
        .collect();
    app.emit(&written)
}
