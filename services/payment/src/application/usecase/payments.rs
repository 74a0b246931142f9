//! Reading payments, and exchanging a card number for the gateway's token.

use app_kit::AppError;

use super::Payments;
use crate::application::port::gateway::{Card, CardGateway};
use crate::application::port::repo::{Paged, PaymentQuery, PaymentRepository, UnitOfWork};
use crate::domain::{CardNumber, Payment, PaymentId, UserId};

/// Who reads payments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    /// Staff (`manage`): every payment.
    Staff,
    /// A customer: only their own payments.
    Customer(Option<UserId>),
}

/// A customer asked for another customer's payments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("only staff may list another customer's payments")]
pub struct NotYours;

impl<U: UnitOfWork, G: CardGateway> Payments<U, G> {
    /// A page of payments: all of them for staff, the caller's own for a customer.
    ///
    /// # Errors
    /// `Ok(Err(NotYours))` when a customer filters by another customer; [`AppError::Busy`]
    /// when the database is busy.
    pub async fn list_payments(
        &self,
        viewer: Viewer,
        mut query: PaymentQuery,
    ) -> Result<Result<Paged<Payment>, NotYours>, AppError> {
        if let Viewer::Customer(me) = viewer {
            match (query.filter.user_id, me) {
                (Some(asked), Some(me)) if asked != me => return Ok(Err(NotYours)),
                (Some(_), None) => return Ok(Err(NotYours)),
                // A subject that is no user id owns no payment.
                (_, None) => {
                    return Ok(Ok(Paged {
                        total: 0,
                        items: Vec::new(),
                    }));
                }
                (_, Some(me)) => query.filter.user_id = Some(me),
            }
        }
        let mut tx = self.store.read().await?;
        Ok(Ok(tx.list_payments(&query).await?))
    }

    /// One payment; another customer's is not found, as an unknown one is.
    ///
    /// # Errors
    /// [`AppError::NotFound`], [`AppError::Busy`].
    pub async fn get_payment(&self, viewer: Viewer, id: PaymentId) -> Result<Payment, AppError> {
        let mut tx = self.store.read().await?;
        let found = tx.find_payment(id).await?;
        let visible = found.filter(|p| match viewer {
            Viewer::Staff => true,
            Viewer::Customer(me) => me == Some(p.user_id()),
        });
        visible.ok_or_else(|| AppError::not_found("payment", id))
    }

    /// Hand the card to the gateway's vault for `customer`; the token comes back.
    ///
    /// # Errors
    /// [`AppError::Busy`] when the gateway cannot be reached.
    pub async fn tokenize_card(
        &self,
        number: &CardNumber,
        customer: UserId,
    ) -> Result<Card, AppError> {
        Ok(self.gateway.tokenize(number, customer).await?)
    }
}
