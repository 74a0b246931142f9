//! In-memory wake-ups for long polls: a poll waiting on a queue is woken the moment a task is
//! committed to it, instead of polling the database in a loop. Polls of one queue also take
//! turns looking and claiming, so two of them never race for the same rows.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::sync::Notify;

/// One queue's long polls.
#[derive(Debug, Default)]
pub struct Queue {
    /// Woken after a commit that queued a task here.
    pub notify: Notify,
    /// Held by the poll that is looking at the queue and claiming what it found: a poll that
    /// came at the same moment would find the same rows, and its claims would all fail (their
    /// revisions moved) after costing a write each.
    pub turn: tokio::sync::Mutex<()>,
}

#[derive(Debug, Default)]
pub struct Wakeups {
    queues: Mutex<HashMap<String, Arc<Queue>>>,
}

impl Wakeups {
    /// The queue's state (created on first use; there is one per queue name ever polled).
    pub fn queue(&self, queue: &str) -> Arc<Queue> {
        let mut queues = self
            .queues
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(state) = queues.get(queue) {
            return Arc::clone(state);
        }
        let state = Arc::new(Queue::default());
        queues.insert(queue.to_owned(), Arc::clone(&state));
        state
    }

    /// Wake every poll waiting on `queue`.
    pub fn wake(&self, queue: &str) {
        let queues = self
            .queues
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(state) = queues.get(queue) {
            state.notify.notify_waiters();
        }
    }
}
