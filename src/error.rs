//! The one error type: a kind (→ exit code), a stable `code`, a message, hints and details.
//! It is serialisable so that a remote store can send it back unchanged.

use serde::{Deserialize, Serialize};

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    Internal,
    Usage,
    Invalid,
    NotFound,
    Conflict,
    Permission,
    Unavailable,
}

impl ErrorKind {
    /// The process exit code documented in the README and the man page.
    pub fn exit_code(self) -> i32 {
        match self {
            ErrorKind::Internal => 1,
            ErrorKind::Usage => 2,
            ErrorKind::Invalid => 3,
            ErrorKind::NotFound => 4,
            ErrorKind::Conflict => 5,
            ErrorKind::Permission => 6,
            ErrorKind::Unavailable => 7,
        }
    }
}

/// One broken rule, when several are reported at once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Violation {
    pub rule: String,
    pub message: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    pub kind: ErrorKind,
    pub code: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hints: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<Violation>,
}

impl Error {
    pub fn new(kind: ErrorKind, code: &str, message: impl Into<String>) -> Self {
        Error {
            kind,
            code: code.to_string(),
            message: message.into(),
            hints: Vec::new(),
            details: Vec::new(),
        }
    }
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Internal, "internal", message)
    }
    pub fn usage(code: &str, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, code, message)
    }
    pub fn invalid(code: &str, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Invalid, code, message)
    }
    pub fn not_found(code: &str, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, code, message)
    }
    pub fn conflict(code: &str, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Conflict, code, message)
    }
    pub fn permission(code: &str, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Permission, code, message)
    }
    pub fn unavailable(code: &str, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Unavailable, code, message)
    }
    /// Several broken rules at once: the first names the error, all are listed.
    pub fn violations(violations: Vec<Violation>) -> Self {
        let first = violations.first().cloned().unwrap_or(Violation {
            rule: "invalid".into(),
            message: "invalid data".into(),
        });
        let message = if violations.len() > 1 {
            format!("{} (and {} more)", first.message, violations.len() - 1)
        } else {
            first.message.clone()
        };
        let mut e = Self::invalid(&first.rule, message);
        e.details = violations;
        e
    }
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }
    pub fn exit_code(&self) -> i32 {
        self.kind.exit_code()
    }
}

/// At most this many characters of input are quoted in a message.
pub const MAX_QUOTED_CHARS: usize = 200;

/// Input quoted in a message: its first [`MAX_QUOTED_CHARS`] characters, then `…` — a 200 MB
/// cell must not become a 200 MB message.
pub fn excerpt(text: &str) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(MAX_QUOTED_CHARS) {
        None => std::borrow::Cow::Borrowed(text),
        Some((end, _)) => std::borrow::Cow::Owned(format!("{}…", &text[..end])),
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode::*;
        if let rusqlite::Error::SqliteFailure(f, _) = &e {
            match f.code {
                DatabaseBusy | DatabaseLocked => {
                    return Error::unavailable("store_busy", format!("the store is busy: {e}"))
                        .hint("another chorus process held the store for too long; retry");
                }
                NotADatabase | DatabaseCorrupt => {
                    return Error::unavailable(
                        "store_corrupt",
                        format!("the store is not a valid chorus database: {e}"),
                    );
                }
                CannotOpen | ReadOnly | SystemIoFailure | DiskFull | PermissionDenied => {
                    return Error::unavailable("store_io", format!("cannot use the store: {e}"));
                }
                _ => {}
            }
        }
        Error::internal(format!("store error: {e}"))
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        let mut err = Error::internal(format!("I/O error: {e}"));
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            err.code = "broken_pipe".into();
        }
        err
    }
}

impl From<csv::Error> for Error {
    fn from(e: csv::Error) -> Self {
        Error::from(std::io::Error::from(e))
    }
}

impl Error {
    /// The reader of stdout went away (`chorus … | head`): not a failure.
    pub fn is_broken_pipe(&self) -> bool {
        self.code == "broken_pipe"
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::internal(format!("JSON error: {e}"))
    }
}

impl From<rust_decimal::Error> for Error {
    fn from(e: rust_decimal::Error) -> Self {
        Error::internal(format!("decimal error: {e}"))
    }
}
