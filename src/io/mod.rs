//! Reading many records: `-` is stdin; CSV (`,` or `;`, UTF-8 with or without BOM), a JSON
//! array, NDJSON, or a bare list of values one per line. Every record keeps its line number so
//! that errors can name it.

use std::collections::BTreeMap;
use std::path::Path;

use crate::error::{Error, Result};

pub mod file;
pub mod table;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    Csv,
    Json,
    Ndjson,
    /// One value per line, no header (e.g. PDF paths from `find`).
    Lines,
}

impl std::str::FromStr for InputFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "csv" => Ok(InputFormat::Csv),
            "json" => Ok(InputFormat::Json),
            "ndjson" | "jsonl" => Ok(InputFormat::Ndjson),
            "lines" | "list" | "txt" => Ok(InputFormat::Lines),
            other => Err(format!("'{other}' is not one of csv, json, ndjson, lines")),
        }
    }
}

/// One input record: its 1-based line (or, in a JSON array, its position) and its fields.
#[derive(Debug, Clone)]
pub struct Record {
    pub line: usize,
    pub fields: BTreeMap<String, String>,
}

/// An XDG base folder: `$VAR`, else `$HOME/FALLBACK` (None when neither is set).
pub fn xdg_dir(var: &str, fallback: &str) -> Option<std::path::PathBuf> {
    let set = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    set(var)
        .map(std::path::PathBuf::from)
        .or_else(|| set("HOME").map(|h| std::path::PathBuf::from(h).join(fallback)))
}

/// Reads a manifest (`-`: stdin) as text, within [`file::MAX_MANIFEST_BYTES`].
pub fn read_manifest(path: &Path) -> Result<String> {
    decode_text(path, file::read_bounded(path, file::MAX_MANIFEST_BYTES)?)
}

/// UTF-8 text without its byte order mark.
fn decode_text(path: &Path, bytes: Vec<u8>) -> Result<String> {
    let text = String::from_utf8(bytes).map_err(|e| {
        Error::invalid(
            "input_not_utf8",
            format!("{} is not UTF-8 text: {e}", path.display()),
        )
    })?;
    let mut text = text;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

/// The format `--input-format` names (a usage error when unknown), else [`detect`]'s.
pub fn format_of(path: &Path, text: &str, given: Option<&str>) -> Result<InputFormat> {
    let given = given
        .map(str::parse::<InputFormat>)
        .transpose()
        .map_err(|e| Error::usage("input_format", e))?;
    Ok(detect(path, text, given))
}

/// The format: given, else from the extension, else sniffed from the content.
pub fn detect(path: &Path, text: &str, given: Option<InputFormat>) -> InputFormat {
    if let Some(f) = given {
        return f;
    }
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("csv") => return InputFormat::Csv,
        Some("json") => return InputFormat::Json,
        Some("ndjson" | "jsonl") => return InputFormat::Ndjson,
        Some("txt" | "list") => return InputFormat::Lines,
        _ => {}
    }
    let trimmed = text.trim_start();
    if trimmed.starts_with('[') {
        InputFormat::Json
    } else if trimmed.starts_with('{') {
        InputFormat::Ndjson
    } else if trimmed
        .lines()
        .next()
        .is_some_and(|l| l.contains(',') || l.contains(';'))
    {
        InputFormat::Csv
    } else {
        InputFormat::Lines
    }
}

fn scalar(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Array(items) => items.iter().map(scalar).collect::<Vec<_>>().join(";"),
        other => other.to_string(),
    }
}

fn object(line: usize, v: serde_json::Value) -> Result<Record> {
    match v {
        serde_json::Value::Object(map) => Ok(Record {
            line,
            fields: map.into_iter().map(|(k, v)| (k, scalar(&v))).collect(),
        }),
        _ => Err(Error::invalid(
            "input_record",
            format!("line {line}: a record must be a JSON object"),
        )),
    }
}

