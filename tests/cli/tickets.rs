//! Tickets (sollicitations): routing by category, a full thread with attachments, closing and
//! reopening, drafts, rights.

use serde_json::Value;

use crate::harness::*;
use crate::scenario;

const OUTSIDER: &str = "olga@ailleurs.fr";

/// Délices (Manuela, Pierre as secondary manager), Chambéry with its buyer, an invoice of
/// Délices to Chambéry (suspended by the buyer), an outsider; returns the invoice id.
fn setup(env: &Env) -> String {
    delices_with_pierre(env);
    chambery_with_buyer(env);
    env.signup(OUTSIDER);
    let pdf = env.write("f.pdf", &plain_pdf(&["FACTURE F-1"]));
    let invoice = env
        .as_(
            MANUELA,
            &[
                "deposit",
                &pdf,
                "--recipient",
                CHAMBERY,
                "--recipient-service",
                "CANTINE",
                "--engagement",
                "EJ-1",
                "--number",
                "F-1",
                "--date",
                "2026-11-20",
                "--total-excl-vat",
                "100",
                "--vat",
                "20",
                "--format",
                "json",
            ],
        )
        .ok()
        .json()["id"]
        .to_string();
    env.as_(
        BUYER,
        &[
            "invoice",
            "process",
            &invoice,
            "--status",
            "SUSPENDUE",
            "--reason",
            "bon de livraison manquant",
        ],
    )
    .ok();
    invoice
}

fn create(env: &Env, who: &str, sub: &str, extra: &[&str]) -> Run {
    create_with(
        env,
        who,
        sub,
        "Une question",
        "Bonjour, pouvez-vous m'aider ?",
        extra,
    )
}

/// `ticket create` of a sub-category (its category found from a few known ones).
fn create_with(
    env: &Env,
    who: &str,
    sub: &str,
    subject: &str,
    message: &str,
    extra: &[&str],
) -> Run {
    let category = match sub {
        "SUSPENSION" | "REJET_FACTURE" | "QUESTION_ENTITE_PUBLIQUE" => "FACTURES_EMISES",
        "DEMANDE_CREATION_STRUCTURE_PUBLIQUE" => "GESTION_STRUCTURES_UTILISATEURS",
        "SUIVI_MEMOIRE" | "QUESTION_REGLEMENTATION" => "MEMOIRES_FRAIS_JUSTICE",
        _ => "PROBLEME_TECHNIQUE",
    };
    let mut args = vec![
        "ticket",
        "create",
        "--category",
        category,
        "--subcategory",
        sub,
        "--subject",
        subject,
        "--message",
        message,
    ];
    args.extend(extra);
    args.extend(["--format", "json"]);
    env.as_(who, &args)
}

fn ticket_status(env: &Env, who: &str, id: &str) -> String {
    env.as_(who, &["ticket", "show", id, "--format", "json"])
        .ok()
        .json()["status"]
        .as_str()
        .unwrap()
        .to_string()
}

fn todo(env: &Env, who: Option<&str>) -> Vec<Value> {
    let args = ["ticket", "todo", "--format", "json"];
    match who {
        Some(w) => env.as_(w, &args),
        None => env.op(&args),
    }
    .ok()
    .json()
    .as_array()
    .unwrap()
    .clone()
}

