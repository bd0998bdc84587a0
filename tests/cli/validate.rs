//! `invoice validate`: each rule family broken once (CII, UBL, PDF, JSON), real files from
//! other implementations, manifests, JUnit, exit codes, routing with a store and none without.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use crate::harness::*;
use crate::scenario;

const GENERATED: &str = include_str!("../fixtures/generated-cii.xml");
const AKRETION_CII: &str = include_str!("../fixtures/akretion/factur-x-en16931.xml");
const AKRETION_UBL: &str = include_str!("../fixtures/akretion/ubl-21-en16931.xml");

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn example(name: &str) -> String {
    format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// The Factur-X MINIMUM example of reference/facturx.md §2.2.
const MINIMUM: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
 xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:factur-x.eu:1p0:minimum</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
 <rsm:ExchangedDocument><ram:ID>FA-2024-0043</ram:ID><ram:TypeCode>380</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">20240316</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:ApplicableHeaderTradeAgreement><ram:BuyerReference>SERV-FIN-01</ram:BuyerReference>
   <ram:SellerTradeParty><ram:Name>Atelier Exemple SARL</ram:Name>
    <ram:SpecifiedLegalOrganization><ram:ID schemeID="0009">12345678200010</ram:ID></ram:SpecifiedLegalOrganization>
    <ram:PostalTradeAddress><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>
    <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">FR11123456782</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>
   <ram:BuyerTradeParty><ram:Name>Commune d'Exemple</ram:Name>
    <ram:SpecifiedLegalOrganization><ram:ID schemeID="0009">20000000800017</ram:ID></ram:SpecifiedLegalOrganization></ram:BuyerTradeParty>
   <ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>EJ-2024-000123</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeDelivery/>
  <ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:TaxBasisTotalAmount>125.00</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="EUR">25.00</ram:TaxTotalAmount><ram:GrandTotalAmount>150.00</ram:GrandTotalAmount>
    <ram:DuePayableAmount>150.00</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"#;

/// `text` with `from` replaced by `to`, which must be there.
#[track_caller]
fn edit(text: &str, changes: &[(&str, &str)]) -> String {
    let mut s = text.to_string();
    for (from, to) in changes {
        assert!(s.contains(from), "the fixture has no `{from}`");
        s = s.replacen(from, to, 1);
    }
    s
}

/// A Factur-X PDF made by chorus that embeds this XML.
fn pdf_with(xml: &str) -> Vec<u8> {
    use chorus::domain::invoice::*;
    let content = InvoiceContent {
        number: "FA-2026-0117".into(),
        date: "2026-11-22".into(),
        invoice_type: InvoiceType::Facture,
        currency: "EUR".into(),
        framework: Framework::A1,
        vat_regime: None,
        payment_mode: None,
        supplier: Party::default(),
        recipient: Party::default(),
        engagement_number: None,
        market_number: None,
        original_number: None,
        original_date: None,
        due_date: None,
        lines: vec![],
        vat_lines: vec![],
        amounts: Amounts::default(),
        comment: None,
        notes: Vec::new(),
        billing_mode: None,
        payee_iban: None,
        vat_total_eur: None,
    };
    chorus::pdf::generate::invoice_pdf(&content, xml.as_bytes()).unwrap()
}

/// Runs `invoice validate` on files (JSON output) and indexes the reports by file.
fn validate(env: &Env, extra: &[&str], files: &[String]) -> (Run, BTreeMap<String, Value>) {
    let mut args = vec!["invoice", "validate", "--format", "json"];
    args.extend(extra);
    args.extend(files.iter().map(String::as_str));
    let run = env.op(&args);
    let reports = run
        .json()
        .as_array()
        .unwrap_or_else(|| panic!("not a list: {}", run.stdout))
        .iter()
        .map(|r| (r["file"].as_str().unwrap().to_string(), r.clone()))
        .collect();
    (run, reports)
}

/// The rules of a report, errors and warnings apart.
fn rules(report: &Value) -> (Vec<String>, Vec<String>) {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    for v in report["violations"].as_array().unwrap() {
        let rule = v["rule"].as_str().unwrap().to_string();
        match v["severity"].as_str().unwrap() {
            "error" => errors.push(rule),
            "warning" => warnings.push(rule),
            s => panic!("severity {s}"),
        }
    }
    (errors, warnings)
}

#[track_caller]
fn errors_of(reports: &BTreeMap<String, Value>, file: &str) -> Vec<String> {
    let r = reports
        .get(file)
        .unwrap_or_else(|| panic!("no report for {file}"));
    let (errors, _) = rules(r);
    assert_eq!(r["valid"], errors.is_empty(), "{r}");
    errors
}

#[track_caller]
fn has(reports: &BTreeMap<String, Value>, file: &str, expected: &[&str]) {
    let errors = errors_of(reports, file);
    for rule in expected {
        assert!(
            errors.iter().any(|e| e == rule),
            "{file}: no {rule} in {errors:?}\n{}",
            reports[file]
        );
    }
}

#[track_caller]
fn exactly(reports: &BTreeMap<String, Value>, file: &str, expected: &[&str]) {
    assert_eq!(
        errors_of(reports, file),
        expected,
        "{file}: {}",
        reports[file]
    );
}

// Store-free validation reads no store: there is no backend to vary.
#[test]
fn each_rule_family_is_reported_without_a_store() {
    let env = &Env::local();
    let g = GENERATED;
    let files: Vec<(&str, String)> = vec![
        ("ok.xml", g.to_string()),
        (
            "br-co-15.xml",
            edit(
                g,
                &[
                    (
                        "<ram:GrandTotalAmount>1768.25",
                        "<ram:GrandTotalAmount>1768.35",
                    ),
                    (
                        "<ram:DuePayableAmount>1768.25",
                        "<ram:DuePayableAmount>1768.35",
                    ),
                ],
            ),
        ),
        (
            "br-co-10.xml",
            edit(
                g,
                &[(
                    "<ram:LineTotalAmount>1476.21",
                    "<ram:LineTotalAmount>1476.31",
                )],
            ),
        ),
        (
            "br-co-16.xml",
            edit(
                g,
                &[(
                    "<ram:DuePayableAmount>1768.25",
                    "<ram:DuePayableAmount>1700.00",
                )],
            ),
        ),
        (
            "due-over-total.xml",
            edit(
                g,
                &[(
                    "<ram:DuePayableAmount>1768.25",
                    "<ram:DuePayableAmount>1800.00",
                )],
            ),
        ),
        (
            "br-co-17.xml",
            edit(
                g,
                &[(
                    "<ram:CalculatedAmount>290.83",
                    "<ram:CalculatedAmount>295.83",
                )],
            ),
        ),
        // 22.05 × 5.5 % = 1.21; 1.71 is within the official ±1 but not within a cent.
        (
            "br-co-17-tolerance.xml",
            edit(
                g,
                &[
                    ("<ram:CalculatedAmount>1.21", "<ram:CalculatedAmount>1.71"),
                    (">292.04<", ">292.54<"),
                    (
                        "<ram:GrandTotalAmount>1768.25",
                        "<ram:GrandTotalAmount>1768.75",
                    ),
                    (
                        "<ram:DuePayableAmount>1768.25",
                        "<ram:DuePayableAmount>1768.75",
                    ),
                ],
            ),
        ),
        (
            "exempt-without-reason.xml",
            edit(
                g,
                &[(
                    "<ram:CategoryCode>S</ram:CategoryCode>\n        <ram:DueDateTypeCode>5</ram:DueDateTypeCode>\n        <ram:RateApplicablePercent>5.50",
                    "<ram:CategoryCode>E</ram:CategoryCode>\n        <ram:DueDateTypeCode>5</ram:DueDateTypeCode>\n        <ram:RateApplicablePercent>5.50",
                )],
            ),
        ),
        (
            "standard-rate-zero.xml",
            edit(
                g,
                &[(
                    "<ram:RateApplicablePercent>5.50</ram:RateApplicablePercent>",
                    "<ram:RateApplicablePercent>0.00</ram:RateApplicablePercent>",
                )],
            ),
        ),
        (
            "siret.xml",
            edit(g, &[("12345678200010", "12345678200011")]),
        ),
        // La Poste: not Luhn-valid, but its digit sum is a multiple of 5.
        (
            "la-poste.xml",
            edit(
                g,
                &[
                    ("12345678200010", "35600000049837"),
                    (">123456782<", ">356000000<"),
                ],
            ),
        ),
        (
            "vat-key.xml",
            edit(g, &[("FR11123456782", "FR12123456782")]),
        ),
        (
            "vat-prefix.xml",
            edit(g, &[("FR11123456782", "11123456782")]),
        ),
        (
            "number.xml",
            edit(
                g,
                &[("<ram:ID>FA-2026-0117", "<ram:ID>FA 2026 0117 ET SUITE")],
            ),
        ),
        (
            "credit-note.xml",
            edit(g, &[("<ram:TypeCode>380", "<ram:TypeCode>381")]),
        ),
        (
            "type-code.xml",
            edit(g, &[("<ram:TypeCode>380", "<ram:TypeCode>751")]),
        ),
        (
            "engagement.xml",
            edit(g, &[("EJ-2026-000123", &format!("EJ-{}", "9".repeat(60)))]),
        ),
        (
            "required.xml",
            edit(
                g,
                &[
                    ("<ram:Name>Commune d'Exemple</ram:Name>", ""),
                    ("<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>", ""),
                ],
            ),
        ),
        ("future.xml", edit(g, &[(">20261122<", ">20271122<")])),
        (
            "a2.xml",
            edit(
                g,
                &[(
                    "<rsm:ExchangedDocumentContext>",
                    "<rsm:ExchangedDocumentContext><ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>A2</ram:ID></ram:BusinessProcessSpecifiedDocumentContextParameter>",
                )],
            ),
        ),
        (
            "unparseable.xml",
            "<rsm:CrossIndustryInvoice><unclosed>".into(),
        ),
        ("not-invoice.xml", "<html><body/></html>".into()),
        ("minimum.xml", MINIMUM.to_string()),
        (
            "basicwl.xml",
            edit(MINIMUM, &[("1p0:minimum", "1p0:basicwl")]),
        ),
        (
            "en16931-no-lines.xml",
            edit(
                MINIMUM,
                &[("urn:factur-x.eu:1p0:minimum", "urn:cen.eu:en16931:2017")],
            ),
        ),
        // The factur-x library's CII sample (allowances and charges on lines and on the
        // document, categories S, E and K, a prepaid amount) with a valid buyer SIREN.
        (
            "akretion-fixed.xml",
            edit(
                &AKRETION_CII.replace("FR 05 987 654 321", "FR44732829320"),
                &[(">987654321<", ">732829320<")],
            ),
        ),
        (
            "ubl-fixed.xml",
            edit(AKRETION_UBL, &[("FR15123456789", "FR44732829320")]),
        ),
        (
            "ubl-br-co-16.xml",
            edit(
                AKRETION_UBL,
                &[("FR15123456789", "FR44732829320"), (">208.03<", ">210.03<")],
            ),
        ),
        (
            "ubl-category.xml",
            edit(
                AKRETION_UBL,
                &[
                    ("FR15123456789", "FR44732829320"),
                    // The breakdown's category, then the line's.
                    (
                        "<cbc:ID>S</cbc:ID>\n        <cbc:Percent>5.50",
                        "<cbc:ID>X</cbc:ID>\n        <cbc:Percent>5.50",
                    ),
                    (
                        "<cbc:ID>S</cbc:ID>\n        <cbc:Percent>5.50",
                        "<cbc:ID>X</cbc:ID>\n        <cbc:Percent>5.50",
                    ),
                ],
            ),
        ),
    ];
    let mut paths = Vec::new();
    for (name, text) in &files {
        paths.push(env.write(name, text.as_bytes()));
    }
    // PDFs: a broken XML inside a PDF made by chorus, a plain PDF, an encrypted one, a real
    // Factur-X made by the PyPI factur-x library.
    let broken_pdf = env.write("br-co-15.pdf", &pdf_with(&files[1].1));
    let plain = env.write("plain.pdf", &plain_pdf(&["FACTURE F-1", "Total 120,00"]));
    let encrypted = fixture("pdf/encrypted-user-password.pdf");
    let python = fixture("facturx-python.pdf");
    // JSON entries.
    let json = std::fs::read_to_string(example("invoice.json")).unwrap();
    let json_files = [
        ("ok.json", json.clone()),
        ("totals.json", edit(&json, &[("\"169.94\"", "\"170.00\"")])),
        (
            "recipient.json",
            edit(&json, &[("22730001900006", "22730001900007")]),
        ),
        ("avoir.json", edit(&json, &[("\"FACTURE\"", "\"AVOIR\"")])),
        ("a9.json", edit(&json, &[("\"A1\"", "\"A9\"")])),
        ("unreadable.json", "{\"number\": 1}".into()),
        // Recognised by its content, whatever its name.
        ("entry.txt", json.clone()),
    ];
    for (name, text) in &json_files {
        paths.push(env.write(name, text.as_bytes()));
    }
    let akretion_cii = fixture("akretion/factur-x-en16931.xml");
    let akretion_ubl = fixture("akretion/ubl-21-en16931.xml");
    paths.extend([
        broken_pdf.clone(),
        plain.clone(),
        encrypted.clone(),
        python.clone(),
        akretion_cii.clone(),
        akretion_ubl.clone(),
        example("facture-F-2026-0042.pdf"),
        env.path("missing.pdf"),
    ]);

    let (run, r) = validate(env, &[], &paths);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(run.stderr.contains("routing not checked"), "{}", run.stderr);
    // No store was created for validation.
    assert!(!Path::new(&env.store).exists());
    let p = |name: &str| env.path(name);

    // Valid documents, from chorus and from other implementations.
    exactly(&r, &p("ok.xml"), &[]);
    assert_eq!(r[&p("ok.xml")]["profile"], "EN 16931");
    assert_eq!(r[&p("ok.xml")]["syntax"], "CII");
    exactly(&r, &python, &[]);
    assert_eq!(r[&python]["kind"], "pdf");
    exactly(&r, &p("akretion-fixed.xml"), &[]);
    assert_eq!(
        rules(&r[&p("akretion-fixed.xml")]).1,
        ["recipient_required"]
    );
    exactly(&r, &p("ubl-fixed.xml"), &[]);
    assert_eq!(r[&p("ubl-fixed.xml")]["syntax"], "UBL");
    exactly(&r, &p("minimum.xml"), &[]);
    assert_eq!(r[&p("minimum.xml")]["profile"], "MINIMUM");
    exactly(&r, &p("ok.json"), &[]);
    assert_eq!(r[&p("ok.json")]["kind"], "json");
    exactly(&r, &p("entry.txt"), &[]);
    // chorus-made Factur-X carries every identifier (VAT numbers from the SIRETs): no warning.
    let example_pdf = example("facture-F-2026-0042.pdf");
    exactly(&r, &example_pdf, &[]);
    assert!(rules(&r[&example_pdf]).1.is_empty());

    // Arithmetic.
    exactly(&r, &p("br-co-15.xml"), &["BR-CO-15"]);
    let v = &r[&p("br-co-15.xml")]["violations"][0];
    assert_eq!(v["field"], "BT-112");
    assert!(v["message"].as_str().unwrap().contains("1768.35"), "{v}");
    // BT-106 off: its sum of lines (BR-CO-10) and BT-109 = BT-106 − BT-107 + BT-108 (BR-CO-13),
    // as the official validator reports.
    exactly(&r, &p("br-co-10.xml"), &["BR-CO-10", "BR-CO-13"]);
    exactly(&r, &p("br-co-16.xml"), &["BR-CO-16"]);
    exactly(
        &r,
        &p("due-over-total.xml"),
        &["BR-CO-16", "amount_due_exceeds_total"],
    );
    has(&r, &p("br-co-17.xml"), &["BR-CO-17", "BR-CO-14"]);
    exactly(&r, &p("br-co-17-tolerance.xml"), &[]);
    assert_eq!(
        rules(&r[&p("br-co-17-tolerance.xml")]).1,
        ["vat_line_amount_mismatch"]
    );
    exactly(&r, &p("ubl-br-co-16.xml"), &["BR-CO-16"]);
    exactly(&r, &broken_pdf, &["BR-CO-15"]);

    // VAT categories.
    has(
        &r,
        &p("exempt-without-reason.xml"),
        &["BR-E-10", "BR-E-09", "vat_breakdown_rate", "BR-E-08"],
    );
    exactly(&r, &p("standard-rate-zero.xml"), &["BR-S-05", "BR-S-08"]);
    exactly(&r, &p("ubl-category.xml"), &["BR-CL-17", "BR-CL-18"]);

    // Identifiers.
    exactly(&r, &p("siret.xml"), &["siret_check_digit"]);
    assert_eq!(r[&p("siret.xml")]["violations"][0]["field"], "BT-29");
    exactly(&r, &p("la-poste.xml"), &[]);
    assert_eq!(
        rules(&r[&p("la-poste.xml")]).1,
        ["vat_number_siren_mismatch"]
    );
    exactly(&r, &p("vat-key.xml"), &["vat_number_check_digit"]);
    exactly(&r, &p("vat-prefix.xml"), &["BR-CO-09"]);
    // The real files of the factur-x library: a buyer SIREN (and VAT number) that is not
    // Luhn-valid, a tax representative's VAT number that is not either.
    exactly(
        &r,
        &akretion_cii,
        &[
            "siren_check_digit",
            "vat_number_check_digit",
            "vat_number_check_digit",
        ],
    );
    exactly(&r, &akretion_ubl, &["vat_number_check_digit"]);
    assert_eq!(r[&akretion_ubl]["violations"][0]["field"], "BT-63");

    // Chorus Pro rules.
    exactly(&r, &p("number.xml"), &["number_format"]);
    exactly(&r, &p("credit-note.xml"), &["original_number_required"]);
    exactly(&r, &p("type-code.xml"), &["invoice_type_code"]);
    exactly(&r, &p("engagement.xml"), &["engagement_too_long"]);
    exactly(&r, &p("future.xml"), &["date_in_future"]);
    exactly(&r, &p("a2.xml"), &["a2_amount_due_not_zero"]);

    // Required fields, by profile.
    exactly(&r, &p("required.xml"), &["BR-05", "BR-07"]);
    exactly(
        &r,
        &p("basicwl.xml"),
        &["BR-10", "BR-11", "BR-12", "BR-CO-18"],
    );
    assert_eq!(r[&p("basicwl.xml")]["profile"], "BASIC WL");
    has(&r, &p("en16931-no-lines.xml"), &["BR-10", "BR-16"]);

    // Files that do not read.
    exactly(&r, &p("unparseable.xml"), &["xml_unparseable"]);
    exactly(&r, &p("not-invoice.xml"), &["xml_not_invoice"]);
    exactly(&r, &plain, &["pdf_no_xml"]);
    exactly(&r, &encrypted, &["pdf_encrypted"]);
    exactly(&r, &p("missing.pdf"), &["file_not_found"]);

    // JSON entries: the rules of `invoice create`.
    has(&r, &p("totals.json"), &["BR-CO-14"]);
    exactly(&r, &p("recipient.json"), &["siret_check_digit"]);
    assert_eq!(r[&p("recipient.json")]["violations"][0]["field"], "BT-46");
    exactly(
        &r,
        &p("avoir.json"),
        &["original_number_required", "payment_mode_on_credit_note"],
    );
    exactly(&r, &p("a9.json"), &["validator_required"]);
    exactly(&r, &p("unreadable.json"), &["invoice_json"]);

    // Reports come in the order of the arguments.
    let order: Vec<String> = run
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["file"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(order, paths);
}

/// What the official EN 16931 validator accepts in its own examples, chorus accepts too.
#[test]
fn official_validator_verdicts_on_known_false_positives() {
    let env = &Env::local();
    let g = GENERATED;
    let files: Vec<(&str, String)> = vec![
        // BT-114: 1768.25 rounded up to 1769.00 (BR-CO-16: due = total − prepaid + rounding).
        (
            "rounding.xml",
            edit(
                g,
                &[
                    (
                        "<ram:GrandTotalAmount>",
                        "<ram:RoundingAmount>0.75</ram:RoundingAmount><ram:GrandTotalAmount>",
                    ),
                    (
                        "<ram:DuePayableAmount>1768.25",
                        "<ram:DuePayableAmount>1769.00",
                    ),
                ],
            ),
        ),
        // A price per a base quantity, or a line allowance: no official rule checks it.
        (
            "line-net.xml",
            edit(
                g,
                &[(
                    "<ram:ChargeAmount>450</ram:ChargeAmount>",
                    "<ram:ChargeAmount>150</ram:ChargeAmount>",
                )],
            ),
        ),
        // MINIMUM cannot say what was prepaid: BR-CO-16 does not apply.
        (
            "minimum-prepaid.xml",
            edit(
                MINIMUM,
                &[(
                    "<ram:DuePayableAmount>150.00",
                    "<ram:DuePayableAmount>100.00",
                )],
            ),
        ),
        // Factur-X EXTENDED: a GROUP line (its sub-lines are the billed ones) and a logistics
        // service charge of 10.00 at 20 % (in BT-108 and the 20 % base).
        (
            "extended.xml",
            edit(
                g,
                &[
                    (
                        "<ram:ID>urn:cen.eu:en16931:2017</ram:ID>",
                        "<ram:ID>urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended</ram:ID>",
                    ),
                    (
                        "<ram:IncludedSupplyChainTradeLineItem>",
                        "<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument>\
                         <ram:LineID>G1</ram:LineID><ram:LineStatusReasonCode>GROUP</ram:LineStatusReasonCode>\
                         </ram:AssociatedDocumentLineDocument><ram:SpecifiedTradeProduct><ram:Name>Lot 1\
                         </ram:Name></ram:SpecifiedTradeProduct><ram:SpecifiedLineTradeSettlement>\
                         <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S\
                         </ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent>\
                         </ram:ApplicableTradeTax><ram:SpecifiedTradeSettlementLineMonetarySummation>\
                         <ram:LineTotalAmount>1350.00</ram:LineTotalAmount>\
                         </ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement>\
                         </ram:IncludedSupplyChainTradeLineItem><ram:IncludedSupplyChainTradeLineItem>",
                    ),
                    (
                        "<ram:CalculatedAmount>290.83",
                        "<ram:CalculatedAmount>292.83",
                    ),
                    ("<ram:BasisAmount>1454.16", "<ram:BasisAmount>1464.16"),
                    (
                        "<ram:SpecifiedTradeSettlementHeaderMonetarySummation>",
                        "<ram:SpecifiedLogisticsServiceCharge><ram:Description>Transport\
                         </ram:Description><ram:AppliedAmount>10.00</ram:AppliedAmount><ram:AppliedTradeTax>\
                         <ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode>\
                         <ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:AppliedTradeTax>\
                         </ram:SpecifiedLogisticsServiceCharge>\
                         <ram:SpecifiedTradeSettlementHeaderMonetarySummation>",
                    ),
                    (
                        "<ram:LineTotalAmount>1476.21</ram:LineTotalAmount>",
                        "<ram:LineTotalAmount>1476.21</ram:LineTotalAmount>\
                         <ram:ChargeTotalAmount>10.00</ram:ChargeTotalAmount>",
                    ),
                    (
                        "<ram:TaxBasisTotalAmount>1476.21",
                        "<ram:TaxBasisTotalAmount>1486.21",
                    ),
                    (">292.04<", ">294.04<"),
                    (
                        "<ram:GrandTotalAmount>1768.25",
                        "<ram:GrandTotalAmount>1780.25",
                    ),
                    (
                        "<ram:DuePayableAmount>1768.25",
                        "<ram:DuePayableAmount>1780.25",
                    ),
                ],
            ),
        ),
        // Not well-formed: every XML parser refuses an encoding name with a space.
        (
            "encoding.xml",
            edit(g, &[("encoding=\"UTF-8\"", "encoding=\"UTF 8\"")]),
        ),
    ];
    let paths: Vec<String> = files
        .iter()
        .map(|(name, text)| env.write(name, text.as_bytes()))
        .collect();
    let (run, r) = validate(env, &[], &paths);
    assert_eq!(run.code, 3, "{}", run.stderr);
    let p = |name: &str| env.path(name);
    exactly(&r, &p("rounding.xml"), &[]);
    exactly(&r, &p("line-net.xml"), &[]);
    assert_eq!(
        rules(&r[&p("line-net.xml")]).1,
        ["line_amount_mismatch"],
        "{}",
        r[&p("line-net.xml")]
    );
    exactly(&r, &p("minimum-prepaid.xml"), &[]);
    exactly(&r, &p("extended.xml"), &[]);
    assert_eq!(r[&p("extended.xml")]["profile"], "EXTENDED");
    exactly(&r, &p("encoding.xml"), &["xml_unparseable"]);
    let m = r[&p("encoding.xml")]["violations"][0]["message"].to_string();
    assert!(m.contains("illegal encoding 'UTF 8'"), "{m}");
}

// Store-free validation reads no store: there is no backend to vary.
#[test]
fn manifests_stdin_and_formats() {
    let env = &Env::local();
    let dir = env.path("lot");
    std::fs::create_dir_all(format!("{dir}/sub")).unwrap();
    std::fs::write(format!("{dir}/sub/a.xml"), GENERATED).unwrap();
    std::fs::write(
        format!("{dir}/sub/b.xml"),
        edit(
            GENERATED,
            &[(
                "<ram:LineTotalAmount>1476.21",
                "<ram:LineTotalAmount>1476.31",
            )],
        ),
    )
    .unwrap();
    // A bare list, relative to the manifest's folder.
    let list = env.write(
        "lot/list.txt",
        b"# invoices of November\nsub/a.xml\n\nsub/b.xml\n",
    );
    let (run, r) = validate(env, &["--batch", &list], &[]);
    assert_eq!(run.code, 3);
    exactly(&r, &format!("{dir}/sub/a.xml"), &[]);
    exactly(&r, &format!("{dir}/sub/b.xml"), &["BR-CO-10", "BR-CO-13"]);
    // A CSV with a `file` column among others, plus a file argument (first in the output).
    let csv = env.write(
        "lot/lot.csv",
        b"number,file,amount\nFA-1,sub/a.xml,1768.25\nFA-2,\"sub/a.xml\",1768.25\n",
    );
    let json = example("invoice.json");
    let run = env.op(&[
        "invoice", "validate", &json, "--batch", &csv, "--format", "ndjson",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines: Vec<Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["file"], json.as_str());
    assert_eq!(lines[2]["file"], format!("{dir}/sub/a.xml"));
    assert!(lines.iter().all(|l| l["valid"] == true));
    // The manifest on stdin: paths relative to the current folder, or absolute.
    let stdin = format!("{dir}/sub/a.xml\n{dir}/sub/b.xml\n");
    let run = env.with_stdin(
        None,
        &["invoice", "validate", "--batch", "-", "--format", "csv"],
        &stdin,
    );
    assert_eq!(run.code, 3);
    let mut csv = csv::Reader::from_reader(run.stdout.as_bytes());
    let header = csv.headers().unwrap().clone();
    assert_eq!(
        header.iter().collect::<Vec<_>>(),
        [
            "file",
            "valid",
            "kind",
            "syntax",
            "profile",
            "rule_sets",
            "violations"
        ]
    );
    let rows: Vec<csv::StringRecord> = csv.records().map(Result::unwrap).collect();
    assert_eq!(&rows[1][1], "false");
    assert_eq!(&rows[1][5], "en16931; chorus");
    assert!(rows[1][6].contains("BR-CO-10"), "{:?}", rows[1]);
    // An invoice on stdin.
    let run = env.with_stdin(
        None,
        &["invoice", "validate", "-", "--format", "ndjson"],
        GENERATED,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("\"valid\":true"));
    // The table and the summary.
    let run = env.op(&[
        "invoice",
        "validate",
        &format!("{dir}/sub/b.xml"),
        "--format",
        "table",
    ]);
    assert_eq!(run.code, 3);
    assert!(
        run.stdout.contains("error BR-CO-10 [BT-106]"),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr.contains("1 invoice(s) checked") && run.stderr.contains("0 valid, 1 invalid"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("invoices_invalid"));
    let quiet = env.op(&["invoice", "validate", &format!("{dir}/sub/a.xml"), "-q"]);
    assert_eq!((quiet.code, quiet.stderr.as_str()), (0, ""));
    // Usage errors.
    env.op(&["invoice", "validate"]).fails(2, "no_invoice");
    env.op(&["invoice", "validate", "-", "--batch", "-"])
        .fails(2, "stdin_twice");
    env.op(&["invoice", "validate", "--batch", &env.path("nope.txt")])
        .fails(4, "manifest_not_found");
    env.op(&["structure", "search", "--format", "junit"])
        .fails(2, "format_unsupported");
    assert!(!Path::new(&env.store).exists());
}

/// The JUnit report as a CI dashboard reads it: one testsuite per rule set, and the testsuite
/// of `set` (its tests and failures).
fn junit<'a>(
    doc: &'a roxmltree::Document<'a>,
    set: &str,
) -> (roxmltree::Node<'a, 'a>, usize, usize) {
    let suite = doc
        .descendants()
        .find(|n| n.has_tag_name("testsuite") && n.attribute("name") == Some(set))
        .unwrap_or_else(|| panic!("no testsuite {set}"));
    let tests = suite.attribute("tests").unwrap().parse().unwrap();
    let failures = suite.attribute("failures").unwrap().parse().unwrap();
    (suite, tests, failures)
}

fn suites(doc: &roxmltree::Document<'_>) -> Vec<String> {
    doc.descendants()
        .filter(|n| n.has_tag_name("testsuite"))
        .map(|n| n.attribute("name").unwrap().to_string())
        .collect()
}

fn parse_xml(xml: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{e}:\n{xml}"))
}

fn testcase<'a>(suite: roxmltree::Node<'a, 'a>, name: &str) -> roxmltree::Node<'a, 'a> {
    suite
        .descendants()
        .find(|n| n.has_tag_name("testcase") && n.attribute("name") == Some(name))
        .unwrap_or_else(|| panic!("no testcase {name}"))
}

fn failure_text<'a>(case: roxmltree::Node<'a, 'a>) -> Option<(&'a str, &'a str)> {
    case.children()
        .find(|c| c.has_tag_name("failure"))
        .map(|f| (f.attribute("message").unwrap(), f.text().unwrap_or("")))
}

fn child_text<'a>(n: roxmltree::Node<'a, 'a>, tag: &str) -> Option<&'a str> {
    n.children()
        .find(|c| c.has_tag_name(tag))
        .map(|c| c.text().unwrap_or(""))
}

// Store-free validation reads no store: there is no backend to vary.
#[test]
fn junit_report_and_warnings_as_errors() {
    let env = &Env::local();
    let ok = env.write("ok.xml", GENERATED.as_bytes());
    let broken = env.write(
        "F&<1>.xml",
        edit(
            GENERATED,
            &[
                (
                    "<ram:GrandTotalAmount>1768.25",
                    "<ram:GrandTotalAmount>1768.35",
                ),
                (
                    "<ram:DuePayableAmount>1768.25",
                    "<ram:DuePayableAmount>1768.35",
                ),
                ("FR11123456782", "FR12123456782"),
            ],
        )
        .as_bytes(),
    );
    // A line whose net amount is not quantity × price only warns (no official rule checks it).
    let fixture = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/generated-cii.xml"
    ))
    .unwrap();
    let off = fixture.replacen(
        "<ram:ChargeAmount>450</ram:ChargeAmount>",
        "<ram:ChargeAmount>451</ram:ChargeAmount>",
        1,
    );
    assert_ne!(off, fixture);
    let warned = env.write("line-off.pdf", &pdf_with(&off));
    let files = [ok.as_str(), broken.as_str(), warned.as_str()];
    let mut args = vec!["invoice", "validate", "--format", "junit"];
    args.extend(files);
    let run = env.op(&args);
    assert_eq!(run.code, 3, "{}", run.stderr);
    let doc = parse_xml(&run.stdout);
    // Grouped by rule set: the EN 16931 total in one suite, the VAT key in the other.
    assert_eq!(suites(&doc), ["en16931", "chorus"]);
    for set in ["en16931", "chorus"] {
        let (suite, tests, failures) = junit(&doc, set);
        assert_eq!((tests, failures), (3, 1), "{set}");
        assert!(failure_text(testcase(suite, &ok)).is_none());
        assert!(failure_text(testcase(suite, &warned)).is_none());
    }
    let (suite, _, _) = junit(&doc, "en16931");
    let (message, text) = failure_text(testcase(suite, &broken)).expect("a failure");
    assert!(message.contains("1 violation(s): BR-CO-15"), "{message}");
    assert!(
        text.contains("BR-CO-15 [BT-112]") && !text.contains("vat_number_check_digit"),
        "{text}"
    );
    let (suite, _, _) = junit(&doc, "chorus");
    let (_, text) = failure_text(testcase(suite, &broken)).expect("a failure");
    assert!(
        text.contains("vat_number_check_digit") && !text.contains("BR-CO-15"),
        "{text}"
    );
    let case = testcase(suite, &warned);
    let out = child_text(case, "system-out").unwrap();
    assert!(
        out.contains("profile: EN 16931 (CII)") && out.contains("warning line_amount_mismatch"),
        "{out}"
    );

    // Warnings count as errors on demand.
    let run = env.op(&[
        "invoice",
        "validate",
        &warned,
        "--warnings-as-errors",
        "--format",
        "junit",
    ]);
    assert_eq!(run.code, 3);
    let doc = parse_xml(&run.stdout);
    let (suite, tests, failures) = junit(&doc, "chorus");
    assert_eq!((tests, failures), (1, 1));
    let (_, text) = failure_text(testcase(suite, &warned)).expect("a failure");
    assert!(text.contains("warning line_amount_mismatch"), "{text}");
    let run = env.op(&["invoice", "validate", &warned, "--format", "json"]);
    assert_eq!(run.code, 0);
    assert_eq!(run.json()[0]["valid"], true);
    let run = env.op(&[
        "invoice",
        "validate",
        &warned,
        "--warnings-as-errors",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 3);
    assert_eq!(run.json()[0]["valid"], false);
}

