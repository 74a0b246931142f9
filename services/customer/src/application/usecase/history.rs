//! The customer's orders and payments, from order and payment. Both services trust their
//! internal callers, so every request is scoped here: lists are filtered by the customer's id,
//! and a single order or payment of someone else is not found, as an unknown one is.

use app_kit::AppError;

use super::{Customers, downstream};
use crate::application::port::downstream::{Downstreams, Titles};
use crate::application::port::pb::bookstore::order::v1 as order;
use crate::application::port::pb::bookstore::payment::v1 as payment;
use crate::application::port::repo::UnitOfWork;
use crate::domain::{BookId, Caller, CustomerId};

/// Orders with the current titles of their books (order's messages carry ids only).
#[derive(Debug, Clone, PartialEq)]
pub struct TitledOrders {
    pub total: i64,
    pub orders: Vec<order::Order>,
    pub titles: Titles,
}

/// The distinct books of `orders`, for one batch of catalog calls.
pub fn books_of(orders: &[order::Order]) -> Vec<BookId> {
    let mut ids: Vec<BookId> = orders
        .iter()
        .flat_map(|o| o.items.iter())
        .filter_map(|item| BookId::new(item.book_id).ok())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

impl<S: UnitOfWork, D: Downstreams> Customers<S, D> {
    async fn titled(
        &self,
        total: i64,
        orders: Vec<order::Order>,
    ) -> Result<TitledOrders, AppError> {
        let titles = self
            .downstream
            .titles(&books_of(&orders))
            .await
            .map_err(downstream("book", "-"))?;
        Ok(TitledOrders {
            total,
            orders,
            titles,
        })
    }

    /// # Errors
    /// [`AppError::NotFound`] for another customer's id; [`AppError::Busy`] when order or the
    /// catalog cannot answer.
    pub async fn list_orders(
        &self,
        caller: &Caller,
        id: CustomerId,
        mut query: order::ListOrdersRequest,
    ) -> Result<TitledOrders, AppError> {
        self.admit(caller, id).await?;
        query.user_id = Some(id.to_string());
        let found = self
            .downstream
            .list_orders(query)
            .await
            .map_err(downstream("order", "-"))?;
        self.titled(found.total, found.orders).await
    }

    /// # Errors
    /// [`AppError::NotFound`] for another customer's id, or an order that is not theirs.
    pub async fn get_order(
        &self,
        caller: &Caller,
        id: CustomerId,
        order_id: i64,
    ) -> Result<TitledOrders, AppError> {
        self.admit(caller, id).await?;
        let found = self
            .downstream
            .get_order(order_id)
            .await
            .map_err(downstream("order", order_id))?;
        if CustomerId::parse(&found.user_id).ok() != Some(id) {
            return Err(AppError::not_found("order", order_id));
        }
        self.titled(1, vec![found]).await
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

#[cfg(test)]
mod tests {
    use super::*;

    fn order(books: &[i64]) -> order::Order {
        order::Order {
            items: books
                .iter()
                .map(|b| order::OrderItem {
                    book_id: *b,
                    ..order::OrderItem::default()
                })
                .collect(),
            ..order::Order::default()
        }
    }

    #[test]
    fn the_books_of_a_page_are_asked_for_once_each() {
        let ids = books_of(&[order(&[3, 1]), order(&[1, 2, 3])]);
        let ids: Vec<i64> = ids.into_iter().map(BookId::get).collect();
        assert_eq!(ids, vec![1, 2, 3]);
    }
}
