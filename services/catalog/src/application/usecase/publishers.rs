//! Publisher operations.

use tracing::instrument;

use super::error::storage;
use super::{AppError, Catalog, begin_write, commit, now, retried};
use crate::application::port::repo::{
    CatalogStore, CatalogTx, ListQuery, Paged, PublisherFilter, PublisherRepository, PublisherSort,
};
use crate::application::port::stock::StockLookup;
use crate::domain::aggregate::{Address, Publisher, PublisherId, PublisherName, Version};
use crate::domain::handler::{ensure_current, ensure_unreferenced};

/// The publisher `id`, read through `tx`.
async fn find<T: CatalogTx>(tx: &mut T, id: i64) -> Result<Publisher, AppError> {
    let publisher_id = PublisherId::new(id).map_err(|_| AppError::not_found("publisher", id))?;
    PublisherRepository::get(tx, publisher_id)
        .await
        .map_err(storage("publisher", id))?
        .ok_or_else(|| AppError::not_found("publisher", id))
}

impl<S: CatalogStore, K: StockLookup> Catalog<S, K> {
    #[instrument(skip_all)]
    pub async fn list_publishers(
        &self,
        query: &ListQuery<PublisherFilter, PublisherSort>,
    ) -> Result<Paged<Publisher>, AppError> {
        PublisherRepository::list(&mut self.store.read(), query)
            .await
            .map_err(storage("publisher", 0))
    }

    #[instrument(skip_all, fields(publisher_id = id))]
    pub async fn get_publisher(&self, id: i64) -> Result<Publisher, AppError> {
        find(&mut self.store.read(), id).await
    }

    #[instrument(skip_all)]
    pub async fn create_publisher(
        &self,
        name: PublisherName,
        address: Address,
    ) -> Result<Publisher, AppError> {
        retried(self.retry, || async {
            let mut tx = begin_write(&self.store).await?;
            let publisher = PublisherRepository::insert(&mut tx, &name, &address, now())
                .await
                .map_err(storage("publisher", 0))?;
            commit(tx).await?;
            Ok(publisher)
        })
        .await
    }

    #[instrument(skip_all, fields(publisher_id = id))]
    pub async fn replace_publisher(
        &self,
        id: i64,
        name: PublisherName,
        address: Address,
        sent: Version,
    ) -> Result<Publisher, AppError> {
        let outcome = retried(self.retry, || async {
            let mut tx = begin_write(&self.store).await?;
            let current = find(&mut tx, id).await?;
            ensure_current(current.version(), sent)?;
            let replaced = current.replaced(name.clone(), address.clone(), now());
            let stored = PublisherRepository::update(&mut tx, &replaced, sent)
                .await
                .map_err(storage("publisher", id))?;
            commit(tx).await?;
            Ok(stored)
        })
        .await;
        self.books_changed();
        outcome
    }

    /// A publisher that still has books is not deleted (409), never cascaded.
    #[instrument(skip_all, fields(publisher_id = id))]
    pub async fn delete_publisher(&self, id: i64) -> Result<(), AppError> {
        retried(self.retry, || async {
            let mut tx = begin_write(&self.store).await?;
            let publisher = find(&mut tx, id).await?;
            let books = PublisherRepository::book_count(&mut tx, publisher.id())
                .await
                .map_err(storage("publisher", id))?;
            ensure_unreferenced("publisher", books)?;
            PublisherRepository::delete(&mut tx, publisher.id())
                .await
                .map_err(storage("publisher", id))?;
            commit(tx).await
        })
        .await
    }
}
