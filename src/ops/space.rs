//! Spaces (espaces) of a structure and the habilitations of simple users on them. Managers
//! hold every open space in modify mode; users hold what their accepted requests gave them.

use serde::{Deserialize, Serialize};

use super::{Actor, Context, Operation};
use crate::domain::space::{self as catalogue, SPACES, Space};
use crate::domain::{AccessMode, RequestStatus, SpaceRequest, SpaceState};
use crate::error::{Error, Result};
use crate::store::{self, structures::StructureRow};

fn space(code: &str) -> Result<&'static Space> {
    catalogue::find(code).ok_or_else(|| {
        Error::invalid(
            "unknown_space",
            format!(
                "'{code}' is not a space; spaces are: {}",
                catalogue::codes()
            ),
        )
    })
}

fn load_request(cx: &Context<'_>, id: i64) -> Result<store::spaces::RequestRow> {
    store::spaces::request_by_id(cx.db, id)?.ok_or_else(|| {
        Error::not_found("space_request_not_found", format!("no space request {id}"))
            .hint("list them with `chorus structure space requests ID`")
    })
}

/// The actor's habilitation on one space of a structure.
pub fn access(cx: &Context<'_>, s: &StructureRow, code: &str) -> Result<Option<AccessMode>> {
    if !store::spaces::is_open(cx.db, s.id, code)? {
        return Ok(None);
    }
    match (&cx.actor, cx.role_on(s.id)?) {
        (_, Some(r)) if r.is_manager() => Ok(Some(AccessMode::Modify)),
        (Actor::Account { id, .. }, Some(_)) => store::spaces::habilitation(cx.db, s.id, *id, code),
        _ => Ok(None),
    }
}

/// Every space of the catalogue with its state for this structure and actor.
pub fn space_states(cx: &Context<'_>, s: &StructureRow) -> Result<Vec<SpaceState>> {
    let open = store::spaces::open_spaces(cx.db, s.id)?;
    SPACES
        .iter()
        .map(|sp| {
            let is_open = open.iter().any(|o| o == sp.code);
            Ok(SpaceState {
                code: sp.code.into(),
                name: sp.name.into(),
                open: is_open,
                access: if is_open {
                    access(cx, s, sp.code)?
                } else {
                    None
                },
            })
        })
        .collect()
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ListSpaces {
    pub structure: String,
}

impl Operation for ListSpaces {
    type Output = Vec<SpaceState>;
    const NAME: &'static str = "list-spaces";
    const WRITES: bool = false;

    fn execute(self, cx: &mut Context<'_>) -> Result<Vec<SpaceState>> {
        let s = cx.structure(&self.structure)?;
        space_states(cx, &s)
    }
}

/// `structure space open` (open: true) and `close` (open: false).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SetSpaceOpen {
    pub structure: String,
    pub space: String,
    pub open: bool,
}

impl Operation for SetSpaceOpen {
    type Output = SpaceState;
    const NAME: &'static str = "set-space-open";

