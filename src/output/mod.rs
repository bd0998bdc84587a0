//! Renderers: commands return data, this module prints it as a table, JSON, NDJSON or CSV.
//! Only data goes to stdout; messages for humans go to stderr.

pub mod safe;

use std::io::{self, IsTerminal, Write};

use comfy_table::{ContentArrangement, Table, presets};
use serde_json::Value;

use crate::error::{Error, ErrorKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Auto,
    Table,
    Json,
    Ndjson,
    Csv,
    /// A JUnit XML report, written by `invoice validate` itself; [`render`] never gets it.
    Junit,
}

impl Format {
    /// `auto` is a table on a terminal and JSON in a pipe.
    pub fn resolve(self) -> Format {
        match self {
            Format::Auto if io::stdout().is_terminal() => Format::Table,
            Format::Auto => Format::Json,
            f => f,
        }
    }
}

/// What a command hands to the renderer.
pub enum Data {
    Record(Value),
    List(Vec<Value>),
}

/// Flattens nested values into `a.b` columns: arrays of scalars join with `; `, arrays of
/// objects become one JSON cell.
pub fn flatten(prefix: &str, v: &Value, out: &mut Vec<(String, String)>) {
    let key = |k: &str| {
        if prefix.is_empty() {
            k.to_string()
        } else {
            format!("{prefix}.{k}")
        }
    };
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                flatten(&key(k), v, out);
            }
        }
        // Lists of records stay in one cell, as compact JSON, so that columns do not depend
        // on how many items a row has.
        Value::Array(items) if items.iter().any(|i| i.is_object() || i.is_array()) => {
            out.push((prefix.to_string(), v.to_string()));
        }
        Value::Array(items) => {
            let joined = items.iter().map(scalar).collect::<Vec<_>>().join("; ");
            out.push((prefix.to_string(), joined));
        }
        other => out.push((prefix.to_string(), scalar(other))),
    }
}

fn scalar(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn flat_rows(rows: &[Value]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut columns: Vec<String> = Vec::new();
    let flat: Vec<Vec<(String, String)>> = rows
        .iter()
        .map(|r| {
            let mut cells = Vec::new();
            flatten("", r, &mut cells);
            for (k, _) in &cells {
                if !columns.contains(k) {
                    columns.push(k.clone());
                }
            }
            cells
        })
        .collect();
    let table = flat
        .into_iter()
        .map(|cells| {
            columns
                .iter()
                .map(|c| {
                    cells
                        .iter()
                        .find(|(k, _)| k == c)
                        .map(|(_, v)| v.clone())
                        .unwrap_or_default()
                })
                .collect()
        })
        .collect();
    (columns, table)
}

fn new_table() -> Table {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    t
}

/// A list as a table; `only` keeps these columns, in this order, when the rows are wide.
fn list_table(rows: &[Value], only: Option<&[&str]>) -> Table {
    let (columns, cells) = flat_rows(rows);
    let keep: Vec<usize> = match only {
        Some(only) => only
            .iter()
            .filter_map(|c| columns.iter().position(|k| k == c))
            .collect(),
        None => (0..columns.len()).collect(),
    };
    let mut t = new_table();
    t.set_header(keep.iter().map(|i| cell(&columns[*i])).collect::<Vec<_>>());
    for row in cells {
        t.add_row(keep.iter().map(|i| cell(&row[*i])).collect::<Vec<_>>());
    }
    t
}

/// A table cell: stored text may hold escape sequences, which the terminal must not run.
fn cell(text: &str) -> String {
    safe::terminal(text).into_owned()
}

/// A record as `field | value`, then one sub-table per list of objects it holds.
fn record_tables(record: &Value, out: &mut impl Write) -> io::Result<()> {
    let mut main = new_table();
    main.set_header(vec!["field", "value"]);
    let mut lists = Vec::new();
    if let Value::Object(map) = record {
        for (k, v) in map {
            match v {
                Value::Array(items) if items.iter().any(Value::is_object) => lists.push((k, items)),
                _ => {
                    let mut cells = Vec::new();
                    flatten(k, v, &mut cells);
                    for (k, v) in cells {
                        main.add_row(vec![cell(&k), cell(&v)]);
                    }
                }
            }
        }
    }
    writeln!(out, "{main}")?;
    for (name, items) in lists {
        writeln!(out, "\n{}:", safe::terminal(name))?;
        writeln!(out, "{}", list_table(items, None))?;
    }
    Ok(())
}

/// Renders data; `table_columns` narrows wide lists on a table (other formats keep every field).
pub fn render(
    data: &Data,
    format: Format,
    table_columns: Option<&[&str]>,
    out: &mut impl Write,
) -> io::Result<()> {
    match (format.resolve(), data) {
        (Format::Json, Data::Record(v)) => {
            serde_json::to_writer_pretty(&mut *out, v)?;
            writeln!(out)?
        }
        (Format::Json, Data::List(rows)) => {
            serde_json::to_writer_pretty(&mut *out, rows)?;
            writeln!(out)?
        }
        (Format::Ndjson, Data::Record(v)) => writeln!(out, "{v}")?,
        (Format::Ndjson, Data::List(rows)) => {
            for r in rows {
                writeln!(out, "{r}")?;
            }
        }
        (Format::Csv, d) => {
            let rows = match d {
                Data::Record(v) => std::slice::from_ref(v),
                Data::List(rows) => rows.as_slice(),
            };
            let (columns, cells) = flat_rows(rows);
            let mut w = csv::Writer::from_writer(&mut *out);
            if !columns.is_empty() {
                w.write_record(columns.iter().map(|c| safe::csv_cell(c).into_owned()))?;
            }
            // Text cells a spreadsheet would run as formulas are neutralised; numbers kept.
            for row in cells {
                w.write_record(row.iter().map(|c| safe::csv_cell(c).into_owned()))?;
            }
            w.flush()?;
        }
        (_, Data::Record(v)) => record_tables(v, out)?,
        (_, Data::List(rows)) if rows.is_empty() => {}
        (_, Data::List(rows)) => writeln!(out, "{}", list_table(rows, table_columns))?,
    }
    out.flush()
}

/// Whether to colour stderr: `--color`, then `NO_COLOR`, then the terminal.
pub fn use_color(when: &str) -> bool {
    match when {
        "always" => true,
        "never" => false,
        _ => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && io::stderr().is_terminal()
        }
    }
}

