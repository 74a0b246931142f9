//! [`Auto`]: every repository call in a transaction of its own, committed when it succeeds, so
//! the contract reads as a sequence of independent calls. Use cases group calls in one
//! transaction themselves; here each one is checked on its own. A write transaction that loses
//! a race for locks is run again as the use cases run theirs (`retry_contended` with
//! [`RetryPolicy::TRANSACTION`] unless told otherwise), so the contention tests see the adapter
//! under the same retries as in service.

use catalog::application::port::repo::RepoError;
use catalog::application::port::repo::{
    AuthorFilter, AuthorRepository, AuthorSort, BookFilter, BookRepository, BookSort, BookView,
    CatalogStore, CatalogTx, CategoryRepository, CategorySort, ListQuery, Paged, PublisherFilter,
    PublisherRepository, PublisherSort, RepoResult,
};
use catalog::domain::aggregate::{
    Address, Author, AuthorId, Book, BookId, BookSpec, Category, CategoryId, PersonName, Publisher,
    PublisherId, PublisherName, Version,
};
use chrono::{DateTime, Utc};
use service_kit::db::{RetryPolicy, retry_contended};

pub struct Auto<'a, S> {
    store: &'a S,
    retry: RetryPolicy,
}

impl<'a, S> Auto<'a, S> {
    pub fn new(store: &'a S) -> Self {
        Self::with_retry(store, RetryPolicy::TRANSACTION)
    }

    pub fn with_retry(store: &'a S, retry: RetryPolicy) -> Self {
        Self { store, retry }
    }
}

/// A write: begin, call, commit (dropped, so rolled back, when the call fails), the whole
/// transaction again while it loses races for locks.
macro_rules! write {
    ($auto:expr, $tx:ident => $call:expr) => {
        retry_contended(
            $auto.retry,
            |err| matches!(err, RepoError::Contention { .. }),
            || async {
                let mut $tx = $auto.store.write().await?;
                let value = $call.await?;
                $tx.commit().await?;
                Ok(value)
            },
        )
        .await
    };
}

impl<S: CatalogStore> BookRepository for Auto<'_, S> {
    async fn insert(&mut self, spec: &BookSpec, now: DateTime<Utc>) -> RepoResult<BookView> {
        write!(self, tx => BookRepository::insert(&mut tx, spec, now))
    }
    async fn update(&mut self, book: &Book, previous: Version) -> RepoResult<BookView> {
        write!(self, tx => BookRepository::update(&mut tx, book, previous))
    }
    async fn get(&mut self, id: BookId) -> RepoResult<Option<BookView>> {
        BookRepository::get(&mut self.store.read(), id).await
    }
    async fn get_many(&mut self, ids: &[BookId]) -> RepoResult<Vec<BookView>> {
        BookRepository::get_many(&mut self.store.read(), ids).await
    }
    async fn list(
        &mut self,
        query: &ListQuery<BookFilter, BookSort>,
    ) -> RepoResult<Paged<BookView>> {
        BookRepository::list(&mut self.store.read(), query).await
    }
    async fn delete(&mut self, id: BookId) -> RepoResult<()> {
        write!(self, tx => BookRepository::delete(&mut tx, id))
    }
}

impl<S: CatalogStore> AuthorRepository for Auto<'_, S> {
    async fn insert(&mut self, name: &PersonName, now: DateTime<Utc>) -> RepoResult<Author> {
        write!(self, tx => AuthorRepository::insert(&mut tx, name, now))
    }
    async fn update(&mut self, author: &Author, previous: Version) -> RepoResult<Author> {
        write!(self, tx => AuthorRepository::update(&mut tx, author, previous))
    }
    async fn get(&mut self, id: AuthorId) -> RepoResult<Option<Author>> {
        AuthorRepository::get(&mut self.store.read(), id).await
    }
    async fn existing(&mut self, ids: &[AuthorId]) -> RepoResult<Vec<AuthorId>> {
        AuthorRepository::existing(&mut self.store.read(), ids).await
    }
    async fn list(
        &mut self,
        query: &ListQuery<AuthorFilter, AuthorSort>,
    ) -> RepoResult<Paged<Author>> {
        AuthorRepository::list(&mut self.store.read(), query).await
    }
    async fn book_count(&mut self, id: AuthorId) -> RepoResult<u64> {
        AuthorRepository::book_count(&mut self.store.read(), id).await
    }
    async fn delete(&mut self, id: AuthorId) -> RepoResult<()> {
        write!(self, tx => AuthorRepository::delete(&mut tx, id))
    }
}

impl<S: CatalogStore> PublisherRepository for Auto<'_, S> {
    async fn insert(
        &mut self,
        name: &PublisherName,
        address: &Address,
        now: DateTime<Utc>,
    ) -> RepoResult<Publisher> {
        write!(self, tx => PublisherRepository::insert(&mut tx, name, address, now))
    }
    async fn update(&mut self, publisher: &Publisher, previous: Version) -> RepoResult<Publisher> {
        write!(self, tx => PublisherRepository::update(&mut tx, publisher, previous))
    }
    async fn get(&mut self, id: PublisherId) -> RepoResult<Option<Publisher>> {
        PublisherRepository::get(&mut self.store.read(), id).await
    }
    async fn list(
        &mut self,
        query: &ListQuery<PublisherFilter, PublisherSort>,
    ) -> RepoResult<Paged<Publisher>> {
        PublisherRepository::list(&mut self.store.read(), query).await
    }
    async fn book_count(&mut self, id: PublisherId) -> RepoResult<u64> {
        PublisherRepository::book_count(&mut self.store.read(), id).await
    }
    async fn delete(&mut self, id: PublisherId) -> RepoResult<()> {
        write!(self, tx => PublisherRepository::delete(&mut tx, id))
    }
}

impl<S: CatalogStore> CategoryRepository for Auto<'_, S> {
    async fn get(&mut self, id: CategoryId) -> RepoResult<Option<Category>> {
        CategoryRepository::get(&mut self.store.read(), id).await
    }
    async fn list(&mut self, query: &ListQuery<(), CategorySort>) -> RepoResult<Paged<Category>> {
        CategoryRepository::list(&mut self.store.read(), query).await
    }
}
