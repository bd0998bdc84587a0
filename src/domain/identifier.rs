//! Identifier and field rules: SIREN/SIRET check digits, RIDET, TAHITI, service codes,
//! the password policy. Pure functions returning the broken rule, if any.

use super::codes::IdentifierType;
use crate::error::Violation;

fn violation(rule: &str, message: impl Into<String>) -> Violation {
    Violation {
        rule: rule.to_string(),
        message: message.into(),
    }
}

fn luhn_ok(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

fn all_digits(s: &str, len: usize) -> bool {
    s.len() == len && s.bytes().all(|b| b.is_ascii_digit())
}

/// SIREN: 9 digits with a valid Luhn key, not all zeros (which passes Luhn but names no one).
pub fn check_siren(siren: &str) -> Result<(), Violation> {
    if !all_digits(siren, 9) {
        return Err(violation(
            "siren_format",
            format!("SIREN '{siren}' must be exactly 9 digits"),
        ));
    }
    if siren == "000000000" {
        return Err(violation(
            "siren_format",
            format!("SIREN '{siren}' is not a company's number; give the real one"),
        ));
    }
    if !luhn_ok(siren) {
        return Err(violation(
            "siren_check_digit",
            format!("SIREN '{siren}' has a wrong check digit (Luhn)"),
        ));
    }
    Ok(())
}

/// SIRET: 14 digits, Luhn valid, except La Poste establishments (SIREN 356000000, other than
/// the head office 35600000000048) whose digit sum must be a multiple of 5.
pub fn check_siret(siret: &str) -> Result<(), Violation> {
    if !all_digits(siret, 14) {
        return Err(violation(
            "siret_format",
            format!("SIRET '{siret}' must be exactly 14 digits (keep the leading zeros)"),
        ));
    }
    // All zeros (or the zero SIREN) passes Luhn but names no establishment.
    if siret.starts_with("000000000") {
        return Err(violation(
            "siret_format",
            format!(
                "SIRET '{siret}' has the SIREN 000000000, which no company holds; give the real one"
            ),
        ));
    }
    let la_poste = siret.starts_with("356000000") && siret != "35600000000048";
    let ok = if la_poste {
        siret
            .bytes()
            .map(|b| u32::from(b - b'0'))
            .sum::<u32>()
            .is_multiple_of(5)
    } else {
        luhn_ok(siret)
    };
    if !ok {
        return Err(violation(
            "siret_check_digit",
            format!("SIRET '{siret}' has a wrong check digit (Luhn); check it for a typo"),
        ));
    }
    check_siren(&siret[..9]).map_err(|_| {
        violation(
            "siret_check_digit",
            format!("SIRET '{siret}' does not start with a valid SIREN"),
        )
    })
}

/// The numeric key of a French VAT number: `(12 + 3 × (SIREN mod 97)) mod 97`.
pub fn fr_vat_key(siren: &str) -> Option<u32> {
    let n: u64 = siren.parse().ok()?;
    Some(((12 + 3 * (n % 97)) % 97) as u32)
}

/// The French VAT number of the company a SIRET belongs to: `FR`, the key, the SIREN.
pub fn fr_vat_number(siret: &str) -> Option<String> {
    check_siret(siret).ok()?;
    let siren = &siret[..9];
    Some(format!("FR{:02}{siren}", fr_vat_key(siren)?))
}

/// French VAT number (numéro de TVA intracommunautaire): `FR`, a two-character key, then the
/// company's SIREN (spaces ignored). A numeric key must equal [`fr_vat_key`] and the SIREN must
/// be valid; an old-style key with letters (alphabet `0-9A-HJ-NP-Z`) is only checked for its
/// alphabet; Monaco numbers (`000` after the key) carry no SIREN.
pub fn check_fr_vat(vat: &str) -> Result<(), Violation> {
    let compact: String = vat.chars().filter(|c| !c.is_whitespace()).collect();
    let b = compact.as_bytes();
    let key_char =
        |c: &u8| c.is_ascii_digit() || (c.is_ascii_uppercase() && *c != b'I' && *c != b'O');
    if !(b.len() == 13
        && compact.starts_with("FR")
        && b[2..4].iter().all(key_char)
        && b[4..].iter().all(u8::is_ascii_digit))
    {
        return Err(violation(
            "vat_number_format",
            format!(
                "French VAT number '{vat}' must be FR, a 2-character key and the 9-digit SIREN"
            ),
        ));
    }
    let (key, siren) = (&compact[2..4], &compact[4..]);
    if siren.starts_with("000") || !key.bytes().all(|c| c.is_ascii_digit()) {
        return Ok(());
    }
    if !luhn_ok(siren) {
        return Err(violation(
            "vat_number_check_digit",
            format!("French VAT number '{vat}' does not end with a valid SIREN ({siren})"),
        ));
    }
    match fr_vat_key(siren) {
        Some(expected) if key.parse::<u32>().ok() == Some(expected) => Ok(()),
        expected => Err(violation(
            "vat_number_check_digit",
            format!(
                "French VAT number '{vat}' has a wrong key {key}: SIREN {siren} gives FR{:02}{siren}",
                expected.unwrap_or_default()
            ),
        )),
    }
}

/// Checks an identifier against the rules of its type.
pub fn check_identifier(kind: IdentifierType, id: &str) -> Result<(), Violation> {
    match kind {
        IdentifierType::Siret => check_siret(id),
        // RIDET (New Caledonia): RID of 6 or 7 digits then a 3-digit establishment rank.
        IdentifierType::Ridet => {
            if id.len() >= 9 && id.len() <= 10 && id.bytes().all(|b| b.is_ascii_digit()) {
                Ok(())
            } else {
                Err(violation(
                    "ridet_format",
                    format!(
                        "RIDET '{id}' must be 9 or 10 digits (RID of 6-7 digits + 3-digit establishment)"
                    ),
                ))
            }
        }
        // TAHITI (French Polynesia): a letter, 5 digits, then a 3-digit establishment rank.
        IdentifierType::Tahiti => {
            let b = id.as_bytes();
            if b.len() == 9 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_digit) {
                Ok(())
            } else {
                Err(violation(
                    "tahiti_format",
                    format!(
                        "TAHITI number '{id}' must be a capital letter followed by 8 digits (e.g. A12345001)"
                    ),
                ))
            }
        }
        IdentifierType::UeHorsFrance => {
            let b = id.as_bytes();
            let ok = b.len() >= 4
                && b.len() <= 16
                && b[..2].iter().all(u8::is_ascii_uppercase)
                && &id[..2] != "FR"
                && b[2..].iter().all(u8::is_ascii_alphanumeric);
            if ok {
                Ok(())
            } else {
                Err(violation(
                    "vat_number_format",
                    format!(
                        "'{id}' is not an EU VAT number outside France (country code then 2-14 letters or digits)"
                    ),
                ))
            }
        }
        IdentifierType::HorsUe | IdentifierType::Autre | IdentifierType::Particulier => {
            let ok = !id.is_empty()
                && id.len() <= 80
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_./ ".contains(c));
            if ok {
                Ok(())
            } else {
                Err(violation(
                    "identifier_format",
                    format!("identifier '{id}' must be 1-80 letters, digits, spaces or - _ . /"),
                ))
            }
        }
    }
}

