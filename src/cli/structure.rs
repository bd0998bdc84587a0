use clap::{ArgAction, Args, Subcommand};

use super::code;
use crate::domain::{AccessMode, IdentifierType, RequestStatus, StructureStatus};

#[derive(Debug, Subcommand)]
pub enum StructureCmd {
    /// Create a structure; you become its principal manager
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr structure create --identifier 73282932000074 \\
      --name 'Les Délices de Savoie' --address '12 avenue des Alpes' --postcode 73000 --city Chambéry
  chorus structure create --public --identifier 21730065600014 --name 'Commune de Chambéry' \\
      --address 'Place de l'\\''Hôtel de Ville' --postcode 73000 --city Chambéry \\
      --service-required --engagement-required             # operator only

A SIRET is 14 digits with a Luhn check digit (La Poste establishments: digit sum multiple of 5).")]
    Create(CreateArgs),
    /// Show a structure: parameters, managers, services, spaces
    #[command(after_help = "Examples:
  chorus structure show 73282932000074
  chorus structure show 73282932000074 --format json | jq .services")]
    Show {
        /// Identifier of the structure (SIRET…)
        id: String,
    },
    /// Search structures by name, identifier prefix, label, type or status
    #[command(after_help = "Examples:
  chorus structure search --name savoie
  chorus structure search --identifier 2173 --public --status ACTIF --format csv
  chorus structure search --limit 0 --format ndjson > structures.ndjson   # everything")]
    Search(SearchArgs),
    /// Change a structure's fiche (managers) or routing parameters (operator, public only)
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr structure update 73282932000074 --label 'Délices' --city Annecy --postcode 74000
  chorus structure update 21730065600014 --engagement-required false   # operator")]
    Update(UpdateArgs),
    /// Deactivate a structure (principal manager or operator)
    #[command(after_help = "Examples:
  chorus --as pierre@delices-savoie.fr structure deactivate 73282932000074")]
    Deactivate { id: String },
    /// Reactivate a structure (principal manager or operator)
    #[command(after_help = "Examples:
  chorus --as pierre@delices-savoie.fr structure activate 73282932000074")]
    Activate { id: String },
    /// Spaces (espaces) of a structure and access requests
    #[command(subcommand)]
    Space(SpaceCmd),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Identifier (SIRET: 14 digits; leading zeros kept)
    #[arg(long)]
    pub identifier: String,
    #[arg(long, value_parser = code::<IdentifierType>, default_value = "SIRET", value_name = "TYPE",
          help = "SIRET, UE_HORS_FRANCE, HORS_UE, RIDET, TAHITI, AUTRE or PARTICULIER")]
    pub identifier_type: IdentifierType,
    /// Legal name (raison sociale)
    #[arg(long)]
    pub name: String,
    /// Short label shown in lists
    #[arg(long)]
    pub label: Option<String>,
    /// Street address
    #[arg(long)]
    pub address: String,
    #[arg(long)]
    pub postcode: String,
    #[arg(long)]
    pub city: String,
    /// ISO country code
    #[arg(long, default_value = "FR")]
    pub country: String,
    /// A public structure (PUBLIQUE), invoice recipient — operator only
    #[arg(long)]
    pub public: bool,
    /// codeServiceDoitEtreRenseigne: invoices must name a service
    #[arg(long, requires = "public")]
    pub service_required: bool,
    /// numeroEJDoitEtreRenseigne: invoices must carry an engagement number
    #[arg(long, requires = "public")]
    pub engagement_required: bool,
    /// gestionNumeroEJOuCodeService: a service or an engagement number is required
    #[arg(long, requires = "public")]
    pub service_or_engagement_required: bool,
    /// statutMiseEnPaiementNestPasRemonte: payment status is not reported
    #[arg(long, requires = "public")]
    pub payment_status_not_reported: bool,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Case-insensitive part of the name
    #[arg(long)]
    pub name: Option<String>,
    /// Identifier prefix
    #[arg(long)]
    pub identifier: Option<String>,
    /// Case-insensitive part of the label
    #[arg(long)]
    pub label: Option<String>,
    /// Only public structures
    #[arg(long, conflicts_with = "private")]
    pub public: bool,
    /// Only private structures
    #[arg(long)]
    pub private: bool,
    #[arg(long, value_parser = code::<StructureStatus>, help = "ACTIF or INACTIF")]
    pub status: Option<StructureStatus>,
    /// At most N results (0: no limit)
    #[arg(long, default_value_t = 100, value_name = "N")]
    pub limit: u32,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// Identifier of the structure
    pub id: String,
    #[arg(long)]
    pub name: Option<String>,
    /// New label ("" removes it)
    #[arg(long)]
    pub label: Option<String>,
    #[arg(long)]
    pub address: Option<String>,
    #[arg(long)]
    pub postcode: Option<String>,
    #[arg(long)]
    pub city: Option<String>,
    #[arg(long)]
    pub country: Option<String>,
    /// codeServiceDoitEtreRenseigne (operator, public structures)
    #[arg(long, action = ArgAction::Set, value_name = "BOOL")]
    pub service_required: Option<bool>,
    /// numeroEJDoitEtreRenseigne (operator, public structures)
    #[arg(long, action = ArgAction::Set, value_name = "BOOL")]
    pub engagement_required: Option<bool>,
    /// gestionNumeroEJOuCodeService (operator, public structures)
    #[arg(long, action = ArgAction::Set, value_name = "BOOL")]
    pub service_or_engagement_required: Option<bool>,
    /// statutMiseEnPaiementNestPasRemonte (operator, public structures)
    #[arg(long, action = ArgAction::Set, value_name = "BOOL")]
    pub payment_status_not_reported: Option<bool>,
}

#[derive(Debug, Subcommand)]
pub enum SpaceCmd {
    /// The spaces of a structure: open or not, and your access
    #[command(after_help = "Examples:
  chorus --as pierre@delices-savoie.fr structure space list 73282932000074")]
    List {
        /// Identifier of the structure
        id: String,
    },
    /// Open a space (managers)
    #[command(after_help = "Examples:
  chorus --as pierre@delices-savoie.fr structure space open 73282932000074 works-invoices")]
    Open {
        id: String,
        /// Space code (see `structure space list`)
        space: String,
    },
    /// Close a space (managers)
    #[command(after_help = "Examples:
  chorus --as pierre@delices-savoie.fr structure space close 73282932000074 works-invoices")]
    Close { id: String, space: String },
    /// Ask the managers for access to a space (simple users)
    #[command(after_help = "Examples:
  chorus --as lea@delices-savoie.fr structure space request 73282932000074 invoices-issued --mode modify")]
    Request {
        id: String,
        space: String,
        /// consult (read) or modify (act)
        #[arg(long, value_parser = code::<AccessMode>, default_value = "consult")]
        mode: AccessMode,
    },
    /// Access requests of a structure (managers: all; users: their own)
    #[command(after_help = "Examples:
  chorus --as pierre@delices-savoie.fr structure space requests 73282932000074 --status pending")]
    Requests {
        id: String,
        #[arg(long, value_parser = code::<RequestStatus>, help = "EN_COURS_DE_VALIDATION (pending), VALIDEE, REFUSEE")]
        status: Option<RequestStatus>,
    },
    /// Accept an access request (managers)
    #[command(after_help = "Examples:
  chorus --as pierre@delices-savoie.fr structure space accept 3")]
    Accept {
        /// Request number
        req: i64,
    },
    /// Refuse an access request (managers)
    #[command(after_help = "Examples:
  chorus --as pierre@delices-savoie.fr structure space refuse 3")]
    Refuse { req: i64 },
}
