//! The organisation flow of the seeds, end to end, in every output format and in the feed.

use crate::harness::*;
use crate::scenario;

scenario!(seed_organisation_flow, |env| {
    // Manuela signs up and creates « Les Délices de Savoie ».
    let created = env
        .op(&[
            "account",
            "create",
            "--email",
            MANUELA,
            "--first-name",
            "Manuela",
            "--last-name",
            "Rossi",
            "--siret",
            DELICES,
            "--format",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(created["status"], "PENDING_ACTIVATION");
    let token = &env.activation_token(MANUELA);
    let active = env
        .with_stdin(
            None,
            &[
                "account",
                "activate",
                "--email",
                MANUELA,
                "--token",
                token,
                "--password-stdin",
                "--format",
                "json",
            ],
            "delices savoie 2026\n",
        )
        .ok()
        .json();
    assert_eq!(active["status"], "ACTIVE");
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

    // Pierre requests attachment; Manuela accepts him as secondary manager.
    env.signup(PIERRE);
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
    assert_eq!(req["status"], "EN_COURS_DE_VALIDATION");
    let pending = env
        .as_(
            MANUELA,
            &["attach", "list", "--status", "pending", "--format", "json"],
        )
        .ok()
        .json();
    assert_eq!(pending.as_array().unwrap().len(), 1);
    assert_eq!(pending[0]["account"], PIERRE);
    let accepted = env
        .as_(
            MANUELA,
            &[
                "attach",
                "accept",
                &req["id"].to_string(),
                "--role",
                "secondary",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(accepted["status"], "VALIDEE");
    assert_eq!(accepted["role"], "GESTIONNAIRE_SECONDAIRE");

    // She transfers the principal role to him.
    let moved = env
        .as_(
            MANUELA,
            &[
                "attach",
                "transfer",
                "--structure",
                DELICES,
                "--to",
                PIERRE,
                "--yes",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    let roles: Vec<(String, String)> = moved
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["account"].as_str().unwrap().into(),
                a["role"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert!(roles.contains(&(MANUELA.into(), "GESTIONNAIRE_SECONDAIRE".into())));
    assert!(roles.contains(&(PIERRE.into(), "GESTIONNAIRE_PRINCIPAL".into())));

    // Pierre creates two services and grants Manuela the first only.
    env.as_(
        PIERRE,
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
        PIERRE,
        &[
            "service",
            "create",
            "--structure",
            DELICES,
            "--code",
            "RESTAURATION_SCOLAIRE",
            "--name",
            "restauration scolaire",
        ],
    )
    .ok();
    env.as_(
        PIERRE,
        &[
            "service",
            "grant",
            "--structure",
            DELICES,
            "--service",
            "TRAITEUR",
            "--account",
            MANUELA,
        ],
    )
    .ok();
    let traiteur = env
        .op(&[
            "service",
            "show",
            "--structure",
            DELICES,
            "traiteur",
            "--format",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(traiteur["grants"], serde_json::json!([MANUELA]));
    let scolaire = env
        .op(&[
            "service",
            "show",
            "--structure",
            DELICES,
            "RESTAURATION_SCOLAIRE",
            "--format",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(scolaire["grants"], serde_json::json!([]));

    // A public buyer exists with its parameters and default service.
    chambery(env);
    let buyer = env
        .op(&["structure", "show", CHAMBERY, "--format", "json"])
        .ok()
        .json();
    assert_eq!(buyer["structure_type"], "PUBLIQUE");
    assert_eq!(buyer["service_required"], true);
    assert_eq!(buyer["engagement_required"], true);
    assert_eq!(buyer["service_or_engagement_required"], false);
    assert_eq!(buyer["services"][0]["code"], "FACTURES_PUBLIQUES");
    assert_eq!(
        buyer["services"][0]["name"],
        "Service des factures publiques"
    );
    assert_eq!(buyer["managers"], serde_json::json!([]));

    // Every step is visible as JSON, CSV and a table.
    let shown = env
        .op(&["structure", "show", DELICES, "--format", "json"])
        .ok()
        .json();
    assert_eq!(shown["name"], "Les Délices de Savoie");
    assert_eq!(shown["managers"][0]["email"], PIERRE);
    assert_eq!(shown["managers"][0]["role"], "GESTIONNAIRE_PRINCIPAL");
    assert_eq!(shown["managers"][1]["email"], MANUELA);
    let codes: Vec<&str> = shown["services"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["RESTAURATION_SCOLAIRE", "TRAITEUR"]);

    let csv = env
        .op(&["attach", "list", "--structure", DELICES, "--format", "csv"])
        .ok()
        .stdout;
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    assert!(
        header.starts_with("id,structure,structure_name,account,role,status"),
        "{header}"
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 2);
    assert!(
        rows.iter()
            .any(|r| r.contains(PIERRE) && r.contains("GESTIONNAIRE_PRINCIPAL"))
    );

    let table = env
        .op(&[
            "service",
            "list",
            "--structure",
            DELICES,
            "--format",
            "table",
        ])
        .ok()
        .stdout;
    assert!(
        table.contains("TRAITEUR") && table.contains("restauration scolaire"),
        "{table}"
    );
    assert!(table.contains('│'), "not a table:\n{table}");

    let ndjson = env
        .op(&[
            "structure",
            "search",
            "--name",
            "délices",
            "--format",
            "ndjson",
        ])
        .ok()
        .stdout;
    assert_eq!(ndjson.lines().count(), 1);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(ndjson.trim()).unwrap()["identifier"],
        DELICES
    );

    // And in the event feed, newest first.
    let feed = env
        .as_(MANUELA, &["account", "events", "--format", "json"])
        .ok()
        .json();
    let kinds: Vec<&str> = feed
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    for kind in [
        "service.granted",
        "service.created",
        "attachment.transferred",
        "attachment.accepted",
        "attachment.requested",
        "structure.created",
        "account.activated",
        "account.created",
    ] {
        assert!(kinds.contains(&kind), "{kind} missing from {kinds:?}");
    }
    assert_eq!(kinds[0], "service.granted");
    assert_eq!(*kinds.last().unwrap(), "account.created");
    // Manuela's feed does not carry the public buyer's creation: not her structure.
    assert!(
        !feed
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["structure"] == CHAMBERY)
    );
});

scenario!(feed_filters_by_date, |env| {
    delices(env);
    let all = env
        .as_(MANUELA, &["account", "events", "--format", "json"])
        .ok()
        .json();
    assert!(!all.as_array().unwrap().is_empty());
    let later = env
        .as_(
            MANUELA,
            &[
                "account",
                "events",
                "--since",
                "2026-11-24",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(later, serde_json::json!([]));
    let same_day = env
        .as_(
            MANUELA,
            &[
                "account",
                "events",
                "--since",
                "2026-11-23",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(same_day, all);
    env.as_(MANUELA, &["account", "events", "--since", "yesterday"])
        .fails(2, "--since");
});
