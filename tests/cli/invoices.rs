//! Invoices: deposit, entry, routing rules, rights, lifecycle, reading.

use serde_json::Value;

use crate::harness::*;
use crate::scenario;

/// The flags of a correct deposit to Chambéry; `changes` replace (Some) or drop (None) flags.
fn deposit(env: &Env, who: &str, number: &str, changes: &[(&str, Option<&str>)]) -> Run {
    let pdf = env.write(
        &format!("{}.pdf", number.replace('/', "-")),
        &plain_pdf(&["FACTURE", "Les Delices de Savoie"]),
    );
    let mut flags: Vec<(&str, Option<&str>)> = vec![
        ("--recipient", Some(CHAMBERY)),
        ("--recipient-service", Some("CANTINE")),
        ("--engagement", Some("EJ-2026-118")),
        ("--number", Some(number)),
        ("--date", Some("2026-11-20")),
        ("--total-excl-vat", Some("1000.00")),
        ("--vat", Some("200.00")),
        ("--total-incl-vat", Some("1200.00")),
        ("--amount-due", Some("1200.00")),
    ];
    for (flag, value) in changes {
        match flags.iter_mut().find(|(f, _)| f == flag) {
            Some(slot) => slot.1 = *value,
            None => flags.push((flag, *value)),
        }
    }
    let mut args = vec!["deposit".to_string(), pdf];
    for (flag, value) in flags {
        if let Some(v) = value {
            args.push(flag.to_string());
            if !v.is_empty() {
                args.push(v.to_string());
            }
        }
    }
    args.extend(["--format".into(), "json".into()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    env.as_(who, &args)
}

fn setup(env: &Env) {
    delices(env);
    chambery_with_buyer(env);
}

fn id(run: Run) -> String {
    run.ok().json()["id"].to_string()
}

fn rules_of(run: &Run) -> Vec<String> {
    let err: Value = serde_json::from_str(run.stderr.trim())
        .unwrap_or_else(|_| panic!("not a JSON error: {}", run.stderr));
    err["error"]["details"].as_array().map_or_else(
        || vec![err["error"]["code"].as_str().unwrap().to_string()],
        |d| {
            d.iter()
                .map(|v| v["rule"].as_str().unwrap().to_string())
                .collect()
        },
    )
}

fn invoices(env: &Env) -> String {
    env.op(&["invoice", "list", "--limit", "0", "--format", "json"])
        .ok()
        .stdout
}

scenario!(plain_pdf_is_deposited_and_routed, |env| {
    setup(env);
    let out = deposit(env, MANUELA, "F-2026-001", &[]).ok().json();
    assert_eq!(out["status"], "MISE_A_DISPOSITION");
    assert_eq!(out["deposit_mode"], "DEPOT_PDF_API");
    assert_eq!(out["supplier"]["identifier"], DELICES);
    assert_eq!(out["recipient"]["identifier"], CHAMBERY);
    assert_eq!(out["recipient"]["service_code"], "CANTINE");
    assert_eq!(out["amounts"]["total_incl_vat"], "1200.00");
    assert_eq!(out["framework"], "A1_FACTURE_FOURNISSEUR");
    assert!(out["file"]["sha256"].as_str().unwrap().len() == 64);
    let id = out["id"].to_string();
    let status = env
        .as_(MANUELA, &["invoice", "status", &id, "--format", "json"])
        .ok()
        .json();
    let steps: Vec<&str> = status["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["status"].as_str().unwrap())
        .collect();
    assert_eq!(steps, ["DEPOSEE", "MISE_A_DISPOSITION"]);
    assert_eq!(status["history"][0]["by"], MANUELA);
    // The buyer sees it and has it to do; a stranger does not see it at all.
    let todo = env
        .as_(BUYER, &["invoice", "todo", "--format", "json"])
        .ok()
        .json();
    assert_eq!(todo[0]["id"].to_string(), id);
    assert!(
        todo[0]["action"]
            .as_str()
            .unwrap()
            .contains("invoice process")
    );
    env.as_(PIERRE, &["invoice", "show", &id])
        .fails(4, "no invoice");
    let feed = env
        .as_(BUYER, &["account", "events", "--format", "json"])
        .ok()
        .json();
    assert!(
        feed.as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "invoice.mise_a_disposition")
    );
});

scenario!(routing_rules_are_reported_at_once, |env| {
    setup(env);
    let before = (env.snapshot(), invoices(env));
    let run = deposit(
        env,
        MANUELA,
        "F-1",
        &[("--recipient-service", None), ("--engagement", None)],
    );
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert_eq!(rules_of(&run), ["service_required", "engagement_required"]);
    let run = deposit(
        env,
        MANUELA,
        "F-1",
        &[
            ("--recipient", Some(DELICES)),
            ("--recipient-service", None),
        ],
    );
    assert!(rules_of(&run).contains(&"recipient_not_public".to_string()));
    let run = deposit(
        env,
        MANUELA,
        "F-1",
        &[("--recipient", Some("12345678200010"))],
    );
    assert_eq!(rules_of(&run), ["recipient_not_found"]);
    let run = deposit(
        env,
        MANUELA,
        "F-1",
        &[("--recipient-service", Some("NOPE"))],
    );
    assert_eq!(rules_of(&run), ["recipient_service_not_found"]);
    let run = deposit(
        env,
        MANUELA,
        "F-1",
        &[
            ("--recipient", None),
            ("--recipient-service", None),
            ("--engagement", None),
        ],
    );
    assert_eq!(rules_of(&run), ["recipient_required"]);
    assert_eq!((env.snapshot(), invoices(env)), before);

    env.as_(
        BUYER,
        &["service", "deactivate", "--structure", CHAMBERY, "CANTINE"],
    )
    .ok();
    assert_eq!(
        rules_of(&deposit(env, MANUELA, "F-1", &[])),
        ["recipient_service_inactive"]
    );
    env.as_(BUYER, &["structure", "deactivate", CHAMBERY]).ok();
    assert!(
        rules_of(&deposit(env, MANUELA, "F-1", &[])).contains(&"recipient_inactive".to_string())
    );

    // The State always needs both; another buyer wants a service or an engagement.
    env.op(&[
        "structure",
        "create",
        "--public",
        "--identifier",
        "11000201100044",
        "--name",
        "Services de l'Etat",
        "--address",
        "139 rue de Bercy",
        "--postcode",
        "75012",
        "--city",
        "Paris",
    ])
    .ok();
    let run = deposit(
        env,
        MANUELA,
        "F-1",
        &[
            ("--recipient", Some("11000201100044")),
            ("--recipient-service", Some("FACTURES_PUBLIQUES")),
            ("--engagement", None),
        ],
    );
    assert_eq!(rules_of(&run), ["state_service_and_engagement_required"]);
    env.op(&[
        "structure",
        "create",
        "--public",
        "--identifier",
        "40483304800014",
        "--name",
        "Département",
        "--address",
        "1 quai",
        "--postcode",
        "74000",
        "--city",
        "Annecy",
        "--service-or-engagement-required",
    ])
    .ok();
    let run = deposit(
        env,
        MANUELA,
        "F-1",
        &[
            ("--recipient", Some("40483304800014")),
            ("--recipient-service", None),
            ("--engagement", None),
        ],
    );
    assert_eq!(rules_of(&run), ["service_or_engagement_required"]);
    deposit(
        env,
        MANUELA,
        "F-1",
        &[
            ("--recipient", Some("40483304800014")),
            ("--recipient-service", None),
        ],
    )
    .ok();
});

scenario!(number_date_and_amount_rules, |env| {
    setup(env);
    let before = (env.snapshot(), invoices(env));
    let one = |number: &str, changes: &[(&str, Option<&str>)]| {
        rules_of(&deposit(env, MANUELA, number, changes))
    };
    assert_eq!(one("F-2026-000000000000001", &[]), ["number_format"]);
    assert_eq!(one("F 1", &[]), ["number_format"]);
    assert_eq!(
        one("F-1", &[("--date", Some("2026-12-01"))]),
        ["date_in_future"]
    );
    assert_eq!(
        one("F-1", &[("--date", Some("2026-02-30"))]),
        ["date_format"]
    );
    assert_eq!(
        one("F-1", &[("--currency", Some("XYZ"))]),
        ["currency_unknown"]
    );
    assert_eq!(
        one(
            "F-1",
            &[
                ("--total-incl-vat", Some("1300.00")),
                ("--amount-due", Some("1300.00"))
            ]
        ),
        ["total_incl_vat_mismatch"]
    );
    assert_eq!(
        one("F-1", &[("--amount-due", Some("1500.00"))]),
        ["amount_due_exceeds_total"]
    );
    assert!(
        one(
            "F-1",
            &[
                ("--vat", Some("200.001")),
                ("--total-incl-vat", Some("1200.001"))
            ]
        )
        .contains(&"amount_two_decimals".to_string())
    );
    assert_eq!(
        one("F-1", &[("--framework", Some("A2"))]),
        ["a2_amount_due_not_zero"]
    );
    assert_eq!(
        one(
            "F-1",
            &[
                ("--type", Some("AVOIR")),
                ("--payment-mode", Some("VIREMENT"))
            ]
        ),
        ["original_number_required", "payment_mode_on_credit_note"]
    );
    assert_eq!(
        one("F-1", &[("--framework", Some("A9"))]),
        ["validator_required"]
    );
    assert_eq!(
        one(
            "F-1",
            &[
                ("--framework", Some("A12")),
                ("--validator", Some("12345678200010"))
            ]
        ),
        ["validator_not_found"]
    );
    let long = "E".repeat(51);
    assert_eq!(
        one("F-1", &[("--engagement", Some(&long))]),
        ["engagement_too_long"]
    );
    assert_eq!(
        one("F-1", &[("--attach", Some(&env.write("notes.exe", b"x")))]),
        ["attachment_extension"]
    );
    env.as_(
        MANUELA,
        &[
            "deposit",
            &env.write("a.pdf", &plain_pdf(&["x"])),
            "--amount-due",
            "12,5",
        ],
    )
    .fails(2, "use a dot");
    assert_eq!((env.snapshot(), invoices(env)), before);
    // Numbers are unique per supplier and year.
    deposit(
        env,
        MANUELA,
        "F-1",
        &[("--framework", Some("A2")), ("--amount-due", Some("0"))],
    )
    .ok();
    deposit(env, MANUELA, "F-1", &[]).fails(5, "already used");
    deposit(
        env,
        MANUELA,
        "F-2",
        &[
            ("--type", Some("AVOIR")),
            ("--original-number", Some("F-1")),
            ("--total-excl-vat", Some("100.00")),
            ("--vat", Some("20.00")),
            ("--total-incl-vat", Some("120.00")),
            ("--amount-due", Some("120.00")),
        ],
    )
    .ok();
    let negative = [
        ("--total-excl-vat", Some("-100.00")),
        ("--vat", Some("-20.00")),
        ("--total-incl-vat", Some("-120.00")),
        ("--amount-due", Some("-120.00")),
    ];
    assert_eq!(
        rules_of(&deposit(env, MANUELA, "F-3", &negative)),
        ["negative_amount"]
    );
});

scenario!(hostile_files_are_refused, |env| {
    setup(env);
    let before = (env.snapshot(), invoices(env));
    let flags = ["--recipient", CHAMBERY, "--number", "F-1"];
    let run = |path: &str| {
        let mut args = vec!["deposit", path];
        args.extend(flags);
        env.as_(MANUELA, &args)
    };
    run(&env.write("notes.pdf", b"just some text, not a PDF")).fails(3, "pdf_not_pdf");
    let pdf = plain_pdf(&["FACTURE"]);
    run(&env.write("cut.pdf", &pdf[..pdf.len() / 3])).fails(3, "pdf_damaged");
    let mut big = pdf.clone();
    big.resize(10 * 1024 * 1024 + 1, b' ');
    run(&env.write("big.pdf", &big)).fails(3, "pdf_too_large");
    run(&env.path("missing.pdf")).fails(4, "cannot read");
    assert_eq!((env.snapshot(), invoices(env)), before);
});

/// A one-page PDF whose font has a /ToUnicode map of 10 MB, compressed to a few KB: lopdf would
/// parse it into a table for seconds, the work budget refuses it first.
fn font_map_pdf() -> Vec<u8> {
    use lopdf::{Document, Stream, dictionary};
    let mut doc = Document::with_version("1.7");
    let mut map = Stream::new(dictionary! {}, b"% padding\n".repeat(1 << 20));
    map.compress().expect("compress");
    let map = doc.add_object(map);
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "X", "ToUnicode" => map,
    });
    one_page_pdf(doc, font, b"BT /F1 12 Tf 50 780 Td (SIRET) Tj ET".to_vec())
}

