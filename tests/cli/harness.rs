//! The scenario harness. A scenario names no backend: it gets an `Env` with a ready store and
//! runs the real `chorus` binary against it. `scenario!` expands one scenario into one test per
//! backend: a local store file, and a `chorus serve` started on 127.0.0.1:0 for the test.
//!
//! On the remote store, `--as EMAIL` becomes that account's token (signed in with the
//! password every scenario account has) and the operator is an account named by
//! `chorus serve --operator`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Write;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

pub const NOW: &str = "2026-11-23T10:00:00Z";
/// The password `signup` gives every account.
pub const PASSWORD: &str = "secret password 1";
/// The operator account of a remote store.
pub const OPERATOR: &str = "operator@chorus.test";

pub struct Env {
    /// Keeps the store's folder alive for the scenario.
    _dir: tempfile::TempDir,
    /// A file path, or the URL of the scenario's server.
    pub store: String,
    server: Option<Server>,
    /// Extra flags of the scenario's `chorus serve`.
    serve_flags: Vec<String>,
}

/// A `chorus serve` of one scenario, stopped when the scenario ends.
pub struct Server {
    child: Child,
    pub log: String,
    /// Tokens by account and instant of sign-in.
    tokens: RefCell<HashMap<(String, String), String>>,
    /// Passwords set through the harness other than [`PASSWORD`], by account.
    passwords: RefCell<HashMap<String, String>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The outcome of one run of `chorus`.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    pub args: String,
}

impl Run {
    #[track_caller]
    pub fn ok(self) -> Run {
        assert_eq!(
            self.code, 0,
            "chorus {} failed:\n{}",
            self.args, self.stderr
        );
        self
    }
    /// Asserts the exit code and that the message names the rule.
    #[track_caller]
    pub fn fails(self, code: i32, rule: &str) -> Run {
        assert_eq!(
            self.code, code,
            "chorus {}: expected exit {code}, got {}\nstdout: {}\nstderr: {}",
            self.args, self.code, self.stdout, self.stderr
        );
        assert!(
            self.stderr.contains(rule),
            "chorus {}: stderr does not name `{rule}`:\n{}",
            self.args,
            self.stderr
        );
        self
    }
    #[track_caller]
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "chorus {}: stdout is not JSON ({e}):\n{}",
                self.args, self.stdout
            )
        })
    }
}

