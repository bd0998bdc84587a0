//! Works invoices: dossiers de facturation, the in-market and end-of-market chains, the tacit
//! procedure, refusals and recycling, the titulaire's validation and its delay, rights.

use serde_json::Value;

use crate::harness::*;
use crate::scenario;

const TITULAIRE: &str = "paul@batiments-alpins.fr";
const BATIMENTS: &str = "40483304800014";
const ARCHITECTE: &str = "ines@atelier-rhone.fr";
const ATELIER: &str = "02673002800011";
const ELECTRICIEN: &str = "yann@electricite-lac.fr";
const ELECTRICITE: &str = "73282932000074";
const PLOMBIER: &str = "lea@plomberie-savoie.fr";
const PLOMBERIE: &str = "21290019500018";
const OUTSIDER: &str = "olga@ailleurs.fr";

/// An account that creates its private structure and opens its works-invoices space.
fn company(env: &Env, email: &str, siret: &str, name: &str) {
    env.signup(email);
    env.as_(
        email,
        &[
            "structure",
            "create",
            "--identifier",
            siret,
            "--name",
            name,
            "--address",
            "1 rue du Chantier",
            "--postcode",
            "73000",
            "--city",
            "Chambéry",
        ],
    )
    .ok();
    env.as_(
        email,
        &["structure", "space", "open", siret, "works-invoices"],
    )
    .ok();
}

/// The titulaire, the MOE, a subcontractor, a co-contractor and Chambéry (the MOA, with its
/// buyer and the works-invoices space), and an outsider with no part in anything.
fn parties(env: &Env) {
    company(env, TITULAIRE, BATIMENTS, "Bâtiments Alpins");
    company(env, ARCHITECTE, ATELIER, "Atelier Rhône Architectes");
    company(env, ELECTRICIEN, ELECTRICITE, "Électricité du Lac");
    company(env, PLOMBIER, PLOMBERIE, "Plomberie de Savoie");
    chambery_with_buyer(env);
    env.as_(
        BUYER,
        &["structure", "space", "open", CHAMBERY, "works-invoices"],
    )
    .ok();
    env.signup(OUTSIDER);
}

/// A dossier for the market with every partner; returns its id.
fn dossier(env: &Env, extra: &[&str]) -> String {
    let mut args = vec![
        "works-file",
        "create",
        "--market",
        "M-2026-118",
        "--supplier",
        BATIMENTS,
        "--moa",
        CHAMBERY,
        "--moa-service",
        "CANTINE",
        "--engagement",
        "EJ-2026-7",
    ];
    args.extend(extra);
    args.extend(["--format", "json"]);
    env.as_(TITULAIRE, &args).ok().json()["id"].to_string()
}

fn with_moe(env: &Env) -> String {
    dossier(
        env,
        &[
            "--moe",
            ATELIER,
            "--subcontractor",
            ELECTRICITE,
            "--cocontractor",
            PLOMBERIE,
            "--group",
            "solidaire",
        ],
    )
}

/// Deposits a piece; returns the JSON of the run (which must succeed).
/// The arguments of a correct deposit of a piece (its PDF written in the scenario's folder).
fn deposit_args(env: &Env, file: &str, cadre: &str, number: &str) -> Vec<String> {
    let pdf = env.write(
        &format!("{number}.pdf"),
        &plain_pdf(&[&format!("Piece {cadre} {number}")]),
    );
    [
        "works-file",
        "deposit",
        &pdf,
        "--file",
        file,
        "--framework",
        cadre,
        "--number",
        number,
        "--date",
        "2026-11-20",
        "--total-excl-vat",
        "1000",
        "--vat",
        "200",
    ]
    .map(String::from)
    .to_vec()
}

/// Deposits a piece with the flags of a correct one plus `extra`.
fn try_deposit(env: &Env, who: &str, file: &str, cadre: &str, number: &str, extra: &[&str]) -> Run {
    let args = deposit_args(env, file, cadre, number);
    let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
    args.extend(extra);
    args.extend(["--format", "json"]);
    env.as_(who, &args)
}

/// Deposits a piece; returns its JSON (the deposit must succeed).
fn deposit(env: &Env, who: &str, file: &str, cadre: &str, number: &str, extra: &[&str]) -> Value {
    try_deposit(env, who, file, cadre, number, extra)
        .ok()
        .json()
}

fn id(v: &Value) -> String {
    v["id"].to_string()
}

/// A piece as `who` sees it in the dossier's consultation.
fn piece_of(env: &Env, who: &str, file: &str, piece: &str) -> Value {
    let shown = env
        .as_(who, &["works-file", "show", file, "--format", "json"])
        .ok()
        .json();
    let wanted: i64 = piece.parse().unwrap();
    shown["pieces"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == wanted)
        .cloned()
        .unwrap_or_else(|| panic!("{who} does not see piece {piece}"))
}

