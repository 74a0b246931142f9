//! A read model of inventory's stock: each book's level as inventory last reported it, kept a
//! short time so that a busy storefront asks inventory once per book per time-to-live instead of
//! on every read.
//!
//! The stock a book page shows is advice to a shopper, not a promise: orders reserve stock in
//! inventory itself, which is the only authority. A level up to the time-to-live old is the
//! trade for book reads that cost no remote call when the book is hot.

use std::time::Duration;

use moka::future::Cache;

use super::read_cache::CacheCounters;
use crate::application::port::stock::{StockError, StockLevel, StockLookup};
use crate::domain::aggregate::BookId;

/// [`StockLookup`] in front of another one (inventory's client): fresh levels are served from
/// memory; the books not held are asked of `inner` in one call. Failures are not remembered, so
/// the next read asks again.
pub struct CachedStock<K> {
    inner: K,
    /// `None` when caching is off (a time-to-live of zero).
    levels: Option<Cache<BookId, StockLevel>>,
    counters: CacheCounters,
}

impl<K: StockLookup> CachedStock<K> {
    /// Levels live `ttl` (zero turns the cache off, every read asks `inner`); at most `capacity`
    /// books are held.
    pub fn new(inner: K, ttl: Duration, capacity: u64) -> Self {
        let levels = (!ttl.is_zero() && capacity > 0).then(|| {
            Cache::builder()
                .max_capacity(capacity)
                .time_to_live(ttl)
                .build()
        });
        Self {
            inner,
            levels,
            counters: CacheCounters::new("stock"),
        }
    }
}

impl<K: StockLookup> StockLookup for CachedStock<K> {
    async fn stock_of(&self, books: &[BookId]) -> Result<Vec<StockLevel>, StockError> {
        let Some(levels) = &self.levels else {
            return self.inner.stock_of(books).await;
        };
        let mut found = Vec::with_capacity(books.len());
        let mut missing = Vec::new();
        for book in books {
            let level = levels.get(book).await;
            if level.is_none() && !missing.contains(book) {
                missing.push(*book);
            }
            found.push(level);
        }
        let hits = books.len() - missing.len();
        self.counters.hits.increment(hits as u64);
        if missing.is_empty() {
            return Ok(found.into_iter().flatten().collect());
        }
        self.counters.misses.increment(missing.len() as u64);
        let fetched = self.inner.stock_of(&missing).await?;
        for (book, level) in missing.iter().zip(&fetched) {
            levels.insert(*book, *level).await;
        }
        Ok(books
            .iter()
            .zip(found)
            .map(|(book, cached)| {
                cached.unwrap_or_else(|| {
                    missing
                        .iter()
                        .position(|m| m == book)
                        .and_then(|i| fetched.get(i).copied())
                        .unwrap_or(StockLevel::NONE)
                })
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;

    /// Inventory as a list of answers: each call records the books it was asked about and
    /// answers `quantity` = book id × `scale`, or fails when `down`.
    #[derive(Default)]
    struct Recording {
        calls: Mutex<Vec<Vec<i64>>>,
        scale: Mutex<i64>,
        down: Mutex<bool>,
    }

    impl StockLookup for &'static Recording {
        async fn stock_of(&self, books: &[BookId]) -> Result<Vec<StockLevel>, StockError> {
            self.calls
                .lock()
                .unwrap()
                .push(books.iter().map(|b| b.get()).collect());
            if *self.down.lock().unwrap() {
                return Err(StockError::Timeout);
            }
            let scale = *self.scale.lock().unwrap();
            Ok(books
                .iter()
                .map(|b| StockLevel {
                    quantity: b.get() * scale,
                    reserved_quantity: 0,
                    available_quantity: b.get() * scale,
                })
                .collect())
        }
    }

    fn inventory() -> &'static Recording {
        let recording: &'static Recording = Box::leak(Box::default());
        *recording.scale.lock().unwrap() = 10;
        recording
    }

    fn ids(ids: &[i64]) -> Vec<BookId> {
        ids.iter().map(|id| BookId::new(*id).unwrap()).collect()
    }

    fn quantities(levels: &[StockLevel]) -> Vec<i64> {
        levels.iter().map(|l| l.quantity).collect()
    }

    #[tokio::test]
    async fn only_books_not_held_are_asked_for_and_answers_keep_the_request_order() {
        let inventory = inventory();
        let cache = CachedStock::new(inventory, Duration::from_secs(60), 100);
        let first = cache.stock_of(&ids(&[2, 1])).await.unwrap();
        assert_eq!(quantities(&first), [20, 10]);
        let second = cache.stock_of(&ids(&[3, 1, 2, 3])).await.unwrap();
        assert_eq!(quantities(&second), [30, 10, 20, 30]);
        assert_eq!(
            *inventory.calls.lock().unwrap(),
            [vec![2, 1], vec![3]],
            "book 3 asked once, books 1 and 2 not again"
        );
    }

    #[tokio::test]
    async fn a_failure_is_passed_on_and_not_remembered() {
        let inventory = inventory();
        let cache = CachedStock::new(inventory, Duration::from_secs(60), 100);
        *inventory.down.lock().unwrap() = true;
        assert!(matches!(
            cache.stock_of(&ids(&[1])).await,
            Err(StockError::Timeout)
        ));
        *inventory.down.lock().unwrap() = false;
        assert_eq!(quantities(&cache.stock_of(&ids(&[1])).await.unwrap()), [10]);
        assert_eq!(inventory.calls.lock().unwrap().len(), 2);
    }

    #[tokio::test]
    async fn levels_are_asked_again_once_they_expire() {
        let inventory = inventory();
        let cache = CachedStock::new(inventory, Duration::from_millis(50), 100);
        assert_eq!(quantities(&cache.stock_of(&ids(&[1])).await.unwrap()), [10]);
        *inventory.scale.lock().unwrap() = 7;
        assert_eq!(
            quantities(&cache.stock_of(&ids(&[1])).await.unwrap()),
            [10],
            "still fresh"
        );
        std::thread::sleep(Duration::from_millis(120));
        assert_eq!(quantities(&cache.stock_of(&ids(&[1])).await.unwrap()), [7]);
    }

    #[tokio::test]
    async fn a_zero_time_to_live_asks_inventory_every_time() {
        let inventory = inventory();
        let cache = CachedStock::new(inventory, Duration::ZERO, 100);
        for _ in 0..3 {
            cache.stock_of(&ids(&[1])).await.unwrap();
        }
        assert_eq!(inventory.calls.lock().unwrap().len(), 3);
    }
}
