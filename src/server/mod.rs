//! `chorus serve`: the store over HTTP. Every operation of the catalogue is
//! `POST /v1/{NAME}` (and `POST /v1/all/{NAME}` for all-or-nothing lists), mounted from
//! [`for_each_operation!`](crate::for_each_operation) rather than route by route, and runs
//! like on a local store: [`Operation::prepare`], then
//! [`run_prepared`](crate::backend::run_prepared). tokio lives here only.

mod limits;
mod listener;
mod notify;

use std::collections::HashSet;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use http_body_util::BodyExt;
use serde::de::DeserializeOwned;
use serde_json::json;
use tokio::sync::{Semaphore, SemaphorePermit};

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

/// How long a request waits for a free worker, or for room for its body, before 503.
const QUEUE_TIMEOUT: Duration = Duration::from_secs(30);
/// The bodies read at once hold at most this many KiB: twice the largest request.
const BODY_BUDGET_KIB: u32 = (2 * MAX_BODY_BYTES / 1024) as u32;
/// The largest body of an open operation (sign-up, activation, sign-in and out): without a
/// token nobody makes the server read more.
const OPEN_MAX_BODY_BYTES: usize = 64 * 1024;
/// The longest an open operation's small body may take to arrive (--body-timeout is for
/// large deposits).
const OPEN_BODY_TIMEOUT: Duration = Duration::from_secs(30);

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
    /// Started with --test-clock: clients may set the clock with a header.
    fixed_clock: bool,
    logins: LoginThrottle,
    /// Room for the bodies being read, in KiB (see [`BODY_BUDGET_KIB`]).
    bodies: Semaphore,
    /// How long a client may take to send a request body.
    body_timeout: Duration,
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
    for (flag, value) in [
        ("max_connections", args.max_connections as u64),
        ("header_timeout", args.header_timeout),
        ("body_timeout", args.body_timeout),
    ] {
        if value == 0 {
            let flag_name = flag.replace('_', "-");
            return Err(Error::usage(
                flag,
                format!("--{flag_name} must be at least 1"),
            ));
        }
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
        fixed_clock: args.test_clock,
        logins: LoginThrottle::default(),
        bodies: Semaphore::new(BODY_BUDGET_KIB as usize),
        body_timeout: Duration::from_secs(args.body_timeout),
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
        if shared.fixed_clock {
            eprintln!(
                "chorus serve: WARNING: --test-clock: every client sets the clock of its requests \
                 (token lifetimes, deadlines, dates recorded) with the {NOW_HEADER} header. For \
                 tests only: never serve a real store so."
            );
        }
        let limits = listener::Limits {
            header_timeout: Duration::from_secs(args.header_timeout),
            max_connections: args.max_connections,
        };
        listener::run(listener, router(shared), limits, stop_signal()).await;
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
    let (outcome, who) = match admit(&shared, O::OPEN, &headers).await {
        Err(e) => (Err(e), None),
        Ok(Admitted { acting, who, now }) => {
            let out = match read::<O>(&shared, O::OPEN, &headers, body).await {
                Err(e) => Err(e),
                Ok((op, _room)) => {
                    let login = (O::NAME == Login::NAME).then(|| login_email(&op));
                    if let Some(email) = &login {
                        shared.logins.wait(email, peer.ip()).await;
                    }
                    let turns = shared.clone();
                    let out = work(&shared, move |store| {
                        let mut op = op;
                        op.prepare()?;
                        let _turn = turns.write_turn(O::WRITES);
                        run_prepared(store, &acting, now, op)
                    })
                    .await;
                    if let Some(email) = &login {
                        let failed = matches!(&out, Err(e) if e.code == "login_failed");
                        shared.logins.record(email, peer.ip(), failed);
                    }
                    out
                }
            };
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
    let operation = format!("all/{}", O::NAME);
    // Open operations (sign-in above all) go one per request, through the login throttle.
    if O::OPEN {
        let e = Error::usage(
            "open_operation_in_list",
            format!(
                "{} runs one per request: lists take only operations of a signed-in account",
                O::NAME
            ),
        )
        .hint(format!("send each to POST /v1/{}", O::NAME));
        let response = failure(&e, None);
        log(&operation, None, response.status(), started);
        return response;
    }
    let (outcome, who) = match admit(&shared, O::OPEN, &headers).await {
        Err(e) => (Err((0, e)), None),
        Ok(Admitted { acting, who, now }) => {
            let out = match read::<Vec<O>>(&shared, O::OPEN, &headers, body).await {
                Err(e) => Err((0, e)),
                Ok((ops, _room)) => {
                    let turns = shared.clone();
                    let out = work(&shared, move |store| {
                        let mut ops = ops;
                        for (i, op) in ops.iter_mut().enumerate() {
                            if let Err(e) = op.prepare() {
                                return Ok(Err((i, e)));
                            }
                        }
                        let _turn = turns.write_turn(true);
                        Ok(run_all_prepared(store, &acting, now, ops))
                    })
                    .await;
                    out.unwrap_or_else(|e| Err((0, e)))
                }
            };
            (out, who)
        }
    };
    let response = match outcome {
        Ok(out) => axum::Json(out).into_response(),
        Err((index, e)) => failure(&e, Some(index)),
    };
    log(&operation, who.as_deref(), response.status(), started);
    response
}

/// A request whose head was accepted: who acts and the clock of the operation.
struct Admitted {
    acting: Acting,
    /// The token's account, for the log.
    who: Option<String>,
    now: String,
}

/// Checks the head of a request before a byte of its body is read: the protocol version, the
/// declared length, and the bearer token, which must come when the operation is not open and
/// is checked against the store — so that nobody makes the server read 130 MB without a valid
/// token. Then the clock.
async fn admit(shared: &Arc<Shared>, open: bool, headers: &HeaderMap) -> Result<Admitted> {
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
    if content_length(headers).is_some_and(|length| length > body_limit(open) as u64) {
        return Err(body_too_large(open));
    }
    if token.is_none() && !open {
        return Err(session::token_missing());
    }
    let now = match header(NOW_HEADER) {
        Some(now) if shared.fixed_clock => secrets::clock_override(now)?,
        _ => secrets::now()?,
    };
    let checks = shared.clone();
    let at = now.clone();
    let (acting, who) = work(shared, move |store| {
        checks.acting(store, token.as_deref(), &at)
    })
    .await?;
    Ok(Admitted { acting, who, now })
}

/// Reads and parses the body once there is room for it among the bodies being read (its
/// declared length, or the whole limit when it declares none); the room is held until the
/// answer, while the operation holds what was read.
async fn read<'a, T: DeserializeOwned>(
    shared: &'a Shared,
    open: bool,
    headers: &HeaderMap,
    body: Body,
) -> Result<(T, SemaphorePermit<'a>)> {
    let limit = body_limit(open);
    let declared = content_length(headers).map(|l| l.min(limit as u64));
    let length = declared.unwrap_or(limit as u64);
    // At most BODY_BUDGET_KIB / 2: fits in u32.
    let kib = length.div_ceil(1024).max(1) as u32;
    let room = match tokio::time::timeout(QUEUE_TIMEOUT, shared.bodies.acquire_many(kib)).await {
        Ok(Ok(room)) => room,
        Ok(Err(_)) => {
            return Err(Error::unavailable(
                "server_stopping",
                "the server is stopping",
            ));
        }
        Err(_) => return Err(busy()),
    };
    let bytes = read_body(body, open, declared.unwrap_or(0), shared.body_timeout).await?;
    let value = serde_json::from_slice(&bytes)
        .map_err(|e| Error::usage("bad_request", format!("the request body does not fit: {e}")))?;
    Ok((value, room))
}

fn content_length(headers: &HeaderMap) -> Option<u64> {
    headers
        .get("content-length")
        .and_then(|v| v.to_str().ok())
        .and_then(|l| l.trim().parse().ok())
}

fn body_limit(open: bool) -> usize {
    if open {
        OPEN_MAX_BODY_BYTES
    } else {
        MAX_BODY_BYTES
    }
}

fn body_too_large(open: bool) -> Error {
    if !open {
        return too_large();
    }
    Error::invalid(
        "body_too_large",
        format!(
            "the request is larger than the {} KB a sign-up, activation or sign-in takes",
            OPEN_MAX_BODY_BYTES / 1024
        ),
    )
}

fn busy() -> Error {
    Error::unavailable("server_busy", "the server is busy; retry in a moment")
}

/// Reads the body into one buffer of its declared length (0: none declared), so that a body
/// is held once (not in pieces and then again in one piece) while it arrives.
async fn read_body(body: Body, open: bool, length: u64, timeout: Duration) -> Result<Vec<u8>> {
    let timeout = if open {
        timeout.min(OPEN_BODY_TIMEOUT)
    } else {
        timeout
    };
    let limit = body_limit(open);
    let read = async {
        let mut body = body;
        // `length` is at most the limit.
        let mut bytes = Vec::with_capacity(length as usize);
        while let Some(frame) = body.frame().await {
            let frame = frame.map_err(|e| {
                Error::usage("bad_request", format!("cannot read the request: {e}"))
            })?;
            if let Ok(data) = frame.into_data() {
                if bytes.len() + data.len() > limit {
                    return Err(body_too_large(open));
                }
                bytes.extend_from_slice(&data);
            }
        }
        Ok(bytes)
    };
    tokio::time::timeout(timeout, read)
        .await
        .unwrap_or_else(|_| {
            Err(Error::usage(
                "request_timeout",
                format!(
                    "the request body took more than {} s to arrive",
                    timeout.as_secs()
                ),
            ))
        })
}

/// Runs `job` on a pooled connection, on a blocking thread, once a worker is free.
async fn work<T: Send + 'static>(
    shared: &Arc<Shared>,
    job: impl FnOnce(&mut Store) -> Result<T> + Send + 'static,
) -> Result<T> {
    let permit = match tokio::time::timeout(QUEUE_TIMEOUT, shared.workers.acquire()).await {
        Ok(Ok(permit)) => permit,
        Ok(Err(_)) => {
            return Err(Error::unavailable(
                "server_stopping",
                "the server is stopping",
            ));
        }
        Err(_) => return Err(busy()),
    };
    let shared = shared.clone();
    let done = tokio::task::spawn_blocking(move || {
        let mut store = shared.take_store()?;
        let out = job(&mut store);
        shared.give_back(store);
        out
    })
    .await;
    drop(permit);
    done.unwrap_or_else(|e| Err(Error::internal(format!("the request's worker failed: {e}"))))
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
