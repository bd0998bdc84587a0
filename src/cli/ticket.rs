use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use super::code;
use crate::domain::tickets::TicketStatus;

#[derive(Debug, Subcommand)]
pub enum TicketCmd {
    /// The categories and sub-categories: what each requires and where it goes
    #[command(after_help = "Examples:
  chorus ticket categories
  chorus ticket categories --format csv | grep FACTURES_EMISES")]
    Categories,
    /// Ask a public structure or support a question (a sollicitation)
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr ticket create --category FACTURES_EMISES --subcategory SUSPENSION \\
      --invoice 1 --subject 'Suspension de la facture F-2026-0042' --message 'Quel document manque-t-il ?'
  chorus --as manuela@delices-savoie.fr ticket create --category FACTURES_EMISES \\
      --subcategory QUESTION_ENTITE_PUBLIQUE --structure 22730001900006 --subject 'Adresse de facturation' \\
      --message - < question.txt
  chorus --as manuela@delices-savoie.fr ticket create --category GESTION_STRUCTURES_UTILISATEURS \\
      --subcategory DEMANDE_CREATION_STRUCTURE_PUBLIQUE --subject 'Créer le SIVOM' --message '…' --attach statuts.pdf

Invoice sub-categories (REJET_FACTURE, MONTANT_PAYE_DIFFERENT, SUSPENSION, INTERETS_MORATOIRES,
DELAIS_PAIEMENT, ERREUR_DESTINATAIRE) need --invoice (or --works-piece) and go to its recipient;
QUESTION_ENTITE_PUBLIQUE, SUIVI_MEMOIRE and QUESTION_DEMANDE_REJETEE need --structure; the
others go to support. Sending takes the tickets-issued space on your structure.")]
    Create(Box<CreateArgs>),
    /// List the tickets you see
    #[command(after_help = "Examples:
  chorus --as acheteur@savoie.fr ticket list --role received --status EN_COURS
  chorus --as manuela@delices-savoie.fr ticket list --role sent --format csv")]
    List {
        /// sent: those you (or your structure) asked; received: those addressed to your structure
        #[arg(long, value_enum)]
        role: Option<RoleArg>,
        #[arg(long, value_parser = code::<TicketStatus>, value_name = "STATUS")]
        status: Option<TicketStatus>,
    },
    /// Show a ticket: its thread of messages with attachments, and its history
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr ticket show 1
  chorus --as manuela@delices-savoie.fr ticket show SOL-2026-000001 --format json")]
    Show {
        /// Ticket id or number
        id: String,
    },
    /// Add a message to a ticket (the requester, or the addressee answering)
    #[command(after_help = "Examples:
  chorus --as acheteur@savoie.fr ticket reply 1 --message 'Le bon de livraison manque.' --request-action
  chorus --as manuela@delices-savoie.fr ticket reply 1 --message 'Le voici.' --attach bon-livraison.pdf

An answer with --request-action puts the ticket in ACTION_REQUISE (awaiting the requester); the
requester's reply puts it back EN_COURS. A support ticket is answered by the operator.")]
    Reply(ReplyArgs),
    /// Send a draft ticket
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr ticket submit 3")]
    Submit { id: String },
    /// Close a ticket (requester or addressee)
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr ticket close 1")]
    Close { id: String },
    /// Reopen a closed ticket
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr ticket reopen 1")]
    Reopen { id: String },
    /// The tickets awaiting you: to answer, to act on, to send
    #[command(after_help = "Examples:
  chorus --as acheteur@savoie.fr ticket todo")]
    Todo,
    /// Write a ticket's attachments into a folder
    #[command(after_help = "Examples:
  chorus --as acheteur@savoie.fr ticket download 1 -o pieces/
  chorus --as acheteur@savoie.fr ticket download 1 -o pieces/ --force   # again, replacing")]
    Download {
        id: String,
        /// Folder (created if missing)
        #[arg(short, long, value_name = "DIR")]
        output: PathBuf,
        /// Replace files that already exist (without it: refuse, write nothing)
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RoleArg {
    Sent,
    Received,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Category code (see `ticket categories`)
    #[arg(long)]
    pub category: String,
    /// Sub-category code
    #[arg(long)]
    pub subcategory: String,
    /// Title (résumé), at most 200 characters
    #[arg(long)]
    pub subject: String,
    /// The question (`-` reads it from stdin)
    #[arg(long)]
    pub message: String,
    /// The invoice the question is about
    #[arg(long, conflicts_with = "works_piece")]
    pub invoice: Option<i64>,
    /// The works piece the question is about
    #[arg(long, value_name = "PIECE")]
    pub works_piece: Option<i64>,
    /// The public structure addressed
    #[arg(long)]
    pub structure: Option<String>,
    /// Your structure that asks, when you act for several
    #[arg(long, value_name = "ID")]
    pub from: Option<String>,
    /// An attachment (repeatable)
    #[arg(long = "attach", value_name = "FILE")]
    pub attachments: Vec<PathBuf>,
    /// Keep it as a draft (BROUILLON) to send later with `ticket submit`
    #[arg(long)]
    pub draft: bool,
}

#[derive(Debug, Args)]
pub struct ReplyArgs {
    pub id: String,
    /// The message (`-` reads it from stdin)
    #[arg(long)]
    pub message: String,
    /// An attachment (repeatable)
    #[arg(long = "attach", value_name = "FILE")]
    pub attachments: Vec<PathBuf>,
    /// Ask the requester to act (addressee only): ACTION_REQUISE
    #[arg(long)]
    pub request_action: bool,
}
