//! [`StockLookup`] over inventory's `StockService.GetAvailability`.

use std::collections::HashMap;
use std::time::Duration;

use service_kit::coalesce::{Coalesced, Coalescer};
use service_kit::grpc::channel::ChannelError;
use service_kit::grpc::{ChannelOptions, TracedChannel, channel};

use crate::application::port::pb::bookstore::inventory::v1::GetAvailabilityRequest;
use crate::application::port::pb::bookstore::inventory::v1::stock_service_client::StockServiceClient;
use crate::application::port::stock::{MAX_STOCK_BATCH, StockError, StockLevel, StockLookup};
use crate::domain::aggregate::BookId;

/// Talks to inventory over a lazily connected channel, so the catalog starts (and serves books)
/// whether or not inventory is up; every lookup, connecting included, is bounded by `timeout`.
///
/// Concurrent lookups share calls ([`Coalescer`]): at most [`CALLS_IN_FLIGHT`] run at a time, and
/// the lookups that arrive meanwhile leave together as one `GetAvailability` of up to
/// [`MAX_STOCK_BATCH`] books. Under load that is one round trip, one request for inventory to
/// serve and one query for its database per batch instead of per book read, with answers as
/// fresh as before: a lookup only joins a call that has not left yet.
#[derive(Clone)]
pub struct InventoryStock {
    calls: Coalescer<BookId, StockLevel, CallFailure>,
    timeout: Duration,
}

/// How many `GetAvailability` calls one catalog runs at a time. Two, so that a lookup arriving
/// while one call is out can leave at once instead of waiting for it (at low load every lookup
/// is a call of its own), while under load the lookups queued behind both leave as one.
pub const CALLS_IN_FLIGHT: usize = 2;

/// Why a shared call brought no stock.
#[derive(Debug, thiserror::Error)]
enum CallFailure {
    #[error("no answer in time")]
    Timeout,
    #[error("inventory answered {}: {}", .0.code(), .0.message())]
    Status(tonic::Status),
}

impl InventoryStock {
    /// # Errors
    /// An `endpoint` that is not a valid URI.
    pub fn connect_lazy(endpoint: &str, timeout: Duration) -> Result<Self, ChannelError> {
        let options = ChannelOptions {
            connect_timeout: timeout,
            request_timeout: timeout,
        };
        let client = StockServiceClient::new(channel(endpoint, options)?);
        let calls = Coalescer::new(
            "inventory_get_availability",
            MAX_STOCK_BATCH,
            CALLS_IN_FLIGHT,
            Box::new(move |books: Vec<BookId>| {
                let mut client = client.clone();
                Box::pin(async move { availability(&mut client, &books, timeout).await })
            }),
        );
        Ok(Self { calls, timeout })
    }
}

/// One `GetAvailability` call: the stock of each of `books`, in order.
async fn availability(
    client: &mut StockServiceClient<TracedChannel>,
    books: &[BookId],
    timeout: Duration,
) -> Result<Vec<StockLevel>, CallFailure> {
    let call = client.get_availability(GetAvailabilityRequest {
        book_ids: books.iter().map(|b| b.get()).collect(),
    });
    // The channel has its own timeouts; this one also bounds a slow DNS lookup or a peer
    // that accepts the connection and never answers.
    let response = match tokio::time::timeout(timeout, call).await {
        Err(_) => return Err(CallFailure::Timeout),
        Ok(Err(status)) => return Err(CallFailure::Status(status)),
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

impl StockLookup for InventoryStock {
    #[tracing::instrument(level = "debug", skip_all)]
    async fn stock_of(&self, books: &[BookId]) -> Result<Vec<StockLevel>, StockError> {
        if books.is_empty() {
            return Ok(Vec::new());
        }
        // A lookup may wait for a call slot before its own call: the bound covers both.
        match tokio::time::timeout(self.timeout, self.calls.load(books)).await {
            Err(_) => Err(StockError::Timeout),
            Ok(Ok(levels)) => Ok(levels),
            Ok(Err(Coalesced::Failed(failure))) => Err(match &*failure {
                CallFailure::Timeout => StockError::Timeout,
                CallFailure::Status(status) => StockError::Unavailable(Box::new(status.clone())),
            }),
            Ok(Err(lost @ Coalesced::Lost)) => Err(StockError::Unavailable(Box::new(lost))),
        }
    }
}
