//! Passwords (argon2id), activation tokens (random, stored as SHA-256) and the clock.

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

pub fn hash_password(password: &str) -> Result<String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| Error::internal(format!("cannot hash the password: {e}")))
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A fresh random token, as hex.
pub fn new_token() -> Result<String> {
    new_secret(16)
}

/// A fresh random secret of `bytes` bytes, as hex (bearer tokens: 32 bytes, 256 bits).
pub fn new_secret(bytes: usize) -> Result<String> {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf).map_err(|e| Error::internal(format!("no randomness: {e}")))?;
    Ok(buf.iter().map(|b| format!("{b:02x}")).collect())
}

/// The instant `hours` after an RFC 3339 instant, in the same form.
pub fn later(instant: &str, hours: i64) -> Result<String> {
    let ts: jiff::Timestamp = instant
        .parse()
        .map_err(|e| Error::internal(format!("bad instant {instant}: {e}")))?;
    let later = ts
        .checked_add(jiff::SignedDuration::from_hours(hours))
        .map_err(|e| Error::internal(e.to_string()))?;
    Ok(later.to_string())
}

pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.trim().as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The current instant as RFC 3339 UTC to the second; `CHORUS_NOW` overrides it for tests.
pub fn now() -> Result<String> {
    match std::env::var("CHORUS_NOW") {
        Ok(v) if !v.trim().is_empty() => clock_override(&v),
        _ => second(jiff::Timestamp::now()),
    }
}

/// A replacement clock (`CHORUS_NOW`, or the client's on a test server) in the store's form.
pub fn clock_override(instant: &str) -> Result<String> {
    let ts = instant.trim().parse::<jiff::Timestamp>().map_err(|e| {
        Error::usage(
            "bad_chorus_now",
            format!("CHORUS_NOW '{instant}' is not an RFC 3339 instant: {e}"),
        )
    })?;
    second(ts)
}

fn second(ts: jiff::Timestamp) -> Result<String> {
    let ts = ts
        .round(jiff::Unit::Second)
        .map_err(|e| Error::internal(e.to_string()))?;
    Ok(ts.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replacement_clocks_take_the_store_form() {
        assert_eq!(
            clock_override(" 2026-11-23T11:00:00.7+01:00 ").unwrap(),
            "2026-11-23T10:00:01Z"
        );
        assert_eq!(clock_override("lundi").unwrap_err().code, "bad_chorus_now");
        assert_eq!(
            later("2026-11-23T10:00:00Z", 24).unwrap(),
            "2026-11-24T10:00:00Z"
        );
    }

    #[test]
    fn passwords_verify() {
        let h = hash_password("correct horse 1").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password("correct horse 1", &h));
        assert!(!verify_password("correct horse 2", &h));
    }

    #[test]
    fn tokens_are_random_hex() {
        let (a, b) = (new_token().unwrap(), new_token().unwrap());
        assert_eq!(a.len(), 32);
        assert_ne!(a, b);
        assert_eq!(token_hash(&a), token_hash(&format!(" {a}\n")));
    }
}
