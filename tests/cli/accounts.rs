//! Accounts: sign-up, activation, identity, profile, password, deactivation.

use crate::harness::*;
use crate::scenario;

const LEA: &str = "lea@example.fr";

fn create(env: &Env, email: &str, extra: &[&str]) -> Run {
    let mut args = vec![
        "account",
        "create",
        "--email",
        email,
        "--first-name",
        "Léa",
        "--last-name",
        "Martin",
    ];
    args.extend(extra);
    args.extend(["--format", "json"]);
    env.op(&args)
}

scenario!(create_gives_a_pending_account_and_a_token, |env| {
    let out = create(
        env,
        LEA,
        &["--siret", DELICES, "--phone", "+33 4 79 00 00 00"],
    )
    .ok()
    .json();
    assert_eq!(out["status"], "PENDING_ACTIVATION");
    assert_eq!(out["siret"], DELICES);
    // The token is kept as the pending notification, as the portal would e-mail it.
    let token = env.activation_token(LEA);
    assert_eq!(token.len(), 32);
    // The local store's owner gets it at once; an anonymous remote sign-up never does.
    if env.is_remote() {
        assert!(out.get("activation_token").is_none(), "{out}");
    } else {
        assert_eq!(out["activation_token"], token.as_str());
    }
    let token = token.as_str();
    // …and never shown again by `account show`.
    let shown = env.op(&["account", "show", LEA, "--format", "json"]).ok();
    assert!(!shown.stdout.contains(token));
});

scenario!(create_refuses_duplicates_and_bad_data, |env| {
    create(env, LEA, &["--no-siret"]).ok();
    let before = env.snapshot();
    create(env, "LEA@example.fr", &["--no-siret"]).fails(5, "already exists");
    create(env, "lea.example.fr", &["--no-siret"]).fails(3, "e-mail");
    create(env, "paul@example.fr", &["--siret", "73282932000075"]).fails(3, "check digit");
    create(env, "paul@example.fr", &["--siret", "7328293200007"]).fails(3, "14 digits");
    create(
        env,
        "paul@example.fr",
        &["--no-siret", "--phone", "call me"],
    )
    .fails(3, "phone");
    create(env, "paul@example.fr", &[]).fails(2, "--siret");
    create(env, "paul@example.fr", &["--siret", DELICES, "--no-siret"])
        .fails(2, "cannot be used with");
    assert_eq!(env.snapshot(), before);
});

scenario!(all_violations_are_reported_at_once, |env| {
    let out = env.op(&[
        "account",
        "create",
        "--email",
        "bad",
        "--first-name",
        " ",
        "--last-name",
        "X",
        "--siret",
        "123",
        "--format",
        "json",
    ]);
    assert_eq!(out.code, 3);
    let err: serde_json::Value =
        serde_json::from_str(out.stderr.trim()).expect("JSON error on stderr");
    assert_eq!(err["error"]["kind"], "invalid");
    let rules: Vec<&str> = err["error"]["details"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap())
        .collect();
    assert_eq!(
        rules,
        ["email_format", "first_name_required", "siret_format"]
    );
});

scenario!(activation_rules, |env| {
    create(env, LEA, &["--no-siret"]).ok();
    let token = env.activation_token(LEA);
    let activate = |token: &str, password: &str| {
        env.with_stdin(
            None,
            &[
                "account",
                "activate",
                "--email",
                LEA,
                "--token",
                token,
                "--password-stdin",
            ],
            password,
        )
    };
    let before = env.snapshot();
    activate("0000", "secret password 1\n").fails(6, "activation token");
    activate(&token, "short1\n").fails(3, "at least 10 characters");
    activate(&token, "no digits in here\n").fails(3, "password_policy");
    activate(&token, "").fails(2, "stdin");
    // No terminal and no --password-stdin: a usage error, never a hang.
    env.op(&["account", "activate", "--email", LEA, "--token", &token])
        .fails(2, "--password-stdin");
    env.with_stdin(
        None,
        &[
            "account",
            "activate",
            "--email",
            "nobody@example.fr",
            "--token",
            &token,
            "--password-stdin",
        ],
        "secret password 1\n",
    )
    .fails(4, "no account");
    assert_eq!(env.snapshot(), before);
    // A pending account cannot act yet.
    let refused = if env.is_remote() {
        "token_invalid"
    } else {
        "PENDING_ACTIVATION"
    };
    env.as_(LEA, &["account", "show"]).fails(6, refused);

    activate(&token, "secret password 1\n").ok();
    activate(&token, "secret password 1\n").fails(5, "already active");
    let me = env
        .as_(LEA, &["account", "show", "--format", "json"])
        .ok()
        .json();
    assert_eq!(me["status"], "ACTIVE");
});