/// Service codes: `[A-Z0-9_-]{1,100}`.
/// An IBAN (ISO 13616) as people write it (spaces allowed, any case): its compact upper-case
/// form when the country letters, the length (15 to 34) and the mod-97 check digits hold.
pub fn check_iban(iban: &str) -> Result<String, Violation> {
    let compact: String = iban
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    let bytes = compact.as_bytes();
    let shaped = (15..=34).contains(&bytes.len())
        && bytes[..2].iter().all(u8::is_ascii_uppercase)
        && bytes[2..4].iter().all(u8::is_ascii_digit)
        && bytes.iter().all(u8::is_ascii_alphanumeric);
    if !shaped {
        return Err(violation(
            "iban_format",
            format!(
                "IBAN '{iban}' must be a country code, 2 check digits and up to 30 letters or digits"
            ),
        ));
    }
    // The country and check digits move to the end; letters count 10 to 35.
    let remainder = bytes[4..].iter().chain(&bytes[..4]).fold(0u32, |r, &b| {
        let v = if b.is_ascii_digit() {
            u32::from(b - b'0')
        } else {
            u32::from(b - b'A') + 10
        };
        if v >= 10 {
            (r * 100 + v) % 97
        } else {
            (r * 10 + v) % 97
        }
    });
    if remainder != 1 {
        return Err(violation(
            "iban_check_digit",
            format!("IBAN '{iban}' has wrong check digits: check it against the bank's statement"),
        ));
    }
    Ok(compact)
}

pub fn check_service_code(code: &str) -> Result<(), Violation> {
    let ok = !code.is_empty()
        && code.len() <= 100
        && code
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(violation(
            "service_code_format",
            format!("service code '{code}' must be 1-100 characters among A-Z 0-9 _ -"),
        ))
    }
}

/// Password policy: at least 10 characters, with a letter and a digit.
pub fn check_password(password: &str) -> Result<(), Violation> {
    let ok = password.chars().count() >= 10
        && password.chars().any(char::is_alphabetic)
        && password.chars().any(|c| c.is_ascii_digit());
    if ok {
        Ok(())
    } else {
        Err(violation(
            "password_policy",
            "the password must have at least 10 characters, with at least one letter and one digit",
        ))
    }
}

