//! Attachments (rattachements) of accounts to structures and the roles they carry.
//! Invariant: at most one principal manager per structure, and a structure that had one keeps
//! one — the principal changes only by transfer.

use serde::{Deserialize, Serialize};

use super::{Actor, Context, Operation};
use crate::domain::identifier::check_text;
use crate::domain::{Attachment, RequestStatus, Role, StructureStatus};
use crate::error::{Error, Result};
use crate::store::{self, attachments::AttachmentRow};

fn unknown(id: i64) -> Error {
    Error::not_found(
        "attachment_not_found",
        format!("no attachment request {id}"),
    )
    .hint("list them with `chorus attach list`")
}

fn by_id(cx: &Context<'_>, id: i64) -> Result<AttachmentRow> {
    store::attachments::by_id(cx.db, id)?.ok_or_else(|| unknown(id))
}

/// The accepted attachment of `email` to `structure`.
fn accepted(
    cx: &Context<'_>,
    structure_id: i64,
    identifier: &str,
    email: &str,
) -> Result<AttachmentRow> {
    let account = store::accounts::by_email(cx.db, &super::email(email)?)?
        .ok_or_else(|| Error::not_found("account_not_found", format!("no account {email}")))?;
    match store::attachments::live(cx.db, account.id, structure_id)? {
        Some(row) if row.attachment.status == RequestStatus::Accepted => Ok(row),
        _ => Err(Error::not_found(
            "attachment_not_found",
            format!("{email} is not attached to {identifier}"),
        )),
    }
}

