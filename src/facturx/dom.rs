//! A compact, read-only, namespace-aware element tree, with its own tokenizer.
//!
//! `invoice validate` spends most of its time reading XML, and roxmltree's general DOM (text and
//! comment nodes, name validation, namespace URIs compared per element) cost twice what the
//! invoice readers need: elements with their namespace as a small [`Ns`] value, their attributes
//! and the text they start with. The tokenizer reads the already checked UTF-8 text once (a
//! general tokenizer such as quick-xml checks UTF-8 again token by token, a tenth of the time
//! of `invoice validate`). Well-formedness is checked as quick-xml checked it: tags closed,
//! quoted attribute values, end names, one root, no text outside it, bound prefixes, unique
//! attributes, known references, closed comments and CDATA sections, the declaration's
//! encoding name; DTDs are refused, so entities are only the predefined ones and character
//! references.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

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

/// An open element: its index, its name as written (its end tag must repeat it), its last
/// child so far, and the length of the binding log before it (its declarations are undone at
/// its end).
struct Open<'i> {
    id: u32,
    qname: &'i str,
    last_child: u32,
    bindings: usize,
}

struct Builder<'i> {
    input: &'i str,
    max_elements: usize,
    doc: Document<'i>,
    open: Vec<Open<'i>>,
    /// Prefix → namespace in scope; the default namespace has the prefix "". A map, so that an
    /// element finds its prefix at once however many declarations are in scope.
    bindings: HashMap<&'i str, Ns>,
    /// The short prefixes looked up since the bindings last changed, packed by [`packed`]: most
    /// documents declare their namespaces once, on the root, and a short scan of integers beats
    /// hashing (or comparing bytes of) every element's prefix.
    recent: Vec<(u64, Ns)>,
    /// The declarations made, with the binding each one hid, to undo them at the end of their
    /// element.
    log: Vec<(&'i str, Option<Ns>)>,
    /// Namespace URI → its index in `other_namespaces`.
    others: HashMap<String, u16>,
    /// The attribute names of the tag being read, to refuse one given twice: scanned while
    /// they are few (real tags), in a set past [`FEW_ATTRIBUTES`] (hostile ones stay linear).
    keys: Vec<&'i str>,
    key_set: HashSet<&'i str>,
}

const FEW_ATTRIBUTES: usize = 8;

/// A prefix of at most 7 bytes as one integer (its bytes, and its length in the top byte).
fn packed(prefix: &str) -> Option<u64> {
    let bytes = prefix.as_bytes();
    if bytes.len() > 7 {
        return None;
    }
    // Shifted in byte by byte: a copy into a buffer read back as one word stalls the load.
    let word = bytes
        .iter()
        .enumerate()
        .fold((bytes.len() as u64) << 56, |word, (i, b)| {
            word | u64::from(*b) << (8 * i)
        });
    Some(word)
}

/// XML's white space, the only separator inside markup.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

/// The attributes of a tag (or of the XML declaration): `name="value"` or `name='value'`,
/// white space allowed around `=`, values as written.
struct Attributes<'i> {
    tag: &'i str,
    i: usize,
    /// The tag's offset in the document, for errors.
    at: usize,
}

impl<'i> Iterator for Attributes<'i> {
    type Item = Result<(&'i str, &'i str), ParseError>;

    fn next(&mut self) -> Option<Self::Item> {
        let b = self.tag.as_bytes();
        let skip_space = |mut i: usize| {
            while i < b.len() && is_space(b[i]) {
                i += 1;
            }
            i
        };
        let start = skip_space(self.i);
        if start == b.len() {
            return None;
        }
        let fail = |message: String| Some(Err(ParseError::new(message, self.at)));
        let mut end = start;
        while end < b.len() && b[end] != b'=' && !is_space(b[end]) {
            end += 1;
        }
        let key = &self.tag[start..end];
        if key.is_empty() {
            self.i = b.len();
            return fail("an attribute has no name".to_string());
        }
        let eq = skip_space(end);
        if b.get(eq) != Some(&b'=') {
            self.i = b.len();
            return fail(format!(
                "the attribute '{}' has no value (name=\"value\")",
                shown(key)
            ));
        }
        let open = skip_space(eq + 1);
        let quote = match b.get(open) {
            Some(q @ (b'"' | b'\'')) => *q,
            _ => {
                self.i = b.len();
                return fail(format!(
                    "the value of the attribute '{}' is not quoted",
                    shown(key)
                ));
            }
        };
        let Some(close) = b[open + 1..].iter().position(|c| *c == quote) else {
            self.i = b.len();
            return fail(format!(
                "the value of the attribute '{}' is not closed",
                shown(key)
            ));
        };
        let close = open + 1 + close;
        self.i = close + 1;
        Some(Ok((key, &self.tag[open + 1..close])))
    }
}

