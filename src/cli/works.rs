use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use super::code;
use super::invoice::AmountArgs;
use crate::domain::works::{GroupType, WorksFramework, WorksStatus};

#[derive(Debug, Subcommand)]
pub enum WorksCmd {
    /// Create a dossier de facturation for a works market (its supplier, MOE or MOA)
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr works-file create --market M-2026-118 \\
      --supplier 73282932000074 --moe 40483304800014 --moa 21730065600014 --moa-service TRAVAUX
  chorus --as manuela@delices-savoie.fr works-file create --market M-2026-118 --supplier 73282932000074 \\
      --moe 40483304800014 --moa 21730065600014 --subcontractor 02673002800011

Every party is a structure of the store, and every account that acts needs the works-invoices
space (in modify mode) on its structure. The titulaire (--supplier) validates its
subcontractors' pieces, and is the mandataire of its co-contractors.")]
    Create(Box<CreateArgs>),
    /// Deposit a piece (PDF) in a dossier under its cadre (A4…A25)
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr works-file deposit decompte-11.pdf --file 1 --framework A4 \\
      --number PDM-11 --date 2026-11-20 --total-excl-vat 10000 --vat 2000
  chorus --as moe@archi.fr works-file deposit etat-acompte-11.pdf --file 1 --framework A15 --associate 1 \\
      --number EA-11 --date 2026-11-25 --total-excl-vat 9500 --vat 1900 --amount-due 10830

Who deposits what:
  supplier (titulaire)  A4 projet de décompte mensuel, A5 état d'acompte (no MOE), A6 état d'acompte
                        validé (sent straight to the financial service), A7 projet de décompte final,
                        A8 décompte général signé (after A20/A18),
                        A22 projet de DG, procédure tacite (replaces an A7), A23 DGD tacite (after A22)
  subcontractor         A10 projet de décompte mensuel, A11 projet de décompte final (validated by
                        the titulaire first)
  co-contractor         A13, A14 (validated by the mandataire, the titulaire, first)
  MOE                   A15 état d'acompte, A16 état d'acompte validé (after A4/A10/A13), A17 projet
                        de décompte général, A18 décompte général (after A7/A11/A14), A24 (after A22)
  MOA                   A19 état d'acompte validé (after A15/A5): the payment request; A20 décompte
                        général (after A17/A7); A25 (after A22/A23/A24)
A piece that follows another names it with --associate. A Factur-X PDF carries its number, date
and amounts; flags win over the document.")]
    Deposit(Box<DepositArgs>),
    /// Show a dossier: its parties and every piece with its status history
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr works-file show 1
  chorus --as manuela@delices-savoie.fr works-file show 1 --format json | jq '.pieces[] | {id, framework, status}'")]
    Show { id: i64 },
    /// List the works pieces you see
    #[command(after_help = "Examples:
  chorus --as moe@archi.fr works-file list --role moe --status MISE_A_DISPOSITION_MOE
  chorus --as manuela@delices-savoie.fr works-file list --market M-2026-118 --format csv")]
    List(ListArgs),
    /// Move a piece you hold: take it into account, refuse it, ask for completion, complete it,
    /// process the payment request
    #[command(after_help = "Examples:
  chorus --as moe@archi.fr works-file process 1 --status PRISE_EN_COMPTE_MOE
  chorus --as moe@archi.fr works-file process 1 --status ERREUR_FOURNISSEUR_SUR_MOE --reason 'we are not the MOE of this market'
  chorus --as moa@chambery.fr works-file process 2 --status A_COMPLETER --reason 'attach the site report'
  chorus --as manuela@delices-savoie.fr works-file process 2 --status COMPLETEE
  chorus --as moa@chambery.fr works-file process 3 --status MISE_EN_PAIEMENT

From MISE_A_DISPOSITION_MOE / PRISE_EN_COMPTE_MOE the MOE may: PRISE_EN_COMPTE_MOE,
ERREUR_FOURNISSEUR_SUR_MOE (routing error: the depositor recycles), REFUSEE_MOE, A_COMPLETER.
From MISE_A_DISPOSITION_MOA / PRISE_EN_COMPTE_MOA the MOA may: PRISE_EN_COMPTE_MOA,
ERREUR_FOURNISSEUR_SUR_MOA or ERREUR_MOE_SUR_MOA, REFUSEE_MOA, A_COMPLETER.
From MISE_A_DISPOSITION_FOURNISSEUR the supplier may: ERREUR_MOA_SUR_FOURNISSEUR or
ERREUR_MOE_SUR_FOURNISSEUR, REFUSEE_FOURNISSEUR (or sign with an A8).
The payment request (MISE_A_DISPOSITION) goes to SERVICE_FAIT, MANDATEE, MISE_EN_PAIEMENT,
SUSPENDUE or REJETEE. After A_COMPLETER or SUSPENDUE the depositor sets COMPLETEE.
Refusals, errors, requests for completion, suspensions and rejections need --reason.")]
    Process {
        id: i64,
        #[arg(long, value_parser = code::<WorksStatus>, value_name = "STATUS")]
        status: WorksStatus,
        #[arg(long)]
        reason: Option<String>,
    },
    /// Validate a subcontractor's or co-contractor's piece (the titulaire)
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr works-file approve 4

Without a decision within the store's delay (15 days) the piece goes on by itself
(ABSENCE_VALIDATION_1_HORS_DELAI).")]
    Approve { id: i64 },
    /// Refuse a subcontractor's or co-contractor's piece (the titulaire)
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr works-file refuse 4 --reason 'quantities exceed the situation'")]
    Refuse {
        id: i64,
        #[arg(long)]
        reason: String,
    },
    /// Send a piece refused for a routing error (ERREUR_…) again, to the right party
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr works-file recycle 1 --structure 40483304800014
  chorus --as moe@archi.fr works-file recycle 2 --service TRAVAUX

Corrects the dossier's party the error names (the MOE for ERREUR_FOURNISSEUR_SUR_MOE, the MOA for
ERREUR_…_SUR_MOA, the supplier for ERREUR_…_SUR_FOURNISSEUR) and puts the piece back where it was
refused.")]
    Recycle {
        id: i64,
        /// The structure that should receive the piece
        #[arg(long)]
        structure: Option<String>,
        /// Its service code
        #[arg(long)]
        service: Option<String>,
        #[arg(long)]
        comment: Option<String>,
    },
    /// The pieces awaiting your action
    #[command(after_help = "Examples:
  chorus --as moe@archi.fr works-file todo
  chorus --as manuela@delices-savoie.fr works-file todo --format ndjson")]
    Todo,
    /// Write every piece of a dossier (and their attachments) into a folder
    #[command(after_help = "Examples:
  chorus --as moa@chambery.fr works-file download 1 -o dossier-1/
  chorus --as moa@chambery.fr works-file download 1 -o dossier-1/ --force   # again, replacing")]
    Download {
        id: i64,
        /// Folder (created if missing)
        #[arg(short, long, value_name = "DIR")]
        output: PathBuf,
        /// Replace files that already exist (without it: refuse, write nothing)
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Market number (numéro de marché)
    #[arg(long)]
    pub market: String,
    /// A label for the dossier
    #[arg(long)]
    pub title: Option<String>,
    /// The titulaire of the market
    #[arg(long)]
    pub supplier: String,
    #[arg(long, value_name = "CODE")]
    pub supplier_service: Option<String>,
    /// The maîtrise d'œuvre (without one, pieces go to the MOA)
    #[arg(long)]
    pub moe: Option<String>,
    #[arg(long, value_name = "CODE")]
    pub moe_service: Option<String>,
    /// The maîtrise d'ouvrage: a public structure, recipient of the payment requests
    #[arg(long)]
    pub moa: String,
    #[arg(long, value_name = "CODE")]
    pub moa_service: Option<String>,
    /// Engagement number
    #[arg(long)]
    pub engagement: Option<String>,
    /// A subcontractor admitted to direct payment (repeatable)
    #[arg(long = "subcontractor", value_name = "ID")]
    pub subcontractors: Vec<String>,
    /// A co-contractor of the titulaire's group (repeatable)
    #[arg(long = "cocontractor", value_name = "ID")]
    pub cocontractors: Vec<String>,
    /// How the co-contractors are grouped
    #[arg(long, value_parser = code::<GroupType>, value_name = "CONJOINT|SOLIDAIRE")]
    pub group: Option<GroupType>,
}

