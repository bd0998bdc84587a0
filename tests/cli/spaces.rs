//! Spaces: opening and closing, access requests and the habilitations they grant.

use crate::harness::*;
use crate::scenario;

const LEA: &str = "lea@example.fr";

fn access(env: &Env, who: &str, space: &str) -> serde_json::Value {
    let list = env
        .as_(
            who,
            &["structure", "space", "list", DELICES, "--format", "json"],
        )
        .ok()
        .json();
    list.as_array()
        .unwrap()
        .iter()
        .find(|s| s["code"] == space)
        .expect("space listed")["access"]
        .clone()
}

scenario!(open_and_close, |env| {
    delices(env);
    attach_user(env, LEA);
    let before = env.snapshot();
    env.as_(
        LEA,
        &["structure", "space", "open", DELICES, "works-invoices"],
    )
    .fails(6, "only a manager");
    env.as_(MANUELA, &["structure", "space", "open", DELICES, "nowhere"])
        .fails(3, "unknown_space");
    env.as_(
        MANUELA,
        &["structure", "space", "open", DELICES, "invoices-issued"],
    )
    .fails(5, "already open");
    env.as_(
        MANUELA,
        &["structure", "space", "close", DELICES, "manager"],
    )
    .fails(3, "space_not_closable");
    assert_eq!(env.snapshot(), before);
    let s = env
        .as_(
            MANUELA,
            &[
                "structure",
                "space",
                "open",
                DELICES,
                "works-invoices",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(s["open"], true);
    assert_eq!(s["access"], "modify");
    env.as_(
        MANUELA,
        &["structure", "space", "close", DELICES, "works-invoices"],
    )
    .ok();
    assert_eq!(
        access(env, MANUELA, "works-invoices"),
        serde_json::Value::Null
    );
});

scenario!(users_request_access, |env| {
    delices(env);
    attach_user(env, LEA);
    assert_eq!(access(env, LEA, "invoices-issued"), serde_json::Value::Null);
    let before = env.snapshot();
    env.as_(
        PIERRE,
        &["structure", "space", "request", DELICES, "invoices-issued"],
    )
    .fails(6, "not attached");
    env.as_(
        MANUELA,
        &["structure", "space", "request", DELICES, "invoices-issued"],
    )
    .fails(3, "managers_hold_all_spaces");
    env.as_(
        LEA,
        &["structure", "space", "request", DELICES, "works-invoices"],
    )
    .fails(3, "space_closed");
    env.as_(
        LEA,
        &[
            "structure",
            "space",
            "request",
            DELICES,
            "invoices-issued",
            "--mode",
            "write",
        ],
    )
    .fails(2, "consult, modify");
    assert_eq!(env.snapshot(), before);
    let req = env
        .as_(
            LEA,
            &[
                "structure",
                "space",
                "request",
                DELICES,
                "invoices-issued",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(req["mode"], "consult");
    assert_eq!(req["status"], "EN_COURS_DE_VALIDATION");
    let id = req["id"].to_string();
    env.as_(
        LEA,
        &["structure", "space", "request", DELICES, "invoices-issued"],
    )
    .fails(5, "pending request");
    env.as_(LEA, &["structure", "space", "accept", &id])
        .fails(6, "only a manager");
    // Managers list all requests; users their own.
    let listed = env
        .as_(
            MANUELA,
            &[
                "structure",
                "space",
                "requests",
                DELICES,
                "--status",
                "pending",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(listed.as_array().unwrap().len(), 1);
    env.as_(MANUELA, &["structure", "space", "accept", &id])
        .ok();
    env.as_(MANUELA, &["structure", "space", "refuse", &id])
        .fails(5, "not EN_COURS_DE_VALIDATION");
    assert_eq!(access(env, LEA, "invoices-issued"), "consult");
    env.as_(
        LEA,
        &["structure", "space", "request", DELICES, "invoices-issued"],
    )
    .fails(5, "already holds");
    // Upgrading to modify is a new request; a refusal leaves the consult access.
    let up = env
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
        .json()["id"]
        .to_string();
    env.as_(MANUELA, &["structure", "space", "refuse", &up])
        .ok();
    assert_eq!(access(env, LEA, "invoices-issued"), "consult");
    let up = env
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
        .json()["id"]
        .to_string();
    env.as_(MANUELA, &["structure", "space", "accept", &up])
        .ok();
    assert_eq!(access(env, LEA, "invoices-issued"), "modify");
    // Closing the space withdraws access; managers keep modify on every open space.
    env.as_(
        MANUELA,
        &["structure", "space", "close", DELICES, "invoices-issued"],
    )
    .ok();
    assert_eq!(access(env, LEA, "invoices-issued"), serde_json::Value::Null);
    assert_eq!(access(env, MANUELA, "tickets-issued"), "modify");
});
