//! Outbound port to the payment service: a card number exchanged for an opaque token. The card
//! number crosses this one hop and is never stored or logged by order.

use std::future::Future;

/// What the payment service gave for a card.
#[derive(Clone, PartialEq, Eq)]
pub struct CardToken {
    pub token: String,
    pub brand: String,
    pub last_four: String,
}

impl std::fmt::Debug for CardToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CardToken")
            .field("token", &"<redacted>")
            .field("brand", &self.brand)
            .field("last_four", &self.last_four)
            .finish()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum TokenizeError {
    /// The number is not a card number (length, digits, Luhn); the detail says why.
    #[error("the card number is refused: {0}")]
    Invalid(String),
    /// The payment service or its gateway cannot be reached now.
    #[error("the payment service could not tokenise the card")]
    Unavailable(#[source] Box<dyn std::error::Error + Send + Sync>),
}

pub trait CardVault: Send + Sync + 'static {
    /// Exchange `card_number` of `user_id` for a token.
    fn tokenize(
        &self,
        card_number: &str,
        user_id: &str,
    ) -> impl Future<Output = Result<CardToken, TokenizeError>> + Send;
}
