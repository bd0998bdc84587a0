use std::path::PathBuf;

use clap::{Args, Subcommand};
use rust_decimal::Decimal;

use super::code;
use crate::domain::invoice::{Framework, InvoiceStatus, InvoiceType, PaymentMode, VatRegime};

fn decimal(s: &str) -> Result<Decimal, String> {
    s.trim()
        .parse::<Decimal>()
        .map_err(|_| format!("'{s}' is not an amount (use a dot: 1200.50)"))
}

#[derive(Debug, Clone, Args)]
pub struct DepositArgs {
    /// The invoice PDF (Factur-X / ZUGFeRD / XRechnung data inside is read); - reads stdin
    #[arg(required_unless_present = "batch", conflicts_with = "batch")]
    pub file: Option<PathBuf>,
    /// Deposit every record of a manifest (CSV, JSON, NDJSON, or PDF paths one per line; - = stdin)
    #[arg(long, value_name = "MANIFEST")]
    pub batch: Option<PathBuf>,
    /// The manifest's format, when its extension does not tell
    #[arg(long, requires = "batch", value_parser = ["csv", "json", "ndjson", "lines"], value_name = "F")]
    pub input_format: Option<String>,
    /// All records or none (one transaction)
    #[arg(long, requires = "batch")]
    pub atomic: bool,
    /// Stop at the first record that fails
    #[arg(long, requires = "batch")]
    pub stop_on_error: bool,
    /// PDFs analysed in parallel [default: number of cores]
    #[arg(long, requires = "batch", value_name = "N")]
    pub jobs: Option<usize>,
    /// Let the manifest name files by absolute paths (a manifest you trust)
    #[arg(long, requires = "batch")]
    pub allow_absolute_paths: bool,
    /// Idempotency key: the same key and content again reports the first invoice, unchanged
    #[arg(long, conflicts_with = "batch", value_name = "K")]
    pub key: Option<String>,
    /// Supplier structure (default: the document's seller, else your only structure)
    #[arg(long, value_name = "ID")]
    pub supplier: Option<String>,
    #[arg(long, value_name = "CODE")]
    pub supplier_service: Option<String>,
    /// Recipient public structure (default: the document's buyer)
    #[arg(long, value_name = "ID")]
    pub recipient: Option<String>,
    #[arg(long, value_name = "CODE")]
    pub recipient_service: Option<String>,
    /// Engagement number (numéro d'engagement juridique / bon de commande)
    #[arg(long, value_name = "N")]
    pub engagement: Option<String>,
    /// Market (contract) number
    #[arg(long, value_name = "N")]
    pub market: Option<String>,
    /// Invoice number (≤ 20 of A-Z a-z 0-9 - _ / +)
    #[arg(long, value_name = "N")]
    pub number: Option<String>,
    /// Invoice date
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    #[arg(long = "type", value_parser = code::<InvoiceType>, value_name = "TYPE", help = "FACTURE or AVOIR")]
    pub invoice_type: Option<InvoiceType>,
    /// The invoice a credit note corrects
    #[arg(long, value_name = "N")]
    pub original_number: Option<String>,
    /// ISO 4217 currency [default: EUR]
    #[arg(long)]
    pub currency: Option<String>,
    #[arg(long, value_parser = code::<VatRegime>, value_name = "REGIME",
          help = "TVA_SUR_DEBIT, TVA_SUR_ENCAISSEMENT, EXONERATION or SANS_TVA")]
    pub vat_regime: Option<VatRegime>,
    #[arg(long, value_parser = code::<PaymentMode>, value_name = "MODE",
          help = "CHEQUE, PRELEVEMENT, VIREMENT, ESPECE, AUTRE or REPORT")]
    pub payment_mode: Option<PaymentMode>,
    #[command(flatten)]
    pub amounts: AmountArgs,
    #[arg(long, value_parser = code::<Framework>, value_name = "CADRE",
          help = "A1 (default), A2 (already paid), A9 (subcontractor), A12 (co-contractor)")]
    pub framework: Option<Framework>,
    /// Validating structure for A9/A12 (main contractor / mandataire)
    #[arg(long, value_name = "ID")]
    pub validator: Option<String>,
    /// An attachment (repeatable; ≤ 10 MB, name ≤ 50 characters)
    #[arg(long = "attach", value_name = "FILE")]
    pub attachments: Vec<PathBuf>,
    #[arg(long)]
    pub comment: Option<String>,
    /// Keep it as a draft (BROUILLON)
    #[arg(long)]
    pub draft: bool,
    /// Analyse and check everything, store nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Subcommand)]
