//! The remote backend: each operation is `POST {url}/v1/{NAME}` with the operation as JSON and
//! the account's bearer token; the answer is the output, or the error of DESIGN.md
//! (`{"error": {kind, code, message, hints, details}}`), which maps back to the same exit code.

use std::time::Duration;

use serde::Deserialize;

use crate::error::{Error, ErrorKind, Result};
use crate::ops::Operation;

/// The version of the wire protocol; a server refuses a client of another one.
pub const API_VERSION: &str = "1";
/// The header carrying [`API_VERSION`].
pub const API_HEADER: &str = "chorus-api";
/// A test server (`chorus serve --test-clock`) takes the client's clock from this header.
pub const NOW_HEADER: &str = "chorus-now";
/// The largest request a server takes: a 100 MB deposit (file and attachments) in base64,
/// with room. The client checks it too, rather than send what would be refused.
pub const MAX_BODY_BYTES: usize = 130 * 1024 * 1024;

pub fn too_large() -> Error {
    Error::invalid(
        "body_too_large",
        format!(
            "the request is larger than the {} MB a chorus server takes",
            MAX_BODY_BYTES / 1024 / 1024
        ),
    )
    .hint("deposit fewer or smaller files per request")
}

/// The pause before the first retry of a dropped request (doubled for the second).
const RETRY_PAUSE: std::time::Duration = std::time::Duration::from_millis(500);

/// Answers bigger than this are refused (an invoice download is at most ~14 MB of base64, a
/// directory export page far less).
const MAX_ANSWER_BYTES: u64 = 256 * 1024 * 1024;

pub struct RemoteBackend {
    url: String,
    token: Option<String>,
    agent: ureq::Agent,
    /// Draw a progress bar while a large request is sent (on a terminal, not --quiet).
    upload_bars: bool,
}

/// Requests from this size up get a progress bar.
const BAR_FROM_BYTES: usize = 8 * 1024 * 1024;

/// An error answer; `index` names the failing operation of an all-or-nothing call.
#[derive(Deserialize)]
struct ErrorBody {
    error: Error,
    #[serde(default)]
    index: Option<usize>,
}

impl RemoteBackend {
    pub fn new(
        url: String,
        token: Option<String>,
        timeout: Duration,
        upload_bars: bool,
    ) -> RemoteBackend {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_connect(Some(timeout.min(Duration::from_secs(30))))
            .timeout_global(Some(timeout))
            .user_agent(concat!("chorus/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        RemoteBackend {
            url,
            token,
            agent,
            upload_bars,
        }
    }

    /// No upload bars (a batch draws its own).
    pub fn without_upload_bars(&mut self) {
        self.upload_bars = false;
    }

    /// Posts one operation. One that is safe to repeat is sent again (twice at most, after a
    /// pause) when the connection failed: the server may have run it, and then reports it.
    pub fn call<O: Operation>(&self, op: &O) -> Result<O::Output> {
        let body = serde_json::to_vec(op)?;
        let path = format!("/v1/{}", O::NAME);
        let mut attempt = 0;
        loop {
            match self.post(&path, &body) {
                Ok(answer) => return self.output(&answer),
                Err((e, _)) if e.code == "server_unreachable" && op.retry_safe() && attempt < 2 => {
                    attempt += 1;
                    std::thread::sleep(RETRY_PAUSE * attempt);
                }
                Err((e, _)) => return Err(e),
            }
        }
    }

    pub fn call_all<O: Operation>(&self, ops: &[O]) -> Result<Vec<O::Output>, (usize, Error)> {
        let body = serde_json::to_vec(ops).map_err(|e| (0, Error::from(e)))?;
        let answer = self
            .post(&format!("/v1/all/{}", O::NAME), &body)
            .map_err(|(e, index)| (index.unwrap_or(0), e))?;
        self.output(&answer).map_err(|e| (0, e))
    }

    fn output<T: serde::de::DeserializeOwned>(&self, answer: &[u8]) -> Result<T> {
        serde_json::from_slice(answer).map_err(|e| {
            Error::unavailable(
                "server_answer",
                format!("{} sent an answer this chorus cannot read: {e}", self.url),
            )
            .hint("client and server versions may differ: compare `chorus --version` with GET /v1/health")
        })
    }

    /// Posts a body; the answer's bytes on success, else the error (with its index, if any).
    fn post(&self, path: &str, body: &[u8]) -> Result<Vec<u8>, (Error, Option<usize>)> {
        if body.len() > MAX_BODY_BYTES {
            return Err((too_large(), None));
        }
        let mut request = self
            .agent
            .post(format!("{}{path}", self.url))
            .header("content-type", "application/json")
            .header(API_HEADER, API_VERSION);
        if let Some(token) = &self.token {
            request = request.header("authorization", format!("Bearer {token}"));
        }
        if let Ok(now) = std::env::var("CHORUS_NOW") {
            request = request.header(NOW_HEADER, now);
        }
        let sent = if self.upload_bars && body.len() >= BAR_FROM_BYTES {
            let bar = indicatif::ProgressBar::new(body.len() as u64);
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "{bar:40} {bytes}/{total_bytes} · {bytes_per_sec} · ETA {eta} · sending",
            ) {
                bar.set_style(style);
            }
            let mut reader = bar.wrap_read(body);
            let sent = request
                .header("content-length", body.len().to_string())
                .send(ureq::SendBody::from_reader(&mut reader));
            bar.finish_and_clear();
            sent
        } else {
            request.send(body)
        };
        let mut answer = sent.map_err(|e| (self.unreachable(e), None))?;
        let status = answer.status();
        let bytes = answer
            .body_mut()
            .with_config()
            .limit(MAX_ANSWER_BYTES)
            .read_to_vec()
            .map_err(|e| (self.unreachable(e), None))?;
        if status.is_success() {
            return Ok(bytes);
        }
        match serde_json::from_slice::<ErrorBody>(&bytes) {
            Ok(body) => Err((body.error, body.index)),
            Err(_) => Err((self.bad_status(status.as_u16(), path, &bytes), None)),
        }
    }

    fn unreachable(&self, e: ureq::Error) -> Error {
        let (code, what) = match &e {
            ureq::Error::Timeout(_) => ("server_timeout", "did not answer in time"),
            ureq::Error::BodyExceedsLimit(_) => ("server_answer", "sent too big an answer"),
            _ => ("server_unreachable", "cannot be reached"),
        };
        Error::unavailable(code, format!("the store {} {what}: {e}", self.url))
            .hint("check the URL and that `chorus serve` runs there; --timeout / CHORUS_TIMEOUT sets the wait")
    }

    /// An answer that is not a chorus error: another program, or a server that does not know
    /// the operation.
    fn bad_status(&self, status: u16, path: &str, body: &[u8]) -> Error {
        let excerpt: String = String::from_utf8_lossy(body).chars().take(200).collect();
        let kind = match status {
            413 => ErrorKind::Invalid,
            401 | 403 => ErrorKind::Permission,
            _ => ErrorKind::Unavailable,
        };
        Error::new(
            kind,
            "server_answer",
            format!("{}{path} answered HTTP {status}: {excerpt}", self.url),
        )
        .hint("is this a chorus serve of the same version? GET /v1/health tells")
    }
}
