//! Hostile text on the way out: escape sequences shown escaped in tables and messages, formula
//! cells neutralised in CSV, JSON exact; a CSV export imports back unchanged.

use crate::harness::*;
use crate::scenario;

/// Retitles the terminal window, then clears the screen, when printed raw.
const ESCAPES: &str = "\x1b]0;pwned\x07Délices\x1b[2J";
const FORMULA: &str = "=HYPERLINK(\"http://evil.example\",\"clic\")";

fn hostile(env: &Env) {
    env.signup(MANUELA);
    env.as_(
        MANUELA,
        &[
            "structure",
            "create",
            "--identifier",
            DELICES,
            "--name",
            ESCAPES,
            "--label",
            FORMULA,
            "--address",
            "+cmd|' /C calc'!A0",
            "--postcode",
            "73000",
            "--city",
            "Chambéry",
        ],
    )
    .ok();
}

scenario!(
    hostile_names_are_escaped_on_tables_and_neutralised_in_csv,
    |env| {
        hostile(env);
        let show = |format: &str| env.op(&["structure", "show", DELICES, "--format", format]);
        let table = show("table").ok().stdout;
        assert!(
            !table.contains('\x1b') && !table.contains('\x07'),
            "{table}"
        );
        assert!(
            table.contains("\\u{1b}]0;pwned\\u{7}Délices\\u{1b}[2J"),
            "{table}"
        );
        let list = env
            .op(&["structure", "search", "--format", "table"])
            .ok()
            .stdout;
        assert!(
            !list.contains('\x1b') && list.contains("\\u{1b}]0;pwned"),
            "{list}"
        );

        let csv = show("csv").ok().stdout;
        assert!(
            csv.contains("\"'=HYPERLINK(\"\"http://evil.example"),
            "{csv}"
        );
        assert!(csv.contains("'+cmd|"), "{csv}");
        assert!(
            csv.contains(",73000,"),
            "a number-like cell is untouched: {csv}"
        );
        // JSON and NDJSON carry the text exactly.
        let json = show("json").ok().json();
        assert_eq!(json["name"], ESCAPES);
        assert_eq!(json["label"], FORMULA);
        let ndjson: serde_json::Value = serde_json::from_str(&show("ndjson").ok().stdout).unwrap();
        assert_eq!(ndjson["address"]["line"], "+cmd|' /C calc'!A0");
    }
);

scenario!(hostile_names_are_escaped_in_messages, |env| {
    // A public body whose name carries escape sequences, quoted by a refusal.
    env.op(&[
        "structure",
        "create",
        "--public",
        "--identifier",
        CHAMBERY,
        "--name",
        ESCAPES,
        "--address",
        "Place",
        "--postcode",
        "73000",
        "--city",
        "Chambéry",
    ])
    .ok();
    env.signup(MANUELA);
    let args = [
        "structure",
        "create",
        "--identifier",
        CHAMBERY,
        "--name",
        "X",
        "--address",
        "1 rue",
        "--postcode",
        "73000",
        "--city",
        "Chambéry",
    ];
    let refused = env.as_(MANUELA, &args).fails(5, "identifier_public");
    assert!(!refused.stderr.contains('\x1b'), "{}", refused.stderr);
    assert!(
        refused.stderr.contains("\\u{1b}]0;pwned\\u{7}"),
        "{}",
        refused.stderr
    );
    // In JSON the message is exact (JSON escapes control characters itself).
    let json_args = [&args[..], &["--format", "json"]].concat();
    let refused = env.as_(MANUELA, &json_args).fails(5, "identifier_public");
    let error: serde_json::Value = serde_json::from_str(refused.stderr.trim()).unwrap();
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .contains(ESCAPES)
    );
});

scenario!(a_csv_export_with_formulas_imports_back_unchanged, |env| {
    let rows = [
        serde_json::json!({"identifier": CHAMBERY, "name": FORMULA, "city": "-Chambéry",
            "service_code": "ECOLES", "service_name": "@SUM(A1)"}),
        serde_json::json!({"identifier": "21290019500018", "name": "'=already quoted",
            "city": "Brest"}),
    ];
    let ndjson: String = rows.iter().map(|r| format!("{r}\n")).collect();
    let path = env.write("hostile.ndjson", ndjson.as_bytes());
    env.op(&["directory", "import", &path]).ok();
    let before = env
        .op(&["directory", "export", "--format", "json"])
        .ok()
        .stdout;
    let csv = env
        .op(&["directory", "export", "--format", "csv"])
        .ok()
        .stdout;
    assert!(csv.contains("\"'=HYPERLINK("), "{csv}");
    assert!(
        csv.contains(",'-Chambéry,") && csv.contains(",'@SUM(A1),"),
        "{csv}"
    );
    assert!(csv.contains(",''=already quoted,"), "{csv}");
    let path = env.write("export.csv", csv.as_bytes());
    let report = env
        .op(&["directory", "import", &path, "--format", "json"])
        .ok()
        .json();
    assert_eq!(
        (report["unchanged"].as_i64(), report["updated"].as_i64()),
        (Some(2), Some(0))
    );
    assert_eq!(report["services_updated"], 0);
    let after = env
        .op(&["directory", "export", "--format", "json"])
        .ok()
        .stdout;
    assert_eq!(after, before);
});
