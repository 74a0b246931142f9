//! [`StockLookup`] over inventory's `StockService.GetAvailability`.

use std::collections::HashMap;
use std::time::Duration;

use service_kit::grpc::channel::ChannelError;
use service_kit::grpc::{ChannelOptions, TracedChannel, channel};

use crate::application::port::pb::bookstore::inventory::v1::GetAvailabilityRequest;
use crate::application::port::pb::bookstore::inventory::v1::stock_service_client::StockServiceClient;
use crate::application::port::stock::{StockError, StockLevel, StockLookup};
use crate::domain::aggregate::BookId;

/// Talks to inventory over a lazily connected channel, so the catalog starts (and serves books)
/// whether or not inventory is up; every call, connecting included, is bounded by `timeout`.
#[derive(Clone)]
pub struct InventoryStock {
    client: StockServiceClient<TracedChannel>,
    timeout: Duration,
}

impl InventoryStock {
    /// # Errors
    /// An `endpoint` that is not a valid URI.
    pub fn connect_lazy(endpoint: &str, timeout: Duration) -> Result<Self, ChannelError> {
        let options = ChannelOptions {
            connect_timeout: timeout,
            request_timeout: timeout,
        };
        Ok(Self {
            client: StockServiceClient::new(channel(endpoint, options)?),
            timeout,
        })
    }
}

impl StockLookup for InventoryStock {
    #[tracing::instrument(level = "debug", skip_all)]
    async fn stock_of(&self, books: &[BookId]) -> Result<Vec<StockLevel>, StockError> {
        if books.is_empty() {
            return Ok(Vec::new());
        }
        let mut client = self.client.clone();
        let call = client.get_availability(GetAvailabilityRequest {
            book_ids: books.iter().map(|b| b.get()).collect(),
        });
        // The channel has its own timeouts; this one also bounds a slow DNS lookup or a peer
        // that accepts the connection and never answers.
        let response = match tokio::time::timeout(self.timeout, call).await {
            Err(_) => return Err(StockError::Timeout),
            Ok(Err(status)) => return Err(StockError::Unavailable(Box::new(status))),
            Ok(Ok(response)) => response.into_inner(),
        };
        let by_book: HashMap<i64, StockLevel> = response
            .availabilities
            .into_iter()
            .map(|a| {
                let level = StockLevel {
                    quantity: i64::from(a.quantity),
                    reserved_quantity: i64::from(a.reserved_quantity),
                    available_quantity: i64::from(a.available_quantity),
                };
                (a.book_id, level)
            })
            .collect();
        Ok(books
            .iter()
            .map(|b| by_book.get(&b.get()).copied().unwrap_or(StockLevel::NONE))
            .collect())
    }
}
