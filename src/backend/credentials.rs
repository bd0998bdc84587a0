//! Tokens kept by `chorus login`, one per store URL, in
//! `$XDG_CONFIG_HOME/chorus/credentials.toml` (mode 0600). `CHORUS_TOKEN` overrides them.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Credential {
    pub email: String,
    pub token: String,
    pub expires_at: String,
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Credentials {
    #[serde(flatten)]
    pub stores: BTreeMap<String, Credential>,
}

impl Credentials {
    pub fn path() -> Result<PathBuf> {
        let base = crate::io::xdg_dir("XDG_CONFIG_HOME", ".config").ok_or_else(|| {
            Error::usage(
                "no_config_folder",
                "neither XDG_CONFIG_HOME nor HOME is set: nowhere to keep the token",
            )
            .hint("set CHORUS_TOKEN instead")
        })?;
        Ok(base.join("chorus").join("credentials.toml"))
    }

    /// The saved credentials; none when the file does not exist.
    pub fn load() -> Result<Credentials> {
        let path = Self::path()?;
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Credentials::default()),
            Err(e) => {
                return Err(Error::unavailable(
                    "credentials_io",
                    format!("cannot read {}: {e}", path.display()),
                ));
            }
        };
        toml::from_str(&text).map_err(|e| {
            Error::usage(
                "credentials_file",
                format!("{} is not valid: {e}", path.display()),
            )
            .hint("delete it and run `chorus login` again")
        })
    }

    /// Writes the file readable by its owner only.
    pub fn save(&self) -> Result<()> {
        let path = Self::path()?;
        let io = |e: std::io::Error| {
            Error::unavailable(
                "credentials_io",
                format!("cannot write {}: {e}", path.display()),
            )
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        let text = toml::to_string(self).map_err(|e| Error::internal(e.to_string()))?;
        let tmp = path.with_extension("toml.tmp");
        {
            use std::io::Write;
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create(true).truncate(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let mut file = options.open(&tmp).map_err(io)?;
            // The mode applies only to a new file: a leftover temporary file is tightened too.
            #[cfg(unix)]
            file.set_permissions(std::os::unix::fs::PermissionsExt::from_mode(0o600))
                .map_err(io)?;
            file.write_all(text.as_bytes()).map_err(io)?;
        }
        std::fs::rename(&tmp, &path).map_err(io)
    }
}
