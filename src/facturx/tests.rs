//! Reader and writer tests. The EN 16931 and MINIMUM examples are the ones of
//! `reference/facturx.md` §2.2 (XSD-valid against the Factur-X 1.09 XSDs).

use std::str::FromStr;

use rust_decimal::Decimal;

use super::*;
use crate::domain::amounts;
use crate::domain::invoice::{Framework, Line, Party, PaymentMode, VatLine, VatRegime};

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn some_d(s: &str) -> Option<Decimal> {
    Some(d(s))
}

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

const EN16931: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
 xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
 xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
 <rsm:ExchangedDocument><ram:ID>FA-2024-0042</ram:ID><ram:TypeCode>380</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">20240315</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:IncludedSupplyChainTradeLineItem>
   <ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>
   <ram:SpecifiedTradeProduct><ram:Name>Journee de maintenance</ram:Name></ram:SpecifiedTradeProduct>
   <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>12.50</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
   <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">10</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
   <ram:SpecifiedLineTradeSettlement>
    <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:ApplicableTradeTax>
    <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>125.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
   </ram:SpecifiedLineTradeSettlement>
  </ram:IncludedSupplyChainTradeLineItem>
  <ram:ApplicableHeaderTradeAgreement>
   <ram:BuyerReference>SERV-FIN-01</ram:BuyerReference>
   <ram:SellerTradeParty><ram:GlobalID schemeID="0009">12345678200010</ram:GlobalID><ram:Name>Atelier Exemple SARL</ram:Name>
    <ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">123456782</ram:ID></ram:SpecifiedLegalOrganization>
    <ram:PostalTradeAddress><ram:PostcodeCode>69001</ram:PostcodeCode><ram:LineOne>1 rue de l'Exemple</ram:LineOne><ram:CityName>Lyon</ram:CityName><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>
    <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">FR11123456782</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>
   <ram:BuyerTradeParty><ram:GlobalID schemeID="0009">20000000800017</ram:GlobalID><ram:Name>Commune d'Exemple</ram:Name>
    <ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">200000008</ram:ID></ram:SpecifiedLegalOrganization>
    <ram:PostalTradeAddress><ram:PostcodeCode>75001</ram:PostcodeCode><ram:CityName>Paris</ram:CityName><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress></ram:BuyerTradeParty>
   <ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>EJ-2024-000123</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>
   <ram:ContractReferencedDocument><ram:IssuerAssignedID>MARCHE-2024-07</ram:IssuerAssignedID></ram:ContractReferencedDocument>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeDelivery/>
  <ram:ApplicableHeaderTradeSettlement>
   <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>30</ram:TypeCode>
    <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>FR7630006000011234567890189</ram:IBANID></ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>
   <ram:ApplicableTradeTax><ram:CalculatedAmount>25.00</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>125.00</ram:BasisAmount>
    <ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:ApplicableTradeTax>
   <ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime><udt:DateTimeString format="102">20240414</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:LineTotalAmount>125.00</ram:LineTotalAmount><ram:TaxBasisTotalAmount>125.00</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="EUR">25.00</ram:TaxTotalAmount><ram:GrandTotalAmount>150.00</ram:GrandTotalAmount><ram:DuePayableAmount>150.00</ram:DuePayableAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"#;

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

fn code_of(r: Result<(Syntax, DocumentFields)>) -> String {
    let e = r.expect_err("an error");
    assert_eq!(e.kind, crate::error::ErrorKind::Invalid, "{e:?}");
    format!("{}: {}", e.code, e.message)
}

#[test]
fn reads_the_en16931_example() {
    let (syntax, f) = read(EN16931.as_bytes()).unwrap();
    assert_eq!(syntax, Syntax::Cii);
    let expected = DocumentFields {
        profile: s("urn:cen.eu:en16931:2017"),
        number: s("FA-2024-0042"),
        date: s("2024-03-15"),
        invoice_type: Some(InvoiceType::Facture),
        currency: s("EUR"),
        recipient_service: s("SERV-FIN-01"),
        engagement_number: s("EJ-2024-000123"),
        market_number: s("MARCHE-2024-07"),
        original_number: None,
        supplier_identifier: s("12345678200010"),
        supplier_name: s("Atelier Exemple SARL"),
        supplier_vat_number: s("FR11123456782"),
        recipient_identifier: s("20000000800017"),
        recipient_name: s("Commune d'Exemple"),
        total_excl_vat: some_d("125.00"),
        vat: some_d("25.00"),
        total_incl_vat: some_d("150.00"),
        amount_due: some_d("150.00"),
        rounding: None,
        vat_lines: vec![VatLine {
            category: "S".into(),
            rate: d("20.00"),
            base: d("125.00"),
            amount: d("25.00"),
        }],
        lines: vec![Line {
            description: "Journee de maintenance".into(),
            quantity: d("10"),
            unit: "C62".into(),
            unit_price: d("12.50"),
            vat_rate: d("20.00"),
            net_amount: d("125.00"),
        }],
    };
    assert_eq!(f, expected);
    // Scales are kept as written.
    assert_eq!(f.total_excl_vat.unwrap().to_string(), "125.00");
}

#[test]
fn reads_the_minimum_example() {
    let (syntax, f) = read(MINIMUM.as_bytes()).unwrap();
    assert_eq!(syntax, Syntax::Cii);
    assert_eq!(f.profile.as_deref(), Some("urn:factur-x.eu:1p0:minimum"));
    assert_eq!(f.number.as_deref(), Some("FA-2024-0043"));
    assert_eq!(f.date.as_deref(), Some("2024-03-16"));
    // SIRETs in SpecifiedLegalOrganization under scheme 0009 (Chorus practice).
    assert_eq!(f.supplier_identifier.as_deref(), Some("12345678200010"));
    assert_eq!(f.recipient_identifier.as_deref(), Some("20000000800017"));
    assert_eq!(f.supplier_vat_number.as_deref(), Some("FR11123456782"));
    assert_eq!(f.market_number, None);
    assert_eq!(f.amount_due, some_d("150.00"));
    assert!(f.lines.is_empty() && f.vat_lines.is_empty());
}

