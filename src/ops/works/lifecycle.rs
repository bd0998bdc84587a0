//! Moving pieces: the holders' processing (taking into account, refusals, requests for
//! completion, the payment request's processing), the titulaire's validation of its partners'
//! pieces, and the depositor's recycling after a routing error.

use serde::{Deserialize, Serialize};

use super::file::check_party;
use super::{PieceDetail, reload, require_holder, resume_status, transition, visible_piece};
use crate::domain::works::{Holder, WorksFramework, WorksRole, WorksStatus};
use crate::error::{Error, Result};
use crate::ops::{Context, Operation, reason};
use crate::store;

fn refused(id: i64, now: WorksStatus, wanted: &str, allowed: &[WorksStatus]) -> Error {
    let allowed = if allowed.is_empty() {
        "nothing more can be done to it with this command".to_string()
    } else {
        format!(
            "allowed from {now}: {}",
            allowed
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    Error::invalid(
        "transition_refused",
        format!("works piece {id} cannot go from {now} to {wanted}; {allowed}"),
    )
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProcessWorksPiece {
    pub id: i64,
    pub status: WorksStatus,
    pub reason: Option<String>,
}

impl Operation for ProcessWorksPiece {
    type Output = PieceDetail;
    const NAME: &'static str = "process-works-piece";

    fn execute(self, cx: &mut Context<'_>) -> Result<PieceDetail> {
        super::apply_validation_delays(cx)?;
        let (file, piece) = visible_piece(cx, self.id)?;
        let now = piece.piece.status;
        let moves = now.moves(piece.piece.role);
        let Some(m) = moves.iter().find(|m| m.to == self.status) else {
            let allowed: Vec<WorksStatus> = moves.iter().map(|m| m.to).collect();
            let mut e = refused(self.id, now, self.status.as_str(), &allowed);
            if now == WorksStatus::AValider1 {
                e = e.hint("the titulaire validates with `chorus works-file approve|refuse`");
            } else if now.is_routing_error() {
                e = e.hint("the depositor corrects the routing with `chorus works-file recycle`");
            }
            return Err(e);
        };
        require_holder(cx, &file, &piece, m.holder, &format!("move to {}", m.to))?;
        let why = reason(self.reason.as_deref(), m.needs_reason, self.status.as_str())?;
        transition(cx, &file, &piece, self.status, why.as_deref())?;
        if self.status == WorksStatus::Completee {
            // Back where it was before the request for completion or the suspension.
            let back = resume_status(cx, &piece)?;
            transition(cx, &file, &piece, back, None)?;
        }
        reload(cx, self.id)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DecideWorksPiece {
    pub id: i64,
    pub approve: bool,
    pub reason: Option<String>,
}

impl Operation for DecideWorksPiece {
    type Output = PieceDetail;
    const NAME: &'static str = "decide-works-piece";

    fn execute(self, cx: &mut Context<'_>) -> Result<PieceDetail> {
        super::apply_validation_delays(cx)?;
        let (file, piece) = visible_piece(cx, self.id)?;
        let (wanted, verb) = if self.approve {
            (WorksStatus::Validee1, "approve")
        } else {
            (WorksStatus::Refusee1, "refuse")
        };
        if piece.piece.status != WorksStatus::AValider1 {
            return Err(refused(self.id, piece.piece.status, wanted.as_str(), &[]).hint(
                "only subcontractor and co-contractor pieces awaiting validation (A_VALIDER_1) are approved or refused",
            ));
        }
        require_holder(cx, &file, &piece, Holder::Validator, verb)?;
        let why = reason(self.reason.as_deref(), !self.approve, wanted.as_str())?;
        transition(cx, &file, &piece, wanted, why.as_deref())?;
        if self.approve {
            let next = WorksFramework::after_validation(file.moe_id.is_some());
            transition(cx, &file, &piece, next, None)?;
        }
        reload(cx, self.id)
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct RecycleWorksPiece {
    pub id: i64,
    /// The structure that should have received the piece.
    pub structure: Option<String>,
    /// Its service.
    pub service: Option<String>,
    pub comment: Option<String>,
}

impl Operation for RecycleWorksPiece {
    type Output = PieceDetail;
    const NAME: &'static str = "recycle-works-piece";

    fn execute(self, cx: &mut Context<'_>) -> Result<PieceDetail> {
        super::apply_validation_delays(cx)?;
        let (file, piece) = visible_piece(cx, self.id)?;
        let now = piece.piece.status;
        let Some(party) = now.wrong_party() else {
            return Err(refused(self.id, now, "recycling", &[])
                .hint("only a piece refused for an error in its routing (ERREUR_…) is recycled"));
        };
        require_holder(cx, &file, &piece, Holder::Depositor, "recycle")?;
        let current = match party {
            WorksRole::Fournisseur => (file.supplier_id, &file.file.supplier),
            WorksRole::Moe => (
                file.moe_id.unwrap_or_default(),
                file.file.moe.as_ref().unwrap_or(&file.file.supplier),
            ),
            _ => (file.moa_id, &file.file.moa),
        };
        let service = self
            .service
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        if self.structure.is_none() && service.is_none() {
            return Err(Error::invalid(
                "routing_unchanged",
                format!(
                    "{now}: the {} is wrong; give the right one with --structure ID and/or --service CODE",
                    party.as_str()
                ),
            ));
        }
        let target = match &self.structure {
            Some(s) => cx.structure(s)?,
            None => store::structures::by_id(cx.db, current.0)?,
        };
        let mut out = Vec::new();
        check_party(cx, &target, service, party, &mut out)?;
        // The same parts as at creation: the MOA may be its own MOE, nothing else doubles up.
        let mut others: Vec<i64> = file.members.iter().map(|(_, id)| *id).collect();
        match party {
            WorksRole::Fournisseur => others.extend(file.moe_id.into_iter().chain([file.moa_id])),
            _ => others.push(file.supplier_id),
        }
        if target.id != current.0 && others.contains(&target.id) {
            out.push(crate::ops::invoice::rules::v(
                "parties_distinct",
                format!(
                    "{} already plays another part in dossier {}",
                    target.structure.identifier, file.file.id
                ),
            ));
        }
        crate::ops::check_all(out.into_iter().map(Err))?;
        if target.id == current.0 && service == current.1.service_code.as_deref() {
            return Err(Error::invalid(
                "routing_unchanged",
                "that is the routing the piece was refused with: give the right structure or service",
            ));
        }
        store::works::set_party(cx.db, file.file.id, party, target.id, service)?;
        let file = store::works::file_by_id(cx.db, file.file.id)?
            .ok_or_else(|| Error::internal("dossier vanished"))?;
        let note = format!(
            "{} now {}{}",
            party.as_str(),
            target.structure.identifier,
            service.map(|s| format!(" / {s}")).unwrap_or_default()
        );
        let comment = match self
            .comment
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            Some(c) => format!("{note}: {c}"),
            None => note,
        };
        let back = resume_status(cx, &piece)?;
        transition(cx, &file, &piece, back, Some(&comment))?;
        reload(cx, self.id)
    }
}
