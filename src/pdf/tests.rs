//! Tests of the analysis: round trips through the generator, hostile inputs, fixtures.

use rust_decimal::Decimal;

use super::generate::{Certificate, certificate_pdf, invoice_pdf};
use super::*;
use crate::domain::invoice::{Amounts, InvoiceContent};
use crate::domain::invoice::{
    Framework, InvoiceType, Line, Party, PaymentMode, VatLine, VatRegime,
};

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

pub(super) fn sample_invoice(lines: usize) -> InvoiceContent {
    let line = |i: usize| Line {
        description: format!(
            "Prestation n°{i} : maintenance préventive « été » du système de chauffage, \
             déplacement et main-d'œuvre compris"
        ),
        quantity: dec("1.5"),
        unit: "HUR".into(),
        unit_price: dec("80"),
        vat_rate: dec("20"),
        net_amount: dec("120.00"),
    };
    let total = dec("120.00") * Decimal::from(lines as i64);
    let vat = total * dec("0.2");
    InvoiceContent {
        number: "F-2026-0042".into(),
        date: "2026-11-22".into(),
        invoice_type: InvoiceType::Facture,
        currency: "EUR".into(),
        framework: Framework::A1,
        vat_regime: Some(VatRegime::TvaSurDebit),
        payment_mode: Some(PaymentMode::Virement),
        supplier: Party {
            identifier: "73282932000074".into(),
            name: "Chauffage Étienne & Fils".into(),
            service_code: None,
            vat_number: Some("FR44732829320".into()),
            address: Some("12 rue de la Forêt".into()),
            postcode: Some("69003".into()),
            city: Some("Lyon".into()),
            country: Some("FR".into()),
            electronic_address: None,
        },
        recipient: Party {
            identifier: "21730065600014".into(),
            name: "Commune de Montreuil-sur-Mer".into(),
            service_code: Some("SERV-TECH".into()),
            vat_number: None,
            address: Some("Place de l'Hôtel de Ville".into()),
            postcode: Some("62170".into()),
            city: Some("Montreuil".into()),
            country: Some("FR".into()),
            electronic_address: None,
        },
        engagement_number: Some("EJ2026-00123".into()),
        market_number: Some("M-2025-17".into()),
        original_number: None,
        original_date: None,
        due_date: None,
        lines: (1..=lines).map(line).collect(),
        vat_lines: vec![VatLine {
            category: "S".into(),
            rate: dec("20"),
            base: total,
            amount: vat,
        }],
        amounts: Amounts {
            total_excl_vat: total,
            vat,
            total_incl_vat: total + vat,
            amount_due: total + vat,
        },
        comment: Some("Merci de rappeler le numéro de facture lors du règlement.".into()),
        notes: Vec::new(),
        billing_mode: None,
        payee_iban: None,
        vat_total_eur: None,
    }
}

/// A minimal CII (EN 16931) document; its content does not matter to the PDF layer.
pub(super) const CII: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
<rsm:ExchangedDocument><ram:ID>F-2026-0042</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">20261122</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
</rsm:CrossIndustryInvoice>
"#;

fn guess(text: &str) -> crate::domain::invoice::DocumentFields {
    text::guess_fields(text, &mut Work::unlimited()).unwrap()
}

fn code(r: Result<Analysis>) -> String {
    match r {
        Ok(a) => format!("ok ({} pages, xml: {})", a.pages, a.embedded.is_some()),
        Err(e) => {
            assert_eq!(e.kind, crate::error::ErrorKind::Invalid, "{e:?}");
            assert!(!e.hints.is_empty(), "{e:?}");
            e.code
        }
    }
}

/// A PDF file from object bodies (object i + 1 is `objects[i]`) with a correct xref table.
fn build_pdf(objects: &[Vec<u8>], trailer: &str) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} {trailer} >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn obj(s: &str) -> Vec<u8> {
    s.as_bytes().to_vec()
}

fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut v = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
    v.extend_from_slice(data);
    v.extend_from_slice(b"\nendstream");
    v
}

/// Catalog (1), pages (2), one page (3) drawing `content` (4) with Helvetica (5).
fn plain_pdf(content: &[u8], filter: &str, catalog_extra: &str, more: &[Vec<u8>]) -> Vec<u8> {
    let mut objects = vec![
        obj(&format!(
            "<< /Type /Catalog /Pages 2 0 R {catalog_extra} >>"
        )),
        obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        obj(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \
             /Resources << /Font << /F1 5 0 R >> >> >>",
        ),
        stream(filter, content),
        obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
    ];
    objects.extend_from_slice(more);
    build_pdf(&objects, "/Root 1 0 R")
}

/// A hand-made zlib stream (fixed Huffman codes): compressing hundreds of MB for real would
/// be slow in a debug build.
struct Deflate {
    out: Vec<u8>,
    acc: u64,
    bits: u32,
}

impl Deflate {
    fn new() -> Self {
        let mut d = Deflate {
            out: vec![0x78, 0x01],
            acc: 0,
            bits: 0,
        };
        d.put(1, 1); // last block
        d.put(1, 2); // fixed Huffman codes
        d
    }