#[derive(Debug, Args)]
pub struct DepositArgs {
    /// The piece: a PDF (`-` reads stdin)
    pub pdf: PathBuf,
    /// The dossier de facturation
    #[arg(long = "file", value_name = "DOSSIER")]
    pub dossier: i64,
    /// Cadre: A4 … A25 (or the full code)
    #[arg(long, value_parser = code::<WorksFramework>, value_name = "CADRE")]
    pub framework: WorksFramework,
    /// The piece this one follows
    #[arg(long, value_name = "PIECE")]
    pub associate: Option<i64>,
    /// Which of your structures deposits, when you act for several of the dossier
    #[arg(long)]
    pub structure: Option<String>,
    #[arg(long)]
    pub number: Option<String>,
    /// YYYY-MM-DD
    #[arg(long)]
    pub date: Option<String>,
    #[arg(long)]
    pub currency: Option<String>,
    #[command(flatten)]
    pub amounts: AmountArgs,
    /// An attachment (repeatable)
    #[arg(long = "attach", value_name = "FILE")]
    pub attachments: Vec<PathBuf>,
    #[arg(long)]
    pub comment: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RoleArg {
    Supplier,
    Moe,
    Moa,
    Validator,
    Subcontractor,
    Cocontractor,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only the pieces you see in this part
    #[arg(long, value_enum)]
    pub role: Option<RoleArg>,
    #[arg(long, value_parser = code::<WorksStatus>, value_name = "STATUS")]
    pub status: Option<WorksStatus>,
    /// Market number
    #[arg(long)]
    pub market: Option<String>,
    /// Dossier
    #[arg(long = "file", value_name = "DOSSIER")]
    pub dossier: Option<i64>,
}