fn reload(cx: &Context<'_>, id: i64) -> Result<Attachment> {
    Ok(by_id(cx, id)?.attachment)
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RequestAttachment {
    pub structure: String,
    pub comment: Option<String>,
}

impl Operation for RequestAttachment {
    type Output = Attachment;
    const NAME: &'static str = "request-attachment";

    fn execute(self, cx: &mut Context<'_>) -> Result<Attachment> {
        let (account_id, email) = cx.account("attach request")?;
        let s = cx.structure(&self.structure)?;
        let identifier = s.structure.identifier.clone();
        if s.structure.status != StructureStatus::Actif {
            return Err(Error::invalid(
                "structure_inactive",
                format!("structure {identifier} is INACTIF: no attachment can be requested"),
            ));
        }
        if let Some(c) = &self.comment {
            check_text("comment", c, 2000).map_err(|v| Error::invalid(&v.rule, v.message))?;
        }
        if let Some(live) = store::attachments::live(cx.db, account_id, s.id)? {
            return Err(Error::conflict(
                "attachment_exists",
                format!(
                    "{email} already has an attachment to {identifier} ({}, request {})",
                    live.attachment.status, live.id
                ),
            ));
        }
        let id = store::attachments::insert(
            cx.db,
            &store::attachments::NewAttachment {
                account_id,
                structure_id: s.id,
                role: None,
                status: RequestStatus::Pending,
                comment: self.comment.as_deref().map(str::trim),
                now: &cx.now,
                decided_by: None,
            },
        )?;
        cx.event(
            "attachment.requested",
            Some(s.id),
            Some(account_id),
            &format!("attachment/{id}"),
            &format!("{email} requested attachment to {identifier}"),
        )?;
        reload(cx, id)
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ListAttachments {
    pub structure: Option<String>,
    pub status: Option<RequestStatus>,
}

impl Operation for ListAttachments {
    type Output = Vec<Attachment>;
    const NAME: &'static str = "list-attachments";
    const WRITES: bool = false;

    fn execute(self, cx: &mut Context<'_>) -> Result<Vec<Attachment>> {
        let structure_id = match &self.structure {
            Some(id) => Some(cx.structure(id)?.id),
            None => None,
        };
        let visible_to = match &cx.actor {
            Actor::Account { id, .. } => {
                Some((*id, store::attachments::managed_structures(cx.db, *id)?))
            }
            _ => None,
        };
        store::attachments::list(
            cx.db,
            &store::attachments::ListFilter {
                structure_id,
                status: self.status,
                visible_to,
            },
        )
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Accept { role: Role },
    Refuse { reason: String },
}

/// `attach accept` and `attach refuse`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DecideAttachment {
    pub id: i64,
    pub decision: Decision,
}

impl Operation for DecideAttachment {
    type Output = Attachment;
    const NAME: &'static str = "decide-attachment";

    fn execute(self, cx: &mut Context<'_>) -> Result<Attachment> {
        let row = by_id(cx, self.id)?;
        let s = store::structures::by_id(cx.db, row.structure_id)?;
        // Who may not see a request (as `attach list` shows them: one's own, or a managed
        // structure's) learns nothing from it, not even that it exists or its structure.
        let own = matches!(&cx.actor, Actor::Account { id, .. } if *id == row.account_id);
        if !own && !cx.role_on(s.id)?.is_some_and(Role::is_manager) {
            return Err(unknown(self.id));
        }
        let action = match self.decision {
            Decision::Accept { .. } => "accept attachment requests",
            Decision::Refuse { .. } => "refuse attachment requests",
        };
        cx.require_manager(&s, action)?;
        if row.attachment.status != RequestStatus::Pending {
            return Err(Error::conflict(
                "attachment_not_pending",
                format!(
                    "request {} is {}, not EN_COURS_DE_VALIDATION",
                    self.id, row.attachment.status
                ),
            ));
        }
        let who = row.attachment.account.clone();
        let identifier = s.structure.identifier.clone();
        let by = cx.actor_label();
        match self.decision {
            Decision::Accept { role } => {
                if role == Role::Principal {
                    cx.require_operator("appoint a principal manager directly")
                        .map_err(|e| {
                            e.hint("the principal role moves with `chorus attach transfer`")
                        })?;
                    if store::attachments::has_principal(cx.db, s.id)? {
                        return Err(Error::conflict(
                            "principal_exists",
                            format!("{identifier} already has a principal manager"),
                        )
                        .hint("accept as secondary, then `chorus attach transfer`"));
                    }
                }
                store::attachments::decide(
                    cx.db,
                    row.id,
                    RequestStatus::Accepted,
                    Some(role),
                    None,
                    &by,
                    &cx.now,
                )?;
                cx.event(
                    "attachment.accepted",
                    Some(s.id),
                    Some(row.account_id),
                    &format!("attachment/{}", row.id),
                    &format!("{who} attached to {identifier} as {role}"),
                )?;
            }
            Decision::Refuse { reason } => {
                check_text("reason", &reason, 2000)
                    .map_err(|v| Error::invalid(&v.rule, v.message))?;
                store::attachments::decide(
                    cx.db,
                    row.id,
                    RequestStatus::Refused,
                    None,
                    Some(reason.trim()),
                    &by,
                    &cx.now,
                )?;
                cx.event(
                    "attachment.refused",
                    Some(s.id),
                    Some(row.account_id),
                    &format!("attachment/{}", row.id),
                    &format!(
                        "attachment of {who} to {identifier} refused: {}",
                        reason.trim()
                    ),
                )?;
            }
        }
        reload(cx, row.id)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SetAttachmentRole {
    pub structure: String,
    pub account: String,
    pub role: Role,
}

impl Operation for SetAttachmentRole {
    type Output = Attachment;
    const NAME: &'static str = "set-attachment-role";

    fn execute(self, cx: &mut Context<'_>) -> Result<Attachment> {
        let s = cx.structure(&self.structure)?;
        let identifier = s.structure.identifier.clone();
        cx.require_manager(&s, "change roles")?;
        if self.role == Role::Principal {
            return Err(Error::invalid(
                "principal_by_transfer",
                "the principal manager role only changes hands by transfer",
            )
            .hint(format!(
                "chorus attach transfer --structure {identifier} --to {}",
                self.account
            )));
        }
        let row = accepted(cx, s.id, &identifier, &self.account)?;
        if row.attachment.role == Some(Role::Principal) {
            return Err(Error::invalid(
                "principal_by_transfer",
                format!(
                    "{} is the principal manager of {identifier}: transfer the role first",
                    row.attachment.account
                ),
            )
            .hint(format!(
                "chorus attach transfer --structure {identifier} --to OTHER_EMAIL"
            )));
        }
        if row.attachment.role == Some(self.role) {
            return Err(Error::conflict(
                "role_unchanged",
                format!(
                    "{} already is {} of {identifier}",
                    row.attachment.account, self.role
                ),
            ));
        }
        store::attachments::set_role(cx.db, row.id, self.role)?;
        cx.event(
            "attachment.role_changed",
            Some(s.id),
            Some(row.account_id),
            &format!("attachment/{}", row.id),
            &format!(
                "{} is now {} of {identifier}",
                row.attachment.account, self.role
            ),
        )?;
        reload(cx, row.id)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RemoveAttachment {
    pub structure: String,
    /// Default: the acting account (detach oneself).
    pub account: Option<String>,
}

impl Operation for RemoveAttachment {
    type Output = Attachment;
    const NAME: &'static str = "remove-attachment";

    fn execute(self, cx: &mut Context<'_>) -> Result<Attachment> {
        let s = cx.structure(&self.structure)?;
        let identifier = s.structure.identifier.clone();
        let email = match (&self.account, &cx.actor) {
            (Some(e), _) => e.clone(),
            (None, _) => cx.account("attach remove")?.1,
        };
        let account = store::accounts::by_email(cx.db, &super::email(&email)?)?
            .ok_or_else(|| Error::not_found("account_not_found", format!("no account {email}")))?;
        let is_self = matches!(&cx.actor, Actor::Account { id, .. } if *id == account.id);
        if !is_self {
            cx.require_manager(&s, "detach other accounts")?;
        }
        let row = store::attachments::live(cx.db, account.id, s.id)?.ok_or_else(|| {
            Error::not_found(
                "attachment_not_found",
                format!("{email} is not attached to {identifier}"),
            )
        })?;
        if row.attachment.role == Some(Role::Principal)
            && row.attachment.status == RequestStatus::Accepted
        {
            return Err(Error::invalid(
                "principal_cannot_leave",
                format!("{email} is the principal manager of {identifier} and cannot be detached"),
            )
            .hint(format!("transfer the role first: chorus attach transfer --structure {identifier} --to OTHER_EMAIL")));
        }
        store::attachments::decide(
            cx.db,
            row.id,
            RequestStatus::Deactivated,
            None,
            None,
            &cx.actor_label(),
            &cx.now,
        )?;
        store::services::revoke_all(cx.db, s.id, account.id)?;
        store::spaces::revoke_all(cx.db, s.id, account.id)?;
        cx.event(
            "attachment.removed",
            Some(s.id),
            Some(account.id),
            &format!("attachment/{}", row.id),
            &format!("{email} detached from {identifier}"),
        )?;
        reload(cx, row.id)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TransferPrincipal {
    pub structure: String,
    pub to: String,
}

impl Operation for TransferPrincipal {
    type Output = Vec<Attachment>;
    const NAME: &'static str = "transfer-principal";

    fn execute(self, cx: &mut Context<'_>) -> Result<Vec<Attachment>> {
        let s = cx.structure(&self.structure)?;
        let identifier = s.structure.identifier.clone();
        cx.require_principal(&s, "transfer the principal role")?;
        let target = accepted(cx, s.id, &identifier, &self.to).map_err(|e| {
            Error::invalid(
                "transfer_target_not_attached",
                format!("{}: the new principal must already be attached to {identifier}", e.message),
            )
            .hint(format!("they request it with `chorus attach request --structure {identifier}` and you accept it"))
        })?;
        if target.attachment.role == Some(Role::Principal) {
            return Err(Error::conflict(
                "already_principal",
                format!(
                    "{} already is the principal manager of {identifier}",
                    self.to
                ),
            ));
        }
        let mut changed = Vec::new();
        let previous = store::structures::managers(cx.db, s.id)?
            .into_iter()
            .find(|m| m.role == Role::Principal);
        if let Some(old) = &previous {
            let old_row = accepted(cx, s.id, &identifier, &old.email)?;
            store::attachments::set_role(cx.db, old_row.id, Role::Secondary)?;
            changed.push(old_row.id);
        }
        store::attachments::set_role(cx.db, target.id, Role::Principal)?;
        changed.push(target.id);
        let from = previous.map(|m| m.email).unwrap_or_else(|| "nobody".into());
        cx.event(
            "attachment.transferred",
            Some(s.id),
            Some(target.account_id),
            &identifier,
            &format!(
                "principal manager of {identifier} transferred from {from} to {}",
                target.attachment.account
            ),
        )?;
        changed.into_iter().map(|id| reload(cx, id)).collect()
    }
}