    fn put(&mut self, value: u32, count: u32) {
        self.acc |= u64::from(value) << self.bits;
        self.bits += count;
        while self.bits >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.bits -= 8;
        }
    }

    /// Huffman codes go most significant bit first.
    fn code(&mut self, code: u32, count: u32) {
        self.put(code.reverse_bits() >> (32 - count), count);
    }

    fn symbol(&mut self, s: u32) {
        match s {
            0..=143 => self.code(0x30 + s, 8),
            144..=255 => self.code(0x190 + s - 144, 9),
            256..=279 => self.code(s - 256, 7),
            _ => self.code(0xC0 + s - 280, 8),
        }
    }

    fn literal(&mut self, byte: u8) {
        self.symbol(u32::from(byte));
    }

    /// Copies `len` (≥ 3) bytes from `distance` back.
    fn repeat(&mut self, distance: u32, mut len: u32) {
        const LEN: [u32; 29] = [
            3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99,
            115, 131, 163, 195, 227, 258,
        ];
        const LEN_EXTRA: [u32; 29] = [
            0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
        ];
        const DIST: [u32; 16] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193];
        const DIST_EXTRA: [u32; 16] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6];
        assert!(len >= 3 && distance <= 256);
        // Fast path for long runs of zeros: length 258 (symbol 285), distance 1 (code 0).
        let code_258 = 0b1100_0101u32.reverse_bits() >> 24;
        while distance == 1 && len > 261 {
            self.put(code_258, 13);
            len -= 258;
        }
        while len > 0 {
            let take = match len {
                0..=258 => len,
                261.. => 258,
                _ => len - 3,
            };
            let l = LEN.iter().rposition(|&b| b <= take).unwrap();
            self.symbol(257 + l as u32);
            self.put(take - LEN[l], LEN_EXTRA[l]);
            let d = DIST.iter().rposition(|&b| b <= distance).unwrap();
            self.code(d as u32, 5);
            self.put(distance - DIST[d], DIST_EXTRA[d]);
            len -= take;
        }
    }

    fn finish(mut self, adler: u32) -> Vec<u8> {
        self.symbol(256);
        if self.bits > 0 {
            self.out.push(self.acc as u8);
        }
        self.out.extend_from_slice(&adler.to_be_bytes());
        self.out
    }
}

fn adler32(data: &[u8]) -> (u32, u32) {
    let (mut a, mut b) = (1u32, 0u32);
    for &x in data {
        a = (a + u32::from(x)) % 65521;
        b = (b + a) % 65521;
    }
    (a, b)
}

/// zlib of `prefix` followed by `zeros` zero bytes (NUL is white space to a PDF parser).
fn zeros_zlib(prefix: &[u8], zeros: usize) -> Vec<u8> {
    assert!(zeros >= 4);
    let mut d = Deflate::new();
    for &b in prefix {
        d.literal(b);
    }
    d.literal(0);
    d.repeat(1, (zeros - 1) as u32);
    let (a, b) = adler32(prefix);
    let b = ((u64::from(b) + zeros as u64 * u64::from(a)) % 65521) as u32;
    d.finish((b << 16) | a)
}

/// zlib of data that repeats with `period` bytes (after some start).
fn periodic_zlib(data: &[u8], period: usize) -> Vec<u8> {
    let mut d = Deflate::new();
    let mut i = 0;
    while i < data.len() {
        let mut run = 0;
        while i >= period && i + run < data.len() && data[i + run] == data[i + run - period] {
            run += 1;
        }
        if run >= 3 {
            d.repeat(period as u32, run as u32);
            i += run;
        } else {
            d.literal(data[i]);
            i += 1;
        }
    }
    let (a, b) = adler32(data);
    d.finish((b << 16) | a)
}

#[test]
fn hand_made_zlib_inflates_right() {
    let inflate = |z: Vec<u8>| {
        lopdf::Stream::new(lopdf::dictionary! { "Filter" => "FlateDecode" }, z)
            .get_plain_content_with_limit(1 << 20)
            .unwrap()
    };
    let mut expected = b"12 0 \xff".to_vec();
    expected.resize(expected.len() + 100_000, 0);
    assert!(inflate(zeros_zlib(b"12 0 \xff", 100_000)) == expected);
    let data: Vec<u8> = (0..50_000u32).map(|i| (i % 13 * 19) as u8).collect();
    assert!(inflate(periodic_zlib(&data, 13)) == data);
}

// ---------------------------------------------------------------------------------------------
// Round trips.

#[test]
fn reused_inflater_agrees_with_lopdf() {
    let data: Vec<u8> = (0..50_000u32).map(|i| (i % 13 * 19) as u8).collect();
    let good = periodic_zlib(&data, 13);
    let mut bad_adler = good.clone();
    *bad_adler.last_mut().unwrap() ^= 1;
    let streams = [
        good.clone(),
        zeros_zlib(b"12 0 obj", 100_000),
        bad_adler,
        good[..good.len() / 2].to_vec(),
        b"this is not zlib".to_vec(),
        Vec::new(),
    ];
    let filters = [
        lopdf::dictionary! { "Filter" => "FlateDecode" },
        lopdf::dictionary! { "Filter" => vec![Object::from("FlateDecode")] },
        lopdf::dictionary! { "Filter" => "FlateDecode", "DecodeParms" => lopdf::dictionary! {} },
        lopdf::dictionary! {},
        // Declared lengths only size the buffer: right, short, long, or a lie past deflate's
        // largest expansion.
        lopdf::dictionary! { "Filter" => "FlateDecode", "Params" => lopdf::dictionary! { "Size" => 50_000 } },
        lopdf::dictionary! { "Filter" => "FlateDecode", "DL" => 10 },
        lopdf::dictionary! { "Filter" => "FlateDecode", "DL" => 100_000_000 },
        lopdf::dictionary! { "Filter" => "FlateDecode", "DL" => i64::MAX },
        lopdf::dictionary! { "Filter" => "FlateDecode", "DL" => -1 },
    ];
    let outcome = |r: lopdf::Result<Vec<u8>>| r.map_err(|e| e.to_string());
    for z in &streams {
        for dict in &filters {
            let stream = lopdf::Stream::new(dict.clone(), z.clone());
            for limit in [0, 100, 49_999, 50_000, 50_001, 100_007, 100_008, 1 << 20] {
                assert_eq!(
                    outcome(inflate::plain_content(&stream, limit)),
                    outcome(stream.get_plain_content_with_limit(limit)),
                    "limit {limit}, {} bytes, {dict:?}",
                    z.len()
                );
            }
        }
    }
}