// Store-free validation reads no store: there is no backend to vary.
#[test]
fn rule_sets_judge_apart() {
    let env = &Env::local();
    let broken = env.write(
        "broken.xml",
        edit(
            GENERATED,
            &[
                (
                    "<ram:GrandTotalAmount>1768.25",
                    "<ram:GrandTotalAmount>1768.35",
                ),
                (
                    "<ram:DuePayableAmount>1768.25",
                    "<ram:DuePayableAmount>1768.35",
                ),
                ("FR11123456782", "FR12123456782"),
            ],
        )
        .as_bytes(),
    );
    let judged = |rules: &[&str]| {
        let mut args = vec!["invoice", "validate", &broken, "--format", "json"];
        args.extend(rules);
        let run = env.op(&args);
        assert_eq!(run.code, 3, "{}", run.stderr);
        let report = run.json()[0].clone();
        let rules: Vec<String> = (report["violations"].as_array().unwrap().iter())
            .map(|v| {
                format!(
                    "{}:{}",
                    v["set"].as_str().unwrap(),
                    v["rule"].as_str().unwrap()
                )
            })
            .collect();
        (report["rule_sets"].clone(), rules, run.stderr)
    };
    let (sets, rules, stderr) = judged(&[]);
    assert_eq!(sets, serde_json::json!(["en16931", "chorus"]));
    assert!(
        rules.contains(&"en16931:BR-CO-15".to_string())
            && rules.contains(&"chorus:vat_number_check_digit".to_string()),
        "{rules:?}"
    );
    assert!(stderr.contains("by the rules en16931, chorus"), "{stderr}");
    let (sets, rules, _) = judged(&["--rules", "en16931"]);
    assert_eq!(sets, serde_json::json!(["en16931"]));
    assert!(
        rules.iter().all(|r| r.starts_with("en16931:BR-")),
        "{rules:?}"
    );
    let (_, rules, _) = judged(&["--rules", "chorus"]);
    assert!(
        rules
            .iter()
            .all(|r| r.starts_with("chorus:") && !r.contains(":BR-")),
        "{rules:?}"
    );
    // The environment names the sets too; a flag wins.
    let run = env
        .command(None, &["invoice", "validate", &broken, "--format", "json"])
        .env("CHORUS_RULES", "en16931")
        .output()
        .unwrap();
    let reports: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(reports[0]["rule_sets"], serde_json::json!(["en16931"]));
    env.op(&["invoice", "validate", &broken, "--rules", "en16931,french"])
        .fails(2, "");
}

