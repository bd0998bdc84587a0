//! Tables read as a stream (`directory import`): the header first, judged before the rest is
//! read, then one record at a time. Memory holds what the reader keeps, never the whole text,
//! and no record is read past [`MAX_RECORD_BYTES`].

use std::io::{BufRead, Read};

use serde_json::{Map, Value};

use super::{InputFormat, read_part, scalar};
use crate::error::{Error, Result};

/// The longest record read (a CSV record, an NDJSON line, a JSON array element): a longer one
/// is refused as soon as it gets that long, not buffered to its end.
pub const MAX_RECORD_BYTES: usize = 1 << 20;

/// What a streamed table hands its reader, in order.
pub trait Sink {
    /// New columns, in order: a CSV's header, or JSON keys as they first appear (given before
    /// the first row that has them). An error stops the reading there.
    fn columns(&mut self, names: &[String]) -> Result<()>;
    /// A row: its line (in a JSON array, its position) and its cells — for JSON one per column
    /// so far; a CSV row may have more or fewer than its header.
    fn row(&mut self, line: usize, cells: &[&str]) -> Result<()>;
}

/// Reads `input` in `format` (`Lines` is a one-column CSV) into `sink`.
pub fn read(input: &mut dyn BufRead, format: InputFormat, sink: &mut dyn Sink) -> Result<()> {
    if input.fill_buf()?.starts_with("\u{feff}".as_bytes()) {
        input.consume(3);
    }
    match format {
        InputFormat::Json => json_array(input, sink),
        InputFormat::Ndjson => ndjson(input, sink),
        InputFormat::Csv | InputFormat::Lines => csv(input, sink),
    }
}

/// The start of the input, for [`super::detect`] to sniff (it looks at the first line only).
pub fn sample(input: &mut dyn BufRead) -> Result<String> {
    let bytes = input.fill_buf()?;
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let valid = match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default(),
    };
    Ok(valid.to_string())
}

/// `at`: "line 3", or "record 3 of the JSON array".
fn too_long(at: &str) -> Error {
    Error::invalid(
        "input_record_too_long",
        format!(
            "{at}: a record is longer than {} MB; nothing was imported",
            MAX_RECORD_BYTES >> 20
        ),
    )
    .hint("is it the right file? a CSV field with an unclosed quote also runs on to the end")
}

/// Appends the next line (with its newline) to `buf`, without growing it past the bound;
/// false at the end of the input.
fn next_line(input: &mut dyn BufRead, buf: &mut Vec<u8>, line: usize) -> Result<bool> {
    let room = (MAX_RECORD_BYTES + 1).saturating_sub(buf.len()) as u64;
    let n = Read::take(&mut *input, room).read_until(b'\n', buf)?;
    if buf.len() > MAX_RECORD_BYTES {
        return Err(too_long(&format!("line {line}")));
    }
    Ok(n > 0)
}

/// CSV rows are parsed by batches of about this many bytes of whole lines.
const BATCH_BYTES: usize = 1 << 16;

/// CSV separated by `,` or `;` (whichever the header line has more of). The header line comes
/// alone, then batches of lines, each ending where the quotes pair up (a quoted field may span
/// lines); each batch is parsed with its first line's number.
fn csv(input: &mut dyn BufRead, sink: &mut dyn Sink) -> Result<()> {
    let mut buf = Vec::new();
    let (mut lines, mut header, mut delimiter) = (0usize, true, b',');
    loop {
        buf.clear();
        let first = lines + 1;
        let (batch, mut quotes) = (if header { 1 } else { BATCH_BYTES }, 0);
        loop {
            let start = buf.len();
            if !next_line(input, &mut buf, lines + 1)? {
                break;
            }
            lines += 1;
            quotes += buf[start..].iter().filter(|b| **b == b'"').count();
            if quotes % 2 == 0 && buf.len() >= batch {
                break;
            }
        }
        if buf.is_empty() {
            return if header { sink.columns(&[]) } else { Ok(()) };
        }
        let text = std::str::from_utf8(&buf).map_err(|e| {
            let at = first
                + buf[..e.valid_up_to()]
                    .iter()
                    .filter(|b| **b == b'\n')
                    .count();
            Error::invalid("input_not_utf8", format!("line {at} is not UTF-8 text"))
        })?;
        if header {
            let head = text.lines().next().unwrap_or_default();
            if head.matches(';').count() > head.matches(',').count() {
                delimiter = b';';
            }
        }
        let mut builder = csv::ReaderBuilder::new();
        builder
            .delimiter(delimiter)
            .flexible(true)
            .has_headers(false);
        let records = read_part(builder, text, first - 1, None, &|r: &csv::StringRecord| {
            r.clone()
        })?;
        for (line, record) in records {
            if std::mem::take(&mut header) {
                let names: Vec<String> = record.iter().map(|h| h.trim().to_string()).collect();
                sink.columns(&names)?;
            } else {
                let cells: Vec<&str> = record.iter().collect();
                sink.row(line, &cells)?;
            }
        }
    }
}

