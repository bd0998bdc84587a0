//! A minimal drawing surface for generated documents: A4 pages of text, lines and boxes in
//! Helvetica, written straight as content-stream operators; and the assembly of the pages into
//! a PDF with lopdf (fonts, information dictionary, XMP metadata, an optional Factur-X
//! attachment, a trailer /ID derived from the content).

use std::fmt::Write as _;

use lopdf::{Dictionary, Document, Object, Stream, StringFormat, dictionary};
use sha2::{Digest, Sha256};

use super::winansi::{self, Font};
use crate::error::{Error, Result};

pub(super) const PAGE_WIDTH: f32 = 595.28;
pub(super) const PAGE_HEIGHT: f32 = 841.89;
pub(super) const LEFT: f32 = 40.0;
pub(super) const RIGHT: f32 = PAGE_WIDTH - 40.0;

/// Pages under construction; coordinates are PDF points from the bottom-left corner.
pub(super) struct Canvas {
    pages: Vec<String>,
}

impl Canvas {
    pub(super) fn new() -> Self {
        Canvas {
            pages: vec![String::new()],
        }
    }

    pub(super) fn new_page(&mut self) {
        self.pages.push(String::new());
    }

    pub(super) fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Draws on page `index` (0-based), for footers written once the page count is known.
    pub(super) fn on_page(&mut self, index: usize) -> &mut String {
        &mut self.pages[index]
    }

    fn current(&mut self) -> &mut String {
        self.pages.last_mut().expect("a canvas always has a page")
    }

    pub(super) fn text(&mut self, x: f32, y: f32, font: Font, size: f32, text: &str) {
        draw_text(self.current(), x, y, font, size, text, 0.0);
    }

    pub(super) fn text_gray(&mut self, x: f32, y: f32, font: Font, size: f32, text: &str) {
        draw_text(self.current(), x, y, font, size, text, 0.35);
    }

    /// Text ending at `right`.
    pub(super) fn text_right(&mut self, right: f32, y: f32, font: Font, size: f32, text: &str) {
        let x = right - font.width(text, size);
        self.text(x, y, font, size, text);
    }

    pub(super) fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, width: f32, gray: f32) {
        let _ = writeln!(
            self.current(),
            "q {gray} G {width} w {x1:.2} {y1:.2} m {x2:.2} {y2:.2} l S Q"
        );
    }

    pub(super) fn fill(&mut self, x: f32, y: f32, w: f32, h: f32, gray: f32) {
        let _ = writeln!(
            self.current(),
            "q {gray} g {x:.2} {y:.2} {w:.2} {h:.2} re f Q"
        );
    }

    pub(super) fn frame(&mut self, x: f32, y: f32, w: f32, h: f32, gray: f32) {
        let _ = writeln!(
            self.current(),
            "q {gray} G 0.6 w {x:.2} {y:.2} {w:.2} {h:.2} re S Q"
        );
    }

    pub(super) fn into_pages(self) -> Vec<String> {
        self.pages
    }
}

pub(super) fn draw_text(
    out: &mut String,
    x: f32,
    y: f32,
    font: Font,
    size: f32,
    text: &str,
    gray: f32,
) {
    let _ = write!(
        out,
        "BT {gray} g /{} {size} Tf {x:.2} {y:.2} Td ",
        font.resource()
    );
    winansi::literal(text, out);
    out.push_str(" Tj ET\n");
}

/// Splits `text` into lines no wider than `width`: at newlines, between words, and inside
/// words too long for a line.
pub(super) fn wrap(text: &str, font: Font, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if font.width(&candidate, size) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // The word alone: cut it if it is still too wide.
            for c in word.chars() {
                line.push(c);
                if font.width(&line, size) > width && line.chars().count() > 1 {
                    line.pop();
                    lines.push(std::mem::take(&mut line));
                    line.push(c);
                }
            }
        }
        lines.push(line);
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// Document information shown by viewers and repeated in the XMP metadata.
pub(super) struct Meta {
    pub title: String,
    pub author: String,
    pub subject: String,
    /// ISO date (YYYY-MM-DD) used as creation and modification date; no clock is read.
    pub date: Option<(u16, u8, u8)>,
}

/// A Factur-X attachment: the CII XML, embedded as factur-x.xml.
pub(super) struct Attachment<'a> {
    pub xml: &'a [u8],
    /// fx:ConformanceLevel of the XMP metadata (EN 16931, BASIC…).
    pub level: &'a str,
}

