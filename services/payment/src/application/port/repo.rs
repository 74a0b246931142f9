//! The storage port: the payment repository in domain types, reached through a transaction (the
//! unit of work the use cases open and commit).

use std::future::Future;

use app_kit::ValueError;
pub use app_kit::{Page, Paged, SortOrder};

use crate::domain::{NewPayment, OrderId, Payment, PaymentId, PaymentStatus, UserId};

/// A repository operation failed.
#[derive(Debug, thiserror::Error)]
pub enum RepoError {
    /// A unique key refused the write (a second payment for the same order).
    #[error("the write duplicates stored data: {0}")]
    Duplicate(String),
    /// A check constraint refused the write.
    #[error("the write conflicts with stored data: {0}")]
    Conflict(String),
    /// The row changed since it was read (optimistic version check) or vanished meanwhile.
    #[error("the row was changed or removed concurrently")]
    Stale,
    /// The database is busy (a lost lock race, a full pool); running the whole transaction
    /// again is safe.
    #[error("the transaction lost a race for locks")]
    Contention(#[source] Box<dyn std::error::Error + Send + Sync>),
    /// Anything else: the database is down, a column held garbage, a query is wrong.
    #[error("the storage operation failed")]
    Unexpected(#[source] anyhow::Error),
}

/// The fields payments sort by; each one's name is the API's and the column's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PaymentSort {
    #[default]
    CreatedAt,
    Id,
    Amount,
}

impl PaymentSort {
    const ALL: [Self; 3] = [Self::CreatedAt, Self::Id, Self::Amount];

    pub fn name(self) -> &'static str {
        match self {
            Self::CreatedAt => "created_at",
            Self::Id => "id",
            Self::Amount => "amount",
        }
    }

    /// # Errors
    /// [`ValueError::Rule`] for a name that is not a sort field.
    pub fn parse(name: &str) -> Result<Self, ValueError> {
        Self::ALL
            .into_iter()
            .find(|s| s.name() == name)
            .ok_or(ValueError::Rule("is not a known sort field"))
    }
}

/// Which payments to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PaymentFilter {
    pub order_id: Option<OrderId>,
    pub user_id: Option<UserId>,
    pub status: Option<PaymentStatus>,
}

/// A filtered, sorted page of payments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PaymentQuery {
    pub filter: PaymentFilter,
    pub page: Page,
    pub sort: PaymentSort,
    pub order: SortOrder,
}

/// Payments, reached through an open transaction.
pub trait PaymentRepository {
    /// # Errors
    /// [`RepoError::Unexpected`] on storage failure.
    fn find_payment(
        &mut self,
        id: PaymentId,
    ) -> impl Future<Output = Result<Option<Payment>, RepoError>> + Send;

    /// The order's payment; in a write transaction with `lock`, its row stays locked until the
    /// transaction ends.
    ///
    /// # Errors
    /// [`RepoError::Unexpected`] on storage failure.
    fn find_payment_by_order(
        &mut self,
        order: OrderId,
        lock: bool,
    ) -> impl Future<Output = Result<Option<Payment>, RepoError>> + Send;

    /// # Errors
    /// [`RepoError::Duplicate`] when the order already has a payment.
    fn insert_payment(
        &mut self,
        new: &NewPayment,
    ) -> impl Future<Output = Result<Payment, RepoError>> + Send;

    /// Store a refunded payment (status and `refunded_at`), if its version is still the stored one.
    ///
    /// # Errors
    /// [`RepoError::Stale`] when the row changed since it was read.
    fn save_refund(
        &mut self,
        payment: &Payment,
    ) -> impl Future<Output = Result<Payment, RepoError>> + Send;

    /// # Errors
    /// [`RepoError::Unexpected`] on storage failure.
    fn list_payments(
        &mut self,
        query: &PaymentQuery,
    ) -> impl Future<Output = Result<Paged<Payment>, RepoError>> + Send;
}

/// Opens transactions. Dropping a [`Transaction`] without committing rolls it back.
pub trait UnitOfWork: Send + Sync + 'static {
    type Tx: Transaction;

    /// A transaction that only reads.
    ///
    /// # Errors
    /// [`RepoError::Unexpected`] when no connection can be had.
    fn read(&self) -> impl Future<Output = Result<Self::Tx, RepoError>> + Send;

    /// A transaction that will write.
    ///
    /// # Errors
    /// [`RepoError::Contention`] when the database is busy, [`RepoError::Unexpected`] otherwise.
    fn write(&self) -> impl Future<Output = Result<Self::Tx, RepoError>> + Send;
}

/// One open transaction, through which the repository is reached.
pub trait Transaction: PaymentRepository + Send {
    /// # Errors
    /// [`RepoError::Contention`] when the commit lost a race, [`RepoError::Unexpected`] otherwise.
    fn commit(self) -> impl Future<Output = Result<(), RepoError>> + Send;
}