pub enum InvoiceCmd {
    /// Enter an invoice from JSON; chorus generates its Factur-X PDF
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr invoice create --from examples/invoice.json
  jq '.number = \"F-2026-0043\"' examples/invoice.json | chorus --as E invoice create --from -")]
    Create {
        /// The invoice as JSON (see examples/invoice.json); - reads stdin
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
        /// Keep it as a draft (BROUILLON)
        #[arg(long)]
        draft: bool,
    },
    /// Make an invoice's Factur-X PDF from its JSON, without a store (CI jobs, scripts)
    #[command(after_help = "Examples:
  chorus invoice render --from examples/invoice.json -o facture.pdf
  chorus invoice render --from examples/invoice.json -o facture.pdf --force   # replace it
  jq '.number = \"F-2026-0043\"' examples/invoice.json | chorus invoice render --from - -o - > facture.pdf
  chorus --format json invoice render --from examples/invoice.json -o facture.pdf | jq -r .sha256

The JSON is the one of `invoice create` (see examples/invoice.json); as no directory is asked,
each party also carries its name and address (\"name\", \"address\": {line, postcode, city,
country}) and, optionally, its \"vat_number\" (a SIRET gives the French one) and
\"electronic_address\" (scheme 0225; a SIRET gives its SIREN). What the French CTC rules need
comes from the JSON or a default: \"notes\" [{subject, text}] (the mentions PMT, PMD and AAB are
written with a standard text when missing), \"billing_mode\" (BT-23: M1 by default, M2 under A2),
\"iban\" (the account a credit transfer pays), \"due_date\" (BT-9; the payment date of an
invoice already paid), \"original_date\" (BT-26, a credit note's original invoice date),
\"vat_total_eur\" (BT-111, an invoice not in euros). The same checks as `invoice create` run, except
the directory's (the recipient's routing rules apply at deposit), and the PDF is written only if
`invoice validate --rules en16931,chorus,fr-ctc` finds it valid. A summary goes to stderr; with
a file, stdout gets a record: file, number, totals, size, sha256.")]
    Render {
        /// The invoice as JSON (see examples/invoice.json); - reads stdin
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
        /// Where to write the PDF (- for stdout)
        #[arg(short, long, value_name = "PATH")]
        output: PathBuf,
        /// Replace a file that already exists (without it: refuse, write nothing)
        #[arg(long)]
        force: bool,
    },
    /// Read invoice PDFs as deposit would, without a store: what each one says
    #[command(after_help = "Examples:
  chorus invoice analyse facture.pdf
  find out/ -name '*.pdf' -print0 | xargs -0 chorus invoice analyse --format ndjson

