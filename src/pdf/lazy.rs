//! Fast path of the analysis: read only the objects that lead to the embedded XML.
//!
//! lopdf parses every object of a file when it loads it (its lazy reader is private), which
//! for a typical Factur-X PDF (embedded fonts, images) costs far more than finding the XML.
//! This module reads the cross-reference data and then only the objects reachable from the
//! catalog through /Names /EmbeddedFiles, /AF and the page tree's /Kids, parsed here into
//! lopdf objects, and hands them to the same analysis code as a small `Document`.
//!
//! It is strict: anything unexpected (damaged cross-reference data, an object not where the
//! table says, encryption, no XML found) gives up, and the caller loads the file with lopdf,
//! which repairs what can be repaired and reports what cannot.

use std::collections::{BTreeMap, BTreeSet};

use lopdf::{Dictionary, Document, Object, ObjectId, Stream, StringFormat};

/// The fast path gave up; the full load decides.
#[derive(Debug)]
pub(super) struct GiveUp;

type R<T> = Result<T, GiveUp>;

/// Nesting of arrays and dictionaries (lopdf's limit too).
const MAX_NESTING: usize = 100;
/// Objects fetched by one analysis.
const MAX_OBJECTS: usize = 10_000;
/// Cross-reference sections followed through /Prev.
const MAX_SECTIONS: usize = 64;

#[derive(Debug, Clone, Copy)]
enum Entry {
    Free,
    At { offset: usize, generation: u16 },
    InStream { container: u32 },
}

/// How much of an object's references the walk follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Follow {
    /// The catalog: /Pages, /Names (its /EmbeddedFiles only), /AF.
    Catalog,
    /// A /Names dictionary held by reference: its /EmbeddedFiles only.
    NameDictionary,
    /// Page tree nodes: /Kids only.
    PageTree,
    /// Everything (name tree nodes, file specifications, embedded files), except back links.
    All,
}

pub(super) struct Reader<'a> {
    buf: &'a [u8],
    xref: BTreeMap<u32, Entry>,
    trailer: Dictionary,
    objects: BTreeMap<ObjectId, Object>,
    /// Decoded object streams: container number → its objects.
    containers: BTreeMap<u32, BTreeMap<u32, Object>>,
    /// Object streams being decoded (a /Length inside itself would loop).
    decoding: BTreeSet<u32>,
    /// Inflation budget left, in bytes.
    budget: usize,
    /// Set when a stream needed more than the budget.
    over_budget: bool,
}

impl<'a> Reader<'a> {
    /// Reads the cross-reference data and fetches the objects the analysis needs; the result
    /// is a `Document` holding only those.
    /// Also returns the budget left, and whether a stream needed more than the budget.
    pub(super) fn load(buf: &'a [u8], budget: usize) -> (R<Document>, usize, bool) {
        let start = buf.windows(5).position(|w| w == b"%PDF-").unwrap_or(0);
        let mut reader = Reader {
            buf: &buf[start..],
            xref: BTreeMap::new(),
            trailer: Dictionary::new(),
            objects: BTreeMap::new(),
            containers: BTreeMap::new(),
            decoding: BTreeSet::new(),
            budget,
            over_budget: false,
        };
        let doc = reader.read();
        (doc, reader.budget, reader.over_budget)
    }

    fn read(&mut self) -> R<Document> {
        self.read_xref()?;
        if self.trailer.has(b"Encrypt") {
            return Err(GiveUp);
        }
        let root = self
            .trailer
            .get(b"Root")
            .and_then(Object::as_reference)
            .map_err(|_| GiveUp)?;
        self.walk(root)?;
        let mut doc = Document::new();
        doc.trailer = std::mem::take(&mut self.trailer);
        doc.objects = std::mem::take(&mut self.objects);
        Ok(doc)
    }

    // -----------------------------------------------------------------------------------------
    // Cross-reference data.

    fn read_xref(&mut self) -> R<()> {
        let mut offset = startxref(self.buf)?;
        let mut seen = BTreeSet::new();
        let mut newest: Option<Dictionary> = None;
        loop {
            if seen.len() >= MAX_SECTIONS || !seen.insert(offset) {
                return Err(GiveUp);
            }
            let mut p = Parser::at(self.buf, offset)?;
            let dict = if p.keyword(b"xref") {
                let dict = self.xref_table(&mut p)?;
                if let Ok(stream_offset) = dict.get(b"XRefStm").and_then(Object::as_i64) {
                    self.xref_stream(to_offset(stream_offset)?)?;
                }
                dict
            } else {
                self.xref_stream(offset)?
            };
            let prev = dict.get(b"Prev").and_then(Object::as_i64).ok();
            if newest.is_none() {
                newest = Some(dict);
            }
            match prev {
                Some(prev) => offset = to_offset(prev)?,
                None => break,
            }
        }
        self.trailer = newest.ok_or(GiveUp)?;
        Ok(())
    }

