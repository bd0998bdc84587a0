//! A compact, read-only, namespace-aware element tree over quick-xml's tokenizer.
//!
//! `invoice validate` spends most of its time reading XML, and roxmltree's general DOM (text and
//! comment nodes, name validation, namespace URIs compared per element) cost twice what the
//! invoice readers need: elements with their namespace as a small [`Ns`] value, their attributes
//! and the text they start with. Well-formedness is still checked (quick-xml's tokenizer, end
//! names, one root, no text outside it, bound prefixes, unique attributes); DTDs are refused, so
//! entities are only the predefined ones and character references.

use std::borrow::Cow;
use std::collections::HashMap;

use quick_xml::events::{BytesDecl, BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

/// An element's namespace: the ones the invoice readers ask for by name, the others by index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ns {
    None,
    Rsm,
    Ram,
    Udt,
    Qdt,
    UblInvoice,
    UblCreditNote,
    Cbc,
    Cac,
    Other(u16),
}

const KNOWN: [(Ns, &str); 8] = [
    (
        Ns::Rsm,
        "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    ),
    (
        Ns::Ram,
        "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    ),
    (
        Ns::Udt,
        "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
    ),
    (
        Ns::Qdt,
        "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
    ),
    (
        Ns::UblInvoice,
        "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    ),
    (
        Ns::UblCreditNote,
        "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
    ),
    (
        Ns::Cbc,
        "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    ),
    (
        Ns::Cac,
        "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    ),
];

impl Ns {
    /// The URI of a namespace the readers know by name.
    pub fn known_uri(self) -> Option<&'static str> {
        KNOWN.iter().find(|(k, _)| *k == self).map(|(_, uri)| *uri)
    }
}

const XML_NAMESPACE: &str = "http://www.w3.org/XML/1998/namespace";
const NONE: u32 = u32::MAX;
/// Prefixes remembered between declarations: an invoice uses a handful.
const RECENT: usize = 8;

/// The most distinct namespaces a document may declare (an invoice uses a handful; the index
/// of the others must fit an [`Ns::Other`]).
pub const MAX_NAMESPACES: usize = 10_000;

/// Why a document was refused, with the byte offset where it was noticed.
#[derive(Debug)]
pub struct ParseError {
    pub message: String,
    pub offset: usize,
}

impl ParseError {
    fn new(message: impl Into<String>, offset: usize) -> ParseError {
        ParseError {
            message: message.into(),
            offset,
        }
    }
}

struct Element<'i> {
    ns: Ns,
    prefix: &'i str,
    name: &'i str,
    start: u32,
    /// The text before the first child element (entities resolved).
    text: Option<Cow<'i, str>>,
    attributes: (u32, u32),
    first_child: u32,
    next_sibling: u32,
}

pub struct Document<'i> {
    input: &'i str,
    elements: Vec<Element<'i>>,
    attributes: Vec<(&'i str, Cow<'i, str>)>,
    other_namespaces: Vec<String>,
    /// Steps the parse took (tokens, attributes, namespace lookups): tests check that they grow
    /// linearly with the input.
    #[cfg_attr(not(test), allow(dead_code))]
    steps: u64,
}

#[derive(Clone, Copy)]
pub struct Node<'a, 'i> {
    doc: &'a Document<'i>,
    id: u32,
}

impl<'i> Document<'i> {
    /// Parses `input`; more than `max_elements` elements is an error (it bounds the memory).
    pub fn parse(input: &'i str, max_elements: usize) -> Result<Document<'i>, ParseError> {
        Builder::new(input, max_elements).run()
    }

    pub fn root_element<'a>(&'a self) -> Node<'a, 'i> {
        Node { doc: self, id: 0 }
    }

    /// The URI of a namespace (`None` for no namespace).
    pub fn namespace_uri(&self, ns: Ns) -> Option<&str> {
        match ns {
            Ns::None => None,
            Ns::Other(i) => Some(&self.other_namespaces[i as usize]),
            known => known.known_uri(),
        }
    }

    /// The steps the parse took.
    #[cfg(test)]
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// The 1-based line of a byte offset.
    pub fn line_at(&self, offset: usize) -> usize {
        let before = &self.input.as_bytes()[..offset.min(self.input.len())];
        1 + before.iter().filter(|b| **b == b'\n').count()
    }
}

impl<'a, 'i> Node<'a, 'i> {
    fn element(&self) -> &'a Element<'i> {
        &self.doc.elements[self.id as usize]
    }

    pub fn ns(&self) -> Ns {
        self.element().ns
    }

    pub fn name(&self) -> &'a str {
        self.element().name
    }

    pub fn prefix(&self) -> &'a str {
        self.element().prefix
    }

    /// The byte offset of the element's `<`.
    pub fn start(&self) -> usize {
        self.element().start as usize
    }

    /// The text the element starts with, before any child element.
    pub fn text(&self) -> Option<&'a str> {
        self.element().text.as_deref()
    }

    /// The value of an attribute without a prefix.
    pub fn attribute(&self, name: &str) -> Option<&'a str> {
        let (from, to) = self.element().attributes;
        self.doc.attributes[from as usize..to as usize]
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.as_ref())
    }

    /// The child elements, in document order.
    pub fn children(&self) -> impl Iterator<Item = Node<'a, 'i>> + use<'a, 'i> {
        let doc = self.doc;
        let mut next = self.element().first_child;
        std::iter::from_fn(move || {
            if next == NONE {
                return None;
            }
            let node = Node { doc, id: next };
            next = node.element().next_sibling;
            Some(node)
        })
    }
}

