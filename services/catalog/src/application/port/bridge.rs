// Generated from api/catalog/openapi.yaml and the protos it names by `cargo run -p generator`. Do not edit.
// fingerprint: 7a94b9a4e7bf10e9-e4bcd6b97ee56c58
//! The protobuf messages this service shares with its REST API (`x-grpc` and `x-proto` in the
//! spec), converted to and from the REST port's types: an RPC decodes its request into the
//! operation's parameters and encodes the DTO the REST conversion built, so the conversions to
//! and from the domain are written once for both.

use app_kit::{AppError, FieldIssues};

use super::openapi::{model, port};
use super::pb;

/// The request of `bookstore.catalog.v1.BookService.ListBooks` as the parameters of `list_books`; an unknown enum number is
/// refused at its proto field.
impl TryFrom<pb::bookstore::catalog::v1::ListBooksRequest> for port::ListBooksParams {
    type Error = AppError;

    fn try_from(m: pb::bookstore::catalog::v1::ListBooksRequest) -> Result<Self, AppError> {
        let mut issues = FieldIssues::default();
        let sort = issues.take("sort", book_sort_field(m.sort, model::BookSort::CreatedAt));
        let order = issues.take("order", sort_order(m.order, model::SortOrder::Desc));
        let (sort, order) = issues.finish(sort.zip(order))?;
        Ok(Self {
            limit: if m.limit == 0 { 10 } else { m.limit },
            offset: m.offset,
            sort,
            order,
            title: m.title,
            category_id: m.category_id,
            publisher_id: m.publisher_id,
            author_id: m.author_id,
        })
    }
}

/// The request of `bookstore.catalog.v1.AuthorService.ListAuthors` as the parameters of `list_authors`; an unknown enum number is
/// refused at its proto field.
impl TryFrom<pb::bookstore::catalog::v1::ListAuthorsRequest> for port::ListAuthorsParams {
    type Error = AppError;

    fn try_from(m: pb::bookstore::catalog::v1::ListAuthorsRequest) -> Result<Self, AppError> {
        let mut issues = FieldIssues::default();
        let sort = issues.take(
            "sort",
            author_sort_field(m.sort, model::AuthorSort::CreatedAt),
        );
        let order = issues.take("order", sort_order(m.order, model::SortOrder::Desc));
        let (sort, order) = issues.finish(sort.zip(order))?;
        Ok(Self {
            limit: if m.limit == 0 { 10 } else { m.limit },
            offset: m.offset,
            sort,
            order,
            name: m.name,
            book_id: m.book_id,
        })
    }
}

/// The request of `bookstore.catalog.v1.PublisherService.ListPublishers` as the parameters of `list_publishers`; an unknown enum number is
/// refused at its proto field.
impl TryFrom<pb::bookstore::catalog::v1::ListPublishersRequest> for port::ListPublishersParams {
    type Error = AppError;

    fn try_from(m: pb::bookstore::catalog::v1::ListPublishersRequest) -> Result<Self, AppError> {
        let mut issues = FieldIssues::default();
        let sort = issues.take(
            "sort",
            publisher_sort_field(m.sort, model::PublisherSort::CreatedAt),
        );
        let order = issues.take("order", sort_order(m.order, model::SortOrder::Desc));
        let (sort, order) = issues.finish(sort.zip(order))?;
        Ok(Self {
            limit: if m.limit == 0 { 10 } else { m.limit },
            offset: m.offset,
            sort,
            order,
            name: m.name,
        })
    }
}

/// The request of `bookstore.catalog.v1.CategoryService.ListCategories` as the parameters of `list_categories`; an unknown enum number is
/// refused at its proto field.
impl TryFrom<pb::bookstore::catalog::v1::ListCategoriesRequest> for port::ListCategoriesParams {
    type Error = AppError;

    fn try_from(m: pb::bookstore::catalog::v1::ListCategoriesRequest) -> Result<Self, AppError> {
        let mut issues = FieldIssues::default();
        let sort = issues.take("sort", category_sort_field(m.sort, model::CategorySort::Id));
        let order = issues.take("order", sort_order(m.order, model::SortOrder::Desc));
        let (sort, order) = issues.finish(sort.zip(order))?;
        Ok(Self {
            limit: if m.limit == 0 { 10 } else { m.limit },
            offset: m.offset,
            sort,
            order,
        })
    }
}