/// Parses the records. `lines_field` names the field a bare list fills.
pub fn records(text: &str, format: InputFormat, lines_field: &str) -> Result<Vec<Record>> {
    match format {
        InputFormat::Lines => Ok(text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
            .map(|(i, l)| Record {
                line: i + 1,
                fields: BTreeMap::from([(lines_field.to_string(), l.trim().to_string())]),
            })
            .collect()),
        InputFormat::Ndjson => text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| {
                let v = serde_json::from_str(l).map_err(|e| {
                    Error::invalid(
                        "input_json",
                        format!("line {}: not a JSON object: {e}", i + 1),
                    )
                })?;
                object(i + 1, v)
            })
            .collect(),
        InputFormat::Json => {
            let v: serde_json::Value = serde_json::from_str(text).map_err(|e| {
                Error::invalid("input_json", format!("not a JSON array of records: {e}"))
            })?;
            match v {
                serde_json::Value::Array(items) => items
                    .into_iter()
                    .enumerate()
                    .map(|(i, v)| object(i + 1, v))
                    .collect(),
                _ => Err(Error::invalid(
                    "input_json",
                    "a JSON input must be an array of records",
                )),
            }
        }
        InputFormat::Csv => {
            let (headers, out) = csv_rows(text, false, |row| {
                row.iter().map(|v| v.trim().to_string()).collect::<Vec<_>>()
            })?;
            Ok(out
                .into_iter()
                .map(|(line, cells)| Record {
                    line,
                    fields: headers.iter().cloned().zip(cells).collect(),
                })
                .collect())
        }
    }
}

/// A CSV text's headers, and its rows with the line each starts on.
pub type CsvRows<R> = (Vec<String>, Vec<(usize, R)>);

/// Reads CSV separated by `,` or `;` (whichever the header line has more of): returns the
/// trimmed headers and `row` of each row with the line it starts on. `flexible` lets rows have
/// more or fewer cells than the header (for the caller to judge); otherwise that is an error
/// naming the line. A large text is read in two halves on two threads.
pub fn csv_rows<R: Send>(
    text: &str,
    flexible: bool,
    row: impl Fn(&csv::StringRecord) -> R + Sync,
) -> Result<CsvRows<R>> {
    let first = text.lines().next().unwrap_or_default();
    let delimiter = if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    // The parts have no header of their own: row lengths are checked against it here.
    let builder = |has_headers: bool| {
        let mut b = csv::ReaderBuilder::new();
        b.delimiter(delimiter)
            .flexible(!has_headers || flexible)
            .has_headers(has_headers);
        b
    };
    let mut reader = builder(true).from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| Error::invalid("input_csv", format!("line 1: {e}")))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let body_start = (reader.position().byte() as usize).min(text.len());
    let body = &text[body_start..];
    let mut parts = vec![(body, newlines(&text.as_bytes()[..body_start]))];
    if body.len() > 1 << 20
        && let Some(at) = record_boundary(body, body.len() / 2)
    {
        let (a, b) = body.split_at(at);
        parts = vec![(a, parts[0].1), (b, parts[0].1 + newlines(a.as_bytes()))];
    }
    let row = &row;
    let width = (!flexible).then_some(headers.len());
    let results: Vec<Result<Vec<(usize, R)>>> = std::thread::scope(|scope| {
        let readers: Vec<_> = parts
            .iter()
            .map(|&(part, before)| {
                scope.spawn(move || read_part(builder(false), part, before, width, row))
            })
            .collect();
        readers
            .into_iter()
            .map(|r| r.join().expect("CSV reader thread"))
            .collect()
    });
    let mut rows = Vec::new();
    for part in results {
        rows.extend(part?);
    }
    Ok((headers, rows))
}

fn newlines(bytes: &[u8]) -> usize {
    bytes.iter().filter(|b| **b == b'\n').count()
}

