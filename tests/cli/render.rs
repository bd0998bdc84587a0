//! `invoice render`: an entry's Factur-X PDF from its JSON, with no store at all.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::harness::NOW;

/// A folder of its own for each test: HOME, XDG folders and the working directory, so that a
/// store made by mistake would show up in it.
struct Dir(tempfile::TempDir);

impl Dir {
    fn new() -> Dir {
        Dir(tempfile::tempdir().expect("temp dir"))
    }

    fn path(&self, name: &str) -> String {
        self.0.path().join(name).display().to_string()
    }

    /// `chorus ARGS` in this folder, with none of the user's settings; `stdin` fed to it.
    fn run(&self, args: &[&str], stdin: &[u8]) -> (i32, Vec<u8>, String) {
        let root = self.0.path();
        let out = Command::new(assert_cmd::cargo::cargo_bin!("chorus"))
            .args(args)
            .current_dir(root)
            .env("HOME", root)
            .env("XDG_DATA_HOME", root.join("data"))
            .env("XDG_CONFIG_HOME", root.join("config"))
            .env_remove("CHORUS_USER")
            .env_remove("CHORUS_FORMAT")
            .env_remove("CHORUS_STORE")
            .env_remove("CHORUS_TOKEN")
            .env("CHORUS_NOW", NOW)
            .env("NO_COLOR", "1")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .and_then(|mut child| {
                use std::io::Write;
                child.stdin.take().unwrap().write_all(stdin)?;
                child.wait_with_output()
            })
            .expect("chorus runs");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        (out.status.code().unwrap_or(-1), out.stdout, stderr)
    }

    /// Every file under the folder, relative names, sorted.
    fn files(&self) -> Vec<String> {
        fn walk(dir: &Path, root: &Path, out: &mut Vec<String>) {
            for e in std::fs::read_dir(dir).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, root, out);
                } else {
                    out.push(p.strip_prefix(root).unwrap().display().to_string());
                }
            }
        }
        let mut out = Vec::new();
        walk(self.0.path(), self.0.path(), &mut out);
        out.sort();
        out
    }
}

fn example() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/invoice.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The example rendered to PDF: `invoice validate` finds it valid, `invoice analyse` reads back
/// its number and totals, and no store was opened or created (neither the default one nor
/// the one --store names).
#[test]
fn render_makes_a_pdf_that_validates_without_any_store() {
    let dir = Dir::new();
    let json = serde_json::to_vec(&example()).unwrap();
    let (code, stdout, stderr) = dir.run(
        &[
            "--store",
            "given.db",
            "--format",
            "json",
            "invoice",
            "render",
            "--from",
            "-",
            "-o",
            "facture.pdf",
        ],
        &json,
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("F-2026-0042")
            && stderr.contains("2191.94")
            && stderr.contains("facture.pdf"),
        "{stderr}"
    );
    let record: Value = serde_json::from_slice(&stdout).unwrap();
    let pdf = std::fs::read(dir.path("facture.pdf")).unwrap();
    assert_eq!(record["file"], "facture.pdf");
    assert_eq!(record["number"], "F-2026-0042");
    assert_eq!(record["totals"], example()["totals"]);
    assert_eq!(record["size"], pdf.len());
    assert_eq!(record["sha256"].as_str().unwrap().len(), 64);
    assert_eq!(dir.files(), ["facture.pdf"], "no store, no other file");

    // Valid by every rule set, the French CTC rules included.
    let (code, stdout, stderr) = dir.run(
        &[
            "--format",
            "json",
            "invoice",
            "validate",
            "--rules",
            "en16931,chorus,fr-ctc",
            "facture.pdf",
        ],
        b"",
    );
    assert_eq!(code, 0, "{stderr}");
    let report: Value = serde_json::from_slice(&stdout).unwrap();
    assert_eq!(report[0]["valid"], true, "{report}");
    assert_eq!(report[0]["violations"], serde_json::json!([]));

    let store = dir.path("elsewhere.db");
    let (code, stdout, stderr) = dir.run(
        &[
            "--store",
            &store,
            "--format",
            "json",
            "invoice",
            "analyse",
            "facture.pdf",
        ],
        b"",
    );
    assert_eq!(code, 0, "{stderr}");
    let fields = &serde_json::from_slice::<Value>(&stdout).unwrap()[0]["fields"];
    assert_eq!(fields["number"], "F-2026-0042");
    assert_eq!(fields["supplier_name"], "Les Délices de Savoie");
    assert_eq!(fields["recipient_name"], "Département de la Savoie");
    for field in ["total_excl_vat", "vat", "total_incl_vat", "amount_due"] {
        assert_eq!(fields[field], example()["totals"][field], "{field}");
    }
}

