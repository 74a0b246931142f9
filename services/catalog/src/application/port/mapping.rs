// Generated from api/catalog/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 0cfe767467d2d3a5-a249608bdec29482
//! REST DTOs built from the domain values the spec names (`x-rust-from`), and requests parsed
//! into them (`x-rust-parse`, `x-rust-query`): the mechanical half of the REST adapter's
//! conversions.

use app_kit::{AppError, FieldIssues, FieldPath, Page};

use super::openapi::{model, port};
use super::pb;
use crate::application::port::repo::{
    AuthorFilter, AuthorSort, BookFilter, BookSort, CategorySort, ListQuery, PublisherFilter,
    PublisherSort,
};
use crate::domain::aggregate::{
    Address, Author, AuthorId, AuthorIds, BookId, BookSpec, Category, CategoryId, Description,
    Isbn, Money, PersonName, Publisher, PublisherId, PublisherName, Title,
};
use app_kit::{Paged, Version};

/// The spec's `x-rust-from`: each property from the accessor of its name, by `Into`
/// (an accessor may already return the wire type).
#[allow(clippy::useless_conversion)]
impl From<&Author> for model::Author {
    fn from(source: &Author) -> Self {
        Self {
            id: source.id().into(),
            name: source.name().into(),
            version: source.version().into(),
            created_at: source.created_at().into(),
            updated_at: source.updated_at().into(),
        }
    }
}

/// `Author` as `bookstore.catalog.v1.Author` (`x-rust-from` and `x-proto`): the REST DTO, encoded by the bridge.
impl From<&Author> for pb::bookstore::catalog::v1::Author {
    fn from(source: &Author) -> Self {
        model::Author::from(source).into()
    }
}

/// The spec's `x-rust-parse`: every property parsed, every refusal reported together.
#[allow(clippy::useless_conversion)]
impl TryFrom<&model::AuthorCreate> for PersonName {
    type Error = AppError;

    fn try_from(dto: &model::AuthorCreate) -> Result<Self, AppError> {
        let mut issues = FieldIssues::default();
        let name = issues.take("name", PersonName::parse(&dto.name));
        let name = issues.finish(name)?;
        Ok(name)
    }
}

/// The spec's `x-rust-from`: each property from the accessor of its name, by `Into`
/// (an accessor may already return the wire type).
#[allow(clippy::useless_conversion)]
impl From<&Paged<Author>> for model::AuthorPage {
    fn from(source: &Paged<Author>) -> Self {
        Self {
            total: source.total_i64().into(),
            items: source.items().iter().map(Into::into).collect(),
        }
    }
}

/// The spec's `x-rust-parse`: every property parsed, every refusal reported together.
#[allow(clippy::useless_conversion)]
impl TryFrom<&model::AuthorReplace> for (PersonName, Version) {
    type Error = AppError;

    fn try_from(dto: &model::AuthorReplace) -> Result<Self, AppError> {
        let mut issues = FieldIssues::default();
        let name = issues.take("name", PersonName::parse(&dto.name));
        let version = issues.take("version", Version::new(dto.version.into()));
        let (name, version) = issues.finish(name.zip(version))?;
        Ok((name, version))
    }
}

/// The spec's `x-rust-parse`: every property parsed, every refusal reported together.
#[allow(clippy::useless_conversion)]
impl TryFrom<&model::BookCreate> for BookSpec {
    type Error = AppError;

