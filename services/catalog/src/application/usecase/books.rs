//! Book operations.

use std::collections::HashSet;

use tracing::instrument;

use super::error::storage;
use super::{AppError, Catalog, begin_write, commit, now, retried};
use crate::application::port::repo::{
    AuthorRepository, BookFilter, BookRepository, BookSort, BookView, CatalogStore, CatalogTx,
    CategoryRepository, ListQuery, Paged, PublisherRepository,
};
use crate::application::port::stock::{MAX_STOCK_BATCH, StockLevel, StockLookup};
use crate::domain::aggregate::{BookId, BookSpec, Version};
use crate::domain::handler::ensure_current;
use app_kit::{FieldIssues, FieldPath};

/// The most ids one batch read takes.
pub const MAX_BATCH: usize = 100;

/// The books a batch read found, and the requested ids that matched none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookBatch {
    /// In the order of their first appearance in the request.
    pub found: Vec<BookView>,
    /// In request order, each once.
    pub missing: Vec<i64>,
}

impl<S: CatalogStore, K: StockLookup> Catalog<S, K> {
    #[instrument(skip_all)]
    pub async fn list_books(
        &self,
        query: &ListQuery<BookFilter, BookSort>,
    ) -> Result<Paged<BookView>, AppError> {
        self.find_books(query).await
    }

    /// [`Self::list_books`] without a span of its own, for use cases that already have one.
    async fn find_books(
        &self,
        query: &ListQuery<BookFilter, BookSort>,
    ) -> Result<Paged<BookView>, AppError> {
        BookRepository::list(&mut self.store.read(), query)
            .await
            .map_err(storage("book", 0))
    }

    /// A page of books and each one's stock, asked of inventory in one call for the whole page.
    /// The stock is `None` when inventory cannot say, as for [`Self::get_book_with_stock`].
    #[instrument(skip_all)]
    pub async fn list_books_with_stock(
        &self,
        query: &ListQuery<BookFilter, BookSort>,
    ) -> Result<(Paged<BookView>, Option<Vec<StockLevel>>), AppError> {
        let page = self.find_books(query).await?;
        let ids: Vec<BookId> = page.items.iter().map(|b| b.book.id()).collect();
        let stock = self.stock_or_warn(&ids).await;
        Ok((page, stock))
    }

    #[instrument(skip_all, fields(book_id = id))]
    pub async fn get_book(&self, id: i64) -> Result<BookView, AppError> {
        self.find_book(id).await
    }

    /// [`Self::get_book`] without a span of its own, for use cases that already have one.
    async fn find_book(&self, id: i64) -> Result<BookView, AppError> {
        let book_id = BookId::new(id).map_err(|_| AppError::not_found("book", id))?;
        BookRepository::get(&mut self.store.read(), book_id)
            .await
            .map_err(storage("book", id))?
            .ok_or_else(|| AppError::not_found("book", id))
    }

    /// The book and its stock, as the storefront reads them: the book may come from the
    /// storefront cache (see [`Self::with_book_cache`]). The stock is `None` when inventory
    /// cannot say (down, slow or failing): the catalog stays readable without it, and the gap is
    /// logged.
    #[instrument(skip_all, fields(book_id = id))]
    pub async fn get_book_with_stock(
        &self,
        id: i64,
    ) -> Result<(BookView, Option<StockLevel>), AppError> {
        let book = self
            .storefront_books
            .get_or_load(id, || self.find_book(id))
            .await?;
        let stock = self
            .stock_or_warn(&[book.book.id()])
            .await
            .and_then(|levels| levels.into_iter().next());
        Ok((book, stock))
    }

    /// The stock of `books` in their order, or `None` (and one warning) when inventory does not
    /// answer: the catalog stays readable without it. No books, no call. A page never holds more
    /// than [`MAX_STOCK_BATCH`] books, so this is one call; more would be asked in batches.
    async fn stock_or_warn(&self, books: &[BookId]) -> Option<Vec<StockLevel>> {
        let mut levels = Vec::with_capacity(books.len());
        for batch in books.chunks(MAX_STOCK_BATCH) {
            match self.stock.stock_of(batch).await {
                Ok(found) => levels.extend(found),
                Err(err) => {
                    let cause = std::error::Error::source(&err)
                        .map(ToString::to_string)
                        .unwrap_or_default();
                    tracing::warn!(
                        books = books.len(),
                        first_book_id = books.first().map(|b| b.get()),
                        error = %err,
                        cause = %cause,
                        "serving books without stock: inventory did not answer"
                    );
                    return None;
                }
            }
        }
        Some(levels)
    }

