use clap::{ArgAction, Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum ServiceCmd {
    /// Create a service in a structure (managers)
    #[command(after_help = "Examples:
  chorus --as pierre@delices-savoie.fr service create --structure 73282932000074 --code TRAITEUR --name Traiteur
  chorus service create --structure 21730065600014 --code CANTINE --name 'Restauration scolaire' --engagement-required")]
    Create {
        #[arg(long)]
        structure: String,
        /// Code: 1-100 characters among A-Z 0-9 _ -
        #[arg(long)]
        code: String,
        #[arg(long)]
        name: String,
        /// Invoices to this service must carry an engagement number
        #[arg(long)]
        engagement_required: bool,
        /// Payment status is not reported for this service
        #[arg(long)]
        payment_status_not_reported: bool,
    },
    /// List the services of a structure
    #[command(after_help = "Examples:
  chorus service list --structure 73282932000074 --format csv")]
    List {
        #[arg(long)]
        structure: String,
    },
    /// Show a service and who is habilitated on it
    #[command(after_help = "Examples:
  chorus service show --structure 73282932000074 TRAITEUR")]
    Show {
        #[arg(long)]
        structure: String,
        code: String,
    },
    /// Change a service (managers)
    #[command(after_help = "Examples:
  chorus --as pierre@delices-savoie.fr service update --structure 73282932000074 TRAITEUR --name 'Traiteur et réceptions'")]
    Update(UpdateArgs),
    /// Deactivate a service (managers)
    #[command(after_help = "Examples:
  chorus --as pierre@delices-savoie.fr service deactivate --structure 73282932000074 TRAITEUR")]
    Deactivate {
        #[arg(long)]
        structure: String,
        code: String,
    },
    /// Reactivate a service (managers)
    #[command(after_help = "Examples:
  chorus --as pierre@delices-savoie.fr service activate --structure 73282932000074 TRAITEUR")]
    Activate {
        #[arg(long)]
        structure: String,
        code: String,
    },
    /// Habilitate an attached user on a service (managers)
    #[command(after_help = "Examples:
  chorus --as pierre@delices-savoie.fr service grant --structure 73282932000074 --service TRAITEUR --account manuela@delices-savoie.fr

A simple user holding grants acts only on those services' invoices; one holding none acts at
structure level; managers act on everything of their structure.")]
    Grant(GrantArgs),
    /// Withdraw a user's habilitation on a service (managers)
    #[command(after_help = "Examples:
  chorus --as pierre@delices-savoie.fr service revoke --structure 73282932000074 --service TRAITEUR --account manuela@delices-savoie.fr")]
    Revoke(GrantArgs),
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    #[arg(long)]
    pub structure: String,
    pub code: String,
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long, action = ArgAction::Set, value_name = "BOOL")]
    pub engagement_required: Option<bool>,
    #[arg(long, action = ArgAction::Set, value_name = "BOOL")]
    pub payment_status_not_reported: Option<bool>,
}

#[derive(Debug, Args)]
pub struct GrantArgs {
    #[arg(long)]
    pub structure: String,
    /// Service code
    #[arg(long)]
    pub service: String,
    /// E-mail of the attached account
    #[arg(long)]
    pub account: String,
}