scenario!(too_complex_pdfs_are_refused, |env| {
    setup(env);
    let before = (env.snapshot(), invoices(env));
    let pdf = font_map_pdf();
    assert!(pdf.len() < 100_000, "{} bytes", pdf.len());
    let path = env.write("font-map.pdf", &pdf);
    let run = env
        .as_(
            MANUELA,
            &["deposit", &path, "--recipient", CHAMBERY, "--number", "F-1"],
        )
        .fails(3, "pdf_too_complex");
    assert!(run.stderr.contains("Factur-X"), "{}", run.stderr);
    assert_eq!((env.snapshot(), invoices(env)), before);
    // `invoice analyse` says the same, without a store.
    let out = env.op(&["invoice", "analyse", &path, "--format", "ndjson"]);
    assert_eq!(out.code, 3);
    let line: Value = serde_json::from_str(out.stdout.trim()).unwrap();
    assert_eq!(line["error"]["code"], "pdf_too_complex");
});

scenario!(suspend_complete_and_pay, |env| {
    setup(env);
    let id = id(deposit(env, MANUELA, "F-1", &[]));
    let process = |status: &str, extra: &[&str]| {
        let mut args = vec!["invoice", "process", &id, "--status", status];
        args.extend(extra);
        env.as_(BUYER, &args)
    };
    process("SUSPENDUE", &[]).fails(3, "reason_required");
    env.as_(
        MANUELA,
        &["invoice", "process", &id, "--status", "SERVICE_FAIT"],
    )
    .fails(6, "only the recipient");
    process("SUSPENDUE", &["--reason", "Bon de livraison manquant"]).ok();
    process("SERVICE_FAIT", &[]).fails(3, "transition_refused");
    env.as_(BUYER, &["invoice", "complete", &id, "--comment", "x"])
        .fails(6, "only the supplier");
    let bon = env.write("bon-livraison.pdf", &plain_pdf(&["Bon de livraison"]));
    let done = env
        .as_(
            MANUELA,
            &[
                "invoice",
                "complete",
                &id,
                "--attach",
                &bon,
                "--comment",
                "Bon joint",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(done["status"], "COMPLETEE");
    assert_eq!(done["attachments"][0]["name"], "bon-livraison.pdf");
    env.as_(MANUELA, &["invoice", "complete", &id, "--comment", "again"])
        .fails(3, "only SUSPENDUE");
    process("MANDATEE", &["--mandate-number", "M-77"]).ok();
    let back = process("SERVICE_FAIT", &[]).fails(
        3,
        "MISE_A_DISPOSITION_COMPTABLE, COMPTABILISEE, MISE_EN_PAIEMENT",
    );
    assert!(back.stderr.contains("MANDATEE"));
    let paid = process("MISE_EN_PAIEMENT", &["--format", "json"])
        .ok()
        .json();
    assert_eq!(paid["mandate_number"], "M-77");
    process("COMPTABILISEE", &[]).fails(3, "final");
    let history = env
        .as_(MANUELA, &["invoice", "status", &id, "--format", "json"])
        .ok()
        .json();
    let steps: Vec<(&str, &str)> = history["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| (h["status"].as_str().unwrap(), h["by"].as_str().unwrap()))
        .collect();
    assert_eq!(
        steps,
        [
            ("DEPOSEE", MANUELA),
            ("MISE_A_DISPOSITION", MANUELA),
            ("SUSPENDUE", BUYER),
            ("COMPLETEE", MANUELA),
            ("MANDATEE", BUYER),
            ("MISE_EN_PAIEMENT", BUYER)
        ]
    );
    assert_eq!(
        history["history"][2]["comment"],
        "Bon de livraison manquant"
    );
});

scenario!(recycle_to_the_right_recipient, |env| {
    setup(env);
    env.op(&[
        "structure",
        "create",
        "--public",
        "--identifier",
        "40483304800014",
        "--name",
        "Département de la Savoie",
        "--address",
        "1 quai",
        "--postcode",
        "73000",
        "--city",
        "Chambéry",
    ])
    .ok();
    let id = id(deposit(env, MANUELA, "F-1", &[]));
    env.as_(
        MANUELA,
        &["invoice", "recycle", &id, "--recipient", "40483304800014"],
    )
    .fails(3, "only A_RECYCLER");
    env.as_(
        BUYER,
        &[
            "invoice",
            "process",
            &id,
            "--status",
            "A_RECYCLER",
            "--reason",
            "Pas pour nous",
        ],
    )
    .ok();
    env.as_(
        MANUELA,
        &["invoice", "recycle", &id, "--recipient", "12345678200010"],
    )
    .fails(3, "recipient_not_found");
    let out = env
        .as_(
            MANUELA,
            &[
                "invoice",
                "recycle",
                &id,
                "--recipient",
                "40483304800014",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(out["status"], "MISE_A_DISPOSITION");
    assert_eq!(out["recipient"]["identifier"], "40483304800014");
    assert_eq!(out["number"], "F-1");
    env.as_(BUYER, &["invoice", "show", &id])
        .fails(4, "no invoice");
});

scenario!(rejection_is_final, |env| {
    setup(env);
    let id = id(deposit(env, MANUELA, "F-1", &[]));
    env.as_(
        BUYER,
        &[
            "invoice", "process", &id, "--status", "REJETEE", "--reason", "Doublon",
        ],
    )
    .ok();
    env.as_(
        BUYER,
        &["invoice", "process", &id, "--status", "SERVICE_FAIT"],
    )
    .fails(3, "final");
});

scenario!(subcontractor_invoices_wait_for_their_validator, |env| {
    setup(env);
    const MOA: &str = "moa@btp.fr";
    env.signup(MOA);
    env.as_(
        MOA,
        &[
            "structure",
            "create",
            "--identifier",
            "40483304800014",
            "--name",
            "BTP Mandataire",
            "--address",
            "2 rue",
            "--postcode",
            "73000",
            "--city",
            "Chambéry",
        ],
    )
    .ok();
    let a9 = [
        ("--framework", Some("A9")),
        ("--validator", Some("40483304800014")),
    ];
    let first = deposit(env, MANUELA, "F-1", &a9).ok().json();
    assert_eq!(first["status"], "A_VALIDER_1");
    let first = first["id"].to_string();
    env.as_(BUYER, &["invoice", "show", &first])
        .fails(4, "no invoice");
    // The validator needs its invoices-to-validate space.
    env.as_(MOA, &["invoice", "approve", &first])
        .fails(4, "no invoice");
    env.as_(
        MOA,
        &[
            "structure",
            "space",
            "open",
            "40483304800014",
            "invoices-to-validate",
        ],
    )
    .ok();
    env.as_(MOA, &["invoice", "refuse", &first, "--reason", " "])
        .fails(3, "reason_required");
    let ok = env
        .as_(MOA, &["invoice", "approve", &first, "--format", "json"])
        .ok()
        .json();
    assert_eq!(ok["status"], "MISE_A_DISPOSITION");
    env.as_(BUYER, &["invoice", "show", &first]).ok();
    let refused = id(deposit(env, MANUELA, "F-2", &a9));
    let out = env
        .as_(
            MOA,
            &[
                "invoice", "refuse", &refused, "--reason", "Montant", "--format", "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(out["status"], "REFUSEE_1");
    // Without an answer within 15 days, the invoice goes on to the recipient when next read.
    let late = id(deposit(env, MANUELA, "F-3", &a9));
    let day14 = env
        .at(
            "2026-12-07T09:00:00Z",
            MANUELA,
            &["invoice", "show", &late, "--format", "json"],
        )
        .ok()
        .json();
    assert_eq!(day14["status"], "A_VALIDER_1");
    let day16 = env
        .at(
            "2026-12-09T10:00:00Z",
            MANUELA,
            &["invoice", "status", &late, "--format", "json"],
        )
        .ok()
        .json();
    assert_eq!(day16["status"], "MISE_A_DISPOSITION");
    let steps: Vec<&str> = day16["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        steps,
        [
            "A_VALIDER_1",
            "ABSENCE_VALIDATION_1_HORS_DELAI",
            "DEPOSEE",
            "MISE_A_DISPOSITION"
        ]
    );
});

scenario!(drafts_are_submitted_or_deleted, |env| {
    setup(env);
    let draft = deposit(env, MANUELA, "F-1", &[("--draft", Some(""))])
        .ok()
        .json();
    assert_eq!(draft["status"], "BROUILLON");
    let id = draft["id"].to_string();
    env.as_(BUYER, &["invoice", "show", &id])
        .fails(4, "no invoice");
    env.as_(MANUELA, &["invoice", "update", &id, "--number", "F 1"])
        .fails(3, "number_format");
    let edited = env
        .as_(
            MANUELA,
            &[
                "invoice",
                "update",
                &id,
                "--number",
                "F-1b",
                "--engagement",
                "EJ-9",
                "--market",
                "",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(edited["number"], "F-1b");
    assert_eq!(edited["engagement_number"], "EJ-9");
    let out = env
        .as_(MANUELA, &["invoice", "submit", &id, "--format", "json"])
        .ok()
        .json();
    assert_eq!(out["status"], "MISE_A_DISPOSITION");
    env.as_(MANUELA, &["invoice", "delete", &id, "--yes"])
        .fails(3, "only BROUILLON");
    env.as_(MANUELA, &["invoice", "update", &id, "--comment", "late"])
        .fails(3, "only BROUILLON");
    let other = id_of(deposit(env, MANUELA, "F-2", &[("--draft", Some(""))]));
    env.as_(MANUELA, &["invoice", "delete", &other])
        .fails(2, "--yes");
    env.as_(MANUELA, &["invoice", "delete", &other, "--yes"])
        .ok();
    env.as_(MANUELA, &["invoice", "show", &other])
        .fails(4, "no invoice");
});

fn id_of(run: Run) -> String {
    id(run)
}

scenario!(dry_run_stores_nothing, |env| {
    setup(env);
    let before = (env.snapshot(), invoices(env));
    let ok = deposit(env, MANUELA, "F-1", &[("--dry-run", Some(""))])
        .ok()
        .json();
    assert_eq!(ok["dry_run"], true);
    assert_eq!(ok["violations"], serde_json::json!([]));
    let bad = deposit(
        env,
        MANUELA,
        "F-1",
        &[("--dry-run", Some("")), ("--engagement", None)],
    );
    assert_eq!(bad.code, 3);
    assert_eq!(bad.json()["violations"][0]["rule"], "engagement_required");
    assert_eq!((env.snapshot(), invoices(env)), before);
});

scenario!(simple_users_need_the_space_and_their_services, |env| {
    setup(env);
    const LEA: &str = "lea@delices-savoie.fr";
    attach_user(env, LEA);
    deposit(env, LEA, "F-1", &[]).fails(6, "invoices-issued");
    let req = env
        .as_(
            LEA,
            &[
                "structure",
                "space",
                "request",
                DELICES,
                "invoices-issued",
                "--mode",
                "modify",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    env.as_(
        MANUELA,
        &["structure", "space", "accept", &req["id"].to_string()],
    )
    .ok();
    deposit(env, LEA, "F-1", &[]).ok();
    env.as_(
        MANUELA,
        &[
            "service",
            "create",
            "--structure",
            DELICES,
            "--code",
            "TRAITEUR",
            "--name",
            "traiteur",
        ],
    )
    .ok();
    env.as_(
        MANUELA,
        &[
            "service",
            "grant",
            "--structure",
            DELICES,
            "--service",
            "TRAITEUR",
            "--account",
            LEA,
        ],
    )
    .ok();
    deposit(env, LEA, "F-2", &[]).fails(6, "TRAITEUR");
    deposit(env, LEA, "F-2", &[("--supplier-service", Some("TRAITEUR"))]).ok();
    // With grants she now sees only her service's invoices.
    let seen = env
        .as_(LEA, &["invoice", "list", "--format", "json"])
        .ok()
        .json();
    let numbers: Vec<&str> = seen
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["number"].as_str().unwrap())
        .collect();
    assert_eq!(numbers, ["F-2"]);
});

scenario!(list_dashboard_download_certificate, |env| {
    setup(env);
    let a = id(deposit(env, MANUELA, "F-1", &[]));
    id(deposit(
        env,
        MANUELA,
        "F-2",
        &[
            ("--total-excl-vat", Some("10.00")),
            ("--vat", Some("2.00")),
            ("--total-incl-vat", Some("12.00")),
            ("--amount-due", Some("12.00")),
        ],
    ));
    env.as_(
        BUYER,
        &["invoice", "process", &a, "--status", "SERVICE_FAIT"],
    )
    .ok();
    let numbers = |filters: &[&str]| env.invoice_numbers(Some(MANUELA), filters);
    assert_eq!(numbers(&[]), ["F-2", "F-1"]);
    assert_eq!(numbers(&["--status", "SERVICE_FAIT"]), ["F-1"]);
    assert_eq!(
        numbers(&["--status", "SERVICE_FAIT,MISE_A_DISPOSITION"]),
        ["F-2", "F-1"]
    );
    assert_eq!(numbers(&["--min-amount", "100"]), ["F-1"]);
    assert_eq!(numbers(&["--number", "F-2"]), ["F-2"]);
    assert_eq!(numbers(&["--from", "2026-11-21"]), Vec::<String>::new());
    assert_eq!(numbers(&["--role", "recipient"]), Vec::<String>::new());
    assert_eq!(numbers(&["--archived"]), Vec::<String>::new());
    assert_eq!(
        numbers(&[
            "--deposited-from",
            "2026-11-23",
            "--deposited-to",
            "2026-11-23"
        ]),
        ["F-2", "F-1"]
    );
    assert_eq!(
        numbers(&["--deposited-to", "2026-11-22"]),
        Vec::<String>::new()
    );
    assert_eq!(numbers(&["--limit", "1", "--offset", "1"]), ["F-1"]);
    assert_eq!(
        numbers(&["--service", "CANTINE", "--max-amount", "12"]),
        ["F-2"]
    );
    env.as_(MANUELA, &["invoice", "list", "--status", "PAYEE"])
        .fails(2, "MISE_EN_PAIEMENT");
    // Two years later they are archived.
    let later = env
        .at(
            "2029-01-01T00:00:00Z",
            MANUELA,
            &["invoice", "list", "--archived", "--format", "json"],
        )
        .ok()
        .json();
    assert_eq!(later.as_array().unwrap().len(), 2);
    let board = env
        .as_(MANUELA, &["invoice", "dashboard", "--format", "json"])
        .ok()
        .json();
    assert_eq!(
        board,
        serde_json::json!([
            {"status": "MISE_A_DISPOSITION", "count": 1, "total_incl_vat": "12.00"},
            {"status": "SERVICE_FAIT", "count": 1, "total_incl_vat": "1200.00"},
        ])
    );
    // The operator's dashboard comes from the daily counters: the same figures.
    assert_eq!(
        env.op(&["invoice", "dashboard", "--format", "json"])
            .ok()
            .json(),
        board
    );
    let archived = env
        .at(
            "2029-01-01T00:00:00Z",
            BUYER,
            &["invoice", "dashboard", "--format", "json"],
        )
        .ok()
        .json();
    assert_eq!(archived, serde_json::json!([]));
    let archived = env
        .op_at(
            "2029-01-01T00:00:00Z",
            &["invoice", "dashboard", "--format", "json"],
        )
        .ok()
        .json();
    assert_eq!(archived, serde_json::json!([]));
    let csv = env
        .as_(MANUELA, &["invoice", "list", "--format", "csv"])
        .ok()
        .stdout;
    assert!(
        csv.lines()
            .next()
            .unwrap()
            .contains("amounts.total_incl_vat"),
        "{csv}"
    );
    // The deposited file comes back byte for byte; the certificate is a PDF.
    let out = env.path("back.pdf");
    env.as_(MANUELA, &["invoice", "download", &a, "-o", &out])
        .ok();
    assert_eq!(
        std::fs::read(&out).unwrap(),
        plain_pdf(&["FACTURE", "Les Delices de Savoie"])
    );
    let cert = env.path("cert.pdf");
    env.as_(BUYER, &["invoice", "certificate", &a, "-o", &cert])
        .ok();
    assert!(std::fs::read(&cert).unwrap().starts_with(b"%PDF-"));
});

scenario!(
    entry_generates_a_facturx_pdf_that_deposit_reads_back,
    |env| {
        setup(env);
        let example = example_invoice();
        let json = env.write("invoice.json", example.as_bytes());
        let out = env
            .as_(
                MANUELA,
                &["invoice", "create", "--from", &json, "--format", "json"],
            )
            .ok()
            .json();
        assert_eq!(out["status"], "MISE_A_DISPOSITION");
        assert_eq!(out["deposit_mode"], "SAISIE_API");
        assert_eq!(out["amounts"]["total_excl_vat"], "2022.00");
        assert_eq!(out["amounts"]["vat"], "169.94");
        assert_eq!(out["amounts"]["total_incl_vat"], "2191.94");
        assert_eq!(out["vat_lines"].as_array().unwrap().len(), 2);
        assert_eq!(out["lines"][0]["net_amount"], "1617.00");
        let id = out["id"].to_string();
        let pdf = env.path("generated.pdf");
        env.as_(MANUELA, &["invoice", "download", &id, "-o", &pdf])
            .ok();
        // chorus reads its own Factur-X back: every field comes from the document.
        let back = env.as_(MANUELA, &["deposit", &pdf, "--dry-run", "--format", "json"]);
        assert_eq!(back.code, 3, "{}", back.stderr);
        let back = back.json();
        assert_eq!(back["analysis"]["source"], "facturx");
        assert_eq!(back["analysis"]["xml_filename"], "factur-x.xml");
        assert_eq!(back["analysis"]["profile"], "urn:cen.eu:en16931:2017");
        for field in [
            "number",
            "date",
            "recipient",
            "recipient_service",
            "engagement",
            "market",
            "total_incl_vat",
        ] {
            assert!(
                back["analysis"]["fields_from_document"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|f| f == field),
                "{field}: {back}"
            );
        }
        assert_eq!(back["number"], "F-2026-0042");
        assert_eq!(back["amounts"]["total_incl_vat"], "2191.94");
        assert_eq!(back["lines"].as_array().unwrap().len(), 3);
        assert_eq!(back["violations"][0]["rule"], "number_taken");
        // A flag that contradicts the XML wins, with a warning naming the field.
        let flagged = env
            .as_(
                MANUELA,
                &[
                    "deposit",
                    &pdf,
                    "--number",
                    "F-2026-0043",
                    "--format",
                    "json",
                ],
            )
            .ok();
        assert!(
            flagged.stderr.contains("warning: number:"),
            "{}",
            flagged.stderr
        );
        assert_eq!(flagged.json()["number"], "F-2026-0043");
    }
);

scenario!(entry_rules, |env| {
    setup(env);
    let example = example_invoice();
    let before = (env.snapshot(), invoices(env));
    let wrong = example.replace("\"169.94\"", "\"170.00\"");
    let run = env.with_stdin(
        Some(MANUELA),
        &["invoice", "create", "--from", "-", "--format", "json"],
        &wrong,
    );
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        rules_of(&run).contains(&"vat_lines_amount_mismatch".to_string()),
        "{}",
        run.stderr
    );
    env.with_stdin(
        Some(MANUELA),
        &["invoice", "create", "--from", "-"],
        "{\"number\": 1}",
    )
    .fails(3, "invoice_json");
    let no_lines = example.replace("\"lines\": [", "\"lines\": [], \"x\": [");
    env.with_stdin(
        Some(MANUELA),
        &["invoice", "create", "--from", "-"],
        &no_lines,
    )
    .fails(3, "unknown field");
    env.with_stdin(
        Some(PIERRE),
        &["invoice", "create", "--from", "-"],
        &example,
    )
    .fails(6, "invoices-issued");
    assert_eq!((env.snapshot(), invoices(env)), before);
});

scenario!(
    facturx_made_by_another_implementation_is_deposited_from_its_data,
    |env| {
        // tests/fixtures/facturx-python.pdf was made by the PyPI factur-x library.
        env.signup(MANUELA);
        env.as_(
            MANUELA,
            &[
                "structure",
                "create",
                "--identifier",
                "12345678200010",
                "--name",
                "Atelier Exemple SARL",
                "--address",
                "1 rue",
                "--postcode",
                "75001",
                "--city",
                "Paris",
            ],
        )
        .ok();
        env.op(&[
            "structure",
            "create",
            "--public",
            "--identifier",
            "20000000800017",
            "--name",
            "Commune d'Exemple",
            "--address",
            "Mairie",
            "--postcode",
            "75001",
            "--city",
            "Paris",
            "--service-required",
        ])
        .ok();
        env.op(&[
            "service",
            "create",
            "--structure",
            "20000000800017",
            "--code",
            "SERV-FIN-01",
            "--name",
            "Finances",
        ])
        .ok();
        let pdf = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/facturx-python.pdf"
        );
        let out = env
            .as_(MANUELA, &["deposit", pdf, "--format", "json"])
            .ok()
            .json();
        assert_eq!(out["number"], "FA-2024-0042");
        assert_eq!(out["recipient"]["identifier"], "20000000800017");
        assert_eq!(out["recipient"]["service_code"], "SERV-FIN-01");
        assert_eq!(out["amounts"]["total_incl_vat"], "150.00");
        assert_eq!(out["analysis"]["source"], "facturx");
        assert_eq!(out["status"], "MISE_A_DISPOSITION");
    }
);

/// examples/invoice.json, addressed to Chambéry's CANTINE service.
fn example_invoice() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/invoice.json"
    ))
    .unwrap()
    .replace("22730001900006", CHAMBERY)
    .replace("RESTAURATION_COLLEGES", "CANTINE")
}

scenario!(encrypted_pdfs_and_broken_embedded_xml_are_refused, |env| {
    setup(env);
    let before = (env.snapshot(), invoices(env));
    let encrypted = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pdf/encrypted-user-password.pdf"
    );
    env.as_(MANUELA, &["deposit", encrypted, "--recipient", CHAMBERY])
        .fails(3, "pdf_encrypted");
    // A Factur-X PDF whose XML does not parse is refused, never read as plain text.
    let pdf = chorus::pdf::generate::invoice_pdf(
        &sample_content(),
        b"<rsm:CrossIndustryInvoice><unclosed>",
    )
    .unwrap();
    let path = env.write("broken-xml.pdf", &pdf);
    let run = env
        .as_(MANUELA, &["deposit", &path])
        .fails(3, "xml_unparseable");
    assert!(
        run.stderr.contains("the PDF embeds factur-x.xml"),
        "{}",
        run.stderr
    );
    assert_eq!((env.snapshot(), invoices(env)), before);
    // `invoice analyse` reads files without a store and says which ones it refuses.
    let good = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/facturx-python.pdf"
    );
    let out = env.op(&["invoice", "analyse", good, &path, "--format", "ndjson"]);
    assert_eq!(out.code, 3);
    let lines: Vec<serde_json::Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["fields"]["number"], "FA-2024-0042");
    assert_eq!(lines[0]["analysis"]["source"], "facturx");
    assert_eq!(lines[1]["error"]["code"], "xml_unparseable");
});

/// The first `percent` of a file, as a download or a copy cut short leaves it.
fn cut(bytes: &[u8], percent: usize) -> Vec<u8> {
    bytes[..bytes.len() * percent / 100].to_vec()
}

/// The file with a comment line inserted after its header: every offset of its
/// cross-reference data is now wrong, its objects and trailer are all there.
fn shifted(bytes: &[u8]) -> Vec<u8> {
    let header = bytes.iter().position(|&b| b == b'\n').unwrap() + 1;
    [
        &bytes[..header],
        b"% inserted by a careless tool\n",
        &bytes[header..],
    ]
    .concat()
}

/// The deposit flags of a plain PDF to Chambéry.
const PLAIN_DEPOSIT: [&str; 18] = [
    "--recipient",
    CHAMBERY,
    "--recipient-service",
    "CANTINE",
    "--engagement",
    "EJ-2026-118",
    "--number",
    "F-2026-0777",
    "--date",
    "2026-11-20",
    "--total-excl-vat",
    "1000.00",
    "--vat",
    "200.00",
    "--total-incl-vat",
    "1200.00",
    "--format",
    "json",
];

scenario!(pdfs_cut_short_are_refused_as_damaged, |env| {
    // Files without their end (no trailer: qpdf and poppler refuse them too). lopdf would
    // guess the document from the last catalog it finds and read one page.
    setup(env);
    let before = (env.snapshot(), invoices(env));
    let plain = plain_pdf(&["FACTURE", "Les Delices de Savoie"]);
    let python = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/facturx-python.pdf"
    ))
    .unwrap();
    for percent in [50, 90, 99] {
        // (The last 1% of the small plain PDF is only its `startxref` and `%%EOF`.)
        if percent < 99 {
            let path = env.write(&format!("plain-{percent}.pdf"), &cut(&plain, percent));
            let mut args = vec!["deposit", path.as_str()];
            args.extend(PLAIN_DEPOSIT);
            env.as_(MANUELA, &args).fails(3, "pdf_damaged");
        }

        let path = env.write(&format!("facturx-{percent}.pdf"), &cut(&python, percent));
        for args in [
            vec!["invoice", "analyse", path.as_str(), "--format", "json"],
            vec!["deposit", path.as_str(), "--format", "json"],
        ] {
            let run = env.as_(MANUELA, &args);
            assert_eq!(run.code, 3, "{args:?}: {}", run.stderr);
            assert!(run.stdout.contains("pdf_damaged") || run.stderr.contains("pdf_damaged"));
        }
        // validate reads PDFs through the same loader and agrees.
        let out = env.op(&["invoice", "validate", &path, "--format", "json"]);
        assert_eq!(out.code, 3, "{}", out.stderr);
        let report = &out.json()[0];
        assert_eq!(report["valid"], false);
        assert_eq!(report["violations"][0]["rule"], "pdf_damaged");
    }
    assert_eq!((env.snapshot(), invoices(env)), before);
});

