//! Lists of works pieces: the search (by role, status, market, dossier) and the pieces
//! awaiting the actor.

use serde::{Deserialize, Serialize};

use super::{Roles, holds, roles, sees};
use crate::domain::AccessMode;
use crate::domain::works::{Holder, WorksPiece, WorksRole, WorksStatus, awaits, next_step};
use crate::error::Result;
use crate::ops::{Actor, Context, Operation};
use crate::store::{
    self,
    works::{FileRow, PieceRow},
};

/// Every dossier the actor plays a part in, with those parts (at least `need`).
fn my_files(cx: &Context<'_>, need: AccessMode) -> Result<Vec<(FileRow, Roles)>> {
    let ids = match &cx.actor {
        Actor::Operator => store::works::all_files(cx.db)?,
        Actor::Anonymous => Vec::new(),
        Actor::Account { id, .. } => {
            store::works::files_of(cx.db, &store::attachments::member_structures(cx.db, *id)?)?
        }
    };
    let mut out = Vec::new();
    for id in ids {
        if let Some(file) = store::works::file_by_id(cx.db, id)? {
            let roles = roles(cx, &file, need)?;
            if !roles.is_empty() {
                out.push((file, roles));
            }
        }
    }
    Ok(out)
}

/// A part to list pieces from: `--role`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListRole {
    Supplier,
    Moe,
    Moa,
    /// The titulaire validating its partners' pieces.
    Validator,
    Subcontractor,
    Cocontractor,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ListWorksPieces {
    pub role: Option<ListRole>,
    pub status: Option<WorksStatus>,
    pub market: Option<String>,
    pub file: Option<i64>,
}

impl Operation for ListWorksPieces {
    type Output = Vec<WorksPiece>;
    const NAME: &'static str = "list-works-pieces";
    const WRITES: bool = false;

    fn execute(self, cx: &mut Context<'_>) -> Result<Vec<WorksPiece>> {
        super::apply_validation_delays(cx)?;
        let mut out = Vec::new();
        for (file, roles) in my_files(cx, AccessMode::Consult)? {
            if self.file.is_some_and(|f| f != file.file.id)
                || self
                    .market
                    .as_deref()
                    .is_some_and(|m| m.trim() != file.file.market_number)
            {
                continue;
            }
            // The part asked for narrows what the actor sees to what that part sees.
            let roles: Roles = match self.role {
                None => roles,
                Some(role) => {
                    let wanted = match role {
                        ListRole::Supplier | ListRole::Validator => WorksRole::Fournisseur,
                        ListRole::Moe => WorksRole::Moe,
                        ListRole::Moa => WorksRole::Moa,
                        ListRole::Subcontractor => WorksRole::SousTraitant,
                        ListRole::Cocontractor => WorksRole::Cotraitant,
                    };
                    roles.into_iter().filter(|(r, _)| *r == wanted).collect()
                }
            };
            for p in store::works::pieces_of(cx.db, file.file.id)? {
                let validated = matches!(
                    p.piece.role,
                    WorksRole::SousTraitant | WorksRole::Cotraitant
                );
                if sees(&roles, &p)
                    && (self.role != Some(ListRole::Validator) || validated)
                    && self.status.is_none_or(|s| s == p.piece.status)
                {
                    out.push(p.piece);
                }
            }
        }
        out.sort_by_key(|p| p.id);
        Ok(out)
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct WorksTodo {}

/// A piece awaiting the actor, and what to do with it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TodoItem {
    #[serde(flatten)]
    pub piece: WorksPiece,
    pub awaiting: Holder,
    pub action: String,
}

impl Operation for WorksTodo {
    type Output = Vec<TodoItem>;
    const NAME: &'static str = "works-todo";
    const WRITES: bool = false;

    fn execute(self, cx: &mut Context<'_>) -> Result<Vec<TodoItem>> {
        super::apply_validation_delays(cx)?;
        let mut out = Vec::new();
        // The operator sees everything but is nobody's todo.
        if matches!(cx.actor, Actor::Operator) {
            return Ok(out);
        }
        for (file, roles) in my_files(cx, AccessMode::Modify)? {
            let pieces: Vec<PieceRow> = store::works::pieces_of(cx.db, file.file.id)?;
            for p in pieces {
                let Some(holder) = p.piece.status.holder() else {
                    continue;
                };
                if !awaits(p.piece.status, p.piece.framework) || !holds(&roles, holder, &p) {
                    continue;
                }
                let action = next_step(p.piece.status, p.piece.framework);
                out.push(TodoItem {
                    piece: p.piece,
                    awaiting: holder,
                    action,
                });
            }
        }
        out.sort_by(|a, b| {
            a.piece
                .status_at
                .cmp(&b.piece.status_at)
                .then(a.piece.id.cmp(&b.piece.id))
        });
        Ok(out)
    }
}
