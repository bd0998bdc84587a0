//! Tickets (sollicitations): a question from an account of a structure to a public structure
//! (through its « Sollicitations reçues ») or to support (the operator), and its thread.
//!
//! Rights: `tickets-issued` on the requester's structure to create; `tickets-received` on the
//! addressee to read and answer. The requester sees its own tickets, the managers of its
//! structure the structure's. Anyone else gets 4.

use serde::{Deserialize, Serialize};

use crate::domain::AccessMode;
use crate::domain::StructureType;
use crate::domain::tickets::{
    self, CategoryRow, Message, Routing, Side, Ticket, TicketHistoryEntry, TicketStatus,
};
use crate::error::{Error, Result};
use crate::ops::b64::NamedFile;
use crate::ops::invoice::rights::reach_space;
use crate::ops::invoice::rules::{check_attachments, v};
use crate::ops::{Actor, Context, Operation, check_all};
use crate::store::{self, tickets::TicketRow};

const ISSUED: &str = "tickets-issued";
const RECEIVED: &str = "tickets-received";

/// How the actor stands to a ticket with at least `need`.
struct Standing {
    requester: bool,
    addressee: bool,
}

fn standing(cx: &Context<'_>, row: &TicketRow, need: AccessMode) -> Result<Standing> {
    let draft = row.ticket.status == TicketStatus::Brouillon;
    match &cx.actor {
        // The operator is support: it answers support tickets and reads the others.
        Actor::Operator => Ok(Standing {
            requester: false,
            addressee: !draft
                && (row.addressee_structure_id.is_none() || need == AccessMode::Consult),
        }),
        Actor::Anonymous => Ok(Standing {
            requester: false,
            addressee: false,
        }),
        Actor::Account { id, .. } => {
            let own = row.requester_account_id == *id;
            let manager = match row.requester_structure_id {
                Some(s) => cx.role_on(s)?.is_some_and(|r| r.is_manager()),
                None => false,
            };
            let addressee = match row.addressee_structure_id {
                Some(s) if !draft => reach_space(cx, s, RECEIVED, need)?.is_some(),
                _ => false,
            };
            Ok(Standing {
                requester: own || (manager && !draft),
                addressee,
            })
        }
    }
}

fn not_found(key: &str) -> Error {
    Error::not_found("ticket_not_found", format!("no ticket {key}"))
        .hint("list the tickets you can see with `chorus ticket list`")
}

/// Loads a ticket the actor sees (4 otherwise, so existence does not leak).
fn visible(cx: &Context<'_>, key: &str) -> Result<TicketRow> {
    let row = store::tickets::find(cx.db, key)?.ok_or_else(|| not_found(key))?;
    let s = standing(cx, &row, AccessMode::Consult)?;
    if s.requester || s.addressee {
        Ok(row)
    } else {
        Err(not_found(key))
    }
}

/// The side the actor acts from (6 when it only reads the ticket).
fn acting_side(cx: &Context<'_>, row: &TicketRow, action: &str) -> Result<Side> {
    let s = standing(cx, row, AccessMode::Modify)?;
    if s.addressee {
        Ok(Side::Addressee)
    } else if s.requester {
        Ok(Side::Requester)
    } else {
        Err(Error::permission(
            "ticket_action_denied",
            format!(
                "only the requester of ticket {}, or its addressee with the {RECEIVED} space in modify mode (support: the operator), may {action}",
                row.ticket.number
            ),
        ))
    }
}

/// Records a status change or a message in the feeds of the requester and the addressee.
fn notify(cx: &Context<'_>, row: &TicketRow, kind: &str, what: &str) -> Result<()> {
    let t = &row.ticket;
    let summary = format!("ticket {} « {} » {what}", t.number, t.subject);
    let object = format!("ticket/{}", t.id);
    cx.event(
        kind,
        None,
        Some(row.requester_account_id),
        &object,
        &summary,
    )?;
    if let Some(s) = row.addressee_structure_id
        && t.status != TicketStatus::Brouillon
    {
        cx.event(kind, Some(s), None, &object, &summary)?;
    }
    Ok(())
}

fn set_status(cx: &Context<'_>, row: &TicketRow, status: TicketStatus) -> Result<()> {
    store::tickets::set_status(cx.db, row.ticket.id, status, &cx.now, &cx.actor_label())
}