scenario!(pdf_with_a_damaged_xref_is_read_with_a_warning, |env| {
    // Every offset wrong but every object and the trailer there: rebuilding the
    // cross-reference table reads it without guessing (qpdf and poppler do the same).
    setup(env);
    let path = env.write(
        "shifted.pdf",
        &shifted(&plain_pdf(&["FACTURE", "Les Delices de Savoie"])),
    );
    let mut args = vec!["deposit", path.as_str()];
    args.extend(PLAIN_DEPOSIT);
    let run = env.as_(MANUELA, &args).ok();
    assert!(
        run.stderr
            .contains("warning: the PDF's cross-reference table is damaged"),
        "{}",
        run.stderr
    );
    let out = run.json();
    assert_eq!(out["status"], "MISE_A_DISPOSITION");
    assert_eq!(out["analysis"]["pages"], 1);
    assert!(out["warnings"][0].as_str().unwrap().contains("rebuilding"));
    assert!(
        out["analysis"]["warnings"][0]
            .as_str()
            .unwrap()
            .contains("rebuilding")
    );

    let python = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/facturx-python.pdf"
    ))
    .unwrap();
    let path = env.write("python-shifted.pdf", &shifted(&python));
    let out = env
        .op(&["invoice", "analyse", &path, "--format", "json"])
        .ok()
        .json();
    assert_eq!(out[0]["fields"]["number"], "FA-2024-0042");
    assert!(
        out[0]["analysis"]["warnings"][0]
            .as_str()
            .unwrap()
            .contains("rebuilding")
    );
    // validate reads it too, with the same warning; the untouched file has none.
    let original = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/facturx-python.pdf"
    );
    let findings = |file: &str| -> Vec<(String, String)> {
        let out = env
            .op(&["invoice", "validate", file, "--format", "json"])
            .json();
        out[0]["violations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| (v["rule"].to_string(), v["severity"].to_string()))
            .collect()
    };
    let mut repaired = findings(&path);
    let untouched = findings(original);
    assert!(!untouched.iter().any(|(rule, _)| rule.contains("pdf_")));
    repaired.retain(|f| !untouched.contains(f));
    assert_eq!(
        repaired,
        [("\"pdf_repaired\"".to_string(), "\"warning\"".to_string())]
    );
    let out = env
        .op(&["invoice", "analyse", original, "--format", "json"])
        .ok()
        .json();
    assert!(out[0]["analysis"].get("warnings").is_none(), "{out}");
});

