//! Identities: the one canonical form of an e-mail address. Every place that stores, looks up
//! or compares an e-mail (sign-up, login, `--as`, tokens, `chorus serve --operator`, the
//! store's unique index) goes through [`normalize_email`], so that two spellings of one
//! address (`Kim@x.fr`, `\u{212A}im@x.fr` with a Kelvin sign, `café.fr` / `xn--caf-dma.fr`)
//! are one account, and an address with invisible characters is no account at all.

use std::fmt;

use unicode_normalization::UnicodeNormalization;
use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

use crate::error::Violation;

/// An e-mail address in its canonical form; only [`normalize_email`] makes one.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Email(String);

impl Email {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The canonical form of an e-mail address: the local part in Unicode NFKC then full
/// lower case, the domain through IDNA (UTS 46, strict host name rules) in its ASCII form.
/// Refuses control, format and invisible characters, and a domain that is not a host name.
pub fn normalize_email(raw: &str) -> Result<Email, Violation> {
    let raw = raw.trim();
    let shown = raw.escape_debug().to_string();
    let bad = |why: &str| Violation {
        rule: "email_format".into(),
        message: format!("'{shown}' is not a valid e-mail address: {why}"),
    };
    if let Some(c) = raw.chars().find(|c| invisible(*c)) {
        return Err(Violation {
            rule: "email_invisible_character".into(),
            message: format!(
                "'{shown}' holds the invisible or control character U+{:04X}; an e-mail address \
                 may not",
                u32::from(c)
            ),
        });
    }
    // NFKC first (a full-width ＠ is an @), then lower case, then NFKC again: lower-casing
    // may leave a sequence that composes.
    let folded: String = raw
        .nfkc()
        .collect::<String>()
        .to_lowercase()
        .nfkc()
        .collect();
    if folded.chars().any(invisible) {
        return Err(bad("it holds an invisible character once normalised"));
    }
    let (local, domain) = match folded.split('@').collect::<Vec<_>>()[..] {
        [local, domain] => (local, domain),
        _ => return Err(bad("expected one @, as in name@domain.tld")),
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local.chars().all(local_char);
    if !local_ok {
        return Err(bad(
            "the part before @ takes letters, digits, marks and ! # $ % & ' * + - / = ? ^ _ ` { | } ~ . \
             (no leading, trailing or double dot), at most 64 bytes",
        ));
    }
    let host = idna::domain_to_ascii_strict(domain)
        .ok()
        .filter(|h| is_host_name(h))
        .ok_or_else(|| bad("the domain is not a host name (expected name@domain.tld)"))?;
    let email = format!("{local}@{host}");
    if email.len() > 254 {
        return Err(bad("it is longer than 254 bytes"));
    }
    Ok(Email(email))
}

/// A dotted name whose top-level label is not a number (that would be an IP address).
fn is_host_name(host: &str) -> bool {
    host.rsplit_once('.')
        .is_some_and(|(_, tld)| tld.chars().any(|c| c.is_ascii_alphabetic()))
}

/// Letters, digits and marks of any script, and the ASCII symbols RFC 5322 allows unquoted.
fn local_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(
            c.general_category(),
            GeneralCategory::NonspacingMark | GeneralCategory::SpacingMark
        )
        || "!#$%&'*+-/=?^_`{|}~.".contains(c)
}

/// Characters that show nothing or steer the display: controls, format characters (zero-width
/// space and joiners, soft hyphen, bidi controls), separators, unassigned and private code
/// points, and the other default-ignorable ones (fillers, variation selectors).
fn invisible(c: char) -> bool {
    use GeneralCategory::*;
    matches!(
        c.general_category(),
        Control
            | Format
            | Surrogate
            | PrivateUse
            | Unassigned
            | SpaceSeparator
            | LineSeparator
            | ParagraphSeparator
    ) || matches!(
        u32::from(c),
        0x034F                    // combining grapheme joiner
            | 0x115F | 0x1160 | 0x3164 | 0xFFA0 // Hangul fillers
            | 0x17B4 | 0x17B5     // Khmer inherent vowels
            | 0x180B..=0x180F     // Mongolian variation selectors
            | 0xFE00..=0xFE0F     // variation selectors
            | 0xE0100..=0xE01EF // variation selectors supplement
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        normalize_email(s).unwrap().into_string()
    }

    fn rule(s: &str) -> String {
        normalize_email(s).unwrap_err().rule
    }

    #[test]
    fn one_address_one_form() {
        assert_eq!(
            norm(" Manuela@Delices-Savoie.FR "),
            "manuela@delices-savoie.fr"
        );
        // Kelvin sign, full-width letters and @, compatibility ligature.
        assert_eq!(norm("\u{212A}im@x.fr"), "kim@x.fr");
        assert_eq!(norm("ｋｉｍ＠ｘ.fr"), "kim@x.fr");
        assert_eq!(norm("\u{FB01}n@x.fr"), "fin@x.fr");
        // Composed and decomposed accents, upper and lower case.
        assert_eq!(norm("Élodie@x.fr"), "élodie@x.fr");
        assert_eq!(norm("E\u{301}lodie@x.fr"), "élodie@x.fr");
        // The Unicode and the ASCII (xn--) forms of one domain.
        assert_eq!(norm("a@Café.fr"), "a@xn--caf-dma.fr");
        assert_eq!(norm("a@xn--caf-dma.fr"), "a@xn--caf-dma.fr");
        // Idempotent.
        for s in ["İstanbul@x.fr", "ΟΔΟΣ@x.gr", "Straße@x.de", "a.b+c@x.fr"] {
            let once = norm(s);
            assert_eq!(norm(&once), once, "{s}");
        }
    }

    #[test]
    fn invisible_characters_are_refused() {
        for s in [
            "k\u{200B}im@x.fr",  // zero-width space
            "k\u{AD}im@x.fr",    // soft hyphen
            "k\u{200D}im@x.fr",  // zero-width joiner
            "kim\u{202E}@x.fr",  // right-to-left override
            "k\u{FE0F}im@x.fr",  // variation selector
            "k\u{3164}im@x.fr",  // Hangul filler
            "k\u{7}im@x.fr",     // control
            "k im@x.fr",         // space
            "kim@x\u{200B}y.fr", // in the domain too
        ] {
            assert_eq!(rule(s), "email_invisible_character", "{s:?}");
        }
    }

    #[test]
    fn malformed_addresses_are_refused() {
        for s in [
            "manuela.delices-savoie.fr",
            "a@b",
            "a@b@c.fr",
            "@x.fr",
            ".a@x.fr",
            "a..b@x.fr",
            "a@-x.fr",
            "a@x_y.fr",
            "a@x.fr.",
            "a@1.2.3.4",
            "a\"b@x.fr",
            "a☃@x.fr",
            "",
        ] {
            assert_eq!(rule(s), "email_format", "{s:?}");
        }
        assert_eq!(rule(&format!("{}@x.fr", "a".repeat(65))), "email_format");
    }
}