/// The XML declaration's encoding name must follow the XML grammar (EncName, XML 1.0 § 4.3.3):
/// every XML parser refuses `encoding="UTF 8"` or `encoding="-x"`, so the document is not
/// well-formed. (The bytes themselves must be UTF-8 anyway, see `checked_text`.)
fn check_encoding_name(declaration: &str, at: usize) -> Result<(), ParseError> {
    let attributes = Attributes {
        tag: declaration,
        i: 0,
        at,
    };
    for attribute in attributes {
        let (key, name) = attribute?;
        if key != "encoding" {
            continue;
        }
        let mut chars = name.chars();
        let legal = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
            && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
        if legal {
            return Ok(());
        }
        return Err(ParseError::new(
            format!(
                "the XML declaration names an illegal encoding '{}'",
                shown(name)
            ),
            at,
        ));
    }
    Ok(())
}

/// The index of the `>` that closes the tag starting at `at` (a `>` inside a quoted value
/// does not close it).
fn tag_end(bytes: &[u8], at: usize) -> Result<usize, ParseError> {
    let mut quote = None;
    for i in memchr::memchr3_iter(b'>', b'"', b'\'', &bytes[at..]) {
        let b = bytes[at + i];
        match quote {
            None if b == b'>' => return Ok(at + i),
            None => quote = Some(b),
            Some(q) if q == b => quote = None,
            Some(_) => {}
        }
    }
    let message = match quote {
        None => "a tag is not closed",
        Some(_) => "an attribute value is not closed",
    };
    Err(ParseError::new(message, at))
}

/// The character a reference (`&name;` without `&` and `;`) stands for: a character reference
/// (`#233`, `#xE9`) or one of the five predefined entities (a DTD could define others, but
/// DTDs are refused).
fn resolve(name: &str, at: usize) -> Result<Cow<'static, str>, ParseError> {
    let Some(number) = name.strip_prefix('#') else {
        return predefined_entity(name)
            .map(Cow::Borrowed)
            .ok_or_else(|| ParseError::new(format!("unknown entity &{};", shown(name)), at));
    };
    let (digits, radix) = match number.strip_prefix('x') {
        Some(hex) => (hex, 16),
        None => (number, 10),
    };
    // from_str_radix takes a sign; a character reference has none.
    let code = (!digits.starts_with(['+', '-']))
        .then(|| u32::from_str_radix(digits, radix).ok())
        .flatten();
    match code.filter(|c| *c != 0).and_then(char::from_u32) {
        Some(c) => Ok(Cow::Owned(c.to_string())),
        None => Err(ParseError::new(
            format!("&{}; is not a valid character reference", shown(name)),
            at,
        )),
    }
}