/// A small invoice content for generating PDFs in tests.
fn sample_content() -> chorus::domain::invoice::InvoiceContent {
    use chorus::domain::invoice::*;
    use rust_decimal::Decimal;
    let d = |s: &str| s.parse::<Decimal>().unwrap();
    InvoiceContent {
        number: "F-9".into(),
        date: "2026-11-20".into(),
        invoice_type: InvoiceType::Facture,
        currency: "EUR".into(),
        framework: Framework::A1,
        vat_regime: None,
        payment_mode: None,
        supplier: Party {
            identifier: DELICES.into(),
            name: "Les Délices de Savoie".into(),
            ..Default::default()
        },
        recipient: Party {
            identifier: CHAMBERY.into(),
            name: "Commune de Chambéry".into(),
            ..Default::default()
        },
        engagement_number: None,
        market_number: None,
        original_number: None,
        original_date: None,
        due_date: None,
        lines: vec![],
        vat_lines: vec![],
        amounts: Amounts {
            total_excl_vat: d("10.00"),
            vat: d("2.00"),
            total_incl_vat: d("12.00"),
            amount_due: d("12.00"),
        },
        comment: None,
        notes: Vec::new(),
        billing_mode: None,
        payee_iban: None,
        vat_total_eur: None,
    }
}

