//! PDF analysis: load untrusted PDFs under limits, find the embedded invoice XML, extract text.
//!
//! Every file is treated as hostile: its size is checked before parsing, every stream it makes
//! us inflate is charged against one budget ([`MAX_INFLATED_BYTES`]), the object graph is walked
//! with depth caps and cycle guards, and lopdf runs under `catch_unwind` so that a parser bug
//! becomes a `pdf_damaged` refusal instead of a crash.

mod canvas;
mod extract;
pub mod generate;
mod guard;
mod inflate;
mod lazy;
pub mod text;
mod winansi;
pub mod work;

pub use work::Work;

use std::collections::{HashMap, HashSet};

use lopdf::xref::XrefRecovery;
use lopdf::{DecompressError, Dictionary, Document, LoadOptions, Object, ObjectId};

use crate::error::{Error, Result};

/// Deposited PDFs and attachments are at most 10 MB each.
pub const MAX_PDF_BYTES: usize = 10 * 1024 * 1024;

/// How much inflated data one analysis may produce, all streams together (object streams, the
/// embedded XML, page contents): past it the file is refused as a decompression bomb.
pub const MAX_INFLATED_BYTES: usize = 50 * 1024 * 1024;

/// The `%PDF-` header must start within the first KiB (as Acrobat and poppler accept).
const HEADER_WINDOW: usize = 1024;

/// Name trees deeper than this are not followed (real files use one or two levels).
const NAME_TREE_DEPTH: usize = 32;
/// At most this many name-tree nodes are visited.
const NAME_TREE_NODES: usize = 10_000;

/// Embedded file names of invoice XML, best first (compared case-insensitively).
const XML_NAMES: [&str; 5] = [
    "factur-x.xml",
    "zugferd-invoice.xml",
    "xrechnung.xml",
    "order-x.xml",
    "cida.xml",
];

/// An XML file embedded in the PDF (Factur-X / ZUGFeRD / XRechnung).
#[derive(Debug, Clone)]
pub struct EmbeddedXml {
    pub filename: String,
    /// /AFRelationship of the file specification, if any (Data, Alternative, Source…).
    pub relationship: Option<String>,
    pub bytes: Vec<u8>,
}

#[derive(Debug, Clone)]
pub struct Analysis {
    pub pages: usize,
    pub embedded: Option<EmbeddedXml>,
    /// Extracted text, filled only when there is no embedded XML.
    pub text: String,
    /// The work budget left to the file: reading fields from `text` is charged to it.
    pub work: Work,
    /// What had to be repaired to read the file (a rebuilt cross-reference table): reported
    /// as `pdf_repaired` warnings.
    pub warnings: Vec<String>,
}

/// Loads a PDF under limits and finds its embedded invoice XML (or its text).
/// Refusals are `invalid` errors: pdf_too_large, pdf_not_pdf, pdf_damaged, pdf_encrypted, pdf_bomb,
/// pdf_too_complex (the work budget, [`work::MAX_WORK`], is spent).
pub fn analyse(bytes: &[u8]) -> Result<Analysis> {
    if bytes.len() > MAX_PDF_BYTES {
        return Err(Error::invalid(
            "pdf_too_large",
            format!(
                "the PDF is {} bytes, over the limit of {} bytes (10 MB)",
                bytes.len(),
                MAX_PDF_BYTES
            ),
        )
        .hint(
            "reduce the file (lower image resolution, remove attachments) and deposit it again",
        ));
    }
    let window = &bytes[..bytes.len().min(HEADER_WINDOW)];
    if !window.windows(5).any(|w| w == b"%PDF-") {
        return Err(Error::invalid(
            "pdf_not_pdf",
            "the file is not a PDF: it has no %PDF- header at its start",
        )
        .hint("deposit the invoice as a PDF (a Factur-X PDF, or a PDF with selectable text)"));
    }
    analyse_limited(bytes, MAX_INFLATED_BYTES, Work::default())
}

/// [`analyse`] with other budgets (tests use small ones, or count the work).
fn analyse_limited(bytes: &[u8], max_inflated: usize, work: Work) -> Result<Analysis> {
    match guard::quietly(|| analyse_pdf(bytes, max_inflated, work)) {
        Ok(result) => result,
        Err(()) => Err(damaged("the PDF parser failed on its structure")),
    }
}

