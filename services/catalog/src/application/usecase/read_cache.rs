//! A short-lived, size-bounded cache of what the storefront reads most: one entry per id, each
//! kept at most a configured time.
//!
//! Why it is safe to serve from: this process invalidates every entry after each of its own
//! writes, so a client that changed something through this instance reads its change at once;
//! another instance's change shows here within the time-to-live. A read that raced a write
//! never leaves its (older) result behind: each write bumps a generation, and a load that saw
//! the generation move while it ran drops what it cached.

use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use moka::future::Cache;

/// How a read was answered, for the hit-ratio metric.
const CACHE_READS: &str = "catalog_read_cache_total";

/// The hit and miss counters of one cache, looked up once: a read only bumps an atomic.
#[derive(Debug, Clone)]
pub(super) struct CacheCounters {
    pub(super) hits: metrics::Counter,
    pub(super) misses: metrics::Counter,
}

impl CacheCounters {
    pub(super) fn new(cache: &'static str) -> Self {
        Self {
            hits: metrics::counter!(CACHE_READS, "cache" => cache, "result" => "hit"),
            misses: metrics::counter!(CACHE_READS, "cache" => cache, "result" => "miss"),
        }
    }
}

pub struct ReadCache<V> {
    /// The metric label naming this cache.
    name: &'static str,
    counters: CacheCounters,
    /// `None` when caching is off (a time-to-live of zero).
    entries: Option<Cache<i64, V>>,
    generation: AtomicU64,
}

impl<V> std::fmt::Debug for ReadCache<V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReadCache")
            .field("name", &self.name)
            .field("enabled", &self.entries.is_some())
            .finish_non_exhaustive()
    }
}

impl<V: Clone + Send + Sync + 'static> ReadCache<V> {
    /// Entries live `ttl` (zero turns the cache off) and at most `capacity` are kept, the least
    /// recently used going first.
    pub fn new(name: &'static str, ttl: Duration, capacity: u64) -> Self {
        let entries = (!ttl.is_zero() && capacity > 0).then(|| {
            Cache::builder()
                .max_capacity(capacity)
                .time_to_live(ttl)
                .build()
        });
        Self {
            name,
            counters: CacheCounters::new(name),
            entries,
            generation: AtomicU64::new(0),
        }
    }

    /// The entry for `id`, or what `load` finds (cached unless a write ran meanwhile). Errors
    /// are never cached.
    ///
    /// # Errors
    /// Whatever `load` returns.
    pub async fn get_or_load<E, F, Fut>(&self, id: i64, load: F) -> Result<V, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<V, E>>,
    {
        let Some(entries) = &self.entries else {
            return load().await;
        };
        if let Some(hit) = entries.get(&id).await {
            self.counters.hits.increment(1);
            return Ok(hit);
        }
        self.counters.misses.increment(1);
        let seen = self.generation.load(Ordering::Acquire);
        let value = load().await?;
        if self.generation.load(Ordering::Acquire) == seen {
            entries.insert(id, value.clone()).await;
            // A write that finished between the check and the insert has already cleared the
            // cache, so what was just inserted may predate it: take it out again.
            if self.generation.load(Ordering::Acquire) != seen {
                entries.invalidate(&id).await;
            }
        }
        Ok(value)
    }

    /// Forget every entry; call after any write that may change what is cached.
    pub fn invalidate_all(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
        if let Some(entries) = &self.entries {
            entries.invalidate_all();
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicUsize;

    use super::*;

    fn counting_loader(
        loads: &AtomicUsize,
        value: &'static str,
    ) -> impl Future<Output = Result<&'static str, ()>> {
        loads.fetch_add(1, Ordering::SeqCst);
        async move { Ok(value) }
    }

    #[tokio::test]
    async fn a_second_read_is_served_without_loading() {
        let cache = ReadCache::new("test", Duration::from_secs(60), 10);
        let loads = AtomicUsize::new(0);
        for _ in 0..3 {
            let got = cache.get_or_load(1, || counting_loader(&loads, "a")).await;
            assert_eq!(got, Ok("a"));
        }
        assert_eq!(loads.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn a_write_makes_the_next_read_load_again() {
        let cache = ReadCache::new("test", Duration::from_secs(60), 10);
        let loads = AtomicUsize::new(0);
        let _ = cache
            .get_or_load(1, || counting_loader(&loads, "old"))
            .await;
        cache.invalidate_all();
        let got = cache
            .get_or_load(1, || counting_loader(&loads, "new"))
            .await;
        assert_eq!(got, Ok("new"));
        assert_eq!(loads.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn a_load_that_raced_a_write_is_not_kept() {
        let cache = ReadCache::new("test", Duration::from_secs(60), 10);
        // The write lands while the read is loading what it saw before the write.
        let got = cache
            .get_or_load(1, || {
                cache.invalidate_all();
                async { Ok::<_, ()>("before the write") }
            })
            .await;
        assert_eq!(
            got,
            Ok("before the write"),
            "the racing reader gets its own result"
        );
        let loads = AtomicUsize::new(0);
        let next = cache
            .get_or_load(1, || counting_loader(&loads, "after"))
            .await;
        assert_eq!(
            next,
            Ok("after"),
            "the next reader does not see the stale value"
        );
        assert_eq!(loads.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn errors_are_not_cached() {
        let cache = ReadCache::new("test", Duration::from_secs(60), 10);
        let failed = cache
            .get_or_load(1, || async { Err::<&str, _>("down") })
            .await;
        assert_eq!(failed, Err("down"));
        let loads = AtomicUsize::new(0);
        let got = cache.get_or_load(1, || counting_loader(&loads, "up")).await;
        assert_eq!(got, Ok("up"));
        assert_eq!(loads.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn a_zero_time_to_live_turns_caching_off() {
        let cache = ReadCache::new("test", Duration::ZERO, 10);
        let loads = AtomicUsize::new(0);
        for _ in 0..3 {
            let _ = cache.get_or_load(1, || counting_loader(&loads, "a")).await;
        }
        assert_eq!(loads.load(Ordering::SeqCst), 3);
    }

    #[tokio::test]
    async fn entries_expire_after_their_time_to_live() {
        let cache = ReadCache::new("test", Duration::from_millis(50), 10);
        let loads = AtomicUsize::new(0);
        let _ = cache.get_or_load(1, || counting_loader(&loads, "a")).await;
        std::thread::sleep(Duration::from_millis(120));
        let _ = cache.get_or_load(1, || counting_loader(&loads, "b")).await;
        assert_eq!(loads.load(Ordering::SeqCst), 2);
    }
}