/// The example entry with one line per rate, its totals left for chorus to compute.
fn entry_with_rates(number: &str, rates: &[&str]) -> String {
    let mut entry: Value = serde_json::from_str(&example_invoice()).unwrap();
    let entry_map = entry.as_object_mut().unwrap();
    entry_map.remove("totals");
    entry_map.insert("number".into(), number.into());
    let lines: Vec<Value> = rates
        .iter()
        .map(|rate| {
            serde_json::json!({"description": "Repas", "quantity": "10", "unit_price": "3.85",
                "vat_rate": rate})
        })
        .collect();
    entry_map.insert("lines".into(), lines.into());
    entry.to_string()
}

scenario!(
    absurd_vat_rates_are_refused_at_entry_and_by_validate,
    |env| {
        setup(env);
        let before = (env.snapshot(), invoices(env));
        for (rate, rule) in [
            ("-5", "vat_rate_range"),
            ("1000000", "vat_rate_range"),
            ("7", "vat_rate_not_in_force"),
        ] {
            let json = entry_with_rates("F-2026-0100", &["20", rate]);
            let run = env.with_stdin(
                Some(MANUELA),
                &["invoice", "create", "--from", "-", "--format", "json"],
                &json,
            );
            assert_eq!(run.code, 3, "{rate}: {}", run.stderr);
            assert_eq!(rules_of(&run), [rule], "{rate}");
            assert!(
                run.stderr.contains(&format!("line 2 ({rate})")),
                "{}",
                run.stderr
            );
            let path = env.write("absurd.json", json.as_bytes());
            let report = env.op(&["invoice", "validate", &path, "--format", "json"]);
            assert_eq!(report.code, 3, "{rate}: {}", report.stdout);
            let report = report.json();
            assert_eq!(report[0]["valid"], false);
            assert!(
                report[0]["violations"].to_string().contains(rule),
                "{report}"
            );
        }
        assert_eq!((env.snapshot(), invoices(env)), before);
        // What entry accepts, validate accepts: each generated PDF is valid.
        for (i, rates) in [
            &["20", "5.5"][..],
            &["10", "0"],
            &["2.1", "13", "0.9"],
            &["8.5"],
        ]
        .iter()
        .enumerate()
        {
            let json = entry_with_rates(&format!("F-2026-011{i}"), rates);
            let created = env
                .with_stdin(
                    Some(MANUELA),
                    &["invoice", "create", "--from", "-", "--format", "json"],
                    &json,
                )
                .ok()
                .json();
            let pdf = env.path(&format!("entry-{i}.pdf"));
            env.as_(
                MANUELA,
                &[
                    "invoice",
                    "download",
                    &created["id"].to_string(),
                    "-o",
                    &pdf,
                ],
            )
            .ok();
            let report = env
                .op(&["invoice", "validate", &pdf, "--format", "json"])
                .ok()
                .json();
            assert_eq!(report[0]["valid"], true, "{rates:?}: {report}");
        }
    }
);