    fn execute(self, cx: &mut Context<'_>) -> Result<SpaceState> {
        let s = cx.structure(&self.structure)?;
        let sp = space(&self.space)?;
        let verb = if self.open { "open" } else { "close" };
        cx.require_manager(&s, &format!("{verb} spaces"))?;
        let identifier = &s.structure.identifier;
        if !self.open && !sp.closable {
            return Err(Error::invalid(
                "space_not_closable",
                format!(
                    "the space {} cannot be closed: every structure keeps it",
                    sp.code
                ),
            ));
        }
        if store::spaces::is_open(cx.db, s.id, sp.code)? == self.open {
            return Err(Error::conflict(
                "space_status_unchanged",
                format!("space {} of {identifier} is already {verb}", sp.code),
            ));
        }
        if self.open {
            store::spaces::open(cx.db, s.id, sp.code)?;
        } else {
            store::spaces::close(cx.db, s.id, sp.code)?;
        }
        let what = if self.open { "opened" } else { "closed" };
        cx.event(
            &format!("space.{what}"),
            Some(s.id),
            None,
            &format!("{identifier}/{}", sp.code),
            &format!("space {} « {} » {what} on {identifier}", sp.code, sp.name),
        )?;
        Ok(SpaceState {
            code: sp.code.into(),
            name: sp.name.into(),
            open: self.open,
            access: access(cx, &s, sp.code)?,
        })
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RequestSpace {
    pub structure: String,
    pub space: String,
    pub mode: AccessMode,
}

impl Operation for RequestSpace {
    type Output = SpaceRequest;
    const NAME: &'static str = "request-space";

    fn execute(self, cx: &mut Context<'_>) -> Result<SpaceRequest> {
        let (account_id, email) = cx.account("structure space request")?;
        let s = cx.structure(&self.structure)?;
        let sp = space(&self.space)?;
        let identifier = s.structure.identifier.clone();
        match cx.role_on(s.id)? {
            None => {
                return Err(Error::permission(
                    "not_attached",
                    format!("{email} is not attached to {identifier}"),
                )
                .hint(format!(
                    "request an attachment first: chorus attach request --structure {identifier}"
                )));
            }
            Some(r) if r.is_manager() => {
                return Err(Error::invalid(
                    "managers_hold_all_spaces",
                    format!("{email} manages {identifier} and already holds every open space"),
                ));
            }
            Some(_) => {}
        }
        if !store::spaces::is_open(cx.db, s.id, sp.code)? {
            return Err(Error::invalid(
                "space_closed",
                format!("the space {} is not open on {identifier}", sp.code),
            )
            .hint("ask a manager to open it: chorus structure space open ID SPACE"));
        }
        if store::spaces::pending_request(cx.db, s.id, account_id, sp.code)?.is_some() {
            return Err(Error::conflict(
                "space_request_pending",
                format!(
                    "{email} already has a pending request for {} on {identifier}",
                    sp.code
                ),
            ));
        }
        let held = store::spaces::habilitation(cx.db, s.id, account_id, sp.code)?;
        if held == Some(AccessMode::Modify) || held == Some(self.mode) {
            return Err(Error::conflict(
                "already_habilitated",
                format!(
                    "{email} already holds {} on {identifier} in {} mode",
                    sp.code,
                    held.unwrap_or(self.mode)
                ),
            ));
        }
        let id =
            store::spaces::insert_request(cx.db, s.id, account_id, sp.code, self.mode, &cx.now)?;
        cx.event(
            "space.requested",
            Some(s.id),
            Some(account_id),
            &format!("space-request/{id}"),
            &format!(
                "{email} requested {} access to {} on {identifier}",
                self.mode, sp.code
            ),
        )?;
        Ok(load_request(cx, id)?.request)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ListSpaceRequests {
    pub structure: String,
    pub status: Option<RequestStatus>,
}

impl Operation for ListSpaceRequests {
    type Output = Vec<SpaceRequest>;
    const NAME: &'static str = "list-space-requests";
    const WRITES: bool = false;

    fn execute(self, cx: &mut Context<'_>) -> Result<Vec<SpaceRequest>> {
        let s = cx.structure(&self.structure)?;
        let only = match (&cx.actor, cx.role_on(s.id)?) {
            (_, Some(r)) if r.is_manager() => None,
            (Actor::Account { id, .. }, _) => Some(*id),
            _ => Some(-1),
        };
        store::spaces::requests(cx.db, s.id, only, self.status)
    }
}

/// `structure space accept` (accept: true) and `refuse` (accept: false).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DecideSpaceRequest {
    pub id: i64,
    pub accept: bool,
}

impl Operation for DecideSpaceRequest {
    type Output = SpaceRequest;
    const NAME: &'static str = "decide-space-request";

    fn execute(self, cx: &mut Context<'_>) -> Result<SpaceRequest> {
        let row = load_request(cx, self.id)?;
        let s = store::structures::by_id(cx.db, row.structure_id)?;
        cx.require_manager(&s, "decide space requests")?;
        if row.request.status != RequestStatus::Pending {
            return Err(Error::conflict(
                "space_request_not_pending",
                format!(
                    "space request {} is {}, not EN_COURS_DE_VALIDATION",
                    self.id, row.request.status
                ),
            ));
        }
        let status = if self.accept {
            RequestStatus::Accepted
        } else {
            RequestStatus::Refused
        };
        store::spaces::decide_request(cx.db, row.id, status, &cx.actor_label(), &cx.now)?;
        if self.accept {
            store::spaces::set_habilitation(
                cx.db,
                s.id,
                row.account_id,
                &row.request.space,
                row.request.mode,
            )?;
        }
        let r = &row.request;
        let what = if self.accept { "accepted" } else { "refused" };
        cx.event(
            &format!("space.{what}"),
            Some(row.structure_id),
            Some(row.account_id),
            &format!("space-request/{}", row.id),
            &format!(
                "{} access of {} to {} on {} {what}",
                r.mode, r.account, r.space, r.structure
            ),
        )?;
        Ok(load_request(cx, row.id)?.request)
    }
}