impl Env {
    pub fn local() -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = dir.path().join("chorus.db").display().to_string();
        Env {
            _dir: dir,
            store,
            server: None,
            serve_flags: Vec::new(),
        }
    }

    /// A store served by `chorus serve` on a free port. Its operator is an ACTIVE account made
    /// on the store file with the local CLI before the server starts, as `chorus serve` demands.
    /// The server takes the clock of each request from the client (`--test-clock`).
    pub fn remote() -> Env {
        Env::remote_with(&["--test-clock"])
    }

    /// [`Env::remote`] with these flags for `chorus serve` (and no others).
    pub fn remote_with(flags: &[&str]) -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut env = Env {
            store: String::new(),
            server: None,
            _dir: dir,
            serve_flags: flags.iter().map(|f| f.to_string()).collect(),
        };
        env.store = env.path("chorus.db");
        env.signup(OPERATOR);
        env.start_server();
        // Signed in now, so that no sign-in event lands in the middle of a scenario.
        env.token(OPERATOR, NOW);
        env
    }

    pub fn is_remote(&self) -> bool {
        self.server.is_some()
    }

    /// Starts (or restarts, on the same store file) the scenario's server.
    pub fn start_server(&mut self) {
        // Tokens and passwords live in the store: they outlive a restart.
        let (tokens, passwords) = match self.server.take() {
            Some(old) => (old.tokens.take(), old.passwords.take()),
            None => Default::default(),
        };
        let log = self.path(&format!("serve-{}.log", std::process::id()));
        let child = Command::new(assert_cmd::cargo::cargo_bin!("chorus"))
            .args(["serve", "--listen", "127.0.0.1:0", "--operator", OPERATOR])
            .args(["--store", &self.path("chorus.db")])
            .args(&self.serve_flags)
            .env("CHORUS_NOW", NOW)
            .env_remove("CHORUS_STORE")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).expect("server log"))
            .spawn()
            .expect("start chorus serve");
        let started = Instant::now();
        let url = loop {
            let text = std::fs::read_to_string(&log).unwrap_or_default();
            if let Some(at) = text.find("http://") {
                let url: String = text[at..]
                    .chars()
                    .take_while(|c| !c.is_whitespace())
                    .collect();
                break url;
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "chorus serve did not start:\n{text}"
            );
            std::thread::sleep(Duration::from_millis(20));
        };
        self.store = url;
        self.server = Some(Server {
            child,
            log,
            tokens: RefCell::new(tokens),
            passwords: RefCell::new(passwords),
        });
    }

    /// Stops the server with SIGTERM, as a service manager would; its exit status.
    pub fn stop_server(&mut self) -> std::process::ExitStatus {
        let server = self.server.as_mut().expect("a remote scenario");
        // The shell's own `kill`: no procps needed.
        Command::new("sh")
            .args(["-c", &format!("kill -TERM {}", server.child.id())])
            .status()
            .expect("kill -TERM");
        server.child.wait().expect("wait chorus serve")
    }

    /// What the server wrote on stderr (its access log).
    pub fn server_log(&self) -> String {
        let server = self.server.as_ref().expect("a remote scenario");
        std::fs::read_to_string(&server.log).unwrap_or_default()
    }

    /// The token of an account signed in at `now` (a bogus one when it cannot sign in, so that
    /// the server refuses the command as it would refuse the account).
    fn token(&self, email: &str, now: &str) -> String {
        let server = self.server.as_ref().expect("remote");
        let key = (email.to_lowercase(), now.to_string());
        if let Some(t) = server.tokens.borrow().get(&key) {
            return t.clone();
        }
        let password = (server.passwords.borrow().get(&key.0).cloned())
            .unwrap_or_else(|| PASSWORD.to_string());
        let out = Command::new(assert_cmd::cargo::cargo_bin!("chorus"))
            .args(["--store", &self.store, "login", "--email", email])
            .args(["--password-stdin", "--print-token"])
            .env("CHORUS_NOW", now)
            .env("XDG_CONFIG_HOME", self.path("config"))
            .env_remove("CHORUS_TOKEN")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .and_then(|mut child| {
                child
                    .stdin
                    .take()
                    .expect("stdin")
                    .write_all(format!("{password}\n").as_bytes())?;
                child.wait_with_output()
            })
            .expect("chorus login");
        let token = String::from_utf8_lossy(&out.stdout).trim().to_string();
        if token.is_empty() {
            return format!("no-token-for-{email}");
        }
        server.tokens.borrow_mut().insert(key, token.clone());
        token
    }

    /// The command that runs `chorus ARGS` as `actor` (None: the operator) on this store, to
    /// spawn it yourself.
    pub fn command(&self, actor: Option<&str>, args: &[&str]) -> Command {
        self.command_at(NOW, actor, args)
    }

    /// `chorus --store STORE` at `now`, with none of the user's own settings.
    fn base_command(&self, now: &str, store: &str) -> Command {
        let mut cmd = Command::new(assert_cmd::cargo::cargo_bin!("chorus"));
        cmd.args(["--store", store])
            .env_remove("CHORUS_USER")
            .env_remove("CHORUS_FORMAT")
            .env_remove("CHORUS_RULES")
            .env_remove("CHORUS_STORE")
            .env_remove("CHORUS_TOKEN")
            .env("XDG_CONFIG_HOME", self.path("config"))
            .env("CHORUS_NOW", now)
            .env("NO_COLOR", "1");
        cmd
    }

    fn command_at(&self, now: &str, actor: Option<&str>, args: &[&str]) -> Command {
        let mut cmd = self.base_command(now, &self.store);
        // Sign-up and activation need no token; the operator's is made while signing it up.
        let anonymous = matches!(args, ["account", "create" | "activate", ..]);
        match actor {
            Some(a) if self.is_remote() => {
                cmd.env("CHORUS_TOKEN", self.token(a, now));
            }
            Some(a) => {
                cmd.args(["--as", a]);
            }
            None if self.is_remote() && !anonymous => {
                cmd.env("CHORUS_TOKEN", self.token(OPERATOR, now));
            }
            None => {}
        }
        cmd.args(args);
        cmd
    }

    fn exec(&self, actor: Option<&str>, args: &[&str], stdin: &str) -> Run {
        self.remember_password(actor, args, stdin);
        let shown = format!(
            "{}{}",
            actor.map(|a| format!("--as {a} ")).unwrap_or_default(),
            args.join(" ")
        );
        finish(self.command(actor, args), stdin, shown)
    }

    /// Runs `chorus --store STORE ARGS` with this token only (none: no token at all), at NOW.
    pub fn bare(&self, token: Option<&str>, args: &[&str], stdin: &str) -> Run {
        self.bare_at(NOW, token, args, stdin)
    }

    /// [`Env::bare`] at another instant.
    pub fn bare_at(&self, now: &str, token: Option<&str>, args: &[&str], stdin: &str) -> Run {
        self.bare_via(&self.store, now, token, args, stdin)
    }

    /// [`Env::bare_at`] through another URL to the same server (a proxy).
    pub fn bare_via(
        &self,
        store: &str,
        now: &str,
        token: Option<&str>,
        args: &[&str],
        stdin: &str,
    ) -> Run {
        let mut cmd = self.base_command(now, store);
        cmd.args(args);
        if let Some(t) = token {
            cmd.env("CHORUS_TOKEN", t);
        }
        finish(cmd, stdin, args.join(" "))
    }

    /// The token `signup` signed an account in with (remote stores).
    pub fn token_of(&self, email: &str) -> String {
        self.token(email, NOW)
    }

    /// On a remote store, a password set by activation or change is the one to sign in with.
    fn remember_password(&self, actor: Option<&str>, args: &[&str], stdin: &str) {
        let Some(server) = &self.server else { return };
        let lines: Vec<&str> = stdin.lines().collect();
        let value_of = |flag: &str| {
            args.iter()
                .position(|a| *a == flag)
                .and_then(|i| args.get(i + 1))
        };
        let (email, password) = match args {
            ["account", "activate", ..] => (value_of("--email").copied(), lines.first()),
            ["account", "password", ..] => (actor, lines.get(1)),
            _ => return,
        };
        if let (Some(email), Some(password)) = (email, password) {
            server
                .passwords
                .borrow_mut()
                .insert(email.to_lowercase(), password.to_string());
        }
    }

    /// The store's file, whichever the backend (a remote scenario's server serves it).
    pub fn store_file(&self) -> String {
        if self.is_remote() {
            self.path("chorus.db")
        } else {
            self.store.clone()
        }
    }

    /// Runs as an account at another instant (time rules).
    pub fn at(&self, now: &str, who: &str, args: &[&str]) -> Run {
        self.run_at(now, Some(who), args)
    }

    /// Runs as the operator at another instant.
    pub fn op_at(&self, now: &str, args: &[&str]) -> Run {
        self.run_at(now, None, args)
    }

    fn run_at(&self, now: &str, who: Option<&str>, args: &[&str]) -> Run {
        let shown = format!(
            "{}{}",
            who.map(|w| format!("--as {w} ")).unwrap_or_default(),
            args.join(" ")
        );
        finish(self.command_at(now, who, args), "", shown)
    }

    /// A path inside the scenario's folder.
    pub fn path(&self, name: &str) -> String {
        self._dir.path().join(name).display().to_string()
    }

    /// Writes a file in the scenario's folder; returns its path.
    pub fn write(&self, name: &str, bytes: &[u8]) -> String {
        let path = self.path(name);
        std::fs::write(&path, bytes).expect("write fixture");
        path
    }

    /// Runs as the operator (no --as).
    pub fn op(&self, args: &[&str]) -> Run {
        self.exec(None, args, "")
    }

    /// Runs as an account.
    pub fn as_(&self, who: &str, args: &[&str]) -> Run {
        self.exec(Some(who), args, "")
    }

    pub fn with_stdin(&self, who: Option<&str>, args: &[&str], stdin: &str) -> Run {
        self.exec(who, args, stdin)
    }

    /// Creates and activates an account; returns its e-mail.
    pub fn signup(&self, email: &str) -> String {
        let first = email.split('@').next().unwrap_or("x");
        let created = self
            .op(&[
                "account",
                "create",
                "--email",
                email,
                "--first-name",
                first,
                "--last-name",
                "Test",
                "--no-siret",
                "--format",
                "json",
            ])
            .ok()
            .json();
        assert_eq!(created["email"], email.to_lowercase());
        let token = self.activation_token(email);
        self.with_stdin(
            None,
            &[
                "account",
                "activate",
                "--email",
                email,
                "--token",
                &token,
                "--password-stdin",
            ],
            &format!("{PASSWORD}\n"),
        )
        .ok();
        if self.is_remote() {
            // Signed in now, so that no sign-in event lands in the middle of a scenario.
            self.token(email, NOW);
        }
        email.to_string()
    }

    /// The activation token of an account, as the operator reads it in the account's
    /// notifications (a remote sign-up does not get it).
    pub fn activation_token(&self, email: &str) -> String {
        let notes = self
            .op(&["account", "notifications", email, "--format", "json"])
            .ok()
            .json();
        let message = notes
            .as_array()
            .expect("a list")
            .iter()
            .find(|n| n["kind"] == "activation")
            .and_then(|n| n["message"].as_str())
            .expect("an activation message")
            .to_string();
        let (_, token) = message
            .split_once("--token ")
            .expect("a token in the message");
        token
            .split_whitespace()
            .next()
            .expect("a token")
            .to_string()
    }

    /// The numbers of the invoices `who` (None: the operator) lists with these filters (all of
    /// them unless a filter says `--limit`).
    pub fn invoice_numbers(&self, who: Option<&str>, filters: &[&str]) -> Vec<String> {
        let mut args = vec!["invoice", "list"];
        if !filters.contains(&"--limit") {
            args.extend(["--limit", "0"]);
        }
        args.extend(filters);
        self.field_of_each(who, &args, "number")
    }

    /// One string field of each record a listing command prints (as JSON).
    pub fn field_of_each(&self, who: Option<&str>, args: &[&str], field: &str) -> Vec<String> {
        let mut args = args.to_vec();
        args.extend(["--format", "json"]);
        self.exec(who, &args, "")
            .ok()
            .json()
            .as_array()
            .expect("a list")
            .iter()
            .map(|r| r[field].as_str().expect("a string field").to_string())
            .collect()
    }

    /// Everything a write could change, as the operator sees it: comparing two snapshots
    /// proves that a refused command left the store as it was (every write appends an event).
    pub fn snapshot(&self) -> String {
        [
            vec!["account", "list"],
            vec!["account", "events"],
            vec!["structure", "search", "--limit", "0"],
            vec!["attach", "list"],
            vec!["works-file", "list"],
        ]
        .iter()
        .map(|args| {
            let mut a = args.clone();
            a.extend(["--format", "json"]);
            self.op(&a).ok().stdout
        })
        .collect::<Vec<_>>()
        .join("\n")
    }
}