/// The first line start at or after `from` that is outside quotes (CSV doubles the quotes
/// inside a field, so an even count of quotes before it means outside).
fn record_boundary(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut quotes = bytes[..from].iter().filter(|b| **b == b'"').count();
    for (i, b) in bytes.iter().enumerate().skip(from) {
        match b {
            b'"' => quotes += 1,
            b'\n' if quotes % 2 == 0 => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// One part of a CSV body; `before` is the number of lines before it in the whole text;
/// `width`, when rows must have as many cells as the header, that number.
fn read_part<R>(
    builder: csv::ReaderBuilder,
    part: &str,
    before: usize,
    width: Option<usize>,
    row: &impl Fn(&csv::StringRecord) -> R,
) -> Result<Vec<(usize, R)>> {
    let bytes = part.as_bytes();
    let mut reader = builder.from_reader(bytes);
    let (mut counted_to, mut line) = (0usize, before + 1);
    let mut record = csv::StringRecord::new();
    let mut out = Vec::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let at = e.position().map_or(0, |p| {
                    before + 1 + newlines(&bytes[..(p.byte() as usize).min(bytes.len())])
                });
                return Err(Error::invalid("input_csv", format!("line {at}: {e}"))
                    .hint("every row needs as many fields as the header"));
            }
        }
        // The reader's own line count skips blank lines: count the newlines up to the row's
        // start (its position may be that of blank lines before it).
        let mut start = record.position().map_or(counted_to, |p| p.byte() as usize);
        while start < bytes.len() && (bytes[start] == b'\n' || bytes[start] == b'\r') {
            start += 1;
        }
        line += newlines(&bytes[counted_to..start]);
        counted_to = start;
        if let Some(width) = width.filter(|w| *w != record.len()) {
            return Err(Error::invalid(
                "input_csv",
                format!(
                    "line {line}: the row has {} field(s) and the header {width}",
                    record.len()
                ),
            )
            .hint("every row needs as many fields as the header"));
        }
        out.push((line, row(&record)));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_detected_and_read_with_line_numbers() {
        let csv = "file;number\na.pdf;F-1\n\nb.pdf;F-2\n";
        assert_eq!(detect(Path::new("-"), csv, None), InputFormat::Csv);
        let r = records(csv, InputFormat::Csv, "file").unwrap();
        assert_eq!((r[1].line, r[1].fields["number"].as_str()), (4, "F-2"));
        let nd = "{\"file\":\"a.pdf\",\"attachments\":[\"x.pdf\",\"y.pdf\"]}\n";
        assert_eq!(detect(Path::new("-"), nd, None), InputFormat::Ndjson);
        assert_eq!(
            records(nd, InputFormat::Ndjson, "file").unwrap()[0].fields["attachments"],
            "x.pdf;y.pdf"
        );
        let list = "out/a.pdf\n# comment\nout/b.pdf\n";
        assert_eq!(detect(Path::new("-"), list, None), InputFormat::Lines);
        assert_eq!(
            records(list, InputFormat::Lines, "file").unwrap()[1].line,
            3
        );
    }

    #[test]
    fn a_large_csv_read_in_two_halves_keeps_every_row_and_line() {
        // Rows with a quoted newline (two lines each) and blank lines, past the 1 MB split.
        let mut text = String::from("id;note\n");
        let mut expected = Vec::new();
        let mut line = 2;
        for i in 0..150_000 {
            if i % 7 == 0 {
                text += &format!("{i};\"two\nlines \"\"quoted\"\"\"\n");
                expected.push((line, i.to_string()));
                line += 2;
            } else if i % 11 == 0 {
                text += "\n";
                line += 1;
            } else {
                text += &format!("{i};plain\n");
                expected.push((line, i.to_string()));
                line += 1;
            }
        }
        assert!(text.len() > 1 << 20);
        let (headers, rows) = csv_rows(&text, false, |r| r[0].to_string()).unwrap();
        assert_eq!(headers, ["id", "note"]);
        assert_eq!(rows, expected);
        // A line start inside quotes is not a boundary.
        assert_eq!(record_boundary("a;\"x\ny\"\nb;c\n", 3), Some(8));
        // A bad row in the second half is named by its line in the whole text.
        let bad = format!("{text}1;2;3\n");
        let err = csv_rows(&bad, false, |_| ()).unwrap_err();
        assert!(
            err.message.contains(&format!("line {line}")),
            "{}",
            err.message
        );
    }

    #[test]
    fn truncated_csv_names_the_line() {
        let err = records("file,number\na.pdf,F-1\nb.pdf\n", InputFormat::Csv, "file").unwrap_err();
        assert!(err.message.contains("line 3"), "{}", err.message);
    }
}
