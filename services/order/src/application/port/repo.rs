//! Outbound port to storage: orders and their lines, reached through a transaction (the unit of
//! work), in domain types.

use std::future::Future;

use app_kit::{Page, Paged, SortOrder};
use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::domain::{NewOrder, Order, OrderId, OrderStatus};

/// A repository operation failed.
#[derive(Debug, thiserror::Error)]
pub enum RepoError {
    /// A unique key refused the write (the user's idempotency key is taken).
    #[error("the write duplicates stored data: {0}")]
    Duplicate(String),
    /// The row changed since it was read (optimistic version check) or vanished meanwhile.
    #[error("the row was changed or removed concurrently")]
    Stale,
    /// The transaction lost a race for locks; running it again is safe.
    #[error("the transaction lost a race for locks")]
    Contention(#[source] Box<dyn std::error::Error + Send + Sync>),
    /// Anything else: the database is down, a column held garbage.
    #[error("the storage operation failed")]
    Unexpected(#[source] anyhow::Error),
}

/// What a list sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderSort {
    Id,
    CreatedAt,
    TotalPrice,
}

/// Filters and a page of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderQuery {
    pub user_id: Option<Uuid>,
    pub status: Option<OrderStatus>,
    pub page: Page,
    pub sort: OrderSort,
    pub order: SortOrder,
}

/// Opens transactions. Dropping a transaction without committing rolls it back.
pub trait OrderStore: Send + Sync + 'static {
    type Tx: OrderTx;

    /// A transaction that only reads.
    fn read(&self) -> impl Future<Output = Result<Self::Tx, RepoError>> + Send;

    /// A transaction that will write; an order it reads stays locked until it ends.
    fn write(&self) -> impl Future<Output = Result<Self::Tx, RepoError>> + Send;

    /// A write that saves one order once with [`OrderTx::update_order`] (whose version check
    /// refuses a change made meanwhile), after reading it or not, and nothing else: the adapter
    /// may spare the transaction's own round trips where its database keeps other writers out
    /// anyway (SQLite's write turn).
    fn write_one_change(&self) -> impl Future<Output = Result<Self::Tx, RepoError>> + Send;
}

/// One open transaction.
pub trait OrderTx: Send {
    /// Store a new order `pending` with its lines; answers it as a read would.
    ///
    /// # Errors
    /// [`RepoError::Duplicate`] when the user already used the idempotency key.
    fn insert_order(
        &mut self,
        new: &NewOrder,
    ) -> impl Future<Output = Result<Order, RepoError>> + Send;

    /// The order with its lines (locked in a write transaction).
    fn find_order(
        &mut self,
        id: OrderId,
    ) -> impl Future<Output = Result<Option<Order>, RepoError>> + Send;

    /// The order `user` placed with idempotency key `key`.
    fn find_by_idempotency_key(
        &mut self,
        user: Uuid,
        key: &str,
    ) -> impl Future<Output = Result<Option<Order>, RepoError>> + Send;

    /// Save the order's status, steps, failure reason and workflow id if its stored version is
    /// still `order.version`; answers the order as stored (next version, new `updated_at`).
    ///
    /// # Errors
    /// [`RepoError::Stale`] when the version moved on.
    fn update_order(
        &mut self,
        order: &Order,
    ) -> impl Future<Output = Result<Order, RepoError>> + Send;

    /// One page of orders matching the query, with their lines.
    fn list_orders(
        &mut self,
        query: &OrderQuery,
    ) -> impl Future<Output = Result<Paged<Order>, RepoError>> + Send;

    /// Pending orders created before `before` whose saga was never started, oldest first.
    fn pending_without_workflow(
        &mut self,
        before: DateTime<Utc>,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<Order>, RepoError>> + Send;

    fn commit(self) -> impl Future<Output = Result<(), RepoError>> + Send;

    /// End the transaction without keeping anything, at once: a dropped transaction is only
    /// rolled back when its connection is next used, and until then (on SQLite) it may hold the
    /// database's write lock. Failing to roll back is logged, not answered: nothing was kept.
    fn rollback(self) -> impl Future<Output = ()> + Send;
}