/// An invoice JSON to Chambéry with these replacements.
fn entry(env: &Env, name: &str, changes: &[(&str, &str)]) -> String {
    let json = std::fs::read_to_string(example("invoice.json"))
        .unwrap()
        .replace("22730001900006", CHAMBERY)
        .replace("RESTAURATION_COLLEGES", "CANTINE");
    env.write(name, edit(&json, changes).as_bytes())
}

fn sha256(path: &str) -> Vec<u8> {
    use sha2::Digest;
    sha2::Sha256::digest(std::fs::read(path).unwrap()).to_vec()
}

scenario!(routing_is_checked_against_the_store_read_only, |env| {
    delices(env);
    chambery_with_buyer(env);
    env.as_(
        BUYER,
        &[
            "service",
            "create",
            "--structure",
            CHAMBERY,
            "--code",
            "ARCHIVES",
            "--name",
            "Archives",
        ],
    )
    .ok();
    env.as_(
        BUYER,
        &["service", "deactivate", "--structure", CHAMBERY, "ARCHIVES"],
    )
    .ok();
    let files = vec![
        entry(env, "ok.json", &[]),
        entry(env, "unknown.json", &[(CHAMBERY, "20000000800017")]),
        entry(env, "private.json", &[(CHAMBERY, DELICES)]),
        entry(
            env,
            "requirements.json",
            &[
                (", \"service_code\": \"CANTINE\"", ""),
                ("\"engagement_number\": \"EJ-2026-118\",", ""),
            ],
        ),
        entry(env, "service.json", &[("CANTINE", "PISCINE")]),
        entry(env, "inactive.json", &[("CANTINE", "ARCHIVES")]),
        entry(
            env,
            "a9.json",
            &[
                ("\"A1\"", "\"A9\""),
                (
                    "\"framework\"",
                    "\"validator\": \"11000201100044\", \"framework\"",
                ),
            ],
        ),
        // A CII document addressed to Chambéry's CANTINE.
        env.write(
            "cii.xml",
            edit(
                GENERATED,
                &[("20000000800017", CHAMBERY), ("SERV-FIN-01", "CANTINE")],
            )
            .as_bytes(),
        ),
        env.write(
            "cii-no-service.xml",
            edit(
                GENERATED,
                &[
                    ("20000000800017", CHAMBERY),
                    ("<ram:BuyerReference>SERV-FIN-01</ram:BuyerReference>", ""),
                ],
            )
            .as_bytes(),
        ),
    ];
    let before = (sha256(&env.store_file()), env.snapshot());
    let (run, r) = validate(env, &[], &files);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr.contains("routing checked against"),
        "{}",
        run.stderr
    );
    exactly(&r, &files[0], &[]);
    exactly(&r, &files[1], &["recipient_not_found"]);
    exactly(
        &r,
        &files[2],
        &["recipient_not_public", "recipient_service_not_found"],
    );
    exactly(&r, &files[3], &["service_required", "engagement_required"]);
    exactly(&r, &files[4], &["recipient_service_not_found"]);
    exactly(&r, &files[5], &["recipient_service_inactive"]);
    exactly(&r, &files[6], &["validator_not_found"]);
    exactly(&r, &files[7], &[]);
    exactly(&r, &files[8], &["service_required"]);
    assert_eq!(r[&files[8]]["violations"][0]["field"], "BT-10");
    // The store is only read: same bytes, no WAL files left beside it.
    assert_eq!((sha256(&env.store_file()), env.snapshot()), before);
    if !env.is_remote() {
        // A server keeps its store open; a local validate leaves no WAL files behind.
        let dir = Path::new(&env.store).parent().unwrap();
        let leftovers: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("chorus.db-"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }

    // The same files with no store: only the store-free rules.
    let (run, r) = validate(env, &["--store", &env.path("none.db")], &files);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("does not exist: routing not checked"));
    assert!(r.values().all(|r| r["valid"] == true));
    assert!(!Path::new(&env.path("none.db")).exists());
});