/// `Author` as `bookstore.catalog.v1.Author`.
impl From<model::Author> for pb::bookstore::catalog::v1::Author {
    fn from(v: model::Author) -> Self {
        Self {
            id: v.id,
            name: v.name,
            version: v.version,
            created_at: Some(std::time::SystemTime::from(v.created_at).into()),
            updated_at: Some(std::time::SystemTime::from(v.updated_at).into()),
        }
    }
}

/// `AuthorPage` as `bookstore.catalog.v1.ListAuthorsResponse`.
impl From<model::AuthorPage> for pb::bookstore::catalog::v1::ListAuthorsResponse {
    fn from(v: model::AuthorPage) -> Self {
        Self {
            total: v.total,
            authors: v.items.into_iter().map(Into::into).collect(),
        }
    }
}

/// `AuthorSummary` as `bookstore.catalog.v1.Author`.
impl From<model::AuthorSummary> for pb::bookstore::catalog::v1::Author {
    fn from(v: model::AuthorSummary) -> Self {
        Self {
            id: v.id,
            name: v.name,
            version: Default::default(),
            created_at: Default::default(),
            updated_at: Default::default(),
        }
    }
}

/// `Book` as `bookstore.catalog.v1.Book` (`stock` not carried).
impl From<model::Book> for pb::bookstore::catalog::v1::Book {
    fn from(v: model::Book) -> Self {
        Self {
            id: v.id,
            title: v.title,
            isbn: v.isbn,
            price: Some(decimal_money(v.price)),
            description: v.description.unwrap_or_default(),
            category: Some(v.category.into()),
            publisher: Some(v.publisher.into()),
            authors: v.authors.into_iter().map(Into::into).collect(),
            version: v.version,
            created_at: Some(std::time::SystemTime::from(v.created_at).into()),
            updated_at: Some(std::time::SystemTime::from(v.updated_at).into()),
        }
    }
}

/// `BookPage` as `bookstore.catalog.v1.ListBooksResponse`.
impl From<model::BookPage> for pb::bookstore::catalog::v1::ListBooksResponse {
    fn from(v: model::BookPage) -> Self {
        Self {
            total: v.total,
            books: v.items.into_iter().map(Into::into).collect(),
        }
    }
}

/// `Category` as `bookstore.catalog.v1.Category` (`created_at`, `updated_at` not carried).
impl From<model::Category> for pb::bookstore::catalog::v1::Category {
    fn from(v: model::Category) -> Self {
        Self {
            id: v.id,
            name: v.name,
        }
    }
}

/// `CategoryPage` as `bookstore.catalog.v1.ListCategoriesResponse`.
impl From<model::CategoryPage> for pb::bookstore::catalog::v1::ListCategoriesResponse {
    fn from(v: model::CategoryPage) -> Self {
        Self {
            total: v.total,
            categories: v.items.into_iter().map(Into::into).collect(),
        }
    }
}

/// `CategorySummary` as `bookstore.catalog.v1.Category`.
impl From<model::CategorySummary> for pb::bookstore::catalog::v1::Category {
    fn from(v: model::CategorySummary) -> Self {
        Self {
            id: v.id,
            name: v.name,
        }
    }
}

/// `Publisher` as `bookstore.catalog.v1.Publisher`.
impl From<model::Publisher> for pb::bookstore::catalog::v1::Publisher {
    fn from(v: model::Publisher) -> Self {
        Self {
            id: v.id,
            name: v.name,
            address: v.address,
            version: v.version,
            created_at: Some(std::time::SystemTime::from(v.created_at).into()),
            updated_at: Some(std::time::SystemTime::from(v.updated_at).into()),
        }
    }
}

/// `PublisherPage` as `bookstore.catalog.v1.ListPublishersResponse`.
impl From<model::PublisherPage> for pb::bookstore::catalog::v1::ListPublishersResponse {
    fn from(v: model::PublisherPage) -> Self {
        Self {
            total: v.total,
            publishers: v.items.into_iter().map(Into::into).collect(),
        }
    }
}

/// `PublisherSummary` as `bookstore.catalog.v1.Publisher`.
impl From<model::PublisherSummary> for pb::bookstore::catalog::v1::Publisher {
    fn from(v: model::PublisherSummary) -> Self {
        Self {
            id: v.id,
            name: v.name,
            address: Default::default(),
            version: Default::default(),
            created_at: Default::default(),
            updated_at: Default::default(),
        }
    }
}

