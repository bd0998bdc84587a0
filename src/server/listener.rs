//! The accept loop of `chorus serve`: hyper's HTTP/1 connections with the timeouts and the
//! connection cap that `axum::serve` cannot set.
//!
//! hyper's header read timeout runs from the moment a connection waits for a request head —
//! when it opens and again each time a keep-alive connection goes idle after an answer — so
//! the one timeout cuts slow headers and idle connections alike.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use axum::http::Request;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;

use crate::error::Error;

pub struct Limits {
    /// For a request head to arrive, and for the next one on an idle keep-alive connection.
    pub header_timeout: Duration,
    /// Connections open at once; more are answered 503 and closed.
    pub max_connections: usize,
}

/// Serves `router` on `listener` until `stop` completes; then accepts nothing more and waits
/// for the requests under way (idle connections are closed at once).
pub async fn run(
    listener: TcpListener,
    router: Router,
    limits: Limits,
    stop: impl Future<Output = ()>,
) {
    let open = Arc::new(Semaphore::new(limits.max_connections));
    let graceful = GracefulShutdown::new();
    let mut stop = std::pin::pin!(stop);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors, say: wait a little rather than spin.
                    eprintln!("chorus serve: cannot accept a connection: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        let Ok(permit) = open.clone().try_acquire_owned() else {
            eprintln!(
                "chorus serve: {} connections open, the most: {peer} refused (503)",
                limits.max_connections
            );
            tokio::spawn(refuse(stream, limits.max_connections));
            continue;
        };
        let _ = stream.set_nodelay(true);
        let router = router.clone();
        // The handlers read the peer's address (login throttle) as axum's ConnectInfo.
        let service = hyper::service::service_fn(move |mut request: Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            tower_service::Service::call(&mut router.clone(), request)
        });
        let connection = http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(limits.header_timeout)
            // Request heads are small: a connection buffers 64 KiB at most (hyper: ~400 KiB).
            .max_buf_size(64 * 1024)
            .serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // A client gone or too slow is no error of the server's.
            let _ = connection.await;
            drop(permit);
        });
    }
    drop(listener);
    graceful.shutdown().await;
}

/// Over the cap: a plain 503 with the error as JSON, then close. What the client already sent
/// is read and dropped for a moment, so that closing does not reset the connection before the
/// client reads the answer.
async fn refuse(mut stream: TcpStream, cap: usize) {
    let e = Error::unavailable(
        "too_many_connections",
        format!("the server has {cap} connections open, its most; retry in a moment"),
    );
    let body = json!({ "error": e }).to_string();
    let answer = format!(
        "HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\n\
         content-length: {}\r\nretry-after: 1\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = tokio::time::timeout(Duration::from_secs(1), async {
        stream.write_all(answer.as_bytes()).await?;
        stream.shutdown().await?;
        let mut sink = [0u8; 8192];
        while stream.read(&mut sink).await? > 0 {}
        Ok::<_, std::io::Error>(())
    })
    .await;
}
