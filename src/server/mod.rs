//! `chorus serve`: the store over HTTP. Every operation of the catalogue is
//! `POST /v1/{NAME}` (and `POST /v1/all/{NAME}` for all-or-nothing lists), mounted from
//! [`for_each_operation!`](crate::for_each_operation) rather than route by route, and runs
//! like on a local store: [`Operation::prepare`], then
//! [`run_prepared`](crate::backend::run_prepared). tokio lives here only.

mod limits;
mod notify;

use std::collections::HashSet;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::de::DeserializeOwned;
use serde_json::json;
use tokio::sync::Semaphore;

use crate::backend::remote::{API_HEADER, API_VERSION, MAX_BODY_BYTES, NOW_HEADER, too_large};
use crate::backend::{StoreUrl, run_all_prepared, run_prepared};
use crate::cli::session::ServeArgs;
use crate::domain::AccountStatus;
use crate::domain::identity::{Email, normalize_email};
use crate::error::{Error, ErrorKind, Result};
use crate::ops::session::{self, Login};
use crate::ops::{Acting, Operation, secrets};
use crate::store::Store;
use limits::LoginThrottle;

/// How long a client may take to send its request.
const BODY_TIMEOUT: Duration = Duration::from_secs(300);
/// How long a request waits for a free worker before 503.
const QUEUE_TIMEOUT: Duration = Duration::from_secs(30);

struct Shared {
    path: PathBuf,
    /// Idle connections; a request takes one (or opens one) and gives it back.
    pool: Mutex<Vec<Store>>,
    /// Canonical e-mails of the operator accounts.
    operators: HashSet<Email>,
    workers: Semaphore,
    /// Writers queue here rather than in SQLite's busy handler, which sleeps in steps of up
    /// to 100 ms; other processes on the same file still meet the busy timeout.
    writer: Mutex<()>,
    /// Started with CHORUS_NOW (tests): clients may set the clock with a header.
    fixed_clock: bool,
    logins: LoginThrottle,
}

/// Runs the server until SIGINT or SIGTERM; requests under way finish first.
pub fn serve(url: StoreUrl, args: ServeArgs) -> Result<()> {
    let path = match url {
        StoreUrl::Local(path) => path,
        StoreUrl::Remote(url) => {
            return Err(Error::usage(
                "serve_needs_a_file",
                format!("chorus serve serves a local store file, not {url}"),
            )
            .hint("chorus serve --store /var/lib/chorus/chorus.db"));
        }
    };
    let mut operators = HashSet::new();
    for email in &args.operators {
        let email =
            normalize_email(email).map_err(|v| Error::usage("operator_email", v.message))?;
        operators.insert(email);
    }
    if args.max_requests == 0 {
        return Err(Error::usage(
            "max_requests",
            "--max-requests must be at least 1",
        ));
    }
    // No account can exist in a store that does not: refuse before creating it.
    if let Some(email) = operators.iter().min().filter(|_| !path.is_file()) {
        return Err(not_an_operator(
            &path,
            email,
            "the store does not exist yet",
        ));
    }
    // Created and migrated now, so that a bad path fails before listening.
    let mut first = Store::open(&path)?;
    check_operators(&mut first, &path, &operators)?;
    if let Some(command) = args.notify_command.filter(|c| !c.trim().is_empty()) {
        notify::start(path.clone(), command)?;
    }
    let shared = Arc::new(Shared {
        path: path.clone(),
        pool: Mutex::new(vec![first]),
        operators,
        workers: Semaphore::new(args.max_requests),
        writer: Mutex::new(()),
        fixed_clock: std::env::var("CHORUS_NOW").is_ok_and(|v| !v.trim().is_empty()),
        logins: LoginThrottle::default(),
    });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::internal(format!("cannot start the server runtime: {e}")))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(&args.listen)
            .await
            .map_err(|e| {
                Error::unavailable("listen", format!("cannot listen on {}: {e}", args.listen))
                    .hint("choose another address with --listen HOST:PORT")
            })?;
        let address = listener.local_addr()?;
        eprintln!(
            "chorus serve: listening on http://{address} (store {}, {} operator(s))",
            path.display(),
            shared.operators.len()
        );
        if shared.operators.is_empty() {
            eprintln!(
                "chorus serve: no --operator: nobody can act as the operator (public structures, \
                 directory import)"
            );
        }
        axum::serve(
            listener,
            router(shared).into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(stop_signal())
        .await?;
        eprintln!("chorus serve: stopped");
        Ok(())
    })
}