    fn try_from(dto: &model::BookCreate) -> Result<Self, AppError> {
        let mut issues = FieldIssues::default();
        let title = issues.take("title", Title::parse(&dto.title));
        let isbn = issues.take("isbn", Isbn::parse(&dto.isbn));
        let price = issues.take("price", Money::price(dto.price.into()));
        let description = issues.take_optional(
            "description",
            dto.description
                .as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty()),
            Description::parse,
        );
        let category_id = issues.take("category_id", CategoryId::new(dto.category_id.into()));
        let publisher_id = issues.take("publisher_id", PublisherId::new(dto.publisher_id.into()));
        let author_ids: Vec<Option<AuthorId>> = dto
            .author_ids
            .iter()
            .enumerate()
            .map(|(i, v)| {
                issues.take(
                    FieldPath::field("author_ids").index(i),
                    AuthorId::new((*v).into()),
                )
            })
            .collect();
        let author_ids = author_ids
            .into_iter()
            .collect::<Option<Vec<_>>>()
            .and_then(|v| issues.take("author_ids", AuthorIds::new(v)));
        let (title, (isbn, (price, (description, (category_id, (publisher_id, author_ids)))))) =
            issues.finish(title.zip(
                isbn.zip(price.zip(description.zip(category_id.zip(publisher_id.zip(author_ids))))),
            ))?;
        Ok(BookSpec {
            title,
            isbn,
            price,
            description,
            category_id,
            publisher_id,
            author_ids,
        })
    }
}

/// The spec's `x-rust-parse`: every property parsed, every refusal reported together.
#[allow(clippy::useless_conversion)]
impl TryFrom<&model::BookReplace> for (BookSpec, Version) {
    type Error = AppError;

    fn try_from(dto: &model::BookReplace) -> Result<Self, AppError> {
        let mut issues = FieldIssues::default();
        let title = issues.take("title", Title::parse(&dto.title));
        let isbn = issues.take("isbn", Isbn::parse(&dto.isbn));
        let price = issues.take("price", Money::price(dto.price.into()));
        let description = issues.take_optional(
            "description",
            dto.description
                .as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty()),
            Description::parse,
        );
        let category_id = issues.take("category_id", CategoryId::new(dto.category_id.into()));
        let publisher_id = issues.take("publisher_id", PublisherId::new(dto.publisher_id.into()));
        let author_ids: Vec<Option<AuthorId>> = dto
            .author_ids
            .iter()
            .enumerate()
            .map(|(i, v)| {
                issues.take(
                    FieldPath::field("author_ids").index(i),
                    AuthorId::new((*v).into()),
                )
            })
            .collect();
        let author_ids = author_ids
            .into_iter()
            .collect::<Option<Vec<_>>>()
            .and_then(|v| issues.take("author_ids", AuthorIds::new(v)));
        let version = issues.take("version", Version::new(dto.version.into()));
        let (
            title,
            (isbn, (price, (description, (category_id, (publisher_id, (author_ids, version)))))),
        ) = issues.finish(title.zip(isbn.zip(
            price.zip(description.zip(category_id.zip(publisher_id.zip(author_ids.zip(version))))),
        )))?;
        Ok((
            BookSpec {
                title,
                isbn,
                price,
                description,
                category_id,
                publisher_id,
                author_ids,
            },
            version,
        ))
    }
}

/// The spec's `x-rust-from`: each property from the accessor of its name, by `Into`
/// (an accessor may already return the wire type).
#[allow(clippy::useless_conversion)]
impl From<&Category> for model::Category {
    fn from(source: &Category) -> Self {
        Self {
            id: source.id().into(),
            name: source.name().into(),
            created_at: source.created_at().into(),
            updated_at: source.updated_at().into(),
        }
    }
}

/// `Category` as `bookstore.catalog.v1.Category` (`x-rust-from` and `x-proto`): the REST DTO, encoded by the bridge.
impl From<&Category> for pb::bookstore::catalog::v1::Category {
    fn from(source: &Category) -> Self {
        model::Category::from(source).into()
    }
}

/// The spec's `x-rust-from`: each property from the accessor of its name, by `Into`
/// (an accessor may already return the wire type).
#[allow(clippy::useless_conversion)]
impl From<&Paged<Category>> for model::CategoryPage {
    fn from(source: &Paged<Category>) -> Self {
        Self {
            total: source.total_i64().into(),
            items: source.items().iter().map(Into::into).collect(),
        }
    }
}

