//! List queries: filters, a whitelisted sort field, direction and page. Sort fields are enums so
//! that no client text ever becomes part of an ORDER BY.

/// Filters, sort and page of one list request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListQuery<F, S> {
    pub filter: F,
    pub sort: S,
    pub order: SortOrder,
    /// 1 to 100, checked by the caller.
    pub limit: u32,
    pub offset: u64,
}

pub use app_kit::{Paged, SortOrder};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BookFilter {
    /// Case-insensitive substring of the title, matched literally (`%` and `_` are not wildcards).
    pub title: Option<String>,
    pub category_id: Option<crate::domain::aggregate::CategoryId>,
    pub publisher_id: Option<crate::domain::aggregate::PublisherId>,
    pub author_id: Option<crate::domain::aggregate::AuthorId>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuthorFilter {
    /// Case-insensitive substring of the name, matched literally.
    pub name: Option<String>,
    pub book_id: Option<crate::domain::aggregate::BookId>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PublisherFilter {
    /// Case-insensitive substring of the name, matched literally.
    pub name: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BookSort {
    #[default]
    CreatedAt,
    Id,
    Title,
    Price,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AuthorSort {
    #[default]
    CreatedAt,
    Id,
    Name,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PublisherSort {
    #[default]
    CreatedAt,
    Id,
    Name,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CategorySort {
    #[default]
    Id,
    Name,
}
