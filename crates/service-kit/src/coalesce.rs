//! Concurrent lookups sharing one call of a batch API (request coalescing).
//!
//! A service that asks another one about keys (the catalog asks inventory for books' stock)
//! pays a round trip per request, and the callee pays a request and a query. When many requests
//! ask at once, a [`Coalescer`] sends their keys together: at most `max_in_flight` calls run at
//! a time, and the lookups that arrive while they do are queued and leave together, as one call
//! of up to `max_batch` distinct keys, as soon as a call ends. Nothing waits for a timer: a
//! lookup that finds a free call slot is sent at once, alone, so at low load every lookup is one
//! call as before, and under load the batches grow with the queue. This is group commit applied
//! to reads.
//!
//! It is not a cache: a lookup only joins a call that has not been sent yet, so every answer
//! was read after the lookup asked, exactly as if it had been sent alone. Calls run in tasks of
//! their own, so a caller that gives up (a client that disconnects, a timeout) does not take the
//! call away from the others waiting on it.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use futures::future::BoxFuture;
use tokio::sync::oneshot;

/// Lookups each sent call carried (histogram, by `call`, the name given to [`Coalescer::new`]):
/// 1 when calls are not shared, growing with the queue under load.
pub const LOOKUPS_PER_CALL: &str = "coalesced_lookups_per_call";

/// The buckets of [`LOOKUPS_PER_CALL`].
pub const LOOKUPS_PER_CALL_BUCKETS: &[f64] = &[1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0];