/// Runs a command with `stdin` as its input.
fn finish(mut cmd: Command, stdin: &str, shown: String) -> Run {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn chorus");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("wait chorus");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        args: shown,
    }
}

pub const DELICES: &str = "73282932000074";
pub const MANUELA: &str = "manuela@delices-savoie.fr";
pub const PIERRE: &str = "pierre@delices-savoie.fr";
pub const CHAMBERY: &str = "21730065600014";

/// Manuela (principal manager of « Les Délices de Savoie ») and Pierre (active, not attached).
pub fn delices(env: &Env) {
    env.signup(MANUELA);
    env.signup(PIERRE);
    env.as_(
        MANUELA,
        &[
            "structure",
            "create",
            "--identifier",
            DELICES,
            "--name",
            "Les Délices de Savoie",
            "--address",
            "12 avenue des Alpes",
            "--postcode",
            "73000",
            "--city",
            "Chambéry",
        ],
    )
    .ok();
}

/// Delices plus Pierre attached as secondary manager.
pub fn delices_with_pierre(env: &Env) {
    delices(env);
    let req = env
        .as_(
            PIERRE,
            &[
                "attach",
                "request",
                "--structure",
                DELICES,
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    let id = req["id"].to_string();
    env.as_(MANUELA, &["attach", "accept", &id, "--role", "secondary"])
        .ok();
}

/// Attaches `email` (signed up) to DELICES as a simple user; returns the attachment id.
pub fn attach_user(env: &Env, email: &str) -> String {
    env.signup(email);
    let req = env
        .as_(
            email,
            &[
                "attach",
                "request",
                "--structure",
                DELICES,
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    let id = req["id"].to_string();
    env.as_(MANUELA, &["attach", "accept", &id, "--role", "user"])
        .ok();
    id
}

/// A public buyer created by the operator.
pub fn chambery(env: &Env) {
    env.op(&[
        "structure",
        "create",
        "--public",
        "--identifier",
        CHAMBERY,
        "--name",
        "Commune de Chambéry",
        "--address",
        "Place de l'Hôtel de Ville",
        "--postcode",
        "73000",
        "--city",
        "Chambéry",
        "--service-required",
        "--engagement-required",
    ])
    .ok();
}

pub const BUYER: &str = "buyer@chambery.fr";

/// Chambéry (public, service and engagement required) with a principal manager, its services.
pub fn chambery_with_buyer(env: &Env) {
    chambery(env);
    env.signup(BUYER);
    let req = env
        .as_(
            BUYER,
            &[
                "attach",
                "request",
                "--structure",
                CHAMBERY,
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    env.op(&[
        "attach",
        "accept",
        &req["id"].to_string(),
        "--role",
        "principal",
    ])
    .ok();
    env.as_(
        BUYER,
        &[
            "service",
            "create",
            "--structure",
            CHAMBERY,
            "--code",
            "CANTINE",
            "--name",
            "Restauration scolaire",
        ],
    )
    .ok();
}

/// A one-page PDF with these lines of text and no embedded data, like a scanned invoice.
pub fn plain_pdf(lines: &[&str]) -> Vec<u8> {
    use lopdf::{Document, dictionary};
    let mut doc = Document::with_version("1.7");
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
    });
    let mut content = String::from("BT /F1 12 Tf 50 780 Td 16 TL\n");
    for l in lines {
        content.push_str(&format!(
            "({}) Tj T*\n",
            l.replace('(', "\\(").replace(')', "\\)")
        ));
    }
    content.push_str("ET");
    one_page_pdf(doc, font, content.into_bytes())
}

/// `doc` saved as a one-page PDF whose page draws `content` with `font` as /F1.
pub fn one_page_pdf(mut doc: lopdf::Document, font: lopdf::ObjectId, content: Vec<u8>) -> Vec<u8> {
    use lopdf::{Object, Stream, dictionary};
    let pages_id = doc.new_object_id();
    let contents = doc.add_object(Stream::new(dictionary! {}, content));
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => contents,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("save PDF");
    out
}

/// One test per backend for a scenario `fn(&Env)`.
#[macro_export]
macro_rules! scenario {
    ($name:ident, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;
            #[test]
            fn local() {
                let env = $crate::harness::Env::local();
                let f: fn(&$crate::harness::Env) = $body;
                f(&env);
            }
            #[test]
            fn remote() {
                let env = $crate::harness::Env::remote();
                let f: fn(&$crate::harness::Env) = $body;
                f(&env);
            }
        }
    };
}
