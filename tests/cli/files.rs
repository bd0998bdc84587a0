//! Files from and to the file system: names from another party never choose a path, downloads
//! never overwrite unasked, files are checked before they are read, manifests stay in their
//! folder, the store is private.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Stdio};

use base64::Engine;
use serde_json::{Value, json};

use crate::harness::*;
use crate::scenario;

/// The flags of a correct deposit to Chambéry (the PDF's text carries no data).
const FLAGS: &[&str] = &[
    "--recipient",
    CHAMBERY,
    "--recipient-service",
    "CANTINE",
    "--engagement",
    "EJ-1",
    "--date",
    "2026-11-20",
    "--total-excl-vat",
    "100.00",
    "--vat",
    "20.00",
    "--total-incl-vat",
    "120.00",
    "--amount-due",
    "120.00",
];

fn setup(env: &Env) {
    delices(env);
    chambery_with_buyer(env);
}

/// `chorus deposit FILE --number N FLAGS… EXTRA…` as Manuela.
fn deposit(env: &Env, file: &str, number: &str, extra: &[&str]) -> Run {
    let mut args = vec!["deposit", file, "--number", number];
    args.extend(FLAGS);
    args.extend(extra);
    args.extend(["--format", "json"]);
    env.as_(MANUELA, &args)
}

/// The names of a folder's entries, sorted.
fn entries(dir: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Runs `cmd` in `dir` (a download without -o writes into the current folder).
fn run_in(mut cmd: Command, dir: &str) -> (i32, String) {
    let out = cmd.current_dir(dir).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out.status.code().unwrap_or(-1), stderr)
}

/// POSTs an operation's JSON straight to the scenario's server, as a hostile client would.
fn post(env: &Env, op: &str, token: &str, body: &Value) -> (String, Value) {
    let body = body.to_string();
    let request = format!(
        "POST /v1/{op} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nAuthorization: Bearer {token}\r\nchorus-now: {NOW}\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let mut stream = TcpStream::connect(env.store.trim_start_matches("http://")).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let json = answer
        .find('{')
        .and_then(|i| serde_json::from_str(&answer[i..]).ok())
        .unwrap_or(Value::Null);
    (answer, json)
}

#[test]
fn hostile_names_from_a_remote_deposit_never_choose_a_path() {
    let env = &Env::remote();
    setup(env);
    // What the buyer has: a shell profile, a file beside the download folder.
    let victim = env.path("home/.bashrc");
    std::fs::create_dir_all(env.path("home")).unwrap();
    std::fs::write(&victim, "original").unwrap();
    let dl = env.path("a/b/dl");
    std::fs::create_dir_all(&dl).unwrap();
    let b64 = |b: &[u8]| base64::engine::general_purpose::STANDARD.encode(b);
    let attachment = |name: &str| json!({"name": name, "bytes": b64(b"pwned")});
    let deposit = json!({
        "file_name": victim,
        "file": b64(&plain_pdf(&["FACTURE"])),
        "recipient": CHAMBERY, "recipient_service": "CANTINE", "engagement": "EJ-1",
        "number": "H-1", "date": "2026-11-20", "total_excl_vat": "100.00", "vat": "20.00",
        "total_incl_vat": "120.00", "amount_due": "120.00",
        "attachments": [
            attachment("../../x.txt"),
            attachment(&env.path("home/y.txt")),
            attachment(".profile.txt"),
            attachment("..\\..\\w.txt"),
            attachment("note\u{202E}txt.pdf"),
            attachment("x.txt"),
        ],
        "draft": false, "dry_run": false,
    });
    let (answer, out) = post(env, "deposit-invoice", &env.token_of(MANUELA), &deposit);
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    let id = out["id"].to_string();

    // The store holds safe base names only.
    let shown = env
        .as_(BUYER, &["invoice", "show", &id, "--format", "json"])
        .ok()
        .json();
    assert_eq!(shown["file"]["name"], "bashrc");
    let names: Vec<&str> = shown["attachments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "x.txt",
            "y.txt",
            "profile.txt",
            "w.txt",
            "notetxt.pdf",
            "x.txt"
        ]
    );

    // Downloads land in the chosen folder only, distinct names for equal ones.
    let pdf = format!("{dl}/facture.pdf");
    let args = ["invoice", "download", &id, "-o", &pdf, "--with-attachments"];
    env.as_(BUYER, &args).ok();
    assert_eq!(
        entries(&dl),
        [
            "facture.pdf",
            "notetxt.pdf",
            "profile.txt",
            "w.txt",
            "x-2.txt",
            "x.txt",
            "y.txt"
        ]
    );
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "original");
    assert_eq!(entries(&env.path("home")), [".bashrc"]);
    assert_eq!(entries(&env.path("a")), ["b"]);
    assert_eq!(entries(&env.path("a/b")), ["dl"]);

    // Without -o: the safe name in the current folder.
    let here = env.path("here");
    std::fs::create_dir_all(&here).unwrap();
    let cmd = env.command(Some(BUYER), &["invoice", "download", &id]);
    assert_eq!(run_in(cmd, &here).0, 0);
    assert_eq!(entries(&here), ["bashrc"]);
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "original");

    // Again: nothing is replaced without --force, and no temporary file is left.
    std::fs::write(format!("{dl}/w.txt"), "mine").unwrap();
    env.as_(BUYER, &args).fails(5, "file_exists");
    assert_eq!(
        std::fs::read_to_string(format!("{dl}/w.txt")).unwrap(),
        "mine"
    );
    let cmd = env.command(Some(BUYER), &["invoice", "download", &id]);
    let (code, stderr) = run_in(cmd, &here);
    assert_eq!(code, 5, "{stderr}");
    assert!(stderr.contains("--force"), "{stderr}");
    let mut forced = args.to_vec();
    forced.push("--force");
    env.as_(BUYER, &forced).ok();
    assert_eq!(
        std::fs::read_to_string(format!("{dl}/w.txt")).unwrap(),
        "pwned"
    );
    assert_eq!(entries(&dl).len(), 7);
    assert_eq!(entries(&here), ["bashrc"]);
}