/// Why a coalesced lookup has no answer.
#[derive(Debug, thiserror::Error)]
pub enum Coalesced<E> {
    /// The shared call failed; every lookup it carried gets the same error.
    #[error("the shared call failed")]
    Failed(#[source] Arc<E>),
    /// The call ended without an answer for this lookup: it panicked, or answered a different
    /// number of values than it was asked keys.
    #[error("the shared call ended without an answer")]
    Lost,
}

/// The batch call: the values of `keys` (distinct, at most `max_batch`), one per key, in order.
pub type BatchCall<K, V, E> =
    Box<dyn Fn(Vec<K>) -> BoxFuture<'static, Result<Vec<V>, E>> + Send + Sync>;

/// Sends concurrent lookups of keys together through one [`BatchCall`] (see the module docs).
pub struct Coalescer<K, V, E> {
    shared: Arc<Shared<K, V, E>>,
}

impl<K, V, E> Clone for Coalescer<K, V, E> {
    fn clone(&self) -> Self {
        Self {
            shared: Arc::clone(&self.shared),
        }
    }
}

struct Shared<K, V, E> {
    call: BatchCall<K, V, E>,
    /// The `call` label of [`LOOKUPS_PER_CALL`].
    name: &'static str,
    max_batch: usize,
    max_in_flight: usize,
    queue: Mutex<Queue<K, V, E>>,
}

struct Queue<K, V, E> {
    /// Calls waiting for a free slot, oldest first; only the last one still takes lookups.
    waiting: VecDeque<Batch<K, V, E>>,
    in_flight: usize,
}

struct Batch<K, V, E> {
    keys: Vec<K>,
    lookups: Vec<Lookup<V, E>>,
    /// The span of the lookup that opened the batch: the call shows in that lookup's trace.
    span: tracing::Span,
}

/// One caller's share of a batch: where its keys sit in the batch, and where its answer goes.
struct Lookup<V, E> {
    positions: Vec<usize>,
    reply: oneshot::Sender<Result<Vec<V>, Coalesced<E>>>,
}

type Reply<V, E> = oneshot::Receiver<Result<Vec<V>, Coalesced<E>>>;

impl<K, V, E> Coalescer<K, V, E>
where
    K: PartialEq + Clone + Send + 'static,
    V: Clone + Send + 'static,
    E: Send + Sync + 'static,
{
    /// At most `max_in_flight` calls at a time (at least one), each with at most `max_batch`
    /// distinct keys (at least one); `name` tells the calls apart in [`LOOKUPS_PER_CALL`].
    pub fn new(
        name: &'static str,
        max_batch: usize,
        max_in_flight: usize,
        call: BatchCall<K, V, E>,
    ) -> Self {
        Self {
            shared: Arc::new(Shared {
                call,
                name,
                max_batch: max_batch.max(1),
                max_in_flight: max_in_flight.max(1),
                queue: Mutex::new(Queue {
                    waiting: VecDeque::new(),
                    in_flight: 0,
                }),
            }),
        }
    }

    /// The values of `keys`, in order (a key may repeat). More keys than one call takes are
    /// asked in several.
    ///
    /// # Errors
    /// The error of the call that carried the keys, or [`Coalesced::Lost`].
    pub async fn load(&self, keys: &[K]) -> Result<Vec<V>, Coalesced<E>> {
        let mut values = Vec::with_capacity(keys.len());
        for chunk in keys.chunks(self.shared.max_batch) {
            let reply = self.enqueue(chunk);
            values.extend(reply.await.map_err(|_| Coalesced::Lost)??);
        }
        Ok(values)
    }

    /// Adds a lookup of `keys` (at most `max_batch`) to the newest waiting call, or to a new
    /// one, and sends whatever calls the free slots allow.
    fn enqueue(&self, keys: &[K]) -> Reply<V, E> {
        let (reply, answer) = oneshot::channel();
        let mut queue = self.shared.lock();
        // The newest waiting call if this lookup's keys still fit in it, else a new one.
        let mut batch = match queue.waiting.pop_back() {
            Some(newest)
                if newest.keys.len() + new_keys(&newest.keys, keys) <= self.shared.max_batch =>
            {
                newest
            }
            full => {
                queue.waiting.extend(full);
                Batch {
                    keys: Vec::new(),
                    lookups: Vec::new(),
                    span: tracing::Span::current(),
                }
            }
        };
        let positions = keys
            .iter()
            .map(|key| match batch.keys.iter().position(|k| k == key) {
                Some(at) => at,
                None => {
                    batch.keys.push(key.clone());
                    batch.keys.len() - 1
                }
            })
            .collect();
        batch.lookups.push(Lookup { positions, reply });
        queue.waiting.push_back(batch);
        Shared::send_ready(&self.shared, queue);
        answer
    }
}

/// How many of `keys` are not in `batch` yet.
fn new_keys<K: PartialEq>(batch: &[K], keys: &[K]) -> usize {
    keys.iter()
        .enumerate()
        .filter(|(i, key)| !batch.contains(key) && !keys[..*i].contains(key))
        .count()
}

impl<K, V, E> Shared<K, V, E>
where
    K: PartialEq + Clone + Send + 'static,
    V: Clone + Send + 'static,
    E: Send + Sync + 'static,
{
    fn lock(&self) -> MutexGuard<'_, Queue<K, V, E>> {
        // The queue is consistent between statements: a panic elsewhere leaves it usable.
        self.queue.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Sends the oldest waiting calls while slots are free, each in a task of its own. The
    /// queue's lock is given up before anything is spawned: a runtime that is shutting down drops
    /// a spawned call at once, and its slot, coming back, takes the lock.
    fn send_ready(shared: &Arc<Self>, mut queue: MutexGuard<'_, Queue<K, V, E>>) {
        // A slot given back while the runtime itself is being dropped has nowhere to run the
        // next call, and nobody left waiting for it.
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return;
        };
        let mut ready = Vec::new();
        while queue.in_flight < shared.max_in_flight {
            let Some(batch) = queue.waiting.pop_front() else {
                break;
            };
            queue.in_flight += 1;
            ready.push(batch);
        }
        drop(queue);
        for batch in ready {
            // Looked up per call, not kept: a coalescer made before the process's recorder was
            // installed would otherwise keep reporting nowhere.
            metrics::histogram!(LOOKUPS_PER_CALL, "call" => shared.name)
                .record(batch.lookups.len() as f64);
            let slot = Slot(Arc::clone(shared));
            let span = batch.span.clone();
            runtime.spawn(tracing::Instrument::instrument(slot.run(batch), span));
        }
    }
}

/// A call slot in use; given back (and the next waiting call sent) when dropped, also when the
/// call panics.
struct Slot<K, V, E>(Arc<Shared<K, V, E>>)
where
    K: PartialEq + Clone + Send + 'static,
    V: Clone + Send + 'static,
    E: Send + Sync + 'static;

impl<K, V, E> Slot<K, V, E>
where
    K: PartialEq + Clone + Send + 'static,
    V: Clone + Send + 'static,
    E: Send + Sync + 'static,
{
    async fn run(self, batch: Batch<K, V, E>) {
        let Batch { keys, lookups, .. } = batch;
        let asked = keys.len();
        let result = (self.0.call)(keys).await;
        // The slot is free before the answers go out: the next call leaves meanwhile.
        drop(self);
        match result {
            Ok(values) if values.len() == asked => {
                for lookup in lookups {
                    let mine = lookup
                        .positions
                        .iter()
                        .map(|&at| values[at].clone())
                        .collect();
                    // A caller that gave up no longer listens.
                    let _ = lookup.reply.send(Ok(mine));
                }
            }
            Ok(_) => {
                for lookup in lookups {
                    let _ = lookup.reply.send(Err(Coalesced::Lost));
                }
            }
            Err(err) => {
                let err = Arc::new(err);
                for lookup in lookups {
                    let _ = lookup.reply.send(Err(Coalesced::Failed(Arc::clone(&err))));
                }
            }
        }
    }
}