    /// Newer sections are read first, so an entry already known wins.
    fn define(&mut self, id: u32, entry: Entry) {
        self.xref.entry(id).or_insert(entry);
    }

    /// A classic `xref` table, then its trailer dictionary.
    fn xref_table(&mut self, p: &mut Parser) -> R<Dictionary> {
        loop {
            if p.keyword(b"trailer") {
                return match p.object(0)? {
                    Object::Dictionary(d) => Ok(d),
                    _ => Err(GiveUp),
                };
            }
            let first = p.unsigned()?;
            let count = p.unsigned()?;
            if count > self.buf.len() / 18 {
                return Err(GiveUp);
            }
            for k in 0..count {
                let offset = p.unsigned()?;
                let generation = u16::try_from(p.unsigned()?).map_err(|_| GiveUp)?;
                let id = first.checked_add(k).ok_or(GiveUp)?;
                let id = u32::try_from(id).map_err(|_| GiveUp)?;
                if p.keyword(b"n") {
                    self.define(id, Entry::At { offset, generation });
                } else if p.keyword(b"f") {
                    if id != 0 {
                        self.define(id, Entry::Free);
                    }
                } else {
                    return Err(GiveUp);
                }
            }
        }
    }

    /// A cross-reference stream at `offset`; returns its dictionary (the trailer's keys).
    fn xref_stream(&mut self, offset: usize) -> R<Dictionary> {
        let (_, object) = self.indirect_object(offset, None)?;
        let Object::Stream(stream) = object else {
            return Err(GiveUp);
        };
        if !stream.dict.has_type(b"XRef") {
            return Err(GiveUp);
        }
        let data = self.inflate(&stream)?;
        let widths: Vec<usize> = match stream.dict.get(b"W") {
            Ok(Object::Array(w)) if w.len() == 3 => w
                .iter()
                .map(|o| o.as_i64().ok().and_then(|n| usize::try_from(n).ok()))
                .collect::<Option<Vec<_>>>()
                .filter(|w| w.iter().all(|&n| n <= 8))
                .ok_or(GiveUp)?,
            _ => return Err(GiveUp),
        };
        let size = stream
            .dict
            .get(b"Size")
            .and_then(Object::as_i64)
            .map_err(|_| GiveUp)?;
        let index: Vec<i64> = match stream.dict.get(b"Index") {
            Ok(Object::Array(a)) => a
                .iter()
                .map(|o| o.as_i64().ok())
                .collect::<Option<Vec<_>>>()
                .ok_or(GiveUp)?,
            _ => vec![0, size],
        };
        let entry_len: usize = widths.iter().sum();
        if entry_len == 0 || !index.len().is_multiple_of(2) {
            return Err(GiveUp);
        }
        let mut entries = data.chunks_exact(entry_len);
        for pair in index.chunks_exact(2) {
            let (first, count) = (to_offset(pair[0])?, to_offset(pair[1])?);
            for k in 0..count {
                let entry = entries.next().ok_or(GiveUp)?;
                let (a, rest) = entry.split_at(widths[0]);
                let (b, c) = rest.split_at(widths[1]);
                let kind = if widths[0] == 0 { 1 } else { be(a) };
                let id = first.checked_add(k).ok_or(GiveUp)?;
                let id = u32::try_from(id).map_err(|_| GiveUp)?;
                match kind {
                    0 if id != 0 => self.define(id, Entry::Free),
                    0 => {}
                    1 => self.define(
                        id,
                        Entry::At {
                            offset: be(b),
                            generation: u16::try_from(be(c)).map_err(|_| GiveUp)?,
                        },
                    ),
                    2 => self.define(
                        id,
                        Entry::InStream {
                            container: u32::try_from(be(b)).map_err(|_| GiveUp)?,
                        },
                    ),
                    // Unknown entry types are to be ignored (ISO 32000-1, 7.5.8.3).
                    _ => {}
                }
            }
        }
        Ok(stream.dict)
    }

    // -----------------------------------------------------------------------------------------
    // Objects.

