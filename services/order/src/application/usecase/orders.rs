//! Placing, reading, listing and cancelling orders, and starting sagas that never started.

use std::collections::HashSet;

use app_kit::{AppError, ConflictKind, FieldIssues, Paged};
use chrono::{DateTime, Utc};
use openapi_runtime::FieldPath;
use uuid::Uuid;

use super::Orders;
use crate::application::port::books::BookPrices;
use crate::application::port::cards::{CardVault, TokenizeError};
use crate::application::port::repo::{OrderQuery, OrderStore, OrderTx, RepoError};
use crate::application::port::workflow::{Saga, SagaError, SagaStart};
use crate::domain::{NewOrder, Order, OrderId, OrderItem, OrderStatus, SagaStep, fingerprint};
use service_kit::db::retry_transaction;

/// Who is asking: a customer (their token's subject, when it is a UUID) or staff (`manage`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Caller {
    pub user_id: Option<Uuid>,
    pub staff: bool,
}

impl Caller {
    fn sees(&self, order: &Order) -> bool {
        self.staff || self.user_id == Some(order.user_id)
    }
}

/// A new order as the customer sent it.
#[derive(Clone)]
pub struct PlaceOrder {
    pub user_id: Uuid,
    pub idempotency_key: Option<String>,
    /// `(book_id, quantity)` per line, in the order sent.
    pub lines: Vec<(i64, i32)>,
    pub payment_type: String,
    pub card_number: String,
}

impl std::fmt::Debug for PlaceOrder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PlaceOrder")
            .field("user_id", &self.user_id)
            .field("lines", &self.lines)
            .field("payment_type", &self.payment_type)
            .finish_non_exhaustive()
    }
}

/// The largest total an order may come to (the money columns are DECIMAL(10,2)).
pub const MAX_TOTAL: rust_decimal::Decimal =
    rust_decimal::Decimal::from_parts(1_410_065_407, 2, 0, false, 2);

/// The reason a cancellation through the API gives the saga (and the order keeps).
pub const CANCELLED_BY_CUSTOMER: &str = "cancelled by the customer";
pub const CANCELLED_BY_STAFF: &str = "cancelled by staff";

fn item_path(index: usize) -> FieldPath {
    FieldPath::field("items").index(index).name("book_id")
}

fn not_found(id: OrderId) -> AppError {
    AppError::not_found("order", id.get())
}

