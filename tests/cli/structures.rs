//! Structures: creation rules, public structures and routing parameters, search, status.

use crate::harness::*;
use crate::scenario;

fn create(env: &Env, who: Option<&str>, id: &str, extra: &[&str]) -> Run {
    let mut args = vec![
        "structure",
        "create",
        "--identifier",
        id,
        "--name",
        "Boulangerie Martin",
        "--address",
        "3 rue Haute",
        "--postcode",
        "74000",
        "--city",
        "Annecy",
    ];
    args.extend(extra);
    match who {
        Some(w) => env.as_(w, &args),
        None => env.op(&args),
    }
}

scenario!(creator_becomes_principal_manager, |env| {
    env.signup(MANUELA);
    create(env, Some(MANUELA), DELICES, &["--label", "Délices"]).ok();
    let s = env
        .op(&["structure", "show", DELICES, "--format", "json"])
        .ok()
        .json();
    assert_eq!(s["structure_type"], "PRIVEE");
    assert_eq!(s["status"], "ACTIF");
    assert_eq!(s["identifier_type"], "SIRET");
    assert_eq!(s["label"], "Délices");
    assert_eq!(s["address"]["city"], "Annecy");
    assert_eq!(s["managers"][0]["email"], MANUELA);
    assert_eq!(s["managers"][0]["role"], "GESTIONNAIRE_PRINCIPAL");
    assert_eq!(s["services"], serde_json::json!([]));
    let open: Vec<&str> = s["spaces"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|sp| sp["open"] == true)
        .map(|sp| sp["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        open,
        ["manager", "my-account", "invoices-issued", "tickets-issued"]
    );
});

scenario!(identifier_rules, |env| {
    env.signup(MANUELA);
    create(env, Some(MANUELA), DELICES, &[]).ok();
    let before = env.snapshot();
    create(env, Some(MANUELA), DELICES, &[]).fails(5, "already exists");
    create(env, Some(MANUELA), "73282932000075", &[]).fails(3, "siret_check_digit");
    create(env, Some(MANUELA), "0732829320000", &[]).fails(3, "14 digits");
    create(env, Some(MANUELA), "35600000049838", &[]).fails(3, "check digit");
    create(env, Some(MANUELA), "12345", &["--identifier-type", "RIDET"]).fails(3, "ridet_format");
    create(
        env,
        Some(MANUELA),
        "112345001",
        &["--identifier-type", "TAHITI"],
    )
    .fails(3, "tahiti_format");
    create(env, Some(MANUELA), "X", &["--identifier-type", "NOPE"])
        .fails(2, "SIRET, UE_HORS_FRANCE");
    env.as_(
        MANUELA,
        &[
            "structure",
            "create",
            "--identifier",
            "40483304800014",
            "--name",
            "B",
            "--address",
            "A",
            "--postcode",
            "740",
            "--city",
            "Annecy",
        ],
    )
    .fails(3, "postcode_format");
    assert_eq!(env.snapshot(), before);
    // La Poste establishments follow the digit-sum rule; other types their own formats.
    create(env, Some(MANUELA), "35600000049837", &[]).ok();
    create(
        env,
        Some(MANUELA),
        "1234567001",
        &["--identifier-type", "ridet"],
    )
    .ok();
    create(
        env,
        Some(MANUELA),
        "A12345001",
        &["--identifier-type", "TAHITI"],
    )
    .ok();
    create(
        env,
        Some(MANUELA),
        "DE123456789",
        &["--identifier-type", "UE_HORS_FRANCE", "--country", "DE"],
    )
    .ok();
    // Leading zeros are kept.
    create(env, Some(MANUELA), "00123456600006", &[]).ok();
    assert_eq!(
        env.op(&["structure", "show", "00123456600006", "--format", "json"])
            .ok()
            .json()["identifier"],
        "00123456600006"
    );
    // Zeros pass the Luhn key but are nobody's SIRET.
    let before = env.snapshot();
    for zeros in ["00000000000000", "00000000000018"] {
        create(env, Some(MANUELA), zeros, &[]).fails(3, "SIREN 000000000");
    }
    assert_eq!(env.snapshot(), before);
});

scenario!(public_structures_are_the_operators, |env| {
    env.signup(MANUELA);
    let before = env.snapshot();
    create(env, Some(MANUELA), CHAMBERY, &["--public"]).fails(6, "only the operator");
    create(env, None, CHAMBERY, &["--service-required"]).fails(2, "--public");
    assert_eq!(env.snapshot(), before);
    let s = create(
        env,
        None,
        CHAMBERY,
        &[
            "--public",
            "--service-or-engagement-required",
            "--payment-status-not-reported",
            "--format",
            "json",
        ],
    )
    .ok()
    .json();
    assert_eq!(s["structure_type"], "PUBLIQUE");
    assert_eq!(s["service_or_engagement_required"], true);
    assert_eq!(s["payment_status_not_reported"], true);
    assert_eq!(s["service_required"], false);
    assert_eq!(s["services"][0]["code"], "FACTURES_PUBLIQUES");
    assert_eq!(s["managers"], serde_json::json!([]));
    let open: Vec<&str> = s["spaces"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|sp| sp["open"] == true)
        .map(|sp| sp["code"].as_str().unwrap())
        .collect();
    assert!(open.contains(&"invoices-received") && open.contains(&"tickets-received"));
});

scenario!(update_rules, |env| {
    delices_with_pierre(env);
    chambery(env);
    env.signup("lea@example.fr");
    let before = env.snapshot();
    env.as_(
        "lea@example.fr",
        &["structure", "update", DELICES, "--name", "Mine"],
    )
    .fails(6, "manager");
    env.as_(
        MANUELA,
        &[
            "structure",
            "update",
            CHAMBERY,
            "--service-required",
            "false",
        ],
    )
    .fails(6, "only the operator");
    env.op(&["structure", "update", DELICES, "--service-required", "true"])
        .fails(3, "routing_parameters_public_only");
    env.as_(MANUELA, &["structure", "update", DELICES])
        .fails(2, "nothing to update");
    env.as_(MANUELA, &["structure", "update", DELICES, "--name", " "])
        .fails(3, "name must not be empty");
    env.as_(MANUELA, &["structure", "update", "99999999999999"])
        .fails(4, "no structure");
    assert_eq!(env.snapshot(), before);
    let s = env
        .as_(
            PIERRE,
            &[
                "structure",
                "update",
                DELICES,
                "--label",
                "Délices",
                "--city",
                "Annecy",
                "--postcode",
                "74000",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(s["label"], "Délices");
    assert_eq!(s["address"]["city"], "Annecy");
    let p = env.op(&[
        "structure",
        "update",
        CHAMBERY,
        "--engagement-required",
        "false",
        "--service-or-engagement-required",
        "yes",
        "--format",
        "json",
    ]);
    // clap accepts only true/false for booleans: a usage error names the value.
    p.fails(2, "yes");
    let p = env
        .op(&[
            "structure",
            "update",
            CHAMBERY,
            "--engagement-required",
            "false",
            "--format",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(p["engagement_required"], false);
    assert_eq!(p["service_required"], true);
});

scenario!(status_changes_by_principal_only, |env| {
    delices_with_pierre(env);
    let before = env.snapshot();
    env.as_(PIERRE, &["structure", "deactivate", DELICES])
        .fails(6, "principal manager");
    env.as_(MANUELA, &["structure", "activate", DELICES])
        .fails(5, "already ACTIF");
    assert_eq!(env.snapshot(), before);
    let s = env
        .as_(
            MANUELA,
            &["structure", "deactivate", DELICES, "--format", "json"],
        )
        .ok()
        .json();
    assert_eq!(s["status"], "INACTIF");
    env.signup("lea@example.fr");
    env.as_(
        "lea@example.fr",
        &["attach", "request", "--structure", DELICES],
    )
    .fails(3, "INACTIF");
    env.op(&["structure", "activate", DELICES]).ok();
    env.as_(
        "lea@example.fr",
        &["attach", "request", "--structure", DELICES],
    )
    .ok();
});

scenario!(search_filters, |env| {
    env.signup(MANUELA);
    create(env, Some(MANUELA), DELICES, &["--label", "Traiteur"]).ok();
    create(env, Some(MANUELA), "40483304800014", &[]).ok();
    chambery(env);
    let names = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["structure", "search"];
        a.extend(args);
        env.field_of_each(None, &a, "identifier")
    };
    assert_eq!(
        names(&["--name", "BOULANGERIE"]),
        ["40483304800014", DELICES]
    );
    assert_eq!(
        names(&["--name", "martin", "--label", "traiteur"]),
        [DELICES]
    );
    assert_eq!(names(&["--identifier", "7328"]), [DELICES]);
    assert_eq!(names(&["--public"]), [CHAMBERY]);
    assert_eq!(names(&["--private", "--limit", "1"]).len(), 1);
    assert_eq!(names(&["--status", "INACTIF"]), Vec::<String>::new());
    assert_eq!(names(&["--name", "%"]), Vec::<String>::new());
    env.op(&["structure", "search", "--public", "--private"])
        .fails(2, "cannot be used with");
    let csv = env
        .op(&["structure", "search", "--format", "csv"])
        .ok()
        .stdout;
    assert!(
        csv.starts_with(
            "identifier,identifier_type,name,label,structure_type,status,address.line,"
        ),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 4);
});

scenario!(same_number_under_two_identifier_types, |env| {
    env.signup(MANUELA);
    create(
        env,
        Some(MANUELA),
        "1234567001",
        &["--identifier-type", "RIDET"],
    )
    .ok();
    create(
        env,
        Some(MANUELA),
        "1234567001",
        &["--identifier-type", "AUTRE"],
    )
    .ok();
    env.op(&["structure", "show", "1234567001"])
        .fails(2, "RIDET:1234567001");
    let s = env
        .op(&["structure", "show", "AUTRE:1234567001", "--format", "json"])
        .ok()
        .json();
    assert_eq!(s["identifier_type"], "AUTRE");
    env.op(&["structure", "show", "TAHITI:1234567001"])
        .fails(4, "no structure");
});

scenario!(address_rules, |env| {
    env.signup(MANUELA);
    let before = env.snapshot();
    create(env, Some(MANUELA), DELICES, &["--country", "France"]).fails(3, "country_format");
    env.as_(
        MANUELA,
        &[
            "structure",
            "create",
            "--identifier",
            DELICES,
            "--name",
            "B",
            "--address",
            " ",
            "--postcode",
            "74000",
            "--city",
            "",
        ],
    )
    .fails(3, "address_required");
    create(env, Some(MANUELA), DELICES, &["--label", &"L".repeat(101)]).fails(3, "label_too_long");
    assert_eq!(env.snapshot(), before);
    // Abroad, postcodes are free-form.
    env.as_(
        MANUELA,
        &[
            "structure",
            "create",
            "--identifier-type",
            "UE_HORS_FRANCE",
            "--identifier",
            "DE123456789",
            "--name",
            "Bäckerei",
            "--address",
            "Unter den Linden 1",
            "--postcode",
            "D-10115",
            "--city",
            "Berlin",
            "--country",
            "de",
        ],
    )
    .ok();
});
