use clap::Subcommand;

use super::code;
use crate::domain::{RequestStatus, Role};

#[derive(Debug, Subcommand)]
pub enum AttachCmd {
    /// Ask to be attached to a structure
    #[command(after_help = "Examples:
  chorus --as pierre@delices-savoie.fr attach request --structure 73282932000074 --comment 'Co-gérant'")]
    Request {
        /// Identifier of the structure
        #[arg(long)]
        structure: String,
        #[arg(long)]
        comment: Option<String>,
    },
    /// Attachments you can see: your own, and your structures' (managers)
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr attach list --status pending
  chorus attach list --structure 73282932000074 --format csv")]
    List {
        #[arg(long)]
        structure: Option<String>,
        #[arg(long, value_parser = code::<RequestStatus>,
              help = "EN_COURS_DE_VALIDATION (pending), VALIDEE (accepted), REFUSEE (refused), DESACTIVEE")]
        status: Option<RequestStatus>,
    },
    /// Accept a request with a role (managers)
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr attach accept 2 --role secondary
  chorus attach accept 5 --role principal   # operator, structure without a principal manager")]
    Accept {
        /// Request number (see `attach list`)
        req: i64,
        #[arg(long, value_parser = code::<Role>,
              help = "secondary (GESTIONNAIRE_SECONDAIRE), user (UTILISATEUR_SIMPLE); principal: operator only")]
        role: Role,
    },
    /// Refuse a request, saying why (managers)
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr attach refuse 4 --reason 'Unknown to us'")]
    Refuse {
        req: i64,
        #[arg(long)]
        reason: String,
    },
    /// Change the role of an attached account (managers; not the principal)
    #[command(after_help = "Examples:
  chorus --as pierre@delices-savoie.fr attach set-role --structure 73282932000074 --account lea@delices-savoie.fr --role secondary")]
    SetRole {
        #[arg(long)]
        structure: String,
        #[arg(long)]
        account: String,
        #[arg(long, value_parser = code::<Role>, help = "secondary or user")]
        role: Role,
    },
    /// Detach an account (managers), or yourself
    #[command(after_help = "Examples:
  chorus --as lea@delices-savoie.fr attach remove --structure 73282932000074
  chorus --as pierre@delices-savoie.fr attach remove --structure 73282932000074 --account lea@delices-savoie.fr")]
    Remove {
        #[arg(long)]
        structure: String,
        /// Default: yourself
        #[arg(long)]
        account: Option<String>,
    },
    /// Hand the principal manager role to another attached account
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr attach transfer --structure 73282932000074 --to pierre@delices-savoie.fr --yes

The previous principal manager becomes secondary manager.")]
    Transfer {
        #[arg(long)]
        structure: String,
        #[arg(long)]
        to: String,
    },
}