scenario!(security_question_needs_an_answer, |env| {
    create(env, LEA, &["--no-siret"]).ok();
    let token = env.activation_token(LEA);
    let args = [
        "account",
        "activate",
        "--email",
        LEA,
        "--token",
        &token,
        "--password-stdin",
        "--security-question",
        "Town of birth?",
        "--format",
        "json",
    ];
    env.with_stdin(None, &args, "secret password 1\n")
        .fails(2, "stdin");
    env.with_stdin(None, &args, "secret password 1\n \n")
        .fails(3, "security_answer_required");
    let out = env
        .with_stdin(None, &args, "secret password 1\nAnnecy\n")
        .ok()
        .json();
    assert_eq!(out["security_question"], "Town of birth?");
    assert!(!out.to_string().contains("Annecy"));
});

scenario!(acting_account_must_exist_and_be_active, |env| {
    // On a remote store an account that cannot act cannot sign in either: it has no token.
    let refused = |local| {
        if env.is_remote() {
            "token_invalid"
        } else {
            local
        }
    };
    env.as_("ghost@example.fr", &["structure", "search"])
        .fails(6, refused("no account ghost@example.fr"));
    env.signup(LEA);
    env.as_(LEA, &["account", "deactivate", "--yes"]).ok();
    // Remotely, deactivation revoked its tokens.
    let refused = if env.is_remote() {
        "token_revoked"
    } else {
        "INACTIVE"
    };
    env.as_(LEA, &["account", "show"]).fails(6, refused);
});

scenario!(show_and_list_follow_visibility, |env| {
    delices_with_pierre(env);
    env.signup(LEA);
    // Managers see the accounts attached to their structures, and themselves.
    let seen = env
        .as_(MANUELA, &["account", "list", "--format", "json"])
        .ok()
        .json();
    let emails: Vec<&str> = seen
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["email"].as_str().unwrap())
        .collect();
    assert_eq!(emails, [MANUELA, PIERRE]);
    env.as_(MANUELA, &["account", "show", PIERRE]).ok();
    env.as_(MANUELA, &["account", "show", LEA])
        .fails(4, "no account");
    // A lone user sees only themselves; the operator sees everyone.
    let lone = env
        .as_(LEA, &["account", "list", "--format", "json"])
        .ok()
        .json();
    assert_eq!(lone.as_array().unwrap().len(), 1);
    assert_eq!(
        env.op(&["account", "list", "--format", "json"])
            .ok()
            .json()
            .as_array()
            .unwrap()
            .len(),
        // A remote store's operator is an account too.
        3 + usize::from(env.is_remote())
    );
    env.op(&["account", "show"])
        .fails(2, "operator has no account");
});