#[test]
fn generated_invoice_carries_its_xml() {
    let pdf = invoice_pdf(&sample_invoice(3), CII.as_bytes()).unwrap();
    assert!(pdf.starts_with(b"%PDF-1.7\n"));
    let a = analyse(&pdf).unwrap();
    assert_eq!(a.pages, 1);
    let xml = a.embedded.expect("factur-x.xml found");
    assert_eq!(xml.filename, "factur-x.xml");
    assert_eq!(xml.relationship.as_deref(), Some("Data"));
    assert_eq!(xml.bytes, CII.as_bytes());
    assert!(
        a.text.is_empty(),
        "no text extraction when the XML is there"
    );
}

#[test]
fn generated_invoice_is_deterministic_and_paginates() {
    let content = sample_invoice(120);
    let one = invoice_pdf(&content, CII.as_bytes()).unwrap();
    let two = invoice_pdf(&content, CII.as_bytes()).unwrap();
    assert!(one == two, "same input, same bytes");
    let a = analyse(&one).unwrap();
    assert!(a.pages >= 4, "{} pages for 120 lines", a.pages);

    let mut other = content.clone();
    other.number = "F-2026-0043".into();
    let three = invoice_pdf(&other, CII.as_bytes()).unwrap();
    assert!(one != three);
}

/// The text our extraction reads back from a generated invoice (its XML set aside).
fn generated_text(content: &InvoiceContent) -> String {
    let pdf = invoice_pdf(content, CII.as_bytes()).unwrap();
    let doc = load(&pdf, MAX_INFLATED_BYTES, false).unwrap();
    let pages: Vec<ObjectId> = doc.page_iter().collect();
    let mut budget = MAX_INFLATED_BYTES;
    extract::text(&doc, &pages, &mut budget, &mut Work::unlimited()).unwrap()
}

#[test]
fn generated_invoice_text_reads_back_with_accents() {
    let text = generated_text(&sample_invoice(2));
    for expected in [
        "FACTURE N° F-2026-0042",
        "Date : 22/11/2026",
        "Chauffage Étienne & Fils",
        "SIRET : 217 300 656 00014",
        "Code service : SERV-TECH",
        "N° d'engagement : EJ2026-00123",
        "« été »",
        "main-d'œuvre",
        "Total TTC",
        "288,00 €",
        "Net à payer",
        "règlement",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from:\n{text}"
        );
    }
    let fields = guess(&text);
    assert_eq!(
        fields.recipient_identifier.as_deref(),
        Some("21730065600014")
    );
    assert_eq!(
        fields.supplier_identifier.as_deref(),
        Some("73282932000074")
    );
    assert_eq!(fields.engagement_number.as_deref(), Some("EJ2026-00123"));
    assert_eq!(fields.number.as_deref(), Some("F-2026-0042"));
    assert_eq!(fields.date.as_deref(), Some("2026-11-22"));
}

#[test]
fn credit_note_shows_its_original_invoice() {
    let mut content = sample_invoice(1);
    content.invoice_type = InvoiceType::Avoir;
    content.number = "AV-7".into();
    content.original_number = Some("F-2026-0042".into());
    let text = generated_text(&content);
    assert!(text.contains("AVOIR N° AV-7"), "{text}");
    assert!(
        text.contains("Avoir sur la facture N° F-2026-0042"),
        "{text}"
    );
    assert!(text.contains("Facture d'origine : F-2026-0042"), "{text}");
    let fields = guess(&text);
    assert_eq!(fields.number.as_deref(), Some("AV-7"));
    assert_eq!(fields.invoice_type, Some(InvoiceType::Avoir));
}

fn sample_certificate() -> Certificate {
    Certificate {
        invoice_id: 4711,
        number: "F-2026-0042".into(),
        date: "2026-11-22".into(),
        invoice_type: "FACTURE".into(),
        framework: "A1_FACTURE_FOURNISSEUR".into(),
        supplier: "Chauffage Étienne & Fils (73282932000074)".into(),
        recipient: "Commune de Montreuil (21730065600014)".into(),
        amounts: Amounts {
            total_excl_vat: dec("1200"),
            vat: dec("240"),
            total_incl_vat: dec("1440"),
            amount_due: dec("1440"),
        },
        currency: "EUR".into(),
        deposit_mode: "DEPOT_PDF_API".into(),
        deposited_at: "2026-11-23T09:15:00Z".into(),
        status: "DEPOSEE".into(),
        sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08".into(),
    }
}

#[test]
fn certificate_is_one_readable_page() {
    let c = sample_certificate();
    let pdf = certificate_pdf(&c).unwrap();
    assert!(pdf == certificate_pdf(&c).unwrap(), "deterministic");
    let a = analyse(&pdf).unwrap();
    assert_eq!(a.pages, 1);
    assert!(a.embedded.is_none());
    for expected in [
        "Certificat de dépôt",
        "4711",
        "F-2026-0042",
        "22/11/2026",
        "FACTURE",
        "A1_FACTURE_FOURNISSEUR",
        "Chauffage Étienne & Fils",
        "Commune de Montreuil",
        "1 200,00 €",
        "240,00 €",
        "1 440,00 €",
        "DEPOT_PDF_API",
        "2026-11-23T09:15:00Z",
        "DEPOSEE",
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    ] {
        assert!(
            a.text.contains(expected),
            "{expected:?} missing from:\n{}",
            a.text
        );
    }
}