    /// The decoded content of a stream, charged to the budget.
    fn inflate(&mut self, stream: &Stream) -> R<Vec<u8>> {
        match super::inflate::plain_content(stream, self.budget) {
            Ok(data) => {
                self.budget -= data.len();
                Ok(data)
            }
            Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded {
                ..
            })) => {
                self.over_budget = true;
                Err(GiveUp)
            }
            Err(_) => Err(GiveUp),
        }
    }

    /// The object `id 0 obj … endobj` at `offset` (checked against `expect`).
    fn indirect_object(
        &mut self,
        offset: usize,
        expect: Option<ObjectId>,
    ) -> R<(ObjectId, Object)> {
        let mut p = Parser::at(self.buf, offset)?;
        let number = u32::try_from(p.unsigned()?).map_err(|_| GiveUp)?;
        let generation = u16::try_from(p.unsigned()?).map_err(|_| GiveUp)?;
        let id = (number, generation);
        if expect.is_some_and(|e| e != id) || !p.keyword(b"obj") {
            return Err(GiveUp);
        }
        let object = p.object(0)?;
        let Object::Dictionary(dict) = object else {
            return Ok((id, object));
        };
        if !p.keyword(b"stream") {
            return Ok((id, Object::Dictionary(dict)));
        }
        // The data starts after the end of line that follows `stream`.
        let mut start = p.i;
        if self.buf.get(start) == Some(&b'\r') {
            start += 1;
        }
        if self.buf.get(start) == Some(&b'\n') {
            start += 1;
        }
        let length = match dict.get(b"Length") {
            Ok(Object::Integer(n)) => to_offset(*n)?,
            Ok(Object::Reference(length_id)) if *length_id != id => {
                // The length is an object of its own (never a stream).
                match self.resolve_plain(*length_id)? {
                    Object::Integer(n) => to_offset(n)?,
                    _ => return Err(GiveUp),
                }
            }
            _ => return Err(GiveUp),
        };
        let end = start.checked_add(length).ok_or(GiveUp)?;
        let data = self.buf.get(start..end).ok_or(GiveUp)?;
        let mut after = Parser::at(self.buf, end)?;
        if !after.keyword(b"endstream") {
            return Err(GiveUp);
        }
        Ok((id, Object::Stream(Stream::new(dict, data.to_vec()))))
    }

    /// An object that cannot be a stream (a stream's /Length), read without caching.
    fn resolve_plain(&mut self, id: ObjectId) -> R<Object> {
        match self.xref.get(&id.0).copied() {
            Some(Entry::At { offset, generation }) if generation == id.1 => {
                let mut p = Parser::at(self.buf, offset)?;
                let header = (p.unsigned()?, p.unsigned()?);
                if header != (id.0 as usize, id.1 as usize) || !p.keyword(b"obj") {
                    return Err(GiveUp);
                }
                p.object(0)
            }
            Some(Entry::InStream { container }) => {
                self.container(container)?;
                self.containers[&container]
                    .get(&id.0)
                    .cloned()
                    .ok_or(GiveUp)
            }
            _ => Err(GiveUp),
        }
    }

    /// Decodes object stream `number` once.
    fn container(&mut self, number: u32) -> R<()> {
        if self.containers.contains_key(&number) {
            return Ok(());
        }
        if !self.decoding.insert(number) {
            return Err(GiveUp);
        }
        let Some(Entry::At { offset, generation }) = self.xref.get(&number).copied() else {
            return Err(GiveUp);
        };
        let (_, object) = self.indirect_object(offset, Some((number, generation)))?;
        let Object::Stream(stream) = object else {
            return Err(GiveUp);
        };
        if !stream.dict.has_type(b"ObjStm") {
            return Err(GiveUp);
        }
        let n = stream
            .dict
            .get(b"N")
            .and_then(Object::as_i64)
            .map_err(|_| GiveUp)?;
        let first = stream
            .dict
            .get(b"First")
            .and_then(Object::as_i64)
            .map_err(|_| GiveUp)?;
        let (n, first) = (to_offset(n)?, to_offset(first)?);
        let data = self.inflate(&stream)?;
        if n > data.len() {
            return Err(GiveUp);
        }
        let mut header = Parser::new(data.get(..first).ok_or(GiveUp)?);
        let mut members = BTreeMap::new();
        for _ in 0..n {
            let id = u32::try_from(header.unsigned()?).map_err(|_| GiveUp)?;
            let at = first.checked_add(header.unsigned()?).ok_or(GiveUp)?;
            let mut p = Parser::at(&data, at)?;
            members.entry(id).or_insert(p.object(0)?);
        }
        self.containers.insert(number, members);
        Ok(())
    }

    /// Reads object `id` into `objects` (once); false when it does not exist.
    fn fetch(&mut self, id: ObjectId) -> R<bool> {
        if self.objects.contains_key(&id) {
            return Ok(true);
        }
        let object = match self.xref.get(&id.0).copied() {
            None | Some(Entry::Free) => return Ok(false),
            Some(Entry::At { offset, generation }) => {
                if generation != id.1 {
                    return Ok(false);
                }
                self.indirect_object(offset, Some(id))?.1
            }
            Some(Entry::InStream { container }) => {
                if id.1 != 0 {
                    return Ok(false);
                }
                self.container(container)?;
                match self.containers[&container].get(&id.0) {
                    Some(o) => o.clone(),
                    None => return Ok(false),
                }
            }
        };
        self.objects.insert(id, object);
        Ok(true)
    }

    /// Fetches the objects the analysis reads, from the catalog `root`.
    fn walk(&mut self, root: ObjectId) -> R<()> {
        let mut stack = vec![(root, Follow::Catalog)];
        let mut done: BTreeSet<(ObjectId, Follow)> = BTreeSet::new();
        while let Some((id, follow)) = stack.pop() {
            if !done.insert((id, follow)) {
                continue;
            }
            if done.len() > MAX_OBJECTS {
                return Err(GiveUp);
            }
            if !self.fetch(id)? {
                continue;
            }
            let mut next = Vec::new();
            match (follow, &self.objects[&id]) {
                (Follow::Catalog, Object::Dictionary(catalog)) => {
                    if let Ok(pages) = catalog.get(b"Pages") {
                        references(pages, Follow::PageTree, &mut next, 0);
                    }
                    match catalog.get(b"Names") {
                        Ok(Object::Reference(names)) => next.push((*names, Follow::NameDictionary)),
                        Ok(Object::Dictionary(names)) => {
                            if let Ok(files) = names.get(b"EmbeddedFiles") {
                                references(files, Follow::All, &mut next, 0);
                            }
                        }
                        _ => {}
                    }
                    if let Ok(af) = catalog.get(b"AF") {
                        references(af, Follow::All, &mut next, 0);
                    }
                }
                (Follow::NameDictionary, Object::Dictionary(names)) => {
                    if let Ok(files) = names.get(b"EmbeddedFiles") {
                        references(files, Follow::All, &mut next, 0);
                    }
                }
                (Follow::PageTree, Object::Dictionary(node)) => {
                    if let Ok(kids) = node.get(b"Kids") {
                        references(kids, Follow::PageTree, &mut next, 0);
                    }
                }
                (Follow::PageTree, array @ Object::Array(_)) => {
                    references(array, Follow::PageTree, &mut next, 0);
                }
                (Follow::All, object) => references(object, Follow::All, &mut next, 0),
                _ => {}
            }
            // Visit in document order (the stack pops the last first).
            stack.extend(next.into_iter().rev());
        }
        Ok(())
    }
}

