//! Small helpers over the element tree ([`super::dom`]): namespaced children, trimmed texts,
//! decimals and dates that name the element when they do not parse.

use std::borrow::Cow;
use std::str::FromStr;

use rust_decimal::Decimal;

use super::dom::Node;
pub use super::dom::{Document, Ns};

use crate::error::{Error, Result};

pub const RSM: Ns = Ns::Rsm;
pub const RAM: Ns = Ns::Ram;
pub const UDT: Ns = Ns::Udt;
pub const QDT: Ns = Ns::Qdt;
pub const UBL_INVOICE: Ns = Ns::UblInvoice;
pub const UBL_CREDIT_NOTE: Ns = Ns::UblCreditNote;
pub const CBC: Ns = Ns::Cbc;
pub const CAC: Ns = Ns::Cac;

/// The scheme of a French SIRET (ISO 6523 ICD 0009).
pub const SIRET_SCHEME: &str = "0009";
/// The scheme of a French SIREN (ISO 6523 ICD 0002).
pub const SIREN_SCHEME: &str = "0002";

pub type N<'a, 'i> = Node<'a, 'i>;

/// Whether `n` is the element `{ns}local`.
#[inline]
pub fn is(n: &N, ns: Ns, local: &str) -> bool {
    n.ns() == ns && n.name() == local
}

/// The first child element `{ns}local`.
#[inline]
pub fn child<'a, 'i>(n: N<'a, 'i>, ns: Ns, local: &str) -> Option<N<'a, 'i>> {
    n.children().find(|c| is(c, ns, local))
}

/// Every child element `{ns}local`.
#[inline]
pub fn children<'a, 'i: 'a>(
    n: N<'a, 'i>,
    ns: Ns,
    local: &'a str,
) -> impl Iterator<Item = N<'a, 'i>> + 'a {
    n.children().filter(move |c| is(c, ns, local))
}

/// Follows a path of child elements, all in the namespace `ns`.
pub fn path<'a, 'i>(n: N<'a, 'i>, ns: Ns, steps: &[&str]) -> Option<N<'a, 'i>> {
    steps.iter().try_fold(n, |n, step| child(n, ns, step))
}

/// The text of an element, trimmed; `None` when absent or blank.
#[inline]
pub fn text<'a>(n: Option<N<'a, '_>>) -> Option<&'a str> {
    let t = n?.text()?.trim();
    (!t.is_empty()).then_some(t)
}

pub fn string(n: Option<N>) -> Option<String> {
    text(n).map(str::to_owned)
}

/// The value of an attribute without namespace, trimmed.
#[inline]
pub fn attr<'a>(n: N<'a, '_>, name: &str) -> Option<&'a str> {
    n.attribute(name).map(str::trim)
}