/// Every `--operator` must be an ACTIVE account already, made on the store file by its owner:
/// an operator signed up over HTTP could have been squatted by anybody.
fn check_operators(store: &mut Store, path: &Path, operators: &HashSet<Email>) -> Result<()> {
    for email in operators {
        let row = store.transaction(false, |tx| crate::store::accounts::by_email(tx, email))?;
        match row {
            Some(row) if row.account.status == AccountStatus::Active => {}
            Some(row) => {
                let why = format!("its account is {}", row.account.status);
                return Err(not_an_operator(path, email, &why));
            }
            None => {
                return Err(not_an_operator(
                    path,
                    email,
                    "it has no account in the store",
                ));
            }
        }
    }
    Ok(())
}

fn not_an_operator(path: &Path, email: &Email, why: &str) -> Error {
    let store = path.display();
    Error::usage(
        "operator_not_an_active_account",
        format!("--operator {email}: {why}; an operator must be an ACTIVE account of the store"),
    )
    .hint(format!(
        "create and activate it on the store file first, then start the server:\n  \
         chorus --store {store} account create --email {email} --first-name … --last-name … --no-siret\n  \
         chorus --store {store} account activate --email {email} --token TOKEN"
    ))
}

fn router(shared: Arc<Shared>) -> Router {
    macro_rules! routes {
        ($($op:ty),+ $(,)?) => {
            Router::new()
                $(
                    .route(&format!("/v1/{}", <$op as Operation>::NAME), post(one::<$op>))
                    .route(&format!("/v1/all/{}", <$op as Operation>::NAME), post(all::<$op>))
                )+
        };
    }
    crate::for_each_operation!(routes)
        .route("/v1/health", get(health))
        .fallback(unknown)
        .with_state(shared)
}

async fn stop_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = interrupt => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = interrupt.await;
            }
        }
    }
    #[cfg(not(unix))]
    let _ = interrupt.await;
    eprintln!("chorus serve: stopping after the requests under way");
}

async fn health() -> Response {
    axum::Json(json!({
        "status": "ok",
        "version": env!("CARGO_PKG_VERSION"),
        "api": API_VERSION,
        "schema": crate::store::SCHEMA_VERSION,
    }))
    .into_response()
}

async fn unknown(uri: Uri) -> Response {
    let e = Error::not_found(
        "unknown_operation",
        format!(
            "this server (chorus {}) has no {uri}",
            env!("CARGO_PKG_VERSION")
        ),
    )
    .hint("a client newer than the server? compare `chorus --version` with GET /v1/health");
    failure(&e, None)
}

/// One operation.
async fn one<O>(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Body,
) -> Response
where
    O: Operation + Send + 'static,
    O::Output: Send,
{
    let started = Instant::now();
    let (outcome, who) = match request::<O>(&shared, O::OPEN, &headers, body).await {
        Err(e) => (Err(e), None),
        Ok((op, now, token)) => {
            let login = (O::NAME == Login::NAME).then(|| login_email(&op));
            if let Some(email) = &login {
                shared.logins.wait(email, peer.ip()).await;
            }
            let turns = shared.clone();
            let (out, who) = work(&shared, token, now, move |store, acting, now| {
                let mut op = op;
                op.prepare()?;
                let _turn = turns.write_turn(O::WRITES);
                run_prepared(store, acting, now, op)
            })
            .await;
            if let Some(email) = &login {
                let failed = matches!(&out, Err(e) if e.code == "login_failed");
                shared.logins.record(email, peer.ip(), failed);
            }
            (out, who)
        }
    };
    let response = match outcome {
        Ok(out) => axum::Json(out).into_response(),
        Err(e) => failure(&e, None),
    };
    log(O::NAME, who.as_deref(), response.status(), started);
    response
}

