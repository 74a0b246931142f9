//! DTOs to domain values (collecting one issue per invalid field) and domain values to DTOs.

use rust_decimal::Decimal;

use crate::application::port::openapi::model;
use crate::application::port::repo::{BookView, ListQuery, SortOrder};
use crate::application::port::stock::StockLevel;
use crate::application::usecase::{CatalogError, FieldIssue, Paging};
use crate::domain::aggregate::{
    Address, Author, AuthorId, AuthorIds, BookSpec, Category, CategoryId, Description, Isbn, Money,
    PersonName, Publisher, PublisherId, PublisherName, Title, ValueError, Version,
};

/// Collects the issues of one request while its fields are parsed.
#[derive(Default)]
pub(super) struct Fields {
    issues: Vec<FieldIssue>,
}

impl Fields {
    pub(super) fn take<T>(&mut self, pointer: &str, parsed: Result<T, ValueError>) -> Option<T> {
        parsed
            .map_err(|err| self.issues.push(FieldIssue::new(pointer, err)))
            .ok()
    }

    pub(super) fn finish<T>(self, value: Option<T>) -> Result<T, CatalogError> {
        match value {
            Some(value) if self.issues.is_empty() => Ok(value),
            _ => Err(CatalogError::Invalid(self.issues)),
        }
    }
}

/// The fields a book create and a book replace share.
pub(super) struct BookFields<'a> {
    pub title: &'a str,
    pub isbn: &'a str,
    pub price: Decimal,
    pub description: Option<&'a str>,
    pub category_id: i64,
    pub publisher_id: i64,
    pub author_ids: &'a [i64],
}

pub(super) fn book_spec(fields: &mut Fields, book: &BookFields<'_>) -> Option<BookSpec> {
    let title = fields.take("/title", Title::parse(book.title));
    let isbn = fields.take("/isbn", Isbn::parse(book.isbn));
    let price = fields.take("/price", Money::price(book.price));
    // An empty description is no description, as an omitted one.
    let description = match book.description.map(str::trim).filter(|d| !d.is_empty()) {
        None => Some(None),
        Some(text) => fields
            .take("/description", Description::parse(text))
            .map(Some),
    };
    let category_id = fields.take("/category_id", CategoryId::new(book.category_id));
    let publisher_id = fields.take("/publisher_id", PublisherId::new(book.publisher_id));
    let mut ids = Vec::with_capacity(book.author_ids.len());
    for (index, id) in book.author_ids.iter().enumerate() {
        if let Some(id) = fields.take(&format!("/author_ids/{index}"), AuthorId::new(*id)) {
            ids.push(id);
        }
    }
    let author_ids = if ids.len() == book.author_ids.len() {
        fields.take("/author_ids", AuthorIds::new(ids))
    } else {
        None
    };
    Some(BookSpec {
        title: title?,
        isbn: isbn?,
        price: price?,
        description: description?,
        category_id: category_id?,
        publisher_id: publisher_id?,
        author_ids: author_ids?,
    })
}

pub(super) fn version(fields: &mut Fields, version: i64) -> Option<Version> {
    fields.take("/version", Version::new(version))
}

pub(super) fn person_name(fields: &mut Fields, name: &str) -> Option<PersonName> {
    fields.take("/name", PersonName::parse(name))
}

pub(super) fn publisher_parts(
    fields: &mut Fields,
    name: &str,
    address: &str,
) -> Option<(PublisherName, Address)> {
    let name = fields.take("/name", PublisherName::parse(name));
    let address = fields.take("/address", Address::parse(address));
    Some((name?, address?))
}

/// List parameters, re-checked here so the use cases never trust the adapter's validation.
pub(super) fn paging(limit: i32, offset: i32) -> Result<Paging, CatalogError> {
    Paging::new(Some(i64::from(limit)), i64::from(offset), "/query")
}

/// An id filter; a non-positive id is refused like any other out-of-range parameter.
pub(super) fn id_filter<T>(
    value: Option<i64>,
    name: &str,
    parse: fn(i64) -> Result<T, ValueError>,
) -> Result<Option<T>, CatalogError> {
    value
        .map(|v| parse(v).map_err(|e| CatalogError::invalid(format!("/query/{name}"), e)))
        .transpose()
}

/// A store query from a validated page, the resource's filter and sort field, and the wire's
/// sort direction.
pub(super) fn list_query<F, S>(
    page: Paging,
    filter: F,
    sort: S,
    order: model::SortOrder,
) -> ListQuery<F, S> {
    ListQuery {
        filter,
        sort,
        order: self::order(order == model::SortOrder::Asc),
        limit: page.limit,
        offset: page.offset,
    }
}

pub(super) fn order(asc: bool) -> SortOrder {
    if asc { SortOrder::Asc } else { SortOrder::Desc }
}

pub(super) fn total(total: u64) -> i64 {
    i64::try_from(total).unwrap_or(i64::MAX)
}

/// Takes the view by value so its names move into the response instead of being copied; the
/// book's own texts are copied as strings, without going through `Display`.
pub(super) fn book(view: BookView, stock: Option<StockLevel>) -> model::Book {
    let spec = view.book.spec();
    model::Book {
        id: view.book.id().get(),
        title: spec.title.as_str().to_owned(),
        isbn: spec.isbn.as_str().to_owned(),
        price: spec.price.amount(),
        description: spec.description.as_ref().map(|d| d.as_str().to_owned()),
        category: model::CategorySummary {
            id: view.category.id.get(),
            name: view.category.name,
        },
        publisher: model::PublisherSummary {
            id: view.publisher.id.get(),
            name: view.publisher.name,
        },
        authors: view
            .authors
            .into_iter()
            .map(|a| model::AuthorSummary {
                id: a.id.get(),
                name: a.name,
            })
            .collect(),
        stock: stock.map(|s| model::BookStock {
            quantity: s.quantity,
            reserved_quantity: s.reserved_quantity,
            available_quantity: s.available_quantity,
        }),
        version: view.book.version().get(),
        created_at: view.book.created_at(),
        updated_at: view.book.updated_at(),
    }
}

pub(super) fn author(author: &Author) -> model::Author {
    model::Author {
        id: author.id().get(),
        name: author.name().to_string(),
        version: author.version().get(),
        created_at: author.created_at(),
        updated_at: author.updated_at(),
    }
}

pub(super) fn publisher(publisher: &Publisher) -> model::Publisher {
    model::Publisher {
        id: publisher.id().get(),
        name: publisher.name().to_string(),
        address: publisher.address().to_string(),
        version: publisher.version().get(),
        created_at: publisher.created_at(),
        updated_at: publisher.updated_at(),
    }
}

pub(super) fn category(category: &Category) -> model::Category {
    model::Category {
        id: category.id().get(),
        name: category.name().to_owned(),
        created_at: category.created_at(),
        updated_at: category.updated_at(),
    }
}
