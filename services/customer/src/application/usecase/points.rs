//! Points: a ledger of transactions; the balance changes with each in the same database
//! transaction and never goes below zero.

use app_kit::{AppError, ConflictKind};

use super::{Customers, begin_write, retried, storage};
use crate::application::port::downstream::Downstreams;
use crate::application::port::repo::{
    Applied, Listing, Paged, PointRepository, Transaction, TransactionSort, UnitOfWork,
};
use crate::domain::{
    Balance, Caller, CustomerId, NewPointTransaction, PointTransaction, PointTransactionId,
};

/// A recorded change, and whether this request recorded it (`false`: an earlier request with
/// the same idempotency key did).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub transaction: PointTransaction,
    pub new: bool,
}

impl<S: UnitOfWork, D: Downstreams> Customers<S, D> {
    /// # Errors
    /// [`AppError::NotFound`] for another customer's id.
    pub async fn get_point(&self, caller: &Caller, id: CustomerId) -> Result<Balance, AppError> {
        self.admit(caller, id).await?;
        let mut tx = self.store.read().await.map_err(storage)?;
        let found = tx.find_balance(id).await.map_err(storage)?;
        Ok(found.unwrap_or_else(|| Balance::none_yet(id)))
    }

    /// # Errors
    /// [`AppError::NotFound`] for another customer's id.
    pub async fn list_point_transactions(
        &self,
        caller: &Caller,
        id: CustomerId,
        listing: Listing<TransactionSort>,
    ) -> Result<Paged<PointTransaction>, AppError> {
        self.admit(caller, id).await?;
        let mut tx = self.store.read().await.map_err(storage)?;
        tx.list_point_transactions(id, listing)
            .await
            .map_err(storage)
    }

    /// # Errors
    /// [`AppError::NotFound`] for another customer's id or a transaction not theirs.
    pub async fn get_point_transaction(
        &self,
        caller: &Caller,
        id: CustomerId,
        transaction: PointTransactionId,
    ) -> Result<PointTransaction, AppError> {
        self.admit(caller, id).await?;
        let mut tx = self.store.read().await.map_err(storage)?;
        tx.find_point_transaction(id, transaction)
            .await
            .map_err(storage)?
            .ok_or_else(|| AppError::not_found("point transaction", transaction.get()))
    }

    /// Record `new` (staff only: the router requires `manage`).
    ///
    /// # Errors
    /// [`AppError::Conflict`] when the balance is too small; [`AppError::Invalid`] for an
    /// idempotency key used before with another change.
    pub async fn create_point_transaction(
        &self,
        caller: &Caller,
        new: NewPointTransaction,
    ) -> Result<Recorded, AppError> {
        self.admit(caller, new.customer_id).await?;
        retried(|| async {
            let mut tx = begin_write(&self.store).await?;
            if let Some(key) = &new.idempotency_key {
                let earlier = tx
                    .find_point_transaction_by_key(new.customer_id, key)
                    .await
                    .map_err(storage)?;
                if let Some(earlier) = earlier {
                    return if new.same_change_as(&earlier) {
                        Ok(Recorded {
                            transaction: earlier,
                            new: false,
                        })
                    } else {
                        Err(AppError::invalid(
                            "idempotency_key",
                            "was used before for another change (another delta or reason)",
                        ))
                    };
                }
            }
            match tx.apply_point_transaction(&new).await.map_err(storage)? {
                Applied::Recorded(transaction) => {
                    tx.commit().await.map_err(storage)?;
                    Ok(Recorded {
                        transaction,
                        new: true,
                    })
                }
                Applied::Insufficient { balance } => Err(AppError::conflict(
                    ConflictKind::Rule,
                    format!(
                        "the balance is {balance} points, too few to take {}",
                        -new.delta.get()
                    ),
                )),
            }
        })
        .await
    }
}
