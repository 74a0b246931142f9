//! The saga's order tasks, each idempotent by order id and held to the status machine: a
//! redelivered task that already did its work answers as before, an illegal transition is a
//! terminal failure with a reason, a busy database is transient (the orchestrator retries).

use super::Orders;
use super::orders::finish;
use crate::application::port::books::BookPrices;
use crate::application::port::cards::CardVault;
use crate::application::port::repo::{OrderStore, OrderTx};
use crate::application::port::saga::model::{self, OrderStatus as WireStatus};
use crate::application::port::saga::{
    CancelOrderRejection, CancelOrderWorker, ChangeOrderStatusRejection, ChangeOrderStatusWorker,
    ConfirmOrderRejection, ConfirmOrderWorker, PlaceOrderRejection, PlaceOrderWorker, TaskFailure,
};
use crate::application::port::workflow::Saga;
use crate::domain::{Order, OrderId, OrderStatus, SagaStep, humanise, money};
use app_kit::AppError;
use service_kit::db::retry_transaction;

fn wire(status: OrderStatus) -> WireStatus {
    match status {
        OrderStatus::Pending => WireStatus::Pending,
        OrderStatus::Paid => WireStatus::Paid,
        OrderStatus::Confirmed => WireStatus::Confirmed,
        OrderStatus::Shipped => WireStatus::Shipped,
        OrderStatus::Completed => WireStatus::Completed,
        OrderStatus::Cancelled => WireStatus::Cancelled,
    }
}

/// What a change of one order decided, before it is mapped to the task's failure type.
enum Step<R> {
    Done(Box<Order>),
    Refused(R, String),
}

/// A storage failure as a task failure: contention, an unreachable database and anything else
/// are retried by the orchestrator (a bounded number of times).
fn transient<R>(err: AppError) -> TaskFailure<R> {
    TaskFailure::Transient(err.to_string())
}

impl<S, B, C, W> Orders<S, B, C, W>
where
    S: OrderStore,
    B: BookPrices,
    C: CardVault,
    W: Saga,
{
    /// Run `decide` on the order read for one change (again on contention): locked in a
    /// transaction on MySQL, under the write turn on SQLite; it answers whether to save
    /// (`Some`) or refuse.
    async fn change<R: Clone>(
        &self,
        id: i64,
        missing: R,
        decide: impl Fn(Order) -> Result<Option<Order>, (R, String)>,
    ) -> Result<Step<R>, AppError> {
        let id = OrderId::new(id).map_err(|e| AppError::invalid("order_id", e))?;
        retry_transaction(|| async {
            let mut tx = self.store.write_one_change().await?;
            let result: Result<Step<R>, AppError> = async {
                let Some(order) = tx.find_order(id).await? else {
                    return Ok(Step::Refused(
                        missing.clone(),
                        format!("order {id} does not exist"),
                    ));
                };
                let unchanged = order.clone();
                match decide(order) {
                    Err((reason, detail)) => Ok(Step::Refused(reason, detail)),
                    Ok(None) => Ok(Step::Done(Box::new(unchanged))),
                    Ok(Some(changed)) => Ok(Step::Done(Box::new(tx.update_order(&changed).await?))),
                }
            }
            .await;
            finish(tx, result).await
        })
        .await
    }
}

fn refuse<R>(result: Result<Step<R>, AppError>) -> Result<Order, TaskFailure<R>> {
    match result.map_err(transient)? {
        Step::Done(order) => Ok(*order),
        Step::Refused(reason, detail) => Err(TaskFailure::Rejected { reason, detail }),
    }
}

impl<S, B, C, W> PlaceOrderWorker for Orders<S, B, C, W>
where
    S: OrderStore,
    B: BookPrices,
    C: CardVault,
    W: Saga,
{
    async fn place_order(
        &self,
        input: model::PlaceOrderInput,
    ) -> Result<model::PlaceOrderOutput, TaskFailure<PlaceOrderRejection>> {
        let result = self
            .change(
                input.order_id,
                PlaceOrderRejection::OrderNotPending,
                |mut order| {
                    let done = order.steps_done.contains(&SagaStep::PlaceOrder);
                    match order.status {
                        OrderStatus::Pending if !done => {
                            order.record(SagaStep::PlaceOrder);
                            Ok(Some(order))
                        }
                        OrderStatus::Cancelled => Err((
                            PlaceOrderRejection::OrderNotPending,
                            format!("order {} is cancelled", order.id),
                        )),
                        _ if done => Ok(None),
                        status => Err((
                            PlaceOrderRejection::OrderNotPending,
                            format!("order {} is {status}", order.id),
                        )),
                    }
                },
            )
            .await;
        let order = refuse(result)?;
        Ok(model::PlaceOrderOutput {
            order_id: order.id.get(),
            user_id: order.user_id,
            amount: money(order.total),
            items: order
                .items
                .iter()
                .map(|i| model::OrderItemCreate {
                    book_id: i.book_id,
                    quantity: i.quantity,
                })
                .collect(),
        })
    }
}

