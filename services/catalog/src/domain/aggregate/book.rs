//! The book aggregate: its own fields plus the ordered list of its authors, which is saved with
//! it (the links are part of the book, not of the author).

use chrono::{DateTime, Utc};

use super::{
    AuthorId, BookId, CategoryId, Description, Isbn, Money, PublisherId, Title, ValueError, Version,
};

/// The most authors one book credits.
pub const MAX_AUTHORS: usize = 20;

/// A book's authors in credit order: at least one, at most [`MAX_AUTHORS`], no repeats.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthorIds(Vec<AuthorId>);

impl AuthorIds {
    /// # Errors
    /// [`ValueError::AuthorCount`] for none or too many, [`ValueError::DuplicateAuthor`] when an
    /// author appears twice.
    pub fn new(ids: Vec<AuthorId>) -> Result<Self, ValueError> {
        if ids.is_empty() || ids.len() > MAX_AUTHORS {
            return Err(ValueError::AuthorCount { max: MAX_AUTHORS });
        }
        let mut seen = std::collections::HashSet::with_capacity(ids.len());
        if !ids.iter().all(|id| seen.insert(*id)) {
            return Err(ValueError::DuplicateAuthor);
        }
        Ok(Self(ids))
    }

    pub fn as_slice(&self) -> &[AuthorId] {
        &self.0
    }
}

/// Everything a client decides about a book: what creating or replacing it sets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookSpec {
    pub title: Title,
    pub isbn: Isbn,
    /// Greater than zero (see [`Money::price`]).
    pub price: Money,
    pub description: Option<Description>,
    pub category_id: CategoryId,
    pub publisher_id: PublisherId,
    pub author_ids: AuthorIds,
}

/// A stored book.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Book {
    id: BookId,
    spec: BookSpec,
    version: Version,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl Book {
    /// Rebuild a book from storage, which only ever holds books that passed validation.
    pub fn restore(
        id: BookId,
        spec: BookSpec,
        version: Version,
        created_at: DateTime<Utc>,
        updated_at: DateTime<Utc>,
    ) -> Self {
        Self {
            id,
            spec,
            version,
            created_at,
            updated_at,
        }
    }

    pub fn id(&self) -> BookId {
        self.id
    }

    pub fn spec(&self) -> &BookSpec {
        &self.spec
    }

    pub fn version(&self) -> Version {
        self.version
    }

    pub fn created_at(&self) -> DateTime<Utc> {
        self.created_at
    }

    pub fn updated_at(&self) -> DateTime<Utc> {
        self.updated_at
    }

    /// The book with every client-set field replaced, one version later. The caller has checked
    /// the expected version (see [`crate::domain::handler::ensure_current`]).
    #[must_use]
    pub fn replaced(self, spec: BookSpec, now: DateTime<Utc>) -> Self {
        Self {
            spec,
            version: self.version.next(),
            updated_at: now,
            ..self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn author(id: i64) -> AuthorId {
        AuthorId::new(id).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn a_book_needs_at_least_one_author() {
        assert_eq!(
            AuthorIds::new(vec![]),
            Err(ValueError::AuthorCount { max: MAX_AUTHORS })
        );
    }

    #[test]
    fn a_book_credits_at_most_twenty_authors() {
        assert!(AuthorIds::new((1..=20).map(author).collect()).is_ok());
        assert_eq!(
            AuthorIds::new((1..=21).map(author).collect()),
            Err(ValueError::AuthorCount { max: MAX_AUTHORS })
        );
    }

    #[test]
    fn an_author_is_credited_once() {
        assert_eq!(
            AuthorIds::new(vec![author(1), author(2), author(1)]),
            Err(ValueError::DuplicateAuthor)
        );
    }

    #[test]
    fn credit_order_is_kept() {
        let ids = AuthorIds::new(vec![author(3), author(1)]).map(|a| a.as_slice().to_vec());
        assert_eq!(ids, Ok(vec![author(3), author(1)]));
    }
}