/// An open element: its index, its last child so far, and the length of the binding log
/// before it (its declarations are undone at its end).
struct Open {
    id: u32,
    last_child: u32,
    bindings: usize,
}

struct Builder<'i> {
    input: &'i str,
    max_elements: usize,
    doc: Document<'i>,
    open: Vec<Open>,
    /// Prefix → namespace in scope; the default namespace has the prefix "". A map, so that an
    /// element finds its prefix at once however many declarations are in scope.
    bindings: HashMap<&'i str, Ns>,
    /// The prefixes looked up since the bindings last changed: most documents declare their
    /// namespaces once, on the root, and a short scan beats hashing every element's prefix.
    recent: Vec<(&'i str, Ns)>,
    /// The declarations made, with the binding each one hid, to undo them at the end of their
    /// element.
    log: Vec<(&'i str, Option<Ns>)>,
    /// Namespace URI → its index in `other_namespaces`.
    others: HashMap<String, u16>,
}

/// The XML declaration's encoding name must follow the XML grammar (EncName, XML 1.0 § 4.3.3):
/// every XML parser refuses `encoding="UTF 8"` or `encoding="-x"`, so the document is not
/// well-formed. (The bytes themselves must be UTF-8 anyway, see `checked_text`.)
fn check_encoding_name(d: &BytesDecl, at: usize) -> Result<(), ParseError> {
    let Some(name) = d.encoding() else {
        return Ok(());
    };
    let name = name.map_err(|e| ParseError::new(e.to_string(), at))?;
    let mut chars = name.chars();
    let legal = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if legal {
        return Ok(());
    }
    Err(ParseError::new(
        format!("the XML declaration names an illegal encoding '{name}'"),
        at,
    ))
}

impl<'i> Builder<'i> {
    fn new(input: &'i str, max_elements: usize) -> Builder<'i> {
        Builder {
            input,
            max_elements,
            doc: Document {
                input,
                // About one element per 60 bytes in pretty-printed invoices.
                elements: Vec::with_capacity(input.len() / 60),
                attributes: Vec::new(),
                other_namespaces: Vec::new(),
                steps: 0,
            },
            open: Vec::new(),
            bindings: HashMap::new(),
            recent: Vec::with_capacity(RECENT),
            log: Vec::new(),
            others: HashMap::new(),
        }
    }

    fn run(mut self) -> Result<Document<'i>, ParseError> {
        let mut reader = Reader::from_str(self.input);
        loop {
            let at = reader.buffer_position() as usize;
            self.doc.steps += 1;
            let event = reader
                .read_event()
                .map_err(|e| ParseError::new(e.to_string(), reader.error_position() as usize))?;
            match event {
                Event::Start(e) => self.start(&e, at, true)?,
                Event::Empty(e) => self.start(&e, at, false)?,
                Event::End(_) => self.end(),
                Event::Text(t) => self.text(t.into_inner(), at)?,
                Event::CData(t) => self.text(t.into_inner(), at)?,
                Event::GeneralRef(r) => {
                    let resolved = match r.resolve_char_ref() {
                        Ok(Some(c)) => c.to_string(),
                        Ok(None) => match predefined_entity(&r) {
                            Some(s) => s.to_string(),
                            None => {
                                return Err(ParseError::new(
                                    format!("unknown entity &{};", &*r),
                                    at,
                                ));
                            }
                        },
                        Err(e) => return Err(ParseError::new(e.to_string(), at)),
                    };
                    self.text(Cow::Owned(resolved), at)?;
                }
                Event::DocType(_) => {
                    return Err(ParseError::new(
                        "a document type declaration (DTD) is not allowed",
                        at,
                    ));
                }
                Event::Decl(d) => check_encoding_name(&d, at)?,
                Event::Comment(_) | Event::PI(_) => {}
                Event::Eof => break,
            }
        }
        if let Some(open) = self.open.last() {
            let e = &self.doc.elements[open.id as usize];
            return Err(ParseError::new(
                format!(
                    "the element <{}> is not closed",
                    qualified(e.prefix, e.name)
                ),
                self.input.len(),
            ));
        }
        if self.doc.elements.is_empty() {
            return Err(ParseError::new("there is no root element", 0));
        }
        Ok(self.doc)
    }

    fn start(&mut self, e: &BytesStart, at: usize, has_end: bool) -> Result<(), ParseError> {
        let id = self.doc.elements.len();
        if id >= self.max_elements {
            return Err(ParseError::new(
                format!("it has more than {} elements", self.max_elements),
                at,
            ));
        }
        let parent = match self.open.last() {
            Some(open) => Some(open.id),
            None if id == 0 => None,
            None => return Err(ParseError::new("there is more than one root element", at)),
        };
        let scope = self.log.len();
        let from = self.doc.attributes.len() as u32;
        for attribute in e.attributes() {
            self.doc.steps += 1;
            let attribute = attribute.map_err(|err| ParseError::new(err.to_string(), at))?;
            let key = self.rebase(attribute.key.0, at)?;
            // Entities resolved, and line ends and tabs read as spaces, as XML wants.
            let value = if attribute.value.contains(['&', '\t', '\n', '\r']) {
                Cow::Owned(
                    attribute
                        .normalized_value(XmlVersion::Implicit1_0)
                        .map_err(|err| ParseError::new(err.to_string(), at))?
                        .into_owned(),
                )
            } else {
                Cow::Borrowed(self.rebase(&attribute.value, at)?)
            };
            if key == "xmlns" || key.starts_with("xmlns:") {
                let prefix = key.strip_prefix("xmlns").unwrap_or_default();
                let prefix = prefix.strip_prefix(':').unwrap_or(prefix);
                let ns = self.namespace(&value, at)?;
                let hidden = self.bindings.insert(prefix, ns);
                self.recent.clear();
                self.log.push((prefix, hidden));
            } else {
                self.doc.attributes.push((key, value));
            }
        }
        let qname = self.rebase(e.name().0, at)?;
        // Names are short: a plain loop beats a searcher here.
        let (prefix, name) = match qname.bytes().position(|b| b == b':') {
            Some(i) => (&qname[..i], &qname[i + 1..]),
            None => ("", qname),
        };
        let ns = match self.bound(prefix) {
            Some(ns) => ns,
            None if prefix.is_empty() => Ns::None,
            None if prefix == "xml" => self.namespace(XML_NAMESPACE, at)?,
            None => {
                return Err(ParseError::new(
                    format!("the prefix '{prefix}' of <{qname}> is not bound to a namespace"),
                    at,
                ));
            }
        };
        let id = id as u32;
        self.doc.elements.push(Element {
            ns,
            prefix,
            name,
            start: at as u32,
            text: None,
            attributes: (from, self.doc.attributes.len() as u32),
            first_child: NONE,
            next_sibling: NONE,
        });
        if parent.is_some() {
            let open = self.open.last_mut().expect("a parent is open");
            match open.last_child {
                NONE => self.doc.elements[open.id as usize].first_child = id,
                last => self.doc.elements[last as usize].next_sibling = id,
            }
            open.last_child = id;
        }
        if has_end {
            self.open.push(Open {
                id,
                last_child: NONE,
                bindings: scope,
            });
        } else {
            self.unbind(scope);
        }
        Ok(())
    }

    fn end(&mut self) {
        // quick-xml checks that the end tag matches the open one.
        if let Some(open) = self.open.pop() {
            self.unbind(open.bindings);
        }
    }

    /// Undoes the declarations logged since `scope`, innermost first.
    fn unbind(&mut self, scope: usize) {
        while self.log.len() > scope {
            let Some((prefix, hidden)) = self.log.pop() else {
                break;
            };
            self.doc.steps += 1;
            self.recent.clear();
            match hidden {
                Some(ns) => self.bindings.insert(prefix, ns),
                None => self.bindings.remove(prefix),
            };
        }
    }

    /// The namespace `prefix` is bound to, if any.
    fn bound(&mut self, prefix: &'i str) -> Option<Ns> {
        if let Some((_, ns)) = self.recent.iter().find(|(p, _)| *p == prefix) {
            return Some(*ns);
        }
        let ns = *self.bindings.get(prefix)?;
        if self.recent.len() < RECENT {
            self.recent.push((prefix, ns));
        }
        Some(ns)
    }

    fn text(&mut self, text: Cow<'i, str>, at: usize) -> Result<(), ParseError> {
        let Some(open) = self.open.last() else {
            if text.trim().is_empty() {
                return Ok(());
            }
            return Err(ParseError::new("text outside the root element", at));
        };
        if open.last_child != NONE {
            return Ok(());
        }
        let slot = &mut self.doc.elements[open.id as usize].text;
        match slot {
            None => *slot = Some(text),
            Some(before) => before.to_mut().push_str(&text),
        }
        Ok(())
    }

    fn namespace(&mut self, uri: &str, at: usize) -> Result<Ns, ParseError> {
        self.doc.steps += 1;
        if uri.is_empty() {
            return Ok(Ns::None);
        }
        if let Some((ns, _)) = KNOWN.iter().find(|(_, known)| *known == uri) {
            return Ok(*ns);
        }
        if let Some(&index) = self.others.get(uri) {
            return Ok(Ns::Other(index));
        }
        let others = &mut self.doc.other_namespaces;
        if others.len() >= MAX_NAMESPACES {
            return Err(ParseError::new(
                format!("it declares more than {MAX_NAMESPACES} namespaces"),
                at,
            ));
        }
        let index = others.len() as u16;
        others.push(uri.to_string());
        self.others.insert(uri.to_string(), index);
        Ok(Ns::Other(index))
    }

    /// The same text as `part`, borrowed from the input for as long as the document lives:
    /// quick-xml hands out slices of a `&str` input, but tied to the event's lifetime.
    fn rebase(&self, part: &str, at: usize) -> Result<&'i str, ParseError> {
        let offset = (part.as_ptr() as usize).wrapping_sub(self.input.as_ptr() as usize);
        self.input
            .get(offset..offset.wrapping_add(part.len()))
            .filter(|s| s.as_ptr() == part.as_ptr())
            .ok_or_else(|| ParseError::new("a name is not a slice of the input", at))
    }
}