/// JSON records as positional rows: the keys met so far are the columns.
struct Records<'s> {
    sink: &'s mut dyn Sink,
    columns: Vec<String>,
}

impl Records<'_> {
    fn take(&mut self, line: usize, record: Map<String, Value>) -> Result<()> {
        let new: Vec<String> = (record.keys())
            .filter(|k| !self.columns.contains(k))
            .cloned()
            .collect();
        if !new.is_empty() || self.columns.is_empty() {
            self.sink.columns(&new)?;
            self.columns.extend(new);
        }
        let cells: Vec<String> = (self.columns.iter())
            .map(|c| record.get(c).map(scalar).unwrap_or_default())
            .collect();
        let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
        self.sink.row(line, &cells)
    }
}

/// One JSON object per line; blank lines are skipped.
fn ndjson(input: &mut dyn BufRead, sink: &mut dyn Sink) -> Result<()> {
    let mut records = Records {
        sink,
        columns: Vec::new(),
    };
    let (mut buf, mut line) = (Vec::new(), 0);
    loop {
        buf.clear();
        if !next_line(input, &mut buf, line + 1)? {
            break;
        }
        line += 1;
        if buf.trim_ascii().is_empty() {
            continue;
        }
        let record: Map<String, Value> = serde_json::from_slice(&buf).map_err(|e| {
            Error::invalid("input_json", format!("line {line}: not a JSON object: {e}"))
        })?;
        records.take(line, record)?;
    }
    if records.columns.is_empty() {
        records.sink.columns(&[])?;
    }
    Ok(())
}

/// The next byte that is not JSON whitespace, consumed (None at the end).
fn next_token(input: &mut dyn BufRead) -> Result<Option<u8>> {
    loop {
        let chunk = input.fill_buf()?;
        let Some(&b) = chunk.first() else {
            return Ok(None);
        };
        input.consume(1);
        if !b.is_ascii_whitespace() {
            return Ok(Some(b));
        }
    }
}

/// Appends to `buf` the bytes of the array element that starts there, up to the `,` or `]`
/// (not consumed) that follows it outside strings and brackets.
fn element(input: &mut dyn BufRead, buf: &mut Vec<u8>, position: usize) -> Result<()> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    loop {
        let chunk = input.fill_buf()?;
        if chunk.is_empty() {
            return Ok(()); // the parser says what is missing
        }
        let mut end = None;
        for (i, &b) in chunk.iter().enumerate() {
            if in_string {
                match b {
                    _ if escaped => escaped = false,
                    b'\\' => escaped = true,
                    b'"' => in_string = false,
                    _ => {}
                }
                continue;
            }
            match b {
                b'"' => in_string = true,
                b'{' | b'[' => depth += 1,
                b'}' | b']' if depth > 0 => depth -= 1,
                b',' | b']' if depth == 0 => {
                    end = Some(i);
                    break;
                }
                _ => {}
            }
        }
        let n = end.unwrap_or(chunk.len());
        buf.extend_from_slice(&chunk[..n]);
        input.consume(n);
        if buf.len() > MAX_RECORD_BYTES {
            return Err(too_long(&format!("record {position} of the JSON array")));
        }
        if end.is_some() {
            return Ok(());
        }
    }
}

