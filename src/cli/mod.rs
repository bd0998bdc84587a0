//! Command-line definitions (clap derive). Parsing only: handlers live in `commands/`.

pub mod account;
pub mod attach;
pub mod directory;
pub mod invoice;
pub mod service;
pub mod session;
pub mod structure;
pub mod ticket;
pub mod validate;
pub mod works;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::output::Format;

/// Parses an official code (or one of its aliases) for clap.
pub fn code<T: std::str::FromStr<Err = String>>(s: &str) -> Result<T, String> {
    s.parse()
}

pub const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  internal error (a bug, an I/O failure)
  2  usage error (bad flags, missing confirmation without a terminal)
  3  invalid data or a business rule refused it
  4  not found
  5  conflict (already exists, stale transition)
  6  permission denied (role, habilitation, authentication)
  7  store unavailable (cannot open or lock the file)";

#[derive(Debug, Parser)]
#[command(
    name = "chorus",
    version,
    about = "Send invoices to the French public sector: the Chorus Pro model on a local store",
    long_about = "chorus implements the Chorus Pro model — accounts, structures, attachments and \
roles, services and spaces, invoice deposit (PDF, Factur-X) and entry, the invoice lifecycle, \
batch deposit and validation — on a local SQLite store. Every command prints data on stdout \
(a table on a terminal, JSON in a pipe; see --format) and messages on stderr.\n\n\
Without --as, a command acts as the operator, the store's owner.",
    after_help = "Examples:
  chorus account create --email manuela@delices-savoie.fr --first-name Manuela --last-name Rossi --no-siret
  chorus --as manuela@delices-savoie.fr structure create --identifier 73282932000074 \\
      --name 'Les Délices de Savoie' --address '1 rue du Lac' --postcode 73000 --city Chambéry
  chorus structure search --name savoie --format csv
  CHORUS_USER=pierre@delices-savoie.fr chorus attach request --structure 73282932000074",
    after_long_help = EXIT_CODES,
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    Auto,
    Table,
    Json,
    Ndjson,
    Csv,
    /// A JUnit XML report: `invoice validate` only (hidden from the other commands' help)
    #[value(hide = true)]
    Junit,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Auto => Format::Auto,
            FormatArg::Table => Format::Table,
            FormatArg::Json => Format::Json,
            FormatArg::Ndjson => Format::Ndjson,
            FormatArg::Csv => Format::Csv,
            FormatArg::Junit => Format::Junit,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]
    #[arg(long, global = true, env = "CHORUS_STORE", value_name = "URL")]
    pub store: Option<String>,
    /// Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator
    #[arg(long = "as", global = true, env = "CHORUS_USER", value_name = "EMAIL")]
    pub as_account: Option<String>,
    /// Output format: auto is a table on a terminal and JSON otherwise
    #[arg(
        long,
        global = true,
        env = "CHORUS_FORMAT",
        value_enum,
        default_value = "auto",
        value_name = "F"
    )]
    pub format: FormatArg,
    /// Print only the primary output: no hints, no summaries, no progress
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Never draw progress bars
    #[arg(long, global = true)]
    pub no_progress: bool,
    /// Answer yes to confirmations (required without a terminal)
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,
    /// Colour on stderr (NO_COLOR is honoured by auto)
    #[arg(
        long,
        global = true,
        value_enum,
        default_value = "auto",
        value_name = "WHEN"
    )]
    pub color: ColorArg,
    /// Seconds to wait for a remote store
    #[arg(
        long,
        global = true,
        env = "CHORUS_TIMEOUT",
        default_value_t = 120,
        value_name = "SECS"
    )]
    pub timeout: u64,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// User accounts: sign up, activate, profile, password, event feed
    #[command(subcommand)]
    Account(account::AccountCmd),
    /// Structures (legal entities), their parameters and spaces
    #[command(subcommand)]
    Structure(structure::StructureCmd),
    /// Attachments of accounts to structures, and roles
    #[command(subcommand)]
    Attach(attach::AttachCmd),
    /// Services of a structure and the habilitations of users on them
    #[command(subcommand)]
    Service(service::ServiceCmd),
    /// Deposit an invoice PDF (Factur-X data inside is read and checked)
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr deposit facture-F42.pdf      # a Factur-X PDF carries its own data
  chorus --as manuela@delices-savoie.fr deposit scan.pdf --recipient 21730065600014 \\
      --recipient-service FACTURES_PUBLIQUES --engagement EJ-118 --number F-2026-42 --date 2026-11-20 \\
      --total-excl-vat 1000 --vat 200 --total-incl-vat 1200 --amount-due 1200
  chorus --as manuela@delices-savoie.fr deposit facture.pdf --dry-run --format json   # check only
  find out/ -name '*.pdf' | chorus --as manuela@delices-savoie.fr deposit --batch -    # Factur-X files
  chorus --as manuela@delices-savoie.fr deposit --batch invoices.csv --format ndjson   # a manifest
  find \"$PWD/out\" -name '*.pdf' | chorus --as manuela@delices-savoie.fr deposit --batch - --allow-absolute-paths

Manifest columns: file (relative to the manifest's folder) and any deposit flag as a column:
supplier, supplier_service, recipient, recipient_service, engagement, market, number, date, type,
original_number, currency, vat_regime, payment_mode, total_excl_vat, vat, total_incl_vat,
amount_due, framework, validator, attachments (separated by ;), comment, and key (idempotency key;
default: from the file's SHA-256, the supplier and the number). Flags given with --batch apply to
every record; columns win. A re-run reports done records as unchanged.

The files a manifest names (file, attachments) must lie inside its folder (stdin: the current
folder) once symbolic links are resolved; absolute paths only with --allow-absolute-paths. A
record naming another file fails, the others go on.")]
    Deposit(Box<invoice::DepositArgs>),
    /// Invoices: entry, lifecycle, reading
    #[command(subcommand)]
    Invoice(invoice::InvoiceCmd),
    /// The public directory (annuaire): import, lookup, search, export, routing check
    #[command(subcommand)]
    Directory(directory::DirectoryCmd),
    /// Works invoices: dossiers de facturation and their pieces (cadres A4–A25)
    #[command(subcommand)]
    WorksFile(works::WorksCmd),
    /// Tickets (sollicitations): questions to public structures and to support
    #[command(subcommand)]
    Ticket(ticket::TicketCmd),
    /// Sign in to a remote store: exchange a password for a token kept for that store
    Login(session::LoginArgs),
    /// Sign out of a remote store: revoke the token and forget it
    #[command(after_help = "Examples:
  chorus --store https://chorus.example.org logout
  CHORUS_TOKEN=$CI_TOKEN chorus --store https://chorus.example.org logout   # revoke a CI token

Revokes the token in use (CHORUS_TOKEN, else the one `chorus login` saved for this store) and
forgets the saved one when it is that token.")]
    Logout,
    /// Serve a store to a team over HTTP (`--store` is the file served)
    #[cfg(feature = "server")]
    Serve(session::ServeArgs),
    /// Write the man pages and shell completions (for packagers and the repository)
    #[command(hide = true)]
    GenerateDocs {
        /// Folder that receives man/ and completions/
        #[arg(long, default_value = ".")]
        out: std::path::PathBuf,
    },
}
