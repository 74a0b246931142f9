//! Publisher operations.

use tracing::instrument;

use super::error::storage;
use super::{AppError, Catalog, now};
use crate::application::port::repo::{
    CatalogStore, ListQuery, Paged, PublisherFilter, PublisherRepository, PublisherSort,
};
use crate::application::port::stock::StockLookup;
use crate::domain::aggregate::{Address, Publisher, PublisherId, PublisherName, Version};
use crate::domain::handler::{ensure_current, ensure_unreferenced};

impl<S: CatalogStore, K: StockLookup> Catalog<S, K> {
    #[instrument(skip_all)]
    pub async fn list_publishers(
        &self,
        query: &ListQuery<PublisherFilter, PublisherSort>,
    ) -> Result<Paged<Publisher>, AppError> {
        PublisherRepository::list(&self.store, query)
            .await
            .map_err(storage("publisher", 0))
    }

    #[instrument(skip_all, fields(publisher_id = id))]
    pub async fn get_publisher(&self, id: i64) -> Result<Publisher, AppError> {
        let publisher_id =
            PublisherId::new(id).map_err(|_| AppError::not_found("publisher", id))?;
        PublisherRepository::get(&self.store, publisher_id)
            .await
            .map_err(storage("publisher", id))?
            .ok_or_else(|| AppError::not_found("publisher", id))
    }

    #[instrument(skip_all)]
    pub async fn create_publisher(
        &self,
        name: PublisherName,
        address: Address,
    ) -> Result<Publisher, AppError> {
        PublisherRepository::insert(&self.store, &name, &address, now())
            .await
            .map_err(storage("publisher", 0))
    }

    #[instrument(skip_all, fields(publisher_id = id))]
    pub async fn replace_publisher(
        &self,
        id: i64,
        name: PublisherName,
        address: Address,
        sent: Version,
    ) -> Result<Publisher, AppError> {
        let current = self.get_publisher(id).await?;
        ensure_current(current.version(), sent)?;
        let replaced = current.replaced(name, address, now());
        let outcome = PublisherRepository::update(&self.store, &replaced, sent).await;
        self.books_changed();
        outcome.map_err(storage("publisher", id))
    }

    /// A publisher that still has books is not deleted (409), never cascaded.
    #[instrument(skip_all, fields(publisher_id = id))]
    pub async fn delete_publisher(&self, id: i64) -> Result<(), AppError> {
        let publisher = self.get_publisher(id).await?;
        let books = PublisherRepository::book_count(&self.store, publisher.id())
            .await
            .map_err(storage("publisher", id))?;
        ensure_unreferenced("publisher", books)?;
        PublisherRepository::delete(&self.store, publisher.id())
            .await
            .map_err(storage("publisher", id))
    }
}
