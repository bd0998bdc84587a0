//! The code lists and value formats of the French CTC schematron (its `custom:*` functions and
//! the lists written inline in its rules), in one place. Each predicate takes the value as the
//! schematron sees it: the raw text, not trimmed, unless the rule normalizes it first.

/// `custom:document-type-codes` (BT-3 and the referenced invoices' types).
const DOCUMENT_TYPES: &[&str] = &[
    "380", "389", "393", "501", "386", "500", "384", "471", "472", "473", "261", "262", "381",
    "396", "502", "503",
];

/// The self-billed document types: BR-FR-21 / BR-FR-22 switch on them.
const SELF_BILLED_TYPES: &[&str] = &["389", "501", "500", "471", "473", "261", "502"];

/// `custom:billing-modes` (BT-23, "cadre de facturation"): the list entry also checks.
use crate::domain::invoice::BILLING_MODES;

/// `custom:is-valid-bar-treatment`: the values of the note with subject code BAR.
pub const BAR_TREATMENTS: &[&str] = &[
    "B2B",
    "B2BINT",
    "B2C",
    "B2CINT",
    "OUTOFSCOPE",
    "ARCHIVEONLY",
];

/// `custom:is-valid-vat-category-code`.
const VAT_CATEGORIES: &[&str] = &["S", "E", "AE", "K", "G", "O", "Z"];

/// The VAT categories the EN accepts but France does not use (the `_LM` asserts).
const NOT_IN_FRANCE_CATEGORIES: &[&str] = &["L", "M"];

/// `custom:is-valid-vat-rate`: compared as written, so "20.000" or "20.5" are refused.
const VAT_RATES: &[&str] = &[
    "0", "0.0", "0.00", "10", "10.0", "10.00", "13", "13.0", "13.00", "20", "20.0", "20.00", "8.5",
    "8.50", "19.6", "19.60", "2.1", "2.10", "5.5", "5.50", "7", "7.0", "7.00", "20.6", "20.60",
    "1.05", "0.9", "0.90", "1.75", "9.2", "9.20", "9.6", "9.60",
];

/// `custom:is-valid-attachment-code` (BT-123).
const ATTACHMENT_CODES: &[&str] = &[
    "RIB",
    "LISIBLE",
    "FEUILLE_DE_STYLE",
    "PJA",
    "BORDEREAU_SUIVI",
    "DOCUMENT_ANNEXE",
    "BON_LIVRAISON",
    "BON_COMMANDE",
    "BORDEREAU_SUIVI_VALIDATION",
    "ETAT_ACOMPTE",
    "FACTURE_PAIEMENT_DIRECT",
    "RECAPITULATIF_COTRAITANCE",
];

pub fn is_document_type(code: &str) -> bool {
    DOCUMENT_TYPES.contains(&code)
}

pub fn is_self_billed(code: &str) -> bool {
    SELF_BILLED_TYPES.contains(&code)
}

pub fn is_billing_mode(code: &str) -> bool {
    BILLING_MODES.contains(&code)
}

pub fn is_bar_treatment(value: &str) -> bool {
    BAR_TREATMENTS.contains(&value)
}

pub fn is_vat_category(code: &str) -> bool {
    VAT_CATEGORIES.contains(&code)
}

pub fn is_not_in_france_category(code: &str) -> bool {
    NOT_IN_FRANCE_CATEGORIES.contains(&code)
}

pub fn is_vat_rate(rate: &str) -> bool {
    VAT_RATES.contains(&rate)
}

pub fn is_attachment_code(code: &str) -> bool {
    ATTACHMENT_CODES.contains(&code)
}