    /// Many books by id, for callers (order) that price several items at once. Ids that are not
    /// positive cannot exist and are reported missing like unknown ones.
    ///
    /// # Errors
    /// [`AppError::Invalid`] for more than [`MAX_BATCH`] distinct ids.
    #[instrument(skip_all, fields(requested = ids.len()))]
    pub async fn get_books(&self, ids: &[i64]) -> Result<BookBatch, AppError> {
        let distinct = app_kit::batch::distinct_at_most(ids, MAX_BATCH, "ids")?;
        let valid: Vec<BookId> = distinct
            .iter()
            .filter_map(|id| BookId::new(*id).ok())
            .collect();
        let mut found = BookRepository::get_many(&mut self.store.read(), &valid)
            .await
            .map_err(storage("book", 0))?;
        let present: HashSet<i64> = found.iter().map(|b| b.book.id().get()).collect();
        let position = |id: i64| distinct.iter().position(|d| *d == id).unwrap_or(usize::MAX);
        found.sort_by_key(|b| position(b.book.id().get()));
        let missing = distinct
            .into_iter()
            .filter(|id| !present.contains(id))
            .collect();
        Ok(BookBatch { found, missing })
    }

    #[instrument(skip_all, fields(isbn = %spec.isbn))]
    pub async fn create_book(&self, spec: BookSpec) -> Result<BookView, AppError> {
        retried(self.retry, || async {
            let mut tx = begin_write(&self.store).await?;
            check_references(&mut tx, &spec).await?;
            let view = BookRepository::insert(&mut tx, &spec, now())
                .await
                .map_err(storage("book", 0))?;
            commit(tx).await?;
            Ok(view)
        })
        .await
    }

    /// Replace every field of a book, if `sent` is the version stored.
    #[instrument(skip_all, fields(book_id = id))]
    pub async fn replace_book(
        &self,
        id: i64,
        spec: BookSpec,
        sent: Version,
    ) -> Result<BookView, AppError> {
        let book_id = BookId::new(id).map_err(|_| AppError::not_found("book", id))?;
        let outcome = retried(self.retry, || async {
            let mut tx = begin_write(&self.store).await?;
            let current = BookRepository::get(&mut tx, book_id)
                .await
                .map_err(storage("book", id))?
                .ok_or_else(|| AppError::not_found("book", id))?;
            ensure_current(current.book.version(), sent)?;
            check_references(&mut tx, &spec).await?;
            let replaced = current.book.replaced(spec.clone(), now());
            let view = BookRepository::update(&mut tx, &replaced, sent)
                .await
                .map_err(storage("book", id))?;
            commit(tx).await?;
            Ok(view)
        })
        .await;
        self.books_changed();
        outcome
    }

    #[instrument(skip_all, fields(book_id = id))]
    pub async fn delete_book(&self, id: i64) -> Result<(), AppError> {
        let book_id = BookId::new(id).map_err(|_| AppError::not_found("book", id))?;
        let outcome = retried(self.retry, || async {
            let mut tx = begin_write(&self.store).await?;
            BookRepository::delete(&mut tx, book_id)
                .await
                .map_err(storage("book", id))?;
            commit(tx).await
        })
        .await;
        self.books_changed();
        outcome
    }
}

/// The category, publisher and every author must exist; each one that does not is reported
/// at its field.
async fn check_references<T: CatalogTx>(tx: &mut T, spec: &BookSpec) -> Result<(), AppError> {
    let mut issues = FieldIssues::default();
    let category = CategoryRepository::get(tx, spec.category_id)
        .await
        .map_err(storage("category", 0))?;
    if category.is_none() {
        issues.add(
            "category_id",
            format!("no category with id {} exists", spec.category_id),
        );
    }
    let publisher = PublisherRepository::get(tx, spec.publisher_id)
        .await
        .map_err(storage("publisher", 0))?;
    if publisher.is_none() {
        issues.add(
            "publisher_id",
            format!("no publisher with id {} exists", spec.publisher_id),
        );
    }
    let wanted = spec.author_ids.as_slice();
    let existing: HashSet<_> = AuthorRepository::existing(tx, wanted)
        .await
        .map_err(storage("author", 0))?
        .into_iter()
        .collect();
    for (index, author) in wanted.iter().enumerate() {
        if !existing.contains(author) {
            issues.add(
                FieldPath::field("author_ids").index(index),
                format!("no author with id {author} exists"),
            );
        }
    }
    issues.check()
}