#[test]
fn plain_pdf_text_is_extracted() {
    let content = b"BT /F1 10 Tf 50 800 Td (Facture n\\260 2026-17) Tj ET\n\
                    BT /F1 10 Tf 50 780 Td (Destinataire : Mairie) Tj 0 -14 Td (SIRET : 217 300 656 00014) Tj ET\n\
                    BT /F1 10 Tf 50 740 Td [(N) 20 (\\260 EJ) -300 (:) -250 (1300098765)] TJ ET";
    let a = analyse(&plain_pdf(content, "", "", &[])).unwrap();
    assert_eq!(a.pages, 1);
    assert!(a.embedded.is_none());
    assert_eq!(
        a.text,
        "Facture n° 2026-17\nDestinataire : Mairie\nSIRET : 217 300 656 00014\nN° EJ : 1300098765\n"
    );
    let f = guess(&a.text);
    assert_eq!(f.recipient_identifier.as_deref(), Some("21730065600014"));
    assert_eq!(f.engagement_number.as_deref(), Some("1300098765"));
    assert_eq!(f.number.as_deref(), Some("2026-17"));
}

// ---------------------------------------------------------------------------------------------
// Finding the XML.

fn xml_stream(xml: &str) -> Vec<u8> {
    let mut s = lopdf::Stream::new(lopdf::Dictionary::new(), xml.as_bytes().to_vec());
    s.compress().unwrap();
    let filter = if s.dict.has(b"Filter") {
        "/Filter /FlateDecode"
    } else {
        ""
    };
    stream(
        &format!("/Type /EmbeddedFile /Subtype /text#2Fxml {filter}"),
        &s.content,
    )
}

#[test]
fn name_tree_kids_are_walked_and_loops_are_cut() {
    // 6: a node listing itself and 7 as kids; 7 loops back to 6 and holds the file.
    let more = [
        obj("<< /Kids [6 0 R 7 0 R 6 0 R] >>"),
        obj("<< /Kids [6 0 R 7 0 R] /Names [(notes.txt) 9 0 R (factur\\055x.xml) 8 0 R] >>"),
        obj(
            "<< /Type /Filespec /F (factur-x.xml) /AFRelationship /Alternative /EF << /F 10 0 R >> >>",
        ),
        obj("<< /Type /Filespec /F (notes.txt) /EF << /F 11 0 R >> >>"),
        xml_stream(CII),
        stream("", b"notes"),
    ];
    let pdf = plain_pdf(b"", "", "/Names << /EmbeddedFiles 6 0 R >>", &more);
    let a = analyse(&pdf).unwrap();
    let xml = a.embedded.unwrap();
    assert_eq!(xml.filename, "factur-x.xml");
    assert_eq!(xml.relationship.as_deref(), Some("Alternative"));
    assert_eq!(xml.bytes, CII.as_bytes());
}

#[test]
fn deep_name_tree_is_capped() {
    // A chain of 500 nodes: walked to the depth cap, then given up, without recursion.
    let mut more = Vec::new();
    for i in 0..500 {
        more.push(obj(&format!("<< /Kids [{} 0 R] >>", 7 + i)));
    }
    more.push(obj("<< /Names [(factur-x.xml) 6 0 R] >>"));
    let pdf = plain_pdf(b"", "", "/Names << /EmbeddedFiles 6 0 R >>", &more);
    let a = analyse(&pdf).unwrap();
    assert!(a.embedded.is_none());
}

#[test]
fn af_array_is_enough_and_names_are_ranked() {
    // No name tree: /AF lists an unrelated XML first, then a ZUGFeRD 1 file.
    let more = [
        obj("<< /Type /Filespec /UF (metadata.xml) /EF << /F 8 0 R >> >>"),
        obj(
            "<< /Type /Filespec /F (ZUGFeRD-invoice.xml) /AFRelationship /Source /EF << /UF 9 0 R >> >>",
        ),
        xml_stream("<other/>"),
        xml_stream(CII),
    ];
    let pdf = plain_pdf(b"", "", "/AF [6 0 R 7 0 R]", &more);
    let xml = analyse(&pdf).unwrap().embedded.unwrap();
    assert_eq!(xml.filename, "ZUGFeRD-invoice.xml");
    assert_eq!(xml.relationship.as_deref(), Some("Source"));
    assert_eq!(xml.bytes, CII.as_bytes());

    // Any *.xml is taken when no known name is there.
    let more = [
        obj("<< /Type /Filespec /UF (invoice.XML) /EF << /F 7 0 R >> >>"),
        xml_stream(CII),
    ];
    let pdf = plain_pdf(
        b"",
        "",
        "/AF 8 0 R",
        &[more[0].clone(), more[1].clone(), obj("[6 0 R]")],
    );
    let xml = analyse(&pdf).unwrap().embedded.unwrap();
    assert_eq!(xml.filename, "invoice.XML");
    assert_eq!(xml.relationship, None);
}

#[test]
fn undecodable_xml_is_damage() {
    let more = [
        obj("<< /Type /Filespec /F (factur-x.xml) /EF << /F 7 0 R >> >>"),
        stream("/Filter /FlateDecode", b"this is not zlib"),
    ];
    let pdf = plain_pdf(b"", "", "/AF [6 0 R]", &more);
    assert_eq!(code(analyse(&pdf)), "pdf_damaged");
}

#[test]
fn python_factur_x_fixture() {
    let pdf = include_bytes!("../../tests/fixtures/facturx-python.pdf");
    let xml = include_bytes!("../../tests/fixtures/facturx-python.xml");
    let a = analyse(pdf).unwrap();
    assert_eq!(a.pages, 1);
    let embedded = a.embedded.unwrap();
    assert_eq!(embedded.filename, "factur-x.xml");
    assert_eq!(embedded.relationship.as_deref(), Some("Data"));
    assert_eq!(embedded.bytes, xml);
}

// ---------------------------------------------------------------------------------------------
// Hostile inputs.

