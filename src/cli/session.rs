//! `chorus login`, `chorus logout` and `chorus serve` arguments.

use clap::Args;

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  chorus --store https://chorus.example:8443 login --email manuela@delices-savoie.fr
  printf '%s\\n' \"$PASSWORD\" | chorus --store https://chorus.example:8443 login --email ci@delices-savoie.fr --password-stdin
  chorus --store https://chorus.example:8443 login --email ci@delices-savoie.fr --password-stdin --print-token < pw.txt

The token is kept in $XDG_CONFIG_HOME/chorus/credentials.toml (mode 0600), one per store URL, and
lives 30 days. CHORUS_TOKEN overrides it (for CI: --print-token, then a secret variable).")]
pub struct LoginArgs {
    /// The account's e-mail
    #[arg(long, value_name = "EMAIL")]
    pub email: String,
    /// Read the password from stdin (one line) instead of a prompt
    #[arg(long)]
    pub password_stdin: bool,
    /// Print the token on stdout instead of saving it
    #[arg(long)]
    pub print_token: bool,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  chorus serve --store /var/lib/chorus/chorus.db --operator admin@finances.example
  chorus serve --listen 0.0.0.0:8080 --store team.db --operator a@x.fr --operator b@x.fr
  chorus serve --store team.db --operator a@x.fr --notify-command /usr/local/bin/chorus-mail

An operator is an ACTIVE account of the store, made on the file first:
  chorus --store team.db account create --email a@x.fr --first-name Ana --last-name Roux --no-siret
  chorus --store team.db account activate --email a@x.fr --token TOKEN
Sign-ups over HTTP get no activation token: it goes to the account's notifications, which
--notify-command delivers (the notification's JSON on stdin: id, account, kind, message).

Every operation is POST /v1/<operation> with a JSON body and a bearer token (chorus login);
GET /v1/health answers without one. Serve plain HTTP behind a TLS reverse proxy. The access log
goes to stderr. SIGINT or SIGTERM stops after the requests under way.")]
pub struct ServeArgs {
    /// Address to listen on (port 0: any free port, printed on stderr)
    #[arg(
        long,
        env = "CHORUS_LISTEN",
        default_value = "127.0.0.1:8080",
        value_name = "ADDR"
    )]
    pub listen: String,
    /// An operator account (the remote owner of the store); repeat for several
    #[arg(
        long = "operator",
        env = "CHORUS_OPERATORS",
        value_delimiter = ',',
        value_name = "EMAIL"
    )]
    pub operators: Vec<String>,
    /// Deliver each account notification (activation tokens…) by running `sh -c CMD` with the
    /// notification's JSON on stdin (e.g. --notify-command 'cat >> /var/spool/chorus/outbox.ndjson');
    /// a failed delivery is logged and retried
    #[arg(long, env = "CHORUS_NOTIFY_COMMAND", value_name = "CMD")]
    pub notify_command: Option<String>,
    /// Requests served at once; more wait, up to 30 s, then get 503
    #[arg(long, default_value_t = 64, value_name = "N")]
    pub max_requests: usize,
    /// Connections open at once; more are answered 503 and closed
    #[arg(long, default_value_t = 256, value_name = "N", hide = true)]
    pub max_connections: usize,
    /// Seconds a client may take to send a request head, or leave a connection idle
    #[arg(long, default_value_t = 30, value_name = "SECS", hide = true)]
    pub header_timeout: u64,
    /// Seconds a client may take to send a request body
    #[arg(long, default_value_t = 300, value_name = "SECS", hide = true)]
    pub body_timeout: u64,
    /// For tests only: take each request's clock from the client's chorus-now header
    #[arg(long, hide = true)]
    pub test_clock: bool,
}