scenario!(thread_about_a_suspended_invoice, |env| {
    let invoice = setup(env);
    let note = env.write("question.txt", b"Quel document manque-t-il ?");
    let created = create(
        env,
        MANUELA,
        "SUSPENSION",
        &["--invoice", &invoice, "--attach", &note],
    )
    .ok()
    .json();
    assert_eq!(created["status"], "EN_COURS");
    assert_eq!(created["addressee"]["identifier"], CHAMBERY);
    assert_eq!(created["requester_structure"]["identifier"], DELICES);
    assert_eq!(created["number"], "SOL-2026-000001");
    let id = created["id"].to_string();

    // The buyer has it to answer, and asks for the delivery note.
    let waiting = todo(env, Some(BUYER));
    assert_eq!(waiting.len(), 1);
    assert_eq!(waiting[0]["side"], "addressee");
    env.as_(
        BUYER,
        &[
            "ticket",
            "reply",
            &id,
            "--message",
            "Le bon de livraison, s'il vous plaît.",
            "--request-action",
        ],
    )
    .ok();
    assert_eq!(ticket_status(env, MANUELA, &id), "ACTION_REQUISE");
    assert!(todo(env, Some(BUYER)).is_empty());
    assert_eq!(todo(env, Some(MANUELA))[0]["side"], "requester");
    // The requester's answer (from stdin, with the note) puts it back to the buyer.
    let bon = env.write("bon-livraison.pdf", &plain_pdf(&["BON DE LIVRAISON"]));
    env.with_stdin(
        Some(MANUELA),
        &[
            "ticket",
            "reply",
            "SOL-2026-000001",
            "--message",
            "-",
            "--attach",
            &bon,
        ],
        "Le voici.\n",
    )
    .ok();
    assert_eq!(ticket_status(env, BUYER, &id), "EN_COURS");
    env.as_(BUYER, &["ticket", "close", &id]).ok();
    env.as_(BUYER, &["ticket", "reply", &id, "--message", "x"])
        .fails(3, "ticket_closed");
    env.as_(BUYER, &["ticket", "close", &id])
        .fails(3, "transition_refused");
    env.as_(MANUELA, &["ticket", "reopen", &id]).ok();
    env.as_(MANUELA, &["ticket", "close", &id]).ok();

    let shown = env
        .as_(MANUELA, &["ticket", "show", &id, "--format", "json"])
        .ok()
        .json();
    let sides: Vec<&str> = shown["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["side"].as_str().unwrap())
        .collect();
    assert_eq!(sides, ["requester", "addressee", "requester"]);
    assert_eq!(shown["messages"][2]["body"], "Le voici.");
    assert_eq!(
        shown["messages"][2]["attachments"][0]["name"],
        "bon-livraison.pdf"
    );
    let statuses: Vec<&str> = shown["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        [
            "EN_COURS",
            "ACTION_REQUISE",
            "EN_COURS",
            "CLOTUREE",
            "EN_COURS",
            "CLOTUREE"
        ]
    );
    let table = env
        .as_(MANUELA, &["ticket", "show", &id, "--format", "table"])
        .ok()
        .stdout;
    assert!(
        table.contains("bon-livraison.pdf") && !table.contains("{\""),
        "{table}"
    );
    // Both attachments download; both parties' feeds tell the story.
    let out = env.path("pieces");
    let written = env
        .as_(
            BUYER,
            &["ticket", "download", &id, "-o", &out, "--format", "json"],
        )
        .ok()
        .json();
    assert_eq!(written.as_array().unwrap().len(), 2);
    let names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().any(|n| n.ends_with("-question.txt")),
        "{names:?}"
    );
    for who in [MANUELA, BUYER] {
        let feed = env
            .as_(who, &["account", "events", "--format", "json"])
            .ok()
            .stdout;
        for kind in ["ticket.en_cours", "ticket.message", "ticket.cloturee"] {
            assert!(feed.contains(kind), "{who}: no {kind}");
        }
    }
    // Pierre manages Délices: he sees its tickets; the list narrows by side and status.
    assert_eq!(
        env.field_of_each(
            Some(PIERRE),
            &["ticket", "list", "--role", "sent"],
            "number"
        ),
        ["SOL-2026-000001"]
    );
    assert!(
        env.field_of_each(
            Some(PIERRE),
            &["ticket", "list", "--role", "received"],
            "number"
        )
        .is_empty()
    );
    assert_eq!(
        env.field_of_each(
            Some(BUYER),
            &[
                "ticket", "list", "--role", "received", "--status", "CLOTUREE"
            ],
            "number"
        ),
        ["SOL-2026-000001"]
    );
});

