use clap::{Args, Subcommand};

use crate::domain::StructureStatus;

#[derive(Debug, Subcommand)]
pub enum DirectoryCmd {
    /// Import the public directory (operator): upsert structures and services by identifier
    #[command(after_help = "Examples:
  chorus directory import annuaire.csv                    # add and update, report on stdout
  chorus directory import annuaire.csv --full             # the whole directory: the missing become INACTIF
  curl -s https://example.org/annuaire.csv | chorus directory import - --atomic
  chorus directory import services.ndjson --format json

One row per structure, or per structure-service pair (structure columns repeated). CSV with `,`
or `;`, UTF-8 with or without BOM; JSON array or NDJSON with the same keys. Columns (any order;
the names in brackets are also read, whatever their case, accents and punctuation):
  identifier                      [identifiantStructure, Identifiant, siret]  required
  identifier_type                 [typeIdentifiantStructure]  default SIRET
  name                            [designationStructure, raisonSociale, Raison sociale]  required for new structures
  label                           [libelleStructure, Libellé]
  status                          [statut]  ACTIF (default) or INACTIF
  address, postcode, city, country [adresse, codePostal, ville, pays]  country default FR
  service_required                [codeServiceDoitEtreRenseigne]
  engagement_required             [numeroEJDoitEtreRenseigne]
  service_or_engagement_required  [gestionNumeroEJOuCodeService]
  payment_status_not_reported     [statutMiseEnPaiementNestPasRemonte]
  service_code                    [codeService]
  service_name                    [libelleService, nomService]  default: the code
  service_active                  [estActif]  default true
  service_engagement_required     [numeroEngagement]
  service_payment_status_not_reported
  service_valid_from, service_valid_to  [dateDbtService, dateFinService]  YYYY-MM-DD or DD/MM/YYYY
Flags read true/false, 1/0, oui/non, yes/no. A SIRET that lost its leading zeros in a
spreadsheet is padded back to 14 digits. A column absent from the file keeps the stored values.
Bad rows are rejected with their line (exit 3) and the others imported, or none with --atomic.
With --full, public structures the file does not list become INACTIF, and — when the file has
a service_code column — so do the services it does not list. Nothing is ever deleted.")]
    Import(ImportArgs),
    /// Look structures up by identifier: one answer per identifier, in order
    #[command(after_help = "Examples:
  chorus directory lookup 21730065600014 22730001900006
  cut -d, -f3 clients.csv | chorus directory lookup - --format csv
  chorus directory lookup - --column siret_client --format ndjson < clients.csv
  chorus directory lookup 21730065600014 --strict || echo 'not a public client'

From stdin (`-`): one identifier per line, or CSV whose `identifier` column (or --column NAME)
holds them. Unknown identifiers answer found=false; --strict then exits 4. Only active
services are listed.")]
    Lookup(LookupArgs),
    /// Full-text search over names, labels and service names (case and accents ignored)
    #[command(after_help = "Examples:
  chorus directory search \"cotes d'armor\"
  chorus directory search mairie --postcode 73 --status ACTIF --limit 5
  chorus directory search hopital --city 'Saint-Étienne' --format json")]
    Search(SearchArgs),
    /// Export the directory (or what changed since a date) in the columns import reads
    #[command(after_help = "Examples:
  chorus directory export > annuaire.csv                       # CSV unless --format says otherwise
  chorus directory export --changed-since 2026-11-16 --format ndjson
  chorus directory export --status ACTIF | chorus --store other.db directory import -

One row per structure-service pair (a structure without services has one row with empty service
columns), ordered by identifier type, identifier and service code, streamed in constant memory.
--changed-since lists every structure changed at or after that date (or RFC 3339 instant) —
itself, or one of its services, deactivations included — with all its services.")]
    Export(ExportArgs),
    /// Would an invoice routed like this be accepted? Exit 0, or 3 with the rules it breaks
    #[command(after_help = "Examples:
  chorus directory check --recipient 21730065600014
  chorus directory check --recipient 11000201100044 --service SFACETAT --engagement EJ-2026-118
  chorus directory check --recipient 22730001900006 --service VOIRIE --format json || exit 1")]
    Check(CheckArgs),
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// CSV, JSON or NDJSON file; `-` reads stdin
    #[arg(value_name = "FILE")]
    pub file: std::path::PathBuf,
    /// csv, json or ndjson [default: from the extension, else the content]
    #[arg(long, value_name = "FORMAT")]
    pub input_format: Option<String>,
    /// The file is the whole directory: what it does not list becomes INACTIF
    #[arg(long)]
    pub full: bool,
    /// Import nothing if any row is rejected
    #[arg(long)]
    pub atomic: bool,
    /// Skip columns chorus does not know instead of refusing the file
    #[arg(long)]
    pub ignore_unknown_columns: bool,
}

#[derive(Debug, Args)]
pub struct LookupArgs {
    /// Identifiers (SIRET, or TYPE:IDENTIFIER); `-` reads them from stdin
    #[arg(value_name = "ID", required = true)]
    pub identifiers: Vec<String>,
    /// The CSV column holding the identifiers on stdin [default: identifier]
    #[arg(long, value_name = "NAME")]
    pub column: Option<String>,
    /// Exit 4 when any identifier is not in the directory
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to find in names, labels and service names (the last may be a word's start)
    pub query: String,
    /// Postcode or its start (73, 22000)
    #[arg(long)]
    pub postcode: Option<String>,
    /// City (case and accents ignored)
    #[arg(long)]
    pub city: Option<String>,
    /// ACTIF or INACTIF
    #[arg(long, value_parser = crate::cli::code::<StructureStatus>)]
    pub status: Option<StructureStatus>,
    /// At most this many results, best first
    #[arg(long, default_value_t = 20)]
    pub limit: u32,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Only structures changed at or after this date (YYYY-MM-DD) or RFC 3339 instant
    #[arg(long, value_name = "DATE")]
    pub changed_since: Option<String>,
    /// ACTIF or INACTIF
    #[arg(long, value_parser = crate::cli::code::<StructureStatus>)]
    pub status: Option<StructureStatus>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The recipient's identifier (SIRET)
    #[arg(long)]
    pub recipient: String,
    /// The recipient's service code
    #[arg(long, visible_alias = "recipient-service")]
    pub service: Option<String>,
    /// The engagement number (numéro d'engagement juridique / bon de commande)
    #[arg(long)]
    pub engagement: Option<String>,
}