/// XPath `normalize-space`: trimmed, inner runs of whitespace made one space.
pub fn normalize_space(s: &str) -> String {
    s.split([' ', '\t', '\n', '\r'])
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `custom:is-valid-id-format` (BR-FR-02): letters, digits and `+ - _ /`, no space anywhere.
pub fn is_id_format(id: &str) -> bool {
    let n = normalize_space(id);
    !n.is_empty()
        && n.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+-_/".contains(&b))
        && !id.contains(' ')
}

/// `custom:is-valid-schemeid-format` (BR-FR-23, BR-FR-24): letters, digits and `+ - _ .`.
pub fn is_scheme_id_format(value: &str) -> bool {
    !value.is_empty()
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+-_.".contains(&b))
}

fn all_digits(s: &str, len: usize) -> bool {
    s.len() == len && s.bytes().all(|b| b.is_ascii_digit())
}

/// Nine digits, as a SIREN is written (`^\d{9}$`).
pub fn is_nine_digits(s: &str) -> bool {
    all_digits(s, 9)
}

/// `custom:check-siret-siren-coherence` (BR-FR-09): 14 digits starting with the SIREN.
pub fn siret_matches_siren(siret: &str, siren: Option<&str>) -> bool {
    all_digits(siret, 14) && siren == Some(&siret[..9])
}

/// `custom:is-valid-date-format` of the CII schematron: the first 8 characters are a real
/// date YYYYMMDD of the years 2000 to 2099.
pub fn is_cii_date(date: &str) -> bool {
    let short: String = date.chars().take(8).collect();
    all_digits(&short, 8) && is_real_date(&short[..4], &short[4..6], &short[6..])
}

/// `custom:is-valid-date-format` of the UBL schematron: exactly YYYY-MM-DD, a real date of the
/// years 2000 to 2099.
pub fn is_ubl_date(date: &str) -> bool {
    let b = date.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && [&date[..4], &date[5..7], &date[8..]]
            .iter()
            .all(|p| p.bytes().all(|c| c.is_ascii_digit()))
        && is_real_date(&date[..4], &date[5..7], &date[8..])
}

/// Year 20xx, month 01-12, day within the month (leap years included). The parts are digits.
fn is_real_date(year: &str, month: &str, day: &str) -> bool {
    let (Ok(y), Ok(m), Ok(d)) = (
        year.parse::<u32>(),
        month.parse::<u32>(),
        day.parse::<u32>(),
    ) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let max = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    year.starts_with("20") && (1..=max).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_allow_letters_digits_and_four_symbols() {
        assert!(is_id_format("FA-2026/001_A+B"));
        // Line breaks around the value are trimmed, spaces never are (not even indentation).
        assert!(is_id_format("\nFA001\n"));
        for bad in [
            "FA 001",
            "FA.001",
            "FA#1",
            "",
            "FAé1",
            " FA1",
            "\n  FA001\n",
        ] {
            assert!(!is_id_format(bad), "{bad:?}");
        }
    }

    #[test]
    fn dates_are_real_days_of_this_century() {
        assert!(is_cii_date("20240229"));
        assert!(is_cii_date("20240131T10:00"));
        assert!(!is_cii_date("20230229"));
        assert!(!is_cii_date("19991231"));
        assert!(!is_cii_date("20241301"));
        assert!(!is_cii_date("2024-01-01"));
        assert!(is_ubl_date("2024-02-29"));
        assert!(!is_ubl_date("2024-02-30"));
        assert!(!is_ubl_date("20240229"));
        assert!(!is_ubl_date("2024-01-01Z"));
    }

    #[test]
    fn rates_are_compared_as_written() {
        assert!(is_vat_rate("20.00"));
        assert!(is_vat_rate("5.5"));
        assert!(!is_vat_rate("20.000"));
        assert!(!is_vat_rate(" 20"));
        assert!(!is_vat_rate("19"));
    }

    #[test]
    fn siret_starts_with_the_siren() {
        assert!(siret_matches_siren("12345678200010", Some("123456782")));
        assert!(!siret_matches_siren("12345678200010", Some("999999999")));
        assert!(!siret_matches_siren("12345678200010", None));
        assert!(!siret_matches_siren("1234567820001", Some("123456782")));
    }

    #[test]
    fn electronic_addresses_allow_dots_not_spaces() {
        assert!(is_scheme_id_format("123456782_billing.fr"));
        assert!(!is_scheme_id_format("a b"));
        assert!(!is_scheme_id_format("a@b"));
        assert!(!is_scheme_id_format(""));
    }
}
