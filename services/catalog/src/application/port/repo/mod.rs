//! Outbound storage ports. The traits speak domain types; an adapter maps its own failures onto
//! [`RepoError`] so that no SQL detail reaches the use cases.
//!
//! Each write method is atomic on its own: an aggregate is the unit of consistency, and a book's
//! author links are part of the book, so `insert`/`update`/`delete` of a book write the book row
//! and its links in one transaction inside the adapter. No use case changes two aggregates at
//! once, so a wider unit of work is not needed.
//!
//! Because each write is one whole transaction, the adapter also runs it again when the
//! database reports lock contention; any method may still end in [`RepoError::Contention`]
//! when the database stays busy, which callers answer as "try again later", never as a fault.

mod error;
mod query;

use std::future::Future;

use chrono::{DateTime, Utc};

pub use error::{RepoError, Uniqueness};
pub use query::{
    AuthorFilter, AuthorSort, BookFilter, BookSort, CategorySort, ListQuery, Paged,
    PublisherFilter, PublisherSort, SortOrder,
};

use crate::domain::aggregate::{
    Address, Author, AuthorId, Book, BookId, BookSpec, Category, CategoryId, PersonName, Publisher,
    PublisherId, PublisherName, Version,
};

/// A book with the names of what it points at, as every read shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookView {
    pub book: Book,
    pub category: NamedRef<CategoryId>,
    pub publisher: NamedRef<PublisherId>,
    /// In credit order.
    pub authors: Vec<NamedRef<AuthorId>>,
}

/// An id with the display name that goes with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedRef<Id> {
    pub id: Id,
    pub name: String,
}

pub type RepoResult<T> = Result<T, RepoError>;

/// Books and their author links.
pub trait BookRepository: Send + Sync + 'static {
    /// Store a new book at [`Version::INITIAL`].
    ///
    /// # Errors
    /// [`RepoError::Duplicate`] for an ISBN in use, [`RepoError::MissingReference`] when the
    /// category, publisher or an author does not exist.
    fn insert(
        &self,
        spec: &BookSpec,
        now: DateTime<Utc>,
    ) -> impl Future<Output = RepoResult<BookView>> + Send;

    /// Store `book` (already one version on) if the stored one still has `previous`.
    ///
    /// # Errors
    /// [`RepoError::NotFound`], [`RepoError::StaleVersion`] when someone else changed it first,
    /// and as for [`BookRepository::insert`].
    fn update(
        &self,
        book: &Book,
        previous: Version,
    ) -> impl Future<Output = RepoResult<BookView>> + Send;

    fn get(&self, id: BookId) -> impl Future<Output = RepoResult<Option<BookView>>> + Send;

    /// The books among `ids` that exist, in no particular order.
    fn get_many(&self, ids: &[BookId]) -> impl Future<Output = RepoResult<Vec<BookView>>> + Send;

    fn list(
        &self,
        query: &ListQuery<BookFilter, BookSort>,
    ) -> impl Future<Output = RepoResult<Paged<BookView>>> + Send;

    /// Delete a book and its author links.
    ///
    /// # Errors
    /// [`RepoError::NotFound`].
    fn delete(&self, id: BookId) -> impl Future<Output = RepoResult<()>> + Send;
}

/// Authors.
pub trait AuthorRepository: Send + Sync + 'static {
    fn insert(
        &self,
        name: &PersonName,
        now: DateTime<Utc>,
    ) -> impl Future<Output = RepoResult<Author>> + Send;

    /// # Errors
    /// [`RepoError::NotFound`], [`RepoError::StaleVersion`].
    fn update(
        &self,
        author: &Author,
        previous: Version,
    ) -> impl Future<Output = RepoResult<Author>> + Send;

    fn get(&self, id: AuthorId) -> impl Future<Output = RepoResult<Option<Author>>> + Send;

    /// Which of `ids` exist.
    fn existing(&self, ids: &[AuthorId]) -> impl Future<Output = RepoResult<Vec<AuthorId>>> + Send;

    fn list(
        &self,
        query: &ListQuery<AuthorFilter, AuthorSort>,
    ) -> impl Future<Output = RepoResult<Paged<Author>>> + Send;

    /// How many books credit this author.
    fn book_count(&self, id: AuthorId) -> impl Future<Output = RepoResult<u64>> + Send;

    /// # Errors
    /// [`RepoError::NotFound`], [`RepoError::InUse`] when a book still credits the author.
    fn delete(&self, id: AuthorId) -> impl Future<Output = RepoResult<()>> + Send;
}

/// Publishers.
pub trait PublisherRepository: Send + Sync + 'static {
    /// # Errors
    /// [`RepoError::Duplicate`] for a name in use.
    fn insert(
        &self,
        name: &PublisherName,
        address: &Address,
        now: DateTime<Utc>,
    ) -> impl Future<Output = RepoResult<Publisher>> + Send;

    /// # Errors
    /// [`RepoError::NotFound`], [`RepoError::StaleVersion`], [`RepoError::Duplicate`].
    fn update(
        &self,
        publisher: &Publisher,
        previous: Version,
    ) -> impl Future<Output = RepoResult<Publisher>> + Send;

    fn get(&self, id: PublisherId) -> impl Future<Output = RepoResult<Option<Publisher>>> + Send;

    fn list(
        &self,
        query: &ListQuery<PublisherFilter, PublisherSort>,
    ) -> impl Future<Output = RepoResult<Paged<Publisher>>> + Send;

    /// How many books this publisher publishes.
    fn book_count(&self, id: PublisherId) -> impl Future<Output = RepoResult<u64>> + Send;

    /// # Errors
    /// [`RepoError::NotFound`], [`RepoError::InUse`] when a book still points at it.
    fn delete(&self, id: PublisherId) -> impl Future<Output = RepoResult<()>> + Send;
}

/// The fixed categories.
pub trait CategoryRepository: Send + Sync + 'static {
    fn get(&self, id: CategoryId) -> impl Future<Output = RepoResult<Option<Category>>> + Send;

    fn list(
        &self,
        query: &ListQuery<(), CategorySort>,
    ) -> impl Future<Output = RepoResult<Paged<Category>>> + Send;
}

/// Everything the catalog stores; one adapter implements all of it.
pub trait CatalogStore:
    BookRepository + AuthorRepository + PublisherRepository + CategoryRepository
{
}

impl<T: BookRepository + AuthorRepository + PublisherRepository + CategoryRepository> CatalogStore
    for T
{
}
