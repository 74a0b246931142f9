//! Outbound port to the catalog: the current price and title of books.

use std::future::Future;

use rust_decimal::Decimal;

/// A book as an order line needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookPrice {
    pub id: i64,
    pub title: String,
    pub price: Decimal,
}

/// What the catalog answered: the books it knows and the ids it does not.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Priced {
    pub books: Vec<BookPrice>,
    pub missing: Vec<i64>,
}

/// The catalog could not answer.
#[derive(Debug, thiserror::Error)]
#[error("the catalog could not be asked for prices")]
pub struct CatalogUnavailable(#[source] pub Box<dyn std::error::Error + Send + Sync>);

pub trait BookPrices: Send + Sync + 'static {
    /// The price and title of each of `ids` (at most 100, distinct) in one round trip.
    fn prices(
        &self,
        ids: &[i64],
    ) -> impl Future<Output = Result<Priced, CatalogUnavailable>> + Send;
}