/// Parses an ISO date (YYYY-MM-DD, anything after the day ignored).
pub(super) fn iso_date(s: &str) -> Option<(u16, u8, u8)> {
    let s = s.trim();
    let (y, rest) = s.split_once('-')?;
    let (m, rest) = rest.split_once('-')?;
    let d = rest.get(..2)?;
    let (y, m, d) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    (y >= 1000 && (1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

fn xmp(meta: &Meta, attachment: Option<&Attachment>) -> String {
    let mut x = String::new();
    x.push_str("<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
    x.push_str("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
    x.push_str("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
    x.push_str(
        "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n\
         <pdfaid:part>3</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n\
         </rdf:Description>\n",
    );
    let _ = write!(
        x,
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n\
         <dc:format>application/pdf</dc:format>\n\
         <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:title>\n\
         <dc:creator><rdf:Seq><rdf:li>{}</rdf:li></rdf:Seq></dc:creator>\n\
         <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:description>\n\
         </rdf:Description>\n",
        xml_escape(&meta.title),
        xml_escape(&meta.author),
        xml_escape(&meta.subject)
    );
    let _ = write!(
        x,
        "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n\
         <pdf:Producer>{PRODUCER}</pdf:Producer>\n</rdf:Description>\n"
    );
    let _ = write!(
        x,
        "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n\
         <xmp:CreatorTool>{CREATOR}</xmp:CreatorTool>\n"
    );
    if let Some((y, m, d)) = meta.date {
        let stamp = format!("{y:04}-{m:02}-{d:02}T00:00:00+00:00");
        let _ = write!(
            x,
            "<xmp:CreateDate>{stamp}</xmp:CreateDate>\n<xmp:ModifyDate>{stamp}</xmp:ModifyDate>\n"
        );
    }
    x.push_str("</rdf:Description>\n");
    if let Some(a) = attachment {
        x.push_str(FACTURX_EXTENSION_SCHEMA);
        let _ = write!(
            x,
            "<rdf:Description rdf:about=\"\" xmlns:fx=\"urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#\">\n\
             <fx:DocumentType>INVOICE</fx:DocumentType>\n\
             <fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>\n\
             <fx:Version>1.0</fx:Version>\n\
             <fx:ConformanceLevel>{}</fx:ConformanceLevel>\n\
             </rdf:Description>\n",
            xml_escape(a.level)
        );
    }
    x.push_str("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    x
}

const PRODUCER: &str = "chorus (lopdf)";
const CREATOR: &str = "chorus";

/// PDF/A extension schema describing the fx: properties (Factur-X 1.0, as PDFlib publishes it).
const FACTURX_EXTENSION_SCHEMA: &str = r#"<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas>
<rdf:Bag>
<rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>fx</pdfaSchema:prefix>
<pdfaSchema:property>
<rdf:Seq>
<rdf:li rdf:parseType="Resource">
<pdfaProperty:name>DocumentFileName</pdfaProperty:name>
<pdfaProperty:valueType>Text</pdfaProperty:valueType>
<pdfaProperty:category>external</pdfaProperty:category>
<pdfaProperty:description>name of the embedded XML invoice file</pdfaProperty:description>
</rdf:li>
<rdf:li rdf:parseType="Resource">
<pdfaProperty:name>DocumentType</pdfaProperty:name>
<pdfaProperty:valueType>Text</pdfaProperty:valueType>
<pdfaProperty:category>external</pdfaProperty:category>
<pdfaProperty:description>INVOICE</pdfaProperty:description>
</rdf:li>
<rdf:li rdf:parseType="Resource">
<pdfaProperty:name>Version</pdfaProperty:name>
<pdfaProperty:valueType>Text</pdfaProperty:valueType>
<pdfaProperty:category>external</pdfaProperty:category>
<pdfaProperty:description>The actual version of the Factur-X XML schema</pdfaProperty:description>
</rdf:li>
<rdf:li rdf:parseType="Resource">
<pdfaProperty:name>ConformanceLevel</pdfaProperty:name>
<pdfaProperty:valueType>Text</pdfaProperty:valueType>
<pdfaProperty:category>external</pdfaProperty:category>
<pdfaProperty:description>The conformance level of the embedded Factur-X data</pdfaProperty:description>
</rdf:li>
</rdf:Seq>
</pdfaSchema:property>
</rdf:li>
</rdf:Bag>
</pdfaExtension:schemas>
</rdf:Description>
"#;

fn font(base: &str) -> Dictionary {
    dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => base,
        "Encoding" => "WinAnsiEncoding",
    }
}

/// Writes the pages as a PDF. `seed` identifies the content: the trailer /ID is derived from
/// it, so the same input always gives the same bytes.
pub(super) fn assemble(
    pages: Vec<String>,
    meta: &Meta,
    attachment: Option<Attachment>,
    seed: &[u8],
) -> Result<Vec<u8>> {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let regular = doc.add_object(font("Helvetica"));
    let bold = doc.add_object(font("Helvetica-Bold"));
    let resources = doc.add_object(dictionary! {
        "Font" => dictionary! { "F1" => regular, "F2" => bold },
        "ProcSet" => vec![Object::from("PDF"), Object::from("Text")],
    });
    let mut kids = Vec::with_capacity(pages.len());
    for content in pages {
        let mut stream = Stream::new(Dictionary::new(), content.into_bytes());
        stream
            .compress()
            .map_err(|e| Error::internal(format!("cannot compress a page: {e}")))?;
        let contents = doc.add_object(stream);
        let page = doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "MediaBox" => vec![0.into(), 0.into(), PAGE_WIDTH.into(), PAGE_HEIGHT.into()],
            "Contents" => contents,
            "Resources" => resources,
        });
        kids.push(Object::from(page));
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
    );

    let pdf_date = meta
        .date
        .map(|(y, m, d)| Object::string_literal(format!("D:{y:04}{m:02}{d:02}000000+00'00'")));
    let mut info = dictionary! {
        "Title" => lopdf::text_string(&meta.title),
        "Author" => lopdf::text_string(&meta.author),
        "Subject" => lopdf::text_string(&meta.subject),
        "Creator" => lopdf::text_string(CREATOR),
        "Producer" => lopdf::text_string(PRODUCER),
    };
    if let Some(date) = &pdf_date {
        info.set("CreationDate", date.clone());
        info.set("ModDate", date.clone());
    }
    let info = doc.add_object(info);

    let metadata = doc.add_object(
        Stream::new(
            dictionary! { "Type" => "Metadata", "Subtype" => "XML" },
            xmp(meta, attachment.as_ref()).into_bytes(),
        )
        .with_compression(false),
    );

    let mut catalog = dictionary! {
        "Type" => "Catalog",
        "Pages" => pages_id,
        "Metadata" => metadata,
        "Lang" => Object::string_literal("fr-FR"),
        "ViewerPreferences" => dictionary! { "DisplayDocTitle" => true },
    };
    if let Some(a) = &attachment {
        let mut params = dictionary! { "Size" => a.xml.len() as i64 };
        if let Some(date) = &pdf_date {
            params.set("ModDate", date.clone());
        }
        let mut file = Stream::new(
            dictionary! {
                "Type" => "EmbeddedFile",
                "Subtype" => Object::Name(b"text/xml".to_vec()),
                "Params" => params,
            },
            a.xml.to_vec(),
        );
        file.compress()
            .map_err(|e| Error::internal(format!("cannot compress the XML: {e}")))?;
        let file = doc.add_object(file);
        let spec = doc.add_object(dictionary! {
            "Type" => "Filespec",
            "F" => Object::string_literal("factur-x.xml"),
            "UF" => lopdf::text_string("factur-x.xml"),
            "Desc" => Object::string_literal("Factur-X XML file"),
            "AFRelationship" => "Data",
            "EF" => dictionary! { "F" => file, "UF" => file },
        });
        let af = doc.add_object(vec![Object::from(spec)]);
        catalog.set(
            "Names",
            dictionary! {
                "EmbeddedFiles" => dictionary! {
                    "Names" => vec![Object::string_literal("factur-x.xml"), spec.into()],
                },
            },
        );
        catalog.set("AF", af);
        catalog.set("PageMode", "UseAttachments");
    }
    let catalog = doc.add_object(catalog);

    let hash = Sha256::digest(seed);
    let id = Object::String(hash[..16].to_vec(), StringFormat::Hexadecimal);
    doc.trailer.set("Root", catalog);
    doc.trailer.set("Info", info);
    doc.trailer.set("ID", vec![id.clone(), id]);

    let mut out = Vec::new();
    doc.save_to(&mut out)
        .map_err(|e| Error::internal(format!("cannot write the PDF: {e}")))?;
    Ok(out)
}
