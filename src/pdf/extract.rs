//! Best-effort text extraction from page content streams.
//!
//! Built on lopdf's pieces (page contents, font encodings with ToUnicode maps, the content
//! operation parser) rather than `Document::extract_text`, for two reasons: every inflation is
//! charged to the analysis budget, and text pieces are separated by where they are drawn (a new
//! line when the baseline moves, a space when the pen jumps along the line), which keeps
//! "SIRET : 217 300 656 00014" apart from the next label for the keyword heuristics.
//! Text inside form XObjects is not read.
//!
//! Content operations, pages and fonts are charged to the file's [`Work`] budget, and each font
//! is resolved once per file (by name, when a page selects it) rather than once per page: a
//! crafted file can share one huge font dictionary or /ToUnicode map among thousands of pages.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use lopdf::content::Content;
use lopdf::{DecompressError, Dictionary, Document, Encoding, Object, ObjectId};

use super::work::{FONT_MAP_BYTE, OPERATION, Work};
use crate::error::Result;

/// At most this much text is kept.
const MAX_TEXT_BYTES: usize = 1024 * 1024;

fn is_bomb(e: &lopdf::Error) -> bool {
    matches!(
        e,
        lopdf::Error::Decompress(DecompressError::MemoryLimitExceeded { .. })
    )
}

/// The text of `pages`, page after page. Anything unreadable is skipped; only running out of
/// inflation budget (`pdf_bomb`) or of work budget (`pdf_too_complex`) is an error.
pub(super) fn text(
    doc: &Document,
    pages: &[ObjectId],
    budget: &mut usize,
    work: &mut Work,
) -> Result<String> {
    let mut out = String::new();
    let mut fonts = Fonts {
        doc,
        encodings: HashMap::new(),
    };
    for &page in pages {
        if out.len() >= MAX_TEXT_BYTES {
            break;
        }
        work.charge(OPERATION as u64)?;
        // A panic on one page (lopdf on hostile input) loses that page only.
        if let Ok(Err(e)) =
            super::guard::quietly(|| page_text(&mut fonts, page, budget, work, &mut out))
        {
            return Err(e);
        }
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
    }
    if out.len() > MAX_TEXT_BYTES {
        let mut end = MAX_TEXT_BYTES;
        while !out.is_char_boundary(end) {
            end -= 1;
        }
        out.truncate(end);
    }
    Ok(out)
}

/// Where the pen is, in text space, enough to tell lines and gaps apart.
struct Pen {
    /// Text line matrix [a b c d e f].
    line: [f32; 6],
    leading: f32,
    /// Position of the last piece of text shown.
    last: Option<(f32, f32)>,
    /// The pen was moved by a positioning operator since the last piece of text.
    moved: bool,
}

impl Pen {
    fn translate(&mut self, tx: f32, ty: f32) {
        let [a, b, c, d, e, f] = self.line;
        self.line[4] = tx * a + ty * c + e;
        self.line[5] = tx * b + ty * d + f;
        self.moved = true;
    }

    /// Separator to write before a piece of text drawn at the current position.
    fn separator(&mut self, out: &str) -> Option<char> {
        let here = (self.line[4], self.line[5]);
        let sep = match self.last {
            Some((_, y)) if (here.1 - y).abs() > 1.0 => Some('\n'),
            Some(_) if self.moved => Some(' '),
            _ => None,
        };
        self.last = Some(here);
        self.moved = false;
        sep.filter(|_| !out.is_empty() && !out.ends_with(char::is_whitespace))
    }
}

fn number(o: &Object) -> f32 {
    match o {
        Object::Integer(i) => *i as f32,
        Object::Real(r) => *r,
        _ => 0.0,
    }
}

/// A font is known by the address of its dictionary, which lives as long as the document.
type FontKey = *const Dictionary;

/// The encodings of the fonts met so far (`None`: unusable).
struct Fonts<'a> {
    doc: &'a Document,
    encodings: HashMap<FontKey, Option<Encoding<'a>>>,
}