fn status(env: &Env, who: &str, file: &str, piece: &str) -> String {
    piece_of(env, who, file, piece)["status"]
        .as_str()
        .unwrap()
        .to_string()
}

fn history(env: &Env, who: &str, file: &str, piece: &str) -> Vec<String> {
    piece_of(env, who, file, piece)["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["status"].as_str().unwrap().to_string())
        .collect()
}

fn process(env: &Env, who: &str, piece: &str, to: &str, reason: Option<&str>) -> Run {
    let mut args = vec!["works-file", "process", piece, "--status", to];
    if let Some(r) = reason {
        args.extend(["--reason", r]);
    }
    args.extend(["--format", "json"]);
    env.as_(who, &args)
}

fn todo_ids(env: &Env, who: &str) -> Vec<String> {
    env.as_(who, &["works-file", "todo", "--format", "json"])
        .ok()
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(id)
        .collect()
}

scenario!(in_market_cycle, |env| {
    parties(env);
    let file = with_moe(env);
    let a4 = id(&deposit(env, TITULAIRE, &file, "A4", "PDM-11", &[]));
    assert_eq!(status(env, TITULAIRE, &file, &a4), "MISE_A_DISPOSITION_MOE");
    assert_eq!(todo_ids(env, ARCHITECTE), [a4.as_str()]);
    assert!(todo_ids(env, BUYER).is_empty());

    // The MOE takes it into account and deposits its état d'acompte with it.
    process(env, ARCHITECTE, &a4, "PRISE_EN_COMPTE_MOE", None).ok();
    let a15 = deposit(
        env,
        ARCHITECTE,
        &file,
        "A15",
        "EA-11",
        &["--associate", &a4, "--amount-due", "1140"],
    );
    assert_eq!(a15["status"], "MISE_A_DISPOSITION_MOA");
    assert_eq!(a15["associated_id"].to_string(), a4);
    assert_eq!(a15["amounts"]["amount_due"], "1140.00");
    assert_eq!(a15["works_type"], "ETAT_ACOMPTE");
    let a15 = id(&a15);
    assert_eq!(
        history(env, TITULAIRE, &file, &a4),
        ["MISE_A_DISPOSITION_MOE", "PRISE_EN_COMPTE_MOE", "ASSOCIEE"]
    );
    assert_eq!(todo_ids(env, BUYER), [a15.as_str()]);
    assert!(todo_ids(env, ARCHITECTE).is_empty());

    // The MOA validates it: the payment request reaches it as recipient.
    let a19 = deposit(env, BUYER, &file, "A19", "EAV-11", &["--associate", &a15]);
    assert_eq!(a19["status"], "MISE_A_DISPOSITION");
    let a19 = id(&a19);
    assert_eq!(
        history(env, ARCHITECTE, &file, &a15),
        ["MISE_A_DISPOSITION_MOA", "PRISE_EN_COMPTE_MOA", "ASSOCIEE"]
    );
    process(env, BUYER, &a19, "SERVICE_FAIT", None).ok();
    // Only the recipient processes the payment request.
    process(env, TITULAIRE, &a19, "MANDATEE", None).fails(6, "works_action_denied");
    for s in ["MANDATEE", "MISE_EN_PAIEMENT"] {
        process(env, BUYER, &a19, s, None).ok();
    }
    assert_eq!(status(env, TITULAIRE, &file, &a19), "MISE_EN_PAIEMENT");
    process(env, BUYER, &a19, "REJETEE", Some("no")).fails(3, "transition_refused");

    // Every party lists the whole chain; the feed tells the titulaire each step.
    let listed = env.field_of_each(
        Some(ARCHITECTE),
        &["works-file", "list", "--market", "M-2026-118"],
        "framework",
    );
    assert_eq!(
        listed,
        [
            "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR",
            "A15_ETAT_ACOMPTE_MOE",
            "A19_ETAT_ACOMPTE_VALIDE_MOA"
        ]
    );
    let feed = env
        .as_(TITULAIRE, &["account", "events", "--format", "json"])
        .ok()
        .stdout;
    for kind in [
        "works.mise_a_disposition_moe",
        "works.associee",
        "works.mise_en_paiement",
    ] {
        assert!(feed.contains(kind), "no {kind} in the feed:\n{feed}");
    }
    // Its table shows one line per piece, then the history of every piece.
    let table = env
        .as_(
            TITULAIRE,
            &["works-file", "show", &file, "--format", "table"],
        )
        .ok()
        .stdout;
    for shown in [
        "pieces:",
        "history:",
        "MISE_EN_PAIEMENT",
        "followed by A15 piece",
    ] {
        assert!(table.contains(shown), "no {shown} in:\n{table}");
    }
    assert!(!table.contains("{\""), "JSON in a cell:\n{table}");

    // The titulaire asks the MOA about the payment delay of the piece: a ticket to Chambéry.
    // The subcontractor, who does not see that piece, cannot.
    let ticket = env
        .as_(
            TITULAIRE,
            &[
                "ticket",
                "create",
                "--category",
                "FACTURES_EMISES",
                "--subcategory",
                "DELAIS_PAIEMENT",
                "--works-piece",
                &a19,
                "--subject",
                "Délai",
                "--message",
                "?",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(ticket["addressee"]["identifier"], CHAMBERY);
    assert_eq!(ticket["works_piece_id"].to_string(), a19);
    env.as_(
        ELECTRICIEN,
        &[
            "ticket",
            "create",
            "--category",
            "FACTURES_EMISES",
            "--subcategory",
            "DELAIS_PAIEMENT",
            "--works-piece",
            &a19,
            "--subject",
            "Délai",
            "--message",
            "?",
        ],
    )
    .fails(4, "works_piece_not_found");

    // download writes each piece.
    let out = env.path("dossier");
    let written = env
        .as_(
            BUYER,
            &[
                "works-file",
                "download",
                &file,
                "-o",
                &out,
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(written.as_array().unwrap().len(), 3);
    let first = std::fs::read(format!("{out}/{a4}-A4-PDM-11.pdf")).unwrap();
    assert!(first.starts_with(b"%PDF"));
});

scenario!(end_of_market_cycle, |env| {
    parties(env);
    let file = with_moe(env);
    let a7 = id(&deposit(env, TITULAIRE, &file, "A7", "PDF-FINAL", &[]));
    assert_eq!(
        status(env, ARCHITECTE, &file, &a7),
        "MISE_A_DISPOSITION_MOE"
    );
    let a17 = deposit(env, ARCHITECTE, &file, "A17", "PDG", &["--associate", &a7]);
    assert_eq!(a17["status"], "MISE_A_DISPOSITION_MOA");
    let a20 = deposit(env, BUYER, &file, "A20", "DG", &["--associate", &id(&a17)]);
    assert_eq!(a20["status"], "MISE_A_DISPOSITION_FOURNISSEUR");
    assert_eq!(todo_ids(env, TITULAIRE), [id(&a20)]);
    // The supplier sends it back for an error on its routing; the MOA names its service.
    let a20 = id(&a20);
    process(
        env,
        TITULAIRE,
        &a20,
        "ERREUR_MOE_SUR_FOURNISSEUR",
        Some("x"),
    )
    .fails(3, "transition_refused");
    process(
        env,
        TITULAIRE,
        &a20,
        "ERREUR_MOA_SUR_FOURNISSEUR",
        Some("send it to our works department"),
    )
    .ok();
    env.as_(
        TITULAIRE,
        &[
            "service",
            "create",
            "--structure",
            BATIMENTS,
            "--code",
            "TRAVAUX",
            "--name",
            "Travaux",
        ],
    )
    .ok();
    let back = env
        .as_(
            BUYER,
            &[
                "works-file",
                "recycle",
                &a20,
                "--service",
                "TRAVAUX",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(back["status"], "MISE_A_DISPOSITION_FOURNISSEUR");
    let shown = env
        .as_(
            TITULAIRE,
            &["works-file", "show", &file, "--format", "json"],
        )
        .ok()
        .json();
    assert_eq!(shown["supplier"]["service_code"], "TRAVAUX");
    // The supplier signs the décompte général: A8 goes to the MOA.
    let a8 = deposit(env, TITULAIRE, &file, "A8", "DGD", &["--associate", &a20]);
    assert_eq!(a8["status"], "MISE_A_DISPOSITION_MOA");
    assert_eq!(a8["works_type"], "DECOMPTE_GENERAL_SIGNE");
    assert_eq!(status(env, BUYER, &file, &a20), "ASSOCIEE");
    process(env, BUYER, &id(&a8), "PRISE_EN_COMPTE_MOA", None).ok();
    assert_eq!(
        status(env, TITULAIRE, &file, &id(&a8)),
        "PRISE_EN_COMPTE_MOA"
    );
    assert!(todo_ids(env, BUYER).is_empty());

    // Refused by the supplier for another reason, a décompte général ends there.
    let a7b = id(&deposit(env, TITULAIRE, &file, "A7", "PDF-FINAL-2", &[]));
    let a18 = id(&deposit(
        env,
        ARCHITECTE,
        &file,
        "A18",
        "DG-MOE",
        &["--associate", &a7b],
    ));
    process(
        env,
        TITULAIRE,
        &a18,
        "REFUSEE_FOURNISSEUR",
        Some("amounts disputed"),
    )
    .ok();
    assert_eq!(status(env, ARCHITECTE, &file, &a18), "REFUSEE_FOURNISSEUR");
});

scenario!(tacit_procedure, |env| {
    parties(env);
    let file = with_moe(env);
    let a7 = id(&deposit(env, TITULAIRE, &file, "A7", "PDF-FINAL", &[]));
    // Unanswered, the A7 is replaced by the supplier's projet de décompte général.
    let a22 = deposit(
        env,
        TITULAIRE,
        &file,
        "A22",
        "PDG-TACITE",
        &["--associate", &a7],
    );
    assert_eq!(a22["status"], "MISE_A_DISPOSITION_MOA");
    assert_eq!(status(env, TITULAIRE, &file, &a7), "REMPLACEE_PAR_A22");
    let a23 = deposit(
        env,
        TITULAIRE,
        &file,
        "A23",
        "DGD-TACITE",
        &["--associate", &id(&a22)],
    );
    assert_eq!(a23["status"], "MISE_A_DISPOSITION_MOA");
    let a25 = deposit(
        env,
        BUYER,
        &file,
        "A25",
        "DGD-MOA",
        &["--associate", &id(&a23)],
    );
    assert_eq!(a25["status"], "MISE_A_DISPOSITION");
    assert_eq!(status(env, ARCHITECTE, &file, &id(&a23)), "ASSOCIEE");
});

scenario!(wrong_role_and_out_of_sequence, |env| {
    parties(env);
    let file = with_moe(env);
    let a4 = id(&deposit(env, TITULAIRE, &file, "A4", "PDM-11", &[]));
    let before = env.snapshot();
    let pdf = env.write("p.pdf", &plain_pdf(&["Piece"]));
    let attempt =
        |who: &str, cadre: &str, extra: &[&str]| try_deposit(env, who, &file, cadre, "X-1", extra);
    // Wrong roles: 6, naming who deposits the cadre.
    attempt(TITULAIRE, "A15", &["--associate", &a4])
        .fails(6, "works_role_denied")
        .fails(6, "the MOE");
    attempt(ARCHITECTE, "A4", &[]).fails(6, "works_role_denied");
    attempt(ELECTRICIEN, "A4", &[]).fails(6, "works_role_denied");
    attempt(BUYER, "A15", &["--associate", &a4]).fails(6, "works_role_denied");
    attempt(PLOMBIER, "A10", &[]).fails(6, "works_role_denied");
    // Outsiders do not even see the dossier.
    attempt(OUTSIDER, "A4", &[]).fails(4, "works_file_not_found");
    env.as_(OUTSIDER, &["works-file", "show", &file])
        .fails(4, "works_file_not_found");
    // Out of sequence: 3, naming what is expected.
    attempt(ARCHITECTE, "A15", &[])
        .fails(3, "works_sequence")
        .fails(3, "A15 follows A4 or A10 or A13");
    attempt(BUYER, "A19", &["--associate", &a4])
        .fails(3, "works_sequence")
        .fails(3, "A19 follows A15 or A5");
    attempt(TITULAIRE, "A4", &["--associate", &a4]).fails(3, "drop --associate");
    attempt(TITULAIRE, "A5", &[]).fails(3, "deposit A4");
    attempt(TITULAIRE, "A8", &["--associate", &a4]).fails(3, "works_sequence");
    attempt(ARCHITECTE, "A15", &["--associate", "999"]).fails(3, "no piece 999");
    // Content: every broken rule at once, then the number already used.
    let pdf_ref = pdf.clone();
    env.as_(
        TITULAIRE,
        &[
            "works-file",
            "deposit",
            &pdf_ref,
            "--file",
            &file,
            "--framework",
            "A4",
            "--date",
            "20/11/2026",
        ],
    )
    .fails(3, "number_required")
    .fails(3, "date_format")
    .fails(3, "amounts_required");
    attempt(
        TITULAIRE,
        "A4",
        &[
            "--total-incl-vat",
            "13",
            "--amount-due",
            "1.001",
            "--attach",
            &env.write("site.exe", b"MZ"),
        ],
    )
    .fails(3, "amounts_inconsistent")
    .fails(3, "amount_precision")
    .fails(3, "attachment_extension");
    env.as_(
        TITULAIRE,
        &[
            "works-file",
            "deposit",
            &env.write("bad.pdf", b"%PDF-1.7 not really"),
            "--file",
            &file,
            "--framework",
            "A7",
            "--number",
            "Y",
            "--date",
            "2026-11-20",
            "--total-excl-vat",
            "1",
            "--vat",
            "0",
        ],
    )
    .fails(3, "pdf");
    assert_eq!(
        env.snapshot(),
        before,
        "a refused deposit changed the store"
    );
    try_deposit(env, TITULAIRE, &file, "A4", "PDM-11", &[]).fails(5, "works_number_taken");
});

scenario!(refusals_completion_and_recycling, |env| {
    parties(env);
    let file = with_moe(env);
    let a4 = id(&deposit(env, TITULAIRE, &file, "A4", "PDM-11", &[]));
    // Only the MOE acts on a piece at the MOE.
    let before = env.snapshot();
    process(env, BUYER, &a4, "PRISE_EN_COMPTE_MOE", None).fails(6, "works_action_denied");
    // A routing error needs a reason; the supplier recycles it to the right MOE.
    process(env, ARCHITECTE, &a4, "ERREUR_FOURNISSEUR_SUR_MOE", None).fails(3, "reason_required");
    process(env, ARCHITECTE, &a4, "MANDATEE", None).fails(3, "transition_refused");
    assert_eq!(env.snapshot(), before, "a refused move changed the store");
    process(
        env,
        ARCHITECTE,
        &a4,
        "ERREUR_FOURNISSEUR_SUR_MOE",
        Some("not our market"),
    )
    .ok();
    assert_eq!(todo_ids(env, TITULAIRE), [a4.as_str()]);
    env.as_(
        ARCHITECTE,
        &["works-file", "recycle", &a4, "--structure", ELECTRICITE],
    )
    .fails(6, "works_action_denied");
    let before = env.snapshot();
    env.as_(TITULAIRE, &["works-file", "recycle", &a4])
        .fails(3, "routing_unchanged");
    env.as_(
        TITULAIRE,
        &["works-file", "recycle", &a4, "--structure", ATELIER],
    )
    .fails(3, "routing_unchanged");
    env.as_(
        TITULAIRE,
        &["works-file", "recycle", &a4, "--structure", ELECTRICITE],
    )
    .fails(3, "parties_distinct");
    assert_eq!(
        env.snapshot(),
        before,
        "a refused recycling changed the store"
    );
    company(env, "marc@moe-alpes.fr", "21220070300016", "MOE des Alpes");
    let recycled = env
        .as_(
            TITULAIRE,
            &[
                "works-file",
                "recycle",
                &a4,
                "--structure",
                "21220070300016",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(recycled["status"], "MISE_A_DISPOSITION_MOE");
    let shown = env
        .as_(
            TITULAIRE,
            &["works-file", "show", &file, "--format", "json"],
        )
        .ok()
        .json();
    assert_eq!(shown["moe"]["identifier"], "21220070300016");
    // The old MOE no longer sees the dossier; the new one holds the piece.
    env.as_(ARCHITECTE, &["works-file", "show", &file])
        .fails(4, "works_file_not_found");
    assert_eq!(todo_ids(env, "marc@moe-alpes.fr"), [a4.as_str()]);

    // Request for completion, then completion: back where it was.
    process(env, "marc@moe-alpes.fr", &a4, "PRISE_EN_COMPTE_MOE", None).ok();
    process(
        env,
        "marc@moe-alpes.fr",
        &a4,
        "A_COMPLETER",
        Some("site report"),
    )
    .ok();
    process(env, "marc@moe-alpes.fr", &a4, "COMPLETEE", None).fails(6, "works_action_denied");
    process(env, TITULAIRE, &a4, "COMPLETEE", None).ok();
    assert_eq!(
        history(env, TITULAIRE, &file, &a4)[3..],
        [
            "PRISE_EN_COMPTE_MOE",
            "A_COMPLETER",
            "COMPLETEE",
            "PRISE_EN_COMPTE_MOE"
        ]
    );
    // Refused for another reason: final.
    process(
        env,
        "marc@moe-alpes.fr",
        &a4,
        "REFUSEE_MOE",
        Some("quantities"),
    )
    .ok();
    process(env, "marc@moe-alpes.fr", &a4, "PRISE_EN_COMPTE_MOE", None)
        .fails(3, "transition_refused");

    // The MOA sends an A15 back for an error on the MOA's service; the MOE recycles it.
    let a4b = id(&deposit(env, TITULAIRE, &file, "A4", "PDM-12", &[]));
    let a15 = id(&deposit(
        env,
        "marc@moe-alpes.fr",
        &file,
        "A15",
        "EA-12",
        &["--associate", &a4b],
    ));
    process(env, BUYER, &a15, "ERREUR_FOURNISSEUR_SUR_MOA", Some("x"))
        .fails(3, "transition_refused");
    process(
        env,
        BUYER,
        &a15,
        "ERREUR_MOE_SUR_MOA",
        Some("wrong service"),
    )
    .ok();
    env.as_(
        BUYER,
        &[
            "service",
            "create",
            "--structure",
            CHAMBERY,
            "--code",
            "TRAVAUX",
            "--name",
            "Travaux",
        ],
    )
    .ok();
    env.as_(
        "marc@moe-alpes.fr",
        &["works-file", "recycle", &a15, "--service", "NOPE"],
    )
    .fails(3, "service_not_found");
    let back = env
        .as_(
            "marc@moe-alpes.fr",
            &[
                "works-file",
                "recycle",
                &a15,
                "--service",
                "TRAVAUX",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(back["status"], "MISE_A_DISPOSITION_MOA");

    // The payment request: suspended, completed, rejected.
    let a19 = id(&deposit(
        env,
        BUYER,
        &file,
        "A19",
        "EAV-12",
        &["--associate", &a15],
    ));
    process(env, BUYER, &a19, "SUSPENDUE", Some("missing invoice copy")).ok();
    // The titulaire, its creditor, completes it; the MOA that deposited it does not.
    process(env, BUYER, &a19, "COMPLETEE", None)
        .fails(6, "works_action_denied")
        .fails(6, "the supplier");
    process(env, TITULAIRE, &a19, "COMPLETEE", None).ok();
    assert_eq!(status(env, TITULAIRE, &file, &a19), "MISE_A_DISPOSITION");
    process(env, BUYER, &a19, "REJETEE", None).fails(3, "reason_required");
    process(env, BUYER, &a19, "REJETEE", Some("duplicate of EAV-11")).ok();
    assert!(todo_ids(env, BUYER).is_empty());
});

scenario!(subcontractor_and_cocontractor_validation, |env| {
    parties(env);
    let file = with_moe(env);
    let a10 = deposit(env, ELECTRICIEN, &file, "A10", "ST-11", &[]);
    assert_eq!(a10["status"], "A_VALIDER_1");
    let a10 = id(&a10);
    // Neither the MOE nor the MOA see it before validation; the co-contractor not at all.
    for who in [ARCHITECTE, BUYER, PLOMBIER] {
        env.as_(who, &["works-file", "approve", &a10])
            .fails(4, "works_piece_not_found");
    }
    assert!(todo_ids(env, ARCHITECTE).is_empty());
    try_deposit(
        env,
        ARCHITECTE,
        &file,
        "A15",
        "EA-0",
        &["--associate", &a10],
    )
    .fails(3, &format!("has no piece {a10} to follow"));
    // The subcontractor cannot validate its own piece.
    let before = env.snapshot();
    env.as_(ELECTRICIEN, &["works-file", "approve", &a10])
        .fails(6, "works_action_denied");
    env.as_(TITULAIRE, &["works-file", "refuse", &a10])
        .fails(2, "--reason");
    env.as_(TITULAIRE, &["works-file", "refuse", &a10, "--reason", "  "])
        .fails(3, "reason_required");
    assert_eq!(
        env.snapshot(),
        before,
        "a refused decision changed the store"
    );
    assert_eq!(todo_ids(env, TITULAIRE), [a10.as_str()]);
    env.as_(
        TITULAIRE,
        &["works-file", "refuse", &a10, "--reason", "wrong quantities"],
    )
    .ok();
    assert_eq!(status(env, ELECTRICIEN, &file, &a10), "REFUSEE_1");
    env.as_(TITULAIRE, &["works-file", "approve", &a10])
        .fails(3, "transition_refused");

    // A new one, approved: it goes on to the MOE, who associates an A15 with it.
    let again = id(&deposit(env, ELECTRICIEN, &file, "A10", "ST-11B", &[]));
    let approved = env
        .as_(
            TITULAIRE,
            &["works-file", "approve", &again, "--format", "json"],
        )
        .ok()
        .json();
    assert_eq!(approved["status"], "MISE_A_DISPOSITION_MOE");
    let a15 = deposit(
        env,
        ARCHITECTE,
        &file,
        "A15",
        "EA-ST",
        &["--associate", &again],
    );
    assert_eq!(a15["status"], "MISE_A_DISPOSITION_MOA");

    // The co-contractor's piece is validated by the mandataire (the titulaire).
    let a13 = id(&deposit(env, PLOMBIER, &file, "A13", "CO-11", &[]));
    env.as_(
        TITULAIRE,
        &[
            "works-file",
            "list",
            "--role",
            "validator",
            "--status",
            "A_VALIDER_1",
            "--format",
            "json",
        ],
    )
    .ok();
    assert_eq!(
        env.field_of_each(
            Some(TITULAIRE),
            &[
                "works-file",
                "list",
                "--role",
                "validator",
                "--status",
                "A_VALIDER_1"
            ],
            "number"
        ),
        ["CO-11"]
    );
    env.as_(TITULAIRE, &["works-file", "approve", &a13]).ok();
    // Each partner sees only its own pieces.
    assert_eq!(
        env.field_of_each(Some(PLOMBIER), &["works-file", "list"], "number"),
        ["CO-11"]
    );
    assert_eq!(
        env.field_of_each(Some(ELECTRICIEN), &["works-file", "list"], "number"),
        ["ST-11", "ST-11B"]
    );
});

scenario!(validation_delay, |env| {
    parties(env);
    let file = with_moe(env);
    let a10 = id(&deposit(env, ELECTRICIEN, &file, "A10", "ST-11", &[]));
    let show = |now: &str| {
        env.at(
            now,
            TITULAIRE,
            &["works-file", "show", &file, "--format", "json"],
        )
        .ok()
        .json()["pieces"][0]["status"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(show("2026-12-07T10:00:00Z"), "A_VALIDER_1");
    // 15 days without a decision: it goes on to the MOE by itself.
    assert_eq!(show("2026-12-08T10:00:01Z"), "MISE_A_DISPOSITION_MOE");
    let h = history(env, ARCHITECTE, &file, &a10);
    assert_eq!(
        h,
        [
            "A_VALIDER_1",
            "ABSENCE_VALIDATION_1_HORS_DELAI",
            "MISE_A_DISPOSITION_MOE"
        ]
    );
    env.as_(TITULAIRE, &["works-file", "approve", &a10])
        .fails(3, "transition_refused");
});

scenario!(dossier_rules, |env| {
    parties(env);
    let before = env.snapshot();
    let create = |who: &str, extra: &[&str]| {
        let mut args = vec![
            "works-file",
            "create",
            "--market",
            "M-1",
            "--supplier",
            BATIMENTS,
        ];
        args.extend(extra);
        env.as_(who, &args)
    };
    // The MOA must be public, with the service and engagement its structure requires.
    create(TITULAIRE, &["--moa", ATELIER]).fails(3, "moa_not_public");
    create(TITULAIRE, &["--moa", CHAMBERY])
        .fails(3, "moa_service_required")
        .fails(3, "engagement_required");
    create(
        TITULAIRE,
        &[
            "--moa",
            CHAMBERY,
            "--moa-service",
            "NOPE",
            "--engagement",
            "E",
        ],
    )
    .fails(3, "service_not_found");
    let ok = [
        "--moa",
        CHAMBERY,
        "--moa-service",
        "CANTINE",
        "--engagement",
        "E",
    ];
    let with = |extra: &[&'static str]| [&ok[..], extra].concat();
    create(TITULAIRE, &with(&["--cocontractor", PLOMBERIE])).fails(3, "group_required");
    create(TITULAIRE, &with(&["--group", "conjoint"])).fails(3, "group_without_cocontractors");
    create(TITULAIRE, &with(&["--moe", BATIMENTS])).fails(3, "parties_distinct");
    create(
        TITULAIRE,
        &with(&["--subcontractor", ATELIER, "--moe", ATELIER]),
    )
    .fails(3, "parties_distinct");
    create(TITULAIRE, &with(&["--subcontractor", "99999999999999"]))
        .fails(4, "structure_not_found");
    create(
        TITULAIRE,
        &with(&["--group", "both", "--cocontractor", PLOMBERIE]),
    )
    .fails(2, "both");
    // Only the supplier, the MOE or the MOA creates it.
    create(OUTSIDER, &ok).fails(6, "works_create_denied");
    create(ELECTRICIEN, &with(&["--subcontractor", ELECTRICITE])).fails(6, "works_create_denied");
    assert_eq!(env.snapshot(), before);

    // Without a works-invoices space a manager does not act on works pieces.
    env.as_(
        BUYER,
        &["structure", "space", "close", CHAMBERY, "works-invoices"],
    )
    .ok();
    create(BUYER, &ok).fails(6, "works_create_denied");
    let file = create(TITULAIRE, &[&ok[..], &["--format", "json"]].concat())
        .ok()
        .json()["id"]
        .to_string();
    env.as_(BUYER, &["works-file", "show", &file])
        .fails(4, "works_file_not_found");
    // Without an MOE the titulaire deposits A5 for the MOA, and A4 is out of sequence.
    let a5 = deposit(env, TITULAIRE, &file, "A5", "EA-1", &[]);
    assert_eq!(a5["status"], "MISE_A_DISPOSITION_MOA");
    try_deposit(env, TITULAIRE, &file, "A4", "Z", &[]).fails(3, "deposit A5");
});

scenario!(factur_x_piece_reads_its_document, |env| {
    parties(env);
    let file = with_moe(env);
    let pdf = format!(
        "{}/examples/facture-F-2026-0042.pdf",
        env!("CARGO_MANIFEST_DIR")
    );
    let piece = env
        .as_(
            TITULAIRE,
            &[
                "works-file",
                "deposit",
                &pdf,
                "--file",
                &file,
                "--framework",
                "A4",
                "--attach",
                &pdf,
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(piece["number"], "F-2026-0042");
    assert_eq!(piece["analysis"]["source"], "facturx");
    let from_doc = piece["analysis"]["fields_from_document"].to_string();
    for f in ["number", "date", "total_incl_vat"] {
        assert!(from_doc.contains(f), "{from_doc}");
    }
    assert_eq!(piece["attachments"].as_array().unwrap().len(), 1);
});

scenario!(concurrent_followers_of_one_piece, |env| {
    parties(env);
    let file = with_moe(env);
    let a4 = id(&deposit(env, TITULAIRE, &file, "A4", "PDM-11", &[]));
    // Four état d'acompte for the same A4 at once: one follows it, the others are refused.
    let children: Vec<_> = (0..4)
        .map(|i| {
            let mut args = deposit_args(env, &file, "A15", &format!("EA-{i}"));
            args.extend(["--associate".into(), a4.clone()]);
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            env.command(Some(ARCHITECTE), &args)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn chorus")
        })
        .collect();
    let mut codes: Vec<i32> = children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap().status.code().unwrap_or(-1))
        .collect();
    codes.sort_unstable();
    assert_eq!(codes, [0, 3, 3, 3]);
    let followers = env.field_of_each(
        Some(ARCHITECTE),
        &["works-file", "list", "--file", &file],
        "framework",
    );
    assert_eq!(
        followers,
        [
            "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR",
            "A15_ETAT_ACOMPTE_MOE"
        ]
    );
});

scenario!(partners_end_of_market_and_delegated_cadres, |env| {
    parties(env);
    let file = with_moe(env);
    // The subcontractor's and the co-contractor's projets de décompte final, once validated,
    // reach the MOE, who answers with A17 (to the MOA) and A18 (to the supplier).
    let a11 = id(&deposit(env, ELECTRICIEN, &file, "A11", "ST-FINAL", &[]));
    let a14 = id(&deposit(env, PLOMBIER, &file, "A14", "CO-FINAL", &[]));
    for piece in [&a11, &a14] {
        env.as_(TITULAIRE, &["works-file", "approve", piece]).ok();
    }
    let a17 = deposit(
        env,
        ARCHITECTE,
        &file,
        "A17",
        "PDG-ST",
        &["--associate", &a11],
    );
    assert_eq!(a17["status"], "MISE_A_DISPOSITION_MOA");
    let a18 = deposit(
        env,
        ARCHITECTE,
        &file,
        "A18",
        "DG-CO",
        &["--associate", &a14],
    );
    assert_eq!(a18["status"], "MISE_A_DISPOSITION_FOURNISSEUR");
    assert_eq!(a18["works_type"], "DECOMPTE_GENERAL");
    // The MOE's état d'acompte validé goes straight to the recipient.
    let a4 = id(&deposit(env, TITULAIRE, &file, "A4", "PDM-12", &[]));
    let a16 = deposit(
        env,
        ARCHITECTE,
        &file,
        "A16",
        "EAV-MOE",
        &["--associate", &a4],
    );
    assert_eq!(a16["status"], "MISE_A_DISPOSITION");
    // Tacit procedure through the MOE: A24 after the supplier's A22.
    let a7 = id(&deposit(env, TITULAIRE, &file, "A7", "PDF-FINAL", &[]));
    let a22 = id(&deposit(
        env,
        TITULAIRE,
        &file,
        "A22",
        "PDG-TACITE",
        &["--associate", &a7],
    ));
    let a24 = deposit(
        env,
        ARCHITECTE,
        &file,
        "A24",
        "DGD-MOE",
        &["--associate", &a22],
    );
    assert_eq!(a24["status"], "MISE_A_DISPOSITION_MOA");
    assert_eq!(status(env, BUYER, &file, &a22), "ASSOCIEE");
    for (piece, holder) in [(&a11, TITULAIRE), (&a14, PLOMBIER)] {
        assert_eq!(status(env, holder, &file, piece), "ASSOCIEE");
    }
});
