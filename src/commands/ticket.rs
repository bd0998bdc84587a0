use super::App;
use super::invoice::read_file;
use crate::cli::ticket::{RoleArg, TicketCmd};
use crate::error::{Error, Result};
use crate::ops::b64::NamedFile;
use crate::ops::ticket::*;
use crate::output::Format;

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
    // Bounded: a message is at most 10,000 characters, stdin may be endless.
    let bytes = crate::io::file::read_bounded(std::path::Path::new("-"), 1024 * 1024)?;
    String::from_utf8(bytes)
        .map_err(|e| Error::usage("stdin_unreadable", format!("cannot read the message: {e}")))
}

fn files(paths: &[std::path::PathBuf]) -> Result<Vec<NamedFile>> {
    paths.iter().map(|p| read_file(p)).collect()
}

/// Prints a ticket; on a table, each message's attachments are listed by name.
fn emit(app: &App, t: TicketDetail) -> Result<()> {
    if app.format.resolve() != Format::Table {
        return app.emit(&t);
    }
    let mut v = serde_json::to_value(&t)?;
    if let Some(messages) = v["messages"].as_array_mut() {
        for (m, raw) in messages.iter_mut().zip(&t.messages) {
            let names: Vec<&str> = raw.attachments.iter().map(|a| a.name.as_str()).collect();
            m["attachments"] = names.join(", ").into();
        }
    }
    app.emit(&v)
}

pub fn run(app: &mut App, cmd: TicketCmd) -> Result<()> {
    match cmd {
        TicketCmd::Categories => app.run(TicketCategories {}),
        TicketCmd::Create(a) => {
            let op = CreateTicket {
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
            };
            let t = app.call(op)?;
            emit(app, t)
        }
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
        TicketCmd::Show { id } => {
            let t = app.call(ShowTicket { id })?;
            emit(app, t)
        }
        TicketCmd::Reply(a) => {
            let op = ReplyTicket {
                id: a.id,
                message: message(a.message)?,
                attachments: files(&a.attachments)?,
                request_action: a.request_action,
            };
            let t = app.call(op)?;
            emit(app, t)
        }
        TicketCmd::Submit { id } => {
            let t = app.call(SubmitTicket { id })?;
            emit(app, t)
        }
        TicketCmd::Close { id } => {
            let t = app.call(SetTicketOpen { id, open: false })?;
            emit(app, t)
        }
        TicketCmd::Reopen { id } => {
            let t = app.call(SetTicketOpen { id, open: true })?;
            emit(app, t)
        }
        TicketCmd::Todo => app.run_columns(TicketTodo {}, TODO_COLUMNS),
        TicketCmd::Download { id, output, force } => {
            let files = app.call(DownloadTicket { id })?;
            super::works::write_into(app, &output, &files, force)
        }
    }
}