impl<'a> Fonts<'a> {
    /// The font a page calls `name`: in its own resources, then in those it inherits (the
    /// order of `Document::get_page_fonts`), its encoding loaded on first use.
    fn select(
        &mut self,
        resources: &(Option<&'a Dictionary>, Vec<ObjectId>),
        name: &[u8],
        budget: &mut usize,
        work: &mut Work,
    ) -> Result<Option<FontKey>> {
        let doc = self.doc;
        let in_resources = |r: &'a Dictionary| {
            r.get_deref(b"Font", doc)
                .and_then(Object::as_dict)
                .and_then(|fonts| fonts.get_deref(name, doc))
                .and_then(Object::as_dict)
                .ok()
        };
        let font = resources.0.and_then(in_resources).or_else(|| {
            resources
                .1
                .iter()
                .find_map(|&id| doc.get_dictionary(id).ok().and_then(in_resources))
        });
        work.charge((OPERATION * (1 + resources.1.len())) as u64)?;
        let Some(font) = font else { return Ok(None) };
        let key: FontKey = font;
        if let Entry::Vacant(slot) = self.encodings.entry(key) {
            slot.insert(load_encoding(doc, font, budget, work)?);
        }
        Ok(Some(key))
    }

    fn encoding(&self, key: Option<FontKey>) -> Option<&Encoding<'a>> {
        key.and_then(|k| self.encodings.get(&k))
            .and_then(Option::as_ref)
    }
}

/// A font's encoding. Its /ToUnicode map is inflated once more first, to charge its size to
/// the budgets (lopdf bounds each inflation by the limit it is given but reports no size).
fn load_encoding<'a>(
    doc: &'a Document,
    font: &'a Dictionary,
    budget: &mut usize,
    work: &mut Work,
) -> Result<Option<Encoding<'a>>> {
    work.charge(OPERATION as u64)?;
    if let Ok(stream) = font
        .get_deref(b"ToUnicode", doc)
        .and_then(Object::as_stream)
    {
        match super::inflate::plain_content(stream, *budget) {
            Ok(map) => {
                *budget -= map.len();
                work.charge(FONT_MAP_BYTE * map.len() as u64)?;
            }
            Err(e) if is_bomb(&e) => return Err(super::bomb()),
            Err(_) => {}
        }
    }
    match font.get_font_encoding_with_limit(doc, *budget) {
        Ok(encoding) => Ok(Some(encoding)),
        Err(e) if is_bomb(&e) => Err(super::bomb()),
        Err(_) => Ok(None),
    }
}

/// The page's content streams inflated and joined, refused past `limit` bytes: what
/// `Document::get_page_content_with_limit` gives, with one inflater reused for every stream
/// (lopdf builds one per stream, and thousands of pages may share one).
fn page_content(doc: &Document, page: ObjectId, limit: usize) -> lopdf::Result<Vec<u8>> {
    let mut content = Vec::new();
    for id in doc.get_page_contents(page) {
        let Ok(stream) = doc.get_object(id).and_then(Object::as_stream) else {
            continue;
        };
        let remaining = limit.saturating_sub(content.len());
        match super::inflate::plain_content(stream, remaining) {
            Ok(data) => content.extend_from_slice(&data),
            Err(e) if is_bomb(&e) => return Err(e),
            // Undecodable: its raw bytes, as lopdf does.
            Err(_) if stream.content.len() <= remaining => {
                content.extend_from_slice(&stream.content);
            }
            Err(_) => return Err(DecompressError::MemoryLimitExceeded { limit }.into()),
        }
        content.push(b'\n');
    }
    Ok(content)
}

/// What showing an operand costs: its strings' bytes and its array items.
fn size(o: &Object) -> usize {
    match o {
        Object::String(bytes, _) => bytes.len(),
        Object::Array(items) => items.iter().map(|i| 1 + size(i)).sum(),
        _ => 1,
    }
}