/// The embedded XML of a rendered invoice.
fn embedded_xml(pdf: &[u8]) -> String {
    let found = chorus::pdf::analyse(pdf).unwrap();
    String::from_utf8(found.embedded.expect("an embedded XML").bytes).unwrap()
}

/// What the French CTC rules want of a French invoice comes from the JSON, or a default: the
/// three mentions as notes with their subject codes, the billing mode (BT-23), the SIRET as
/// identifier and the SIREN as legal registration, electronic addresses, the IBAN a transfer
/// pays.
#[test]
fn render_writes_what_french_invoices_need() {
    let dir = Dir::new();
    let mut json = example();
    json["billing_mode"] = "S1".into();
    json["recipient"]["electronic_address"] = "227300019_RESTAURATION".into();
    let (code, pdf, stderr) = dir.run(
        &["invoice", "render", "--from", "-", "-o", "-"],
        &serde_json::to_vec(&json).unwrap(),
    );
    assert_eq!(code, 0, "{stderr}");
    let xml = embedded_xml(&pdf);
    for part in [
        "<ram:BusinessProcessSpecifiedDocumentContextParameter>\n      <ram:ID>S1</ram:ID>",
        "<ram:Content>Pas d'escompte pour paiement anticipé.</ram:Content>\n      <ram:SubjectCode>AAB</ram:SubjectCode>",
        "<ram:SubjectCode>PMT</ram:SubjectCode>",
        "<ram:SubjectCode>PMD</ram:SubjectCode>",
        "<ram:GlobalID schemeID=\"0009\">73282932000074</ram:GlobalID>",
        "<ram:ID schemeID=\"0002\">732829320</ram:ID>",
        "<ram:URIID schemeID=\"0225\">732829320</ram:URIID>",
        "<ram:URIID schemeID=\"0225\">227300019_RESTAURATION</ram:URIID>",
        "<ram:TypeCode>30</ram:TypeCode>\n        <ram:PayeePartyCreditorFinancialAccount>\n          <ram:IBANID>FR7630006000011234567890189</ram:IBANID>",
    ] {
        assert!(xml.contains(part), "{part} not in:\n{xml}");
    }
    assert_eq!(
        xml.matches("<ram:SubjectCode>AAB</ram:SubjectCode>")
            .count(),
        1
    );

    // Without an IBAN, a credit transfer is not written (EN 16931 BR-61 wants the account).
    json.as_object_mut().unwrap().remove("iban");
    let (code, pdf, stderr) = dir.run(
        &["invoice", "render", "--from", "-", "-o", "-"],
        &serde_json::to_vec(&json).unwrap(),
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(!embedded_xml(&pdf).contains("SpecifiedTradeSettlementPaymentMeans"));

    // Codes that are not codes are refused, nothing written.
    for (field, value, rule) in [
        ("billing_mode", "A1", "billing_mode_unknown"),
        (
            "iban",
            "FR76 3000 6000 0112 3456 7890 188",
            "iban_check_digit",
        ),
    ] {
        let mut bad = example();
        bad[field] = value.into();
        let (code, _, stderr) = dir.run(
            &["invoice", "render", "--from", "-", "-o", "bad.pdf"],
            &serde_json::to_vec(&bad).unwrap(),
        );
        assert_eq!(code, 3, "{field}: {stderr}");
        assert!(stderr.contains(rule), "{stderr}");
        assert!(!Path::new(&dir.path("bad.pdf")).exists());
    }
}

#[test]
fn render_writes_the_pdf_to_stdout() {
    let dir = Dir::new();
    let json = serde_json::to_vec(&example()).unwrap();
    std::fs::write(dir.path("invoice.json"), &json).unwrap();
    let (code, stdout, stderr) = dir.run(
        &["invoice", "render", "--from", "invoice.json", "-o", "-"],
        b"",
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with(b"%PDF-"), "stdout is the PDF");
    assert!(stderr.contains("rendered to stdout"), "{stderr}");
    assert_eq!(dir.files(), ["invoice.json"], "no store, no other file");
    std::fs::write(dir.path("piped.pdf"), &stdout).unwrap();
    let (code, _, stderr) = dir.run(&["invoice", "validate", "piped.pdf"], b"");
    assert_eq!(code, 0, "{stderr}");
}

/// Refusals exit 3 (4 for a missing file) with the rule named, and write nothing.
#[test]
fn render_refuses_bad_entries_and_never_overwrites() {
    let dir = Dir::new();
    let render = |json: &Value, out: &str, more: &[&str]| {
        let bytes = serde_json::to_vec(json).unwrap();
        let mut args = vec!["invoice", "render", "--from", "-", "-o", out];
        args.extend_from_slice(more);
        dir.run(&args, &bytes)
    };
    let refused = |(code, stdout, stderr): (i32, Vec<u8>, String), exit: i32, rule: &str| {
        assert_eq!(code, exit, "{stderr}");
        assert!(
            stderr.contains(rule),
            "stderr does not name {rule}: {stderr}"
        );
        assert!(stdout.is_empty());
    };

    // The entry's own rules, as `invoice create` words them.
    let mut bad = example();
    bad["lines"][0]["vat_rate"] = "7".into();
    refused(render(&bad, "f.pdf", &[]), 3, "vat_rate_not_in_force");
    let mut bad = example();
    bad["lines"][1]["colour"] = "red".into();
    refused(render(&bad, "f.pdf", &[]), 3, "invoice_json");
    let mut bad = example();
    bad["totals"]["vat"] = "170.00".into();
    refused(render(&bad, "f.pdf", &[]), 3, "total_incl_vat_mismatch");
    // What create takes from the directory, render needs in the JSON.
    let mut bad = example();
    bad["recipient"].as_object_mut().unwrap().remove("address");
    bad["supplier"]["name"] = " ".into();
    let (code, stdout, stderr) = render(&bad, "f.pdf", &[]);
    assert!(stderr.contains("recipient_address_required"), "{stderr}");
    refused((code, stdout, stderr), 3, "supplier_name_required");
    // What validate would refuse is not written either: a SIRET with a wrong check digit.
    let mut bad = example();
    bad["supplier"]["identifier"] = "73282932000075".into();
    refused(render(&bad, "f.pdf", &[]), 3, "siret_check_digit");
    assert!(dir.files().is_empty(), "nothing written: {:?}", dir.files());

    refused(
        dir.run(
            &["invoice", "render", "--from", "missing.json", "-o", "f.pdf"],
            b"",
        ),
        4,
        "missing.json",
    );

    // An existing file is kept unless --force.
    std::fs::write(dir.path("f.pdf"), b"mine").unwrap();
    refused(render(&example(), "f.pdf", &[]), 5, "f.pdf");
    assert_eq!(std::fs::read(dir.path("f.pdf")).unwrap(), b"mine");
    let (code, _, stderr) = render(&example(), "f.pdf", &["--force"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        std::fs::read(dir.path("f.pdf"))
            .unwrap()
            .starts_with(b"%PDF-")
    );
    assert_eq!(dir.files(), ["f.pdf"]);
}