/// The references inside `object`, with how to follow them; page back links are left out.
fn references(object: &Object, follow: Follow, out: &mut Vec<(ObjectId, Follow)>, depth: usize) {
    if depth > MAX_NESTING {
        return;
    }
    match object {
        Object::Reference(id) => out.push((*id, follow)),
        Object::Array(items) => {
            for item in items {
                references(item, follow, out, depth + 1);
            }
        }
        Object::Dictionary(dict) | Object::Stream(Stream { dict, .. }) => {
            for (key, value) in dict.iter() {
                if key != b"Parent" && key != b"P" {
                    references(value, follow, out, depth + 1);
                }
            }
        }
        _ => {}
    }
}

fn to_offset(n: i64) -> R<usize> {
    usize::try_from(n).map_err(|_| GiveUp)
}

/// A big-endian number of up to 8 bytes.
fn be(bytes: &[u8]) -> usize {
    bytes.iter().fold(0usize, |n, &b| (n << 8) | usize::from(b))
}

/// The offset written after the last `startxref`.
fn startxref(buf: &[u8]) -> R<usize> {
    let tail_start = buf.len().saturating_sub(2048);
    let tail = &buf[tail_start..];
    let at = tail
        .windows(9)
        .rposition(|w| w == b"startxref")
        .ok_or(GiveUp)?;
    let mut p = Parser::at(tail, at + 9)?;
    p.unsigned()
}

// ---------------------------------------------------------------------------------------------
// Object syntax (ISO 32000-1, 7.2 and 7.3).

