//! [`CardVault`] over payment's `PaymentService.TokenizeCard`. The card number is sent, never
//! logged (the request type's `Debug` is not used in any log here).

use std::time::Duration;

use service_kit::grpc::channel::ChannelError;
use service_kit::grpc::{ChannelOptions, TracedChannel, channel};
use tonic::Code;
use tonic_types::StatusExt;

use crate::application::port::cards::{CardToken, CardVault, TokenizeError};
use crate::application::port::pb::bookstore::payment::v1::TokenizeCardRequest;
use crate::application::port::pb::bookstore::payment::v1::payment_service_client::PaymentServiceClient;

/// Talks to payment over a lazily connected channel; every call is bounded by `timeout`.
#[derive(Clone)]
pub struct PaymentVault {
    client: PaymentServiceClient<TracedChannel>,
    timeout: Duration,
}

impl PaymentVault {
    /// # Errors
    /// An `endpoint` that is not a valid URI.
    pub fn connect_lazy(endpoint: &str, timeout: Duration) -> Result<Self, ChannelError> {
        let options = ChannelOptions {
            connect_timeout: timeout,
            request_timeout: timeout,
        };
        Ok(Self {
            client: PaymentServiceClient::new(channel(endpoint, options)?),
            timeout,
        })
    }
}

/// What an `INVALID_ARGUMENT` says about the card number: its field violation, else the message.
fn refusal(status: &tonic::Status) -> String {
    let violations = status
        .get_details_bad_request()
        .map(|b| b.field_violations)
        .unwrap_or_default();
    violations
        .into_iter()
        .find(|v| v.field.ends_with("card_number"))
        .map(|v| v.description)
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| {
            if status.message().is_empty() {
                "is not a valid card number".to_owned()
            } else {
                status.message().to_owned()
            }
        })
}

impl CardVault for PaymentVault {
    #[tracing::instrument(level = "debug", skip_all)]
    async fn tokenize(&self, card_number: &str, user_id: &str) -> Result<CardToken, TokenizeError> {
        let mut client = self.client.clone();
        let call = client.tokenize_card(TokenizeCardRequest {
            card_number: card_number.to_owned(),
            user_id: user_id.to_owned(),
        });
        match tokio::time::timeout(self.timeout, call).await {
            Err(elapsed) => Err(TokenizeError::Unavailable(Box::new(elapsed))),
            Ok(Err(status)) if status.code() == Code::InvalidArgument => {
                Err(TokenizeError::Invalid(refusal(&status)))
            }
            Ok(Err(status)) => Err(TokenizeError::Unavailable(Box::new(status))),
            Ok(Ok(response)) => {
                let r = response.into_inner();
                Ok(CardToken {
                    token: r.card_token,
                    brand: r.card_brand,
                    last_four: r.card_last_four,
                })
            }
        }
    }
}
