//! Attachments and roles: requests, decisions, role changes, removal, transfer, invariants.

use crate::harness::*;
use crate::scenario;

const LEA: &str = "lea@example.fr";

fn request(env: &Env, who: &str) -> String {
    env.as_(
        who,
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
    .json()["id"]
        .to_string()
}

fn principals(env: &Env, structure: &str) -> Vec<String> {
    let s = env
        .op(&["structure", "show", structure, "--format", "json"])
        .ok()
        .json();
    s["managers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["role"] == "GESTIONNAIRE_PRINCIPAL")
        .map(|m| m["email"].as_str().unwrap().to_string())
        .collect()
}

scenario!(request_rules, |env| {
    delices(env);
    let before = env.snapshot();
    env.op(&["attach", "request", "--structure", DELICES])
        .fails(2, "--as");
    env.as_(
        PIERRE,
        &["attach", "request", "--structure", "99999999999999"],
    )
    .fails(4, "no structure");
    env.as_(MANUELA, &["attach", "request", "--structure", DELICES])
        .fails(5, "already has an attachment");
    assert_eq!(env.snapshot(), before);
    let id = request(env, PIERRE);
    env.as_(PIERRE, &["attach", "request", "--structure", DELICES])
        .fails(5, "EN_COURS_DE_VALIDATION");
    // Users see their own requests; managers their structures'.
    let mine = env
        .as_(PIERRE, &["attach", "list", "--format", "json"])
        .ok()
        .json();
    assert_eq!(mine.as_array().unwrap().len(), 1);
    assert_eq!(mine[0]["id"].to_string(), id);
    let theirs = env
        .as_(
            MANUELA,
            &["attach", "list", "--structure", DELICES, "--format", "json"],
        )
        .ok()
        .json();
    assert_eq!(theirs.as_array().unwrap().len(), 2);
    env.signup(LEA);
    assert_eq!(
        env.as_(LEA, &["attach", "list", "--format", "json"])
            .ok()
            .json(),
        serde_json::json!([])
    );
});

scenario!(decisions_belong_to_managers, |env| {
    delices(env);
    env.signup(LEA);
    let id = request(env, PIERRE);
    let before = env.snapshot();
    // An outsider cannot tell an existing request from a missing one, nor learn its structure.
    for verb in [
        &["accept", &id, "--role", "user"][..],
        &["refuse", &id, "--reason", "x"],
    ] {
        let out = env
            .as_(LEA, &[&["attach"][..], verb].concat())
            .fails(4, &format!("no attachment request {id}"));
        assert!(!out.stderr.contains(DELICES), "{}", out.stderr);
    }
    env.as_(PIERRE, &["attach", "accept", &id, "--role", "user"])
        .fails(6, "only a manager");
    env.as_(MANUELA, &["attach", "accept", &id, "--role", "principal"])
        .fails(6, "only the operator");
    env.as_(MANUELA, &["attach", "accept", &id, "--role", "boss"])
        .fails(2, "GESTIONNAIRE_PRINCIPAL");
    env.as_(MANUELA, &["attach", "accept", "999", "--role", "user"])
        .fails(4, "no attachment request 999");
    env.as_(MANUELA, &["attach", "refuse", &id, "--reason", "  "])
        .fails(3, "reason must not be empty");
    assert_eq!(env.snapshot(), before);
    let refused = env
        .as_(
            MANUELA,
            &[
                "attach", "refuse", &id, "--reason", "Inconnu", "--format", "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(refused["status"], "REFUSEE");
    assert_eq!(refused["reason"], "Inconnu");
    assert_eq!(refused["decided_by"], MANUELA);
    env.as_(MANUELA, &["attach", "accept", &id, "--role", "user"])
        .fails(5, "not EN_COURS_DE_VALIDATION");
    // A refused user may ask again.
    let again = request(env, PIERRE);
    env.as_(MANUELA, &["attach", "accept", &again, "--role", "user"])
        .ok();
});

scenario!(operator_appoints_a_principal_only_where_none, |env| {
    chambery(env);
    env.signup(LEA);
    env.signup(PIERRE);
    let lea = env
        .as_(
            LEA,
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
        .json()["id"]
        .to_string();
    let pierre = env
        .as_(
            PIERRE,
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
        .json()["id"]
        .to_string();
    env.op(&["attach", "accept", &lea, "--role", "principal"])
        .ok();
    assert_eq!(principals(env, CHAMBERY), [LEA]);
    let before = env.snapshot();
    env.op(&["attach", "accept", &pierre, "--role", "principal"])
        .fails(5, "already has a principal");
    assert_eq!(env.snapshot(), before);
});

scenario!(roles_change_but_the_principal_only_by_transfer, |env| {
    delices_with_pierre(env);
    attach_user(env, LEA);
    let before = env.snapshot();
    env.as_(
        PIERRE,
        &[
            "attach",
            "set-role",
            "--structure",
            DELICES,
            "--account",
            MANUELA,
            "--role",
            "user",
        ],
    )
    .fails(3, "principal_by_transfer");
    env.as_(
        PIERRE,
        &[
            "attach",
            "set-role",
            "--structure",
            DELICES,
            "--account",
            LEA,
            "--role",
            "principal",
        ],
    )
    .fails(3, "transfer");
    env.as_(
        LEA,
        &[
            "attach",
            "set-role",
            "--structure",
            DELICES,
            "--account",
            LEA,
            "--role",
            "secondary",
        ],
    )
    .fails(6, "only a manager");
    env.as_(
        PIERRE,
        &[
            "attach",
            "set-role",
            "--structure",
            DELICES,
            "--account",
            LEA,
            "--role",
            "user",
        ],
    )
    .fails(5, "already is UTILISATEUR_SIMPLE");
    env.as_(
        PIERRE,
        &[
            "attach",
            "set-role",
            "--structure",
            DELICES,
            "--account",
            "ghost@example.fr",
            "--role",
            "user",
        ],
    )
    .fails(4, "no account");
    assert_eq!(env.snapshot(), before);
    let out = env
        .as_(
            PIERRE,
            &[
                "attach",
                "set-role",
                "--structure",
                DELICES,
                "--account",
                LEA,
                "--role",
                "secondary",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(out["role"], "GESTIONNAIRE_SECONDAIRE");
    assert_eq!(principals(env, DELICES), [MANUELA]);
});

scenario!(removal_rules, |env| {
    delices_with_pierre(env);
    attach_user(env, LEA);
    let before = env.snapshot();
    env.as_(
        PIERRE,
        &[
            "attach",
            "remove",
            "--structure",
            DELICES,
            "--account",
            MANUELA,
        ],
    )
    .fails(3, "principal_cannot_leave");
    env.as_(MANUELA, &["attach", "remove", "--structure", DELICES])
        .fails(3, "transfer the role first");
    env.as_(
        LEA,
        &[
            "attach",
            "remove",
            "--structure",
            DELICES,
            "--account",
            PIERRE,
        ],
    )
    .fails(6, "only a manager");
    assert_eq!(env.snapshot(), before);
    // A user detaches themselves; a manager detaches others.
    let out = env
        .as_(
            LEA,
            &[
                "attach",
                "remove",
                "--structure",
                DELICES,
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(out["status"], "DESACTIVEE");
    env.as_(LEA, &["attach", "remove", "--structure", DELICES])
        .fails(4, "not attached");
    env.as_(
        MANUELA,
        &[
            "attach",
            "remove",
            "--structure",
            DELICES,
            "--account",
            PIERRE,
        ],
    )
    .ok();
    assert_eq!(
        env.as_(
            PIERRE,
            &["structure", "space", "list", DELICES, "--format", "json"]
        )
        .ok()
        .json()[0]["access"],
        serde_json::Value::Null
    );
});

scenario!(transfer_rules, |env| {
    delices_with_pierre(env);
    env.signup(LEA);
    let before = env.snapshot();
    // Without a terminal the confirmation is a usage error, never a hang.
    env.as_(
        MANUELA,
        &["attach", "transfer", "--structure", DELICES, "--to", PIERRE],
    )
    .fails(2, "--yes");
    env.as_(
        PIERRE,
        &[
            "attach",
            "transfer",
            "--structure",
            DELICES,
            "--to",
            PIERRE,
            "--yes",
        ],
    )
    .fails(6, "principal manager");
    env.as_(
        MANUELA,
        &[
            "attach",
            "transfer",
            "--structure",
            DELICES,
            "--to",
            LEA,
            "--yes",
        ],
    )
    .fails(3, "must already be attached");
    env.as_(
        MANUELA,
        &[
            "attach",
            "transfer",
            "--structure",
            DELICES,
            "--to",
            MANUELA,
            "--yes",
        ],
    )
    .fails(5, "already is the principal");
    assert_eq!(env.snapshot(), before);
    env.as_(
        MANUELA,
        &[
            "attach",
            "transfer",
            "--structure",
            DELICES,
            "--to",
            PIERRE,
            "--yes",
        ],
    )
    .ok();
    assert_eq!(principals(env, DELICES), [PIERRE]);
    // Manuela is now secondary: she may no longer transfer or deactivate.
    env.as_(
        MANUELA,
        &[
            "attach",
            "transfer",
            "--structure",
            DELICES,
            "--to",
            MANUELA,
            "--yes",
        ],
    )
    .fails(6, "principal manager");
    env.as_(MANUELA, &["structure", "deactivate", DELICES])
        .fails(6, "principal manager");
    // The operator may transfer too.
    env.op(&[
        "attach",
        "transfer",
        "--structure",
        DELICES,
        "--to",
        MANUELA,
        "--yes",
    ])
    .ok();
    assert_eq!(principals(env, DELICES), [MANUELA]);
});