/// A JSON array of records, one element at a time (found by its brackets, then parsed).
fn json_array(input: &mut dyn BufRead, sink: &mut dyn Sink) -> Result<()> {
    let not_array =
        |what: &str| Error::invalid("input_json", format!("not a JSON array of records: {what}"));
    if next_token(input)? != Some(b'[') {
        return Err(not_array("it does not start with ["));
    }
    let mut records = Records {
        sink,
        columns: Vec::new(),
    };
    let (mut buf, mut position) = (Vec::new(), 0);
    loop {
        buf.clear();
        element(input, &mut buf, position + 1)?;
        let last = next_token(input)?;
        if buf.trim_ascii().is_empty() && last == Some(b']') && position == 0 {
            break; // []
        }
        position += 1;
        let record: Map<String, Value> = serde_json::from_slice(&buf).map_err(|e| {
            Error::invalid(
                "input_json",
                format!("record {position} of the JSON array is not a JSON object: {e}"),
            )
        })?;
        records.take(position, record)?;
        match last {
            Some(b',') => {}
            Some(b']') => break,
            _ => return Err(not_array("it ends before its closing ]")),
        }
    }
    if next_token(input)?.is_some() {
        return Err(not_array("something follows its closing ]"));
    }
    if records.columns.is_empty() {
        records.sink.columns(&[])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Collect {
        columns: Vec<Vec<String>>,
        rows: Vec<(usize, Vec<String>)>,
    }

    impl Sink for Collect {
        fn columns(&mut self, names: &[String]) -> Result<()> {
            if names.iter().any(|n| n == "bad") {
                return Err(Error::usage("bad_column", "bad column"));
            }
            self.columns.push(names.to_vec());
            Ok(())
        }
        fn row(&mut self, line: usize, cells: &[&str]) -> Result<()> {
            self.rows
                .push((line, cells.iter().map(|c| c.to_string()).collect()));
            Ok(())
        }
    }

    fn read_str(text: &str, format: InputFormat) -> Result<Collect> {
        let mut sink = Collect::default();
        read(&mut text.as_bytes(), format, &mut sink)?;
        Ok(sink)
    }

    fn row(line: usize, cells: &[&str]) -> (usize, Vec<String>) {
        (line, cells.iter().map(|c| c.to_string()).collect())
    }

    #[test]
    fn csv_rows_keep_their_lines() {
        let text = "\u{feff}id;note\n1;a\n\n2;\"two\nlines\"\r\n3;a \"odd\n4;b";
        let t = read_str(text, InputFormat::Csv).unwrap();
        assert_eq!(t.columns, [["id", "note"]]);
        assert_eq!(
            t.rows,
            [
                row(2, &["1", "a"]),
                row(4, &["2", "two\nlines"]),
                row(6, &["3", "a \"odd"]),
                row(7, &["4", "b"]),
            ]
        );
        let t = read_str("a,b\n1,2,3\n", InputFormat::Csv).unwrap();
        assert_eq!(t.rows, [row(2, &["1", "2", "3"])]);
        assert_eq!(
            read_str("", InputFormat::Csv).unwrap().columns,
            [Vec::<String>::new()]
        );
    }

    #[test]
    fn json_records_grow_the_columns() {
        let nd = "{\"a\":\"1\",\"b\":2}\n\n{\"c\":null,\"a\":\"x\"}\n";
        let t = read_str(nd, InputFormat::Ndjson).unwrap();
        assert_eq!(t.columns, [vec!["a", "b"], vec!["c"]]);
        assert_eq!(t.rows, [row(1, &["1", "2"]), row(3, &["x", "", ""])]);
        let json = "[{\"a\":\"1\"},\n {\"a\":\"2\",\"b\":true}]";
        let t = read_str(json, InputFormat::Json).unwrap();
        assert_eq!(t.rows, [row(1, &["1"]), row(2, &["2", "true"])]);
        // Brackets, commas and escaped quotes inside strings do not end an element.
        let tricky = "[ {\"a\":\"x,]}\\\"{\", \"b\":[1,{\"c\":2}]} ]\n";
        let t = read_str(tricky, InputFormat::Json).unwrap();
        assert_eq!(t.rows, [row(1, &["x,]}\"{", "1;{\"c\":2}"])]);
        for empty in ["[]", " [ ]\n"] {
            let t = read_str(empty, InputFormat::Json).unwrap();
            assert_eq!((t.columns.len(), t.rows.len()), (1, 0), "{empty}");
        }
        for bad in ["[{\"a\":1}] x", "[{\"a\":1}", "[{\"a\":1},", ""] {
            let err = read_str(bad, InputFormat::Json).err().unwrap();
            assert_eq!(err.code, "input_json", "{bad}");
        }
        let err = read_str("{\"a\":1}", InputFormat::Json).err().unwrap();
        assert_eq!(err.code, "input_json");
        let err = read_str("[1]", InputFormat::Json).err().unwrap();
        assert_eq!(err.code, "input_json");
        let err = read_str("{\"a\":1}\n[2]\n", InputFormat::Ndjson)
            .err()
            .unwrap();
        assert!(err.message.starts_with("line 2"), "{}", err.message);
    }

    #[test]
    fn a_bad_header_stops_the_reading_before_the_rows() {
        for (text, format) in [
            ("bad,b\n1,2\n", InputFormat::Csv),
            ("{\"bad\":1}\n{\"a\":1}\n", InputFormat::Ndjson),
            ("[{\"bad\":1},{\"a\":1}]", InputFormat::Json),
        ] {
            // What follows the header is not even read: garbage there changes nothing.
            let text = format!("{text}\u{0}\u{0}not a record");
            let err = read_str(&text, format).err().unwrap();
            assert_eq!(err.code, "bad_column", "{format:?}");
        }
    }

    #[test]
    fn records_are_bounded() {
        let long = "x".repeat(MAX_RECORD_BYTES + 10);
        for (text, format) in [
            (format!("id\n{long}\n"), InputFormat::Csv),
            (format!("id\n\"{long}"), InputFormat::Csv),
            (format!("{{\"a\":\"{long}\"}}\n"), InputFormat::Ndjson),
            (format!("[{{\"a\":\"{long}\"}}]"), InputFormat::Json),
            ("\u{0}".repeat(MAX_RECORD_BYTES + 10), InputFormat::Csv),
        ] {
            let err = read_str(&text, format).err().unwrap();
            assert!(
                err.message.contains("longer than 1 MB"),
                "{format:?}: {}",
                err.message
            );
            assert!(err.message.len() < 200, "{format:?}: {}", err.message.len());
        }
    }
}