/// An identifier with its whitespace removed ("123 456 782 00010" → "12345678200010").
pub fn compact(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

pub fn is_siret(s: &str) -> bool {
    s.len() == 14 && s.bytes().all(|b| b.is_ascii_digit())
}

/// Where an element is, for error messages: "<ram:TaxBasisTotalAmount> (line 12)".
fn describe(doc: &Document, n: N) -> String {
    let line = doc.line_at(n.start());
    match n.prefix() {
        "" => format!("<{}> (line {line})", n.name()),
        p => format!("<{p}:{}> (line {line})", n.name()),
    }
}

/// Parses an xsd:decimal lexical value: optional sign, digits, optional fraction
/// ("1200.00", "1200", "-5.5", "+3", ".5", "5."). No exponent, no separators.
pub fn parse_decimal(s: &str) -> Option<Decimal> {
    let s = s.trim();
    let unsigned = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (int, frac) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if (int.is_empty() && frac.is_empty()) || !digits(int) || !digits(frac) {
        return None;
    }
    let negative = s.starts_with('-');
    // rust_decimal wants digits on both sides of the point and no '+'.
    let normal: Cow<str> = if int.is_empty() || unsigned.ends_with('.') || s.starts_with('+') {
        let int = if int.is_empty() { "0" } else { int };
        let sign = if negative { "-" } else { "" };
        if frac.is_empty() {
            Cow::Owned(format!("{sign}{int}"))
        } else {
            Cow::Owned(format!("{sign}{int}.{frac}"))
        }
    } else {
        Cow::Borrowed(s)
    };
    Decimal::from_str(&normal).ok()
}

/// The decimal value of an element; `None` when the element is absent or empty.
pub fn decimal(doc: &Document, n: Option<N>) -> Result<Option<Decimal>> {
    let Some(n) = n else { return Ok(None) };
    let Some(t) = text(Some(n)) else {
        return Ok(None);
    };
    match parse_decimal(t) {
        Some(d) => Ok(Some(d)),
        None => Err(Error::invalid(
            "xml_bad_amount",
            format!(
                "the embedded invoice XML has a bad number in {}: '{}'",
                describe(doc, n),
                truncate(t)
            ),
        )),
    }
}

fn truncate(s: &str) -> &str {
    match s.char_indices().nth(40) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

fn bad_date(doc: &Document, n: N, t: &str) -> Error {
    Error::invalid(
        "xml_bad_date",
        format!(
            "the embedded invoice XML has a bad date in {}: '{}'",
            describe(doc, n),
            truncate(t)
        ),
    )
}

fn valid_ymd(y: &str, m: &str, d: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    y.len() == 4
        && digits(y)
        && digits(m)
        && digits(d)
        && matches!(m.parse::<u8>(), Ok(1..=12))
        && matches!(d.parse::<u8>(), Ok(1..=31))
}

/// A CII udt:DateTimeString: format 102 (YYYYMMDD, also assumed without a format) → ISO date.
/// An ISO date is accepted as is whatever the format says.
pub fn cii_date(doc: &Document, n: Option<N>) -> Result<Option<String>> {
    let Some(n) = n else { return Ok(None) };
    let Some(t) = text(Some(n)) else {
        return Ok(None);
    };
    if t.len() == 8 && t.is_ascii() {
        let (y, m, d) = (&t[0..4], &t[4..6], &t[6..8]);
        if matches!(attr(n, "format"), None | Some("102")) && valid_ymd(y, m, d) {
            return Ok(Some(format!("{y}-{m}-{d}")));
        }
    }
    iso_date(doc, n, t).map(Some)
}

/// A UBL date (YYYY-MM-DD, an optional time zone suffix is dropped).
pub fn ubl_date(doc: &Document, n: Option<N>) -> Result<Option<String>> {
    let Some(n) = n else { return Ok(None) };
    let Some(t) = text(Some(n)) else {
        return Ok(None);
    };
    iso_date(doc, n, t).map(Some)
}

fn iso_date(doc: &Document, n: N, t: &str) -> Result<String> {
    if t.len() >= 10 && t.is_char_boundary(10) {
        let (date, rest) = t.split_at(10);
        let zone_ok = rest.is_empty() || rest == "Z" || rest.starts_with(['+', '-']);
        let b = date.as_bytes();
        if zone_ok
            && b[4] == b'-'
            && b[7] == b'-'
            && valid_ymd(&date[0..4], &date[5..7], &date[8..10])
        {
            return Ok(date.to_string());
        }
    }
    Err(bad_date(doc, n, t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals() {
        let p = |s| parse_decimal(s).map(|d| d.to_string());
        assert_eq!(p("1200.00").as_deref(), Some("1200.00"));
        assert_eq!(p("1200").as_deref(), Some("1200"));
        assert_eq!(p("-5.5").as_deref(), Some("-5.5"));
        assert_eq!(p(" +3 ").as_deref(), Some("3"));
        assert_eq!(p(".5").as_deref(), Some("0.5"));
        assert_eq!(p("-.5").as_deref(), Some("-0.5"));
        assert_eq!(p("5.").as_deref(), Some("5"));
        for bad in [
            "",
            ".",
            "-",
            "1e3",
            "1_000",
            "1,5",
            "1.2.3",
            "abc",
            "--1",
            "+-1",
            "0x10",
            "1 000",
            "99999999999999999999999999999999",
        ] {
            assert_eq!(p(bad), None, "{bad}");
        }
    }
}