/// Prints an error on stderr: a JSON object for machine formats, else one line plus hints.
pub fn print_error(e: &Error, json: bool, color: bool) {
    let mut err = io::stderr().lock();
    if json {
        let _ = writeln!(err, "{}", serde_json::json!({ "error": e }));
        return;
    }
    let prefix = if color {
        "\x1b[1;31merror\x1b[0m"
    } else {
        "error"
    };
    // Messages quote names, files and fields of other parties: escaped for the terminal.
    let t = safe::terminal;
    // The stable code names the broken rule, as rustc's error[E0382] does.
    let _ = writeln!(err, "{prefix}[{}]: {}", t(&e.code), t(&e.message));
    if e.details.len() > 1 || (e.details.len() == 1 && e.details[0].message != e.message) {
        for d in &e.details {
            let _ = writeln!(err, "  - [{}] {}", t(&d.rule), t(&d.message));
        }
    }
    for h in &e.hints {
        let _ = writeln!(err, "  hint: {}", t(h));
    }
    if e.kind == ErrorKind::Internal {
        let _ = writeln!(
            err,
            "  (this is a bug in chorus if it was not an I/O failure)"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn flattening_joins_nested_fields_with_dots() {
        let mut out = Vec::new();
        flatten(
            "",
            &json!({"a": {"b": 1, "c": null}, "tags": ["x", "y"], "list": [{"k": true}]}),
            &mut out,
        );
        assert_eq!(
            out,
            vec![
                ("a.b".to_string(), "1".to_string()),
                ("a.c".into(), "".into()),
                ("tags".into(), "x; y".into()),
                ("list".into(), "[{\"k\":true}]".into()),
            ]
        );
    }

    #[test]
    fn csv_has_header_and_union_of_columns() {
        let mut out = Vec::new();
        let data = Data::List(vec![json!({"a": 1}), json!({"a": 2, "b": "x,y"})]);
        render(&data, Format::Csv, None, &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "a,b\n1,\n2,\"x,y\"\n");
    }
}