impl<S, B, C, W> ChangeOrderStatusWorker for Orders<S, B, C, W>
where
    S: OrderStore,
    B: BookPrices,
    C: CardVault,
    W: Saga,
{
    async fn change_order_status(
        &self,
        input: model::ChangeOrderStatusInput,
    ) -> Result<model::ChangeOrderStatusOutput, TaskFailure<ChangeOrderStatusRejection>> {
        let result = self
            .change(
                input.order_id,
                ChangeOrderStatusRejection::OrderNotPending,
                |mut order| match order.status {
                    OrderStatus::Pending => {
                        order.transition(OrderStatus::Paid).map_err(|e| {
                            (ChangeOrderStatusRejection::OrderNotPending, e.to_string())
                        })?;
                        order.record(SagaStep::MakePayment);
                        order.record(SagaStep::ChangeOrderStatus);
                        Ok(Some(order))
                    }
                    OrderStatus::Paid => Ok(None),
                    status => Err((
                        ChangeOrderStatusRejection::OrderNotPending,
                        format!("order {} is {status}; it cannot become paid", order.id),
                    )),
                },
            )
            .await;
        let order = refuse(result)?;
        Ok(model::ChangeOrderStatusOutput {
            order_id: order.id.get(),
            status: wire(order.status),
        })
    }
}

impl<S, B, C, W> ConfirmOrderWorker for Orders<S, B, C, W>
where
    S: OrderStore,
    B: BookPrices,
    C: CardVault,
    W: Saga,
{
    async fn confirm_order(
        &self,
        input: model::ConfirmOrderInput,
    ) -> Result<model::ConfirmOrderOutput, TaskFailure<ConfirmOrderRejection>> {
        let result = self
            .change(
                input.order_id,
                ConfirmOrderRejection::OrderNotPaid,
                |mut order| match order.status {
                    OrderStatus::Paid => {
                        order
                            .transition(OrderStatus::Confirmed)
                            .map_err(|e| (ConfirmOrderRejection::OrderNotPaid, e.to_string()))?;
                        order.record(SagaStep::ReserveInventory);
                        order.record(SagaStep::ConfirmOrder);
                        Ok(Some(order))
                    }
                    OrderStatus::Confirmed => Ok(None),
                    status => Err((
                        ConfirmOrderRejection::OrderNotPaid,
                        format!("order {} is {status}; it cannot become confirmed", order.id),
                    )),
                },
            )
            .await;
        let order = refuse(result)?;
        Ok(model::ConfirmOrderOutput {
            order_id: order.id.get(),
            status: wire(order.status),
        })
    }
}

impl<S, B, C, W> CancelOrderWorker for Orders<S, B, C, W>
where
    S: OrderStore,
    B: BookPrices,
    C: CardVault,
    W: Saga,
{
    async fn cancel_order(
        &self,
        input: model::CancelOrderInput,
    ) -> Result<model::CancelOrderOutput, TaskFailure<CancelOrderRejection>> {
        let released = input.released == Some(true);
        let refunded = input.refunded == Some(true);
        let result = self
            .change(
                input.order_id,
                CancelOrderRejection::OrderNotCancellable,
                |mut order| match order.status {
                    OrderStatus::Cancelled => Ok(None),
                    OrderStatus::Pending | OrderStatus::Paid | OrderStatus::Confirmed => {
                        let reason = humanise(&input.reason, |book| {
                            order.title_of(book).map(str::to_owned)
                        });
                        order.transition(OrderStatus::Cancelled).map_err(|e| {
                            (CancelOrderRejection::OrderNotCancellable, e.to_string())
                        })?;
                        order.failure_reason = Some(reason);
                        if released {
                            order.record(SagaStep::ReleaseInventory);
                        }
                        if refunded {
                            order.record(SagaStep::RefundPayment);
                        }
                        order.record(SagaStep::CancelOrder);
                        Ok(Some(order))
                    }
                    status => Err((
                        CancelOrderRejection::OrderNotCancellable,
                        format!(
                            "order {} is {status}; it can no longer be cancelled",
                            order.id
                        ),
                    )),
                },
            )
            .await;
        let order = refuse(result)?;
        Ok(model::CancelOrderOutput {
            order_id: order.id.get(),
            status: wire(order.status),
        })
    }
}