/// The spec's `x-rust-from`: each property from the accessor of its name, by `Into`
/// (an accessor may already return the wire type).
#[allow(clippy::useless_conversion)]
impl From<&Publisher> for model::Publisher {
    fn from(source: &Publisher) -> Self {
        Self {
            id: source.id().into(),
            name: source.name().into(),
            address: source.address().into(),
            version: source.version().into(),
            created_at: source.created_at().into(),
            updated_at: source.updated_at().into(),
        }
    }
}

/// `Publisher` as `bookstore.catalog.v1.Publisher` (`x-rust-from` and `x-proto`): the REST DTO, encoded by the bridge.
impl From<&Publisher> for pb::bookstore::catalog::v1::Publisher {
    fn from(source: &Publisher) -> Self {
        model::Publisher::from(source).into()
    }
}

/// The spec's `x-rust-parse`: every property parsed, every refusal reported together.
#[allow(clippy::useless_conversion)]
impl TryFrom<&model::PublisherCreate> for (PublisherName, Address) {
    type Error = AppError;

    fn try_from(dto: &model::PublisherCreate) -> Result<Self, AppError> {
        let mut issues = FieldIssues::default();
        let name = issues.take("name", PublisherName::parse(&dto.name));
        let address = issues.take("address", Address::parse(&dto.address));
        let (name, address) = issues.finish(name.zip(address))?;
        Ok((name, address))
    }
}

/// The spec's `x-rust-from`: each property from the accessor of its name, by `Into`
/// (an accessor may already return the wire type).
#[allow(clippy::useless_conversion)]
impl From<&Paged<Publisher>> for model::PublisherPage {
    fn from(source: &Paged<Publisher>) -> Self {
        Self {
            total: source.total_i64().into(),
            items: source.items().iter().map(Into::into).collect(),
        }
    }
}

/// The spec's `x-rust-parse`: every property parsed, every refusal reported together.
#[allow(clippy::useless_conversion)]
impl TryFrom<&model::PublisherReplace> for (PublisherName, Address, Version) {
    type Error = AppError;

    fn try_from(dto: &model::PublisherReplace) -> Result<Self, AppError> {
        let mut issues = FieldIssues::default();
        let name = issues.take("name", PublisherName::parse(&dto.name));
        let address = issues.take("address", Address::parse(&dto.address));
        let version = issues.take("version", Version::new(dto.version.into()));
        let (name, (address, version)) = issues.finish(name.zip(address.zip(version)))?;
        Ok((name, address, version))
    }
}

/// The spec's `x-rust-query`: the page, the filter and the sort, every refused parameter
/// reported together.
#[allow(clippy::useless_conversion)]
impl TryFrom<port::ListBooksParams> for ListQuery<BookFilter, BookSort> {
    type Error = AppError;

    fn try_from(p: port::ListBooksParams) -> Result<Self, AppError> {
        let mut issues = FieldIssues::default();
        let page = Page::parse(Some(i64::from(p.limit)), i64::from(p.offset), &mut issues);
        let title =
            issues.take_optional("title", p.title, crate::application::usecase::filter_text);
        let category_id = issues.take_optional("category_id", p.category_id, CategoryId::new);
        let publisher_id = issues.take_optional("publisher_id", p.publisher_id, PublisherId::new);
        let author_id = issues.take_optional("author_id", p.author_id, AuthorId::new);
        let (page, (title, (category_id, (publisher_id, author_id)))) =
            issues.finish(page.zip(title.zip(category_id.zip(publisher_id.zip(author_id)))))?;
        Ok(crate::application::usecase::list_query(
            page,
            BookFilter {
                title,
                category_id,
                publisher_id,
                author_id,
            },
            p.sort.into(),
            p.order.into(),
        ))
    }
}

/// The request of `list_books`'s RPC as its query (`x-grpc` and `x-rust-query`): decoded into the
/// operation's parameters by the bridge, then parsed as over REST.
impl TryFrom<pb::bookstore::catalog::v1::ListBooksRequest> for ListQuery<BookFilter, BookSort> {
    type Error = AppError;

    fn try_from(m: pb::bookstore::catalog::v1::ListBooksRequest) -> Result<Self, AppError> {
        port::ListBooksParams::try_from(m)?.try_into()
    }
}

