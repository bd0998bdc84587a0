//! Handlers: arguments → operation(s) → rendered outcome. The only layer that talks to the
//! terminal (prompts, confirmations) besides the renderers.

mod account;
mod attach;
mod batch;
mod directory;
mod docs;
mod invoice;
mod parallel;
mod service;
mod session;
mod structure;
mod ticket;
mod validate;
mod works;

use std::io::{self, BufRead, IsTerminal, Write};
use std::path::PathBuf;

use clap::Parser;
use serde::Serialize;
use serde_json::Value;

use crate::backend::{Backend, StoreUrl};
use crate::cli::invoice::InvoiceCmd;
use crate::cli::{Cli, ColorArg, Command, FormatArg, GlobalArgs};
use crate::error::{Error, Result};
use crate::ops::Operation;
use crate::output::{self, Data, Format};

/// What every handler gets: the backend and the output settings.
pub struct App {
    pub backend: Backend,
    pub format: Format,
    pub quiet: bool,
    pub no_progress: bool,
    pub yes: bool,
}

impl App {
    pub fn new(g: &GlobalArgs, backend: Backend) -> App {
        App {
            backend,
            format: g.format.into(),
            quiet: g.quiet,
            no_progress: g.no_progress,
            yes: g.yes,
        }
    }

    pub fn call<O: Operation>(&mut self, op: O) -> Result<O::Output> {
        self.backend.call(op)
    }

    /// Runs an operation and prints its output.
    pub fn run<O: Operation>(&mut self, op: O) -> Result<()> {
        let out = self.call(op)?;
        self.emit(&out)
    }

    /// Runs an operation and prints its output, narrowing wide lists on a table.
    pub fn run_columns<O: Operation>(&mut self, op: O, table_columns: &[&str]) -> Result<()> {
        let out = self.call(op)?;
        self.emit_columns(&out, Some(table_columns))
    }

    /// Prints data on stdout: an array as a list, anything else as a record.
    pub fn emit<T: Serialize>(&self, value: &T) -> Result<()> {
        self.emit_columns(value, None)
    }

    pub fn emit_columns<T: Serialize>(
        &self,
        value: &T,
        table_columns: Option<&[&str]>,
    ) -> Result<()> {
        let data = match serde_json::to_value(value)? {
            Value::Array(rows) => Data::List(rows),
            v => Data::Record(v),
        };
        let mut stdout = io::BufWriter::new(io::stdout().lock());
        match output::render(&data, self.format, table_columns, &mut stdout) {
            // `chorus … | head` closing the pipe is not an error.
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            other => Ok(other?),
        }
    }

    /// A message for humans on stderr, unless --quiet.
    pub fn note(&self, message: &str) {
        if !self.quiet {
            // A closed stderr must not turn a success into a panic; names in it are escaped.
            let _ = writeln!(io::stderr(), "{}", output::safe::terminal(message));
        }
    }

    /// Asks for confirmation on a terminal; scripts must pass --yes.
    pub fn confirm(&self, question: &str) -> Result<()> {
        if self.yes {
            return Ok(());
        }
        if !interactive() {
            return Err(Error::usage(
                "confirmation_required",
                format!("{question} — confirmation needed, and there is no terminal to ask"),
            )
            .hint("pass --yes to confirm in scripts"));
        }
        let ok = dialoguer::Confirm::new()
            .with_prompt(output::safe::terminal(question))
            .default(false)
            .interact()
            .map_err(|e| Error::internal(format!("cannot read the answer: {e}")))?;
        if ok {
            Ok(())
        } else {
            Err(Error::usage(
                "not_confirmed",
                "cancelled: nothing was changed",
            ))
        }
    }
}

/// Both ends of the conversation are a terminal.
pub fn interactive() -> bool {
    io::stdin().is_terminal() && io::stderr().is_terminal()
}

/// Reads `n` lines from stdin (passwords, answers), without their line endings.
pub fn stdin_lines(n: usize, what: &str) -> Result<Vec<String>> {
    let mut lines = Vec::new();
    for line in io::stdin().lock().lines().take(n) {
        lines.push(line?.trim_end_matches('\r').to_string());
    }
    if lines.len() < n {
        return Err(Error::usage(
            "stdin_incomplete",
            format!(
                "expected {what} on stdin, one per line ({n} line(s)), got {}",
                lines.len()
            ),
        ));
    }
    Ok(lines)
}

