//! `chorus serve --notify-command CMD`: delivers the accounts' notifications (activation
//! messages first of all) by running `sh -c CMD` once per notification, its JSON on stdin, so
//! that a deployment pipes them into `sendmail`. A thread of its own: a slow or failing command
//! never holds a request. A delivered notification is marked in the store, so a restart sends
//! only the others; a failed one is logged and retried later, waiting longer each time.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::domain::Notification;
use crate::error::{Error, Result};
use crate::ops::secrets;
use crate::store::{self, Store};

/// How often the store is looked at for new notifications.
const POLL: Duration = Duration::from_secs(1);
/// A command still running after this is stopped, and the delivery counts as failed.
const COMMAND_TIMEOUT: Duration = Duration::from_secs(60);
/// The longest wait before a failed delivery is tried again.
const MAX_BACKOFF: Duration = Duration::from_secs(300);
/// Notifications read at a time.
const BATCH: u32 = 100;

/// Starts the delivery thread on the store file.
pub fn start(path: PathBuf, command: String) -> Result<()> {
    std::thread::Builder::new()
        .name("notify".into())
        .spawn(move || deliver_forever(&path, &command))
        .map(|_| ())
        .map_err(|e| Error::internal(format!("cannot start the notification thread: {e}")))
}

/// A failed notification: how many times it failed, and when to try again.
struct Retry {
    failures: u32,
    at: Instant,
}

fn deliver_forever(path: &std::path::Path, command: &str) {
    let mut retries: HashMap<i64, Retry> = HashMap::new();
    let mut store = None;
    loop {
        std::thread::sleep(POLL);
        if store.is_none() {
            store = Store::open(path)
                .map_err(|e| eprintln!("chorus serve: notifications: {e}"))
                .ok();
        }
        let Some(db) = store.as_mut() else { continue };
        let due = match db.transaction(false, |tx| store::accounts::undelivered(tx, BATCH)) {
            Ok(due) => due,
            Err(e) => {
                eprintln!("chorus serve: notifications: {e}");
                continue;
            }
        };
        for n in due {
            if retries.get(&n.id).is_some_and(|r| r.at > Instant::now()) {
                continue;
            }
            match run(command, &n) {
                Ok(()) => {
                    retries.remove(&n.id);
                    let marked = secrets::now().and_then(|now| {
                        db.transaction(true, |tx| store::accounts::mark_delivered(tx, n.id, &now))
                    });
                    if let Err(e) = marked {
                        eprintln!("chorus serve: notification {} sent, not marked: {e}", n.id);
                    }
                }
                Err(why) => {
                    let failures = retries.get(&n.id).map_or(1, |r| r.failures + 1);
                    let wait = backoff(failures);
                    eprintln!(
                        "chorus serve: notification {} to {} not delivered ({why}); retry in {} s",
                        n.id,
                        n.account,
                        wait.as_secs()
                    );
                    let at = Instant::now() + wait;
                    retries.insert(n.id, Retry { failures, at });
                }
            }
        }
    }
}

/// 2, 4, 8 … seconds, at most [`MAX_BACKOFF`].
fn backoff(failures: u32) -> Duration {
    Duration::from_secs(2u64.saturating_pow(failures.min(16))).min(MAX_BACKOFF)
}

/// Runs the command once with the notification's JSON (one line) on stdin.
fn run(command: &str, n: &Notification) -> std::result::Result<(), String> {
    let mut json = serde_json::to_vec(n).map_err(|e| e.to_string())?;
    json.push(b'\n');
    let mut child = Command::new("sh")
        .args(["-c", command])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot run sh: {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        // A command that does not read its input is its own business.
        let _ = stdin.write_all(&json);
    }
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(()),
            Ok(Some(status)) => return Err(format!("the command failed: {status}")),
            Ok(None) if started.elapsed() > COMMAND_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "the command ran over {} s and was stopped",
                    COMMAND_TIMEOUT.as_secs()
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(e.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_wait_longer_each_time_up_to_a_limit() {
        assert_eq!(backoff(1), Duration::from_secs(2));
        assert_eq!(backoff(2), Duration::from_secs(4));
        assert_eq!(backoff(40), MAX_BACKOFF);
    }
}