scenario!(entries_of_more_than_10000_lines_are_refused, |env| {
    setup(env);
    let before = (env.snapshot(), invoices(env));
    let mut entry: Value = serde_json::from_str(&entry_with_rates("F-2026-0200", &["20"])).unwrap();
    entry["lines"] = vec![entry["lines"][0].clone(); 10_001].into();
    env.with_stdin(
        Some(MANUELA),
        &["invoice", "create", "--from", "-"],
        &entry.to_string(),
    )
    .fails(3, "at most 10000 lines");
    let path = env.write("long.json", entry.to_string().as_bytes());
    let report = env.op(&["invoice", "validate", &path, "--format", "json"]);
    assert_eq!(report.code, 3);
    assert!(
        report.stdout.contains("at most 10000 lines"),
        "{}",
        report.stdout
    );
    assert_eq!((env.snapshot(), invoices(env)), before);
});

// Deposit runs the rules `invoice validate` runs: a rounded amount due (BT-114) and a line whose
// net is not quantity × price (a price per base quantity) are what official validators accept.
scenario!(deposit_accepts_rounding_and_reports_line_nets, |env| {
    use chorus::domain::invoice::*;
    setup(env);
    let d = |s: &str| s.parse::<rust_decimal::Decimal>().unwrap();
    let mut content = sample_content();
    content.number = "F-ROUND-1".into();
    content.supplier.vat_number = chorus::domain::identifier::fr_vat_number(DELICES);
    content.recipient.service_code = Some("CANTINE".into());
    content.engagement_number = Some("EJ-2026-118".into());
    content.lines = vec![Line {
        description: "Repas".into(),
        quantity: d("1"),
        unit: "C62".into(),
        unit_price: d("10.00"),
        vat_rate: d("20.00"),
        net_amount: d("10.00"),
    }];
    content.vat_lines = vec![VatLine {
        category: "S".into(),
        rate: d("20.00"),
        base: d("10.00"),
        amount: d("2.00"),
    }];
    let xml = chorus::facturx::write_cii(&content).unwrap();
    let mut edited = xml.clone();
    for (from, to) in [
        (
            "<ram:DuePayableAmount>12.00",
            "<ram:RoundingAmount>0.50</ram:RoundingAmount><ram:DuePayableAmount>12.50",
        ),
        ("<ram:ChargeAmount>10<", "<ram:ChargeAmount>5<"),
    ] {
        assert!(edited.contains(from), "no {from} in {xml}");
        edited = edited.replacen(from, to, 1);
    }
    let pdf = chorus::pdf::generate::invoice_pdf(&content, edited.as_bytes()).unwrap();
    let path = env.write("rounded.pdf", &pdf);
    let out = env
        .as_(MANUELA, &["deposit", &path, "--format", "json"])
        .ok()
        .json();
    assert_eq!(out["amounts"]["amount_due"], "12.50", "{out}");
    let warnings = out["warnings"].to_string();
    assert!(warnings.contains("line_amount_mismatch"), "{out}");
});

