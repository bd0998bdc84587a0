//! `deposit --batch`: manifests, idempotent re-runs, atomic batches, parallel and killed batches.

use std::io::{BufRead, BufReader, Lines};
use std::process::{Child, ChildStdout, Stdio};

use serde_json::Value;

use crate::harness::*;
use crate::scenario;

const HEADER: &str = "file,number,date,recipient,recipient_service,engagement,total_excl_vat,vat,total_incl_vat,amount_due";

/// A manifest of `n` plain PDFs to Chambéry, written in the scenario's folder; returns its path.
pub fn manifest(env: &Env, name: &str, n: usize, bad: &[usize]) -> String {
    let mut csv = String::from(HEADER);
    csv.push('\n');
    for i in 1..=n {
        let file = format!("f{i}.pdf");
        env.write(&file, &plain_pdf(&["FACTURE", &format!("Facture F-{i}")]));
        // A bad record lacks its engagement number, which Chambéry requires.
        let engagement = if bad.contains(&i) { "" } else { "EJ-1" };
        csv.push_str(&format!(
            "{file},F-{i},2026-11-20,{CHAMBERY},CANTINE,{engagement},100.00,20.00,120.00,120.00\n"
        ));
    }
    env.write(name, csv.as_bytes())
}

fn results(run: &Run) -> Vec<(String, String)> {
    run.stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .map(|v| {
            (
                v["number"].as_str().unwrap_or("").to_string(),
                v["result"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn count(env: &Env) -> usize {
    env.invoice_numbers(None, &[]).len()
}

scenario!(mixed_batch_then_idempotent_rerun, |env| {
    delices(env);
    chambery_with_buyer(env);
    let path = manifest(env, "batch.csv", 5, &[3]);
    let first = env.as_(
        MANUELA,
        &["deposit", "--batch", &path, "--format", "ndjson"],
    );
    assert_eq!(first.code, 3, "{}", first.stderr);
    assert!(
        first.stderr.contains("4 created, 0 unchanged, 1 failed"),
        "{}",
        first.stderr
    );
    let lines: Vec<Value> = first
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[2]["line"], 4);
    assert_eq!(lines[2]["result"], "failed");
    assert_eq!(lines[2]["errors"][0]["code"], "engagement_required");
    assert_eq!(lines[0]["status"], "MISE_A_DISPOSITION");
    let ids: Vec<Value> = lines.iter().map(|l| l["invoice_id"].clone()).collect();
    assert_eq!(count(env), 4);
    // The same batch again: done records are unchanged, with the same invoices.
    let again = env.as_(
        MANUELA,
        &["deposit", "--batch", &path, "--format", "ndjson"],
    );
    assert!(
        again.stderr.contains("0 created, 4 unchanged, 1 failed"),
        "{}",
        again.stderr
    );
    let again_ids: Vec<Value> = again
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["invoice_id"].clone())
        .collect();
    assert_eq!(again_ids, ids);
    assert_eq!(count(env), 4);
    // Fixed, the failed record goes through; the others stay unchanged.
    let fixed = manifest(env, "fixed.csv", 5, &[]);
    let third = env
        .as_(
            MANUELA,
            &["deposit", "--batch", &fixed, "--format", "ndjson"],
        )
        .ok();
    assert_eq!(
        results(&third)[2],
        ("F-3".to_string(), "created".to_string())
    );
    assert!(
        third.stderr.contains("1 created, 4 unchanged, 0 failed"),
        "{}",
        third.stderr
    );
    assert_eq!(count(env), 5);
});

scenario!(a_key_with_other_content_is_a_conflict, |env| {
    delices(env);
    chambery_with_buyer(env);
    env.write("a.pdf", &plain_pdf(&["A"]));
    let csv = format!(
        "{HEADER},key\na.pdf,F-1,2026-11-20,{CHAMBERY},CANTINE,EJ-1,100.00,20.00,120.00,120.00,K1\n"
    );
    let path = env.write("k.csv", csv.as_bytes());
    env.as_(
        MANUELA,
        &["deposit", "--batch", &path, "--format", "ndjson"],
    )
    .ok();
    let other = env.write(
        "k2.csv",
        csv.replace("100.00,20.00,120.00,120.00", "10.00,2.00,12.00,12.00")
            .as_bytes(),
    );
    let run = env.as_(
        MANUELA,
        &["deposit", "--batch", &other, "--format", "ndjson"],
    );
    assert_eq!(run.code, 3);
    assert!(run.stdout.contains("deposit_key_reused"), "{}", run.stdout);
    // A single deposit may carry a key too.
    let pdf = env.write("b.pdf", &plain_pdf(&["B"]));
    let flags = [
        "deposit",
        pdf.as_str(),
        "--key",
        "K2",
        "--recipient",
        CHAMBERY,
        "--recipient-service",
        "CANTINE",
        "--engagement",
        "EJ",
        "--number",
        "F-2",
        "--date",
        "2026-11-20",
        "--total-excl-vat",
        "1",
        "--vat",
        "0.20",
        "--total-incl-vat",
        "1.20",
        "--amount-due",
        "1.20",
        "--format",
        "json",
    ];
    let one = env.as_(MANUELA, &flags).ok().json();
    let two = env.as_(MANUELA, &flags).ok();
    assert!(two.stderr.contains("unchanged"), "{}", two.stderr);
    assert_eq!(two.json()["id"], one["id"]);
});

scenario!(manifest_errors_stop_before_anything, |env| {
    delices(env);
    chambery_with_buyer(env);
    let path = manifest(env, "ok.csv", 2, &[]);
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replacen("amount_due", "amount_due,colour", 1)
        .replace("120.00\n", "120.00,blue\n");
    let unknown = env.write("unknown.csv", text.as_bytes());
    env.as_(MANUELA, &["deposit", "--batch", &unknown])
        .fails(2, "unknown manifest column(s): colour");
    let truncated = env.write(
        "cut.csv",
        format!("{HEADER}\nf1.pdf,F-1,2026-11-20\n").as_bytes(),
    );
    env.as_(MANUELA, &["deposit", "--batch", &truncated])
        .fails(3, "line 2");
    env.as_(MANUELA, &["deposit", "x.pdf", "--batch", &path])
        .fails(2, "cannot be used with");
    env.as_(MANUELA, &["deposit", "--atomic"])
        .fails(2, "--batch");
    assert_eq!(count(env), 0);
});

scenario!(atomic_batches_are_all_or_nothing, |env| {
    delices(env);
    chambery_with_buyer(env);
    let bad = manifest(env, "bad.csv", 3, &[2]);
    let run = env.as_(
        MANUELA,
        &["deposit", "--batch", &bad, "--atomic", "--format", "ndjson"],
    );
    assert_eq!(run.code, 3);
    assert_eq!(
        results(&run).iter().filter(|(_, r)| r == "failed").count(),
        3
    );
    assert!(
        run.stdout.contains("atomic_rollback") && run.stdout.contains("engagement_required"),
        "{}",
        run.stdout
    );
    assert_eq!(count(env), 0);
    let good = manifest(env, "good.csv", 3, &[]);
    env.as_(MANUELA, &["deposit", "--batch", &good, "--atomic"])
        .ok();
    assert_eq!(count(env), 3);
});

scenario!(stop_on_error_and_dry_run, |env| {
    delices(env);
    chambery_with_buyer(env);
    let path = manifest(env, "b.csv", 4, &[2]);
    let dry = env.as_(
        MANUELA,
        &[
            "deposit",
            "--batch",
            &path,
            "--dry-run",
            "--format",
            "ndjson",
        ],
    );
    assert_eq!(dry.code, 3);
    assert_eq!(
        results(&dry)
            .iter()
            .map(|(_, r)| r.as_str())
            .collect::<Vec<_>>(),
        ["checked", "failed", "checked", "checked"]
    );
    assert_eq!(count(env), 0);
    let stop = env.as_(
        MANUELA,
        &[
            "deposit",
            "--batch",
            &path,
            "--stop-on-error",
            "--format",
            "ndjson",
        ],
    );
    assert_eq!(stop.code, 3);
    assert_eq!(results(&stop).len(), 2);
    assert!(stop.stderr.contains("--stop-on-error"), "{}", stop.stderr);
    assert_eq!(count(env), 1);
});

scenario!(a_list_of_facturx_files_from_stdin, |env| {
    delices(env);
    chambery_with_buyer(env);
    // Factur-X files carry their own data: `find … | chorus deposit --batch -`.
    let example = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/invoice.json"
    ))
    .unwrap()
    .replace("22730001900006", CHAMBERY)
    .replace("RESTAURATION_COLLEGES", "CANTINE");
    let mut list = String::new();
    for i in 1..=3 {
        let json = example.replace("F-2026-0042", &format!("X-{i}"));
        let out = env
            .with_stdin(
                Some(MANUELA),
                &[
                    "invoice", "create", "--from", "-", "--draft", "--format", "json",
                ],
                &json,
            )
            .ok()
            .json();
        let pdf = env.path(&format!("x{i}.pdf"));
        env.as_(
            MANUELA,
            &["invoice", "download", &out["id"].to_string(), "-o", &pdf],
        )
        .ok();
        env.as_(
            MANUELA,
            &["invoice", "delete", &out["id"].to_string(), "--yes"],
        )
        .ok();
        list.push_str(&pdf);
        list.push('\n');
    }
    // Absolute paths (as `find /abs/path` prints them) only with the flag.
    let flag = "--allow-absolute-paths";
    let run = env.with_stdin(
        Some(MANUELA),
        &["deposit", "--batch", "-", "--format", "ndjson"],
        &list,
    );
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert_eq!(
        run.stdout.matches("path_absolute").count(),
        3,
        "{}",
        run.stdout
    );
    let run = env
        .with_stdin(
            Some(MANUELA),
            &["deposit", "--batch", "-", flag, "--format", "ndjson"],
            &list,
        )
        .ok();
    assert_eq!(
        results(&run),
        [
            ("X-1".into(), "created".into()),
            ("X-2".into(), "created".into()),
            ("X-3".into(), "created".into())
        ]
    );
    let csv = env
        .with_stdin(
            Some(MANUELA),
            &["deposit", "--batch", "-", flag, "--format", "csv"],
            &list,
        )
        .ok()
        .stdout;
    assert!(
        csv.starts_with("line,file,result,invoice_id,number,status,errors"),
        "{csv}"
    );
    assert_eq!(csv.matches(",unchanged,").count(), 3);
});

scenario!(parallel_batches_on_one_store_all_succeed, |env| {
    delices(env);
    chambery_with_buyer(env);
    let manifests: Vec<String> = (0..4)
        .map(|p| {
            let mut csv = format!("{HEADER}\n");
            for i in 0..5 {
                let file = format!("p{p}-{i}.pdf");
                env.write(&file, &plain_pdf(&[&format!("P{p}-{i}")]));
                csv.push_str(&format!(
                    "{file},P{p}-{i},2026-11-20,{CHAMBERY},CANTINE,EJ,1.00,0.20,1.20,1.20\n"
                ));
            }
            env.write(&format!("m{p}.csv"), csv.as_bytes())
        })
        .collect();
    let children: Vec<_> = manifests
        .iter()
        .map(|m| {
            env.command(
                Some(MANUELA),
                &["deposit", "--batch", m, "--format", "ndjson"],
            )
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(count(env), 20);
});

/// Starts a batch of 120 records as Manuela and waits until it reports 10 created; the
/// running batch, the rest of its output, the manifest and the numbers reported.
pub fn batch_under_way(env: &Env) -> (Child, Lines<BufReader<ChildStdout>>, String, Vec<String>) {
    let path = manifest(env, "big.csv", 120, &[]);
    let mut child = env
        .command(
            Some(MANUELA),
            &[
                "deposit", "--batch", &path, "--format", "ndjson", "--jobs", "1",
            ],
        )
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut reported = Vec::new();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    while reported.len() < 10 {
        let line: Value = serde_json::from_str(&lines.next().unwrap().unwrap()).unwrap();
        assert_eq!(line["result"], "created", "{line}");
        reported.push(line["number"].as_str().unwrap().to_string());
    }
    (child, lines, path, reported)
}

/// After an interrupted batch: what it reported created is stored, and a re-run reports
/// those unchanged and deposits the rest, nothing twice.
pub fn batch_resumes(env: &Env, path: &str, reported: &[String]) {
    let stored = env.invoice_numbers(None, &[]);
    assert!(
        stored.len() < 120,
        "the batch finished before it was stopped: make it longer"
    );
    for n in reported {
        assert!(
            stored.contains(n),
            "{n} was reported created but is not stored"
        );
    }
    let rerun = env
        .as_(MANUELA, &["deposit", "--batch", path, "--format", "ndjson"])
        .ok();
    let r = results(&rerun);
    assert_eq!(r.len(), 120);
    let unchanged = r
        .iter()
        .filter(|(n, res)| res == "unchanged" && stored.contains(n));
    assert_eq!(unchanged.count(), stored.len());
    assert_eq!(
        r.iter().filter(|(_, res)| res == "created").count(),
        120 - stored.len()
    );
    assert_eq!(count(env), 120);
}

scenario!(a_killed_batch_loses_nothing_and_resumes, |env| {
    delices(env);
    chambery_with_buyer(env);
    let (mut child, _, path, reported) = batch_under_way(env);
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let conn = rusqlite::Connection::open(env.store_file()).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    drop(conn);
    batch_resumes(env, &path, &reported);
});