#[test]
fn cii_variants() {
    // A bare 14-digit legal organisation id, a 0002 scheme holding a SIRET, spaces.
    let xml = MINIMUM
        .replace(
            r#"<ram:ID schemeID="0009">12345678200010</ram:ID>"#,
            "<ram:ID> 123 456 782 00010 </ram:ID>",
        )
        .replace(
            r#"<ram:ID schemeID="0009">20000000800017</ram:ID>"#,
            r#"<ram:ID schemeID="0002">20000000800017</ram:ID>"#,
        );
    let (_, f) = read(xml.as_bytes()).unwrap();
    assert_eq!(f.supplier_identifier.as_deref(), Some("12345678200010"));
    assert_eq!(f.recipient_identifier.as_deref(), Some("20000000800017"));
    // A SIREN is not a SIRET.
    let xml = MINIMUM.replace(
        r#"<ram:ID schemeID="0009">20000000800017</ram:ID>"#,
        r#"<ram:ID schemeID="0002">200000008</ram:ID>"#,
    );
    assert_eq!(read(xml.as_bytes()).unwrap().1.recipient_identifier, None);

    // Type codes.
    for (code, t) in [
        ("381", Some(InvoiceType::Avoir)),
        ("384", Some(InvoiceType::Facture)),
        ("389", Some(InvoiceType::Facture)),
        ("261", Some(InvoiceType::Avoir)),
        ("262", Some(InvoiceType::Avoir)),
        ("396", Some(InvoiceType::Avoir)),
        ("751", None),
    ] {
        let xml = EN16931.replace(
            "<ram:TypeCode>380</ram:TypeCode>",
            &format!("<ram:TypeCode>{code}</ram:TypeCode>"),
        );
        assert_eq!(read(xml.as_bytes()).unwrap().1.invoice_type, t, "{code}");
    }

    // BT-110 in the invoice currency when BT-111 is also present (in either order);
    // preceding invoice; price per basis quantity; a prefix other than ram:.
    let xml = EN16931
        .replace(
            r#"<ram:TaxTotalAmount currencyID="EUR">25.00</ram:TaxTotalAmount>"#,
            r#"<ram:TaxTotalAmount currencyID="USD">27.50</ram:TaxTotalAmount><ram:TaxTotalAmount currencyID="EUR">25.00</ram:TaxTotalAmount>"#,
        )
        .replace(
            "</ram:SpecifiedTradeSettlementHeaderMonetarySummation>",
            "</ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:InvoiceReferencedDocument><ram:IssuerAssignedID>FA-2024-0001</ram:IssuerAssignedID></ram:InvoiceReferencedDocument>",
        )
        .replace(
            "<ram:ChargeAmount>12.50</ram:ChargeAmount>",
            r#"<ram:ChargeAmount>125</ram:ChargeAmount><ram:BasisQuantity unitCode="C62">10</ram:BasisQuantity>"#,
        )
        .replace("ram:", "r:")
        .replace("xmlns:ram=", "xmlns:r=");
    let (_, f) = read(xml.as_bytes()).unwrap();
    assert_eq!(f.vat, some_d("25.00"));
    assert_eq!(f.original_number.as_deref(), Some("FA-2024-0001"));
    assert_eq!(f.lines[0].unit_price, d("12.5"));
    assert_eq!(f.supplier_identifier.as_deref(), Some("12345678200010"));

    // Elements of the right name in another namespace are ignored.
    let xml = EN16931.replace(
        "<ram:BuyerReference>SERV-FIN-01</ram:BuyerReference>",
        r#"<x:BuyerReference xmlns:x="urn:other">SERV-FIN-01</x:BuyerReference>"#,
    );
    assert_eq!(read(xml.as_bytes()).unwrap().1.recipient_service, None);
}

#[test]
fn bad_numbers_and_dates_name_the_element() {
    let xml = EN16931.replace(
        "<ram:GrandTotalAmount>150.00</ram:GrandTotalAmount>",
        "<ram:GrandTotalAmount>150,00</ram:GrandTotalAmount>",
    );
    let m = code_of(read(xml.as_bytes()));
    assert!(m.starts_with("xml_bad_amount:"), "{m}");
    assert!(
        m.contains("<ram:GrandTotalAmount> (line 41)") && m.contains("'150,00'"),
        "{m}"
    );

    let xml = EN16931.replace(">20240315<", ">20241315<");
    let m = code_of(read(xml.as_bytes()));
    assert!(
        m.starts_with("xml_bad_date:") && m.contains("udt:DateTimeString"),
        "{m}"
    );
    // An ISO date inside DateTimeString is tolerated.
    let xml = EN16931.replace(">20240315<", ">2024-03-15<");
    assert_eq!(
        read(xml.as_bytes()).unwrap().1.date.as_deref(),
        Some("2024-03-15")
    );
}

#[test]
fn refusals() {
    // Malformed: the parser's message with its position.
    let m = code_of(read(b"<?xml version=\"1.0\"?>\n<a>\n  <b></a>"));
    assert!(
        m.starts_with("xml_unparseable: the embedded invoice XML does not parse: "),
        "{m}"
    );
    assert!(m.contains("3:"), "{m}");
    assert!(code_of(read(b"")).starts_with("xml_unparseable"));
    assert!(code_of(read(b"%PDF-1.7 not xml")).starts_with("xml_unparseable"));
    // An error inside a multi-byte character (found by fuzzing: its position was a panic).
    let m = code_of(read("\u{feff}\u{feff}<<>> <>i\u{feff}<>< <>ixx".as_bytes()));
    assert!(m.starts_with("xml_unparseable"), "{m}");
    // Not UTF-8.
    let m = code_of(read(
        b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>caf\xe9</a>",
    ));
    assert!(m.contains("not UTF-8"), "{m}");
    // Entity expansion bombs never expand: DTDs are refused.
    let bomb = r#"<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>
<lolz>&lol2;</lolz>"#;
    let m = code_of(read(bomb.as_bytes()));
    assert!(m.starts_with("xml_unparseable") && m.contains("DTD"), "{m}");
    // Too large.
    let big = vec![b' '; MAX_XML_BYTES + 1];
    assert!(code_of(read(&big)).starts_with("xml_too_large"));
    // Well-formed, not an invoice.
    let m = code_of(read(b"<html><body><p>Facture</p></body></html>"));
    assert!(
        m.starts_with("xml_not_invoice") && m.contains("HTML"),
        "{m}"
    );
    let m = code_of(read(
        br#"<rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0"/>"#,
    ));
    assert!(
        m.starts_with("xml_not_invoice") && m.contains("ZUGFeRD 1.0"),
        "{m}"
    );
    // The right local name in the wrong namespace.
    let m = code_of(read(
        br#"<Invoice xmlns="urn:example"><ID>1</ID></Invoice>"#,
    ));
    assert!(
        m.starts_with("xml_not_invoice") && m.contains("{urn:example}Invoice"),
        "{m}"
    );
    // Deep nesting neither overflows the stack nor passes for an invoice.
    let deep = format!("{}{}", "<a>".repeat(100_000), "</a>".repeat(100_000));
    assert!(code_of(read(deep.as_bytes())).starts_with("xml_not_invoice"));
    // A UTF-8 BOM is fine.
    let mut bom = b"\xef\xbb\xbf".to_vec();
    bom.extend_from_slice(MINIMUM.as_bytes());
    assert!(read(&bom).is_ok());
}

const UBL_INVOICE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
 <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
 <cbc:ID>UBL-2024-7</cbc:ID>
 <cbc:IssueDate>2024-05-02</cbc:IssueDate>
 <cbc:DueDate>2024-06-01</cbc:DueDate>
 <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
 <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
 <cbc:BuyerReference>SERV-42</cbc:BuyerReference>
 <cac:OrderReference><cbc:ID>EJ-0099</cbc:ID></cac:OrderReference>
 <cac:ContractDocumentReference><cbc:ID>M-2024-3</cbc:ID></cac:ContractDocumentReference>
 <cac:AccountingSupplierParty><cac:Party>
  <cbc:EndpointID schemeID="0009">12345678200010</cbc:EndpointID>
  <cac:PartyName><cbc:Name>Atelier (trading name)</cbc:Name></cac:PartyName>
  <cac:PartyTaxScheme><cbc:CompanyID>FR11123456782</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
  <cac:PartyLegalEntity><cbc:RegistrationName>Atelier Exemple SARL</cbc:RegistrationName><cbc:CompanyID schemeID="0002">123456782</cbc:CompanyID></cac:PartyLegalEntity>
 </cac:Party></cac:AccountingSupplierParty>
 <cac:AccountingCustomerParty><cac:Party>
  <cac:PartyIdentification><cbc:ID schemeID="0088">3012345678901</cbc:ID></cac:PartyIdentification>
  <cac:PartyIdentification><cbc:ID schemeID="0009">20000000800017</cbc:ID></cac:PartyIdentification>
  <cac:PartyLegalEntity><cbc:RegistrationName>Commune d&apos;Exemple</cbc:RegistrationName></cac:PartyLegalEntity>
 </cac:Party></cac:AccountingCustomerParty>
 <cac:TaxTotal>
  <cbc:TaxAmount currencyID="EUR">241.21</cbc:TaxAmount>
  <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">1200.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">240.00</cbc:TaxAmount>
   <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>
  <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">22.05</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">1.21</cbc:TaxAmount>
   <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.5</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>
 </cac:TaxTotal>
 <cac:LegalMonetaryTotal>
  <cbc:LineExtensionAmount currencyID="EUR">1222.05</cbc:LineExtensionAmount>
  <cbc:TaxExclusiveAmount currencyID="EUR">1222.05</cbc:TaxExclusiveAmount>
  <cbc:TaxInclusiveAmount currencyID="EUR">1463.26</cbc:TaxInclusiveAmount>
  <cbc:PayableAmount currencyID="EUR">1463.26</cbc:PayableAmount>
 </cac:LegalMonetaryTotal>
 <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="HUR">16</cbc:InvoicedQuantity>
  <cbc:LineExtensionAmount currencyID="EUR">1200.00</cbc:LineExtensionAmount>
  <cac:Item><cbc:Name>Conseil</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
  <cac:Price><cbc:PriceAmount currencyID="EUR">75</cbc:PriceAmount></cac:Price></cac:InvoiceLine>
 <cac:InvoiceLine><cbc:ID>2</cbc:ID><cbc:InvoicedQuantity unitCode="C62">7</cbc:InvoicedQuantity>
  <cbc:LineExtensionAmount currencyID="EUR">22.05</cbc:LineExtensionAmount>
  <cac:Item><cbc:Name>Livres</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.5</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
  <cac:Price><cbc:PriceAmount currencyID="EUR">31.5</cbc:PriceAmount><cbc:BaseQuantity unitCode="C62">10</cbc:BaseQuantity></cac:Price></cac:InvoiceLine>