/// A required text field: non-empty after trimming, at most `max` characters.
pub fn check_text(field: &str, value: &str, max: usize) -> Result<(), Violation> {
    if value.trim().is_empty() {
        return Err(violation(
            &format!("{field}_required"),
            format!("{} must not be empty", field.replace('_', " ")),
        ));
    }
    if value.chars().count() > max {
        return Err(violation(
            &format!("{field}_too_long"),
            format!(
                "{} must be at most {max} characters",
                field.replace('_', " ")
            ),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn siret_check_digits() {
        assert!(check_siret("73282932000074").is_ok());
        assert!(check_siret("11000201100044").is_ok());
        assert_eq!(
            check_siret("73282932000075").unwrap_err().rule,
            "siret_check_digit"
        );
        assert_eq!(
            check_siret("7328293200007").unwrap_err().rule,
            "siret_format"
        );
        assert_eq!(
            check_siret("7328293200007A").unwrap_err().rule,
            "siret_format"
        );
        // Zeros pass Luhn but are nobody's number.
        assert_eq!(
            check_siret("00000000000000").unwrap_err().rule,
            "siret_format"
        );
        assert_eq!(
            check_siret("00000000000018").unwrap_err().rule,
            "siret_format"
        );
        assert!(check_siret("00123456600006").is_ok());
    }

    #[test]
    fn la_poste_exception() {
        // Head office follows Luhn; other establishments follow the sum-multiple-of-5 rule.
        assert!(check_siret("35600000000048").is_ok());
        assert!(check_siret("35600000049837").is_ok()); // digit sum 45
        assert!(check_siret("35600000049838").is_err());
    }

    #[test]
    fn siren_luhn() {
        assert!(check_siren("123456782").is_ok());
        assert!(check_siren("987654321").is_err());
        assert_eq!(check_siren("000000000").unwrap_err().rule, "siren_format");
    }

    #[test]
    fn french_vat_numbers() {
        // Keys computed with (12 + 3 × (SIREN mod 97)) mod 97 (python-stdnum agrees).
        assert_eq!(fr_vat_key("404833048"), Some(83));
        assert_eq!(fr_vat_key("732829320"), Some(44));
        assert!(check_fr_vat("FR11123456782").is_ok());
        assert!(check_fr_vat("FR 44 732 829 320").is_ok());
        assert!(check_fr_vat("FR83404833048").is_ok());
        assert!(check_fr_vat("FRK7399859412").is_ok()); // old-style key, not checked
        assert!(check_fr_vat("FR12000012345").is_ok()); // Monaco
        let e = check_fr_vat("FR12123456782").unwrap_err();
        assert_eq!(e.rule, "vat_number_check_digit");
        assert!(e.message.contains("FR11123456782"), "{}", e.message);
        assert_eq!(
            check_fr_vat("FR05987654321").unwrap_err().rule,
            "vat_number_check_digit"
        ); // 987654321 is not a SIREN
        assert_eq!(
            check_fr_vat("FR1112345678").unwrap_err().rule,
            "vat_number_format"
        );
        assert_eq!(
            check_fr_vat("DE123456789").unwrap_err().rule,
            "vat_number_format"
        );
        assert_eq!(
            check_fr_vat("FRI1123456782").unwrap_err().rule,
            "vat_number_format"
        );
    }

    #[test]
    fn other_identifier_types() {
        assert!(check_identifier(IdentifierType::Ridet, "1234567001").is_ok());
        assert!(check_identifier(IdentifierType::Ridet, "12345").is_err());
        assert!(check_identifier(IdentifierType::Tahiti, "A12345001").is_ok());
        assert!(check_identifier(IdentifierType::Tahiti, "112345001").is_err());
        assert!(check_identifier(IdentifierType::UeHorsFrance, "DE123456789").is_ok());
        assert!(check_identifier(IdentifierType::UeHorsFrance, "FR12345678901").is_err());
    }

    #[test]
    fn services_passwords() {
        assert!(check_service_code("TRAITEUR_01").is_ok());
        assert!(check_service_code("traiteur").is_err());
        assert!(check_password("correct horse 1").is_ok());
        assert!(check_password("short1").is_err());
        assert!(check_password("longpasswordnodigit").is_err());
    }

    #[test]
    fn ibans_by_check_digits() {
        assert_eq!(
            check_iban("fr76 3000 6000 0112 3456 7890 189").unwrap(),
            "FR7630006000011234567890189"
        );
        assert_eq!(
            check_iban("FR7630006000011234567890188").unwrap_err().rule,
            "iban_check_digit"
        );
        assert_eq!(check_iban("FR76").unwrap_err().rule, "iban_format");
        assert_eq!(
            check_iban("7630006000011234567890189").unwrap_err().rule,
            "iban_format"
        );
    }
}