fn is_white(c: u8) -> bool {
    matches!(c, 0 | b'\t' | b'\n' | 0x0C | b'\r' | b' ')
}

fn is_delimiter(c: u8) -> bool {
    matches!(
        c,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

fn is_regular(c: u8) -> bool {
    !is_white(c) && !is_delimiter(c)
}

struct Parser<'b> {
    b: &'b [u8],
    i: usize,
}

impl<'b> Parser<'b> {
    fn new(b: &'b [u8]) -> Self {
        Parser { b, i: 0 }
    }

    fn at(b: &'b [u8], i: usize) -> R<Self> {
        if i > b.len() {
            return Err(GiveUp);
        }
        Ok(Parser { b, i })
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn skip_white(&mut self) {
        while let Some(c) = self.peek() {
            if is_white(c) {
                self.i += 1;
            } else if c == b'%' {
                while self.peek().is_some_and(|c| c != b'\n' && c != b'\r') {
                    self.i += 1;
                }
            } else {
                break;
            }
        }
    }

    /// Consumes `word` if it comes next as a whole token.
    fn keyword(&mut self, word: &[u8]) -> bool {
        self.skip_white();
        let end = self.i + word.len();
        let matches = self.b.get(self.i..end) == Some(word)
            && self.b.get(end).is_none_or(|&c| !is_regular(c));
        if matches {
            self.i = end;
        }
        matches
    }

    fn unsigned(&mut self) -> R<usize> {
        self.skip_white();
        let start = self.i;
        let mut n: usize = 0;
        while let Some(c @ b'0'..=b'9') = self.peek() {
            n = n
                .checked_mul(10)
                .and_then(|n| n.checked_add(usize::from(c - b'0')))
                .ok_or(GiveUp)?;
            self.i += 1;
        }
        if self.i == start || self.peek().is_some_and(is_regular) {
            return Err(GiveUp);
        }
        Ok(n)
    }

    fn object(&mut self, depth: usize) -> R<Object> {
        if depth > MAX_NESTING {
            return Err(GiveUp);
        }
        self.skip_white();
        match self.peek().ok_or(GiveUp)? {
            b'/' => {
                self.i += 1;
                Ok(Object::Name(self.name()?))
            }
            b'(' => {
                self.i += 1;
                Ok(Object::String(self.literal()?, StringFormat::Literal))
            }
            b'<' if self.b.get(self.i + 1) == Some(&b'<') => {
                self.i += 2;
                let mut dict = Dictionary::new();
                loop {
                    self.skip_white();
                    if self.b.get(self.i..self.i + 2) == Some(b">>") {
                        self.i += 2;
                        return Ok(Object::Dictionary(dict));
                    }
                    if self.peek() != Some(b'/') {
                        return Err(GiveUp);
                    }
                    self.i += 1;
                    let key = self.name()?;
                    let value = self.object(depth + 1)?;
                    dict.set(key, value);
                }
            }
            b'<' => {
                self.i += 1;
                Ok(Object::String(self.hex()?, StringFormat::Hexadecimal))
            }
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_white();
                    if self.peek() == Some(b']') {
                        self.i += 1;
                        return Ok(Object::Array(items));
                    }
                    items.push(self.object(depth + 1)?);
                }
            }
            b'0'..=b'9' | b'+' | b'-' | b'.' => self.number(),
            _ if self.keyword(b"true") => Ok(Object::Boolean(true)),
            _ if self.keyword(b"false") => Ok(Object::Boolean(false)),
            _ if self.keyword(b"null") => Ok(Object::Null),
            _ => Err(GiveUp),
        }
    }

    /// A number, or a reference `n g R`.
    fn number(&mut self) -> R<Object> {
        let start = self.i;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_digit() || matches!(c, b'+' | b'-' | b'.'))
        {
            self.i += 1;
        }
        let text = std::str::from_utf8(&self.b[start..self.i]).map_err(|_| GiveUp)?;
        if self.peek().is_some_and(is_regular) {
            return Err(GiveUp);
        }
        if text.contains('.') {
            return text.parse::<f32>().map(Object::Real).map_err(|_| GiveUp);
        }
        let n: i64 = text.parse().map_err(|_| GiveUp)?;
        // `n g R`?
        let after = self.i;
        if n >= 0
            && let Ok(generation) = self.unsigned()
            && self.keyword(b"R")
            && let (Ok(number), Ok(generation)) = (u32::try_from(n), u16::try_from(generation))
        {
            return Ok(Object::Reference((number, generation)));
        }
        self.i = after;
        Ok(Object::Integer(n))
    }

    /// A name after its `/`, with #xx escapes decoded.
    fn name(&mut self) -> R<Vec<u8>> {
        let start = self.i;
        let len = self.b[start..]
            .iter()
            .take_while(|&&c| is_regular(c))
            .count();
        let raw = &self.b[start..start + len];
        // Most names have no escape: one copy.
        if !raw.contains(&b'#') {
            self.i += len;
            return Ok(raw.to_vec());
        }
        let mut name = Vec::with_capacity(len);
        while let Some(c) = self.peek().filter(|&c| is_regular(c)) {
            self.i += 1;
            if c == b'#' {
                let hex = self.b.get(self.i..self.i + 2).ok_or(GiveUp)?;
                let hex = std::str::from_utf8(hex).map_err(|_| GiveUp)?;
                name.push(u8::from_str_radix(hex, 16).map_err(|_| GiveUp)?);
                self.i += 2;
            } else {
                name.push(c);
            }
        }
        Ok(name)
    }

    /// A literal string after its `(`.
    fn literal(&mut self) -> R<Vec<u8>> {
        let mut out = Vec::new();
        let mut depth = 0usize;
        loop {
            let c = self.peek().ok_or(GiveUp)?;
            self.i += 1;
            match c {
                b'(' => {
                    depth += 1;
                    out.push(c);
                }
                b')' if depth == 0 => return Ok(out),
                b')' => {
                    depth -= 1;
                    out.push(c);
                }
                b'\\' => {
                    let e = self.peek().ok_or(GiveUp)?;
                    self.i += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.peek() {
                                    Some(d @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(d - b'0');
                                        self.i += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push(v as u8);
                        }
                        // A backslash at the end of a line continues the string.
                        b'\r' => {
                            if self.peek() == Some(b'\n') {
                                self.i += 1;
                            }
                        }
                        b'\n' => {}
                        other => out.push(other),
                    }
                }
                c => out.push(c),
            }
        }
    }

    /// A hexadecimal string after its `<`.
    fn hex(&mut self) -> R<Vec<u8>> {
        let mut out = Vec::new();
        let mut high: Option<u8> = None;
        loop {
            let c = self.peek().ok_or(GiveUp)?;
            self.i += 1;
            let v = match c {
                b'>' => break,
                c if is_white(c) => continue,
                b'0'..=b'9' => c - b'0',
                b'a'..=b'f' => c - b'a' + 10,
                b'A'..=b'F' => c - b'A' + 10,
                _ => return Err(GiveUp),
            };
            match high.take() {
                Some(h) => out.push(h << 4 | v),
                None => high = Some(v),
            }
        }
        if let Some(h) = high {
            out.push(h << 4);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> R<Object> {
        Parser::new(s.as_bytes()).object(0)
    }

    #[test]
    fn object_syntax() {
        assert_eq!(parse("42").unwrap(), Object::Integer(42));
        assert_eq!(parse("-3.5").unwrap(), Object::Real(-3.5));
        assert_eq!(parse("12 0 R").unwrap(), Object::Reference((12, 0)));
        assert_eq!(
            parse("/text#2Fxml").unwrap(),
            Object::Name(b"text/xml".to_vec())
        );
        assert_eq!(
            parse(
                r"(a\(b\) \101\n(c)\
d)"
            )
            .unwrap(),
            Object::String(b"a(b) A\n(c)d".to_vec(), StringFormat::Literal)
        );
        assert_eq!(
            parse("<FE FF 00 41 0>").unwrap(),
            Object::String(vec![0xFE, 0xFF, 0, 0x41, 0], StringFormat::Hexadecimal)
        );
        let dict = parse("<</Names[(factur-x.xml)5 0 R]/Kids 7 0 R % comment\n/N null>>").unwrap();
        let dict = dict.as_dict().unwrap();
        assert_eq!(
            dict.get(b"Names").unwrap().as_array().unwrap()[1],
            Object::Reference((5, 0))
        );
        assert_eq!(dict.get(b"Kids").unwrap(), &Object::Reference((7, 0)));
        assert_eq!(dict.get(b"N").unwrap(), &Object::Null);
        assert_eq!(
            parse("[1 2 3]").unwrap(),
            Object::Array(vec![1.into(), 2.into(), 3.into()])
        );
        for bad in ["", "(open", "<<(key) 1>>", "<zz>", "12abc", "[1 2", "@"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert!(parse(&deep).is_err());
    }
}