/// An attribute value as XML reads it: references resolved, each tab and end of line
/// (`\r\n`, `\r`, `\n`) read as one space.
fn attribute_value<'i>(raw: &'i str, at: usize) -> Result<Cow<'i, str>, ParseError> {
    const SPECIAL: [char; 4] = ['&', '\t', '\n', '\r'];
    if !raw.contains(SPECIAL) {
        return Ok(Cow::Borrowed(raw));
    }
    let mut value = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(i) = rest.find(SPECIAL) {
        value.push_str(&rest[..i]);
        rest = match rest.as_bytes()[i] {
            b'&' => {
                let Some(end) = rest[i..].find(';') else {
                    return Err(ParseError::new(
                        "a '&' in an attribute value starts no reference (write &amp;)",
                        at,
                    ));
                };
                value.push_str(&resolve(&rest[i + 1..i + end], at)?);
                &rest[i + end + 1..]
            }
            b'\r' if rest[i + 1..].starts_with('\n') => {
                value.push(' ');
                &rest[i + 2..]
            }
            _ => {
                value.push(' ');
                &rest[i + 1..]
            }
        };
    }
    value.push_str(rest);
    Ok(Cow::Owned(value))
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
            keys: Vec::new(),
            key_set: HashSet::new(),
        }
    }

    fn run(mut self) -> Result<Document<'i>, ParseError> {
        let bytes = self.input.as_bytes();
        let mut at = if bytes.starts_with(b"\xEF\xBB\xBF") {
            3
        } else {
            0
        };
        while at < bytes.len() {
            self.doc.steps += 1;
            at = match bytes[at] {
                b'<' => self.markup(at)?,
                b'&' => self.reference(at)?,
                _ => {
                    let end =
                        memchr::memchr2(b'<', b'&', &bytes[at..]).map_or(bytes.len(), |n| at + n);
                    self.text(Cow::Borrowed(&self.input[at..end]), at)?;
                    end
                }
            };
        }
        if let Some(open) = self.open.last() {
            return Err(ParseError::new(
                format!("the element <{}> is not closed", shown(open.qname)),
                self.input.len(),
            ));
        }
        if self.doc.elements.is_empty() {
            return Err(ParseError::new("there is no root element", 0));
        }
        Ok(self.doc)
    }

    /// Reads the markup starting with the `<` at `at`; returns where the text after it starts.
    fn markup(&mut self, at: usize) -> Result<usize, ParseError> {
        let bytes = self.input.as_bytes();
        match bytes.get(at + 1) {
            Some(b'!') => self.bang(at),
            Some(b'?') => self.instruction(at),
            Some(b'/') => {
                let end = tag_end(bytes, at)?;
                self.end(&self.input[at + 2..end], at)?;
                Ok(end + 1)
            }
            Some(_) => {
                let end = tag_end(bytes, at)?;
                let tag = &self.input[at + 1..end];
                match tag.strip_suffix('/') {
                    Some(tag) => self.start(tag, at, false)?,
                    None => self.start(tag, at, true)?,
                }
                Ok(end + 1)
            }
            None => Err(ParseError::new("the document ends with '<'", at)),
        }
    }

    /// A comment, a CDATA section (its text taken as it is) or a DTD (refused).
    fn bang(&mut self, at: usize) -> Result<usize, ParseError> {
        let rest = &self.input.as_bytes()[at..];
        let (ends_with, what) = match rest.get(2) {
            Some(b'-') => (b"--", "comment"),
            Some(b'[') => (b"]]", "CDATA section"),
            Some(b'D' | b'd') => {
                return Err(ParseError::new(
                    "a document type declaration (DTD) is not allowed",
                    at,
                ));
            }
            _ => return Err(ParseError::new("unknown markup after '<!'", at)),
        };
        // `<!---->` is the shortest comment: its end cannot share the dashes of its start.
        let shortest = if what == "comment" { 6 } else { 0 };
        let end = memchr::memchr_iter(b'>', rest)
            .find(|&i| i >= shortest && rest[..i].ends_with(ends_with))
            .ok_or_else(|| ParseError::new(format!("a {what} is not closed"), at))?;
        let opening: &[u8] = if what == "comment" {
            b"<!--"
        } else {
            b"<![CDATA["
        };
        if !rest.starts_with(opening) {
            return Err(ParseError::new(format!("a malformed {what}"), at));
        }
        if what == "CDATA section" {
            self.text(Cow::Borrowed(&self.input[at + 9..at + end - 2]), at)?;
        }
        Ok(at + end + 1)
    }

    /// A processing instruction (skipped) or the XML declaration (its encoding name checked).
    fn instruction(&mut self, at: usize) -> Result<usize, ParseError> {
        let rest = &self.input.as_bytes()[at..];
        let end = memchr::memchr_iter(b'>', rest)
            .find(|&i| rest[i - 1] == b'?' && i > 1)
            .ok_or_else(|| ParseError::new("a processing instruction is not closed", at))?;
        if end < 3 {
            return Err(ParseError::new("an empty processing instruction", at));
        }
        let content = &self.input[at + 2..at + end - 1];
        if let Some(declaration) = content.strip_prefix("xml")
            && declaration.bytes().next().is_none_or(is_space)
        {
            check_encoding_name(declaration, at)?;
        }
        Ok(at + end + 1)
    }

    /// A reference in text (`&amp;`, `&#233;`), resolved.
    fn reference(&mut self, at: usize) -> Result<usize, ParseError> {
        let bytes = self.input.as_bytes();
        match memchr::memchr3(b';', b'&', b'<', &bytes[at + 1..]) {
            Some(n) if bytes[at + 1 + n] == b';' => {
                let resolved = resolve(&self.input[at + 1..at + 1 + n], at)?;
                self.text(resolved, at)?;
                Ok(at + n + 2)
            }
            _ => Err(ParseError::new(
                "a '&' starts no reference (write &amp;)",
                at,
            )),
        }
    }

    /// Whether the tag being read has not given the attribute `key` yet (it has now).
    fn first_use(&mut self, key: &'i str) -> bool {
        if self.keys.len() < FEW_ATTRIBUTES {
            let new = !self.keys.contains(&key);
            self.keys.push(key);
            return new;
        }
        if self.key_set.is_empty() {
            self.key_set.extend(self.keys.iter().copied());
        }
        self.key_set.insert(key)
    }

    /// A start tag: `tag` is what lies between `<` and `>` (or `/>`).
    fn start(&mut self, tag: &'i str, at: usize, has_end: bool) -> Result<(), ParseError> {
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
        // One pass over the name: where it ends (white space, or the tag's end) and its first
        // colon (names are short: a plain loop beats a searcher here).
        let (mut name_len, mut colon) = (tag.len(), None);
        for (i, b) in tag.bytes().enumerate() {
            if is_space(b) {
                name_len = i;
                break;
            }
            if b == b':' && colon.is_none() {
                colon = Some(i);
            }
        }
        let qname = &tag[..name_len];
        if qname.is_empty() {
            return Err(ParseError::new("a tag has no name", at));
        }
        let scope = self.log.len();
        let from = self.doc.attributes.len() as u32;
        self.keys.clear();
        if !self.key_set.is_empty() {
            self.key_set.clear();
        }
        let attributes = Attributes {
            tag,
            i: name_len,
            at,
        };
        for attribute in attributes {
            self.doc.steps += 1;
            let (key, raw) = attribute?;
            if !self.first_use(key) {
                return Err(ParseError::new(
                    format!("duplicate attribute '{}' in <{}>", shown(key), shown(qname)),
                    at,
                ));
            }
            let value = attribute_value(raw, at)?;
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
        let (prefix, name) = match colon {
            Some(i) => (&qname[..i], &qname[i + 1..]),
            None => ("", qname),
        };
        let ns = match self.bound(prefix) {
            Some(ns) => ns,
            None if prefix.is_empty() => Ns::None,
            None if prefix == "xml" => self.namespace(XML_NAMESPACE, at)?,
            None => {
                return Err(ParseError::new(
                    format!(
                        "the prefix '{}' of <{}> is not bound to a namespace",
                        shown(prefix),
                        shown(qname)
                    ),
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
                qname,
                last_child: NONE,
                bindings: scope,
            });
        } else {
            self.unbind(scope);
        }
        Ok(())
    }

    /// An end tag: `content` is what lies between `</` and `>`.
    fn end(&mut self, content: &str, at: usize) -> Result<(), ParseError> {
        // White space may follow the name.
        let name = match content.bytes().rposition(|b| !is_space(b)) {
            Some(last) => &content[..=last],
            None => content,
        };
        let Some(open) = self.open.pop() else {
            return Err(ParseError::new(
                format!("the end tag </{}> closes no element", shown(name)),
                at,
            ));
        };
        if open.qname != name {
            return Err(ParseError::new(
                format!(
                    "expected </{}>, found </{}>",
                    shown(open.qname),
                    shown(name)
                ),
                at,
            ));
        }
        self.unbind(open.bindings);
        Ok(())
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
        let key = packed(prefix);
        if let Some(key) = key
            && let Some((_, ns)) = self.recent.iter().find(|(k, _)| *k == key)
        {
            return Some(*ns);
        }
        let ns = *self.bindings.get(prefix)?;
        if let Some(key) = key
            && self.recent.len() < RECENT
        {
            self.recent.push((key, ns));
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
}

/// Document text quoted in a message, cut to its first 40 characters (a name may be megabytes).
fn shown(text: &str) -> Cow<'_, str> {
    match text.char_indices().nth(40) {
        Some((cut, _)) => Cow::Owned(format!("{}…", &text[..cut])),
        None => Cow::Borrowed(text),
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
        // Thousands of attributes on one element (each checked against the others).
        assert_linear(|n| {
            let attributes: String = (0..n).map(|i| format!(" a{i}=\"{i}\"")).collect();
            format!("<a{attributes}/>")
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
    fn markup_around_the_elements() {
        let xml = "\u{feff}<?xml version='1.0' encoding=\"UTF-8\"?>\n<!-- a -- b -->\n<?pi <a>?>\n\
            <r a='x > y' b=\"1\t2\r\n3\n4&#x41;&lt;\" c = \"it's\">\
            <!--<x>--><![CDATA[a<b>&amp;]]>&#233;&#x1F600;&quot;<?pi?><e/>tail</r  >\n<!-- end -->\n";
        let doc = parse(xml).unwrap();
        let root = doc.root_element();
        assert_eq!(root.name(), "r");
        assert_eq!(root.attribute("a"), Some("x > y"));
        assert_eq!(root.attribute("b"), Some("1 2 3 4A<"));
        assert_eq!(root.attribute("c"), Some("it's"));
        assert_eq!(root.text(), Some("a<b>&amp;\u{e9}\u{1F600}\""));
        assert_eq!(root.children().map(|e| e.name()).collect::<Vec<_>>(), ["e"]);
    }

    #[test]
    fn malformed_markup_is_refused() {
        let message = |s: &str| parse(s).err().map(|e| e.message).unwrap_or_default();
        for (xml, why) in [
            ("<a>AT&T</a>", "starts no reference"),
            ("<a>&amp</a>", "starts no reference"),
            ("<a>&#0;</a>", "not a valid character reference"),
            ("<a>&#xD800;</a>", "not a valid character reference"),
            ("<a>&#+65;</a>", "not a valid character reference"),
            ("<a>&#X41;</a>", "not a valid character reference"),
            ("<a b=\"&x;\"/>", "unknown entity"),
            ("<a b=\"AT&T\"/>", "starts no reference"),
            ("<a b=1/>", "not quoted"),
            ("<a b/>", "has no value"),
            ("<a =\"1\"/>", "no name"),
            ("<a b=\"1/>", "not closed"),
            ("<a", "not closed"),
            ("<a><!-- x </a>", "comment is not closed"),
            ("<a><!-x--></a>", "malformed comment"),
            ("<a><![CDATA[x</a>", "CDATA section is not closed"),
            ("<a><![CDAT[x]]></a>", "malformed CDATA"),
            ("<a><!ELEMENT a ANY></a>", "unknown markup"),
            ("<?x <a/>", "processing instruction is not closed"),
            ("<?><a/>", "empty processing instruction"),
            ("<a/></a>", "closes no element"),
            ("<a></a b=\"1\">", "expected </a>"),
            ("<a>x<", "ends with '<'"),
            ("<a>< b/></a>", "has no name"),
        ] {
            let m = message(xml);
            assert!(m.contains(why), "{xml}: {m}");
        }
        // Names are quoted cut short.
        let m = message(&format!("<{}>", "n".repeat(100_000)));
        assert!(m.contains("nnn…> is not closed") && m.len() < 100, "{m}");
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