scenario!(routing_and_requirements, |env| {
    let invoice = setup(env);
    let rows = env
        .op(&["ticket", "categories", "--format", "json"])
        .ok()
        .json();
    let suspension = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["subcategory"] == "SUSPENSION")
        .unwrap()
        .clone();
    assert_eq!(suspension["routing"], "invoice");
    assert!(rows.as_array().unwrap().iter().any(|r| r["subcategory"]
        == "DEMANDE_CREATION_STRUCTURE_PUBLIQUE"
        && r["routing"] == "support"));

    let before = env.snapshot();
    // An invoice ticket needs an invoice the requester sees.
    create(env, MANUELA, "SUSPENSION", &[]).fails(3, "invoice_required");
    create(env, MANUELA, "SUSPENSION", &["--invoice", "999"]).fails(4, "invoice_not_found");
    create(env, OUTSIDER, "SUSPENSION", &["--invoice", &invoice]).fails(6, "tickets-issued");
    // A question to a public entity needs one.
    create(env, MANUELA, "QUESTION_ENTITE_PUBLIQUE", &[]).fails(3, "structure_required");
    create(
        env,
        MANUELA,
        "QUESTION_ENTITE_PUBLIQUE",
        &["--structure", DELICES],
    )
    .fails(3, "addressee_not_public");
    create(
        env,
        BUYER,
        "QUESTION_ENTITE_PUBLIQUE",
        &["--structure", CHAMBERY],
    )
    .fails(3, "addressee_is_requester");
    create(
        env,
        MANUELA,
        "SUIVI_MEMOIRE",
        &["--structure", "99999999999999"],
    )
    .fails(4, "structure_not_found");
    create(env, MANUELA, "ANOMALIE", &["--structure", CHAMBERY]).fails(2, "structure_not_expected");
    create(env, MANUELA, "NOPE", &[]).fails(3, "ticket_category");
    env.op(&[
        "ticket",
        "create",
        "--category",
        "PROBLEME_TECHNIQUE",
        "--subcategory",
        "ANOMALIE",
        "--subject",
        "x",
        "--message",
        "y",
    ])
    .fails(2, "account_required");
    create(
        env,
        MANUELA,
        "ANOMALIE",
        &["--attach", &env.write("virus.exe", b"MZ")],
    )
    .fails(3, "attachment_extension");
    create_with(env, MANUELA, "ANOMALIE", " ", " ", &[]).fails(3, "subject_format");
    let long = "x".repeat(10_001);
    create_with(env, MANUELA, "ANOMALIE", "Trop long", &long, &[]).fails(3, "message_too_long");
    assert_eq!(env.snapshot(), before, "a refused ticket changed the store");

    // Support questions go to the operator, even from an account without a structure.
    let support = create(env, OUTSIDER, "DEMANDE_CREATION_STRUCTURE_PUBLIQUE", &[])
        .ok()
        .json();
    assert_eq!(support["addressee"], Value::Null);
    let id = support["id"].to_string();
    assert_eq!(todo(env, None)[0]["number"], support["number"]);
    env.as_(BUYER, &["ticket", "reply", &id, "--message", "x"])
        .fails(4, "ticket_not_found");
    env.op(&[
        "ticket",
        "reply",
        &id,
        "--message",
        "Quel est son SIRET ?",
        "--request-action",
    ])
    .ok();
    assert_eq!(ticket_status(env, OUTSIDER, &id), "ACTION_REQUISE");
    env.as_(
        OUTSIDER,
        &["ticket", "reply", &id, "--message", "x", "--request-action"],
    )
    .fails(2, "request_action_addressee_only");

    // A question to a public entity reaches its « Sollicitations reçues ».
    let q = create(
        env,
        MANUELA,
        "QUESTION_ENTITE_PUBLIQUE",
        &["--structure", CHAMBERY],
    )
    .ok()
    .json();
    assert_eq!(q["addressee"]["identifier"], CHAMBERY);
    // The operator reads it but does not answer for Chambéry.
    let qid = q["id"].to_string();
    env.op(&["ticket", "show", &qid]).ok();
    env.op(&["ticket", "reply", &qid, "--message", "x"])
        .fails(6, "ticket_action_denied");
    // A structure whose tickets-received space is closed receives none.
    env.as_(
        BUYER,
        &["structure", "space", "close", CHAMBERY, "tickets-received"],
    )
    .ok();
    create(
        env,
        MANUELA,
        "QUESTION_ENTITE_PUBLIQUE",
        &["--structure", CHAMBERY],
    )
    .fails(3, "addressee_closed");
});

