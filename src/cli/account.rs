use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum AccountCmd {
    /// Sign up: create an account, pending activation
    #[command(after_help = "Examples:
  chorus account create --email manuela@delices-savoie.fr --first-name Manuela --last-name Rossi --siret 73282932000074
  chorus account create --email pierre@delices-savoie.fr --first-name Pierre --last-name Favre --no-siret --format json | jq -r .activation_token

The activation token is printed once and kept as the account's pending notification.")]
    Create(CreateArgs),
    /// Activate an account with its token and choose a password
    #[command(after_help = "Examples:
  chorus account activate --email manuela@delices-savoie.fr --token 3f2a…   # prompts for the password
  printf '%s\\n' 'my secret 2026' | chorus account activate --email E --token T --password-stdin
  printf '%s\\n%s\\n' 'my secret 2026' 'Annecy' | chorus account activate --email E --token T \\
      --password-stdin --security-question 'Town of birth?'

Password policy: at least 10 characters with a letter and a digit. With --password-stdin the
first line is the password and the second the answer to --security-question.")]
    Activate(ActivateArgs),
    /// Show an account (default: the acting one)
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr account show
  chorus account show pierre@delices-savoie.fr --format json")]
    Show {
        /// E-mail of the account
        email: Option<String>,
    },
    /// List accounts: all for the operator, those of your structures for managers
    #[command(after_help = "Examples:
  chorus account list --format csv
  chorus --as manuela@delices-savoie.fr account list")]
    List,
    /// Change names or phone number
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr account update --phone '04 79 00 00 00'
  chorus account update --email pierre@delices-savoie.fr --last-name Favre-Dupont   # operator")]
    Update(UpdateArgs),
    /// Change the acting account's password (the current one is required)
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr account password          # prompts on a terminal
  printf '%s\\n%s\\n' 'old secret 2026' 'new secret 2027' | chorus --as E account password --password-stdin")]
    Password {
        /// Read the current password then the new one, one per line, from stdin
        #[arg(long)]
        password_stdin: bool,
    },
    /// Deactivate an account (default: the acting one); it can no longer act
    #[command(after_help = "Examples:
  chorus --as pierre@delices-savoie.fr account deactivate --yes
  chorus account deactivate old.user@example.fr --yes   # operator")]
    Deactivate {
        /// E-mail of the account
        email: Option<String>,
    },
    /// The event feed: changes to your account and structures, newest first
    #[command(after_help = "Examples:
  chorus --as manuela@delices-savoie.fr account events
  chorus --as manuela@delices-savoie.fr account events --since 2026-11-01 --format ndjson")]
    Events {
        /// Only events on or after this date (2026-11-22) or instant (RFC 3339)
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// At most this many events
        #[arg(long, value_name = "N")]
        limit: Option<u32>,
    },
    /// Messages chorus would have e-mailed to an account (activation token…)
    #[command(after_help = "Examples:
  chorus account notifications pierre@delices-savoie.fr   # operator")]
    Notifications {
        /// E-mail of the account (default: the acting one)
        email: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// E-mail address: the account's login
    #[arg(long)]
    pub email: String,
    #[arg(long)]
    pub first_name: String,
    #[arg(long)]
    pub last_name: String,
    /// SIRET of the user's own establishment (14 digits, check digit verified)
    #[arg(
        long,
        required_unless_present = "no_siret",
        conflicts_with = "no_siret"
    )]
    pub siret: Option<String>,
    /// The user has no SIRET
    #[arg(long)]
    pub no_siret: bool,
    #[arg(long)]
    pub phone: Option<String>,
}

#[derive(Debug, Args)]
pub struct ActivateArgs {
    #[arg(long)]
    pub email: String,
    /// The activation token printed by `account create`
    #[arg(long)]
    pub token: String,
    /// Read the password (and the security answer on a second line) from stdin
    #[arg(long)]
    pub password_stdin: bool,
    /// A security question; its answer is asked like the password
    #[arg(long, value_name = "Q")]
    pub security_question: Option<String>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The account to update (default: the acting one; operator: any)
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub first_name: Option<String>,
    #[arg(long)]
    pub last_name: Option<String>,
    /// New phone number ("" removes it)
    #[arg(long)]
    pub phone: Option<String>,
}