scenario!(attached_names_are_stored_as_safe_base_names, |env| {
    setup(env);
    let pdf = env.write("f.pdf", &plain_pdf(&["FACTURE"]));
    let hidden = env.write(".env.txt", b"a");
    let bidi = env.write("bon\u{202E}fdp.txt", b"b");
    let id = deposit(env, &pdf, "F-1", &["--attach", &hidden, "--attach", &bidi])
        .ok()
        .json()["id"]
        .to_string();
    let shown = env
        .as_(MANUELA, &["invoice", "show", &id, "--format", "json"])
        .ok()
        .json();
    assert_eq!(shown["attachments"][0]["name"], "env.txt");
    assert_eq!(shown["attachments"][1]["name"], "bonfdp.txt");
});

scenario!(downloads_never_replace_a_file_unasked, |env| {
    setup(env);
    let pdf = env.write("f.pdf", &plain_pdf(&["FACTURE"]));
    let id = deposit(env, &pdf, "F-1", &[]).ok().json()["id"].to_string();
    // The certificate, over an existing file.
    let cert = env.write("cert.pdf", b"mine");
    env.as_(MANUELA, &["invoice", "certificate", &id, "-o", &cert])
        .fails(5, "file_exists");
    assert_eq!(std::fs::read(&cert).unwrap(), b"mine");
    env.as_(
        MANUELA,
        &["invoice", "certificate", &id, "-o", &cert, "--force"],
    )
    .ok();
    assert!(std::fs::read(&cert).unwrap().starts_with(b"%PDF-"));
    // A link planted at the path is replaced with --force, never written through.
    let target = env.write("target.txt", b"kept");
    let link = env.path("link.pdf");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    env.as_(MANUELA, &["invoice", "download", &id, "-o", &link])
        .fails(5, "file_exists");
    env.as_(
        MANUELA,
        &["invoice", "download", &id, "-o", &link, "--force"],
    )
    .ok();
    assert_eq!(std::fs::read(&target).unwrap(), b"kept");
    assert!(std::fs::read(&link).unwrap().starts_with(b"%PDF"));

    // A ticket's attachments, into a folder, twice.
    let note = env.write("note.txt", b"note");
    let ticket = env
        .as_(
            MANUELA,
            &[
                "ticket",
                "create",
                "--category",
                "PROBLEME_TECHNIQUE",
                "--subcategory",
                "ANOMALIE",
                "--subject",
                "S",
                "--message",
                "M",
                "--attach",
                &note,
                "--format",
                "json",
            ],
        )
        .ok()
        .json()["id"]
        .to_string();
    let out = env.path("pieces");
    let args = ["ticket", "download", &ticket, "-o", &out];
    env.as_(MANUELA, &args).ok();
    let first = entries(&out);
    assert_eq!(first.len(), 1);
    let written = format!("{out}/{}", first[0]);
    std::fs::write(&written, "changed").unwrap();
    env.as_(MANUELA, &args).fails(5, "file_exists");
    assert_eq!(std::fs::read_to_string(&written).unwrap(), "changed");
    let mut forced = args.to_vec();
    forced.push("--force");
    env.as_(MANUELA, &forced).ok();
    assert_eq!(std::fs::read_to_string(&written).unwrap(), "note");
    assert_eq!(entries(&out), first, "no temporary file left");
});

