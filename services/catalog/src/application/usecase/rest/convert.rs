//! DTOs to domain values (collecting every invalid field at once) and domain values to DTOs,
//! for both inbound adapters: the gRPC server reaches them through the generated bridge
//! (`port::bridge`), which turns its messages into these same params and DTOs. Field names here
//! are the request's own (`author_ids[1]`); the generated router decides how they are pointed at
//! (`/body/author_ids/1`, `/query/book_id`), the gRPC mapping names them in field violations.

use app_kit::{AppError, FieldIssues, FieldPath, Page, Paged, ValueError};

use crate::application::port::openapi::{model, port};
use crate::application::port::repo::{
    AuthorFilter, AuthorSort, BookFilter, BookSort, BookView, CategorySort, ListQuery,
    PublisherFilter, PublisherSort,
};
use crate::application::port::stock::StockLevel;
use crate::application::usecase::{filter_text, list_query};
use crate::domain::aggregate::{
    Address, Author, AuthorId, AuthorIds, BookId, BookSpec, Category, CategoryId, Description,
    Isbn, Money, PersonName, Publisher, PublisherId, PublisherName, Title, Version,
};

/// The page of a list request, re-checked so the use cases never trust the adapter.
fn page(limit: i32, offset: i32, issues: &mut FieldIssues) -> Option<Page> {
    Page::parse(Some(i64::from(limit)), i64::from(offset), issues)
}

/// An optional id filter; zero or a negative id is refused like any out-of-range parameter.
fn id_filter<T>(
    issues: &mut FieldIssues,
    name: &str,
    value: Option<i64>,
    parse: fn(i64) -> Result<T, ValueError>,
) -> Option<Option<T>> {
    issues.take_optional(name, value, parse)
}

pub(crate) fn books_query(
    p: port::ListBooksParams,
) -> Result<ListQuery<BookFilter, BookSort>, AppError> {
    let mut issues = FieldIssues::default();
    let page = page(p.limit, p.offset, &mut issues);
    let title = issues.take("title", filter_text(p.title, "title"));
    let category_id = id_filter(&mut issues, "category_id", p.category_id, CategoryId::new);
    let publisher_id = id_filter(
        &mut issues,
        "publisher_id",
        p.publisher_id,
        PublisherId::new,
    );
    let author_id = id_filter(&mut issues, "author_id", p.author_id, AuthorId::new);
    let filter = (|| {
        Some(BookFilter {
            title: title?,
            category_id: category_id?,
            publisher_id: publisher_id?,
            author_id: author_id?,
        })
    })();
    let (page, filter) = issues.finish(page.zip(filter))?;
    Ok(list_query(page, filter, p.sort.into(), p.order.into()))
}

pub(crate) fn authors_query(
    p: port::ListAuthorsParams,
) -> Result<ListQuery<AuthorFilter, AuthorSort>, AppError> {
    let mut issues = FieldIssues::default();
    let page = page(p.limit, p.offset, &mut issues);
    let name = issues.take("name", filter_text(p.name, "name"));
    let book_id = id_filter(&mut issues, "book_id", p.book_id, BookId::new);
    let filter = name
        .zip(book_id)
        .map(|(name, book_id)| AuthorFilter { name, book_id });
    let (page, filter) = issues.finish(page.zip(filter))?;
    Ok(list_query(page, filter, p.sort.into(), p.order.into()))
}

pub(crate) fn publishers_query(
    p: port::ListPublishersParams,
) -> Result<ListQuery<PublisherFilter, PublisherSort>, AppError> {
    let mut issues = FieldIssues::default();
    let page = page(p.limit, p.offset, &mut issues);
    let name = issues.take("name", filter_text(p.name, "name"));
    let (page, name) = issues.finish(page.zip(name))?;
    Ok(list_query(
        page,
        PublisherFilter { name },
        p.sort.into(),
        p.order.into(),
    ))
}

pub(crate) fn categories_query(
    p: port::ListCategoriesParams,
) -> Result<ListQuery<(), CategorySort>, AppError> {
    let mut issues = FieldIssues::default();
    let page = page(p.limit, p.offset, &mut issues);
    let page = issues.finish(page)?;
    Ok(list_query(page, (), p.sort.into(), p.order.into()))
}

/// The fields a book create and a book replace share.
pub(super) struct BookFields<'a> {
    pub title: &'a str,
    pub isbn: &'a str,
    pub price: rust_decimal::Decimal,
    pub description: Option<&'a str>,
    pub category_id: i64,
    pub publisher_id: i64,
    pub author_ids: &'a [i64],
}

/// A create and a replace carry the same book fields (a replace adds `version`).
macro_rules! book_fields_from {
    ($($dto:ty),+) => {$(
        impl<'a> From<&'a $dto> for BookFields<'a> {
            fn from(b: &'a $dto) -> Self {
                Self {
                    title: &b.title,
                    isbn: &b.isbn,
                    price: b.price,
                    description: b.description.as_deref(),
                    category_id: b.category_id,
                    publisher_id: b.publisher_id,
                    author_ids: &b.author_ids,
                }
            }
        }
    )+};
}
book_fields_from!(model::BookCreate, model::BookReplace);