#[test]
fn not_a_pdf() {
    assert_eq!(code(analyse(b"")), "pdf_not_pdf");
    assert_eq!(code(analyse(b"hello, world")), "pdf_not_pdf");
    assert_eq!(code(analyse(b"\x89PNG\r\n\x1a\n")), "pdf_not_pdf");
    let mut late = vec![b' '; 2000];
    late.extend_from_slice(&invoice_pdf(&sample_invoice(1), CII.as_bytes()).unwrap());
    assert_eq!(code(analyse(&late)), "pdf_not_pdf");
}

#[test]
fn too_large_is_refused_before_parsing() {
    let mut big = b"%PDF-1.7\n".to_vec();
    big.resize(MAX_PDF_BYTES + 1, b' ');
    assert_eq!(code(analyse(&big)), "pdf_too_large");
}

#[test]
fn truncated_and_garbage_are_damaged() {
    let pdf = invoice_pdf(&sample_invoice(1), CII.as_bytes()).unwrap();
    for cut in [20, pdf.len() / 3, pdf.len() / 2] {
        assert_eq!(code(analyse(&pdf[..cut])), "pdf_damaged", "cut at {cut}");
    }
    let mut garbage = b"%PDF-1.7\n".to_vec();
    let mut x: u32 = 12345;
    for _ in 0..20_000 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
        garbage.push((x >> 16) as u8);
    }
    assert_eq!(code(analyse(&garbage)), "pdf_damaged");
    assert_eq!(code(analyse(b"%PDF-1.7\n")), "pdf_damaged");
    assert_eq!(
        code(analyse(b"%PDF-1.7\ntrailer << /Root 1 0 R >>\n%%EOF")),
        "pdf_damaged"
    );
}

/// Cut short, a file has no trailer any more (qpdf and poppler refuse it); wrong offsets or a
/// missing `%%EOF` leave every object and the trailer in place: read, the former with a warning.
#[test]
fn lost_trailer_is_damage_and_rebuilt_xref_a_warning() {
    let python = include_bytes!("../../tests/fixtures/facturx-python.pdf");
    let text = certificate_pdf(&sample_certificate()).unwrap();
    for pdf in [&python[..], &text] {
        for percent in [50, 90, 99] {
            let cut = &pdf[..pdf.len() * percent / 100];
            assert_eq!(code(analyse(cut)), "pdf_damaged", "cut at {percent}%");
        }
        assert!(analyse(pdf).unwrap().warnings.is_empty());
        let eof = pdf.windows(5).rposition(|w| w == b"%%EOF").unwrap();
        assert!(
            analyse(&pdf[..eof]).unwrap().warnings.is_empty(),
            "no %%EOF"
        );
        let header = pdf.iter().position(|&b| b == b'\n').unwrap() + 1;
        let shifted = [&pdf[..header], b"% shifts every offset\n", &pdf[header..]].concat();
        let read = analyse(&shifted).unwrap();
        assert_eq!(read.pages, 1);
        assert_eq!(read.warnings.len(), 1, "{:?}", read.warnings);
    }
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let nested = format!("{}{}", "[".repeat(50_000), "]".repeat(50_000));
    let pdf = plain_pdf(b"", "", &format!("/Deep {nested}"), &[]);
    // The catalog does not parse: without it there is nothing to read.
    assert_eq!(code(analyse(&pdf)), "pdf_damaged");
    let dicts = "<< /A ".repeat(20_000) + &" >>".repeat(20_000);
    let pdf = plain_pdf(b"", "", "", &[obj(&dicts)]);
    assert_eq!(code(analyse(&pdf)), "ok (1 pages, xml: false)");
}

#[test]
fn encrypted_pdfs_are_refused() {
    // A trailer /Encrypt whose password we do not know.
    let encrypt = obj("<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 \
         /O <0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef> \
         /U <fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210> >>");
    let objects = [
        obj("<< /Type /Catalog /Pages 2 0 R >>"),
        obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"),
        encrypt,
    ];
    let pdf = build_pdf(
        &objects,
        "/Root 1 0 R /Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]",
    );
    assert_eq!(code(analyse(&pdf)), "pdf_encrypted");

    // Made by `qpdf --encrypt`: an empty user password (opens without asking, but restricted),
    // and a real user password.
    let restricted = include_bytes!("../../tests/fixtures/pdf/encrypted-owner-only.pdf");
    assert_eq!(code(analyse(restricted)), "pdf_encrypted");
    let locked = include_bytes!("../../tests/fixtures/pdf/encrypted-user-password.pdf");
    assert_eq!(code(analyse(locked)), "pdf_encrypted");
}

/// 200 MB of zeros in a few KB: a deflate stream of 258-byte back references (1.3 MB, whose
/// bytes repeat every 13), deflated once more.
fn bomb_stream(dict: &str) -> Vec<u8> {
    let inner = zeros_zlib(b"", 200 << 20);
    let outer = periodic_zlib(&inner, 13);
    assert!(outer.len() < 20_000, "{} bytes", outer.len());
    stream(
        &format!("{dict} /Filter [/FlateDecode /FlateDecode]"),
        &outer,
    )
}

#[test]
fn decompression_bomb_as_embedded_xml() {
    let more = [
        obj("<< /Type /Filespec /F (factur-x.xml) /EF << /F 7 0 R >> >>"),
        bomb_stream("/Type /EmbeddedFile"),
    ];
    let pdf = plain_pdf(b"", "", "/AF [6 0 R]", &more);
    assert_eq!(code(analyse(&pdf)), "pdf_bomb");
}

#[test]
fn decompression_bomb_as_page_content() {
    // Small budgets: the real one is tested above, inflating it again is slow in debug builds.
    let pdf = plain_pdf(&zeros_zlib(b"", 3 << 20), "/Filter /FlateDecode", "", &[]);
    assert_eq!(
        code(analyse_limited(&pdf, 1 << 20, Work::default())),
        "pdf_bomb"
    );
    assert_eq!(
        code(analyse_limited(&pdf, 8 << 20, Work::default())),
        "ok (1 pages, xml: false)"
    );
}