/// An all-or-nothing list of operations; a failure names the index of the one that failed.
async fn all<O>(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Body) -> Response
where
    O: Operation + Send + 'static,
    O::Output: Send,
{
    let started = Instant::now();
    let (outcome, who) = match request::<Vec<O>>(&shared, O::OPEN, &headers, body).await {
        Err(e) => (Err((0, e)), None),
        Ok((ops, now, token)) => {
            let turns = shared.clone();
            let (out, who) = work(&shared, token, now, move |store, acting, now| {
                let mut ops = ops;
                for (i, op) in ops.iter_mut().enumerate() {
                    if let Err(e) = op.prepare() {
                        return Ok(Err((i, e)));
                    }
                }
                let _turn = turns.write_turn(true);
                Ok(run_all_prepared(store, acting, now, ops))
            })
            .await;
            (out.unwrap_or_else(|e| Err((0, e))), who)
        }
    };
    let response = match outcome {
        Ok(out) => axum::Json(out).into_response(),
        Err((index, e)) => failure(&e, Some(index)),
    };
    let operation = format!("all/{}", O::NAME);
    log(&operation, who.as_deref(), response.status(), started);
    response
}

/// Checks the protocol version and that a token comes when the operation is not open, then
/// reads and parses the body (so that nobody makes the server read 130 MB without a token);
/// the clock and the bearer token.
async fn request<T: DeserializeOwned>(
    shared: &Shared,
    open: bool,
    headers: &HeaderMap,
    body: Body,
) -> Result<(T, String, Option<String>)> {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let token = header("authorization")
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|t| t.trim().to_string());
    if let Some(api) = header(API_HEADER)
        && api != API_VERSION
    {
        return Err(Error::usage(
            "api_version_mismatch",
            format!(
                "this server (chorus {}) speaks API version {API_VERSION}; the client speaks {api}",
                env!("CARGO_PKG_VERSION")
            ),
        )
        .hint("use a chorus of the server's version (GET /v1/health tells it)"));
    }
    // A declared length over the limit is refused before a byte of the body is read.
    if let Some(length) = header("content-length").and_then(|l| l.parse::<u64>().ok())
        && length > MAX_BODY_BYTES as u64
    {
        return Err(too_large());
    }
    if token.is_none() && !open {
        return Err(session::token_missing());
    }
    let bytes = read_body(body).await?;
    let value = serde_json::from_slice(&bytes)
        .map_err(|e| Error::usage("bad_request", format!("the request body does not fit: {e}")))?;
    let now = match header(NOW_HEADER) {
        Some(now) if shared.fixed_clock => secrets::clock_override(now)?,
        _ => secrets::now()?,
    };
    Ok((value, now, token))
}

async fn read_body(body: Body) -> Result<Bytes> {
    match tokio::time::timeout(BODY_TIMEOUT, axum::body::to_bytes(body, MAX_BODY_BYTES)).await {
        Err(_) => Err(Error::usage(
            "request_timeout",
            format!(
                "the request body took more than {} s to arrive",
                BODY_TIMEOUT.as_secs()
            ),
        )),
        Ok(Ok(bytes)) => Ok(bytes),
        Ok(Err(e)) => {
            let limit = std::error::Error::source(&e)
                .is_some_and(|s| s.is::<http_body_util::LengthLimitError>());
            if limit {
                Err(too_large())
            } else {
                Err(Error::usage(
                    "bad_request",
                    format!("cannot read the request: {e}"),
                ))
            }
        }
    }
}

/// Runs `job` on a pooled connection, on a blocking thread, once a worker is free and the
/// token checked; also says which account acted, for the log.
async fn work<T: Send + 'static>(
    shared: &Arc<Shared>,
    token: Option<String>,
    now: String,
    job: impl FnOnce(&mut Store, &Acting, String) -> Result<T> + Send + 'static,
) -> (Result<T>, Option<String>) {
    let permit = match tokio::time::timeout(QUEUE_TIMEOUT, shared.workers.acquire()).await {
        Ok(Ok(permit)) => permit,
        Ok(Err(_)) => {
            let e = Error::unavailable("server_stopping", "the server is stopping");
            return (Err(e), None);
        }
        Err(_) => {
            let e = Error::unavailable("server_busy", "the server is busy; retry in a moment");
            return (Err(e), None);
        }
    };
    let shared = shared.clone();
    let done = tokio::task::spawn_blocking(move || {
        let mut store = match shared.take_store() {
            Ok(store) => store,
            Err(e) => return (Err(e), None),
        };
        let out = match shared.acting(&mut store, token.as_deref(), &now) {
            Ok((acting, who)) => (job(&mut store, &acting, now), who),
            Err(e) => (Err(e), None),
        };
        shared.give_back(store);
        out
    })
    .await;
    drop(permit);
    done.unwrap_or_else(|e| {
        let e = Error::internal(format!("the request's worker failed: {e}"));
        (Err(e), None)
    })
}