scenario!(files_are_checked_before_they_are_read, |env| {
    setup(env);
    let before = env.snapshot();
    // A link to an endless device, as the PDF and as an attachment.
    let zero = env.path("zero.pdf");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    deposit(env, &zero, "F-1", &[]).fails(3, "file_not_regular");
    let pdf = env.write("f.pdf", &plain_pdf(&["FACTURE"]));
    deposit(env, &pdf, "F-1", &["--attach", &zero]).fails(3, "file_not_regular");
    // A sparse 5 GB file: refused from its size, in constant memory.
    let huge = env.path("huge.pdf");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(5 << 30)
        .unwrap();
    let run = deposit(env, &huge, "F-1", &[]).fails(3, "file_too_large");
    assert!(run.stderr.contains("huge.pdf") && run.stderr.contains("120 MB"));
    deposit(env, &pdf, "F-1", &["--attach", &huge]).fails(3, "file_too_large");
    env.as_(MANUELA, &["invoice", "create", "--from", &huge])
        .fails(3, "file_too_large");
    env.as_(MANUELA, &["invoice", "create", "--from", &zero])
        .fails(3, "file_not_regular");
    let manifest = env.path("huge.csv");
    std::fs::File::create(&manifest)
        .unwrap()
        .set_len(1 << 30)
        .unwrap();
    env.as_(MANUELA, &["deposit", "--batch", &manifest])
        .fails(3, "file_too_large");
    // A ticket message from an endless stdin stops at its bound.
    let args = [
        "ticket",
        "create",
        "--category",
        "PROBLEME_TECHNIQUE",
        "--subcategory",
        "ANOMALIE",
        "--subject",
        "S",
        "--message",
        "-",
    ];
    let mut child = env
        .command(Some(MANUELA), &args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // chorus stops reading past its bound: the rest of the write may fail.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&vec![b'x'; 4 << 20]);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("file_too_large"), "{stderr}");
    assert_eq!(env.snapshot(), before);
    // invoice validate reports them per file.
    let run = env.op(&["invoice", "validate", &zero, &huge, "--format", "json"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    let reports = run.json();
    assert_eq!(
        reports[0]["violations"][0]["rule"], "file_not_regular",
        "{reports}"
    );
    assert_eq!(reports[1]["violations"][0]["rule"], "file_too_large");
});

scenario!(manifest_files_stay_in_the_manifest_folder, |env| {
    setup(env);
    let lot = env.path("lot");
    std::fs::create_dir_all(format!("{lot}/sub")).unwrap();
    let pdf = plain_pdf(&["FACTURE"]);
    std::fs::write(format!("{lot}/sub/a.pdf"), &pdf).unwrap();
    std::fs::write(format!("{lot}/note.txt"), b"ok").unwrap();
    let secret = env.write("secret.pdf", &pdf);
    env.write("secret.txt", b"secret");
    std::os::unix::fs::symlink(&secret, format!("{lot}/link.pdf")).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", format!("{lot}/passwd.txt")).unwrap();
    let header = "file,number,attachments";
    let rows = [
        "sub/a.pdf,M-1,note.txt",
        "../secret.pdf,M-2,",
        "link.pdf,M-3,",
        &format!("{secret},M-4,"),
        "sub/a.pdf,M-5,../secret.txt",
        "sub/a.pdf,M-6,passwd.txt",
        "sub/../sub/a.pdf,M-7,",
    ];
    let manifest = env.write(
        "lot/m.csv",
        format!("{header}\n{}\n", rows.join("\n")).as_bytes(),
    );
    let mut args = vec!["deposit", "--batch", &manifest];
    args.extend(FLAGS);
    args.extend(["--format", "ndjson"]);
    let run = env.as_(MANUELA, &args);
    assert_eq!(run.code, 3, "{}", run.stderr);
    let results: Vec<(String, String)> = run
        .stdout
        .lines()
        .map(|l| {
            let o: Value = serde_json::from_str(l).unwrap();
            let code = o["errors"][0]["code"].as_str().unwrap_or("").to_string();
            (o["result"].as_str().unwrap().to_string(), code)
        })
        .collect();
    let expected = [
        ("created", ""),
        ("failed", "path_outside_manifest_folder"),
        ("failed", "path_outside_manifest_folder"),
        ("failed", "path_absolute"),
        ("failed", "path_outside_manifest_folder"),
        ("failed", "path_outside_manifest_folder"),
        ("created", ""),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(r, c)| (r.to_string(), c.to_string()))
        .collect();
    assert_eq!(results, expected, "{}", run.stdout);
    assert_eq!(env.invoice_numbers(Some(MANUELA), &[]).len(), 2);
    // The absolute path with the flag; the others still refused.
    args.insert(3, "--allow-absolute-paths");
    let run = env.as_(MANUELA, &args);
    assert_eq!(run.code, 3);
    assert!(run.stdout.contains("\"number\":\"M-4\""), "{}", run.stdout);
    assert_eq!(
        run.stdout.matches("path_outside_manifest_folder").count(),
        4
    );
    assert_eq!(env.invoice_numbers(Some(MANUELA), &[]).len(), 3);

    // A list on stdin (`find sub -name '*.pdf' | chorus deposit --batch -`): relative to the
    // current folder, and held inside it the same way.
    let mut args = vec!["deposit", "--batch", "-", "--number", "M-8"];
    args.extend(FLAGS);
    args.extend(["--format", "ndjson"]);
    let mut child = env
        .command(Some(MANUELA), &args)
        .current_dir(&lot)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"sub/a.pdf\n../secret.pdf\n").unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(3), "{stdout}");
    assert!(stdout.contains("\"number\":\"M-8\""), "{stdout}");
    assert!(stdout.contains("path_outside_manifest_folder"), "{stdout}");
    assert_eq!(env.invoice_numbers(Some(MANUELA), &[]).len(), 4);
});

/// Validation only reads and reports: its manifest may name any file its user can read, by a
/// relative path (from the manifest's folder) or an absolute one, as the official conformance
/// kit's `compare.sh` does. (A deposit manifest is held to its folder: its files are sent.)
#[test]
fn validate_manifests_name_any_file_they_can_read() {
    let env = &Env::local();
    std::fs::create_dir_all(env.path("lot")).unwrap();
    let outside = env.write("outside.xml", b"<x/>");
    let list = env.write(
        "lot/list.txt",
        format!("../outside.xml\n{outside}\n").as_bytes(),
    );
    let run = env.op(&["invoice", "validate", "--batch", &list, "--format", "json"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    let r = run.json();
    // Both are read and judged on their content: not an invoice, not a refused path.
    for verdict in r.as_array().unwrap() {
        assert_eq!(
            verdict["violations"][0]["rule"], "xml_not_invoice",
            "{verdict}"
        );
    }
    assert_eq!(r[0]["file"], env.path("lot/../outside.xml"));
    assert_eq!(r[1]["file"], outside);
}

#[test]
fn a_new_store_and_its_journal_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &str| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    // A local store, created by a first command.
    let env = &Env::local();
    env.signup(MANUELA);
    assert_eq!(mode(&env.store), 0o600);
    // A served store keeps its journal open: -wal and -shm too.
    let env = &Env::remote();
    env.signup(MANUELA);
    // Saved credentials stay private even over a leftover temporary file of another mode.
    let tmp = env.path("config/chorus/credentials.toml.tmp");
    std::fs::create_dir_all(env.path("config/chorus")).unwrap();
    std::fs::write(&tmp, "").unwrap();
    std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o644)).unwrap();
    let login = ["login", "--email", MANUELA, "--password-stdin"];
    env.bare(None, &login, &format!("{PASSWORD}\n")).ok();
    assert_eq!(mode(&env.path("config/chorus/credentials.toml")), 0o600);
    let db = env.store_file();
    assert_eq!(mode(&db), 0o600);
    for suffix in ["-wal", "-shm"] {
        let journal = format!("{db}{suffix}");
        assert!(Path::new(&journal).exists(), "{journal} missing");
        assert_eq!(mode(&journal), 0o600, "{journal}");
    }
}
