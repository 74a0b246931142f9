//! The card gateway, an outbound port: the vault that exchanges a card number for a token, and
//! the processor that charges and refunds through that token. Payment never holds a card number
//! longer than the [`CardGateway::tokenize`] call.
//!
//! A charge is keyed by the order (its idempotency key): the gateway charges an order at most
//! once, however often and however concurrently it is asked, and answers a repeated request with
//! the first one's result.

use std::future::Future;

use crate::domain::{Amount, CardBrand, CardNumber, CardToken, LastFour, OrderId, UserId};

/// A tokenized card: the token to charge, and what may be shown of the card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub token: CardToken,
    pub brand: CardBrand,
    pub last_four: LastFour,
}

/// What may be shown of the card behind a token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardSummary {
    pub brand: CardBrand,
    pub last_four: LastFour,
}

/// One charge to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Charge {
    pub token: CardToken,
    /// The customer the token must have been issued for.
    pub customer: UserId,
    pub amount: Amount,
    /// The idempotency key: one charge per order.
    pub order: OrderId,
}

/// How a charge went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChargeOutcome {
    /// The order's charge exists (made now, or by an earlier request with the same key);
    /// `refunded` when it has been returned since.
    Charged { card: CardSummary, refunded: bool },
    /// The card was refused; nothing was charged.
    Declined { card: CardSummary, reason: String },
    /// The token is unknown to the gateway, or was issued for another customer.
    UnknownCard,
    /// The order was voided (refunded before it was ever charged); it is never charged.
    Voided,
}

/// How a refund went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefundOutcome {
    /// The order's charge is refunded (now, or by an earlier request).
    Refunded,
    /// The order was never charged: nothing to refund. The order is voided: a charge asked
    /// for later is refused ([`ChargeOutcome::Voided`]).
    NothingCharged,
}

/// The gateway could not answer; asking again later may work.
#[derive(Debug, thiserror::Error)]
#[error("the card gateway is unavailable: {reason}")]
pub struct GatewayUnavailable {
    pub reason: String,
    #[source]
    pub source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl GatewayUnavailable {
    pub fn new(reason: impl Into<String>) -> Self {
        Self {
            reason: reason.into(),
            source: None,
        }
    }

    pub fn caused_by(
        reason: impl Into<String>,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Self {
        Self {
            reason: reason.into(),
            source: Some(Box::new(source)),
        }
    }
}

/// A card gateway: a vault and a processor.
pub trait CardGateway: Send + Sync + 'static {
    /// Store the card in the vault for `customer` and return its token. The number has passed
    /// [`CardNumber::parse`] (length and Luhn), so a gateway only refuses it for its own reasons.
    ///
    /// # Errors
    /// [`GatewayUnavailable`] when the vault cannot be reached.
    fn tokenize(
        &self,
        number: &CardNumber,
        customer: UserId,
    ) -> impl Future<Output = Result<Card, GatewayUnavailable>> + Send;

    /// Charge the order once (see the module's notes on the idempotency key). Asked again, it
    /// answers how the order's charge stands now (refunded since, or not).
    ///
    /// # Errors
    /// [`GatewayUnavailable`] for a failure worth retrying (the same request is safe to repeat).
    fn charge(
        &self,
        charge: &Charge,
    ) -> impl Future<Output = Result<ChargeOutcome, GatewayUnavailable>> + Send;

    /// Refund the order's charge, if it has one, or void the order, if it has none; idempotent.
    /// Whichever of a charge and a refund of the same order reaches the gateway first, the order
    /// ends up not charged.
    ///
    /// # Errors
    /// [`GatewayUnavailable`] for a failure worth retrying.
    fn refund(
        &self,
        order: OrderId,
    ) -> impl Future<Output = Result<RefundOutcome, GatewayUnavailable>> + Send;
}
