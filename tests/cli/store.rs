//! Global behaviour: usage errors, the store file (creation, migrations, corruption, locking),
//! error output, environment variables.

use std::process::Command;

use crate::harness::*;
use crate::scenario;

fn chorus() -> Command {
    let mut c = Command::new(assert_cmd::cargo::cargo_bin!("chorus"));
    c.env_remove("CHORUS_USER")
        .env_remove("CHORUS_STORE")
        .env_remove("CHORUS_FORMAT");
    c
}

fn run(c: &mut Command) -> (i32, String, String) {
    let out = c.output().expect("run chorus");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn usage_errors_exit_2_with_usage() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let (code, _, err) = run(chorus().args([
        "--store",
        db.to_str().unwrap(),
        "structure",
        "show",
        "--bogus",
    ]));
    assert_eq!(code, 2);
    assert!(
        err.contains("unexpected argument '--bogus'") && err.contains("Usage:"),
        "{err}"
    );
    let (code, _, err) = run(chorus().args(["--store", db.to_str().unwrap(), "attach", "accept"]));
    assert_eq!(code, 2);
    assert!(err.contains("required"), "{err}");
    // Usage errors never create the store.
    assert!(!db.exists());
    let (code, out, _) = run(chorus().args(["structure", "create", "--help"]));
    assert_eq!(code, 0);
    assert!(out.contains("Examples:"), "{out}");
    let (code, out, _) = run(chorus().arg("--help"));
    assert_eq!(code, 0);
    assert!(
        out.contains("Exit codes:") && out.contains("7  store unavailable"),
        "{out}"
    );
}

#[test]
fn store_in_a_missing_or_read_only_folder_is_unavailable() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope/chorus.db");
    let (code, _, err) =
        run(chorus().args(["--store", missing.to_str().unwrap(), "account", "list"]));
    assert_eq!(code, 7, "{err}");
    assert!(err.contains(missing.to_str().unwrap()), "{err}");
    // /proc refuses new files even to root, like a read-only folder.
    let (code, _, err) = run(chorus().args(["--store", "/proc/chorus.db", "account", "list"]));
    assert_eq!(code, 7, "{err}");
    assert!(err.contains("/proc/chorus.db"), "{err}");
}

#[test]
fn corrupt_store_is_unavailable_without_panic() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    std::fs::write(
        &db,
        b"this is not a database, just some text that is long enough to look like a header.....",
    )
    .unwrap();
    let (code, _, err) = run(chorus().args(["--store", db.to_str().unwrap(), "account", "list"]));
    assert_eq!(code, 7, "{err}");
    assert!(
        err.contains("not a valid chorus database") && err.contains(db.to_str().unwrap()),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn store_from_a_newer_chorus_is_refused_and_older_ones_upgrade() {
    let env = Env::local();
    env.op(&["account", "list"]).ok();
    let conn = rusqlite::Connection::open(&env.store).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, chorus::store::SCHEMA_VERSION);
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    conn.pragma_update(None, "user_version", version + 1)
        .unwrap();
    drop(conn);
    env.op(&["account", "list"]).fails(7, "newer chorus");
}

#[test]
fn concurrent_writers_all_succeed() {
    // Eight processes start at once on a store that does not exist yet: they race to create
    // and migrate it, then to write. None may fail with "database is locked".
    let env = Env::local();
    let children: Vec<_> = (0..8)
        .map(|i| {
            chorus()
                .args([
                    "--store",
                    &env.store,
                    "account",
                    "create",
                    "--email",
                    &format!("user{i}@example.fr"),
                    "--first-name",
                    "U",
                    "--last-name",
                    "Ser",
                    "--no-siret",
                    "--format",
                    "json",
                ])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let all = env.op(&["account", "list", "--format", "json"]).ok().json();
    assert_eq!(all.as_array().unwrap().len(), 8);
}

scenario!(errors_as_json_under_json_formats, |env| {
    let out = env.op(&["structure", "show", "12345678200010", "--format", "ndjson"]);
    assert_eq!(out.code, 4);
    assert_eq!(out.stdout, "");
    let err: serde_json::Value = serde_json::from_str(out.stderr.trim()).expect("one JSON object");
    assert_eq!(err["error"]["kind"], "not_found");
    assert_eq!(err["error"]["code"], "structure_not_found");
    assert!(
        err["error"]["message"]
            .as_str()
            .unwrap()
            .contains("12345678200010")
    );
    // For humans: one line and a hint.
    let human = env.op(&["structure", "show", "12345678200010"]);
    assert!(
        human.stderr.starts_with(
            "error[structure_not_found]: no structure with identifier 12345678200010\n  hint:"
        ),
        "{}",
        human.stderr
    );
});

#[test]
fn environment_variables_stand_in_for_flags() {
    let env = Env::local();
    env.signup(MANUELA);
    let out = chorus()
        .env("CHORUS_STORE", &env.store)
        .env("CHORUS_USER", MANUELA)
        .env("CHORUS_FORMAT", "csv")
        .args(["account", "show"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("email,first_name,last_name"), "{text}");
    assert!(text.contains(MANUELA));
    // The clock follows CHORUS_NOW, so that time rules are testable.
    let created = env
        .op(&["account", "show", MANUELA, "--format", "json"])
        .ok()
        .json();
    assert_eq!(created["created_at"], NOW);
    let bad = chorus()
        .env("CHORUS_STORE", &env.store)
        .env("CHORUS_NOW", "tomorrow")
        .args(["account", "list"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn upgrading_normalises_stored_emails_and_refuses_to_merge_two() {
    let env = Env::local();
    env.signup("ana@example.fr");
    // Back to schema 7, with e-mails an older chorus let in.
    let conn = rusqlite::Connection::open(&env.store).unwrap();
    conn.execute_batch(
        "DROP INDEX notifications_undelivered;
         ALTER TABLE notifications DROP COLUMN delivered_at;
         PRAGMA user_version = 7;",
    )
    .unwrap();
    let add = |email: &str| {
        conn.execute(
            "INSERT INTO accounts (email, first_name, last_name, status, created_at, updated_at)
             VALUES (?1, 'K', 'K', 'ACTIVE', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
            [email],
        )
        .unwrap();
    };
    add("Kim@Example.FR");
    add("\u{212A}im@example.fr");
    add("Élodie@Café.fr");
    // Two accounts that are one address: the store is not opened, and nothing changed.
    let refused = env
        .op(&["account", "list"])
        .fails(7, "store_email_collision");
    assert!(
        refused.stderr.contains("Kim@Example.FR"),
        "{}",
        refused.stderr
    );
    assert!(
        refused.stderr.contains("kim@example.fr"),
        "{}",
        refused.stderr
    );
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 7);
    // Once the operator renamed one, the upgrade normalises them all.
    conn.execute(
        "UPDATE accounts SET email = 'other@example.fr' WHERE email = ?1",
        ["\u{212A}im@example.fr"],
    )
    .unwrap();
    let listed = env.op(&["account", "list", "--format", "json"]).ok().json();
    let emails: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["email"].as_str().unwrap())
        .collect();
    assert_eq!(
        emails,
        [
            "ana@example.fr",
            "kim@example.fr",
            "other@example.fr",
            "élodie@xn--caf-dma.fr"
        ]
    );
    env.as_("KIM@example.fr", &["account", "show"]).ok();
}