fn damaged(why: impl std::fmt::Display) -> Error {
    Error::invalid(
        "pdf_damaged",
        format!("the PDF is damaged and cannot be read: {why}"),
    )
    .hint("open it in a PDF viewer and save or export it again, then deposit the new file")
}

fn encrypted() -> Error {
    Error::invalid(
        "pdf_encrypted",
        "the PDF is encrypted (protected by a password or by usage restrictions)",
    )
    .hint("Chorus Pro refuses protected PDFs: export the invoice again without any protection")
}

fn bomb() -> Error {
    Error::invalid(
        "pdf_bomb",
        format!(
            "the PDF's compressed streams inflate to more than {} MB: refused as a possible \
             decompression bomb",
            MAX_INFLATED_BYTES / (1024 * 1024)
        ),
    )
    .hint("export the invoice again from the application that produced it")
}

fn is_bomb(e: &lopdf::Error) -> bool {
    matches!(
        e,
        lopdf::Error::Decompress(DecompressError::MemoryLimitExceeded { .. })
    )
}

/// Maps a load error of lopdf to our refusals.
fn load_error(e: lopdf::Error) -> Error {
    match e {
        e if is_bomb(&e) => bomb(),
        lopdf::Error::InvalidPassword
        | lopdf::Error::Decryption(_)
        | lopdf::Error::AlreadyEncrypted
        | lopdf::Error::UnsupportedSecurityHandler(_) => encrypted(),
        e => damaged(e),
    }
}

fn load(bytes: &[u8], max_inflated: usize, force_reconstruct: bool) -> Result<Document> {
    guard::start_budget(max_inflated);
    let options = LoadOptions {
        filter: Some(guard::charge_object_streams),
        max_decompressed_size: Some(max_inflated),
        force_reconstruct,
        ..LoadOptions::default()
    };
    let loaded = Document::load_mem_with_options(bytes, options);
    if guard::budget_exceeded() {
        return Err(bomb());
    }
    let doc = loaded.map_err(load_error)?;
    if doc.trailer.has(b"Encrypt") || doc.encryption_state.is_some() {
        return Err(encrypted());
    }
    Ok(doc)
}

fn page_tree_loaded(doc: &Document) -> bool {
    doc.catalog()
        .and_then(|c| c.get(b"Pages"))
        .and_then(Object::as_reference)
        .and_then(|id| doc.get_dictionary(id))
        .and_then(|root| root.get_deref(b"Kids", doc))
        .and_then(Object::as_array)
        .is_ok()
}

/// The fast path: only the objects leading to the XML (see `lazy`). `None` when it gives up
/// or finds no XML: the full load decides then (and extracts the text).
fn analyse_fast(bytes: &[u8], max_inflated: usize) -> Option<Result<Analysis>> {
    let (doc, mut budget, over_budget) = lazy::Reader::load(bytes, max_inflated);
    if over_budget {
        return Some(Err(bomb()));
    }
    let doc = doc.ok()?;
    let catalog = doc.catalog().ok()?;
    let pages = doc.page_iter().count();
    if pages == 0 {
        return None;
    }
    match find_embedded_xml(&doc, catalog, &mut budget) {
        Ok(Some(xml)) => Some(Ok(Analysis {
            pages,
            embedded: Some(xml),
            text: String::new(),
            work: Work::default(),
            warnings: Vec::new(),
        })),
        Err(e) if e.code == "pdf_bomb" => Some(Err(e)),
        Ok(None) | Err(_) => None,
    }
}

fn analyse_pdf(bytes: &[u8], max_inflated: usize, mut work: Work) -> Result<Analysis> {
    if let Some(result) = analyse_fast(bytes, max_inflated) {
        return result;
    }
    let bytes = &*with_eof(bytes);
    let mut doc = load(bytes, max_inflated, false)?;
    // lopdf rebuilds the cross-reference table by scanning when the page tree did not load, but
    // only for unfiltered loads; we load with a filter (to charge object streams), so do it here.
    if !page_tree_loaded(&doc)
        && doc.xref_recovery != Some(XrefRecovery::Reconstructed)
        && let Ok(rebuilt) = load(bytes, max_inflated, true)
        && page_tree_loaded(&rebuilt)
    {
        doc = rebuilt;
    }
    let warnings = repairs(&doc)?;
    let catalog = doc
        .catalog()
        .map_err(|_| damaged("it has no document catalog (/Root)"))?;
    let pages: Vec<ObjectId> = doc.page_iter().collect();
    if pages.is_empty() {
        return Err(damaged("it has no readable page"));
    }
    let mut budget = guard::remaining_budget();
    let embedded = find_embedded_xml(&doc, catalog, &mut budget)?;
    let text = if embedded.is_none() {
        extract::text(&doc, &pages, &mut budget, &mut work)?
    } else {
        String::new()
    };
    Ok(Analysis {
        pages: pages.len(),
        embedded,
        text,
        work,
        warnings,
    })
}

