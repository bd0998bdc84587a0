//! The scenario harness. A scenario names no backend: it gets an `Env` with a ready store and
//! runs the real `chorus` binary against it. `scenario!` expands one scenario into one test per
//! backend (the remote store of a later issue adds its line there).

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

pub const NOW: &str = "2026-11-23T10:00:00Z";

pub struct Env {
    /// Keeps the store's folder alive for the scenario.
    _dir: tempfile::TempDir,
    pub store: String,
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
        Env { _dir: dir, store }
    }

    fn command(&self, actor: Option<&str>, args: &[&str]) -> Command {
        self.command_at(NOW, actor, args)
    }

    fn command_at(&self, now: &str, actor: Option<&str>, args: &[&str]) -> Command {
        let mut cmd = Command::new(assert_cmd::cargo::cargo_bin!("chorus"));
        cmd.args(["--store", &self.store])
            .env_remove("CHORUS_USER")
            .env_remove("CHORUS_FORMAT")
            .env_remove("CHORUS_STORE")
            .env("CHORUS_NOW", now)
            .env("NO_COLOR", "1");
        if let Some(a) = actor {
            cmd.args(["--as", a]);
        }
        cmd.args(args);
        cmd
    }

    fn exec(&self, actor: Option<&str>, args: &[&str], stdin: &str) -> Run {
        let mut child = self
            .command(actor, args)
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
            args: format!(
                "{}{}",
                actor.map(|a| format!("--as {a} ")).unwrap_or_default(),
                args.join(" ")
            ),
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
        let out = self
            .command_at(now, who, args)
            .output()
            .expect("run chorus");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            args: format!(
                "{}{}",
                who.map(|w| format!("--as {w} ")).unwrap_or_default(),
                args.join(" ")
            ),
        }
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
        let token = created["activation_token"]
            .as_str()
            .expect("token")
            .to_string();
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
            "secret password 1\n",
        )
        .ok();
        email.to_string()
    }

    /// Everything a write could change, as the operator sees it: comparing two snapshots
    /// proves that a refused command left the store as it was (every write appends an event).
    pub fn snapshot(&self) -> String {
        [
            vec!["account", "list"],
            vec!["account", "events"],
            vec!["structure", "search", "--limit", "0"],
            vec!["attach", "list"],
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
    use lopdf::{Document, Object, Stream, dictionary};
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
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
    let contents = doc.add_object(Stream::new(dictionary! {}, content.into_bytes()));
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
        }
    };
}