#[test]
fn object_streams_share_one_budget() {
    // 8 object streams of 256 KB each (an object padded with NULs): fine under 4 MB, a bomb
    // under 1 MB although each is under the per-stream cap.
    let mut more = Vec::new();
    let first = 6;
    for i in 0..8 {
        let header = format!("{} 0 ", first + 8 + i);
        let object = format!("{header}<< /Pad {i} >>");
        more.push(stream(
            &format!(
                "/Type /ObjStm /N 1 /First {} /Filter /FlateDecode",
                header.len()
            ),
            &zeros_zlib(object.as_bytes(), (256 << 10) - object.len()),
        ));
    }
    let pdf = plain_pdf(b"", "", "", &more);
    let doc = load(&pdf, 4 << 20, false).unwrap();
    let padded = doc.get_dictionary((first + 8 + 7, 0)).unwrap();
    assert_eq!(padded.get(b"Pad").unwrap().as_i64().unwrap(), 7);
    assert_eq!(
        code(analyse_limited(&pdf, 4 << 20, Work::default())),
        "ok (1 pages, xml: false)"
    );
    assert_eq!(
        code(analyse_limited(&pdf, 1 << 20, Work::default())),
        "pdf_bomb"
    );
}

#[test]
fn object_streams_survive_the_load_filter() {
    // lopdf's modern save packs the catalog, pages and fonts into object streams.
    let pdf = invoice_pdf(&sample_invoice(2), CII.as_bytes()).unwrap();
    let mut doc = lopdf::Document::load_mem(&pdf).unwrap();
    let mut packed = Vec::new();
    doc.save_modern(&mut packed).unwrap();
    assert!(packed.windows(7).any(|w| w == b"/ObjStm"));
    let a = analyse(&packed).unwrap();
    assert_eq!(a.pages, 1);
    assert_eq!(a.embedded.unwrap().bytes, CII.as_bytes());
}

#[test]
fn panics_are_caught_quietly() {
    assert_eq!(guard::quietly(|| 7), Ok(7));
    assert_eq!(guard::quietly(|| -> u8 { panic!("boom") }), Err(()));
}

/// Writes sample documents for a look in a viewer, pdftotext or veraPDF:
/// `CHORUS_PDF_SAMPLES=/tmp/samples cargo test --lib pdf::tests::write_samples -- --ignored`
#[test]
#[ignore]
fn write_samples() {
    let dir = std::path::PathBuf::from(std::env::var("CHORUS_PDF_SAMPLES").unwrap());
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, bytes: Vec<u8>| std::fs::write(dir.join(name), bytes).unwrap();
    write(
        "invoice.pdf",
        invoice_pdf(&sample_invoice(3), CII.as_bytes()).unwrap(),
    );
    write(
        "invoice-long.pdf",
        invoice_pdf(&sample_invoice(60), CII.as_bytes()).unwrap(),
    );
    let mut credit = sample_invoice(1);
    credit.invoice_type = InvoiceType::Avoir;
    credit.number = "AV-7".into();
    credit.original_number = Some("F-2026-0042".into());
    write(
        "credit-note.pdf",
        invoice_pdf(&credit, CII.as_bytes()).unwrap(),
    );
    let en16931 = include_bytes!("../../tests/fixtures/facturx-python.xml");
    write(
        "invoice-en16931.pdf",
        invoice_pdf(&sample_invoice(1), en16931).unwrap(),
    );
    write(
        "certificate.pdf",
        certificate_pdf(&sample_certificate()).unwrap(),
    );
}

/// guess_fields on the text of files given by CHORUS_PDF_TEXTS (colon-separated), e.g. the
/// output of pdftotext.
#[test]
#[ignore]
fn guess_fields_on_files() {
    for path in std::env::var("CHORUS_PDF_TEXTS").unwrap().split(':') {
        let text = std::fs::read_to_string(path).unwrap();
        eprintln!("{path}: {:?}", guess(&text));
    }
}

/// The fast path and the full load agree on the files of CHORUS_PDF_BENCH.
#[test]
#[ignore]
fn fast_and_full_paths_agree_on_files() {
    for path in std::env::var("CHORUS_PDF_BENCH").unwrap().split(':') {
        let bytes = std::fs::read(path).unwrap();
        let fast = analyse_fast(&bytes, MAX_INFLATED_BYTES).map(|r| r.unwrap());
        let doc = load(&bytes, MAX_INFLATED_BYTES, false).unwrap();
        let mut budget = MAX_INFLATED_BYTES;
        let full = find_embedded_xml(&doc, doc.catalog().unwrap(), &mut budget).unwrap();
        let describe =
            |x: &EmbeddedXml| (x.filename.clone(), x.relationship.clone(), x.bytes.len());
        eprintln!(
            "{path}: fast {:?}, full {:?} ({} pages)",
            fast.as_ref()
                .map(|a| (a.pages, a.embedded.as_ref().map(describe))),
            full.as_ref().map(describe),
            doc.page_iter().count()
        );
        if let Some(a) = fast {
            assert_eq!(a.embedded.unwrap().bytes, full.unwrap().bytes);
        }
    }
}

/// Time per analysis of the PDFs named by CHORUS_PDF_BENCH (colon-separated paths), in a
/// release build: `CHORUS_PDF_BENCH=a.pdf:b.pdf cargo test --release --lib
/// pdf::tests::bench_analyse -- --ignored --nocapture`
#[test]
#[ignore]
fn bench_analyse() {
    let paths = std::env::var("CHORUS_PDF_BENCH").unwrap();
    for path in paths.split(':') {
        let bytes = std::fs::read(path).unwrap();
        let a = analyse(&bytes).unwrap();
        let n = (20_000_000 / bytes.len().max(1)).clamp(50, 20_000);
        let start = std::time::Instant::now();
        for _ in 0..n {
            std::hint::black_box(analyse(std::hint::black_box(&bytes)).unwrap());
        }
        let per = start.elapsed() / n as u32;
        eprintln!(
            "{path}: {} bytes, {} pages, xml {:?}: {per:?} per analysis ({n} runs)",
            bytes.len(),
            a.pages,
            a.embedded.map(|x| (x.filename, x.bytes.len()))
        );
    }
}