impl<S, B, C, W> Orders<S, B, C, W>
where
    S: OrderStore,
    B: BookPrices,
    C: CardVault,
    W: Saga,
{
    /// Place an order: validate, tokenise the card, price the lines from the catalog, store the
    /// order `pending` with its lines in one transaction, start its saga. With an idempotency
    /// key already used by the caller, the first order is answered (same body) or refused (422).
    ///
    /// # Errors
    /// `Invalid` for duplicate or unknown books, a refused card or a reused key with another
    /// body; `Busy` when the catalog, payment or the database cannot answer.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn place_order(&self, request: PlaceOrder) -> Result<Order, AppError> {
        let mut issues = FieldIssues::default();
        let mut seen = HashSet::new();
        for (index, (book, _)) in request.lines.iter().enumerate() {
            if !seen.insert(*book) {
                issues.add(
                    item_path(index),
                    format!("book {book} is listed more than once"),
                );
            }
        }
        issues.check()?;
        let fingerprint = fingerprint(&request.lines, &request.payment_type, &request.card_number);
        if let Some(key) = &request.idempotency_key
            && let Some(first) = self.read_by_key(request.user_id, key).await?
        {
            return same_request(first, &fingerprint);
        }
        let card = match self
            .cards
            .tokenize(&request.card_number, &request.user_id.to_string())
            .await
        {
            Ok(card) => card,
            Err(TokenizeError::Invalid(detail)) => {
                return Err(AppError::invalid(
                    FieldPath::field("payment").name("card_number"),
                    detail,
                ));
            }
            Err(err @ TokenizeError::Unavailable(_)) => return Err(AppError::Busy(Box::new(err))),
        };
        let ids: Vec<i64> = request.lines.iter().map(|(b, _)| *b).collect();
        let priced = self
            .books
            .prices(&ids)
            .await
            .map_err(|e| AppError::Busy(Box::new(e)))?;
        let mut issues = FieldIssues::default();
        let mut items = Vec::with_capacity(request.lines.len());
        for (index, (book, quantity)) in request.lines.iter().enumerate() {
            match priced.books.iter().find(|b| b.id == *book) {
                Some(found) if !priced.missing.contains(book) => items.push(OrderItem {
                    book_id: *book,
                    title: found.title.clone(),
                    unit_price: found.price,
                    quantity: *quantity,
                }),
                _ => issues.add(item_path(index), format!("no book {book} in the catalog")),
            }
        }
        issues.check()?;
        let new = NewOrder {
            user_id: request.user_id,
            items,
            card_token: card.token,
            idempotency_key: request.idempotency_key.clone(),
            fingerprint: fingerprint.clone(),
        };
        if new.total() > MAX_TOTAL {
            return Err(AppError::invalid(
                "items",
                format!("the order's total would exceed {MAX_TOTAL}"),
            ));
        }
        let inserted = retry_transaction(|| async {
            let mut tx = self.store.write().await?;
            let result: Result<Order, AppError> = Ok(tx.insert_order(&new).await?);
            finish(tx, result).await
        })
        .await;
        let order = match (inserted, &request.idempotency_key) {
            (Ok(order), _) => order,
            // A concurrent request with the same key won: answer its order.
            (
                Err(AppError::Conflict {
                    kind: ConflictKind::Duplicate,
                    ..
                }),
                Some(key),
            ) => {
                let first = self
                    .read_by_key(request.user_id, key)
                    .await?
                    // Taken, yet not visible: the winner has not committed in our snapshot.
                    .ok_or_else(|| AppError::Busy("the idempotency key is being used".into()))?;
                return same_request(first, &fingerprint);
            }
            (Err(err), _) => return Err(err),
        };
        Ok(self.start_saga(order).await)
    }

    /// Start the order's saga and store its workflow id; on failure the order stays as it is
    /// (pending without a workflow) for [`Self::start_missing_sagas`] to retry.
    async fn start_saga(&self, order: Order) -> Order {
        let start = SagaStart {
            order_id: order.id.get(),
            card_token: order.card_token.clone(),
            traceparent: None,
        };
        let workflow_id = match self.saga.start(start).await {
            Ok(id) => id,
            Err(err) => {
                tracing::warn!(order_id = order.id.get(), error = %err, "the saga did not start; retrying later");
                return order;
            }
        };
        let id = order.id;
        let stored = retry_transaction(|| async {
            // Usually nothing touched the order since it was stored: save it as known, without
            // reading it again (its version check refuses it otherwise).
            let known = Order {
                workflow_id: Some(workflow_id.clone()),
                ..order.clone()
            };
            let mut tx = self.store.write_one_change().await?;
            match tx.update_order(&known).await {
                Ok(saved) => {
                    tx.commit().await?;
                    return Ok(saved);
                }
                Err(RepoError::Stale) => tx.rollback().await,
                Err(err) => {
                    tx.rollback().await;
                    return Err(err.into());
                }
            }
            let mut tx = self.store.write().await?;
            let result: Result<Order, AppError> = async {
                let mut found = tx.find_order(id).await?.ok_or_else(|| not_found(id))?;
                if found.workflow_id.is_none() {
                    found.workflow_id = Some(workflow_id.clone());
                    found = tx.update_order(&found).await?;
                }
                Ok(found)
            }
            .await;
            finish(tx, result).await
        })
        .await;
        match stored {
            Ok(found) => found,
            Err(err) => {
                // The start is idempotent per order: the background task stores it later.
                tracing::warn!(order_id = id.get(), error = %err, "the workflow id was not stored");
                order
            }
        }
    }

    /// Start the saga of every pending order created before `before` that has none; answers
    /// how many were started.
    ///
    /// # Errors
    /// The database cannot be read.
    pub async fn start_missing_sagas(&self, before: DateTime<Utc>) -> Result<usize, AppError> {
        let waiting = {
            let mut tx = self.store.read().await?;
            let found = tx.pending_without_workflow(before, 100).await;
            tx.rollback().await;
            found?
        };
        let mut started = 0;
        for order in waiting {
            if self.start_saga(order).await.workflow_id.is_some() {
                started += 1;
            }
        }
        Ok(started)
    }

    /// One order, if the caller may see it (another customer's is not found).
    ///
    /// # Errors
    /// `NotFound`.
    pub async fn get_order(&self, caller: Caller, id: OrderId) -> Result<Order, AppError> {
        match self.read_order(id).await? {
            Some(order) if caller.sees(&order) => Ok(order),
            _ => Err(not_found(id)),
        }
    }

    /// One page of orders; the query's `user_id` is set by the caller's rights.
    ///
    /// # Errors
    /// Storage failures.
    pub async fn list_orders(&self, query: OrderQuery) -> Result<Paged<Order>, AppError> {
        let mut tx = self.store.read().await?;
        let found = tx.list_orders(&query).await;
        tx.rollback().await;
        Ok(found?)
    }

    /// Cancel a `pending` or `paid` order: its saga is terminated with the failure workflow
    /// (which refunds, releases and cancels); an order whose saga never started is cancelled at
    /// once. Answers the order as it stands now.
    ///
    /// # Errors
    /// `NotFound`; `Conflict` for any other status or a saga that already ended; `Busy` when the
    /// orchestrator cannot be reached.
    pub async fn cancel_order(&self, caller: Caller, id: OrderId) -> Result<Order, AppError> {
        let order = self.get_order(caller, id).await?;
        let reason = if caller.user_id == Some(order.user_id) {
            CANCELLED_BY_CUSTOMER
        } else {
            CANCELLED_BY_STAFF
        };
        if !matches!(order.status, OrderStatus::Pending | OrderStatus::Paid) {
            return Err(AppError::conflict(
                ConflictKind::Rule,
                format!(
                    "order {id} is {}; only pending or paid orders can be cancelled",
                    order.status
                ),
            ));
        }
        let Some(workflow_id) = &order.workflow_id else {
            return retry_transaction(|| async {
                let mut tx = self.store.write().await?;
                let result: Result<Order, AppError> = async {
                    let mut found = tx.find_order(id).await?.ok_or_else(|| not_found(id))?;
                    if found.workflow_id.is_some() {
                        return Err(AppError::conflict(
                            ConflictKind::Stale,
                            "the order's saga started meanwhile; try again",
                        ));
                    }
                    found.transition(OrderStatus::Cancelled)?;
                    found.failure_reason = Some(reason.to_owned());
                    found.record(SagaStep::CancelOrder);
                    Ok(tx.update_order(&found).await?)
                }
                .await;
                finish(tx, result).await
            })
            .await;
        };
        match self.saga.terminate(workflow_id, reason).await {
            Ok(()) => {}
            Err(SagaError::NotRunning(_) | SagaError::NotFound(_)) => {
                return Err(AppError::conflict(
                    ConflictKind::Rule,
                    format!("order {id}'s saga has already ended; it can no longer be cancelled"),
                ));
            }
            Err(err @ SagaError::Unavailable(_)) => return Err(AppError::Busy(Box::new(err))),
        }
        Ok(self.read_order(id).await?.unwrap_or(order))
    }

    /// One order, read in a transaction ended at once.
    pub(super) async fn read_order(&self, id: OrderId) -> Result<Option<Order>, AppError> {
        let mut tx = self.store.read().await?;
        let found = tx.find_order(id).await;
        tx.rollback().await;
        Ok(found?)
    }

    async fn read_by_key(&self, user: Uuid, key: &str) -> Result<Option<Order>, AppError> {
        let mut tx = self.store.read().await?;
        let found = tx.find_by_idempotency_key(user, key).await;
        tx.rollback().await;
        Ok(found?)
    }
}

/// Commit a transaction whose work succeeded; roll back at once one whose work failed.
pub(super) async fn finish<T, X: OrderTx>(
    tx: X,
    result: Result<T, AppError>,
) -> Result<T, AppError> {
    match result {
        Ok(value) => {
            tx.commit().await?;
            Ok(value)
        }
        Err(err) => {
            tx.rollback().await;
            Err(err)
        }
    }
}

/// The order first placed with a key, when the repeated request has the same body.
fn same_request(first: Order, fingerprint: &str) -> Result<Order, AppError> {
    if first.fingerprint == fingerprint {
        Ok(first)
    } else {
        Err(AppError::invalid(
            "idempotency_key",
            "this key was already used for an order with a different body",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::MAX_TOTAL;

    #[test]
    fn the_largest_total_is_what_decimal_10_2_holds() {
        assert_eq!(MAX_TOTAL.to_string(), "99999999.99");
    }
}