</Invoice>
"#;

const UBL_CREDIT_NOTE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<cn:CreditNote xmlns:cn="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
 <cbc:ID>AV-2024-3</cbc:ID>
 <cbc:IssueDate>2024-05-20</cbc:IssueDate>
 <cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>
 <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
 <cbc:BuyerReference>SERV-42</cbc:BuyerReference>
 <cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>UBL-2024-7</cbc:ID><cbc:IssueDate>2024-05-02</cbc:IssueDate></cac:InvoiceDocumentReference></cac:BillingReference>
 <cac:AccountingSupplierParty><cac:Party>
  <cac:PartyLegalEntity><cbc:RegistrationName>Atelier Exemple SARL</cbc:RegistrationName><cbc:CompanyID>12345678200010</cbc:CompanyID></cac:PartyLegalEntity>
 </cac:Party></cac:AccountingSupplierParty>
 <cac:AccountingCustomerParty><cac:Party>
  <cbc:EndpointID schemeID="0009">20000000800017</cbc:EndpointID>
  <cac:PartyName><cbc:Name>Commune d'Exemple</cbc:Name></cac:PartyName>
 </cac:Party></cac:AccountingCustomerParty>
 <cac:TaxTotal><cbc:TaxAmount currencyID="USD">11.00</cbc:TaxAmount></cac:TaxTotal>
 <cac:TaxTotal>
  <cbc:TaxAmount currencyID="EUR">10.00</cbc:TaxAmount>
  <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">50.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">10.00</cbc:TaxAmount>
   <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent></cac:TaxCategory></cac:TaxSubtotal>
 </cac:TaxTotal>
 <cac:LegalMonetaryTotal>
  <cbc:TaxExclusiveAmount currencyID="EUR">50.00</cbc:TaxExclusiveAmount>
  <cbc:TaxInclusiveAmount currencyID="EUR">60.00</cbc:TaxInclusiveAmount>
  <cbc:PayableAmount currencyID="EUR">60.00</cbc:PayableAmount>
 </cac:LegalMonetaryTotal>
 <cac:CreditNoteLine><cbc:ID>1</cbc:ID><cbc:CreditedQuantity unitCode="HUR">-2</cbc:CreditedQuantity>
  <cbc:LineExtensionAmount currencyID="EUR">-50.00</cbc:LineExtensionAmount>
  <cac:Item><cbc:Name>Heures non réalisées</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent></cac:ClassifiedTaxCategory></cac:Item>
  <cac:Price><cbc:PriceAmount currencyID="EUR">25</cbc:PriceAmount></cac:Price></cac:CreditNoteLine>
</cn:CreditNote>
"#;

#[test]
fn reads_a_ubl_invoice() {
    let (syntax, f) = read(UBL_INVOICE.as_bytes()).unwrap();
    assert_eq!(syntax, Syntax::Ubl);
    let expected = DocumentFields {
        profile: s("urn:cen.eu:en16931:2017"),
        number: s("UBL-2024-7"),
        date: s("2024-05-02"),
        invoice_type: Some(InvoiceType::Facture),
        currency: s("EUR"),
        recipient_service: s("SERV-42"),
        engagement_number: s("EJ-0099"),
        market_number: s("M-2024-3"),
        original_number: None,
        supplier_identifier: s("12345678200010"),
        supplier_name: s("Atelier Exemple SARL"),
        supplier_vat_number: s("FR11123456782"),
        recipient_identifier: s("20000000800017"),
        recipient_name: s("Commune d'Exemple"),
        total_excl_vat: some_d("1222.05"),
        vat: some_d("241.21"),
        total_incl_vat: some_d("1463.26"),
        amount_due: some_d("1463.26"),
        rounding: None,
        vat_lines: vec![
            VatLine {
                category: "S".into(),
                rate: d("20"),
                base: d("1200.00"),
                amount: d("240.00"),
            },
            VatLine {
                category: "S".into(),
                rate: d("5.5"),
                base: d("22.05"),
                amount: d("1.21"),
            },
        ],
        lines: vec![
            Line {
                description: "Conseil".into(),
                quantity: d("16"),
                unit: "HUR".into(),
                unit_price: d("75"),
                vat_rate: d("20"),
                net_amount: d("1200.00"),
            },
            Line {
                description: "Livres".into(),
                quantity: d("7"),
                unit: "C62".into(),
                unit_price: d("3.15"),
                vat_rate: d("5.5"),
                net_amount: d("22.05"),
            },
        ],
    };
    assert_eq!(f, expected);
}

#[test]
fn reads_a_ubl_credit_note() {
    let (syntax, f) = read(UBL_CREDIT_NOTE.as_bytes()).unwrap();
    assert_eq!(syntax, Syntax::Ubl);
    assert_eq!(f.profile, None);
    assert_eq!(f.number.as_deref(), Some("AV-2024-3"));
    assert_eq!(f.date.as_deref(), Some("2024-05-20"));
    assert_eq!(f.invoice_type, Some(InvoiceType::Avoir));
    assert_eq!(f.original_number.as_deref(), Some("UBL-2024-7"));
    assert_eq!(f.recipient_service.as_deref(), Some("SERV-42"));
    // A bare 14-digit CompanyID; an EndpointID under 0009; the trading name as a fallback.
    assert_eq!(f.supplier_identifier.as_deref(), Some("12345678200010"));
    assert_eq!(f.supplier_vat_number, None);
    assert_eq!(f.recipient_identifier.as_deref(), Some("20000000800017"));
    assert_eq!(f.recipient_name.as_deref(), Some("Commune d'Exemple"));
    // The TaxTotal in the document currency, not the first one.
    assert_eq!(f.vat, some_d("10.00"));
    assert_eq!(f.vat_lines.len(), 1);
    assert_eq!(
        (f.total_excl_vat, f.total_incl_vat, f.amount_due),
        (some_d("50.00"), some_d("60.00"), some_d("60.00"))
    );
    assert_eq!(f.lines.len(), 1);
    assert_eq!(
        (
            f.lines[0].quantity,
            f.lines[0].unit.as_str(),
            f.lines[0].net_amount
        ),
        (d("-2"), "HUR", d("-50.00"))
    );
    // Whatever its type code says, a CreditNote is an AVOIR.
    let xml = UBL_CREDIT_NOTE.replace(">381<", ">384<");
    assert_eq!(
        read(xml.as_bytes()).unwrap().1.invoice_type,
        Some(InvoiceType::Avoir)
    );
}

