//! The public directory: import (every header variant, bad rows, --full, --atomic), lookup,
//! accent-insensitive search, export/import round trip, and the routing check.

use crate::harness::*;
use crate::scenario;

const BREST: &str = "21290019500018";
const GUINGAMP: &str = "21220070300016";

/// A directory in the official API's field names, `;`-separated, with a BOM, French dates.
fn official_csv() -> String {
    [
        "\u{feff}identifiantStructure;designationStructure;libelleStructure;statut;adresseCodePostal;adresseVille;codeServiceDoitEtreRenseigne;numeroEJDoitEtreRenseigne;gestionNumeroEJOuCodeService;codeService;libelleService;estActif;numeroEngagement;dateDbtService;dateFinService",
        &format!("{BREST};COMMUNE DE BREST;;ACTIF;29200;Brest;oui;non;non;VOIRIE;Voirie et réseaux;oui;non;;"),
        &format!("{BREST};COMMUNE DE BREST;;ACTIF;29200;Brest;oui;non;non;ECOLES;Écoles;oui;oui;01/01/2020;31/12/2025"),
        &format!("{GUINGAMP};MAIRIE DE GUINGAMP;Côtes-d'Armor;ACTIF;22200;Guingamp;non;oui;non;;;;;;"),
        "",
    ]
    .join("\n")
}

fn export_json(env: &Env) -> String {
    env.op(&["directory", "export", "--format", "json"])
        .ok()
        .stdout
}

fn import(env: &Env, name: &str, text: &str, flags: &[&str]) -> Run {
    let path = env.write(name, text.as_bytes());
    let mut args = vec!["directory", "import", path.as_str(), "--format", "json"];
    args.extend(flags);
    env.op(&args)
}

scenario!(official_headers_import_then_reimport_unchanged, |env| {
    let report = import(env, "annuaire.csv", &official_csv(), &[])
        .ok()
        .json();
    assert_eq!(report["added"], 2);
    assert_eq!(report["services_added"], 2);
    assert_eq!(report["rejected"].as_array().unwrap().len(), 0);
    let again = import(env, "annuaire.csv", &official_csv(), &[])
        .ok()
        .json();
    assert_eq!(
        (again["added"].as_i64(), again["unchanged"].as_i64()),
        (Some(0), Some(2))
    );
    assert_eq!(again["services_updated"], 0);

    let brest = env
        .op(&["directory", "lookup", BREST, "--format", "json"])
        .ok()
        .json();
    let b = &brest[0];
    assert_eq!(b["found"], true);
    assert_eq!(b["service_required"], true);
    assert_eq!(b["engagement_required"], false);
    let ecoles = &b["services"][0];
    assert_eq!(ecoles["code"], "ECOLES");
    assert_eq!(ecoles["engagement_required"], true);
    assert_eq!(ecoles["valid_from"], "2020-01-01");
    assert_eq!(ecoles["valid_to"], "2025-12-31");
});