fn reload(cx: &Context<'_>, id: i64) -> Result<TicketRow> {
    store::tickets::find(cx.db, &id.to_string())?.ok_or_else(|| not_found(&id.to_string()))
}

/// A message: 1-10,000 characters, and attachments within the invoice attachment limits.
fn check_message(body: &str, attachments: &[NamedFile]) -> Result<()> {
    let mut out = Vec::new();
    let body = body.trim();
    if body.is_empty() {
        out.push(v(
            "message_required",
            "the message is empty: give --message TEXT",
        ));
    } else if body.chars().count() > 10_000 {
        out.push(v(
            "message_too_long",
            "the message is longer than 10,000 characters",
        ));
    }
    let files: Vec<(String, usize)> = attachments
        .iter()
        .map(|f| (f.name.clone(), f.bytes.len()))
        .collect();
    check_attachments(&files, 0, &mut out);
    check_all(out.into_iter().map(Err))
}

fn add_message(
    cx: &Context<'_>,
    row: &TicketRow,
    side: Side,
    body: &str,
    attachments: &[NamedFile],
) -> Result<()> {
    let files: Vec<(&str, &[u8])> = attachments
        .iter()
        .map(|f| (f.name.as_str(), f.bytes.as_slice()))
        .collect();
    store::tickets::add_message(
        cx.db,
        row.ticket.id,
        side,
        &cx.actor_label(),
        body.trim(),
        &files,
        &cx.now,
    )?;
    Ok(())
}

/// A ticket with its thread and status history.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TicketDetail {
    #[serde(flatten)]
    pub ticket: Ticket,
    pub messages: Vec<Message>,
    pub history: Vec<TicketHistoryEntry>,
}