/// A realistic invoice: three lines at 20 % and 5.5 %, every optional field, text to escape.
pub(crate) fn sample_content() -> InvoiceContent {
    let lines: Vec<Line> = [
        (
            "Journée de maintenance <sur site> & rapport",
            "3",
            "DAY",
            "450",
            "20",
        ),
        ("Pièces détachées \"lot B\"", "12.5", "C62", "8.333", "20"),
        ("Ouvrages techniques (TVA 5,5 %)", "7", "C62", "3.15", "5.5"),
    ]
    .into_iter()
    .map(|(description, q, unit, p, rate)| Line {
        description: description.into(),
        quantity: d(q),
        unit: unit.into(),
        unit_price: d(p),
        vat_rate: d(rate),
        net_amount: amounts::line_net(d(q), d(p)),
    })
    .collect();
    let (vat_lines, amounts) = amounts::compute(&lines);
    InvoiceContent {
        number: "FA-2026-0117".into(),
        date: "2026-11-22".into(),
        invoice_type: InvoiceType::Facture,
        currency: "EUR".into(),
        framework: Framework::A1,
        vat_regime: Some(VatRegime::TvaSurDebit),
        payment_mode: Some(PaymentMode::Cheque),
        supplier: Party {
            identifier: "12345678200010".into(),
            name: "Atelier Exemple & Fils SARL".into(),
            service_code: None,
            vat_number: s("FR11123456782"),
            address: s("1 rue de l'Exemple"),
            postcode: s("69001"),
            city: s("Lyon"),
            country: s("FR"),
            electronic_address: None,
        },
        recipient: Party {
            identifier: "20000000800017".into(),
            name: "Commune d'Exemple".into(),
            service_code: s("SERV-FIN-01"),
            vat_number: None,
            address: None,
            postcode: s("75001"),
            city: s("Paris"),
            country: None,
            electronic_address: None,
        },
        engagement_number: s("EJ-2026-000123"),
        market_number: s("MARCHE-2026-07"),
        original_number: None,
        original_date: None,
        due_date: None,
        lines,
        vat_lines,
        amounts,
        comment: s(
            "Intervention du 20/11 — merci de rappeler la référence <EJ> & le n° de facture.",
        ),
        notes: Vec::new(),
        billing_mode: None,
        payee_iban: None,
        vat_total_eur: None,
    }
}

fn assert_round_trip(c: &InvoiceContent) -> DocumentFields {
    let xml = write_cii(c).unwrap();
    let (syntax, f) = read(xml.as_bytes()).unwrap_or_else(|e| panic!("{e}\n{xml}"));
    assert_eq!(syntax, Syntax::Cii);
    assert_eq!(f.profile.as_deref(), Some(CII_GUIDELINE_EN16931));
    assert_eq!(f.number.as_deref(), Some(c.number.as_str()));
    assert_eq!(f.date.as_deref(), Some(c.date.as_str()));
    assert_eq!(f.invoice_type, Some(c.invoice_type));
    assert_eq!(f.currency.as_deref(), Some(c.currency.as_str()));
    assert_eq!(f.recipient_service, c.recipient.service_code);
    assert_eq!(f.engagement_number, c.engagement_number);
    assert_eq!(f.market_number, c.market_number);
    assert_eq!(f.original_number, c.original_number);
    assert_eq!(
        f.supplier_identifier.as_deref(),
        Some(c.supplier.identifier.as_str())
    );
    assert_eq!(f.supplier_name.as_deref(), Some(c.supplier.name.as_str()));
    assert_eq!(f.supplier_vat_number, c.supplier.vat_number);
    assert_eq!(
        f.recipient_identifier.as_deref(),
        Some(c.recipient.identifier.as_str())
    );
    assert_eq!(f.recipient_name.as_deref(), Some(c.recipient.name.as_str()));
    let a = &c.amounts;
    assert_eq!(f.total_excl_vat, Some(a.total_excl_vat));
    assert_eq!(f.vat, Some(a.vat));
    assert_eq!(f.total_incl_vat, Some(a.total_incl_vat));
    assert_eq!(f.amount_due, Some(a.amount_due));
    assert_eq!(f.vat_lines, c.vat_lines);
    assert_eq!(f.lines, c.lines);
    f
}

#[test]
fn write_then_read_gives_the_same_fields() {
    let c = sample_content();
    assert!(amounts::check(&c).is_empty());
    assert_round_trip(&c);

    // A credit note for an invoice, exempt, paid by cheque, nothing optional.
    let mut c = sample_content();
    c.invoice_type = InvoiceType::Avoir;
    c.number = "AV-2026-0003".into();
    c.original_number = s("FA-2026-0117");
    c.vat_regime = Some(VatRegime::Exoneration);
    c.payment_mode = None;
    c.engagement_number = None;
    c.market_number = None;
    c.recipient.service_code = None;
    c.supplier.vat_number = None;
    c.comment = None;
    for l in &mut c.lines {
        l.vat_rate = Decimal::ZERO;
    }
    let (mut vat_lines, amounts) = amounts::compute(&c.lines);
    vat_lines[0].category = "E".into();
    c.vat_lines = vat_lines;
    c.amounts = amounts;
    let xml = write_cii(&c).unwrap();
    assert!(xml.contains("<ram:ExemptionReason>Exonération de TVA</ram:ExemptionReason>"));
    assert!(xml.contains("<ram:TypeCode>381</ram:TypeCode>"));
    assert!(!xml.contains("PaymentMeans"));
    assert_eq!(
        xml.matches("<ram:CategoryCode>E</ram:CategoryCode>")
            .count(),
        4
    );
    assert_round_trip(&c);
}