Each file gives one record: its analysis (source facturx|ubl|text|none, profile, embedded XML)
and the fields read, or the error that refuses it. Exit 3 when any file is refused.")]
    Analyse {
        /// PDF files (- reads one from stdin)
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Check invoices without depositing them: EN 16931, identifiers, Chorus Pro rules, routing
    #[command(after_help = super::validate::AFTER_HELP)]
    Validate(Box<super::validate::ValidateArgs>),
    /// The whole invoice
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr invoice show 1 --format json")]
    Show { id: i64 },
    /// Current status and its history, oldest first
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr invoice status 1")]
    Status { id: i64 },
    /// Invoices you can see, newest first
    #[command(after_help = "Examples:
  chorus --as buyer@chambery.fr invoice list --role recipient --status MISE_A_DISPOSITION,COMPLETEE
  chorus invoice list --from 2026-01-01 --min-amount 1000 --format csv")]
    List(Box<ListArgs>),
    /// Counts and amounts per status (tableau de bord)
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr invoice dashboard --role supplier")]
    Dashboard {
        #[arg(long, value_parser = ["supplier", "recipient", "validator"])]
        role: Option<String>,
    },
    /// What waits for you (synthèse): drafts, recycling, suspensions, invoices to process or validate
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr invoice todo")]
    Todo {
        /// At most N invoices, newest first (0: all)
        #[arg(long, default_value_t = 100, value_name = "N")]
        limit: u32,
    },
    /// Recipient: move an invoice along its processing
    #[command(after_help = "Examples:
  chorus --as buyer@chambery.fr invoice process 1 --status SUSPENDUE --reason 'Bon de livraison manquant'
  chorus --as buyer@chambery.fr invoice process 1 --status MANDATEE --mandate-number M-2026-77
  chorus --as buyer@chambery.fr invoice process 1 --status MISE_EN_PAIEMENT

From MISE_A_DISPOSITION or COMPLETEE: SUSPENDUE, REJETEE, A_RECYCLER (with --reason), SERVICE_FAIT,
MANDATEE, MISE_A_DISPOSITION_COMPTABLE, COMPTABILISEE, MISE_EN_PAIEMENT; the processing chain
only moves forward; REJETEE and MISE_EN_PAIEMENT are final.")]
    Process {
        id: i64,
        #[arg(long, value_parser = code::<InvoiceStatus>)]
        status: InvoiceStatus,
        #[arg(long)]
        reason: Option<String>,
        #[arg(long, value_name = "N")]
        mandate_number: Option<String>,
    },
    /// Supplier: send an A_RECYCLER invoice to the right recipient
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr invoice recycle 1 --recipient 21730065600014 --recipient-service CANTINE")]
    Recycle {
        id: i64,
        #[arg(long, value_name = "ID")]
        recipient: String,
        #[arg(long, value_name = "CODE")]
        recipient_service: Option<String>,
        #[arg(long, value_name = "N")]
        engagement: Option<String>,
    },
    /// Supplier: complete a SUSPENDUE invoice
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr invoice complete 1 --attach bon-livraison.pdf --comment 'Bon joint'")]
    Complete {
        id: i64,
        #[arg(long = "attach", value_name = "FILE")]
        attachments: Vec<PathBuf>,
        #[arg(long)]
        comment: Option<String>,
    },
    /// Validator (A9/A12): approve an invoice
    #[command(after_help = "Examples:
  chorus --as mandataire@btp.fr invoice approve 7")]
    Approve { id: i64 },
    /// Validator (A9/A12): refuse an invoice
    #[command(after_help = "Examples:
  chorus --as mandataire@btp.fr invoice refuse 7 --reason 'Montant non conforme au marché'")]
    Refuse {
        id: i64,
        #[arg(long)]
        reason: String,
    },
    /// Change a draft (BROUILLON) before submitting it; "" clears a field
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr invoice update 3 --engagement EJ-2026-120 --recipient-service CANTINE
  chorus --as manuela@delices-savoie.fr invoice update 3 --total-excl-vat 900 --vat 180 --total-incl-vat 1080 --amount-due 1080")]
    Update(Box<UpdateArgs>),
    /// Submit a draft: the deposit rules run and it is routed
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr invoice submit 3")]
    Submit { id: i64 },
    /// Delete a draft
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr invoice delete 3 --yes")]
    Delete { id: i64 },
    /// Save the invoice PDF (and its attachments)
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr invoice download 1 -o facture.pdf --with-attachments
  chorus --as manuela@delices-savoie.fr invoice download 1 -o facture.pdf --force   # replace it
  chorus --as manuela@delices-savoie.fr invoice download 1 -o - | pdftotext - -

Files are written under their safe base names (never a path the depositor chose) and never
over an existing file unless --force.")]
    Download {
        id: i64,
        /// Where to write the PDF (default: its name in the current folder; - for stdout)
        #[arg(short, long, value_name = "PATH")]
        output: Option<PathBuf>,
        /// Also write the attachments, next to the PDF
        #[arg(long)]
        with_attachments: bool,
        /// Replace files that already exist (without it: refuse, write nothing)
        #[arg(long)]
        force: bool,
    },
    /// The deposit certificate (certificat de dépôt) as a PDF
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr invoice certificate 1 -o certificat.pdf
  chorus --as manuela@delices-savoie.fr invoice certificate 1 -o certificat.pdf --force")]
    Certificate {
        id: i64,
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// Replace files that already exist (without it: refuse, write nothing)
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Statuses, comma-separated (or the flag repeated)
    #[arg(long, value_parser = code::<InvoiceStatus>, value_delimiter = ',', value_name = "S[,S…]")]
    pub status: Vec<InvoiceStatus>,
    #[arg(long)]
    pub number: Option<String>,
    #[arg(long, value_name = "ID")]
    pub supplier: Option<String>,
    #[arg(long, value_name = "ID")]
    pub recipient: Option<String>,
    /// Supplier or recipient service code
    #[arg(long, value_name = "CODE")]
    pub service: Option<String>,
    /// Invoice date from
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub from: Option<String>,
    /// Invoice date to (inclusive)
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub to: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub deposited_from: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub deposited_to: Option<String>,
    /// Minimum total including VAT
    #[arg(long, value_parser = decimal, value_name = "X", allow_negative_numbers = true)]
    pub min_amount: Option<Decimal>,
    #[arg(long, value_parser = decimal, value_name = "X", allow_negative_numbers = true)]
    pub max_amount: Option<Decimal>,
    /// Only invoices where you are this party
    #[arg(long, value_parser = ["supplier", "recipient", "validator"])]
    pub role: Option<String>,
    /// Invoices untouched for more than two years
    #[arg(long)]
    pub archived: bool,
    #[arg(long, default_value_t = 100, value_name = "N")]
    pub limit: u32,
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub offset: u32,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    pub id: i64,
    #[arg(long, value_name = "N")]
    pub number: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    #[arg(long, value_name = "ID")]
    pub recipient: Option<String>,
    #[arg(long, value_name = "CODE")]
    pub recipient_service: Option<String>,
    #[arg(long, value_name = "N")]
    pub engagement: Option<String>,
    #[arg(long, value_name = "N")]
    pub market: Option<String>,
    #[arg(long, value_name = "N")]
    pub original_number: Option<String>,
    #[arg(long)]
    pub comment: Option<String>,
    #[command(flatten)]
    pub amounts: AmountArgs,
}

/// The document totals, when the PDF does not carry them (or to correct a draft).
#[derive(Debug, Clone, Args)]
pub struct AmountArgs {
    #[arg(long, value_parser = decimal, value_name = "X", allow_negative_numbers = true)]
    pub total_excl_vat: Option<Decimal>,
    #[arg(long, value_parser = decimal, value_name = "X", allow_negative_numbers = true)]
    pub vat: Option<Decimal>,
    #[arg(long, value_parser = decimal, value_name = "X", allow_negative_numbers = true)]
    pub total_incl_vat: Option<Decimal>,
    #[arg(long, value_parser = decimal, value_name = "X", allow_negative_numbers = true)]
    pub amount_due: Option<Decimal>,
}
