//! Slowing down password guessing: after a few failed logins for an e-mail or from an
//! address, each attempt waits longer (up to [`MAX_DELAY`]) before it is even checked.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Failures this old are forgotten.
const WINDOW: Duration = Duration::from_secs(15 * 60);
/// Failures allowed before attempts are slowed down.
const FREE_FAILURES: u32 = 3;
const FIRST_DELAY: Duration = Duration::from_millis(250);
const MAX_DELAY: Duration = Duration::from_secs(10);
/// Past this many keys, old ones are pruned (an attacker cycling e-mails cannot grow memory).
const MAX_KEYS: usize = 100_000;

#[derive(Default)]
pub struct LoginThrottle {
    failures: Mutex<HashMap<String, (u32, Instant)>>,
}

fn keys(email: &str, peer: IpAddr) -> [String; 2] {
    [format!("email:{email}"), format!("ip:{peer}")]
}

/// The wait after `failures` recent failures.
pub fn delay_after(failures: u32) -> Duration {
    match failures.checked_sub(FREE_FAILURES) {
        None => Duration::ZERO,
        Some(extra) => FIRST_DELAY
            .saturating_mul(2u32.saturating_pow(extra.min(16)))
            .min(MAX_DELAY),
    }
}

impl LoginThrottle {
    /// Waits as long as the recent failures for this e-mail or this address ask.
    pub async fn wait(&self, email: &str, peer: IpAddr) {
        let delay = self.delay(email, peer);
        if !delay.is_zero() {
            tokio::time::sleep(delay).await;
        }
    }

    fn delay(&self, email: &str, peer: IpAddr) -> Duration {
        let Ok(failures) = self.failures.lock() else {
            return MAX_DELAY;
        };
        keys(email, peer)
            .iter()
            .filter_map(|k| failures.get(k))
            .filter(|(_, last)| last.elapsed() < WINDOW)
            .map(|(n, _)| delay_after(*n))
            .max()
            .unwrap_or_default()
    }

    /// Counts a failed login against both keys; a success clears the e-mail's count.
    pub fn record(&self, email: &str, peer: IpAddr, failed: bool) {
        let Ok(mut failures) = self.failures.lock() else {
            return;
        };
        let [email_key, peer_key] = keys(email, peer);
        if !failed {
            failures.remove(&email_key);
            return;
        }
        if failures.len() >= MAX_KEYS {
            failures.retain(|_, (_, last)| last.elapsed() < WINDOW);
        }
        for key in [email_key, peer_key] {
            let entry = failures.entry(key).or_insert((0, Instant::now()));
            if entry.1.elapsed() >= WINDOW {
                entry.0 = 0;
            }
            entry.0 += 1;
            entry.1 = Instant::now();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_grow_after_the_free_failures_and_are_capped() {
        assert_eq!(delay_after(0), Duration::ZERO);
        assert_eq!(delay_after(FREE_FAILURES - 1), Duration::ZERO);
        assert_eq!(delay_after(FREE_FAILURES), FIRST_DELAY);
        assert_eq!(delay_after(FREE_FAILURES + 1), FIRST_DELAY * 2);
        assert_eq!(delay_after(1000), MAX_DELAY);
    }

    #[test]
    fn failures_count_per_email_and_per_address() {
        let t = LoginThrottle::default();
        let peer: IpAddr = "10.0.0.1".parse().unwrap();
        let other: IpAddr = "10.0.0.2".parse().unwrap();
        for _ in 0..FREE_FAILURES {
            t.record("a@x.fr", peer, true);
        }
        assert_eq!(t.delay("a@x.fr", other), FIRST_DELAY, "the e-mail counts");
        assert_eq!(t.delay("b@x.fr", peer), FIRST_DELAY, "the address counts");
        assert_eq!(t.delay("b@x.fr", other), Duration::ZERO);
        t.record("a@x.fr", other, false);
        assert_eq!(
            t.delay("a@x.fr", other),
            Duration::ZERO,
            "a success clears the e-mail"
        );
    }
}