/// `bookstore.catalog.v1.AuthorSortField` as `model::AuthorSort`; unset (0) is the parameter's default.
fn author_sort_field(
    value: i32,
    default: model::AuthorSort,
) -> Result<model::AuthorSort, &'static str> {
    use pb::bookstore::catalog::v1::AuthorSortField as Pb;
    Ok(match Pb::try_from(value) {
        Ok(Pb::Unspecified) => default,
        Ok(Pb::Id) => model::AuthorSort::Id,
        Ok(Pb::Name) => model::AuthorSort::Name,
        Ok(Pb::CreatedAt) => model::AuthorSort::CreatedAt,
        Err(_) => return Err("is not a known bookstore.catalog.v1.AuthorSortField"),
    })
}

/// `bookstore.catalog.v1.BookSortField` as `model::BookSort`; unset (0) is the parameter's default.
fn book_sort_field(value: i32, default: model::BookSort) -> Result<model::BookSort, &'static str> {
    use pb::bookstore::catalog::v1::BookSortField as Pb;
    Ok(match Pb::try_from(value) {
        Ok(Pb::Unspecified) => default,
        Ok(Pb::Id) => model::BookSort::Id,
        Ok(Pb::Title) => model::BookSort::Title,
        Ok(Pb::Price) => model::BookSort::Price,
        Ok(Pb::CreatedAt) => model::BookSort::CreatedAt,
        Err(_) => return Err("is not a known bookstore.catalog.v1.BookSortField"),
    })
}

/// `bookstore.catalog.v1.CategorySortField` as `model::CategorySort`; unset (0) is the parameter's default.
fn category_sort_field(
    value: i32,
    default: model::CategorySort,
) -> Result<model::CategorySort, &'static str> {
    use pb::bookstore::catalog::v1::CategorySortField as Pb;
    Ok(match Pb::try_from(value) {
        Ok(Pb::Unspecified) => default,
        Ok(Pb::Id) => model::CategorySort::Id,
        Ok(Pb::Name) => model::CategorySort::Name,
        Err(_) => return Err("is not a known bookstore.catalog.v1.CategorySortField"),
    })
}

/// A decimal as `bookstore.common.v1.Money`: whole units and nano units, both carrying the
/// sign (47.99 → 47 and 990000000). Amounts the spec allows have at most nine places and
/// fit `i64` units; nothing is rounded for them.
pub fn decimal_money(amount: rust_decimal::Decimal) -> pb::bookstore::common::v1::Money {
    let units = amount.trunc();
    let nanos = ((amount - units) * rust_decimal::Decimal::from(1_000_000_000)).trunc();
    pb::bookstore::common::v1::Money {
        units: i64::try_from(units).unwrap_or(if units.is_sign_negative() {
            i64::MIN
        } else {
            i64::MAX
        }),
        nanos: i32::try_from(nanos).unwrap_or(0),
    }
}

/// `bookstore.catalog.v1.PublisherSortField` as `model::PublisherSort`; unset (0) is the parameter's default.
fn publisher_sort_field(
    value: i32,
    default: model::PublisherSort,
) -> Result<model::PublisherSort, &'static str> {
    use pb::bookstore::catalog::v1::PublisherSortField as Pb;
    Ok(match Pb::try_from(value) {
        Ok(Pb::Unspecified) => default,
        Ok(Pb::Id) => model::PublisherSort::Id,
        Ok(Pb::Name) => model::PublisherSort::Name,
        Ok(Pb::CreatedAt) => model::PublisherSort::CreatedAt,
        Err(_) => return Err("is not a known bookstore.catalog.v1.PublisherSortField"),
    })
}

/// `bookstore.common.v1.SortOrder` as `model::SortOrder`; unset (0) is the parameter's default.
fn sort_order(value: i32, default: model::SortOrder) -> Result<model::SortOrder, &'static str> {
    use pb::bookstore::common::v1::SortOrder as Pb;
    Ok(match Pb::try_from(value) {
        Ok(Pb::Unspecified) => default,
        Ok(Pb::Asc) => model::SortOrder::Asc,
        Ok(Pb::Desc) => model::SortOrder::Desc,
        Err(_) => return Err("is not a known bookstore.common.v1.SortOrder"),
    })
}