impl Shared {
    fn take_store(&self) -> Result<Store> {
        let idle = self.pool.lock().map(|mut p| p.pop()).unwrap_or(None);
        match idle {
            Some(store) => Ok(store),
            None => Store::open(&self.path),
        }
    }

    /// For a writer, its turn to write (the expensive preparation is done before).
    fn write_turn(&self, writes: bool) -> Option<std::sync::MutexGuard<'_, ()>> {
        // A writer that panicked left no half-done transaction behind: the lock still works.
        writes.then(|| self.writer.lock().unwrap_or_else(|e| e.into_inner()))
    }

    fn give_back(&self, store: Store) {
        if let Ok(mut pool) = self.pool.lock() {
            pool.push(store);
        }
    }

    /// Who acts: the token's account (an operator's as the operator); no token, nobody — the
    /// operations that need an account then say so.
    fn acting(
        &self,
        store: &mut Store,
        token: Option<&str>,
        now: &str,
    ) -> Result<(Acting, Option<String>)> {
        let Some(token) = token else {
            return Ok((Acting::Nobody, None));
        };
        let email = store.transaction(false, |tx| session::authenticate(tx, token, now))?;
        // Stored e-mails are canonical; the operation checks again that the account is ACTIVE.
        let operator = normalize_email(&email).is_ok_and(|e| self.operators.contains(&e));
        let acting = Acting::Token {
            email: email.clone(),
            hash: secrets::token_hash(token),
            operator,
        };
        Ok((acting, Some(email)))
    }
}

fn login_email<O: Operation>(op: &O) -> String {
    serde_json::to_value(op)
        .ok()
        .and_then(|v| {
            let raw = v["email"].as_str()?;
            Some(
                normalize_email(raw).map_or_else(|_| raw.trim().to_lowercase(), Email::into_string),
            )
        })
        .unwrap_or_default()
}

/// The HTTP status of an error: its kind, with 401 for missing or bad credentials and 413 for
/// a body too large.
fn status_of(e: &Error) -> StatusCode {
    match (e.kind, e.code.as_str()) {
        (_, "body_too_large") => StatusCode::PAYLOAD_TOO_LARGE,
        (ErrorKind::Permission, code) if code.starts_with("token_") || code == "login_failed" => {
            StatusCode::UNAUTHORIZED
        }
        (ErrorKind::Permission, _) => StatusCode::FORBIDDEN,
        (ErrorKind::Usage | ErrorKind::Invalid, _) => StatusCode::BAD_REQUEST,
        (ErrorKind::NotFound, _) => StatusCode::NOT_FOUND,
        (ErrorKind::Conflict, _) => StatusCode::CONFLICT,
        (ErrorKind::Unavailable, _) => StatusCode::SERVICE_UNAVAILABLE,
        (ErrorKind::Internal, _) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

fn failure(e: &Error, index: Option<usize>) -> Response {
    let body = match index {
        Some(i) => json!({ "error": e, "index": i }),
        None => json!({ "error": e }),
    };
    (status_of(e), axum::Json(body)).into_response()
}

/// The access log: never bodies or secrets.
fn log(operation: &str, who: Option<&str>, status: StatusCode, started: Instant) {
    eprintln!(
        "{} POST /v1/{operation} {} {} {} ms",
        jiff::Timestamp::now()
            .round(jiff::Unit::Second)
            .unwrap_or_default(),
        who.unwrap_or("-"),
        status.as_u16(),
        started.elapsed().as_millis()
    );
}
