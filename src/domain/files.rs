//! File names from other parties: a depositor's `file_name` or attachment name never chooses
//! a path. Names are reduced to a safe base name when they are stored and again when they are
//! written, so that a store filled before this rule (or a hostile server) cannot either.

use super::text::is_bidi_control;

/// The longest name kept (characters, extension included).
pub const MAX_NAME_CHARS: usize = 100;
/// The name given when nothing usable is left.
pub const UNNAMED: &str = "file";

/// A base name safe to create in a folder: the last component of `name` (`/` and `\` both
/// separate), without control or bidirectional-override characters, without leading dots or
/// surrounding spaces, at most [`MAX_NAME_CHARS`] characters with its extension kept; `file`
/// (with the extension, if one is left) when nothing else remains.
pub fn safe_file_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let kept: String = base
        .chars()
        .filter(|c| !c.is_control() && !is_bidi_control(*c))
        .collect();
    let kept = kept.trim().trim_start_matches('.').trim_start();
    let (stem, ext) = match kept.rsplit_once('.') {
        Some((stem, ext)) if !ext.is_empty() && ext.chars().count() <= 16 => (stem, ext),
        _ => (kept, ""),
    };
    let stem = stem.trim_end_matches(['.', ' ']);
    let stem = if stem.is_empty() { UNNAMED } else { stem };
    if ext.is_empty() {
        return stem.chars().take(MAX_NAME_CHARS).collect();
    }
    let room = MAX_NAME_CHARS - 1 - ext.chars().count();
    let stem: String = stem.chars().take(room).collect();
    format!("{}.{ext}", stem.trim_end())
}

#[cfg(test)]
mod tests {
    use super::safe_file_name as safe;

    #[test]
    fn paths_become_base_names() {
        assert_eq!(safe("/home/buyer/.bashrc"), "bashrc");
        assert_eq!(safe("../../x.txt"), "x.txt");
        assert_eq!(safe("/tmp/y.txt"), "y.txt");
        assert_eq!(safe("..\\..\\win.ini"), "win.ini");
        assert_eq!(safe("facture.pdf"), "facture.pdf");
        assert_eq!(safe("Facture n° 12 été.PDF"), "Facture n° 12 été.PDF");
    }

    #[test]
    fn nothing_usable_gets_a_generated_name() {
        for name in ["", ".", "..", "a/..", "/", "...", " \u{7} ", "\u{202E}"] {
            assert_eq!(safe(name), "file", "{name:?}");
        }
        assert_eq!(safe(".pdf"), "pdf");
        assert_eq!(safe("...pdf"), "pdf");
        assert_eq!(safe("dir/.x.pdf"), "x.pdf");
    }

    #[test]
    fn control_and_bidi_characters_go() {
        assert_eq!(safe("a\nb\u{1b}[31m.pdf"), "ab[31m.pdf");
        assert_eq!(safe("invoice\u{202E}fdp.exe"), "invoicefdp.exe");
        assert_eq!(safe("x\u{2066}y\u{200F}.txt"), "xy.txt");
    }

    #[test]
    fn long_names_keep_their_extension() {
        let long = format!("{}.pdf", "a".repeat(300));
        let s = safe(&long);
        assert_eq!(s.chars().count(), 100);
        assert!(s.ends_with("a.pdf"), "{s}");
        let accented = format!("{}.xlsx", "é".repeat(200));
        assert_eq!(safe(&accented).chars().count(), 100);
        assert!(safe(&accented).ends_with(".xlsx"));
        assert_eq!(safe(&"b".repeat(150)).chars().count(), 100);
    }

    #[test]
    fn a_safe_name_is_kept() {
        for name in ["a.pdf", "facture F-1 (copie).pdf", "x", "a.b.c.tar.gz"] {
            assert_eq!(safe(name), name);
            assert_eq!(safe(&safe(name)), safe(name));
        }
    }
}
