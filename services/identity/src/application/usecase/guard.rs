//! Brute-force protection for sign-in: after [`THRESHOLD`] consecutive failures for one e-mail
//! address, that address is refused for a wait that doubles with each further failure (from
//! [`FIRST_WAIT`] up to [`MAX_WAIT`]), whether or not the next password is right. A success
//! resets it. Addresses are counted whether or not an account has them, so the answers do not
//! tell which exist.
//!
//! The counters live in this process's memory (at most [`CAPACITY`] addresses; when full,
//! addresses that are not locked are forgotten first), so each instance counts on its own.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Consecutive failures before an address is locked.
pub const THRESHOLD: u32 = 5;
/// The first wait once locked.
pub const FIRST_WAIT: Duration = Duration::from_secs(30);
/// The longest wait.
pub const MAX_WAIT: Duration = Duration::from_secs(15 * 60);
/// The most addresses tracked at once.
pub const CAPACITY: usize = 100_000;

#[derive(Debug, Clone, Copy)]
struct Failures {
    count: u32,
    locked_until: Option<Instant>,
}

/// The per-address failure counters.
#[derive(Debug, Default)]
pub struct SignInGuard {
    failures: Mutex<HashMap<String, Failures>>,
}

/// The wait after `count` consecutive failures (none below the threshold).
fn wait_after(count: u32) -> Option<Duration> {
    let doublings = count.checked_sub(THRESHOLD)?;
    let factor = 2u32.checked_pow(doublings.min(16)).unwrap_or(u32::MAX);
    Some(FIRST_WAIT.saturating_mul(factor).min(MAX_WAIT))
}

impl SignInGuard {
    fn with<T>(&self, f: impl FnOnce(&mut HashMap<String, Failures>) -> T) -> T {
        match self.failures.lock() {
            Ok(mut map) => f(&mut map),
            Err(poisoned) => f(&mut poisoned.into_inner()),
        }
    }

    /// `Err(wait)` while `key` is locked: how long until it may try again.
    ///
    /// # Errors
    /// The address is locked.
    pub fn check(&self, key: &str) -> Result<(), Duration> {
        let now = Instant::now();
        self.with(|map| match map.get(key).and_then(|f| f.locked_until) {
            Some(until) if until > now => Err(until - now),
            _ => Ok(()),
        })
    }

    /// Counts a failure; returns the wait it starts, if it locks the address.
    pub fn failed(&self, key: &str) -> Option<Duration> {
        let now = Instant::now();
        self.with(|map| {
            if map.len() >= CAPACITY && !map.contains_key(key) {
                map.retain(|_, f| f.locked_until.is_some_and(|until| until > now));
                if map.len() >= CAPACITY {
                    map.clear();
                }
            }
            let entry = map.entry(key.to_owned()).or_insert(Failures {
                count: 0,
                locked_until: None,
            });
            entry.count = entry.count.saturating_add(1);
            let wait = wait_after(entry.count);
            entry.locked_until = wait.map(|wait| now + wait);
            wait
        })
    }

    /// A success: the address starts afresh.
    pub fn succeeded(&self, key: &str) {
        self.with(|map| map.remove(key));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fifth_failure_locks_and_the_wait_doubles() {
        let guard = SignInGuard::default();
        for _ in 1..THRESHOLD {
            assert_eq!(guard.failed("a@x.y"), None);
            assert!(guard.check("a@x.y").is_ok());
        }
        assert_eq!(guard.failed("a@x.y"), Some(FIRST_WAIT));
        let wait = guard.check("a@x.y").expect_err("locked");
        assert!(wait <= FIRST_WAIT && wait > FIRST_WAIT - Duration::from_secs(1));
        assert_eq!(guard.failed("a@x.y"), Some(FIRST_WAIT * 2));
        assert!(
            guard.check("b@x.y").is_ok(),
            "other addresses are not locked"
        );
    }

    #[test]
    fn the_wait_is_bounded() {
        assert_eq!(wait_after(THRESHOLD + 30), Some(MAX_WAIT));
        assert_eq!(wait_after(THRESHOLD - 1), None);
    }

    #[test]
    fn a_success_resets_the_count() {
        let guard = SignInGuard::default();
        for _ in 1..THRESHOLD {
            guard.failed("a@x.y");
        }
        guard.succeeded("a@x.y");
        assert_eq!(guard.failed("a@x.y"), None);
    }
}