scenario!(spreadsheet_zeros_and_other_spellings, |env| {
    // Portal headers, `,`-separated; a 13-digit SIRET is padded back to 14 digits, then checked.
    let csv = "Identifiant,Raison sociale,Code postal,Ville,Code service,Libellé service\n\
               1100020110004,DIRECTION DES ACHATS DE L'ETAT,75012,Paris,SFACETAT,Factures de l'État\n";
    let report = import(env, "portal.csv", csv, &[]);
    // 1100020110004 padded is 01100020110004, which fails its check digit: rejected with its line.
    let r = report.fails(3, "directory_rows_rejected").json();
    assert_eq!(r["rejected"][0]["line"], 2);
    assert!(
        r["rejected"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("01100020110004")
    );

    let csv = "Identifiant,Raison sociale\n2673002800011,OFFICE PUBLIC\n";
    assert_eq!(import(env, "zeros.csv", csv, &[]).ok().json()["added"], 1);
    let found = env
        .op(&[
            "directory",
            "lookup",
            "02673002800011",
            "2673002800011",
            "--format",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(
        found[0]["identifier"], "02673002800011",
        "the leading zero is back"
    );
    assert_eq!(found[1]["found"], true, "lookups restore it too");
    let csv = "identifier,name\n 2.1730065600014E+13,VILLE\n";
    let r = import(env, "sci.csv", csv, &[])
        .fails(3, "directory_rows_rejected")
        .json();
    assert!(
        r["rejected"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("scientific notation")
    );

    // JSON and NDJSON read the same columns.
    let nd = format!(
        "{{\"identifier\":\"{CHAMBERY}\",\"name\":\"VILLE DE CHAMBERY\",\"service_code\":\"CANTINE\",\"service_active\":true}}\n"
    );
    let r = import(env, "d.ndjson", &nd, &[]).ok().json();
    assert_eq!(
        (r["added"].as_i64(), r["services_added"].as_i64()),
        (Some(1), Some(1))
    );
    let lost_zero = env
        .op(&["directory", "lookup", "1730065600014", "--format", "json"])
        .ok()
        .json();
    assert_eq!(
        lost_zero[0]["found"], false,
        "21730065600014 is not 01730065600014"
    );
});

scenario!(
    bad_rows_are_rejected_with_their_line_and_atomic_imports_nothing,
    |env| {
        let csv = format!(
            "identifier,name,service_code,service_active\n\
         {BREST},COMMUNE DE BREST,VOIRIE,true\n\
         21290019500019,BAD CHECK DIGIT,,\n\
         {GUINGAMP},,,\n\
         {BREST},COMMUNE DE BREST,VOIRIE,true\n\
         {BREST},BREST AUTREMENT,RH,true\n\
         {CHAMBERY},VILLE DE CHAMBERY,CANTINE,peut-être\n\
         {CHAMBERY},VILLE DE CHAMBERY\n"
        );
        let before = export_json(env);
        let r = import(env, "bad.csv", &csv, &["--atomic"])
            .fails(3, "nothing was imported")
            .json();
        assert_eq!(r["added"], 0);
        assert_eq!(
            export_json(env),
            before,
            "--atomic left the directory as it was"
        );

        let r = import(env, "bad.csv", &csv, &[])
            .fails(3, "6 row(s) rejected")
            .json();
        let rejected: Vec<(i64, String)> = r["rejected"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| {
                (
                    x["line"].as_i64().unwrap(),
                    x["reason"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let lines: Vec<i64> = rejected.iter().map(|x| x.0).collect();
        assert_eq!(lines, [3, 4, 5, 6, 7, 8], "{rejected:?}");
        assert!(rejected[0].1.contains("check digit"), "{}", rejected[0].1);
        assert!(rejected[1].1.contains("name"), "{}", rejected[1].1);
        assert!(
            rejected[2].1.contains("already on line 2"),
            "{}",
            rejected[2].1
        );
        assert!(
            rejected[3].1.contains("differ from line 2"),
            "{}",
            rejected[3].1
        );
        assert!(
            rejected[4].1.contains("service_active"),
            "{}",
            rejected[4].1
        );
        assert!(rejected[5].1.contains("field(s)"), "{}", rejected[5].1);
        assert_eq!(r["added"], 1, "the good row is imported");

        // The file's shape is checked before anything: an unknown column is a usage error.
        let before = export_json(env);
        import(env, "cols.csv", "identifier,name,colour\n1,2,3\n", &[]).fails(2, "colour");
        import(env, "cols.csv", "name\nX\n", &[]).fails(2, "no identifier column");
        import(env, "cols.csv", "name\nX\n", &["--input-format", "xlsx"]).fails(2, "xlsx");
        assert_eq!(export_json(env), before);
        let r = import(
            env,
            "cols.csv",
            &format!("identifier,name,colour\n{BREST},COMMUNE DE BREST,bleu\n"),
            &["--ignore-unknown-columns"],
        )
        .ok()
        .json();
        assert_eq!(r["unchanged"], 1);
    }
);

scenario!(only_the_operator_imports, |env| {
    delices(env);
    let path = env.write("a.csv", official_csv().as_bytes());
    env.as_(MANUELA, &["directory", "import", &path])
        .fails(6, "operator");
});

/// A private structure made on `identifier` by `who`.
fn squat(env: &Env, who: &str, identifier: &str, extra: &[&str]) -> Run {
    let mut args = vec![
        "structure",
        "create",
        "--identifier",
        identifier,
        "--name",
        "Mairie de Brest (officielle)",
        "--address",
        "1 rue X",
        "--postcode",
        "29200",
        "--city",
        "Brest",
    ];
    args.extend(extra);
    env.as_(who, &args)
}

scenario!(
    a_squatted_public_body_is_taken_back_by_the_directory,
    |env| {
        delices(env);
        let siret_brest = format!("SIRET:{BREST}");
        // Before the directory knows Brest, an account takes its SIRET as a private structure,
        // and the same number under another identifier type.
        squat(env, MANUELA, BREST, &[]).ok();
        squat(env, MANUELA, BREST, &["--identifier-type", "AUTRE"]).ok();
        let r = import(env, "a.csv", &official_csv(), &[]).ok().json();
        assert_eq!(r["rejected"], serde_json::json!([]));
        assert_eq!(r["added"], 1, "Guingamp");
        assert_eq!(r["services_added"], 2);
        let converted = &r["converted"];
        assert_eq!(converted.as_array().unwrap().len(), 1, "{r}");
        assert_eq!(converted[0]["line"], 2);
        assert_eq!(converted[0]["identifier"], BREST);
        assert_eq!(converted[0]["detached"], serde_json::json!([MANUELA]));
        // Brest is the directory's public body, invoiceable, and the squatter lost her hold on it.
        let brest = env
            .op(&["structure", "show", &siret_brest, "--format", "json"])
            .ok()
            .json();
        assert_eq!(brest["structure_type"], "PUBLIQUE");
        assert_eq!(brest["name"], "COMMUNE DE BREST");
        assert_eq!(brest["managers"], serde_json::json!([]));
        let found = env
            .op(&["directory", "lookup", BREST, "--format", "json"])
            .ok()
            .json();
        assert_eq!(found[0]["found"], true);
        // Invoices reach it by its SIRET (the private AUTRE structure does not make it ambiguous).
        env.op(&[
            "directory",
            "check",
            "--recipient",
            BREST,
            "--service",
            "VOIRIE",
        ])
        .ok();
        env.as_(
            MANUELA,
            &[
                "service",
                "create",
                "--structure",
                &siret_brest,
                "--code",
                "X",
                "--name",
                "X",
            ],
        )
        .fails(6, "only a manager");

        // Once the directory knows a public body, no private structure may take its identifier,
        // under another identifier type, nor another establishment of its SIREN.
        let before = env.snapshot();
        squat(env, MANUELA, GUINGAMP, &[]).fails(5, "identifier_public");
        squat(env, MANUELA, GUINGAMP, &["--identifier-type", "AUTRE"])
            .fails(5, "MAIRIE DE GUINGAMP");
        squat(env, MANUELA, "21290019500026", &[]).fails(5, BREST);
        assert_eq!(env.snapshot(), before);
        // The operator still creates public structures, and other SIRETs stay free.
        squat(env, PIERRE, "00123456600006", &[]).ok();
    }
);

scenario!(
    full_import_deactivates_what_is_missing_and_export_tells_what_changed,
    |env| {
        env.op_at(
            "2026-11-01T08:00:00Z",
            &[
                "directory",
                "import",
                &env.write("a.csv", official_csv().as_bytes()),
            ],
        )
        .ok();
        // A week later the directory no longer lists Guingamp, nor Brest's ECOLES service.
        let csv =
            format!("identifier,name,city,service_code\n{BREST},COMMUNE DE BREST,Brest,VOIRIE\n");
        let r = env
            .op_at(
                "2026-11-08T08:00:00Z",
                &[
                    "directory",
                    "import",
                    &env.write("b.csv", csv.as_bytes()),
                    "--full",
                    "--format",
                    "json",
                ],
            )
            .ok()
            .json();
        assert_eq!(
            (
                r["deactivated"].as_i64(),
                r["services_deactivated"].as_i64()
            ),
            (Some(1), Some(1))
        );
        let g = env
            .op(&["directory", "lookup", GUINGAMP, "--format", "json"])
            .ok()
            .json();
        assert_eq!(g[0]["status"], "INACTIF", "never deleted");

        let changed = env
            .op(&[
                "directory",
                "export",
                "--changed-since",
                "2026-11-05",
                "--format",
                "ndjson",
            ])
            .ok()
            .stdout;
        let rows: Vec<serde_json::Value> = changed
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        // Brest (its ECOLES service) and Guingamp (deactivated), with all their services.
        let ids: Vec<&str> = rows
            .iter()
            .map(|r| r["identifier"].as_str().unwrap())
            .collect();
        assert_eq!(ids, [GUINGAMP, BREST, BREST]);
        assert_eq!(rows[0]["status"], "INACTIF");
        assert_eq!(rows[1]["service_code"], "ECOLES");
        assert_eq!(rows[1]["service_active"], false);
        // A bad row is no reason to deactivate what it names, nor that structure's services.
        let csv = format!(
            "identifier,name,city,service_code,service_active\n\
             {BREST},COMMUNE DE BREST,Brest,VOIRIE,peut-être\n\
             {GUINGAMP},MAIRIE DE GUINGAMP,,,\n"
        );
        let c = env.write("c.csv", csv.as_bytes());
        let r = env
            .op_at(
                "2026-11-08T09:00:00Z",
                &["directory", "import", &c, "--full", "--format", "json"],
            )
            .fails(3, "rejected")
            .json();
        assert_eq!(r["deactivated"], 0, "{r}");
        assert_eq!(r["services_deactivated"], 0, "{r}");
        let b = env
            .op(&["directory", "lookup", BREST, "--format", "json"])
            .ok()
            .json();
        assert_eq!(b[0]["status"], "ACTIF");
        assert_eq!(b[0]["services"][0]["code"], "VOIRIE");
        let none = env
            .op(&["directory", "export", "--changed-since", "2026-11-09"])
            .ok()
            .stdout;
        assert_eq!(none.lines().count(), 1, "only the header: {none}");
        let active = env
            .op(&[
                "directory",
                "export",
                "--status",
                "ACTIF",
                "--format",
                "ndjson",
            ])
            .ok()
            .stdout;
        assert!(!active.contains(GUINGAMP));
        env.op(&["directory", "export", "--changed-since", "last week"])
            .fails(2, "changed_since_format");
    }
);

scenario!(export_imports_back_unchanged, |env| {
    import(env, "a.csv", &official_csv(), &[]).ok();
    for format in ["csv", "json", "ndjson"] {
        let out = env
            .op(&["directory", "export", "--format", format])
            .ok()
            .stdout;
        let r = import(env, &format!("export.{format}"), &out, &[])
            .ok()
            .json();
        assert_eq!(r["unchanged"], 2, "{format}: {r}");
        assert_eq!(r["updated"], 0, "{format}: {r}");
        assert_eq!(r["services_updated"], 0, "{format}: {r}");
    }
    let other = Env::local();
    let csv = env.op(&["directory", "export"]).ok().stdout;
    let r = import(&other, "copy.csv", &csv, &[]).ok().json();
    assert_eq!(r["added"], 2);
    assert_eq!(export_json(&other), export_json(env));
});

scenario!(lookup_keeps_input_order_and_misses, |env| {
    import(env, "a.csv", &official_csv(), &[]).ok();
    let stdin = format!("{GUINGAMP}\n\n99999999999999\n{BREST}\n");
    let out = env
        .with_stdin(
            None,
            &["directory", "lookup", "-", "--format", "json"],
            &stdin,
        )
        .ok()
        .json();
    let got: Vec<(&str, bool)> = out
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["input"].as_str().unwrap(), l["found"].as_bool().unwrap()))
        .collect();
    assert_eq!(
        got,
        [(GUINGAMP, true), ("99999999999999", false), (BREST, true)]
    );
    // A CSV with the identifiers in a named column; --strict makes a miss exit 4.
    let csv = format!("client,siret_client\nA,{BREST}\nB,123\n");
    let out = env
        .with_stdin(
            None,
            &[
                "directory",
                "lookup",
                "-",
                "--column",
                "siret_client",
                "--format",
                "csv",
            ],
            &csv,
        )
        .code;
    assert_eq!(out, 0);
    env.with_stdin(
        None,
        &[
            "directory",
            "lookup",
            "-",
            "--column",
            "siret_client",
            "--strict",
        ],
        &csv,
    )
    .fails(4, "123");
    env.with_stdin(
        None,
        &["directory", "lookup", "-", "--column", "nope"],
        &csv,
    )
    .fails(2, "no column nope");
});

scenario!(search_ignores_case_and_accents, |env| {
    let csv = format!(
        "identifier,name,label,postcode,city,service_code,service_name\n\
         {GUINGAMP},DEP COTES-D'ARMOR,,22000,Saint-Brieuc,FACTURES,Factures\n\
         {BREST},COMMUNE DE BREST,Côtes littorales,29200,Brest,ECOLES,Écoles et périscolaire\n\
         {CHAMBERY},VILLE DE CHAMBERY,,73000,Chambéry,CANTINE,Restauration scolaire\n"
    );
    import(env, "a.csv", &csv, &[]).ok();
    let names = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["directory", "search"];
        a.extend(args);
        env.field_of_each(None, &a, "name")
    };
    assert_eq!(names(&["cotes d'armor"]), ["DEP COTES-D'ARMOR"]);
    assert_eq!(
        names(&["Côtes"]).len(),
        2,
        "name and label, accents ignored"
    );
    assert_eq!(
        names(&["ecoles periscol"]),
        ["COMMUNE DE BREST"],
        "service names, a word's start"
    );
    assert_eq!(names(&["chambéry"]), ["VILLE DE CHAMBERY"]);
    assert_eq!(names(&["côtes", "--postcode", "29"]), ["COMMUNE DE BREST"]);
    assert_eq!(
        names(&["côtes", "--city", "saint brieuc"]),
        ["DEP COTES-D'ARMOR"]
    );
    assert!(names(&["côtes", "--status", "INACTIF"]).is_empty());
    env.op(&["directory", "search", "' -"])
        .fails(2, "search_query_empty");
});

scenario!(check_applies_the_deposit_routing_rules, |env| {
    let csv = format!(
        "identifier,name,status,service_required,engagement_required,service_or_engagement_required,service_code,service_active,service_engagement_required,service_valid_to\n\
         {BREST},BREST,ACTIF,true,false,false,VOIRIE,true,false,\n\
         {BREST},BREST,ACTIF,true,false,false,ECOLES,true,true,\n\
         {BREST},BREST,ACTIF,true,false,false,OLD,true,false,2020-12-31\n\
         {BREST},BREST,ACTIF,true,false,false,CLOSED,false,false,\n\
         {GUINGAMP},GUINGAMP,ACTIF,false,true,false,,,,\n\
         {CHAMBERY},CHAMBERY,ACTIF,false,false,true,,,,\n\
         22730001900006,DEPARTEMENT,INACTIF,false,false,false,,,,\n"
    );
    import(env, "a.csv", &csv, &[]).ok();
    let check = |args: &[&str]| {
        let mut a = vec!["directory", "check"];
        a.extend(args);
        env.op(&a)
    };
    check(&["--recipient", BREST]).fails(3, "service_required");
    let ok = check(&[
        "--recipient",
        BREST,
        "--service",
        "VOIRIE",
        "--format",
        "json",
    ])
    .ok()
    .json();
    assert_eq!(ok["accepted"], true);
    check(&["--recipient", BREST, "--service", "ECOLES"]).fails(3, "service_engagement_required");
    check(&[
        "--recipient",
        BREST,
        "--service",
        "ECOLES",
        "--engagement",
        "EJ-1",
    ])
    .ok();
    check(&["--recipient", BREST, "--service", "OLD"]).fails(3, "recipient_service_not_valid");
    check(&["--recipient", BREST, "--service", "CLOSED"]).fails(3, "recipient_service_inactive");
    check(&["--recipient", BREST, "--service", "NOPE"]).fails(3, "recipient_service_not_found");
    check(&["--recipient", GUINGAMP]).fails(3, "engagement_required");
    check(&["--recipient", GUINGAMP, "--engagement", "EJ-2"]).ok();
    check(&["--recipient", CHAMBERY]).fails(3, "service_or_engagement_required");
    check(&["--recipient", CHAMBERY, "--engagement", "EJ-3"]).ok();
    check(&["--recipient", "22730001900006"]).fails(3, "recipient_inactive");
    let refused = check(&["--recipient", "40483304800014", "--format", "json"])
        .fails(3, "recipient_not_found");
    assert_eq!(refused.json()["accepted"], false);
});

/// A valid SIRET from 13 digits (the Luhn key on the SIREN, then on the SIRET).
fn siret(n: u64) -> String {
    fn key(payload: &str) -> char {
        let sum: u32 = payload
            .bytes()
            .rev()
            .enumerate()
            .map(|(i, b)| {
                let d = u32::from(b - b'0');
                if i % 2 == 0 {
                    let d = d * 2;
                    if d > 9 { d - 9 } else { d }
                } else {
                    d
                }
            })
            .sum();
        char::from(b'0' + ((10 - sum % 10) % 10) as u8)
    }
    let siren = format!("2{:07}", n % 10_000_000);
    let siren = format!("{siren}{}", key(&siren));
    let payload = format!("{siren}0001");
    format!("{payload}{}", key(&payload))
}

scenario!(a_bulk_first_import_leaves_every_index_in_place, |env| {
    // 12,000 rows into an empty directory: the import builds the secondary indexes at the end.
    let mut csv = String::from("identifier,name,city,service_code\n");
    for n in 0..12_000u64 {
        csv += &format!(
            "{},COMMUNE NUMERO {n},Ville {},MAIRIE\n",
            siret(n * 7919),
            n % 50
        );
    }
    let indexes = || -> Vec<String> {
        let db = rusqlite::Connection::open(env.store_file()).unwrap();
        let mut stmt = db
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('structures', 'services') ORDER BY name")
            .unwrap();
        let names = stmt.query_map([], |r| r.get(0)).unwrap();
        names.collect::<Result<_, _>>().unwrap()
    };
    let all = [
        "services_updated",
        "structures_identifier",
        "structures_name",
    ];
    // --atomic with one bad row: nothing is imported, and the indexes the load dropped are back.
    let bad = format!("{csv}{},,,\n", siret(1));
    import(env, "bad.csv", &bad, &["--atomic"]).fails(3, "nothing was imported");
    assert_eq!(indexes(), all);
    assert_eq!(export_json(env).trim(), "[]");
    let r = import(env, "big.csv", &csv, &[]).ok().json();
    assert_eq!(
        (r["added"].as_i64(), r["services_added"].as_i64()),
        (Some(12_000), Some(12_000))
    );
    assert_eq!(indexes(), all);
    let id = siret(42 * 7919);
    let found = env
        .op(&["directory", "lookup", &id, "--format", "json"])
        .ok()
        .json();
    assert_eq!(found[0]["name"], "COMMUNE NUMERO 42");
    let hits = env
        .op(&["directory", "search", "numero 4242", "--format", "json"])
        .ok()
        .json();
    assert_eq!(hits[0]["identifier"], siret(4242 * 7919));
    let again = import(env, "big.csv", &csv, &[]).ok().json();
    assert_eq!(again["unchanged"], 12_000);
});

scenario!(
    hostile_directory_files_stop_early_with_short_messages,
    |env| {
        let before = export_json(env);
        // A bad header is judged before the rest is read: what follows (not even UTF-8) is not.
        let mut bad_header = b"identifier,colour\n".to_vec();
        bad_header.extend(std::iter::repeat_n(0xFFu8, 3 << 20));
        let path = env.write("bad-header.csv", &bad_header);
        env.op(&["directory", "import", &path])
            .fails(2, "unknown directory column(s): colour");
        for (name, head) in [
            ("bad.ndjson", "{\"colour\":1}\n"),
            ("bad.json", "[{\"colour\":1},"),
        ] {
            let mut text = head.as_bytes().to_vec();
            text.extend(std::iter::repeat_n(0xFFu8, 3 << 20));
            let path = env.write(name, &text);
            env.op(&["directory", "import", &path]).fails(2, "colour");
        }
        // Megabytes without a line break are refused at the first megabyte, in a short message.
        let nul = env.write("nul.csv", &vec![0u8; 3 << 20]);
        let run = env
            .op(&["directory", "import", &nul])
            .fails(3, "longer than 1 MB");
        assert!(
            run.stderr.len() < 1000,
            "{} bytes of message",
            run.stderr.len()
        );
        // Input quoted in a message is cut at 200 characters.
        let long = "x".repeat(5000);
        let path = env.write("long.csv", format!("identifier,{long}\n").as_bytes());
        let run = env
            .op(&["directory", "import", &path, "--format", "json"])
            .fails(2, "unknown directory column");
        assert!(
            run.stderr.len() < 1000 && run.stderr.contains("x…"),
            "{}",
            run.stderr
        );
        let path = env.write(
            "cell.csv",
            format!("identifier,name\n{long},X\n").as_bytes(),
        );
        let r = env
            .op(&["directory", "import", &path, "--format", "json"])
            .fails(3, "rejected")
            .json();
        let reason = r["rejected"][0]["reason"].as_str().unwrap();
        assert!(
            reason.chars().count() <= 201 && reason.ends_with('…'),
            "{reason}"
        );
        assert_eq!(export_json(env), before);
    }
);
