use std::io::Read;

use super::App;
use super::invoice::read_file;
use crate::cli::ticket::{RoleArg, TicketCmd};
use crate::error::{Error, Result};
use crate::ops::b64::NamedFile;
use crate::ops::ticket::*;

const LIST_COLUMNS: &[&str] = &[
    "id",
    "number",
    "status",
    "subcategory",
    "subject",
    "requester",
    "addressee.identifier",
    "invoice_id",
    "status_at",
];
const TODO_COLUMNS: &[&str] = &[
    "id",
    "number",
    "status",
    "side",
    "action",
    "subject",
    "status_at",
];

/// The message text, or stdin for `-`.
fn message(text: String) -> Result<String> {
    if text != "-" {
        return Ok(text);
    }
    let mut s = String::new();
    std::io::stdin()
        .lock()
        .read_to_string(&mut s)
        .map_err(|e| Error::usage("stdin_unreadable", format!("cannot read the message: {e}")))?;
    Ok(s)
}

fn files(paths: &[std::path::PathBuf]) -> Result<Vec<NamedFile>> {
    paths.iter().map(|p| read_file(p)).collect()
}

pub fn run(app: &mut App, cmd: TicketCmd) -> Result<()> {
    match cmd {
        TicketCmd::Categories => app.run(TicketCategories {}),
        TicketCmd::Create(a) => app.run(CreateTicket {
            category: a.category,
            subcategory: a.subcategory,
            subject: a.subject,
            message: message(a.message)?,
            invoice: a.invoice,
            works_piece: a.works_piece,
            structure: a.structure,
            from: a.from,
            attachments: files(&a.attachments)?,
            draft: a.draft,
        }),
        TicketCmd::List { role, status } => app.run_columns(
            ListTickets {
                role: role.map(|r| match r {
                    RoleArg::Sent => TicketRole::Sent,
                    RoleArg::Received => TicketRole::Received,
                }),
                status,
            },
            LIST_COLUMNS,
        ),
        TicketCmd::Show { id } => app.run(ShowTicket { id }),
        TicketCmd::Reply(a) => app.run(ReplyTicket {
            id: a.id,
            message: message(a.message)?,
            attachments: files(&a.attachments)?,
            request_action: a.request_action,
        }),
        TicketCmd::Submit { id } => app.run(SubmitTicket { id }),
        TicketCmd::Close { id } => app.run(SetTicketOpen { id, open: false }),
        TicketCmd::Reopen { id } => app.run(SetTicketOpen { id, open: true }),
        TicketCmd::Todo => app.run_columns(TicketTodo {}, TODO_COLUMNS),
        TicketCmd::Download { id, output } => {
            let files = app.call(DownloadTicket { id })?;
            super::works::write_into(app, &output, &files)
        }
    }
}
