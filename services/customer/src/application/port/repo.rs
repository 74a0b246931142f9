//! The storage port: wishlists, point balances and their transactions, and the record of
//! deleted customers, reached through a transaction (the unit of work the use cases open and
//! commit).

use std::future::Future;

pub use app_kit::{Page, Paged, SortOrder};

use crate::domain::{
    Balance, BookId, CustomerId, IdempotencyKey, NewPointTransaction, PointTransaction,
    PointTransactionId, WishlistEntry,
};

/// A repository operation failed.
#[derive(Debug, thiserror::Error)]
pub enum RepoError {
    /// A unique key refused the write (a racing insert of the same row).
    #[error("the write duplicates stored data: {0}")]
    Duplicate(String),
    /// The database is busy (a lost lock race, a full pool); running the whole transaction
    /// again is safe.
    #[error("the transaction lost a race for locks")]
    Contention(#[source] Box<dyn std::error::Error + Send + Sync>),
    /// Anything else: the database is down, a column held garbage, a query is wrong.
    #[error("the storage operation failed")]
    Unexpected(#[source] anyhow::Error),
}

/// The fields a wishlist sorts by; each name is the API's and the column's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum WishlistSort {
    #[default]
    CreatedAt,
    BookId,
}

/// The fields point transactions sort by; each name is the API's and the column's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TransactionSort {
    #[default]
    CreatedAt,
    Id,
    Delta,
}

/// A sorted page of something of one customer's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Listing<S> {
    pub page: Page,
    pub sort: S,
    pub order: SortOrder,
}

/// What adding one book did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Added {
    /// The book is new on the wishlist.
    New(WishlistEntry),
    /// The book was on it already; nothing changed.
    AlreadyThere(WishlistEntry),
    /// The wishlist holds [`crate::domain::WISHLIST_LIMIT`] books already.
    Full,
}

/// What applying a change to a balance did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applied {
    Recorded(PointTransaction),
    /// The balance is smaller than the debit; nothing changed.
    Insufficient {
        balance: i64,
    },
}

/// Wishlists, reached through an open transaction.
pub trait WishlistRepository {
    /// # Errors
    /// [`RepoError::Unexpected`] on storage failure.
    fn list_wishlist(
        &mut self,
        customer: CustomerId,
        listing: Listing<WishlistSort>,
    ) -> impl Future<Output = Result<Paged<WishlistEntry>, RepoError>> + Send;

    /// Add `book` unless it is there already or the wishlist is full. In a write transaction
    /// the customer's wishlist stays locked until it ends, so racing adds cannot overfill it.
    ///
    /// # Errors
    /// [`RepoError::Contention`] when a racing write won.
    fn add_to_wishlist(
        &mut self,
        customer: CustomerId,
        book: BookId,
    ) -> impl Future<Output = Result<Added, RepoError>> + Send;

    /// Make the wishlist exactly `books` (distinct, at most the limit), keeping the added time
    /// of the books that stay; the whole new wishlist, most recently added first.
    ///
    /// # Errors
    /// [`RepoError::Contention`] when a racing write won.
    fn replace_wishlist(
        &mut self,
        customer: CustomerId,
        books: &[BookId],
    ) -> impl Future<Output = Result<Vec<WishlistEntry>, RepoError>> + Send;

    /// Whether `book` was on the wishlist (and now is not).
    ///
    /// # Errors
    /// [`RepoError::Unexpected`] on storage failure.
    fn remove_from_wishlist(
        &mut self,
        customer: CustomerId,
        book: BookId,
    ) -> impl Future<Output = Result<bool, RepoError>> + Send;
}

/// Point balances and their ledger, reached through an open transaction.
pub trait PointRepository {
    /// # Errors
    /// [`RepoError::Unexpected`] on storage failure.
    fn find_balance(
        &mut self,
        customer: CustomerId,
    ) -> impl Future<Output = Result<Option<Balance>, RepoError>> + Send;

    /// Change the balance by the transaction's delta, unless that takes it below zero, and
    /// record the transaction, both in this database transaction.
    ///
    /// # Errors
    /// [`RepoError::Duplicate`] when a racing request with the same idempotency key recorded
    /// first; [`RepoError::Contention`] when a racing write won.
    fn apply_point_transaction(
        &mut self,
        new: &NewPointTransaction,
    ) -> impl Future<Output = Result<Applied, RepoError>> + Send;

    /// # Errors
    /// [`RepoError::Unexpected`] on storage failure.
    fn find_point_transaction(
        &mut self,
        customer: CustomerId,
        id: PointTransactionId,
    ) -> impl Future<Output = Result<Option<PointTransaction>, RepoError>> + Send;

    /// The transaction recorded under `key` for `customer`, if any.
    ///
    /// # Errors
    /// [`RepoError::Unexpected`] on storage failure.
    fn find_point_transaction_by_key(
        &mut self,
        customer: CustomerId,
        key: &IdempotencyKey,
    ) -> impl Future<Output = Result<Option<PointTransaction>, RepoError>> + Send;

    /// # Errors
    /// [`RepoError::Unexpected`] on storage failure.
    fn list_point_transactions(
        &mut self,
        customer: CustomerId,
        listing: Listing<TransactionSort>,
    ) -> impl Future<Output = Result<Paged<PointTransaction>, RepoError>> + Send;
}

/// Removing everything a customer has here.
pub trait CustomerDataRepository {
    /// Delete the customer's wishlist, balance and point transactions and remember that the
    /// customer is being deleted (so a retry after identity failed can finish the job).
    ///
    /// # Errors
    /// [`RepoError::Contention`] when a racing write won.
    fn erase_customer(
        &mut self,
        customer: CustomerId,
    ) -> impl Future<Output = Result<(), RepoError>> + Send;

    /// Whether [`Self::erase_customer`] ran for this customer.
    ///
    /// # Errors
    /// [`RepoError::Unexpected`] on storage failure.
    fn was_erased(
        &mut self,
        customer: CustomerId,
    ) -> impl Future<Output = Result<bool, RepoError>> + Send;
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

/// One open transaction, through which the repositories are reached.
pub trait Transaction:
    WishlistRepository + PointRepository + CustomerDataRepository + Send
{
    /// # Errors
    /// [`RepoError::Contention`] when the commit lost a race, [`RepoError::Unexpected`] otherwise.
    fn commit(self) -> impl Future<Output = Result<(), RepoError>> + Send;
}
