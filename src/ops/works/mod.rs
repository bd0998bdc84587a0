//! Works invoices: dossiers de facturation and their pieces. Who sees and acts on what, the
//! status moves with their events, and the validation delay. The chain itself (which cadre
//! follows which, who holds each status) is in `domain::works`.

pub mod deposit;
pub mod file;
pub mod lifecycle;
pub mod read;

use serde::{Deserialize, Serialize};

use crate::domain::AccessMode;
use crate::domain::works::{
    Holder, WorksFile, WorksFramework, WorksHistoryEntry, WorksPiece, WorksRole, WorksStatus,
};
use crate::error::{Error, Result};
use crate::ops::Context;
use crate::ops::invoice::rights::{covers, reach_space};
use crate::store::{
    self,
    works::{FileRow, PieceRow},
};

/// Every acting account needs this space on its structure.
pub const SPACE: &str = "works-invoices";

/// The parts the actor plays in a dossier, each with its structure.
pub type Roles = Vec<(WorksRole, i64)>;

/// The parts the actor plays in a dossier with at least `need` on the works-invoices space of
/// the structure (and its service, for users limited to services).
pub fn roles(cx: &Context<'_>, f: &FileRow, need: AccessMode) -> Result<Roles> {
    let file = &f.file;
    let mut parties = vec![(
        WorksRole::Fournisseur,
        f.supplier_id,
        file.supplier.service_code.as_deref(),
    )];
    if let (Some(id), Some(moe)) = (f.moe_id, &file.moe) {
        parties.push((WorksRole::Moe, id, moe.service_code.as_deref()));
    }
    parties.push((WorksRole::Moa, f.moa_id, file.moa.service_code.as_deref()));
    parties.extend(f.members.iter().map(|(role, id)| (*role, *id, None)));
    let mut out = Vec::new();
    for (role, id, service) in parties {
        if reach_space(cx, id, SPACE, need)?.is_some_and(|r| covers(&r, service)) {
            out.push((role, id));
        }
    }
    Ok(out)
}

fn plays(roles: &Roles, role: WorksRole) -> bool {
    roles.iter().any(|(r, _)| *r == role)
}

fn file_not_found(id: i64) -> Error {
    Error::not_found(
        "works_file_not_found",
        format!("no dossier de facturation {id}"),
    )
    .hint("list the pieces you can see with `chorus works-file list`")
}

fn piece_not_found(id: i64) -> Error {
    Error::not_found("works_piece_not_found", format!("no works piece {id}"))
        .hint("list the pieces you can see with `chorus works-file list`")
}

/// Loads a dossier the actor plays a part in (4 otherwise, so existence does not leak).
pub fn visible_file(cx: &Context<'_>, id: i64) -> Result<(FileRow, Roles)> {
    let file = store::works::file_by_id(cx.db, id)?.ok_or_else(|| file_not_found(id))?;
    let roles = roles(cx, &file, AccessMode::Consult)?;
    if roles.is_empty() {
        return Err(file_not_found(id));
    }
    Ok((file, roles))
}

/// Whether these parts see the piece: the titulaire sees every piece of its dossier, the MOE
/// and the MOA every piece past its validation, a subcontractor or co-contractor its own.
pub fn sees(roles: &Roles, piece: &PieceRow) -> bool {
    let pending = piece.piece.status.before_validation();
    roles.iter().any(|(role, id)| match role {
        WorksRole::Fournisseur => true,
        WorksRole::Moe | WorksRole::Moa => !pending,
        WorksRole::SousTraitant | WorksRole::Cotraitant => *id == piece.depositor_id,
    })
}

/// Loads a piece the actor sees, with its dossier (4 otherwise).
pub fn visible_piece(cx: &Context<'_>, id: i64) -> Result<(FileRow, PieceRow)> {
    let piece = store::works::piece_by_id(cx.db, id)?.ok_or_else(|| piece_not_found(id))?;
    let (file, roles) = visible_file(cx, piece.piece.file_id).map_err(|_| piece_not_found(id))?;
    if !sees(&roles, &piece) {
        return Err(piece_not_found(id));
    }
    Ok((file, piece))
}

/// Whether these parts hold the piece's next step.
pub fn holds(roles: &Roles, holder: Holder, piece: &PieceRow) -> bool {
    match holder {
        Holder::Validator | Holder::Supplier => plays(roles, WorksRole::Fournisseur),
        Holder::Moe => plays(roles, WorksRole::Moe),
        Holder::Moa | Holder::Recipient => plays(roles, WorksRole::Moa),
        Holder::Depositor => roles
            .iter()
            .any(|(r, id)| *r == piece.piece.role && *id == piece.depositor_id),
    }
}