scenario!(rights_and_drafts, |env| {
    let invoice = setup(env);
    let lea = "lea@delices-savoie.fr";
    attach_user(env, lea);
    let draft = create(
        env,
        MANUELA,
        "REJET_FACTURE",
        &["--invoice", &invoice, "--draft"],
    )
    .ok()
    .json();
    assert_eq!(draft["status"], "BROUILLON");
    let id = draft["id"].to_string();
    // A draft is the requester's alone.
    for who in [BUYER, PIERRE, lea, OUTSIDER] {
        env.as_(who, &["ticket", "show", &id])
            .fails(4, "ticket_not_found");
    }
    env.as_(MANUELA, &["ticket", "reply", &id, "--message", "x"])
        .fails(3, "ticket_draft");
    assert_eq!(todo(env, Some(MANUELA))[0]["action"], "submit");
    env.as_(MANUELA, &["ticket", "submit", &id]).ok();
    env.as_(MANUELA, &["ticket", "submit", &id])
        .fails(3, "transition_refused");
    // Sent: the buyer and Pierre (a manager of Délices) see it; a simple user of Délices and
    // an outsider do not.
    for who in [BUYER, PIERRE] {
        assert_eq!(ticket_status(env, who, &id), "EN_COURS");
    }
    for who in [lea, OUTSIDER] {
        env.as_(who, &["ticket", "show", &id])
            .fails(4, "ticket_not_found");
        env.as_(who, &["ticket", "close", &id])
            .fails(4, "ticket_not_found");
    }
    // A user of Chambéry with read-only access reads it but cannot answer.
    let reader = "marc@chambery.fr";
    env.signup(reader);
    let req = env
        .as_(
            reader,
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
    env.as_(
        BUYER,
        &["attach", "accept", &req["id"].to_string(), "--role", "user"],
    )
    .ok();
    env.as_(reader, &["ticket", "show", &id])
        .fails(4, "ticket_not_found");
    let space = env
        .as_(
            reader,
            &[
                "structure",
                "space",
                "request",
                CHAMBERY,
                "tickets-received",
                "--mode",
                "consult",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    env.as_(
        BUYER,
        &["structure", "space", "accept", &space["id"].to_string()],
    )
    .ok();
    env.as_(reader, &["ticket", "show", &id]).ok();
    let before = env.snapshot();
    env.as_(reader, &["ticket", "reply", &id, "--message", "x"])
        .fails(6, "ticket_action_denied");
    env.as_(reader, &["ticket", "close", &id])
        .fails(6, "ticket_action_denied");
    env.as_(
        MANUELA,
        &["ticket", "reply", &id, "--message", "x", "--request-action"],
    )
    .fails(2, "request_action_addressee_only");
    env.as_(MANUELA, &["ticket", "reopen", &id])
        .fails(3, "transition_refused");
    assert_eq!(
        env.snapshot(),
        before,
        "a refused ticket action changed the store"
    );
    assert!(todo(env, Some(reader)).is_empty());
});

scenario!(every_category_routes_as_its_table_says, |env| {
    let invoice = setup(env);
    let rows = env
        .op(&["ticket", "categories", "--format", "json"])
        .ok()
        .json();
    for row in rows.as_array().unwrap() {
        let (category, sub) = (
            row["category"].as_str().unwrap(),
            row["subcategory"].as_str().unwrap(),
        );
        let routing = row["routing"].as_str().unwrap();
        let link: &[&str] = match routing {
            "invoice" => &["--invoice", &invoice],
            "structure" => &["--structure", CHAMBERY],
            _ => &[],
        };
        let mut args = vec![
            "ticket",
            "create",
            "--category",
            category,
            "--subcategory",
            sub,
            "--subject",
            sub,
            "--message",
            "?",
        ];
        // Without what it needs, a ticket that needs something is refused.
        if !link.is_empty() {
            env.as_(MANUELA, &args).fails(3, "_required");
        }
        args.extend(link);
        args.extend(["--format", "json"]);
        let t = env.as_(MANUELA, &args).ok().json();
        let expected = if routing == "support" {
            Value::Null
        } else {
            CHAMBERY.into()
        };
        assert_eq!(t["addressee"]["identifier"], expected, "{sub}");
        assert_eq!(t["category"], category);
    }
});
