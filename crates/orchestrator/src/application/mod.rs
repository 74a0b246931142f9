//! Use cases (metadata, workflows, tasks, the timer sweeper) and the ports they need.

pub mod error;
pub mod port;
pub mod usecase;
pub mod wakeup;

use crate::domain::execution::Millis;

/// Milliseconds since the Unix epoch.
pub fn now_millis() -> Millis {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| {
            Millis::try_from(d.as_millis()).unwrap_or(Millis::MAX)
        })
}