fn detail(cx: &Context<'_>, row: TicketRow) -> Result<TicketDetail> {
    Ok(TicketDetail {
        messages: store::tickets::messages(cx.db, row.ticket.id)?,
        history: store::tickets::history(cx.db, row.ticket.id)?,
        ticket: row.ticket,
    })
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TicketCategories {}

impl Operation for TicketCategories {
    type Output = Vec<CategoryRow>;
    const NAME: &'static str = "ticket-categories";
    const WRITES: bool = false;
    const ANONYMOUS: bool = true;
    const OPEN: bool = true;

    fn execute(self, _cx: &mut Context<'_>) -> Result<Vec<CategoryRow>> {
        Ok(tickets::category_rows())
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CreateTicket {
    pub category: String,
    pub subcategory: String,
    pub subject: String,
    pub message: String,
    /// The invoice the question is about.
    pub invoice: Option<i64>,
    /// The works piece the question is about.
    pub works_piece: Option<i64>,
    /// The public structure addressed.
    pub structure: Option<String>,
    /// The requester's structure, when the account acts for several.
    pub from: Option<String>,
    pub attachments: Vec<NamedFile>,
    pub draft: bool,
}

impl CreateTicket {
    /// The requester's structure: `--from`, else the only one the account may send tickets
    /// from; none for a support question from an account without one.
    fn requester_structure(
        &self,
        cx: &Context<'_>,
        account: i64,
        routing: Routing,
    ) -> Result<Option<i64>> {
        let may = |id: i64| -> Result<bool> {
            Ok(reach_space(cx, id, ISSUED, AccessMode::Modify)?.is_some())
        };
        if let Some(from) = &self.from {
            let s = cx.structure(from)?;
            if !may(s.id)? {
                return Err(Error::permission(
                    "ticket_create_denied",
                    format!(
                        "you may not send tickets for {}: it takes an attachment with the {ISSUED} space in modify mode",
                        s.structure.identifier
                    ),
                ));
            }
            return Ok(Some(s.id));
        }
        let mut mine = Vec::new();
        for id in store::attachments::member_structures(cx.db, account)? {
            if may(id)? {
                mine.push(id);
            }
        }
        match (mine.as_slice(), routing) {
            ([id], _) => Ok(Some(*id)),
            ([], Routing::Support) => Ok(None),
            ([], _) => Err(Error::permission(
                "ticket_create_denied",
                format!(
                    "sending this ticket takes an attachment to a structure with the {ISSUED} space in modify mode"
                ),
            )),
            (_, _) => Err(Error::usage(
                "requester_structure_ambiguous",
                "you act for several structures: name the one that asks with --from ID",
            )),
        }
    }
}

impl Operation for CreateTicket {
    type Output = TicketDetail;
    const NAME: &'static str = "create-ticket";

    fn execute(mut self, cx: &mut Context<'_>) -> Result<TicketDetail> {
        crate::ops::b64::safe_names(&mut self.attachments);
        let (account, _) = cx.account("creating a ticket")?;
        let (category, sub) = tickets::find(&self.category, &self.subcategory).map_err(|m| {
            Error::invalid("ticket_category", m).hint("`chorus ticket categories` lists them")
        })?;
        let requester = self.requester_structure(cx, account, sub.routing)?;

        // The linked invoice or works piece must be one the requester sees.
        if self.invoice.is_some() && self.works_piece.is_some() {
            return Err(Error::usage(
                "ticket_link_ambiguous",
                "a ticket is about one invoice or one works piece: give --invoice or --works-piece",
            ));
        }
        let linked = match (self.invoice, self.works_piece) {
            (Some(id), _) => Some(crate::ops::invoice::rights::visible(cx, id)?.recipient_id),
            (_, Some(id)) => Some(crate::ops::works::visible_piece(cx, id)?.0.moa_id),
            _ => None,
        };
        let addressee = match sub.routing {
            Routing::Invoice => Some(linked.ok_or_else(|| {
                Error::invalid(
                    "invoice_required",
                    format!(
                        "{} is about an invoice: give --invoice ID (or --works-piece ID)",
                        sub.code
                    ),
                )
            })?),
            Routing::Structure => {
                let id = self.structure.as_deref().ok_or_else(|| {
                    Error::invalid(
                        "structure_required",
                        format!(
                            "{} goes to a public structure: give --structure ID",
                            sub.code
                        ),
                    )
                })?;
                let s = cx.structure(id)?;
                if s.structure.structure_type != StructureType::Publique {
                    return Err(Error::invalid(
                        "addressee_not_public",
                        format!("{} is not a public structure", s.structure.identifier),
                    ));
                }
                Some(s.id)
            }
            Routing::Support => None,
        };
        if self.structure.is_some() && sub.routing != Routing::Structure {
            return Err(Error::usage(
                "structure_not_expected",
                format!(
                    "{} goes to {}: drop --structure",
                    sub.code,
                    sub.routing.goes_to()
                ),
            ));
        }
        if let Some(s) = addressee {
            if Some(s) == requester {
                return Err(Error::invalid(
                    "addressee_is_requester",
                    "a structure does not send a ticket to itself",
                ));
            }
            if !store::spaces::is_open(cx.db, s, RECEIVED)? {
                let id = store::structures::by_id(cx.db, s)?.structure.identifier;
                return Err(Error::invalid(
                    "addressee_closed",
                    format!("{id} does not receive tickets: its {RECEIVED} space is closed"),
                ));
            }
        }
        let subject = self.subject.trim();
        let mut out = Vec::new();
        if subject.is_empty() || subject.chars().count() > 200 {
            out.push(v(
                "subject_format",
                "the subject is required and at most 200 characters",
            ));
        }
        check_all(out.into_iter().map(Err))?;
        check_message(&self.message, &self.attachments)?;

        let status = if self.draft {
            TicketStatus::Brouillon
        } else {
            TicketStatus::EnCours
        };
        let id = store::tickets::insert(
            cx.db,
            &store::tickets::NewTicket {
                category: category.code,
                subcategory: sub.code,
                subject,
                status,
                requester_account_id: account,
                requester_structure_id: requester,
                addressee_structure_id: addressee,
                invoice_id: self.invoice,
                works_piece_id: self.works_piece,
                by: &cx.actor_label(),
                now: &cx.now,
            },
        )?;
        let row = reload(cx, id)?;
        add_message(cx, &row, Side::Requester, &self.message, &self.attachments)?;
        let what = if self.draft { "drafted" } else { "sent" };
        notify(
            cx,
            &row,
            &format!("ticket.{}", status.as_str().to_ascii_lowercase()),
            what,
        )?;
        detail(cx, row)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SubmitTicket {
    pub id: String,
}

impl Operation for SubmitTicket {
    type Output = TicketDetail;
    const NAME: &'static str = "submit-ticket";

    fn execute(self, cx: &mut Context<'_>) -> Result<TicketDetail> {
        let row = visible(cx, &self.id)?;
        if row.ticket.status != TicketStatus::Brouillon {
            return Err(Error::invalid(
                "transition_refused",
                format!(
                    "ticket {} is {}, not a draft",
                    row.ticket.number, row.ticket.status
                ),
            ));
        }
        acting_side(cx, &row, "send it")?;
        set_status(cx, &row, TicketStatus::EnCours)?;
        let row = reload(cx, row.ticket.id)?;
        notify(cx, &row, "ticket.en_cours", "sent")?;
        detail(cx, row)
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ReplyTicket {
    pub id: String,
    pub message: String,
    pub attachments: Vec<NamedFile>,
    /// The addressee asks the requester to act (ACTION_REQUISE).
    pub request_action: bool,
}

impl Operation for ReplyTicket {
    type Output = TicketDetail;
    const NAME: &'static str = "reply-ticket";

    fn execute(mut self, cx: &mut Context<'_>) -> Result<TicketDetail> {
        crate::ops::b64::safe_names(&mut self.attachments);
        let row = visible(cx, &self.id)?;
        match row.ticket.status {
            TicketStatus::Cloturee => {
                return Err(Error::invalid(
                    "ticket_closed",
                    format!("ticket {} is closed", row.ticket.number),
                )
                .hint(format!(
                    "reopen it with `chorus ticket reopen {}`",
                    row.ticket.id
                )));
            }
            TicketStatus::Brouillon => {
                return Err(Error::invalid(
                    "ticket_draft",
                    format!("ticket {} is a draft", row.ticket.number),
                )
                .hint(format!(
                    "send it with `chorus ticket submit {}`",
                    row.ticket.id
                )));
            }
            _ => {}
        }
        let side = acting_side(cx, &row, "reply")?;
        if self.request_action && side == Side::Requester {
            return Err(Error::usage(
                "request_action_addressee_only",
                "--request-action is for the addressee, who asks the requester to act",
            ));
        }
        check_message(&self.message, &self.attachments)?;
        add_message(cx, &row, side, &self.message, &self.attachments)?;
        let status = match side {
            Side::Addressee if self.request_action => TicketStatus::ActionRequise,
            Side::Addressee => row.ticket.status,
            Side::Requester => TicketStatus::EnCours,
        };
        if status != row.ticket.status {
            set_status(cx, &row, status)?;
        }
        let what = match (side, status) {
            (Side::Addressee, TicketStatus::ActionRequise) => "was answered: action required",
            (Side::Addressee, _) => "was answered",
            _ => "has a new message from its requester",
        };
        notify(cx, &row, "ticket.message", what)?;
        detail(cx, reload(cx, row.ticket.id)?)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SetTicketOpen {
    pub id: String,
    /// false: close (CLOTUREE); true: reopen (EN_COURS).
    pub open: bool,
}

impl Operation for SetTicketOpen {
    type Output = TicketDetail;
    const NAME: &'static str = "set-ticket-open";

    fn execute(self, cx: &mut Context<'_>) -> Result<TicketDetail> {
        let row = visible(cx, &self.id)?;
        let closed = row.ticket.status == TicketStatus::Cloturee;
        let (allowed, to, verb) = if self.open {
            (closed, TicketStatus::EnCours, "reopen")
        } else {
            (
                !closed && row.ticket.status != TicketStatus::Brouillon,
                TicketStatus::Cloturee,
                "close",
            )
        };
        if !allowed {
            return Err(Error::invalid(
                "transition_refused",
                format!(
                    "ticket {} is {}: there is nothing to {verb}",
                    row.ticket.number, row.ticket.status
                ),
            ));
        }
        acting_side(cx, &row, verb)?;
        set_status(cx, &row, to)?;
        let row = reload(cx, row.ticket.id)?;
        let what = if self.open {
            "was reopened"
        } else {
            "was closed"
        };
        notify(
            cx,
            &row,
            &format!("ticket.{}", to.as_str().to_ascii_lowercase()),
            what,
        )?;
        detail(cx, row)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ShowTicket {
    pub id: String,
}

impl Operation for ShowTicket {
    type Output = TicketDetail;
    const NAME: &'static str = "show-ticket";
    const WRITES: bool = false;

    fn execute(self, cx: &mut Context<'_>) -> Result<TicketDetail> {
        let row = visible(cx, &self.id)?;
        detail(cx, row)
    }
}

/// A side to list tickets from: `--role sent|received`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TicketRole {
    Sent,
    Received,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ListTickets {
    pub role: Option<TicketRole>,
    pub status: Option<TicketStatus>,
}

/// Every ticket the actor sees, with how it stands to each.
fn mine(cx: &Context<'_>) -> Result<Vec<(TicketRow, Standing)>> {
    let rows = match &cx.actor {
        Actor::Operator => store::tickets::candidates(cx.db, None)?,
        Actor::Anonymous => Vec::new(),
        Actor::Account { id, .. } => {
            let structures = store::attachments::member_structures(cx.db, *id)?;
            store::tickets::candidates(cx.db, Some((*id, &structures)))?
        }
    };
    let mut out = Vec::new();
    for row in rows {
        let s = standing(cx, &row, AccessMode::Consult)?;
        if s.requester || s.addressee {
            out.push((row, s));
        }
    }
    Ok(out)
}

impl Operation for ListTickets {
    type Output = Vec<Ticket>;
    const NAME: &'static str = "list-tickets";
    const WRITES: bool = false;

    fn execute(self, cx: &mut Context<'_>) -> Result<Vec<Ticket>> {
        Ok(mine(cx)?
            .into_iter()
            .filter(|(_, s)| match self.role {
                Some(TicketRole::Sent) => s.requester,
                Some(TicketRole::Received) => s.addressee,
                None => true,
            })
            .filter(|(row, _)| self.status.is_none_or(|st| st == row.ticket.status))
            .map(|(row, _)| row.ticket)
            .collect())
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct TicketTodo {}

/// A ticket awaiting the actor, and what to do with it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TodoTicket {
    #[serde(flatten)]
    pub ticket: Ticket,
    pub side: Side,
    pub action: String,
}

impl Operation for TicketTodo {
    type Output = Vec<TodoTicket>;
    const NAME: &'static str = "ticket-todo";
    const WRITES: bool = false;

    /// Tickets awaiting an answer from the actor's side (EN_COURS, as addressee), an action
    /// (ACTION_REQUISE, as requester), or sending (BROUILLON).
    fn execute(self, cx: &mut Context<'_>) -> Result<Vec<TodoTicket>> {
        let mut out = Vec::new();
        for (row, _) in mine(cx)? {
            let s = standing(cx, &row, AccessMode::Modify)?;
            let todo = match row.ticket.status {
                TicketStatus::EnCours if s.addressee => Some((Side::Addressee, "answer")),
                TicketStatus::ActionRequise if s.requester => {
                    Some((Side::Requester, "reply with what is asked, or close"))
                }
                TicketStatus::Brouillon if s.requester => Some((Side::Requester, "submit")),
                _ => None,
            };
            if let Some((side, action)) = todo {
                out.push(TodoTicket {
                    ticket: row.ticket,
                    side,
                    action: action.into(),
                });
            }
        }
        out.sort_by(|a, b| a.ticket.status_at.cmp(&b.ticket.status_at));
        Ok(out)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DownloadTicket {
    pub id: String,
}

impl Operation for DownloadTicket {
    type Output = Vec<NamedFile>;
    const NAME: &'static str = "download-ticket";
    const WRITES: bool = false;

    /// Every attachment of the thread, as `MESSAGE-NAME`.
    fn execute(self, cx: &mut Context<'_>) -> Result<Vec<NamedFile>> {
        let row = visible(cx, &self.id)?;
        let mut out = Vec::new();
        for m in store::tickets::messages(cx.db, row.ticket.id)? {
            for a in m.attachments {
                out.push(NamedFile {
                    name: crate::domain::files::safe_file_name(&format!(
                        "{}-{}",
                        m.id,
                        a.name.replace(['/', '\\'], "-")
                    )),
                    bytes: store::tickets::attachment_bytes(cx.db, &a.sha256)?,
                });
            }
        }
        Ok(out)
    }
}