/// Checks that the actor holds the piece's next step with modify rights (6 otherwise).
pub fn require_holder(
    cx: &Context<'_>,
    file: &FileRow,
    piece: &PieceRow,
    holder: Holder,
    action: &str,
) -> Result<()> {
    if holds(&roles(cx, file, AccessMode::Modify)?, holder, piece) {
        return Ok(());
    }
    Err(Error::permission(
        "works_action_denied",
        format!(
            "only {} of dossier {}, with the {SPACE} space in modify mode, may {action} piece {}",
            holder.label(),
            file.file.id,
            piece.piece.id
        ),
    ))
}

/// Moves a piece and records the event for every structure of the dossier concerned.
pub fn transition(
    cx: &Context<'_>,
    file: &FileRow,
    piece: &PieceRow,
    status: WorksStatus,
    comment: Option<&str>,
) -> Result<()> {
    store::works::set_status(
        cx.db,
        piece.piece.id,
        status,
        &cx.now,
        &cx.actor_label(),
        comment,
    )?;
    events(cx, file, piece, status, comment, &cx.actor_label())
}

fn events(
    cx: &Context<'_>,
    file: &FileRow,
    piece: &PieceRow,
    status: WorksStatus,
    comment: Option<&str>,
    by: &str,
) -> Result<()> {
    let p = &piece.piece;
    let summary = format!(
        "works piece {} ({} {}) of dossier {} is {status}{}",
        p.id,
        p.framework.short(),
        p.number,
        file.file.id,
        comment.map(|c| format!(": {c}")).unwrap_or_default()
    );
    let pending = status.before_validation();
    let mut structures = vec![piece.depositor_id, file.supplier_id];
    if !pending {
        structures.extend(file.moe_id);
        structures.push(file.moa_id);
    }
    structures.sort_unstable();
    structures.dedup();
    for s in structures {
        cx.event_by(
            by,
            &format!("works.{}", status.as_str().to_ascii_lowercase()),
            Some(s),
            None,
            &format!("works-piece/{}", p.id),
            &summary,
        )?;
    }
    Ok(())
}

/// The status a piece goes back to after a completion or a recycling: the one it was in
/// before the request for completion, the suspension or the routing error.
pub fn resume_status(cx: &Context<'_>, piece: &PieceRow) -> Result<WorksStatus> {
    let history = store::works::history(cx.db, piece.piece.id)?;
    history
        .iter()
        .rev()
        .map(|h| h.status)
        .find(|s| {
            !s.is_routing_error()
                && !matches!(
                    s,
                    WorksStatus::Completee | WorksStatus::ACompleter | WorksStatus::Suspendue
                )
        })
        .ok_or_else(|| Error::internal(format!("piece {} has no status to resume", piece.piece.id)))
}

/// Subcontractor and co-contractor pieces whose titulaire did not act within the store's
/// delay go on (ABSENCE_VALIDATION_1_HORS_DELAI). Applied whenever works pieces are read or
/// changed.
pub fn apply_validation_delays(cx: &Context<'_>) -> Result<()> {
    let cutoff = crate::ops::invoice::validation_cutoff(cx)?;
    for id in store::works::validation_overdue(cx.db, &cutoff.0)? {
        let piece = store::works::piece_by_id(cx.db, id)?.ok_or_else(|| piece_not_found(id))?;
        let file = store::works::file_by_id(cx.db, piece.piece.file_id)?
            .ok_or_else(|| file_not_found(piece.piece.file_id))?;
        let comment = format!("no validation within {} days", cutoff.1);
        for status in [
            WorksStatus::AbsenceValidation1HorsDelai,
            WorksFramework::after_validation(file.moe_id.is_some()),
        ] {
            store::works::set_status(cx.db, id, status, &cx.now, "chorus", Some(&comment))?;
            events(cx, &file, &piece, status, Some(&comment), "chorus")?;
        }
    }
    Ok(())
}

/// A piece with its status history: the portal's « consultation d'un dossier ».
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PieceDetail {
    #[serde(flatten)]
    pub piece: WorksPiece,
    pub history: Vec<WorksHistoryEntry>,
}

pub fn detail(cx: &Context<'_>, piece: PieceRow) -> Result<PieceDetail> {
    Ok(PieceDetail {
        history: store::works::history(cx.db, piece.piece.id)?,
        piece: piece.piece,
    })
}

/// A piece as it is now, with its history.
pub fn reload(cx: &Context<'_>, id: i64) -> Result<PieceDetail> {
    let piece = store::works::piece_by_id(cx.db, id)?.ok_or_else(|| piece_not_found(id))?;
    detail(cx, piece)
}

/// A dossier with the pieces the actor sees.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileDetail {
    #[serde(flatten)]
    pub file: WorksFile,
    pub pieces: Vec<PieceDetail>,
}