fn page_text<'a>(
    fonts: &mut Fonts<'a>,
    page: ObjectId,
    budget: &mut usize,
    work: &mut Work,
    out: &mut String,
) -> Result<()> {
    let doc = fonts.doc;
    let content = match page_content(doc, page, *budget) {
        Ok(c) => c,
        Err(e) if is_bomb(&e) => return Err(super::bomb()),
        Err(_) => return Ok(()),
    };
    *budget = budget.saturating_sub(content.len());
    let resources = doc.get_page_resources(page).unwrap_or_default();

    let mut pen = Pen {
        line: [1.0, 0.0, 0.0, 1.0, 0.0, 0.0],
        leading: 0.0,
        last: None,
        moved: false,
    };
    let mut font: Option<FontKey> = None;
    for operation in Content::decode_iter(&content) {
        let Ok(op) = operation else { break };
        let args = &op.operands;
        work.charge((OPERATION + args.iter().map(size).sum::<usize>()) as u64)?;
        let arg = |i: usize| args.get(i).map(number).unwrap_or(0.0);
        let shown: Vec<&Object> = match op.operator.as_str() {
            "BT" => {
                pen.line = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];
                pen.moved = true;
                continue;
            }
            "Tf" => {
                font = match args.first().and_then(|o| o.as_name().ok()) {
                    Some(name) => fonts.select(&resources, name, budget, work)?,
                    None => None,
                };
                continue;
            }
            "TL" => {
                pen.leading = arg(0);
                continue;
            }
            "Td" => {
                pen.translate(arg(0), arg(1));
                continue;
            }
            "TD" => {
                pen.leading = -arg(1);
                pen.translate(arg(0), arg(1));
                continue;
            }
            "Tm" => {
                pen.line = [arg(0), arg(1), arg(2), arg(3), arg(4), arg(5)];
                pen.moved = true;
                continue;
            }
            "T*" => {
                pen.translate(0.0, -pen.leading);
                continue;
            }
            "Tj" | "TJ" => args.iter().take(1).collect(),
            "'" => {
                pen.translate(0.0, -pen.leading);
                args.iter().take(1).collect()
            }
            "\"" => {
                pen.translate(0.0, -pen.leading);
                args.iter().skip(2).take(1).collect()
            }
            _ => continue,
        };
        let encoding = fonts.encoding(font);
        let mut piece = String::new();
        for operand in shown {
            show(operand, encoding, &mut piece);
        }
        if piece.trim().is_empty() && !piece.is_empty() {
            // Spaces drawn as text still separate words.
            if !out.is_empty() && !out.ends_with(char::is_whitespace) {
                out.push(' ');
            }
            continue;
        }
        if piece.is_empty() {
            continue;
        }
        if let Some(sep) = pen.separator(out) {
            out.push(sep);
        }
        out.push_str(&piece);
        if out.len() >= MAX_TEXT_BYTES {
            break;
        }
    }
    Ok(())
}

/// Appends the text a Tj/TJ operand shows.
fn show(operand: &Object, encoding: Option<&Encoding>, out: &mut String) {
    match operand {
        Object::String(bytes, _) => match encoding {
            Some(encoding) => {
                let _ = encoding.write_to_string(bytes, out);
            }
            // No usable font encoding: keep plain ASCII, which most simple fonts map as is.
            None if bytes.iter().all(|b| (0x20..0x7f).contains(b)) => {
                out.extend(bytes.iter().map(|&b| b as char));
            }
            None => {}
        },
        Object::Array(items) => {
            for item in items {
                match item {
                    // A large negative adjustment (in thousandths of an em) is a word gap.
                    Object::Integer(_) | Object::Real(_)
                        if number(item) < -150.0 && !out.ends_with(' ') =>
                    {
                        out.push(' ');
                    }
                    Object::String(..) => show(item, encoding, out),
                    _ => {}
                }
            }
        }
        _ => {}
    }
}