/// The spec's `x-rust-query`: the page, the filter and the sort, every refused parameter
/// reported together.
#[allow(clippy::useless_conversion)]
impl TryFrom<port::ListAuthorsParams> for ListQuery<AuthorFilter, AuthorSort> {
    type Error = AppError;

    fn try_from(p: port::ListAuthorsParams) -> Result<Self, AppError> {
        let mut issues = FieldIssues::default();
        let page = Page::parse(Some(i64::from(p.limit)), i64::from(p.offset), &mut issues);
        let name = issues.take_optional("name", p.name, crate::application::usecase::filter_text);
        let book_id = issues.take_optional("book_id", p.book_id, BookId::new);
        let (page, (name, book_id)) = issues.finish(page.zip(name.zip(book_id)))?;
        Ok(crate::application::usecase::list_query(
            page,
            AuthorFilter { name, book_id },
            p.sort.into(),
            p.order.into(),
        ))
    }
}

/// The request of `list_authors`'s RPC as its query (`x-grpc` and `x-rust-query`): decoded into the
/// operation's parameters by the bridge, then parsed as over REST.
impl TryFrom<pb::bookstore::catalog::v1::ListAuthorsRequest>
    for ListQuery<AuthorFilter, AuthorSort>
{
    type Error = AppError;

    fn try_from(m: pb::bookstore::catalog::v1::ListAuthorsRequest) -> Result<Self, AppError> {
        port::ListAuthorsParams::try_from(m)?.try_into()
    }
}

/// The spec's `x-rust-query`: the page, the filter and the sort, every refused parameter
/// reported together.
#[allow(clippy::useless_conversion)]
impl TryFrom<port::ListPublishersParams> for ListQuery<PublisherFilter, PublisherSort> {
    type Error = AppError;

    fn try_from(p: port::ListPublishersParams) -> Result<Self, AppError> {
        let mut issues = FieldIssues::default();
        let page = Page::parse(Some(i64::from(p.limit)), i64::from(p.offset), &mut issues);
        let name = issues.take_optional("name", p.name, crate::application::usecase::filter_text);
        let (page, name) = issues.finish(page.zip(name))?;
        Ok(crate::application::usecase::list_query(
            page,
            PublisherFilter { name },
            p.sort.into(),
            p.order.into(),
        ))
    }
}

/// The request of `list_publishers`'s RPC as its query (`x-grpc` and `x-rust-query`): decoded into the
/// operation's parameters by the bridge, then parsed as over REST.
impl TryFrom<pb::bookstore::catalog::v1::ListPublishersRequest>
    for ListQuery<PublisherFilter, PublisherSort>
{
    type Error = AppError;

    fn try_from(m: pb::bookstore::catalog::v1::ListPublishersRequest) -> Result<Self, AppError> {
        port::ListPublishersParams::try_from(m)?.try_into()
    }
}

/// The spec's `x-rust-query`: the page, the filter and the sort, every refused parameter
/// reported together.
#[allow(clippy::useless_conversion)]
impl TryFrom<port::ListCategoriesParams> for ListQuery<(), CategorySort> {
    type Error = AppError;

    fn try_from(p: port::ListCategoriesParams) -> Result<Self, AppError> {
        let mut issues = FieldIssues::default();
        let page = Page::parse(Some(i64::from(p.limit)), i64::from(p.offset), &mut issues);
        let page = issues.finish(page)?;
        Ok(crate::application::usecase::list_query(
            page,
            (),
            p.sort.into(),
            p.order.into(),
        ))
    }
}

/// The request of `list_categories`'s RPC as its query (`x-grpc` and `x-rust-query`): decoded into the
/// operation's parameters by the bridge, then parsed as over REST.
impl TryFrom<pb::bookstore::catalog::v1::ListCategoriesRequest> for ListQuery<(), CategorySort> {
    type Error = AppError;

    fn try_from(m: pb::bookstore::catalog::v1::ListCategoriesRequest) -> Result<Self, AppError> {
        port::ListCategoriesParams::try_from(m)?.try_into()
    }
}
