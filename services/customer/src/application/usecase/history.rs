//! The customer's orders and payments, from order and payment (an order's lines carry the titles
//! they were placed with, so the catalog is not asked). Both services trust their
//! internal callers, so every request is scoped here: lists are filtered by the customer's id,
//! and a single order or payment of someone else is not found, as an unknown one is.

use app_kit::AppError;

use super::{Customers, downstream};
use crate::application::port::downstream::Downstreams;
use crate::application::port::pb::bookstore::order::v1 as order;
use crate::application::port::pb::bookstore::payment::v1 as payment;
use crate::application::port::repo::UnitOfWork;
use crate::domain::{Caller, CustomerId};

impl<S: UnitOfWork, D: Downstreams> Customers<S, D> {
    /// # Errors
    /// [`AppError::NotFound`] for another customer's id; [`AppError::Busy`] when order cannot
    /// answer.
    pub async fn list_orders(
        &self,
        caller: &Caller,
        id: CustomerId,
        mut query: order::ListOrdersRequest,
    ) -> Result<order::ListOrdersResponse, AppError> {
        self.admit(caller, id).await?;
        query.user_id = Some(id.to_string());
        self.downstream
            .list_orders(query)
            .await
            .map_err(downstream("order", "-"))
    }

    /// # Errors
    /// [`AppError::NotFound`] for another customer's id, or an order that is not theirs.
    pub async fn get_order(
        &self,
        caller: &Caller,
        id: CustomerId,
        order_id: i64,
    ) -> Result<order::Order, AppError> {
        self.admit(caller, id).await?;
        let found = self
            .downstream
            .get_order(order_id)
            .await
            .map_err(downstream("order", order_id))?;
        if CustomerId::parse(&found.user_id).ok() != Some(id) {
            return Err(AppError::not_found("order", order_id));
        }
        Ok(found)
    }

    /// # Errors
    /// [`AppError::NotFound`] for another customer's id; [`AppError::Busy`] when payment
    /// cannot answer.
    pub async fn list_payments(
        &self,
        caller: &Caller,
        id: CustomerId,
        mut query: payment::ListPaymentsRequest,
    ) -> Result<payment::ListPaymentsResponse, AppError> {
        self.admit(caller, id).await?;
        query.user_id = Some(id.to_string());
        self.downstream
            .list_payments(query)
            .await
            .map_err(downstream("payment", "-"))
    }

    /// # Errors
    /// [`AppError::NotFound`] for another customer's id, or a payment that is not theirs.
    pub async fn get_payment(
        &self,
        caller: &Caller,
        id: CustomerId,
        payment_id: i64,
    ) -> Result<payment::Payment, AppError> {
        self.admit(caller, id).await?;
        let found = self
            .downstream
            .get_payment(payment_id)
            .await
            .map_err(downstream("payment", payment_id))?;
        if CustomerId::parse(&found.user_id).ok() != Some(id) {
            return Err(AppError::not_found("payment", payment_id));
        }
        Ok(found)
    }
}
