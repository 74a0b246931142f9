//! Author operations.

use tracing::instrument;

use super::error::storage;
use super::{AppError, Catalog, begin_write, commit, now, retried};
use crate::application::port::repo::{
    AuthorFilter, AuthorRepository, AuthorSort, CatalogStore, CatalogTx, ListQuery, Paged,
};
use crate::application::port::stock::StockLookup;
use crate::domain::aggregate::{Author, AuthorId, PersonName, Version};
use crate::domain::handler::{ensure_current, ensure_unreferenced};

/// The author `id`, read through `tx`.
async fn find<T: CatalogTx>(tx: &mut T, id: i64) -> Result<Author, AppError> {
    let author_id = AuthorId::new(id).map_err(|_| AppError::not_found("author", id))?;
    AuthorRepository::get(tx, author_id)
        .await
        .map_err(storage("author", id))?
        .ok_or_else(|| AppError::not_found("author", id))
}

impl<S: CatalogStore, K: StockLookup> Catalog<S, K> {
    #[instrument(skip_all)]
    pub async fn list_authors(
        &self,
        query: &ListQuery<AuthorFilter, AuthorSort>,
    ) -> Result<Paged<Author>, AppError> {
        AuthorRepository::list(&mut self.store.read(), query)
            .await
            .map_err(storage("author", 0))
    }

    #[instrument(skip_all, fields(author_id = id))]
    pub async fn get_author(&self, id: i64) -> Result<Author, AppError> {
        find(&mut self.store.read(), id).await
    }

    #[instrument(skip_all)]
    pub async fn create_author(&self, name: PersonName) -> Result<Author, AppError> {
        retried(self.retry, || async {
            let mut tx = begin_write(&self.store).await?;
            let author = AuthorRepository::insert(&mut tx, &name, now())
                .await
                .map_err(storage("author", 0))?;
            commit(tx).await?;
            Ok(author)
        })
        .await
    }

    #[instrument(skip_all, fields(author_id = id))]
    pub async fn replace_author(
        &self,
        id: i64,
        name: PersonName,
        sent: Version,
    ) -> Result<Author, AppError> {
        let outcome = retried(self.retry, || async {
            let mut tx = begin_write(&self.store).await?;
            let current = find(&mut tx, id).await?;
            ensure_current(current.version(), sent)?;
            let renamed = current.renamed(name.clone(), now());
            let stored = AuthorRepository::update(&mut tx, &renamed, sent)
                .await
                .map_err(storage("author", id))?;
            commit(tx).await?;
            Ok(stored)
        })
        .await;
        self.books_changed();
        outcome
    }

    /// Authors credited on a book are not deleted (409): unlinking them silently would change
    /// books nobody asked to change. Remove them from those books first. The count and the
    /// delete share one transaction; a credit added in between is refused by the foreign key.
    #[instrument(skip_all, fields(author_id = id))]
    pub async fn delete_author(&self, id: i64) -> Result<(), AppError> {
        retried(self.retry, || async {
            let mut tx = begin_write(&self.store).await?;
            let author = find(&mut tx, id).await?;
            let books = AuthorRepository::book_count(&mut tx, author.id())
                .await
                .map_err(storage("author", id))?;
            ensure_unreferenced("author", books)?;
            AuthorRepository::delete(&mut tx, author.id())
                .await
                .map_err(storage("author", id))?;
            commit(tx).await
        })
        .await
    }
}