// ---------------------------------------------------------------------------------------------
// The fast path (only the objects leading to the XML) against the full load.

/// Whether the fast path alone finds the XML of `pdf`.
fn fast(pdf: &[u8]) -> Option<EmbeddedXml> {
    match analyse_fast(pdf, MAX_INFLATED_BYTES) {
        Some(Ok(a)) => a.embedded,
        _ => None,
    }
}

#[test]
fn fast_path_reads_common_layouts() {
    let pdf = invoice_pdf(&sample_invoice(2), CII.as_bytes()).unwrap();
    assert_eq!(fast(&pdf).unwrap().bytes, CII.as_bytes());
    // Object streams and a cross-reference stream.
    let mut doc = lopdf::Document::load_mem(&pdf).unwrap();
    let mut packed = Vec::new();
    doc.save_modern(&mut packed).unwrap();
    assert_eq!(fast(&packed).unwrap().bytes, CII.as_bytes());
    // Written by the Python factur-x library (pypdf).
    let python = include_bytes!("../../tests/fixtures/facturx-python.pdf");
    assert_eq!(
        fast(python).unwrap().bytes,
        include_bytes!("../../tests/fixtures/facturx-python.xml")
    );
}

#[test]
fn incremental_update_replaces_the_xml() {
    let pdf = invoice_pdf(&sample_invoice(1), CII.as_bytes()).unwrap();
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    let (&file_id, _) = doc
        .objects
        .iter()
        .find(|(_, o)| matches!(o, Object::Stream(s) if s.dict.has_type(b"EmbeddedFile")))
        .unwrap();
    let root = doc.trailer.get(b"Root").unwrap().as_reference().unwrap();
    let prev = {
        let tail = &pdf[pdf.len() - 40..];
        let at = tail.windows(9).position(|w| w == b"startxref").unwrap();
        String::from_utf8_lossy(&tail[at + 9..])
            .split_whitespace()
            .next()
            .unwrap()
            .to_string()
    };
    let new_xml = CII.replace("F-2026-0042", "F-2026-0042-BIS");
    let mut updated = pdf.clone();
    updated.extend_from_slice(b"\n");
    let offset = updated.len();
    updated.extend_from_slice(
        format!(
            "{} 0 obj\n<< /Type /EmbeddedFile /Subtype /text#2Fxml /Length {} >>\nstream\n{new_xml}\nendstream\nendobj\n",
            file_id.0,
            new_xml.len()
        )
        .as_bytes(),
    );
    let xref = updated.len();
    updated.extend_from_slice(
        format!(
            "xref\n0 1\n0000000000 65535 f \n{} 1\n{offset:010} 00000 n \ntrailer\n<< /Size {} /Root {} 0 R /Prev {prev} >>\nstartxref\n{xref}\n%%EOF\n",
            file_id.0,
            doc.max_id + 1,
            root.0
        )
        .as_bytes(),
    );
    assert_eq!(fast(&updated).unwrap().bytes, new_xml.as_bytes());
    assert_eq!(
        analyse(&updated).unwrap().embedded.unwrap().bytes,
        new_xml.as_bytes()
    );
}

#[test]
fn damaged_cross_references_fall_back_to_the_full_load() {
    // Ten bytes inserted after the header: every offset is wrong. The fast path gives up,
    // lopdf rebuilds the table by scanning, and the XML is still found.
    let pdf = invoice_pdf(&sample_invoice(1), CII.as_bytes()).unwrap();
    let mut shifted = pdf[..15].to_vec();
    shifted.extend_from_slice(b"%%%%%%%%%\n");
    shifted.extend_from_slice(&pdf[15..]);
    assert!(fast(&shifted).is_none());
    let a = analyse(&shifted).unwrap();
    assert_eq!(a.embedded.unwrap().bytes, CII.as_bytes());
    assert_eq!(a.pages, 1);
}

#[test]
fn fast_path_gives_up_on_encryption_and_plain_pdfs() {
    let restricted = include_bytes!("../../tests/fixtures/pdf/encrypted-owner-only.pdf");
    assert!(analyse_fast(restricted, MAX_INFLATED_BYTES).is_none());
    let plain = plain_pdf(b"BT /F1 10 Tf 50 800 Td (Facture) Tj ET", "", "", &[]);
    assert!(analyse_fast(&plain, MAX_INFLATED_BYTES).is_none());
    assert_eq!(analyse(&plain).unwrap().text, "Facture\n");
}

/// Damaged copies of generated and Python-made PDFs: any outcome but a panic or a hang.
fn mutations(rounds: usize, seed: u32) {
    let inputs = [
        invoice_pdf(&sample_invoice(2), CII.as_bytes()).unwrap(),
        {
            let pdf = invoice_pdf(&sample_invoice(1), CII.as_bytes()).unwrap();
            let mut doc = lopdf::Document::load_mem(&pdf).unwrap();
            let mut packed = Vec::new();
            doc.save_modern(&mut packed).unwrap();
            packed
        },
        include_bytes!("../../tests/fixtures/facturx-python.pdf").to_vec(),
    ];
    let mut x = seed;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        x as usize
    };
    for round in 0..rounds {
        let mut pdf = inputs[round % inputs.len()].clone();
        for _ in 0..1 + next() % 4 {
            let at = next() % pdf.len();
            match next() % 4 {
                0 => pdf[at] = next() as u8,
                1 => pdf[at] = b"0123456789 /<>[]()R"[next() % 19],
                2 => {
                    pdf.remove(at);
                }
                _ => pdf.truncate(at.max(10)),
            }
        }
        let outcome = guard::quietly(|| analyse(&pdf));
        assert!(outcome.is_ok(), "panic escaped on round {round}");
        let fast = guard::quietly(|| analyse_fast(&pdf, MAX_INFLATED_BYTES).is_some());
        assert!(fast.is_ok(), "the fast path panicked on round {round}");
    }
}

