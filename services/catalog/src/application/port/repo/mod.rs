//! Outbound storage ports. The traits speak domain types; an adapter maps its own failures onto
//! [`RepoError`] so that no SQL detail reaches the use cases.
//!
//! The use case owns the transaction through [`UnitOfWork`]: it begins one (`write`, or a lazy
//! `read`), reaches every repository through it ([`CatalogTx`]) and commits. What a use case
//! checks before it writes (the version read, the references that must exist) is read in the
//! same transaction as the write. A write transaction that loses a race for locks ends in
//! [`RepoError::Contention`]; the use case runs the whole transaction again, and a write still
//! contended after that is answered as "try again later", never as a fault.

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
pub trait BookRepository {
    /// Store a new book at [`Version::INITIAL`].
    ///
    /// # Errors
    /// [`RepoError::Duplicate`] for an ISBN in use, [`RepoError::MissingReference`] when the
    /// category, publisher or an author does not exist.
    fn insert(
        &mut self,
        spec: &BookSpec,
        now: DateTime<Utc>,
    ) -> impl Future<Output = RepoResult<BookView>> + Send;

    /// Store `book` (already one version on) if the stored one still has `previous`.
    ///
    /// # Errors
    /// [`RepoError::NotFound`], [`RepoError::StaleVersion`] when someone else changed it first,
    /// and as for [`BookRepository::insert`].
    fn update(
        &mut self,
        book: &Book,
        previous: Version,
    ) -> impl Future<Output = RepoResult<BookView>> + Send;

    fn get(&mut self, id: BookId) -> impl Future<Output = RepoResult<Option<BookView>>> + Send;

    /// The books among `ids` that exist, in no particular order.
    fn get_many(
        &mut self,
        ids: &[BookId],
    ) -> impl Future<Output = RepoResult<Vec<BookView>>> + Send;

    fn list(
        &mut self,
        query: &ListQuery<BookFilter, BookSort>,
    ) -> impl Future<Output = RepoResult<Paged<BookView>>> + Send;

    /// Delete a book and its author links.
    ///
    /// # Errors
    /// [`RepoError::NotFound`].
    fn delete(&mut self, id: BookId) -> impl Future<Output = RepoResult<()>> + Send;
}

/// Authors.
pub trait AuthorRepository {
    fn insert(
        &mut self,
        name: &PersonName,
        now: DateTime<Utc>,
    ) -> impl Future<Output = RepoResult<Author>> + Send;

    /// # Errors
    /// [`RepoError::NotFound`], [`RepoError::StaleVersion`].
    fn update(
        &mut self,
        author: &Author,
        previous: Version,
    ) -> impl Future<Output = RepoResult<Author>> + Send;

    fn get(&mut self, id: AuthorId) -> impl Future<Output = RepoResult<Option<Author>>> + Send;

    /// Which of `ids` exist.
    fn existing(
        &mut self,
        ids: &[AuthorId],
    ) -> impl Future<Output = RepoResult<Vec<AuthorId>>> + Send;

    fn list(
        &mut self,
        query: &ListQuery<AuthorFilter, AuthorSort>,
    ) -> impl Future<Output = RepoResult<Paged<Author>>> + Send;

    /// How many books credit this author.
    fn book_count(&mut self, id: AuthorId) -> impl Future<Output = RepoResult<u64>> + Send;

    /// # Errors
    /// [`RepoError::NotFound`], [`RepoError::InUse`] when a book still credits the author.
    fn delete(&mut self, id: AuthorId) -> impl Future<Output = RepoResult<()>> + Send;
}

/// Publishers.
pub trait PublisherRepository {
    /// # Errors
    /// [`RepoError::Duplicate`] for a name in use.
    fn insert(
        &mut self,
        name: &PublisherName,
        address: &Address,
        now: DateTime<Utc>,
    ) -> impl Future<Output = RepoResult<Publisher>> + Send;

    /// # Errors
    /// [`RepoError::NotFound`], [`RepoError::StaleVersion`], [`RepoError::Duplicate`].
    fn update(
        &mut self,
        publisher: &Publisher,
        previous: Version,
    ) -> impl Future<Output = RepoResult<Publisher>> + Send;

    fn get(
        &mut self,
        id: PublisherId,
    ) -> impl Future<Output = RepoResult<Option<Publisher>>> + Send;

    fn list(
        &mut self,
        query: &ListQuery<PublisherFilter, PublisherSort>,
    ) -> impl Future<Output = RepoResult<Paged<Publisher>>> + Send;

    /// How many books this publisher publishes.
    fn book_count(&mut self, id: PublisherId) -> impl Future<Output = RepoResult<u64>> + Send;

    /// # Errors
    /// [`RepoError::NotFound`], [`RepoError::InUse`] when a book still points at it.
    fn delete(&mut self, id: PublisherId) -> impl Future<Output = RepoResult<()>> + Send;
}

/// The fixed categories.
pub trait CategoryRepository {
    fn get(&mut self, id: CategoryId) -> impl Future<Output = RepoResult<Option<Category>>> + Send;

    fn list(
        &mut self,
        query: &ListQuery<(), CategorySort>,
    ) -> impl Future<Output = RepoResult<Paged<Category>>> + Send;
}

/// One open transaction, through which every repository is reached. Dropping it without
/// [`CatalogTx::commit`] rolls it back.
pub trait CatalogTx:
    BookRepository + AuthorRepository + PublisherRepository + CategoryRepository + Send
{
    /// # Errors
    /// [`RepoError::Contention`] when the commit lost a race, [`RepoError::Unexpected`] otherwise.
    fn commit(self) -> impl Future<Output = RepoResult<()>> + Send;
}

/// Everything the catalog stores, reached through transactions the use case begins.
pub trait CatalogStore: Send + Sync + 'static {
    type Tx: CatalogTx;

    /// A transaction that only reads; it begins with its first statement, and a read of one
    /// statement needs none at all.
    fn read(&self) -> Self::Tx;

    /// A transaction that will write.
    ///
    /// # Errors
    /// [`RepoError::Contention`] when the database is busy, [`RepoError::Unexpected`] when no
    /// connection can be had.
    fn write(&self) -> impl Future<Output = RepoResult<Self::Tx>> + Send;
}
