//! Reading many records: `-` is stdin; CSV (`,` or `;`, UTF-8 with or without BOM), a JSON
//! array, NDJSON, or a bare list of values one per line. Every record keeps its line number so
//! that errors can name it.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};

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

/// Reads all of `path` (`-`: stdin) as text.
pub fn read_text(path: &Path) -> Result<String> {
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin().lock().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(path).map_err(|e| {
            Error::not_found(
                "file_not_found",
                format!("cannot read {}: {e}", path.display()),
            )
        })?;
    }
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
            let mut out = Vec::new();
            let headers = csv_rows(text, false, |line, row| {
                out.push((
                    line,
                    row.iter().map(|v| v.trim().to_string()).collect::<Vec<_>>(),
                ))
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

/// Reads CSV separated by `,` or `;` (whichever the header line has more of): returns the
/// trimmed headers and hands each row to `row` with the line it starts on. `flexible` lets rows
/// have more or fewer cells than the header (for the caller to judge); otherwise that is an
/// error naming the line.
pub fn csv_rows(
    text: &str,
    flexible: bool,
    mut row: impl FnMut(usize, &csv::StringRecord),
) -> Result<Vec<String>> {
    let first = text.lines().next().unwrap_or_default();
    let delimiter = if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(flexible)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| Error::invalid("input_csv", format!("line 1: {e}")))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let bytes = text.as_bytes();
    let (mut counted_to, mut line) = (0usize, 1usize);
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let at = e.position().map_or(0, |p| p.line());
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
        line += bytes[counted_to..start]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        counted_to = start;
        row(line, &record);
    }
    Ok(headers)
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
    fn truncated_csv_names_the_line() {
        let err = records("file,number\na.pdf,F-1\nb.pdf\n", InputFormat::Csv, "file").unwrap_err();
        assert!(err.message.contains("line 3"), "{}", err.message);
    }
}
