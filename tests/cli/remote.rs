//! What only a remote store has: sign-in and tokens, the server's limits and versions, its
//! access log, restarts and graceful shutdown. Every scenario also runs remotely (`scenario!`).

use std::io::{Read, Write};
use std::net::TcpStream;

use serde_json::Value;

use crate::batch::{batch_resumes, batch_under_way};
use crate::harness::*;

const LEA: &str = "lea@example.fr";

fn login(env: &Env, email: &str, password: &str, extra: &[&str]) -> Run {
    let mut args = vec!["login", "--email", email, "--password-stdin"];
    args.extend(extra);
    env.bare(None, &args, &format!("{password}\n"))
}

#[test]
fn sign_in_use_and_revoke_tokens() {
    let env = Env::remote();
    env.signup(LEA);
    // Without a token only sign-up, activation and sign-in work: not even the directory.
    env.bare(None, &["structure", "search"], "")
        .fails(6, "token_missing");
    env.bare(None, &["directory", "search", "commune"], "")
        .fails(6, "token_missing");
    // A wrong password and an unknown e-mail get the same answer.
    let wrong = login(&env, LEA, "not the password 9", &[]).fails(6, "login_failed");
    let unknown =
        login(&env, "nobody@example.fr", "not the password 9", &[]).fails(6, "login_failed");
    assert_eq!(wrong.stderr, unknown.stderr);

    // `login` keeps the token for this store, readable by its owner only; commands use it.
    login(&env, LEA, PASSWORD, &[]).ok();
    let file = env.path("config/chorus/credentials.toml");
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.contains(&env.store) && saved.contains(LEA), "{saved}");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let me = env
        .bare(None, &["account", "show", "--format", "json"], "")
        .ok()
        .json();
    assert_eq!(me["email"], LEA);
    // `logout` revokes it and forgets it.
    env.bare(None, &["logout"], "").ok();
    assert!(!std::fs::read_to_string(&file).unwrap().contains(LEA));
    env.bare(None, &["account", "show"], "")
        .fails(6, "token_missing");

    // CHORUS_TOKEN (for CI): a printed token of 256 bits; revoked, it stays refused.
    let token = login(&env, LEA, PASSWORD, &["--print-token"])
        .ok()
        .stdout
        .trim()
        .to_string();
    assert_eq!(token.len(), 64, "{token}");
    env.bare(Some(&token), &["account", "show"], "").ok();
    env.bare(Some(&token), &["logout"], "").ok();
    env.bare(Some(&token), &["account", "show"], "")
        .fails(6, "token_revoked");
    env.bare(Some("made-up"), &["account", "show"], "")
        .fails(6, "token_invalid");
    // Tokens live 30 days.
    let token = env.token_of(LEA);
    env.bare_at(
        "2026-12-22T10:00:00Z",
        Some(&token),
        &["account", "show"],
        "",
    )
    .ok();
    env.bare_at(
        "2026-12-24T10:00:00Z",
        Some(&token),
        &["account", "show"],
        "",
    )
    .fails(6, "token_expired");

    // --as cannot pick who acts remotely; login has no meaning on a local store.
    env.bare(Some(&token), &["--as", LEA, "account", "show"], "")
        .fails(2, "as_on_remote_store");
    let local = Env::local();
    login(&local, LEA, PASSWORD, &[]).fails(2, "local_store_has_no_login");
}

/// Sends one raw HTTP/1.1 request; the whole answer.
fn raw(env: &Env, request: &str) -> String {
    let address = env.store.trim_start_matches("http://");
    let mut stream = TcpStream::connect(address).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer
}