fn book_spec(issues: &mut FieldIssues, book: BookFields<'_>) -> Option<BookSpec> {
    let title = issues.take("title", Title::parse(book.title));
    let isbn = issues.take("isbn", Isbn::parse(book.isbn));
    let price = issues.take("price", Money::price(book.price));
    // An empty description is no description, as an omitted one.
    let description = issues.take_optional(
        "description",
        book.description.map(str::trim).filter(|d| !d.is_empty()),
        Description::parse,
    );
    let category_id = issues.take("category_id", CategoryId::new(book.category_id));
    let publisher_id = issues.take("publisher_id", PublisherId::new(book.publisher_id));
    let ids: Vec<Option<AuthorId>> = book
        .author_ids
        .iter()
        .enumerate()
        .map(|(index, id)| {
            issues.take(
                FieldPath::field("author_ids").index(index),
                AuthorId::new(*id),
            )
        })
        .collect();
    let author_ids = match ids.into_iter().collect::<Option<Vec<_>>>() {
        Some(ids) => issues.take("author_ids", AuthorIds::new(ids)),
        None => None,
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

pub(super) fn new_book<'a>(fields: impl Into<BookFields<'a>>) -> Result<BookSpec, AppError> {
    let mut issues = FieldIssues::default();
    let spec = book_spec(&mut issues, fields.into());
    issues.finish(spec)
}

pub(super) fn replaced_book(body: &model::BookReplace) -> Result<(BookSpec, Version), AppError> {
    let mut issues = FieldIssues::default();
    let spec = book_spec(&mut issues, body.into());
    let version = issues.take("version", Version::new(body.version));
    issues.finish(spec.zip(version))
}

pub(super) fn person_name(name: &str) -> Result<PersonName, AppError> {
    PersonName::parse(name).map_err(|e| AppError::invalid("name", e))
}

pub(super) fn renamed_author(
    body: &model::AuthorReplace,
) -> Result<(PersonName, Version), AppError> {
    let mut issues = FieldIssues::default();
    let name = issues.take("name", PersonName::parse(&body.name));
    let version = issues.take("version", Version::new(body.version));
    issues.finish(name.zip(version))
}

pub(super) fn publisher_parts(
    name: &str,
    address: &str,
) -> Result<(PublisherName, Address), AppError> {
    let mut issues = FieldIssues::default();
    let name = issues.take("name", PublisherName::parse(name));
    let address = issues.take("address", Address::parse(address));
    issues.finish(name.zip(address))
}

pub(super) fn replaced_publisher(
    body: &model::PublisherReplace,
) -> Result<(PublisherName, Address, Version), AppError> {
    let mut issues = FieldIssues::default();
    let name = issues.take("name", PublisherName::parse(&body.name));
    let address = issues.take("address", Address::parse(&body.address));
    let version = issues.take("version", Version::new(body.version));
    let ((name, address), version) = issues.finish(name.zip(address).zip(version))?;
    Ok((name, address, version))
}

/// A page of books; with `stock`, level i is book i's (without it every book goes out without).
pub(crate) fn book_page(page: Paged<BookView>, stock: Option<Vec<StockLevel>>) -> model::BookPage {
    let mut stock = stock.map(Vec::into_iter);
    let total = page.total_i64();
    let items = page.items.into_iter();
    let items = items.map(|b| book(b, stock.as_mut().and_then(Iterator::next)));
    model::BookPage {
        total,
        items: items.collect(),
    }
}

/// Takes the view by value so its names move into the response instead of being copied; the
/// book's own texts are copied as strings, without going through `Display`.
pub(crate) fn book(view: BookView, stock: Option<StockLevel>) -> model::Book {
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

pub(crate) fn author(author: &Author) -> model::Author {
    model::Author {
        id: author.id().get(),
        name: author.name().to_string(),
        version: author.version().get(),
        created_at: author.created_at(),
        updated_at: author.updated_at(),
    }
}

pub(crate) fn publisher(publisher: &Publisher) -> model::Publisher {
    model::Publisher {
        id: publisher.id().get(),
        name: publisher.name().to_string(),
        address: publisher.address().to_string(),
        version: publisher.version().get(),
        created_at: publisher.created_at(),
        updated_at: publisher.updated_at(),
    }
}

pub(crate) fn category(category: &Category) -> model::Category {
    model::Category {
        id: category.id().get(),
        name: category.name().to_owned(),
        created_at: category.created_at(),
        updated_at: category.updated_at(),
    }
}

pub(crate) fn author_page(page: &Paged<Author>) -> model::AuthorPage {
    let items = page.items.iter().map(author).collect();
    model::AuthorPage {
        total: page.total_i64(),
        items,
    }
}

pub(crate) fn publisher_page(page: &Paged<Publisher>) -> model::PublisherPage {
    let items = page.items.iter().map(publisher).collect();
    model::PublisherPage {
        total: page.total_i64(),
        items,
    }
}

pub(crate) fn category_page(page: &Paged<Category>) -> model::CategoryPage {
    let items = page.items.iter().map(category).collect();
    model::CategoryPage {
        total: page.total_i64(),
        items,
    }
}
