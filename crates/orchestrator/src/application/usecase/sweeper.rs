//! The timer loop: fires due timeouts (response, poll, task and workflow timeouts) and wakes the
//! long polls of queues whose delayed tasks (retry delays, callbacks) became available.
//!
//! Every due time lives in the database, so a restarted orchestrator picks up where the last one
//! stopped: the first sweep after a start handles everything that fell due while it was down.

use std::time::Duration;

use super::Orchestrator;
use crate::application::error::ServiceError;
use crate::application::now_millis;

/// How many due workflows one sweep handles before looking again.
const BATCH: usize = 200;

impl Orchestrator {
    /// One sweep; returns how many workflows had a due timer. `visible_after` is the previous
    /// sweep's time (tasks that became available since then wake their queues).
    ///
    /// # Errors
    /// The store fails.
    pub async fn sweep(&self, visible_after: i64, now: i64) -> Result<usize, ServiceError> {
        for queue in self.store().becoming_visible(visible_after, now).await? {
            self.inner.wakeups.wake(&queue);
        }
        let due = self.store().due(now, BATCH).await?;
        for workflow_id in &due {
            self.check_timeouts(workflow_id).await?;
        }
        Ok(due.len())
    }

    /// Sweep every `period` until `stop` resolves.
    pub async fn run_sweeper(&self, period: Duration, stop: impl Future<Output = ()>) {
        tokio::pin!(stop);
        let mut last = 0;
        let mut ticker = tokio::time::interval(period);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                () = &mut stop => return,
                _ = ticker.tick() => {}
            }
            let now = now_millis();
            match self.sweep(last, now).await {
                Ok(_) => last = now,
                Err(err) => tracing::warn!(
                    error = %service_kit::telemetry::error_chain(&err),
                    "a timer sweep failed; trying again"
                ),
            }
        }
    }
}
