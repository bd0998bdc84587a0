//! Text from other parties made harmless where it lands: on a terminal (escape sequences that
//! retitle the window, clear the screen or reorder text) and in a spreadsheet (cells that a
//! spreadsheet would run as a formula). JSON and NDJSON carry text exactly and use neither.

use std::borrow::Cow;
use std::fmt::Write;

/// Characters a terminal acts on rather than shows: C0 controls (but line feed and tab, which
/// our own messages and multi-line cells use), DEL, C1 controls, and the bidirectional
/// overrides, embeddings, isolates and marks that make text read differently from its bytes.
fn acts_on_terminal(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || crate::domain::text::is_bidi_control(c)
}

/// Text for a terminal (tables, messages on stderr): what a terminal would act on is shown as
/// a visible escape, `\u{1b}`; the rest is unchanged.
pub fn terminal(text: &str) -> Cow<'_, str> {
    if !text.chars().any(acts_on_terminal) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if acts_on_terminal(c) {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The characters that make a spreadsheet read a cell as a formula (or, for tab and carriage
/// return, hide one behind them).
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A number as JSON or a decimal amount writes it (`-12.50`, `1e-7`): left as it is.
fn is_number(cell: &str) -> bool {
    let s = cell.strip_prefix(['+', '-']).unwrap_or(cell);
    let (mantissa, exponent) = match s.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e.strip_prefix(['+', '-']).unwrap_or(e))),
        None => (s, None),
    };
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some((int, frac)) => digits(int) && digits(frac),
        None => digits(mantissa),
    };
    mantissa_ok && exponent.is_none_or(digits)
}

/// A CSV text cell that a spreadsheet would take for a formula gets a leading `'` (numbers
/// are left alone). A cell that already starts with quotes before such a character gets one
/// more, so that [`csv_restore`] gives back exactly the text.
pub fn csv_cell(cell: &str) -> Cow<'_, str> {
    if cell.trim_start_matches('\'').starts_with(FORMULA_START) && !is_number(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// Undoes [`csv_cell`]: what chorus wrote into a CSV reads back as the original text.
pub fn csv_restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.trim_start_matches('\'').starts_with(FORMULA_START) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_controls_become_visible() {
        assert_eq!(terminal("Mairie de Brest"), "Mairie de Brest");
        assert_eq!(terminal("é – ß ✓"), "é – ß ✓");
        assert_eq!(
            terminal("\x1b]0;pwned\x07x\x1b[2J"),
            "\\u{1b}]0;pwned\\u{7}x\\u{1b}[2J"
        );
        assert_eq!(terminal("a\rb\u{9b}c\u{7f}"), "a\\u{d}b\\u{9b}c\\u{7f}");
        assert_eq!(terminal("abc\u{202e}fdp.exe"), "abc\\u{202e}fdp.exe");
        assert_eq!(terminal("two\nlines\tok"), "two\nlines\tok");
    }

    #[test]
    fn formulas_are_neutralised_and_numbers_kept() {
        for formula in [
            "=HYPERLINK(\"http://x\",\"y\")",
            "+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
            "-",
        ] {
            assert_eq!(csv_cell(formula), format!("'{formula}"));
        }
        for kept in [
            "-12.50",
            "+3",
            "1e-7",
            "-1.5E+3",
            "12",
            "Brest",
            "",
            "2026-11-22",
        ] {
            assert_eq!(csv_cell(kept), kept);
        }
        assert_eq!(csv_cell("'=1"), "''=1");
        assert_eq!(csv_cell("'quoted"), "'quoted");
    }

    #[test]
    fn restoring_gives_back_the_text() {
        for text in ["=1+1", "'=1", "''-x", "'quoted", "plain", "-12.50", "'", ""] {
            assert_eq!(csv_restore(&csv_cell(text)), text, "{text}");
        }
    }
}
