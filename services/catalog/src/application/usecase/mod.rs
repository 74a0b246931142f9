//! The catalog's use cases. [`Catalog`] holds the operations both inbound ports share (the
//! generated REST port is implemented in `rest`, the generated gRPC port in `grpc`); it speaks
//! domain types and the application kit's [`AppError`].

mod authors;
mod books;
mod categories;
mod error;
mod grpc;
mod listing;
mod publishers;
mod read_cache;
pub mod rest;
mod stock_cache;

use std::time::Duration;

use chrono::{DateTime, SubsecRound, Utc};

pub use app_kit::AppError;
pub use listing::{MAX_FILTER_CHARS, filter_text, list_query};
pub use read_cache::ReadCache;
pub use stock_cache::CachedStock;

use service_kit::db::{RetryPolicy, retry_contended};

use crate::application::port::repo::{BookView, CatalogStore, CatalogTx};
use crate::application::port::stock::StockLookup;

/// The catalog's operations over a store and the inventory's stock.
#[derive(Debug)]
pub struct Catalog<S, K> {
    store: S,
    stock: K,
    /// Books as the storefront reads them (REST book reads only: service-to-service reads, such
    /// as order pricing, always go to the store). Every write through this catalog clears it.
    storefront_books: ReadCache<BookView>,
    /// How often a write transaction that lost a race for locks is run again.
    retry: RetryPolicy,
}

impl<S: CatalogStore, K: StockLookup> Catalog<S, K> {
    /// A catalog that reads every book from `store` (no caching).
    pub fn new(store: S, stock: K) -> Self {
        Self {
            store,
            stock,
            storefront_books: ReadCache::new("book", Duration::ZERO, 0),
            retry: RetryPolicy::TRANSACTION,
        }
    }

    /// Run contended write transactions again as `retry` says instead of
    /// [`RetryPolicy::TRANSACTION`].
    #[must_use]
    pub fn with_retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Serve storefront book reads from memory for up to `ttl` (zero: never), holding at most
    /// `capacity` books. See [`ReadCache`] for why that is safe.
    #[must_use]
    pub fn with_book_cache(mut self, ttl: Duration, capacity: u64) -> Self {
        self.storefront_books = ReadCache::new("book", ttl, capacity);
        self
    }

    /// Every write that can change how a book reads (the book, its authors' or publisher's
    /// names) calls this once it has run, whatever its outcome. Deleting an author or publisher
    /// needs none: only those no book refers to can be deleted.
    fn books_changed(&self) {
        self.storefront_books.invalidate_all();
    }
}

/// Run `attempt`, one whole write transaction (begun with [`begin_write`], ended with
/// [`commit`]), again while it loses races for locks, as `policy` allows; a write still
/// contended after that is [`AppError::Busy`].
async fn retried<T, F, Fut>(policy: RetryPolicy, attempt: F) -> Result<T, AppError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, AppError>>,
{
    retry_contended(policy, |err| matches!(err, AppError::Busy(_)), attempt).await
}

async fn begin_write<S: CatalogStore>(store: &S) -> Result<S::Tx, AppError> {
    store.write().await.map_err(error::storage("storage", "-"))
}

async fn commit<T: CatalogTx>(tx: T) -> Result<(), AppError> {
    tx.commit().await.map_err(error::storage("storage", "-"))
}

/// The time a change is stamped with. Microseconds are what MySQL's DATETIME(6) keeps, so a
/// value reads back exactly as it was written on either database.
fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}