fn predefined_entity(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "apos" => "'",
        "quot" => "\"",
        _ => return None,
    })
}

fn qualified(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}:{name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<Document<'_>, ParseError> {
        Document::parse(s, 1000)
    }

    #[test]
    fn elements_namespaces_texts_and_attributes() {
        let xml = r#"<?xml version="1.0"?>
<!-- a comment -->
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns="urn:x">
  <a k="v &amp; w" p:k="no" xmlns:p="urn:p">caf&#233; &amp; <![CDATA[<b>]]><child/>after</a>
  <b xmlns="">plain</b>
  <rsm:c/>
</rsm:CrossIndustryInvoice>"#;
        let doc = parse(xml).unwrap();
        let root = doc.root_element();
        assert_eq!(
            (root.ns(), root.name(), root.prefix()),
            (Ns::Rsm, "CrossIndustryInvoice", "rsm")
        );
        let kids: Vec<_> = root.children().collect();
        assert_eq!(kids.len(), 3);
        let a = kids[0];
        assert_eq!(doc.namespace_uri(a.ns()), Some("urn:x"));
        assert_eq!(a.text(), Some("café & <b>"));
        assert_eq!(a.attribute("k"), Some("v & w"));
        assert_eq!(a.children().count(), 1);
        assert_eq!(doc.line_at(a.start()), 4);
        assert_eq!((kids[1].ns(), kids[1].text()), (Ns::None, Some("plain")));
        assert_eq!((kids[2].ns(), kids[2].text()), (Ns::Rsm, None));
    }

    #[test]
    fn refusals() {
        let message = |s: &str| parse(s).err().map(|e| e.message).unwrap_or_default();
        assert!(
            message("<a><b></a>").contains("</b>"),
            "{}",
            message("<a><b></a>")
        );
        assert!(message("<a>").contains("not closed"));
        assert!(message("").contains("no root"));
        assert!(message("%PDF-1.7").contains("outside"));
        assert!(message("<a/><b/>").contains("more than one root"));
        assert!(message("<p:a/>").contains("not bound"));
        let m = message(r#"<a x="1" x="2"/>"#);
        assert!(m.contains("duplicate"), "{m}");
        assert!(message("<a>&lol;</a>").contains("unknown entity"));
        assert!(message("<!DOCTYPE a><a/>").contains("DTD"));
        let many = format!("<a>{}</a>", "<b/>".repeat(1000));
        assert!(message(&many).contains("more than 1000 elements"));
        let declarations: String = (0..=MAX_NAMESPACES)
            .map(|i| format!(" xmlns:p{i}=\"urn:{i}\""))
            .collect();
        let m = message(&format!("<a{declarations}/>"));
        assert!(m.contains("more than 10000 namespaces"), "{m}");
    }

    #[test]
    fn redeclared_prefixes_are_restored() {
        let xml = r#"<a xmlns:p="urn:1"><p:b xmlns:p="urn:2"><p:c/></p:b><p:d/></a>"#;
        let doc = parse(xml).unwrap();
        let uri = |n: Node| doc.namespace_uri(n.ns()).unwrap().to_string();
        let kids: Vec<_> = doc.root_element().children().collect();
        assert_eq!(uri(kids[0]), "urn:2");
        assert_eq!(uri(kids[0].children().next().unwrap()), "urn:2");
        assert_eq!(uri(kids[1]), "urn:1");
    }

    /// The steps of parsing `make(n)` and `make(10 n)`: ten times the input, at most 15 times
    /// the steps (counted, not timed).
    #[track_caller]
    fn assert_linear(make: impl Fn(usize) -> String) {
        let steps = |xml: String| {
            Document::parse(&xml, super::super::MAX_XML_NODES)
                .unwrap()
                .steps()
        };
        let (small, large) = (steps(make(2_000)), steps(make(20_000)));
        assert!(
            large <= 15 * small,
            "{small} steps, then {large} for 10× the input"
        );
    }

    #[test]
    fn namespace_declarations_cost_linear_work() {
        // Thousands of declarations of one namespace on the root, then elements using the
        // first prefix declared.
        assert_linear(|n| {
            let declarations: String = (0..n).map(|i| format!(" xmlns:p{i}=\"urn:x\"")).collect();
            format!("<p0:a{declarations}>{}</p0:a>", "<p0:b/>".repeat(n))
        });
        // Thousands of distinct namespaces (up to the limit).
        assert_linear(|n| {
            let declarations: String = (0..n / 2)
                .map(|i| format!(" xmlns:p{i}=\"urn:{i}\""))
                .collect();
            format!("<a{declarations}>{}</a>", "<p0:b/>".repeat(n))
        });
        // Thousands of nested redeclarations.
        assert_linear(|n| {
            format!(
                "{}{}",
                "<p:a xmlns:p=\"urn:x\">".repeat(n),
                "</p:a>".repeat(n)
            )
        });
    }

    #[test]
    fn an_illegal_encoding_name_is_not_well_formed() {
        for bad in ["UTF 8", "-utf8", "8bit", "", "utf-8\u{e9}"] {
            let xml = format!("<?xml version=\"1.0\" encoding=\"{bad}\"?><a/>");
            let e = parse(&xml).map(|_| ()).unwrap_err();
            assert!(
                e.message.contains("illegal encoding"),
                "{bad}: {}",
                e.message
            );
        }
        for good in ["UTF-8", "utf-8", "ISO-8859-1", "x_y.z"] {
            let xml = format!("<?xml version='1.0' encoding='{good}'?><a/>");
            assert!(parse(&xml).is_ok(), "{good}");
        }
        assert!(parse("<?xml version=\"1.0\"?><a/>").is_ok());
    }
}