/// The file, ending with `%%EOF`. lopdf looks for `startxref` only before a `%%EOF` and
/// rebuilds the table without it; qpdf and poppler read such a file (a writer's slip, not
/// damage) as it is, and so do we, without a repair warning.
fn with_eof(bytes: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    if tail.windows(5).any(|w| w == b"%%EOF") {
        bytes.into()
    } else {
        // lopdf wants exactly one end of line between the offset and `%%EOF`.
        let end = bytes
            .iter()
            .rposition(|b| !b.is_ascii_whitespace())
            .map_or(0, |i| i + 1);
        [&bytes[..end], b"\n%%EOF\n"].concat().into()
    }
}

/// What reading `doc` had to repair, or a refusal when the repair had to guess.
///
/// A rebuilt or corrected cross-reference table is a plain repair (qpdf and poppler make it
/// too): the objects and the trailer are all in the file, only their offsets were wrong. A file
/// in which no trailer survives (cut short: no `trailer`, no cross-reference stream) is
/// refused, as qpdf and poppler refuse it: lopdf would make up a trailer naming the last
/// catalog it finds, and whatever came after the cut (pages, attachments, a newer revision) is
/// silently lost.
fn repairs(doc: &Document) -> Result<Vec<String>> {
    match doc.xref_recovery {
        None => Ok(Vec::new()),
        // /Size is required in every trailer and cross-reference stream (ISO 32000-1 7.5.5,
        // 7.5.8); the trailer lopdf makes up from a scanned catalog has only /Root.
        Some(XrefRecovery::Reconstructed) if !doc.trailer.has(b"Size") => Err(damaged(
            "it has no trailer (no `trailer` dictionary, no cross-reference stream): the file \
             is cut short or its end is missing",
        )),
        Some(_) => Ok(vec![
            "the PDF's cross-reference table is damaged (wrong offsets, or missing): it was \
             read by rebuilding the table from the objects in the file; save the PDF again from \
             its application to repair it"
                .to_string(),
        ]),
    }
}

fn deref<'a>(doc: &'a Document, o: &'a Object) -> Option<&'a Object> {
    doc.dereference(o).ok().map(|(_, o)| o)
}

fn dict_entry<'a>(doc: &'a Document, d: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    d.get(key).ok().and_then(|o| deref(doc, o))
}