#[test]
fn limits_versions_log_and_a_server_down() {
    let mut env = Env::remote();
    let post = |path: &str, headers: &str, body: &str| {
        format!(
            "POST {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\n{headers}Content-Length: {}\r\n\r\n{body}",
            body.len()
        )
    };
    let health = raw(
        &env,
        "GET /v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert!(health.starts_with("HTTP/1.1 200"), "{health}");
    assert!(health.contains(r#""api":"1""#), "{health}");
    let other = raw(&env, &post("/v1/list-accounts", "chorus-api: 99\r\n", "{}"));
    assert!(
        other.starts_with("HTTP/1.1 400") && other.contains("api_version_mismatch"),
        "{other}"
    );
    let unknown = raw(&env, &post("/v1/no-such-operation", "", "{}"));
    assert!(
        unknown.starts_with("HTTP/1.1 404") && unknown.contains("unknown_operation"),
        "{unknown}"
    );
    let garbage = raw(&env, &post("/v1/create-account", "", "{\"email\": 3}"));
    assert!(
        garbage.starts_with("HTTP/1.1 400") && garbage.contains("bad_request"),
        "{garbage}"
    );
    // A body over the limit is refused from its declared length, before it is read.
    let huge = raw(
        &env,
        "POST /v1/list-accounts HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 200000000\r\n\r\n",
    );
    assert!(
        huge.starts_with("HTTP/1.1 413") && huge.contains("body_too_large"),
        "{huge}"
    );
    // The client refuses to send what the server would refuse: exit 3, as the server's 413
    // (100 MB is within what chorus reads, 133 MB once in base64).
    env.signup(LEA);
    let big = env.path("big.pdf");
    std::fs::write(&big, vec![b'x'; 100 * 1024 * 1024]).unwrap();
    env.as_(LEA, &["deposit", &big]).fails(3, "body_too_large");
    std::fs::remove_file(&big).unwrap();

    // The access log names operations, accounts and statuses, never secrets.
    let token = env.token_of(LEA);
    env.as_(LEA, &["account", "show"]).ok();
    let log = env.server_log();
    assert!(
        log.contains(&format!("POST /v1/show-account {LEA} 200")),
        "{log}"
    );
    assert!(log.contains("POST /v1/login - 200"), "{log}");
    assert!(!log.contains(&token) && !log.contains(PASSWORD), "{log}");

    // SIGTERM stops the server cleanly; then the store is unreachable: exit 7.
    assert!(env.stop_server().success());
    assert!(env.server_log().contains("chorus serve: stopped"));
    let down = env
        .as_(LEA, &["account", "show"])
        .fails(7, "server_unreachable");
    assert!(down.stderr.contains(&env.store), "{}", down.stderr);
}

#[test]
fn a_restart_keeps_the_store_and_the_tokens() {
    let mut env = Env::remote();
    delices(&env);
    let before = env.snapshot();
    assert!(env.stop_server().success());
    env.start_server();
    // The same tokens still act on the same data.
    assert_eq!(env.snapshot(), before);
    env.as_(MANUELA, &["structure", "show", DELICES]).ok();
}

#[test]
fn a_graceful_shutdown_during_a_batch_loses_nothing() {
    let mut env = Env::remote();
    delices(&env);
    chambery_with_buyer(&env);
    let (mut child, lines, path, mut created) = batch_under_way(&env);
    assert!(env.stop_server().success(), "{}", env.server_log());
    // What the batch reported after the stop: perhaps one more created, then a failure.
    for line in lines {
        let line: Value = serde_json::from_str(&line.unwrap()).unwrap();
        if line["result"] == "created" {
            created.push(line["number"].as_str().unwrap().to_string());
        }
    }
    // The batch stops at the first record the stopped server cannot take: exit 7.
    assert_eq!(child.wait().unwrap().code(), Some(7));
    env.start_server();
    batch_resumes(&env, &path, &created);
}

/// Reads one HTTP/1.1 message (headers, then Content-Length bytes) from a stream.
fn read_message(stream: &mut TcpStream) -> Vec<u8> {
    let mut message = Vec::new();
    let mut byte = [0u8; 1];
    while !message.ends_with(b"\r\n\r\n") {
        if stream.read(&mut byte).unwrap() == 0 {
            return message;
        }
        message.push(byte[0]);
    }
    let headers = String::from_utf8_lossy(&message).to_lowercase();
    let length: usize = headers
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .map_or(0, |v| v.trim().parse().unwrap());
    let mut body = vec![0u8; length];
    stream.read_exact(&mut body).unwrap();
    message.extend(body);
    message
}

/// A proxy to the server that drops its first connection once the server has answered the
/// request on it, as a network failure would; later connections go through. Its URL.
fn dropping_proxy(server: &str) -> String {
    let upstream = server.trim_start_matches("http://").to_string();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for (n, client) in listener.incoming().enumerate() {
            let mut client = client.unwrap();
            let mut server = TcpStream::connect(&upstream).unwrap();
            if n == 0 {
                let request = read_message(&mut client);
                server.write_all(&request).unwrap();
                read_message(&mut server); // answered, and never passed on
                continue; // both dropped
            }
            let (mut c2, mut s2) = (client.try_clone().unwrap(), server.try_clone().unwrap());
            std::thread::spawn(move || std::io::copy(&mut c2, &mut s2));
            std::thread::spawn(move || std::io::copy(&mut server, &mut client));
        }
    });
    url
}

#[test]
fn a_retry_after_a_dropped_connection_deposits_once() {
    let env = Env::remote();
    delices(&env);
    chambery_with_buyer(&env);
    let pdf = env.write("f.pdf", &plain_pdf(&["FACTURE", "Facture R-1"]));
    let proxy = dropping_proxy(&env.store);
    let flags = [
        "--recipient",
        CHAMBERY,
        "--recipient-service",
        "CANTINE",
        "--engagement",
        "EJ-1",
        "--number",
        "R-1",
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
        "--format",
        "json",
    ];
    let mut args = vec!["deposit", &pdf, "--key", "R-1"];
    args.extend(flags);
    let token = env.token_of(MANUELA);
    // The server deposited the invoice, the answer was lost; the retry finds it.
    let out = env
        .bare_via(&proxy, NOW, Some(&token), &args, "")
        .ok()
        .json();
    assert_eq!(out["number"], "R-1");
    assert_eq!(out["unchanged"], true, "{out}");
    assert_eq!(env.invoice_numbers(None, &[]), ["R-1"]);
    // Without a key nothing says a second try is safe: the lost answer is exit 7, though the
    // server deposited the invoice.
    let proxy = dropping_proxy(&env.store);
    let pdf = env.write("g.pdf", &plain_pdf(&["FACTURE", "Facture R-2"]));
    let mut args = vec!["deposit", &pdf];
    args.extend(flags);
    *args.iter_mut().find(|a| **a == "R-1").unwrap() = "R-2";
    env.bare_via(&proxy, NOW, Some(&token), &args, "")
        .fails(7, "server_unreachable");
    assert_eq!(env.invoice_numbers(None, &[]), ["R-2", "R-1"]);
}

#[test]
fn serve_and_logout_refuse_bad_usage() {
    let env = Env::local();
    let db = env.path("served.db");
    let serve = |extra: &[&str]| {
        let mut args = vec!["serve", "--listen", "127.0.0.1:0"];
        args.extend(extra);
        env.bare(None, &args, "")
    };
    serve(&["--store", "http://127.0.0.1:9"]).fails(2, "serve_needs_a_file");
    serve(&["--store", &db, "--operator", "not-an-email"]).fails(2, "operator_email");
    serve(&["--store", &db, "--max-requests", "0"]).fails(2, "max_requests");
    // Nothing was served, so nothing was created.
    assert!(!std::path::Path::new(&db).exists());
    // No token for a store: nothing to sign out of.
    let remote = Env::remote();
    remote.bare(None, &["logout"], "").fails(4, "not_signed_in");
}

/// Waits (polling) until `done`; panics with `what` if it never happens.
fn wait_for(what: &str, done: impl Fn() -> bool) {
    let started = std::time::Instant::now();
    while !done() {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(60),
            "never happened: {what}"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

fn create_account(env: &Env, token: Option<&str>, email: &str) -> Run {
    let args = [
        "account",
        "create",
        "--email",
        email,
        "--first-name",
        "Léa",
        "--last-name",
        "Martin",
        "--no-siret",
        "--format",
        "json",
    ];
    env.bare(token, &args, "")
}

#[test]
fn a_remote_sign_up_gets_no_activation_token() {
    let env = Env::remote();
    env.signup(PIERRE);
    // Anonymous: the account, not the token; a hint says where the token went.
    let out = create_account(&env, None, LEA).ok();
    let token = env.activation_token(LEA);
    assert!(
        out.json().get("activation_token").is_none(),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains(&token) && !out.stderr.contains(&token));
    assert!(out.stderr.contains("mailbox"), "{}", out.stderr);
    // An ordinary account gets no more, and cannot read another account's mailbox.
    let pierre = env.token_of(PIERRE);
    let out = create_account(&env, Some(&pierre), "paul@example.fr").ok();
    assert!(
        out.json().get("activation_token").is_none(),
        "{}",
        out.stdout
    );
    env.bare(Some(&pierre), &["account", "notifications", LEA], "")
        .fails(6, "not_your_account");
    env.bare(None, &["account", "notifications", LEA], "")
        .fails(6, "token_missing");
    // The operator signs accounts up with their token, as the local store's owner does.
    let operator = env.token_of(OPERATOR);
    let out = create_account(&env, Some(&operator), "anne@example.fr").ok();
    assert_eq!(
        out.json()["activation_token"].as_str(),
        Some(env.activation_token("anne@example.fr").as_str())
    );
    // A local --as account is an ordinary caller too.
    let local = Env::local();
    local.signup(PIERRE);
    let out = local
        .as_(
            PIERRE,
            &[
                "account",
                "create",
                "--email",
                LEA,
                "--first-name",
                "Léa",
                "--last-name",
                "Martin",
                "--no-siret",
                "--format",
                "json",
            ],
        )
        .ok();
    assert!(
        out.json().get("activation_token").is_none(),
        "{}",
        out.stdout
    );
}

#[test]
fn the_operator_cannot_be_squatted_by_another_spelling() {
    let env = Env::remote();
    let before = env.snapshot();
    // Case and full-width letters spell the operator's own account (Kelvin signs: accounts.rs).
    for spelling in [
        "Operator@Chorus.TEST",
        "\u{FF4F}perator@chorus.test",
        "operator@\u{FF43}horus.test",
    ] {
        create_account(&env, None, spelling).fails(5, "email_taken");
    }
    create_account(&env, None, "oper\u{200B}ator@chorus.test")
        .fails(3, "email_invisible_character");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn serve_needs_its_operators_to_be_active_accounts() {
    let env = Env::local();
    let db = env.store.clone();
    let serve = |operator: &str| {
        env.bare(
            None,
            &[
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--store",
                &db,
                "--operator",
                operator,
            ],
            "",
        )
    };
    // No store yet: refused, and nothing created.
    serve(OPERATOR).fails(2, "operator_not_an_active_account");
    assert!(!std::path::Path::new(&db).exists());
    // An unknown account, then a pending one, are refused with the way to make them.
    env.op(&["account", "list"]).ok();
    let refused = serve(OPERATOR).fails(2, "operator_not_an_active_account");
    assert!(
        refused.stderr.contains("account create"),
        "{}",
        refused.stderr
    );
    env.op(&[
        "account",
        "create",
        "--email",
        OPERATOR,
        "--first-name",
        "O",
        "--last-name",
        "P",
        "--no-siret",
    ])
    .ok();
    serve(OPERATOR).fails(2, "PENDING_ACTIVATION");
    // Another spelling of an invalid address is a usage error too.
    serve("oper\u{AD}ator@chorus.test").fails(2, "operator_email");
}

#[test]
fn a_deactivated_operator_loses_its_rights() {
    let env = Env::remote();
    let token = env.token_of(OPERATOR);
    let public = |token: &str, identifier: &str| {
        env.bare(
            Some(token),
            &[
                "structure",
                "create",
                "--public",
                "--identifier",
                identifier,
                "--name",
                "Commune",
                "--address",
                "1 place",
                "--postcode",
                "73000",
                "--city",
                "Chambéry",
            ],
            "",
        )
    };
    public(&token, CHAMBERY).ok();
    // Deactivated behind chorus's back (an older chorus did not revoke tokens): the token
    // still exists, and it no longer acts.
    let db = rusqlite::Connection::open(env.store_file()).unwrap();
    db.execute(
        "UPDATE accounts SET status = 'INACTIVE' WHERE email = ?1",
        [OPERATOR],
    )
    .unwrap();
    public(&token, "21740056300011").fails(6, "token_account_not_active");
    let count: i64 = db
        .query_row("SELECT count(*) FROM structures", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 1);
}

#[test]
fn a_password_change_or_a_deactivation_revokes_the_other_tokens() {
    let env = Env::remote();
    env.signup(LEA);
    let print = |password: &str| {
        login(&env, LEA, password, &["--print-token"])
            .ok()
            .stdout
            .trim()
            .to_string()
    };
    let (laptop, stolen) = (print(PASSWORD), print(PASSWORD));
    let new_password = "a new password 2";
    env.bare(
        Some(&laptop),
        &["account", "password", "--password-stdin"],
        &format!("{PASSWORD}\n{new_password}\n"),
    )
    .ok();
    // The session that changed the password goes on; the others are revoked.
    env.bare(Some(&laptop), &["account", "show"], "").ok();
    env.bare(Some(&stolen), &["account", "show"], "")
        .fails(6, "token_revoked");
    let other = print(new_password);
    env.bare(Some(&laptop), &["account", "deactivate", "--yes"], "")
        .ok();
    for token in [&laptop, &other] {
        env.bare(Some(token), &["account", "show"], "")
            .fails(6, "token_revoked");
    }
}

#[test]
fn notifications_go_through_the_notify_command() {
    let dir = tempfile::tempdir().unwrap();
    let outbox = dir.path().join("outbox.ndjson");
    let open = dir.path().join("open");
    // Fails until `open` exists: the delivery is logged and retried.
    let command = format!(
        "test -e '{}' && cat >> '{}'",
        open.display(),
        outbox.display()
    );
    let mut env = Env::remote_with(&["--test-clock", "--notify-command", &command]);
    create_account(&env, None, LEA).ok();
    wait_for("a failed delivery in the log", || {
        env.server_log().contains("not delivered")
    });
    std::fs::write(&open, "").unwrap();
    let delivered = |n: usize| -> Vec<Value> {
        let text = std::fs::read_to_string(&outbox).unwrap_or_default();
        let lines: Vec<Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        if lines.len() >= n { lines } else { Vec::new() }
    };
    wait_for("two deliveries", || !delivered(2).is_empty());
    // The operator's own activation message (made before the server started) and Léa's, in
    // whichever order their retries came due.
    let notes = delivered(2);
    let mut accounts: Vec<&str> = notes
        .iter()
        .map(|n| n["account"].as_str().unwrap())
        .collect();
    accounts.sort();
    let mut expected = [OPERATOR, LEA];
    expected.sort();
    assert_eq!(accounts, expected);
    let lea = notes.iter().find(|n| n["account"] == LEA).unwrap();
    assert_eq!(lea["kind"], "activation");
    let token = env.activation_token(LEA);
    assert!(lea["message"].as_str().unwrap().contains(&token));
    // A restart sends only what is new (once the deliveries are marked).
    let db = rusqlite::Connection::open(env.store_file()).unwrap();
    let undelivered = || -> i64 {
        db.query_row(
            "SELECT count(*) FROM notifications WHERE delivered_at IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap()
    };
    wait_for("the deliveries marked", || undelivered() == 0);
    env.start_server();
    create_account(&env, None, PIERRE).ok();
    wait_for("a third delivery", || !delivered(3).is_empty());
    // Only Pierre's is new: the first two are not sent again.
    let accounts: Vec<String> = delivered(3)
        .iter()
        .map(|n| n["account"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(accounts.len(), 3);
    assert_eq!(accounts[2], PIERRE);
}

/// A raw connection to the server that gives up reading after 20 s, so that a server which
/// never answers fails the test rather than hangs it.
fn connect(env: &Env) -> TcpStream {
    let stream = TcpStream::connect(env.store.trim_start_matches("http://")).unwrap();
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(20)))
        .unwrap();
    stream
}

/// Whether the server closed the connection: a read sees its end (after whatever it sent
/// last) or a reset, not a read timeout.
fn closed_by_server(stream: &mut TcpStream) -> bool {
    let mut rest = Vec::new();
    match stream.read_to_end(&mut rest) {
        Ok(_) => true,
        Err(e) => !matches!(
            e.kind(),
            std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
        ),
    }
}

#[test]
fn open_operations_are_refused_in_lists() {
    let env = Env::remote();
    env.signup(LEA);
    // A list of sign-ins would pass 200 guesses in one request, beside the login throttle.
    let guesses = format!(r#"[{{"email":"{LEA}","password":"{PASSWORD}"}}]"#);
    let create =
        r#"[{"email":"x@example.fr","first_name":"X","last_name":"Y","phone":null,"siret":null}]"#;
    for (path, body) in [
        ("/v1/all/login", guesses.as_str()),
        ("/v1/all/create-account", create),
    ] {
        let answer = raw(
            &env,
            &format!(
                "POST {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            ),
        );
        assert!(
            answer.starts_with("HTTP/1.1 400") && answer.contains("open_operation_in_list"),
            "{answer}"
        );
        assert!(!answer.contains("\"token\""), "{answer}");
    }
    // One at a time, sign-in works.
    login(&env, LEA, PASSWORD, &["--print-token"]).ok();
}

#[test]
fn a_bad_token_is_refused_before_the_body_is_read() {
    let env = Env::remote();
    // The head of a large request, then nothing: the server answers without waiting for it.
    let mut stream = connect(&env);
    stream
        .write_all(
            b"POST /v1/list-accounts HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer made-up\r\n\
              Content-Type: application/json\r\nContent-Length: 100000000\r\n\r\n[",
        )
        .unwrap();
    let answer = String::from_utf8_lossy(&read_message(&mut stream)).to_string();
    assert!(
        answer.starts_with("HTTP/1.1 401") && answer.contains("token_invalid"),
        "{answer}"
    );
    // Without a token, an open operation takes no large body either.
    let mut stream = connect(&env);
    stream
        .write_all(b"POST /v1/login HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n{")
        .unwrap();
    let answer = String::from_utf8_lossy(&read_message(&mut stream)).to_string();
    assert!(
        answer.starts_with("HTTP/1.1 413") && answer.contains("body_too_large"),
        "{answer}"
    );
}

#[test]
fn slow_and_idle_connections_are_cut() {
    let env = Env::remote_with(&[
        "--test-clock",
        "--header-timeout",
        "1",
        "--body-timeout",
        "1",
    ]);
    env.signup(LEA);
    let token = env.token_of(LEA);
    // Half a request head, then silence: the server closes the connection.
    let mut stream = connect(&env);
    stream
        .write_all(b"POST /v1/login HTTP/1.1\r\nHost: x\r\n")
        .unwrap();
    assert!(closed_by_server(&mut stream));
    // A connection that never sends anything is closed too.
    assert!(closed_by_server(&mut connect(&env)));
    // A keep-alive connection left idle after an answer is closed.
    let mut stream = connect(&env);
    stream
        .write_all(b"GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    let answer = String::from_utf8_lossy(&read_message(&mut stream)).to_string();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(closed_by_server(&mut stream));
    // Half a body, then silence: refused, and closed.
    let mut stream = connect(&env);
    stream
        .write_all(
            format!(
                "POST /v1/show-account HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n\
                 Content-Length: 100\r\n\r\n{{"
            )
            .as_bytes(),
        )
        .unwrap();
    let answer = String::from_utf8_lossy(&read_message(&mut stream)).to_string();
    assert!(
        answer.starts_with("HTTP/1.1 400") && answer.contains("request_timeout"),
        "{answer}"
    );
    assert!(closed_by_server(&mut stream));
}

#[test]
fn connections_over_the_cap_get_503() {
    let env = Env::remote_with(&["--test-clock", "--max-connections", "1"]);
    let health = b"GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n";
    // One connection held open (once those of the set-up are gone)…
    let mut held = None;
    for _ in 0..200 {
        let mut stream = connect(&env);
        stream.write_all(health).unwrap();
        let answer = String::from_utf8_lossy(&read_message(&mut stream)).to_string();
        if answer.starts_with("HTTP/1.1 200") {
            held = Some(stream);
            break;
        }
        assert!(answer.contains("too_many_connections"), "{answer}");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let held = held.expect("a connection once the set-up's are closed");
    // …and the next one is answered 503 with the error, then closed.
    let mut stream = connect(&env);
    let answer = String::from_utf8_lossy(&read_message(&mut stream)).to_string();
    assert!(
        answer.starts_with("HTTP/1.1 503") && answer.contains("too_many_connections"),
        "{answer}"
    );
    assert!(closed_by_server(&mut stream));
    drop(held);
}

#[test]
fn the_client_sets_the_clock_only_of_a_test_server() {
    let later = "2027-01-23T10:00:00Z"; // 61 days after NOW: a token has expired
    // A server without --test-clock keeps its own clock, whatever the client's CHORUS_NOW.
    let plain = Env::remote_with(&[]);
    plain.signup(LEA);
    let token = plain.token_of(LEA);
    plain
        .bare_at(later, Some(&token), &["account", "show"], "")
        .ok();
    assert!(!plain.server_log().contains("--test-clock"));
    // With --test-clock, it takes the client's, and says so loudly.
    let test = Env::remote();
    test.signup(LEA);
    let token = test.token_of(LEA);
    test.bare_at(later, Some(&token), &["account", "show"], "")
        .fails(6, "token_expired");
    assert!(
        test.server_log().contains("WARNING: --test-clock"),
        "{}",
        test.server_log()
    );
}

#[test]
fn a_batch_that_loses_its_server_says_so() {
    let mut env = Env::remote();
    delices(&env);
    chambery_with_buyer(&env);
    let path = crate::batch::manifest(&env, "batch.csv", 3, &[]);
    env.token_of(MANUELA);
    assert!(env.stop_server().success());
    let run = env
        .as_(
            MANUELA,
            &["deposit", "--batch", &path, "--format", "ndjson"],
        )
        .fails(7, "server_unreachable");
    assert!(
        run.stderr
            .contains("stopped: the store failed (server_unreachable), 2 record(s) not tried"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("--stop-on-error"), "{}", run.stderr);
}