/// Asks for a secret on the terminal, hidden.
pub fn prompt_secret(prompt: &str, confirm: bool) -> Result<String> {
    let mut p = dialoguer::Password::new().with_prompt(prompt);
    if confirm {
        p = p.with_confirmation("Repeat it", "the two entries differ");
    }
    p.interact()
        .map_err(|e| Error::internal(format!("cannot read from the terminal: {e}")))
}

/// `$XDG_DATA_HOME/chorus/chorus.db` (else `~/.local/share/…`); nothing is created.
pub fn default_store_path() -> Result<PathBuf> {
    let base = crate::io::xdg_dir("XDG_DATA_HOME", ".local/share").ok_or_else(|| {
        Error::usage(
            "no_store",
            "no store given and neither XDG_DATA_HOME nor HOME is set",
        )
        .hint("pass --store PATH or set CHORUS_STORE")
    })?;
    Ok(base.join("chorus").join("chorus.db"))
}

fn default_store() -> Result<PathBuf> {
    let path = default_store_path()?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| {
            Error::unavailable("store_io", format!("cannot create {}: {e}", dir.display()))
        })?;
    }
    Ok(path)
}

/// Parses argv, runs the command, prints the error if any, and returns the exit code.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return e.exit_code();
        }
    };
    let json_errors = matches!(cli.global.format, FormatArg::Json | FormatArg::Ndjson);
    let color = output::use_color(match cli.global.color {
        ColorArg::Auto => "auto",
        ColorArg::Always => "always",
        ColorArg::Never => "never",
    });
    match run(cli) {
        Ok(()) => 0,
        Err(e) => {
            output::print_error(&e, json_errors, color);
            e.exit_code()
        }
    }
}

fn run(cli: Cli) -> Result<()> {
    let Cli { global: g, command } = cli;
    let command = match command {
        Command::GenerateDocs { out } => return docs::generate(&out),
        // Validation chooses its store itself: only an existing one, only read.
        Command::Invoice(InvoiceCmd::Validate(args)) => return validate::run(&g, *args),
        command => command,
    };
    if matches!(g.format, FormatArg::Junit) {
        return Err(Error::usage(
            "format_unsupported",
            "--format junit is only for `chorus invoice validate`",
        )
        .hint("use table, json, ndjson or csv"));
    }
    // Rendering needs no store: none is opened or created.
    let command = match command {
        Command::Invoice(InvoiceCmd::Render {
            from,
            output,
            force,
        }) => return invoice::render(&g, &from, &output, force),
        command => command,
    };
    let url = match g.store.as_deref().filter(|s| !s.is_empty()) {
        Some(s) => StoreUrl::parse(s)?,
        None => StoreUrl::Local(default_store()?),
    };
    let command = match command {
        Command::Login(args) => return session::login(&g, url, args),
        Command::Logout => return session::logout(&g, url),
        #[cfg(feature = "server")]
        Command::Serve(args) => return crate::server::serve(url, args),
        command => command,
    };
    let mut app = App::new(&g, session::backend(&g, url)?);
    match command {
        Command::Account(cmd) => account::run(&mut app, cmd),
        Command::Structure(cmd) => structure::run(&mut app, cmd),
        Command::Attach(cmd) => attach::run(&mut app, cmd),
        Command::Service(cmd) => service::run(&mut app, cmd),
        Command::Deposit(args) => invoice::deposit(&mut app, *args),
        Command::Invoice(cmd) => invoice::run(&mut app, cmd),
        Command::Directory(cmd) => directory::run(&mut app, cmd),
        Command::WorksFile(cmd) => works::run(&mut app, cmd),
        Command::Ticket(cmd) => ticket::run(&mut app, cmd),
        Command::GenerateDocs { .. } | Command::Login(_) | Command::Logout => Ok(()),
        #[cfg(feature = "server")]
        Command::Serve(_) => Ok(()),
    }
}