#[test]
fn damaged_copies_never_panic() {
    mutations(60, 0x9E37_79B9);
}

#[test]
#[ignore]
fn damaged_copies_never_panic_long() {
    let seed = std::env::var("SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    mutations(20_000, seed);
}

// ---------------------------------------------------------------------------------------------
// Hostile text: the work grows linearly with the input and is bounded.

/// A compressed stream (lopdf's Flate).
fn flate_stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut s = lopdf::Stream::new(lopdf::Dictionary::new(), data.to_vec());
    s.compress().unwrap();
    // lopdf keeps small streams as they are.
    let filter = if s.dict.has(b"Filter") {
        "/Filter /FlateDecode"
    } else {
        ""
    };
    stream(&format!("{dict} {filter}"), &s.content)
}

/// The steps the analysis and the text search spend on `pdf`.
fn analysis_work(pdf: &[u8]) -> u64 {
    let mut a = analyse_limited(pdf, MAX_INFLATED_BYTES, Work::unlimited()).unwrap();
    text::guess_fields(&a.text, &mut a.work).unwrap();
    a.work.spent()
}

/// Ten times the input costs at most 15 times the steps (counted, not timed).
#[track_caller]
fn assert_linear(make: impl Fn(usize) -> Vec<u8>, n: usize) {
    let (small, large) = (analysis_work(&make(n)), analysis_work(&make(10 * n)));
    assert!(
        large <= 15 * small,
        "{small} steps, then {large} for 10× the input"
    );
}

/// One page showing `n` lines of `line` (a PDF string body), compressed.
fn lines_pdf(line: &str, n: usize) -> Vec<u8> {
    let mut content = String::from("BT /F1 10 Tf 50 800 Td (Fournisseur Client) Tj\n");
    for _ in 0..n {
        content.push_str(&format!("0 -12 Td ({line}) Tj\n"));
    }
    content.push_str("ET");
    content_pdf(content.as_bytes())
}

/// One page drawing `content`, compressed, with Helvetica as /F1.
fn content_pdf(content: &[u8]) -> Vec<u8> {
    let font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
    build_pdf(
        &[
            obj("<< /Type /Catalog /Pages 2 0 R >>"),
            obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            obj(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \
                 /Resources << /Font << /F1 5 0 R >> >> >>",
            ),
            flate_stream("", content),
            obj(font),
        ],
        "/Root 1 0 R",
    )
}

/// `n` pages sharing one font dictionary of `n` entries and one /ToUnicode map of `n` codes.
fn shared_fonts_pdf(n: usize) -> Vec<u8> {
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    for chunk in (0..n).collect::<Vec<_>>().chunks(100) {
        cmap.push_str(&format!("{} beginbfchar\n", chunk.len()));
        for i in chunk {
            cmap.push_str(&format!("<{:04X}> <{:04X}>\n", i % 0xFFFF, 0x41 + i % 26));
        }
        cmap.push_str("endbfchar\n");
    }
    cmap.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    let fonts: String = (0..n).map(|i| format!("/F{i} 5 0 R ")).collect();
    let kids: String = (0..n).map(|i| format!("{} 0 R ", 8 + i)).collect();
    let mut objects = vec![
        obj("<< /Type /Catalog /Pages 2 0 R >>"),
        obj(&format!("<< /Type /Pages /Kids [{kids}] /Count {n} >>")),
        obj(&format!("<< /Font << {fonts} >> >>")),
        flate_stream("", b"BT /F0 10 Tf 50 800 Td <00000001> Tj ET"),
        obj("<< /Type /Font /Subtype /Type0 /BaseFont /X /ToUnicode 6 0 R >>"),
        flate_stream("", cmap.as_bytes()),
        obj("null"),
    ];
    for _ in 0..n {
        objects.push(obj(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \
             /Resources 3 0 R >>",
        ));
    }
    build_pdf(&objects, "/Root 1 0 R")
}

#[test]
fn hostile_pdfs_cost_linear_work() {
    // Thousands of short SIRET lines.
    assert_linear(|n| lines_pdf("SIRET 217 300 656 00014", n), 1000);
    // 200,000 accented characters in one string (é in WinAnsi), words of one letter.
    assert_linear(|n| lines_pdf(&"\\351 ".repeat(n), 1), 20_000);
    // Thousands of pages sharing a font dictionary and a /ToUnicode map of as many entries.
    assert_linear(shared_fonts_pdf, 100);
}

#[test]
fn shared_fonts_are_read_once() {
    let a = analyse(&shared_fonts_pdf(3)).unwrap();
    assert_eq!(a.pages, 3);
    assert_eq!(a.text, "AB\nAB\nAB\n");
}

#[test]
fn the_work_budget_refuses_the_analysis() {
    let pdf = lines_pdf("SIRET 217 300 656 00014", 1000);
    let e = analyse_limited(&pdf, MAX_INFLATED_BYTES, Work::new(10_000)).unwrap_err();
    assert_eq!(e.code, "pdf_too_complex");
    assert!(!e.hints.is_empty());
    // The same file under the real budget reads its SIRET.
    let mut a = analyse(&pdf).unwrap();
    let f = text::guess_fields(&a.text, &mut a.work).unwrap();
    assert_eq!(f.recipient_identifier.as_deref(), Some("21730065600014"));
}
