//! Services and the habilitations of users on them.

use crate::harness::*;
use crate::scenario;

const LEA: &str = "lea@example.fr";

fn create(env: &Env, who: &str, code: &str) -> Run {
    env.as_(
        who,
        &[
            "service",
            "create",
            "--structure",
            DELICES,
            "--code",
            code,
            "--name",
            "Traiteur",
            "--format",
            "json",
        ],
    )
}

scenario!(creation_rules, |env| {
    delices(env);
    attach_user(env, LEA);
    let before = env.snapshot();
    create(env, LEA, "TRAITEUR").fails(6, "only a manager");
    create(env, MANUELA, "traiteur").fails(3, "service_code_format");
    create(env, MANUELA, "TRAI TEUR").fails(3, "A-Z 0-9 _ -");
    create(env, MANUELA, &"X".repeat(101)).fails(3, "1-100 characters");
    env.as_(
        MANUELA,
        &[
            "service",
            "create",
            "--structure",
            DELICES,
            "--code",
            "A",
            "--name",
            "",
        ],
    )
    .fails(3, "name must not be empty");
    assert_eq!(env.snapshot(), before);
    let s = env
        .as_(
            MANUELA,
            &[
                "service",
                "create",
                "--structure",
                DELICES,
                "--code",
                "TRAITEUR",
                "--name",
                "Traiteur",
                "--engagement-required",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(s["active"], true);
    assert_eq!(s["engagement_required"], true);
    assert_eq!(s["structure"], DELICES);
    create(env, MANUELA, "TRAITEUR").fails(5, "already has a service TRAITEUR");
    env.op(&["service", "show", "--structure", DELICES, "NOPE"])
        .fails(4, "no service NOPE");
});

scenario!(update_and_status, |env| {
    delices(env);
    create(env, MANUELA, "TRAITEUR").ok();
    let s = env
        .as_(
            MANUELA,
            &[
                "service",
                "update",
                "--structure",
                DELICES,
                "TRAITEUR",
                "--name",
                "Traiteur et réceptions",
                "--payment-status-not-reported",
                "true",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(s["name"], "Traiteur et réceptions");
    assert_eq!(s["payment_status_not_reported"], true);
    env.as_(
        MANUELA,
        &["service", "update", "--structure", DELICES, "TRAITEUR"],
    )
    .fails(2, "nothing to update");
    env.as_(
        MANUELA,
        &["service", "activate", "--structure", DELICES, "TRAITEUR"],
    )
    .fails(5, "already active");
    let off = env
        .as_(
            MANUELA,
            &[
                "service",
                "deactivate",
                "--structure",
                DELICES,
                "TRAITEUR",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(off["active"], false);
    let list = env
        .op(&[
            "service",
            "list",
            "--structure",
            DELICES,
            "--format",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(list[0]["active"], false);
    env.as_(
        MANUELA,
        &["service", "activate", "--structure", DELICES, "traiteur"],
    )
    .ok();
});

scenario!(grant_rules, |env| {
    delices(env);
    attach_user(env, LEA);
    create(env, MANUELA, "TRAITEUR").ok();
    create(env, MANUELA, "CANTINE").ok();
    env.as_(
        MANUELA,
        &["service", "deactivate", "--structure", DELICES, "CANTINE"],
    )
    .ok();
    let before = env.snapshot();
    let grant = |who: &str, service: &str, account: &str| {
        env.as_(
            who,
            &[
                "service",
                "grant",
                "--structure",
                DELICES,
                "--service",
                service,
                "--account",
                account,
            ],
        )
    };
    grant(LEA, "TRAITEUR", LEA).fails(6, "only a manager");
    grant(MANUELA, "TRAITEUR", PIERRE).fails(3, "grant_target_not_attached");
    grant(MANUELA, "CANTINE", LEA).fails(3, "service_inactive");
    grant(MANUELA, "NOPE", LEA).fails(4, "no service NOPE");
    env.as_(
        MANUELA,
        &[
            "service",
            "revoke",
            "--structure",
            DELICES,
            "--service",
            "TRAITEUR",
            "--account",
            LEA,
        ],
    )
    .fails(4, "does not hold");
    assert_eq!(env.snapshot(), before);
    grant(MANUELA, "TRAITEUR", LEA).ok();
    grant(MANUELA, "TRAITEUR", LEA).fails(5, "already holds");
    let shown = env
        .op(&[
            "service",
            "show",
            "--structure",
            DELICES,
            "TRAITEUR",
            "--format",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(shown["grants"], serde_json::json!([LEA]));
    env.as_(
        MANUELA,
        &[
            "service",
            "revoke",
            "--structure",
            DELICES,
            "--service",
            "TRAITEUR",
            "--account",
            LEA,
        ],
    )
    .ok();
    let shown = env
        .op(&[
            "service",
            "show",
            "--structure",
            DELICES,
            "TRAITEUR",
            "--format",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(shown["grants"], serde_json::json!([]));
    // Detaching a user withdraws their grants.
    grant(MANUELA, "TRAITEUR", LEA).ok();
    env.as_(LEA, &["attach", "remove", "--structure", DELICES])
        .ok();
    let shown = env
        .op(&[
            "service",
            "show",
            "--structure",
            DELICES,
            "TRAITEUR",
            "--format",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(shown["grants"], serde_json::json!([]));
});