#[test]
fn writer_details() {
    let mut c = sample_content();
    // Already paid: the paid part is the prepaid amount (BR-CO-16).
    c.amounts.amount_due = Decimal::ZERO;
    c.payment_mode = Some(PaymentMode::Prelevement);
    c.vat_regime = Some(VatRegime::TvaSurEncaissement);
    c.supplier.identifier = "DE123456789".into();
    c.vat_lines.clear(); // recomputed from the lines
    let xml = write_cii(&c).unwrap();
    let total = c.amounts.total_incl_vat.to_string();
    assert!(
        xml.contains(&format!(
            "<ram:TotalPrepaidAmount>{total}</ram:TotalPrepaidAmount>"
        )),
        "{xml}"
    );
    assert!(xml.contains("<ram:DuePayableAmount>0.00</ram:DuePayableAmount>"));
    assert!(xml.contains("<ram:TypeCode>59</ram:TypeCode>"));
    assert!(xml.contains("<ram:DueDateTypeCode>72</ram:DueDateTypeCode>"));
    assert!(xml.contains("<ram:ID>DE123456789</ram:ID>"));
    assert!(xml.contains("<ram:RateApplicablePercent>5.50</ram:RateApplicablePercent>"));
    assert!(xml.contains(r#"<ram:BilledQuantity unitCode="C62">12.5</ram:BilledQuantity>"#));
    assert!(xml.contains("<ram:ChargeAmount>8.333</ram:ChargeAmount>"));
    assert!(
        xml.contains("<ram:Name>Journée de maintenance &lt;sur site&gt; &amp; rapport</ram:Name>")
    );
    assert!(
        xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rsm:CrossIndustryInvoice ")
    );
    let (_, f) = read(xml.as_bytes()).unwrap();
    assert_eq!(f.supplier_identifier, None);
    assert_eq!(f.vat_lines, amounts::compute(&c.lines).0);

    // Control characters are dropped, the date must be ISO.
    c.comment = s("a\u{1}b\u{0}");
    assert!(
        write_cii(&c)
            .unwrap()
            .contains("<ram:Content>ab</ram:Content>")
    );
    c.date = "22/11/2026".into();
    assert_eq!(write_cii(&c).unwrap_err().code, "invoice_date_invalid");
}

/// `tests/fixtures/generated-cii.xml` is the writer's output for [`sample_content`], validated
/// against the Factur-X EN16931 XSD by `bench/check_cii_xsd.py`. Regenerate it with
/// `CHORUS_UPDATE_FIXTURES=1 cargo test --lib facturx` (then re-run the XSD check).
#[test]
fn generated_fixture_is_current() {
    let xml = write_cii(&sample_content()).unwrap();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/generated-cii.xml"
    );
    if std::env::var_os("CHORUS_UPDATE_FIXTURES").is_some() {
        std::fs::write(path, &xml).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == xml,
        "{path} is stale: regenerate it with CHORUS_UPDATE_FIXTURES=1"
    );
}

#[test]
fn totals_only_documents_get_a_line_per_vat_line() {
    let mut c = sample_content();
    c.lines.clear();
    let xml = write_cii(&c).unwrap();
    let (_, f) = read(xml.as_bytes()).unwrap();
    assert_eq!(f.vat_lines, c.vat_lines);
    assert_eq!(f.lines.len(), 2);
    assert_eq!(
        f.lines[1].description,
        "Montant hors TVA (catégorie S, 5.5 %)"
    );
    assert_eq!(
        (
            f.lines[1].quantity,
            f.lines[1].unit_price,
            f.lines[1].net_amount
        ),
        (d("1"), d("22.05"), d("22.05"))
    );
    assert_eq!(f.lines[0].vat_rate, d("20"));
    c.vat_lines.clear();
    assert_eq!(write_cii(&c).unwrap_err().code, "invoice_no_lines");
}

fn content_of(f: &DocumentFields) -> InvoiceContent {
    let mut c = sample_content();
    c.invoice_type = f.invoice_type.unwrap();
    c.lines = f.lines.clone();
    c.vat_lines = f.vat_lines.clone();
    c.amounts = crate::domain::invoice::Amounts {
        total_excl_vat: f.total_excl_vat.unwrap(),
        vat: f.vat.unwrap(),
        total_incl_vat: f.total_incl_vat.unwrap(),
        amount_due: f.amount_due.unwrap(),
    };
    c
}

/// The official-style samples shipped by factur-x: allowances and charges at line and document
/// level still give consistent lines.
#[test]
fn reads_the_akretion_samples() {
    let xml = include_str!("../../tests/fixtures/akretion/factur-x-en16931.xml");
    let (syntax, f) = read(xml.as_bytes()).unwrap();
    assert_eq!(syntax, Syntax::Cii);
    assert_eq!(f.number.as_deref(), Some("F20260023"));
    assert_eq!(f.date.as_deref(), Some("2026-01-31"));
    assert_eq!(f.recipient_service.as_deref(), Some("SERVEXEC"));
    assert_eq!(f.engagement_number.as_deref(), Some("PO201925478"));
    assert_eq!(f.market_number.as_deref(), Some("CT2018120802"));
    assert_eq!(f.original_number.as_deref(), Some("F20260003"));
    assert_eq!(f.supplier_identifier.as_deref(), Some("12345678200077"));
    assert_eq!(f.recipient_identifier, None); // only a SIREN (0002) and a GLN
    assert_eq!(f.vat_lines.len(), 4);
    // 3 lines, then 4 document-level allowances and 4 charges.
    assert_eq!(f.lines.len(), 11);
    assert_eq!(f.lines[1].net_amount, d("28.00"));
    assert_eq!(f.lines[1].unit_price, d("9.333333")); // line allowances and charges
    assert_eq!(f.lines[3].description, "Remise : REMISE COMMERCIALE");
    assert_eq!(
        (
            f.lines[3].quantity,
            f.lines[3].unit_price,
            f.lines[3].net_amount
        ),
        (d("-1"), d("5.00"), d("-5.00"))
    );
    assert!(f.lines[7].description.starts_with("Frais"));
    assert_eq!(amounts::check(&content_of(&f)), vec![]);

    let xml = include_str!("../../tests/fixtures/akretion/ubl-21-en16931.xml");
    let (syntax, f) = read(xml.as_bytes()).unwrap();
    assert_eq!(syntax, Syntax::Ubl);
    assert_eq!(f.number.as_deref(), Some("F124212"));
    assert_eq!(f.supplier_identifier.as_deref(), Some("99999999800019"));
    assert_eq!(f.recipient_identifier.as_deref(), Some("78787878400018"));
    assert_eq!(f.amount_due, some_d("208.03"));
    assert_eq!(f.lines.len(), 5);
    assert_eq!(f.lines[4].description, "Frais : Surtaxe carburant");
    assert_eq!(amounts::check(&content_of(&f)), vec![]);
}

#[test]
fn details_keep_what_the_rules_need() {
    let xml = include_str!("../../tests/fixtures/akretion/factur-x-en16931.xml");
    let (_, f, d) = read_details(xml.as_bytes()).unwrap();
    assert_eq!(f.number.as_deref(), Some("F20260023"));
    assert_eq!(d.type_code.as_deref(), Some("380"));
    assert_eq!(d.business_process.as_deref(), Some("S1"));
    assert_eq!(d.lines.len(), 3); // without the document-level allowances and charges
    assert_eq!((d.allowances.len(), d.charges.len()), (4, 4));
    assert_eq!(d.line_total, some_d("95.00"));
    assert_eq!(d.allowance_total, some_d("9.00"));
    assert_eq!(d.charge_total, some_d("14.00"));
    assert_eq!(d.prepaid, some_d("0.00"));
    assert_eq!(d.breakdown.len(), 4);
    assert_eq!(d.breakdown[1].category.as_deref(), Some("E"));
    assert_eq!(
        d.breakdown[1].exemption_code.as_deref(),
        Some("VATEX-EU-79-C")
    );
    assert_eq!(d.seller.ids.len(), 5);
    assert_eq!(d.seller.vat_ids, ["FR11123456782"]);
    assert_eq!(d.buyer.legal_id.as_ref().unwrap().value, "987654321");
    assert_eq!(
        d.tax_representative_vat.as_deref(),
        Some("FR 05 987 654 321")
    );
    assert!(d.seller.address && d.buyer.country.as_deref() == Some("FR"));
    assert_eq!(d.vat_totals_in_currency, Some(1));
    assert!(!d.ubl);

    let xml = include_str!("../../tests/fixtures/akretion/ubl-21-en16931.xml");
    let (_, _, d) = read_details(xml.as_bytes()).unwrap();
    assert!(d.ubl);
    assert_eq!(d.vat_totals_in_currency, Some(1));
    assert_eq!(d.lines.len(), 2);
    assert_eq!(d.lines[0].unit.as_deref(), Some("C62"));
    assert_eq!(d.lines[0].net_price, some_d("13.50"));
    assert_eq!(d.prepaid, some_d("100.00"));
    assert_eq!(d.seller.tax_registration.as_deref(), Some("DGFIP_ref_1242"));
    assert_eq!(d.seller.vat_ids, ["FR11999999998"]);
    // The SIRET endpoint counts, the 0225 one does not.
    assert_eq!(d.buyer.ids.len(), 1);
    assert_eq!(d.tax_representative_vat.as_deref(), Some("FR15123456789"));
    assert_eq!(
        read_details(b"<Invoice/>").unwrap_err().code,
        "xml_not_invoice"
    );
}

#[test]
fn details_count_the_vat_totals_in_the_document_currency() {
    let ubl = |totals: &str| {
        format!(
            r#"<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2">
 <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>{totals}</Invoice>"#
        )
    };
    let total = |cur: &str| {
        format!(
            r#"<cac:TaxTotal><cbc:TaxAmount currencyID="{cur}">1</cbc:TaxAmount></cac:TaxTotal>"#
        )
    };
    let count = |xml: String| {
        read_details(xml.as_bytes())
            .unwrap()
            .2
            .vat_totals_in_currency
    };
    assert_eq!(count(ubl(&total("EUR"))), Some(1));
    assert_eq!(count(ubl(&(total("EUR") + &total("EUR")))), Some(2));
    assert_eq!(count(ubl(&(total("EUR") + &total("SEK")))), Some(1));
    assert_eq!(count(ubl("")), Some(0));
    // Each cac:TaxTotal with subtotals keeps its amount and their sum (BR-CO-14).
    let xml = ubl(
        r#"<cac:TaxTotal><cbc:TaxAmount currencyID="EUR">300</cbc:TaxAmount>
 <cac:TaxSubtotal><cbc:TaxAmount>250</cbc:TaxAmount></cac:TaxSubtotal>
 <cac:TaxSubtotal><cbc:TaxAmount>150.00</cbc:TaxAmount></cac:TaxSubtotal></cac:TaxTotal>"#,
    );
    let d = read_details(xml.as_bytes()).unwrap().2;
    assert_eq!(d.ubl_tax_totals, [(Decimal::from(300), Decimal::from(400))]);
}

#[test]
fn details_count_incomplete_groups() {
    let xml = r#"<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2">
 <cac:AccountingSupplierParty><cac:Party><cbc:EndpointID>s@example.com</cbc:EndpointID></cac:Party></cac:AccountingSupplierParty>
 <cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>F-1</cbc:ID></cac:InvoiceDocumentReference></cac:BillingReference>
 <cac:BillingReference><cac:InvoiceDocumentReference/></cac:BillingReference>
 <cac:Delivery><cac:DeliveryLocation><cac:Address><cbc:CityName>Paris</cbc:CityName></cac:Address></cac:DeliveryLocation></cac:Delivery>
 <cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID> </cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
 <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode></cac:PaymentMeans>
 <cac:PaymentMeans><cbc:PaymentMeansCode>31</cbc:PaymentMeansCode></cac:PaymentMeans>
 <cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator><cbc:Amount>1</cbc:Amount></cac:AllowanceCharge>
 <cac:AllowanceCharge><cbc:ChargeIndicator>true</cbc:ChargeIndicator><cbc:AllowanceChargeReasonCode>FC</cbc:AllowanceChargeReasonCode></cac:AllowanceCharge>
 <cac:InvoiceLine><cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator></cac:AllowanceCharge><cac:Item>
  <cac:AdditionalItemProperty><cbc:Name>Colour</cbc:Name><cbc:Value>red</cbc:Value></cac:AdditionalItemProperty>
  <cac:AdditionalItemProperty><cbc:Name>Size</cbc:Name></cac:AdditionalItemProperty>
  <cac:StandardItemIdentification><cbc:ID>123</cbc:ID></cac:StandardItemIdentification>
  <cac:CommodityClassification><cbc:ItemClassificationCode listID="STI">9</cbc:ItemClassificationCode></cac:CommodityClassification>
 </cac:Item></cac:InvoiceLine></Invoice>"#;
    let d = read_details(xml.as_bytes()).unwrap().2;
    assert_eq!(d.references_without_number, 1);
    assert!(d.delivery_address_without_country);
    assert_eq!(d.incomplete_item_attributes, 1);
    assert_eq!(
        (d.transfers_without_account, d.accounts_with_blank_id),
        (1, 1)
    );
    let fixed = xml.replace(
        "<cbc:CityName>Paris</cbc:CityName>",
        "<cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country>",
    );
    assert!(
        !read_details(fixed.as_bytes())
            .unwrap()
            .2
            .delivery_address_without_country
    );
}

#[test]
fn details_know_the_delivery_date_period_and_country() {
    let ubl = |body: &str| {
        let xml = format!(
            r#"<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2">{body}</Invoice>"#
        );
        let d = read_details(xml.as_bytes()).unwrap().2;
        (d.delivery_date_or_period, d.deliver_to_country)
    };
    assert_eq!(ubl(""), (false, false));
    assert_eq!(
        ubl("<cac:InvoicePeriod><cbc:StartDate>2026-01-01</cbc:StartDate></cac:InvoicePeriod>"),
        (true, false)
    );
    assert_eq!(
        ubl(
            "<cac:Delivery><cbc:ActualDeliveryDate>2026-01-01</cbc:ActualDeliveryDate>\
             <cac:DeliveryLocation><cac:Address><cac:Country>\
             <cbc:IdentificationCode>DE</cbc:IdentificationCode>\
             </cac:Country></cac:Address></cac:DeliveryLocation></cac:Delivery>"
        ),
        (true, true)
    );
}

/// A UBL invoice of the given body, its details.
fn ubl_details(body: &str) -> Details {
    let xml = format!(
        r#"<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2">{body}</Invoice>"#
    );
    read_details(xml.as_bytes()).unwrap().2
}

/// The EN 16931 CII example with `edits` (from, to) made, its details.
fn cii_details(edits: &[(&str, &str)]) -> Details {
    let mut xml = EN16931.to_string();
    for (from, to) in edits {
        assert!(xml.contains(from), "{from}");
        xml = xml.replacen(from, to, 1);
    }
    read_details(xml.as_bytes()).unwrap().2
}

fn bad_codes(d: &Details) -> Vec<(&'static str, &str)> {
    d.bad_codes
        .iter()
        .map(|(c, v)| (c.rule(), v.as_str()))
        .collect()
}

#[test]
fn details_find_ubl_codes_outside_their_lists_where_the_rules_look() {
    let body = r#"<cbc:InvoiceTypeCode>999</cbc:InvoiceTypeCode>
 <cbc:Note>#QQQ#unknown subject</cbc:Note><cbc:Note>#AAI#general information</cbc:Note>
 <cbc:TaxCurrencyCode>GGG</cbc:TaxCurrencyCode>
 <cac:AdditionalDocumentReference><cbc:ID schemeID="XXA">1</cbc:ID><cbc:DocumentTypeCode>130</cbc:DocumentTypeCode></cac:AdditionalDocumentReference>
 <cac:AdditionalDocumentReference><cbc:ID schemeID="XXA">2</cbc:ID><cbc:DocumentTypeCode>916</cbc:DocumentTypeCode>
  <cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode="application/pxf">x</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>
 <cac:AccountingSupplierParty><cac:Party><cac:PartyIdentification><cbc:ID schemeID="SEPA">DE98ZZZ09999999999</cbc:ID></cac:PartyIdentification>
  <cac:PostalAddress><cac:Country><cbc:IdentificationCode>XY</cbc:IdentificationCode></cac:Country></cac:PostalAddress></cac:Party></cac:AccountingSupplierParty>
 <cac:AccountingCustomerParty><cac:Party><cac:PartyIdentification><cbc:ID schemeID="SEPA">1</cbc:ID></cac:PartyIdentification></cac:Party></cac:AccountingCustomerParty>
 <cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator><cbc:AllowanceChargeReasonCode>FC</cbc:AllowanceChargeReasonCode><cbc:Amount>1.00</cbc:Amount></cac:AllowanceCharge>
 <cac:AllowanceCharge><cbc:ChargeIndicator>true</cbc:ChargeIndicator><cbc:AllowanceChargeReasonCode>FC</cbc:AllowanceChargeReasonCode><cbc:Amount currencyID="EUR">1.00</cbc:Amount></cac:AllowanceCharge>
 <cac:InvoiceLine><cbc:Note>#QQQ#a line's note</cbc:Note><cbc:InvoicedQuantity unitCode="2D">1</cbc:InvoicedQuantity>
  <cac:Item><cac:OriginCountry><cbc:IdentificationCode>HC</cbc:IdentificationCode></cac:OriginCountry>
  <cac:ClassifiedTaxCategory><cbc:ID>AA</cbc:ID></cac:ClassifiedTaxCategory></cac:Item></cac:InvoiceLine>"#;
    assert_eq!(
        bad_codes(&ubl_details(body)),
        [
            ("BR-CL-01", "999"),
            ("BR-CL-08", "QQQ"),
            ("BR-CL-05", "GGG"),
            ("BR-CL-07", "XXA"),
            ("BR-CL-24", "application/pxf"),
            ("BR-CL-14", "XY"),
            ("BR-CL-10", "SEPA"),
            ("BR-CL-19", "FC"),
            ("BR-CL-03", ""),
            ("BR-CL-23", "2D"),
            ("BR-CL-15", "HC"),
            ("BR-CL-18", "AA"),
        ]
    );
    let fixed = body
        .replace(">999<", ">380<")
        .replace("#QQQ#unknown", "#AAI#known")
        .replace("GGG", "NOK")
        .replace(">130<", ">916<")
        .replace("application/pxf", "application/pdf")
        .replace(">XY<", ">NO<")
        .replace(r#"schemeID="SEPA">1<"#, r#"schemeID="0088">1<"#)
        .replace(
            "false</cbc:ChargeIndicator><cbc:AllowanceChargeReasonCode>FC",
            "false</cbc:ChargeIndicator><cbc:AllowanceChargeReasonCode>95",
        )
        .replace("<cbc:Amount>", r#"<cbc:Amount currencyID="EUR">"#)
        .replace("2D", "C62")
        .replace(">HC<", ">CN<")
        .replace(">AA<", ">S<");
    assert_eq!(bad_codes(&ubl_details(&fixed)), []);
}

#[test]
fn details_find_cii_codes_outside_their_lists_where_the_rules_look() {
    assert_eq!(bad_codes(&cii_details(&[])), []);
    let d = cii_details(&[
        ("<ram:TypeCode>380<", "<ram:TypeCode>999<"),
        (
            r#"<ram:GlobalID schemeID="0009">1234"#,
            r#"<ram:GlobalID schemeID="9901">1234"#,
        ),
        (
            "<ram:Name>Journee de maintenance</ram:Name>",
            r#"<ram:GlobalID schemeID="9902">1</ram:GlobalID><ram:Name>Journee de maintenance</ram:Name>"#,
        ),
        (
            r#"<ram:ID schemeID="0002">2000"#,
            r#"<ram:ID schemeID="9903">2000"#,
        ),
        // A tax registration's scheme (VA, FC) is no ICD code and no BR-CL-11 matter.
        (
            "<ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress></ram:BuyerTradeParty>",
            "<ram:CountryID>SS</ram:CountryID></ram:PostalTradeAddress></ram:BuyerTradeParty>",
        ),
        ("<ram:TypeCode>30<", "<ram:TypeCode>99<"),
        (
            "<ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:ApplicableTradeTax>\n    <ram:Specified",
            "<ram:CategoryCode>X</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:ApplicableTradeTax>\n    <ram:Specified",
        ),
        (r#"unitCode="C62""#, r#"unitCode="2D""#),
        (r#"currencyID="EUR""#, r#"currencyID="EUX""#),
    ]);
    assert_eq!(
        bad_codes(&d),
        [
            ("BR-CL-01", "999"),
            ("BR-CL-21", "9902"),
            ("BR-CL-23", "2D"),
            ("BR-CL-18", "X"),
            ("BR-CL-10", "9901"),
            ("BR-CL-11", "9903"),
            ("BR-CL-14", "SS"),
            ("BR-CL-16", "99"),
            ("BR-CL-03", "EUX"),
        ]
    );
}

/// (BR-17, BR-49, BR-52, BR-53, BR-28, BR-29, BR-30, BR-CO-19, BR-CO-20, BR-CO-03) as read.
fn group_rules(d: &Details) -> [usize; 10] {
    [
        d.payees_not_distinct,
        d.payment_means_without_code,
        d.documents_without_reference,
        usize::from(d.tax_currency_without_total),
        d.negative_gross_prices,
        d.periods_reversed,
        d.line_periods_reversed,
        d.periods_without_dates,
        d.line_periods_without_dates,
        usize::from(d.tax_point_date_and_code),
    ]
}

#[test]
fn details_read_the_ubl_group_rules() {
    let broken = r#"<cbc:TaxPointDate>2013-06-30</cbc:TaxPointDate>
 <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode><cbc:TaxCurrencyCode>NOK</cbc:TaxCurrencyCode>
 <cac:InvoicePeriod><cbc:StartDate>2013-06-01</cbc:StartDate><cbc:EndDate>2013-05-01</cbc:EndDate></cac:InvoicePeriod>
 <cac:InvoicePeriod><cbc:DescriptionCode>35</cbc:DescriptionCode></cac:InvoicePeriod>
 <cac:InvoicePeriod/>
 <cac:AdditionalDocumentReference><cbc:ID> </cbc:ID></cac:AdditionalDocumentReference>
 <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>Seller</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>
 <cac:PayeeParty><cac:PartyName><cbc:Name>Seller</cbc:Name></cac:PartyName></cac:PayeeParty>
 <cac:PayeeParty/>
 <cac:PaymentMeans><cbc:PaymentID>1</cbc:PaymentID></cac:PaymentMeans>
 <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">25.00</cbc:TaxAmount></cac:TaxTotal>
 <cac:InvoiceLine><cac:InvoicePeriod><cbc:StartDate>2013-06-02</cbc:StartDate><cbc:EndDate>2013-06-01+02:00</cbc:EndDate></cac:InvoicePeriod>
  <cac:InvoicePeriod/>
  <cac:Price><cac:AllowanceCharge><cbc:BaseAmount currencyID="EUR">-1</cbc:BaseAmount></cac:AllowanceCharge></cac:Price></cac:InvoiceLine>
 <cac:CreditNoteLine><cac:Price><cac:AllowanceCharge><cbc:BaseAmount currencyID="EUR">-0.5</cbc:BaseAmount></cac:AllowanceCharge></cac:Price></cac:CreditNoteLine>"#;
    assert_eq!(
        group_rules(&ubl_details(broken)),
        [2, 1, 1, 1, 2, 1, 1, 1, 1, 1]
    );
    let fixed = broken
        .replace("<cbc:TaxPointDate>2013-06-30</cbc:TaxPointDate>", "")
        .replace("2013-05-01", "2013-07-01")
        .replace("<cac:InvoicePeriod/>", "")
        .replace("<cbc:ID> </cbc:ID>", "<cbc:ID>Doc-1</cbc:ID>")
        .replace(
            "<cac:PartyName><cbc:Name>Seller</cbc:Name></cac:PartyName></cac:PayeeParty>",
            "<cac:PartyName><cbc:Name>Factor</cbc:Name></cac:PartyName></cac:PayeeParty>",
        )
        .replace("<cac:PayeeParty/>", "")
        .replace("<cbc:PaymentID>1</cbc:PaymentID>", "<cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>NO99</cbc:ID></cac:PayeeFinancialAccount>")
        .replace("</cac:TaxTotal>", r#"</cac:TaxTotal><cac:TaxTotal><cbc:TaxAmount currencyID="NOK">250</cbc:TaxAmount></cac:TaxTotal>"#)
        .replace("2013-06-01+02:00", "2013-06-02")
        .replace(">-0.5<", ">0<");
    // A line's gross price of 0 passes; the first line's -1 alone stays negative.
    assert_eq!(
        group_rules(&ubl_details(&fixed)),
        [0, 0, 0, 0, 1, 0, 0, 0, 0, 0]
    );
}

#[test]
fn details_read_the_cii_group_rules() {
    assert_eq!(group_rules(&cii_details(&[])), [0; 10]);
    let d = cii_details(&[
        (
            "<ram:BuyerOrderReferencedDocument>",
            "<ram:AdditionalReferencedDocument><ram:TypeCode>916</ram:TypeCode></ram:AdditionalReferencedDocument><ram:BuyerOrderReferencedDocument>",
        ),
        (
            "<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>",
            "<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode><ram:TaxCurrencyCode>EUR</ram:TaxCurrencyCode>\
             <ram:PayeeTradeParty><ram:ID>x</ram:ID><ram:Name>Atelier Exemple SARL</ram:Name></ram:PayeeTradeParty>\
             <ram:SpecifiedTradeSettlementPaymentMeans/>",
        ),
        (
            "<ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:ApplicableTradeTax>\n   <ram:Specified",
            "<ram:DueDateTypeCode>5</ram:DueDateTypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:ApplicableTradeTax>\
             <ram:BillingSpecifiedPeriod><ram:StartDateTime><udt:DateTimeString format=\"102\">20240301</udt:DateTimeString></ram:StartDateTime>\
             <ram:EndDateTime><udt:DateTimeString format=\"102\">20240201</udt:DateTimeString></ram:EndDateTime></ram:BillingSpecifiedPeriod>\n   <ram:Specified",
        ),
        (
            "<ram:CalculatedAmount>25.00</ram:CalculatedAmount>",
            "<ram:CalculatedAmount>25.00</ram:CalculatedAmount><ram:TaxPointDate><udt:DateString format=\"102\">20240301</udt:DateString></ram:TaxPointDate>",
        ),
        (
            "<ram:ChargeAmount>12.50</ram:ChargeAmount></ram:NetPriceProductTradePrice>",
            "<ram:ChargeAmount>12.50</ram:ChargeAmount></ram:NetPriceProductTradePrice>\
             <ram:GrossPriceProductTradePrice><ram:ChargeAmount>-1</ram:ChargeAmount></ram:GrossPriceProductTradePrice>",
        ),
        (
            "<ram:SpecifiedTradeSettlementLineMonetarySummation>",
            "<ram:BillingSpecifiedPeriod/><ram:SpecifiedTradeSettlementLineMonetarySummation>",
        ),
    ]);
    // The VAT accounting currency is the invoice currency (BR-53); the payee shares the
    // seller's name (BR-17); the line period has no date (BR-CO-20).
    assert_eq!(group_rules(&d), [1, 1, 1, 1, 1, 1, 0, 0, 1, 1]);
}

#[test]
fn details_read_the_cii_line_allowances_accounts_and_schemes() {
    let d = cii_details(&[
        (
            "<ram:SpecifiedTradeSettlementLineMonetarySummation>",
            "<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>false</udt:Indicator></ram:ChargeIndicator></ram:SpecifiedTradeAllowanceCharge>\
             <ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>true</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>1.00</ram:ActualAmount><ram:Reason>Fret</ram:Reason></ram:SpecifiedTradeAllowanceCharge>\
             <ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>1</udt:Indicator></ram:ChargeIndicator></ram:SpecifiedTradeAllowanceCharge>\
             <ram:SpecifiedTradeSettlementLineMonetarySummation>",
        ),
        (
            "<ram:Name>Journee de maintenance</ram:Name>",
            "<ram:GlobalID>3000</ram:GlobalID><ram:Name>Journee de maintenance</ram:Name>\
             <ram:DesignatedProductClassification><ram:ClassCode listID=\" \">1</ram:ClassCode></ram:DesignatedProductClassification>",
        ),
        (
            "<ram:IBANID>FR7630006000011234567890189</ram:IBANID>",
            "<ram:IBANID> </ram:IBANID>",
        ),
        (
            "<ram:Name>Atelier Exemple SARL</ram:Name>",
            "<ram:Name>Atelier Exemple SARL</ram:Name><ram:URIUniversalCommunication><ram:URIID>a@b.fr</ram:URIID></ram:URIUniversalCommunication>",
        ),
    ]);
    // Only 'true' and 'false' make a line charge or allowance in the official CII rules.
    assert_eq!((d.line_allowances.len(), d.line_charges.len()), (1, 1));
    assert!(d.line_allowances[0].amount.is_none() && !d.line_allowances[0].reason);
    assert!(d.line_charges[0].amount.is_some() && d.line_charges[0].reason);
    assert_eq!(
        (d.item_ids_without_scheme, d.classifications_without_list),
        (1, 1)
    );
    assert_eq!(
        (d.transfers_without_account, d.accounts_with_blank_id),
        (0, 1)
    );
    assert!(d.seller_endpoint_without_scheme && !d.buyer_endpoint_without_scheme);
}

#[test]
fn details_find_amounts_with_more_than_two_decimals() {
    let long = |d: &Details| -> Vec<(&str, String)> { d.long_decimals.clone() };
    assert_eq!(long(&cii_details(&[])), []);
    let d = cii_details(&[
        (
            "<ram:LineTotalAmount>125.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>",
            "<ram:LineTotalAmount>125.0000</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>",
        ),
        (
            "<ram:TaxBasisTotalAmount>125.00<",
            "<ram:TaxBasisTotalAmount>125.001<",
        ),
        // 25.000 is a whole number of cents: BR-DEC-13 computes, it does not count characters.
        (
            ">25.00</ram:TaxTotalAmount>",
            ">25.000</ram:TaxTotalAmount>",
        ),
        ("<ram:BasisAmount>125.00<", "<ram:BasisAmount>125.000<"),
    ]);
    assert_eq!(
        long(&d),
        [
            ("BR-DEC-19", "125.000".to_string()),
            ("BR-DEC-12", "125.001".to_string()),
            ("BR-DEC-23", "125.0000".to_string()),
        ]
    );
    let d = cii_details(&[(
        ">25.00</ram:TaxTotalAmount>",
        ">25.005</ram:TaxTotalAmount>",
    )]);
    assert_eq!(long(&d), [("BR-DEC-13", "25.005".to_string())]);

    let body = r#"<cac:AllowanceCharge><cbc:ChargeIndicator>true</cbc:ChargeIndicator><cbc:Amount currencyID="EUR">1.005</cbc:Amount></cac:AllowanceCharge>
 <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">1.001</cbc:TaxAmount><cac:TaxSubtotal><cbc:TaxAmount currencyID="EUR">1.00</cbc:TaxAmount></cac:TaxSubtotal></cac:TaxTotal>
 <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="EUR">10.1</cbc:PayableAmount></cac:LegalMonetaryTotal>
 <cac:InvoiceLine><cbc:LineExtensionAmount currencyID="EUR">5.125</cbc:LineExtensionAmount>
  <cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator><cbc:BaseAmount currencyID="EUR">5.125</cbc:BaseAmount></cac:AllowanceCharge></cac:InvoiceLine>"#;
    // UBL's BR-DEC-13 never fires (its test compares with a child the VAT total has not).
    assert_eq!(
        long(&ubl_details(body)),
        [
            ("BR-DEC-23", "5.125".to_string()),
            ("BR-DEC-25", "5.125".to_string()),
            ("BR-DEC-05", "1.005".to_string()),
        ]
    );
}