/// The default store is used when it exists and holds public structures; none is created.
#[test]
fn the_default_store_is_never_created() {
    let data = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(assert_cmd::cargo::cargo_bin!("chorus"))
            .args(args)
            .env_remove("CHORUS_STORE")
            .env_remove("CHORUS_FORMAT")
            .env_remove("CHORUS_USER")
            .env("XDG_DATA_HOME", data.path())
            .env("CHORUS_NOW", NOW)
            .output()
            .unwrap()
    };
    let json = example("invoice.json");
    let out = run(&["invoice", "validate", &json, "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("no store: routing not checked"));
    assert_eq!(std::fs::read_dir(data.path()).unwrap().count(), 0);
    // A default store with a public structure: routing is checked (the Département is not in it).
    let store = data.path().join("chorus/chorus.db");
    std::fs::create_dir_all(store.parent().unwrap()).unwrap();
    let out = run(&[
        "structure",
        "create",
        "--public",
        "--identifier",
        CHAMBERY,
        "--name",
        "Commune",
        "--address",
        "Mairie",
        "--postcode",
        "73000",
        "--city",
        "Chambéry",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = run(&["invoice", "validate", &json, "--format", "json"]);
    assert_eq!(out.status.code(), Some(3));
    let reports: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(reports[0]["violations"][0]["rule"], "recipient_not_found");
}

// The French CTC coherence, decimal and multi-vendor rules on French test documents, CII and
// UBL: the ids are the official schematron's (tests/fixtures/fr-ctc, checked against it).
#[test]
fn fr_ctc_reports_coherence_decimals_and_sub_invoices() {
    let env = &Env::local();
    let files: Vec<String> = [
        "co-paid.xml",
        "ubl-dec.xml",
        "mv-no-group.xml",
        "ubl-mv-ok.xml",
    ]
    .iter()
    .map(|f| fixture(&format!("fr-ctc/{f}")))
    .collect();
    let (run, reports) = validate(env, &["--rules", "fr-ctc"], &files);
    assert_eq!(run.code, 3, "{}", run.stderr);
    has(
        &reports,
        &files[0],
        &[
            "BR-FR-CO-09_BT-23-1",
            "BR-FR-CO-09_BT-23-2",
            "BR-FR-CO-09_BT-23-3",
        ],
    );
    has(
        &reports,
        &files[1],
        &["BR-FR-DEC-01_BT-115", "BR-FR-DEC-03_BT-146"],
    );
    has(&reports, &files[2], &["BR-FR-MV-02_EXT-FR-FE-163"]);
    // A well-formed multi-vendor invoice breaks none of them (the header rules are not its
    // subject).
    let own: Vec<String> = errors_of(&reports, &files[3])
        .into_iter()
        .filter(|r| {
            ["CO", "DEC", "MV", "BD"]
                .iter()
                .any(|p| r.starts_with(&format!("BR-FR-{p}-")))
        })
        .collect();
    assert!(own.is_empty(), "{own:?}");
    let message = reports[&files[1]]["violations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["rule"] == "BR-FR-DEC-03_BT-146")
        .unwrap()["message"]
        .clone();
    assert!(message.as_str().unwrap().contains("'-45'"), "{message}");
}
