//! Transactions as a port: the use case decides where one begins and ends.

use std::future::Future;

use super::{RepoError, ReservationRepository, StockRepository, WarehouseRepository};

/// Opens transactions. Dropping a [`Transaction`] without committing rolls it back.
pub trait UnitOfWork: Send + Sync + 'static {
    type Tx: Transaction;

    /// A transaction that only reads; it takes no write locks.
    ///
    /// # Errors
    /// [`RepoError::Unexpected`] when no connection can be had.
    fn read(&self) -> impl Future<Output = Result<Self::Tx, RepoError>> + Send;

    /// A transaction that will write. Rows it reads through `*_for_update` methods stay locked
    /// until it ends, so concurrent writers of the same rows run one after another.
    ///
    /// # Errors
    /// [`RepoError::Unexpected`] when no connection can be had, [`RepoError::Contention`] when
    /// the database is busy.
    fn write(&self) -> impl Future<Output = Result<Self::Tx, RepoError>> + Send;
}

/// One open transaction, through which every repository is reached.
pub trait Transaction:
    WarehouseRepository + StockRepository + ReservationRepository + Send
{
    /// # Errors
    /// [`RepoError::Contention`] when the commit lost a race, [`RepoError::Unexpected`] otherwise.
    fn commit(self) -> impl Future<Output = Result<(), RepoError>> + Send;
}
