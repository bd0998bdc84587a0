//! Files travel inside operations as base64 strings in JSON.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Deserializer, Serializer};

pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&STANDARD.encode(bytes))
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
    let s = String::deserialize(d)?;
    STANDARD
        .decode(s.as_bytes())
        .map_err(serde::de::Error::custom)
}

/// A named file (attachment) inside an operation.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct NamedFile {
    pub name: String,
    #[serde(with = "crate::ops::b64")]
    pub bytes: Vec<u8>,
}

/// Reduces every name to its safe base name ([`safe_file_name`]): a depositor's name never
/// chooses a path. Every operation that stores files calls it first, so that the rules on
/// names (length, extension) judge the name that is stored.
///
/// [`safe_file_name`]: crate::domain::files::safe_file_name
pub fn safe_names(files: &mut [NamedFile]) {
    for f in files {
        f.name = crate::domain::files::safe_file_name(&f.name);
    }
}