impl<K, V, E> Drop for Slot<K, V, E>
where
    K: PartialEq + Clone + Send + 'static,
    V: Clone + Send + 'static,
    E: Send + Sync + 'static,
{
    fn drop(&mut self) {
        let mut queue = self.0.lock();
        queue.in_flight -= 1;
        Shared::send_ready(&self.0, queue);
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use tokio::sync::Semaphore;

    use super::*;

    /// A batch call that doubles its keys, records each call's keys and waits for a permit per
    /// call, so a test decides when calls end.
    struct Recorder {
        calls: Mutex<Vec<Vec<u32>>>,
        gate: Semaphore,
        running: AtomicUsize,
        most_running: AtomicUsize,
    }

    fn recorded(
        max_batch: usize,
        max_in_flight: usize,
    ) -> (Arc<Recorder>, Coalescer<u32, u32, String>) {
        let recorder = Arc::new(Recorder {
            calls: Mutex::new(Vec::new()),
            gate: Semaphore::new(0),
            running: AtomicUsize::new(0),
            most_running: AtomicUsize::new(0),
        });
        let seen = Arc::clone(&recorder);
        let coalescer = Coalescer::new(
            "test",
            max_batch,
            max_in_flight,
            Box::new(move |keys: Vec<u32>| {
                let seen = Arc::clone(&seen);
                Box::pin(async move {
                    let now = seen.running.fetch_add(1, Ordering::SeqCst) + 1;
                    seen.most_running.fetch_max(now, Ordering::SeqCst);
                    seen.calls.lock().expect("calls").push(keys.clone());
                    let permit = seen.gate.acquire().await.expect("gate open");
                    permit.forget();
                    seen.running.fetch_sub(1, Ordering::SeqCst);
                    if keys.contains(&13) {
                        return Err("unlucky".to_owned());
                    }
                    Ok(keys.iter().map(|k| k * 2).collect())
                })
            }),
        );
        (recorder, coalescer)
    }

    type Loading = tokio::task::JoinHandle<Result<Vec<u32>, Coalesced<String>>>;

    /// A lookup of `keys` in a task of its own.
    fn spawn_load(coalescer: &Coalescer<u32, u32, String>, keys: Vec<u32>) -> Loading {
        let coalescer = coalescer.clone();
        tokio::spawn(async move { coalescer.load(&keys).await })
    }

    fn calls(recorder: &Recorder) -> Vec<Vec<u32>> {
        recorder.calls.lock().expect("calls").clone()
    }

    /// Lets spawned tasks run until `done` holds.
    async fn until(done: impl Fn() -> bool) {
        while !done() {
            tokio::task::yield_now().await;
        }
    }

    /// Let every spawned lookup run as far as it can (each one queues without waiting).
    async fn settle() {
        for _ in 0..10 {
            tokio::task::yield_now().await;
        }
    }

    #[tokio::test]
    async fn a_lone_lookup_is_sent_at_once() {
        let (recorder, coalescer) = recorded(10, 1);
        recorder.gate.add_permits(1);
        let values = coalescer.load(&[3, 4, 3]).await.expect("answered");
        assert_eq!(values, [6, 8, 6]);
        assert_eq!(calls(&recorder), [vec![3, 4]], "one call, each key once");
    }

    /// Lookups that arrive while the only slot is busy leave together when it frees, and each
    /// gets its own keys' values in its own order.
    #[tokio::test]
    async fn lookups_queued_behind_a_running_call_share_the_next_one() {
        let (recorder, coalescer) = recorded(10, 1);
        let first = spawn_load(&coalescer, vec![1]);
        until(|| calls(&recorder).len() == 1).await;
        let queued: Vec<_> = [vec![2, 3], vec![3], vec![4, 2]]
            .into_iter()
            .map(|keys| spawn_load(&coalescer, keys))
            .collect();
        // All three are queued (nothing more was sent) before the running call ends.
        settle().await;
        assert_eq!(calls(&recorder).len(), 1);
        recorder.gate.add_permits(2);
        assert_eq!(first.await.expect("ran").expect("answered"), [2]);
        let answers: Vec<_> = futures::future::join_all(queued)
            .await
            .into_iter()
            .map(|r| r.expect("ran").expect("answered"))
            .collect();
        assert_eq!(answers, [vec![4, 6], vec![6], vec![8, 4]]);
        assert_eq!(calls(&recorder), [vec![1], vec![2, 3, 4]]);
    }

    #[tokio::test]
    async fn no_more_calls_run_than_the_slots_and_none_holds_more_than_a_batch() {
        let (recorder, coalescer) = recorded(3, 2);
        let lookups: Vec<_> = (0..10u32)
            .map(|k| spawn_load(&coalescer, vec![k]))
            .collect();
        until(|| calls(&recorder).len() == 2).await;
        recorder.gate.add_permits(100);
        for (k, lookup) in (0..10u32).zip(lookups) {
            assert_eq!(lookup.await.expect("ran").expect("answered"), [k * 2]);
        }
        assert!(recorder.most_running.load(Ordering::SeqCst) <= 2);
        let calls = calls(&recorder);
        assert!(calls.iter().all(|keys| keys.len() <= 3), "{calls:?}");
        let mut all: Vec<u32> = calls.concat();
        all.sort_unstable();
        assert_eq!(
            all,
            (0..10).collect::<Vec<_>>(),
            "every key asked exactly once"
        );
    }

    #[tokio::test]
    async fn more_keys_than_a_batch_are_asked_in_several_calls() {
        let (recorder, coalescer) = recorded(2, 1);
        recorder.gate.add_permits(3);
        let values = coalescer.load(&[1, 2, 3, 4, 5]).await.expect("answered");
        assert_eq!(values, [2, 4, 6, 8, 10]);
        assert_eq!(calls(&recorder), [vec![1, 2], vec![3, 4], vec![5]]);
    }

    /// A failed call fails every lookup it carried, and only those.
    #[tokio::test]
    async fn a_failed_call_fails_the_lookups_it_carried() {
        let (recorder, coalescer) = recorded(10, 1);
        let first = spawn_load(&coalescer, vec![1]);
        until(|| calls(&recorder).len() == 1).await;
        let doomed: Vec<_> = [vec![13], vec![2]]
            .into_iter()
            .map(|keys| spawn_load(&coalescer, keys))
            .collect();
        settle().await;
        recorder.gate.add_permits(2);
        assert!(first.await.expect("ran").is_ok());
        for lookup in doomed {
            match lookup.await.expect("ran") {
                Err(Coalesced::Failed(err)) => assert_eq!(*err, "unlucky"),
                other => panic!("expected the shared failure, got {other:?}"),
            }
        }
        recorder.gate.add_permits(1);
        assert_eq!(coalescer.load(&[5]).await.expect("answered"), [10]);
    }

    /// A caller that gives up does not take the call from the others sharing it.
    #[tokio::test]
    async fn a_caller_that_gives_up_leaves_the_call_to_the_others() {
        let (recorder, coalescer) = recorded(10, 1);
        let running = spawn_load(&coalescer, vec![9]);
        until(|| calls(&recorder).len() == 1).await;
        // Both queue into the same next call; one of them then gives up.
        let [quitter, sharer] = [1, 2].map(|k| spawn_load(&coalescer, vec![k]));
        settle().await;
        quitter.abort();
        recorder.gate.add_permits(2);
        assert_eq!(running.await.expect("ran").expect("answered"), [18]);
        assert_eq!(sharer.await.expect("ran").expect("answered"), [4]);
        assert_eq!(calls(&recorder), [vec![9], vec![1, 2]]);
    }

    /// A process shutting down drops its runtime with calls out and lookups queued: the slots
    /// coming back then must not panic trying to send the queued call.
    #[test]
    fn dropping_the_runtime_with_lookups_queued_is_quiet() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        let (recorder, coalescer) = recorded(10, 1);
        runtime.block_on(async {
            let _running = spawn_load(&coalescer, vec![1]);
            until(|| calls(&recorder).len() == 1).await;
            let _queued = spawn_load(&coalescer, vec![2]);
            settle().await;
        });
        drop(runtime);
        assert_eq!(
            calls(&recorder),
            [vec![1]],
            "the queued call was never sent"
        );
    }

    #[tokio::test]
    async fn a_call_answering_the_wrong_number_of_values_is_lost_not_misread() {
        let coalescer: Coalescer<u32, u32, String> = Coalescer::new(
            "test",
            10,
            1,
            Box::new(|_keys| Box::pin(async { Ok(vec![1]) })),
        );
        assert!(matches!(
            coalescer.load(&[1, 2]).await,
            Err(Coalesced::Lost)
        ));
        // The slot came back.
        assert!(matches!(
            coalescer.load(&[1, 2]).await,
            Err(Coalesced::Lost)
        ));
    }
}