// One engine: what `invoice validate` refuses in an embedded XML, deposit refuses too, under the
// same rule, and stores nothing: an EN 16931 rule (a standard-rated line without the seller's
// VAT identifier, BR-S-02) and a Chorus rule (a type code Chorus Pro does not take, 387).
scenario!(deposit_judges_the_embedded_xml_as_validate_does, |env| {
    setup(env);
    let d = |s: &str| s.parse::<rust_decimal::Decimal>().unwrap();
    let mut content = sample_content();
    content.recipient.service_code = Some("CANTINE".into());
    content.engagement_number = Some("EJ-2026-118".into());
    content.supplier.vat_number = chorus::domain::identifier::fr_vat_number(DELICES);
    content.vat_lines = vec![chorus::domain::invoice::VatLine {
        category: "S".into(),
        rate: d("20.00"),
        base: d("10.00"),
        amount: d("2.00"),
    }];
    let xml = chorus::facturx::write_cii(&content).unwrap();
    let vat = content.supplier.vat_number.clone().unwrap();
    let cases = [
        (
            "no-vat-id.pdf",
            (
                format!("<ram:ID schemeID=\"VA\">{vat}</ram:ID>"),
                String::new(),
            ),
            "BR-S-02",
        ),
        (
            "type-387.pdf",
            (
                "<ram:TypeCode>380<".to_string(),
                "<ram:TypeCode>387<".to_string(),
            ),
            "invoice_type_code",
        ),
    ];
    let before = (env.snapshot(), invoices(env));
    for (name, (from, to), rule) in cases {
        assert!(xml.contains(&from), "no {from} in {xml}");
        let edited = xml.replacen(&from, &to, 1);
        let pdf = chorus::pdf::generate::invoice_pdf(&content, edited.as_bytes()).unwrap();
        let path = env.write(name, &pdf);
        let report = env.op(&["invoice", "validate", &path, "--format", "json"]);
        assert_eq!(report.code, 3, "{name}: {}", report.stdout);
        assert!(report.stdout.contains(rule), "{name}: {}", report.stdout);
        env.as_(MANUELA, &["deposit", &path]).fails(3, rule);
    }
    assert_eq!((env.snapshot(), invoices(env)), before);
});
