//! Author operations.

use tracing::instrument;

use super::error::storage;
use super::{AppError, Catalog, now};
use crate::application::port::repo::{
    AuthorFilter, AuthorRepository, AuthorSort, CatalogStore, ListQuery, Paged,
};
use crate::application::port::stock::StockLookup;
use crate::domain::aggregate::{Author, AuthorId, PersonName, Version};
use crate::domain::handler::{ensure_current, ensure_unreferenced};

impl<S: CatalogStore, K: StockLookup> Catalog<S, K> {
    #[instrument(skip_all)]
    pub async fn list_authors(
        &self,
        query: &ListQuery<AuthorFilter, AuthorSort>,
    ) -> Result<Paged<Author>, AppError> {
        AuthorRepository::list(&self.store, query)
            .await
            .map_err(storage("author", 0))
    }

    #[instrument(skip_all, fields(author_id = id))]
    pub async fn get_author(&self, id: i64) -> Result<Author, AppError> {
        let author_id = AuthorId::new(id).map_err(|_| AppError::not_found("author", id))?;
        AuthorRepository::get(&self.store, author_id)
            .await
            .map_err(storage("author", id))?
            .ok_or_else(|| AppError::not_found("author", id))
    }

    #[instrument(skip_all)]
    pub async fn create_author(&self, name: PersonName) -> Result<Author, AppError> {
        AuthorRepository::insert(&self.store, &name, now())
            .await
            .map_err(storage("author", 0))
    }

    #[instrument(skip_all, fields(author_id = id))]
    pub async fn replace_author(
        &self,
        id: i64,
        name: PersonName,
        sent: Version,
    ) -> Result<Author, AppError> {
        let current = self.get_author(id).await?;
        ensure_current(current.version(), sent)?;
        let renamed = current.renamed(name, now());
        let outcome = AuthorRepository::update(&self.store, &renamed, sent).await;
        self.books_changed();
        outcome.map_err(storage("author", id))
    }

    /// Authors credited on a book are not deleted (409): unlinking them silently would change
    /// books nobody asked to change. Remove them from those books first.
    #[instrument(skip_all, fields(author_id = id))]
    pub async fn delete_author(&self, id: i64) -> Result<(), AppError> {
        let author = self.get_author(id).await?;
        let books = AuthorRepository::book_count(&self.store, author.id())
            .await
            .map_err(storage("author", id))?;
        ensure_unreferenced("author", books)?;
        AuthorRepository::delete(&self.store, author.id())
            .await
            .map_err(storage("author", id))
    }
}
