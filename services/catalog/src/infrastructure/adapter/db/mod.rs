//! The catalog's repositories on sqlx, for SQLite and MySQL/MariaDB.
//!
//! The SQL is written once, in `store.rs`, and compiled once per driver (`sqlite.rs`, `mysql.rs`),
//! each supplying the handful of dialect differences: how a price is read and written (integer
//! cents in SQLite, DECIMAL(10,2) in MySQL) and how the id of an inserted row is obtained (MySQL
//! has no `RETURNING`). Compiling the same text against concrete driver types avoids sqlx's
//! generic-executor bounds while keeping one implementation. Every value reaches the database as
//! a bound parameter; sort columns come from enums, never from client text.
//!
//! [`SqlCatalog`] picks the driver at run time from the pool it is given.
//!
//! Every write method is one transaction, begun and committed here. When the database reports
//! lock contention (a deadlock, a lock wait timeout, a busy SQLite file; see
//! `service_kit::db::is_contention`) the whole transaction is run again, a bounded number of
//! times; a write still contended after that fails as `RepoError::Contention`, with nothing of
//! it stored.

mod error;
pub mod migrations;
mod mysql;
mod sqlite;

use chrono::{DateTime, Utc};
use service_kit::db::RetryPolicy;
use sqlx::{MySqlPool, SqlitePool};

use crate::application::port::repo::{
    AuthorFilter, AuthorRepository, AuthorSort, BookFilter, BookRepository, BookSort, BookView,
    CategoryRepository, CategorySort, ListQuery, Paged, PublisherFilter, PublisherRepository,
    PublisherSort, RepoResult,
};
use crate::domain::aggregate::{
    Address, Author, AuthorId, Book, BookId, BookSpec, Category, CategoryId, PersonName, Publisher,
    PublisherId, PublisherName, Version,
};

/// The catalog's storage on whichever database the service was configured with.
#[derive(Debug, Clone)]
pub enum SqlCatalog {
    Sqlite(sqlite::Store),
    MySql(mysql::Store),
}

impl SqlCatalog {
    pub fn sqlite(pool: SqlitePool) -> Self {
        Self::Sqlite(sqlite::Store::new(pool))
    }

    pub fn mysql(pool: MySqlPool) -> Self {
        Self::MySql(mysql::Store::new(pool))
    }

    /// Writes that lose a race for locks are run again as `retry` says; the default is
    /// [`RetryPolicy::TRANSACTION`].
    #[must_use]
    pub fn with_retry(self, retry: RetryPolicy) -> Self {
        match self {
            Self::Sqlite(store) => Self::Sqlite(store.with_retry(retry)),
            Self::MySql(store) => Self::MySql(store.with_retry(retry)),
        }
    }
}

/// Forward a call to the store of the active driver.
macro_rules! dispatch {
    ($self:ident, $store:ident => $call:expr) => {
        match $self {
            SqlCatalog::Sqlite($store) => $call.await,
            SqlCatalog::MySql($store) => $call.await,
        }
    };
}

impl BookRepository for SqlCatalog {
    async fn insert(&self, spec: &BookSpec, now: DateTime<Utc>) -> RepoResult<BookView> {
        dispatch!(self, s => s.insert_book(spec, now))
    }

    async fn update(&self, book: &Book, previous: Version) -> RepoResult<BookView> {
        dispatch!(self, s => s.update_book(book, previous))
    }

    async fn get(&self, id: BookId) -> RepoResult<Option<BookView>> {
        dispatch!(self, s => s.get_book(id))
    }

    async fn get_many(&self, ids: &[BookId]) -> RepoResult<Vec<BookView>> {
        dispatch!(self, s => s.get_books(ids))
    }

    async fn list(&self, query: &ListQuery<BookFilter, BookSort>) -> RepoResult<Paged<BookView>> {
        dispatch!(self, s => s.list_books(query))
    }

    async fn delete(&self, id: BookId) -> RepoResult<()> {
        dispatch!(self, s => s.delete_book(id))
    }
}

impl AuthorRepository for SqlCatalog {
    async fn insert(&self, name: &PersonName, now: DateTime<Utc>) -> RepoResult<Author> {
        dispatch!(self, s => s.insert_author(name, now))
    }

    async fn update(&self, author: &Author, previous: Version) -> RepoResult<Author> {
        dispatch!(self, s => s.update_author(author, previous))
    }

    async fn get(&self, id: AuthorId) -> RepoResult<Option<Author>> {
        dispatch!(self, s => s.get_author(id))
    }

    async fn existing(&self, ids: &[AuthorId]) -> RepoResult<Vec<AuthorId>> {
        dispatch!(self, s => s.existing_authors(ids))
    }

    async fn list(&self, query: &ListQuery<AuthorFilter, AuthorSort>) -> RepoResult<Paged<Author>> {
        dispatch!(self, s => s.list_authors(query))
    }

    async fn book_count(&self, id: AuthorId) -> RepoResult<u64> {
        dispatch!(self, s => s.author_book_count(id))
    }

    async fn delete(&self, id: AuthorId) -> RepoResult<()> {
        dispatch!(self, s => s.delete_author(id))
    }
}

impl PublisherRepository for SqlCatalog {
    async fn insert(
        &self,
        name: &PublisherName,
        address: &Address,
        now: DateTime<Utc>,
    ) -> RepoResult<Publisher> {
        dispatch!(self, s => s.insert_publisher(name, address, now))
    }

    async fn update(&self, publisher: &Publisher, previous: Version) -> RepoResult<Publisher> {
        dispatch!(self, s => s.update_publisher(publisher, previous))
    }

    async fn get(&self, id: PublisherId) -> RepoResult<Option<Publisher>> {
        dispatch!(self, s => s.get_publisher(id))
    }

    async fn list(
        &self,
        query: &ListQuery<PublisherFilter, PublisherSort>,
    ) -> RepoResult<Paged<Publisher>> {
        dispatch!(self, s => s.list_publishers(query))
    }

    async fn book_count(&self, id: PublisherId) -> RepoResult<u64> {
        dispatch!(self, s => s.publisher_book_count(id))
    }

    async fn delete(&self, id: PublisherId) -> RepoResult<()> {
        dispatch!(self, s => s.delete_publisher(id))
    }
}

impl CategoryRepository for SqlCatalog {
    async fn get(&self, id: CategoryId) -> RepoResult<Option<Category>> {
        dispatch!(self, s => s.get_category(id))
    }

    async fn list(&self, query: &ListQuery<(), CategorySort>) -> RepoResult<Paged<Category>> {
        dispatch!(self, s => s.list_categories(query))
    }
}