fn text_entry(doc: &Document, d: &Dictionary, key: &[u8]) -> Option<String> {
    dict_entry(doc, d, key)
        .and_then(|o| lopdf::decode_text_string(o).ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

/// A file specification found in the name tree or in /AF, with the names it goes by.
struct Spec<'a> {
    names: Vec<String>,
    dict: &'a Dictionary,
}

/// Rank of an embedded file name: 0 = factur-x.xml … 4 = cida.xml, 5 = any other *.xml.
fn rank(name: &str) -> Option<usize> {
    let base = name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(name)
        .to_lowercase();
    match XML_NAMES.iter().position(|n| *n == base) {
        Some(i) => Some(i),
        None if base.ends_with(".xml") => Some(XML_NAMES.len()),
        None => None,
    }
}

/// The file specifications of the catalog's /Names /EmbeddedFiles tree and of its /AF array.
fn file_specs<'a>(doc: &'a Document, catalog: &'a Dictionary) -> Vec<Spec<'a>> {
    let mut specs: Vec<Spec<'a>> = Vec::new();
    // Where each dictionary's entry is: a name tree may list thousands of specifications.
    let mut index: HashMap<*const Dictionary, usize> = HashMap::new();
    let mut add = |key: Option<String>, spec: &'a Object| {
        let Some(Object::Dictionary(dict)) = deref(doc, spec) else {
            return;
        };
        let mut names: Vec<String> = key.into_iter().collect();
        names.extend(text_entry(doc, dict, b"UF"));
        names.extend(text_entry(doc, dict, b"F"));
        match index.get(&std::ptr::from_ref(dict)) {
            Some(&i) => specs[i].names.extend(names),
            None => {
                index.insert(dict, specs.len());
                specs.push(Spec { names, dict });
            }
        }
    };

    let tree = dict_entry(doc, catalog, b"Names")
        .and_then(|o| o.as_dict().ok())
        .and_then(|names| dict_entry(doc, names, b"EmbeddedFiles"))
        .and_then(|o| o.as_dict().ok());
    if let Some(root) = tree {
        // Iterative walk: a stack of (node, depth), a set of visited node ids, a node budget.
        let mut stack: Vec<(&Dictionary, usize)> = vec![(root, 0)];
        let mut seen: HashSet<ObjectId> = HashSet::new();
        let mut visited = 0;
        while let Some((node, depth)) = stack.pop() {
            visited += 1;
            if visited > NAME_TREE_NODES {
                break;
            }
            if let Some(Object::Array(pairs)) = dict_entry(doc, node, b"Names") {
                for pair in pairs.chunks_exact(2) {
                    let key = deref(doc, &pair[0]).and_then(|k| lopdf::decode_text_string(k).ok());
                    add(key, &pair[1]);
                }
            }
            if depth >= NAME_TREE_DEPTH {
                continue;
            }
            if let Some(Object::Array(kids)) = dict_entry(doc, node, b"Kids") {
                // Reverse so that kids are visited in order.
                for kid in kids.iter().rev() {
                    if let Ok((id, Object::Dictionary(child))) = doc.dereference(kid) {
                        if id.is_some_and(|id| !seen.insert(id)) {
                            continue;
                        }
                        stack.push((child, depth + 1));
                    }
                }
            }
        }
    }
    if let Some(Object::Array(af)) = dict_entry(doc, catalog, b"AF") {
        for spec in af.iter().take(NAME_TREE_NODES) {
            add(None, spec);
        }
    }
    specs
}

/// Reads the embedded invoice XML: the best-named file whose stream decodes.
fn find_embedded_xml(
    doc: &Document,
    catalog: &Dictionary,
    budget: &mut usize,
) -> Result<Option<EmbeddedXml>> {
    let mut candidates: Vec<(usize, String, &Dictionary)> = file_specs(doc, catalog)
        .into_iter()
        .filter_map(|spec| {
            let (rank, name) = spec
                .names
                .iter()
                .filter_map(|n| rank(n).map(|r| (r, n)))
                .min_by_key(|(r, _)| *r)?;
            Some((rank, name.clone(), spec.dict))
        })
        .collect();
    candidates.sort_by_key(|(rank, _, _)| *rank);

    let mut unreadable = None;
    for (_, filename, spec) in candidates {
        let Some(Object::Dictionary(ef)) = dict_entry(doc, spec, b"EF") else {
            continue;
        };
        let stream = [b"F".as_slice(), b"UF"]
            .iter()
            .find_map(|key| dict_entry(doc, ef, key).and_then(|o| o.as_stream().ok()));
        let Some(stream) = stream else {
            continue;
        };
        match inflate::plain_content(stream, *budget) {
            // lopdf is lenient: a corrupt Flate stream decodes to nothing rather than failing.
            Ok(bytes) if bytes.is_empty() => {
                unreadable.get_or_insert((filename, "it decodes to nothing".to_string()));
            }
            Ok(bytes) => {
                *budget -= bytes.len();
                let relationship = dict_entry(doc, spec, b"AFRelationship")
                    .and_then(|o| o.as_name().ok())
                    .map(|n| String::from_utf8_lossy(n).into_owned());
                return Ok(Some(EmbeddedXml {
                    filename,
                    relationship,
                    bytes,
                }));
            }
            Err(e) if is_bomb(&e) => return Err(bomb()),
            Err(e) => {
                unreadable.get_or_insert((filename, e.to_string()));
            }
        }
    }
    match unreadable {
        Some((name, e)) => Err(damaged(format!(
            "its embedded {name} cannot be decoded: {e}"
        ))),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests;
