//! [`BookPrices`] over catalog's `BookService.GetBooks`.

use std::time::Duration;

use rust_decimal::Decimal;
use service_kit::grpc::channel::ChannelError;
use service_kit::grpc::{ChannelOptions, TracedChannel, channel};

use crate::application::port::books::{BookPrice, BookPrices, CatalogUnavailable, Priced};
use crate::application::port::pb::bookstore::catalog::v1::GetBooksRequest;
use crate::application::port::pb::bookstore::catalog::v1::book_service_client::BookServiceClient;
use crate::application::port::pb::bookstore::common::v1::Money;

/// Talks to the catalog over a lazily connected channel; every call is bounded by `timeout`.
#[derive(Clone)]
pub struct CatalogPrices {
    client: BookServiceClient<TracedChannel>,
    timeout: Duration,
}

impl CatalogPrices {
    /// # Errors
    /// An `endpoint` that is not a valid URI.
    pub fn connect_lazy(endpoint: &str, timeout: Duration) -> Result<Self, ChannelError> {
        let options = ChannelOptions {
            connect_timeout: timeout,
            request_timeout: timeout,
        };
        Ok(Self {
            client: BookServiceClient::new(channel(endpoint, options)?),
            timeout,
        })
    }
}

/// `units` + `nanos` as an exact decimal.
fn decimal(money: Option<Money>) -> Decimal {
    let money = money.unwrap_or_default();
    Decimal::from(money.units) + Decimal::new(i64::from(money.nanos), 9)
}

impl BookPrices for CatalogPrices {
    #[tracing::instrument(level = "debug", skip_all)]
    async fn prices(&self, ids: &[i64]) -> Result<Priced, CatalogUnavailable> {
        if ids.is_empty() {
            return Ok(Priced::default());
        }
        let mut client = self.client.clone();
        let call = client.get_books(GetBooksRequest { ids: ids.to_vec() });
        let response = match tokio::time::timeout(self.timeout, call).await {
            Err(elapsed) => return Err(CatalogUnavailable(Box::new(elapsed))),
            Ok(Err(status)) => return Err(CatalogUnavailable(Box::new(status))),
            Ok(Ok(response)) => response.into_inner(),
        };
        Ok(Priced {
            books: response
                .books
                .into_iter()
                .map(|b| BookPrice {
                    id: b.id,
                    title: b.title,
                    price: decimal(b.price).round_dp(2),
                })
                .collect(),
            missing: response.missing_ids,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_units_and_billionths() {
        let m = Money {
            units: 47,
            nanos: 990_000_000,
        };
        assert_eq!(decimal(Some(m)).round_dp(2).to_string(), "47.99");
    }
}