scenario!(update_profile, |env| {
    env.signup(LEA);
    env.signup(PIERRE);
    let out = env
        .as_(
            LEA,
            &[
                "account",
                "update",
                "--last-name",
                "Martin-Dupont",
                "--phone",
                "04 79 00 00 00",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(out["last_name"], "Martin-Dupont");
    assert_eq!(out["phone"], "04 79 00 00 00");
    let cleared = env
        .as_(
            LEA,
            &["account", "update", "--phone", "", "--format", "json"],
        )
        .ok()
        .json();
    assert_eq!(cleared["phone"], serde_json::Value::Null);
    let before = env.snapshot();
    env.as_(
        PIERRE,
        &["account", "update", "--email", LEA, "--first-name", "X"],
    )
    .fails(6, "only lea@example.fr");
    env.as_(LEA, &["account", "update"])
        .fails(2, "nothing to update");
    env.as_(LEA, &["account", "update", "--first-name", ""])
        .fails(3, "first name must not be empty");
    assert_eq!(env.snapshot(), before);
    env.op(&["account", "update", "--email", LEA, "--first-name", "Léa"])
        .ok();
});

scenario!(password_change_needs_the_old_one, |env| {
    env.signup(LEA);
    let before = env.snapshot();
    env.with_stdin(
        Some(LEA),
        &["account", "password", "--password-stdin"],
        "wrong password 9\nnew password 2\n",
    )
    .fails(6, "wrong");
    env.with_stdin(
        Some(LEA),
        &["account", "password", "--password-stdin"],
        "secret password 1\nweak\n",
    )
    .fails(3, "password_policy");
    env.as_(LEA, &["account", "password"])
        .fails(2, "--password-stdin");
    assert_eq!(env.snapshot(), before);
    env.with_stdin(
        Some(LEA),
        &["account", "password", "--password-stdin"],
        "secret password 1\nnew password 2\n",
    )
    .ok();
    // The old password no longer works.
    env.with_stdin(
        Some(LEA),
        &["account", "password", "--password-stdin"],
        "secret password 1\nother password 3\n",
    )
    .fails(6, "wrong");
});

scenario!(deactivation_needs_confirmation, |env| {
    env.signup(LEA);
    env.signup(PIERRE);
    let before = env.snapshot();
    env.as_(LEA, &["account", "deactivate"]).fails(2, "--yes");
    env.as_(PIERRE, &["account", "deactivate", LEA, "--yes"])
        .fails(6, "only lea@example.fr");
    assert_eq!(env.snapshot(), before);
    let out = env
        .op(&["account", "deactivate", LEA, "--yes", "--format", "json"])
        .ok()
        .json();
    assert_eq!(out["status"], "INACTIVE");
    env.op(&["account", "deactivate", LEA, "--yes"])
        .fails(5, "already deactivated");
});

scenario!(one_address_has_one_account_whatever_its_spelling, |env| {
    create(env, "kim@example.fr", &["--no-siret"]).ok();
    create(env, "Élodie@example.fr", &["--no-siret"]).ok();
    create(env, "ana@café.fr", &["--no-siret"]).ok();
    let before = env.snapshot();
    for spelling in [
        "KIM@EXAMPLE.FR",
        "\u{212A}im@example.fr",    // Kelvin sign
        "\u{FF4B}im@example.fr",    // full-width k
        "élodie@example.fr",        // lower case
        "E\u{301}lodie@example.fr", // decomposed accent
        "ana@xn--caf-dma.fr",       // the ASCII form of café.fr
    ] {
        create(env, spelling, &["--no-siret"]).fails(5, "email_taken");
    }
    for spelling in [
        "k\u{200B}im@example.fr",
        "ki\u{AD}m@example.fr",
        "kim\u{202E}@example.fr",
    ] {
        create(env, spelling, &["--no-siret"]).fails(3, "email_invisible_character");
    }
    create(env, "kim@exa_mple.fr", &["--no-siret"]).fails(3, "host name");
    assert_eq!(env.snapshot(), before);
    // Stored and shown in the one canonical form.
    let shown = env
        .op(&[
            "account",
            "show",
            "\u{212A}IM@example.fr",
            "--format",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(shown["email"], "kim@example.fr");
    let shown = env
        .op(&["account", "show", "ana@CAFÉ.fr", "--format", "json"])
        .ok()
        .json();
    assert_eq!(shown["email"], "ana@xn--caf-dma.fr");
    // Signing in (or --as) with any spelling acts as the one account.
    env.signup("lea@example.fr");
    let me = env
        .as_("LEA@Example.FR", &["account", "show", "--format", "json"])
        .ok()
        .json();
    assert_eq!(me["email"], "lea@example.fr");
});
