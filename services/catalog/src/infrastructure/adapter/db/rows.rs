//! Rows to domain values, one mapping for both drivers: [`Cols`] reads a column of either
//! driver's row, and the decoders take any `Cols`.

use chrono::{DateTime, Utc};
use sqlx::Row;

use super::error::{corrupt, failed};
use crate::application::port::repo::{BookView, NamedRef, RepoResult};
use crate::domain::aggregate::{
    Address, Author, AuthorId, AuthorIds, Book, BookId, BookSpec, Category, CategoryId,
    Description, Isbn, Money, PersonName, Publisher, PublisherId, PublisherName, Title, Version,
};

/// A row of either driver, read by column name.
pub(super) trait Cols {
    fn int(&self, column: &str) -> Result<i64, sqlx::Error>;
    fn opt_int(&self, column: &str) -> Result<Option<i64>, sqlx::Error>;
    fn text(&self, column: &str) -> Result<String, sqlx::Error>;
    fn opt_text(&self, column: &str) -> Result<Option<String>, sqlx::Error>;
    fn time(&self, column: &str) -> Result<DateTime<Utc>, sqlx::Error>;
}

macro_rules! cols_for {
    ($row:ty) => {
        impl Cols for $row {
            fn int(&self, column: &str) -> Result<i64, sqlx::Error> {
                self.try_get(column)
            }
            fn opt_int(&self, column: &str) -> Result<Option<i64>, sqlx::Error> {
                self.try_get(column)
            }
            fn text(&self, column: &str) -> Result<String, sqlx::Error> {
                self.try_get(column)
            }
            fn opt_text(&self, column: &str) -> Result<Option<String>, sqlx::Error> {
                self.try_get(column)
            }
            fn time(&self, column: &str) -> Result<DateTime<Utc>, sqlx::Error> {
                self.try_get(column)
            }
        }
    };
}
cols_for!(sqlx::sqlite::SqliteRow);
cols_for!(sqlx::mysql::MySqlRow);

/// A book view's columns: the book with its category's and publisher's names, and one credited
/// author (`author_id`, `author_name`, `author_position`, NULL for a book without credits). Rows
/// come one per author; the price column is added per dialect ([`super::price_cents`]).
pub(super) const BOOK_COLUMNS: &str = "b.id, b.title, b.isbn, b.description, b.category_id, c.name AS category_name, \
     b.publisher_id, p.name AS publisher_name, b.version, b.created_at, b.updated_at, \
     ba.author_id, a.name AS author_name, ba.position AS author_position";

/// Joins `book b` to everything a view needs, so a book and its authors come in one query rather
/// than two round trips to the database. Only writes read through it (`books::refresh_views`);
/// reads take [`BOOK_READ_COLUMNS`].
pub(super) const BOOK_JOINS: &str = "JOIN category c ON c.id = b.category_id JOIN publisher p ON p.id = b.publisher_id \
     LEFT JOIN book_author ba ON ba.book_id = b.id LEFT JOIN author a ON a.id = ba.author_id";

/// A book view's columns from the book row alone, one row per book: the row carries copies of
/// its category's and publisher's names and of its credits (a JSON array of `[author id, author
/// name]` pairs in credit order), which `books::refresh_views` rewrites whenever what they copy
/// changes. The price column is added per dialect ([`super::price_cents`]).
pub(super) const BOOK_READ_COLUMNS: &str = "b.id, b.title, b.isbn, b.description, b.category_id, b.category_name, \
     b.publisher_id, b.publisher_name, b.version, b.created_at, b.updated_at, b.credits";

pub(super) const AUTHOR_COLUMNS: &str = "a.id, a.name, a.version, a.created_at, a.updated_at";
pub(super) const PUBLISHER_COLUMNS: &str =
    "p.id, p.name, p.address, p.version, p.created_at, p.updated_at";
pub(super) const CATEGORY_COLUMNS: &str = "id, name, created_at, updated_at";

/// The columns of a book row, before its authors are attached.
struct BookRow {
    id: BookId,
    title: Title,
    isbn: Isbn,
    price: Money,
    description: Option<Description>,
    category: NamedRef<CategoryId>,
    publisher: NamedRef<PublisherId>,
    version: Version,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

fn book_row(row: &impl Cols) -> RepoResult<BookRow> {
    const OP: &str = "read a book";
    let get = |e: sqlx::Error| failed(OP, e);
    let description = row.opt_text("description").map_err(get)?;
    Ok(BookRow {
        id: BookId::new(row.int("id").map_err(get)?).map_err(|e| corrupt(OP, e))?,
        title: Title::parse(&row.text("title").map_err(get)?).map_err(|e| corrupt(OP, e))?,
        isbn: Isbn::parse(&row.text("isbn").map_err(get)?).map_err(|e| corrupt(OP, e))?,
        price: Money::from_cents(row.int("price_cents").map_err(get)?)
            .map_err(|e| corrupt(OP, e))?,
        description: description
            .as_deref()
            .map(Description::parse)
            .transpose()
            .map_err(|e| corrupt(OP, e))?,
        category: NamedRef {
            id: CategoryId::new(row.int("category_id").map_err(get)?)
                .map_err(|e| corrupt(OP, e))?,
            name: row.text("category_name").map_err(get)?,
        },
        publisher: NamedRef {
            id: PublisherId::new(row.int("publisher_id").map_err(get)?)
                .map_err(|e| corrupt(OP, e))?,
            name: row.text("publisher_name").map_err(get)?,
        },
        version: Version::new(row.int("version").map_err(get)?).map_err(|e| corrupt(OP, e))?,
        created_at: row.time("created_at").map_err(get)?,
        updated_at: row.time("updated_at").map_err(get)?,
    })
}

pub(super) fn author(row: &dyn Cols) -> RepoResult<Author> {
    const OP: &str = "read an author";
    let get = |e: sqlx::Error| failed(OP, e);
    Ok(Author::restore(
        AuthorId::new(row.int("id").map_err(get)?).map_err(|e| corrupt(OP, e))?,
        PersonName::parse(&row.text("name").map_err(get)?).map_err(|e| corrupt(OP, e))?,
        Version::new(row.int("version").map_err(get)?).map_err(|e| corrupt(OP, e))?,
        row.time("created_at").map_err(get)?,
        row.time("updated_at").map_err(get)?,
    ))
}

pub(super) fn publisher(row: &dyn Cols) -> RepoResult<Publisher> {
    const OP: &str = "read a publisher";
    let get = |e: sqlx::Error| failed(OP, e);
    Ok(Publisher::restore(
        PublisherId::new(row.int("id").map_err(get)?).map_err(|e| corrupt(OP, e))?,
        PublisherName::parse(&row.text("name").map_err(get)?).map_err(|e| corrupt(OP, e))?,
        Address::parse(&row.text("address").map_err(get)?).map_err(|e| corrupt(OP, e))?,
        Version::new(row.int("version").map_err(get)?).map_err(|e| corrupt(OP, e))?,
        row.time("created_at").map_err(get)?,
        row.time("updated_at").map_err(get)?,
    ))
}

pub(super) fn category(row: &dyn Cols) -> RepoResult<Category> {
    const OP: &str = "read a category";
    let get = |e: sqlx::Error| failed(OP, e);
    Ok(Category::restore(
        CategoryId::new(row.int("id").map_err(get)?).map_err(|e| corrupt(OP, e))?,
        row.text("name").map_err(get)?,
        row.time("created_at").map_err(get)?,
        row.time("updated_at").map_err(get)?,
    ))
}

/// The window total a page statement carries on each row (see `service_kit::db::sql::page_sql`).
pub(super) fn total(rows: &[impl Cols]) -> RepoResult<Option<i64>> {
    rows.first()
        .map(|row| row.int(service_kit::db::sql::TOTAL_COLUMN))
        .transpose()
        .map_err(|e| failed("count a page's matches", e))
}

/// An author credited on a book, with the credit's position.
type Credit = (i64, NamedRef<AuthorId>);

/// Book views from rows of [`BOOK_COLUMNS`] in which each book's rows are adjacent; the views keep
/// the order in which the books first appear, and each book's authors are put in credit order.
pub(super) fn book_views(rows: &[impl Cols]) -> RepoResult<Vec<BookView>> {
    const OP: &str = "load books";
    let get = |e: sqlx::Error| failed(OP, e);
    let mut books: Vec<(BookRow, Vec<Credit>)> = Vec::new();
    for row in rows {
        let id = row.int("id").map_err(get)?;
        if books.last().is_none_or(|(book, _)| book.id.get() != id) {
            books.push((book_row(row)?, Vec::new()));
        }
        let author_id = row.opt_int("author_id").map_err(get)?;
        let name = row.opt_text("author_name").map_err(get)?;
        let position = row.opt_int("author_position").map_err(get)?;
        // A credit whose author row is gone is skipped, as an inner join would.
        if let (Some(author_id), Some(name), Some(position), Some((_, credited))) =
            (author_id, name, position, books.last_mut())
        {
            let author = NamedRef {
                id: AuthorId::new(author_id).map_err(|e| corrupt(OP, e))?,
                name,
            };
            credited.push((position, author));
        }
    }
    books
        .into_iter()
        .map(|(row, mut credited)| {
            // Stable, and positions are unique per book: the order the credits were given in.
            credited.sort_by_key(|(position, _)| *position);
            book_view(row, credited.into_iter().map(|(_, a)| a).collect())
        })
        .collect()
}

/// A book view from a row of [`BOOK_READ_COLUMNS`].
pub(super) fn book_read_view(row: &impl Cols) -> RepoResult<BookView> {
    const OP: &str = "read a book's credits";
    let credits = row.text("credits").map_err(|e| failed(OP, e))?;
    let credited: Vec<(i64, String)> =
        serde_json::from_str(&credits).map_err(|e| corrupt(OP, e))?;
    let credited = credited
        .into_iter()
        .map(|(id, name)| {
            Ok(NamedRef {
                id: AuthorId::new(id).map_err(|e| corrupt(OP, e))?,
                name,
            })
        })
        .collect::<RepoResult<Vec<_>>>()?;
    book_view(book_row(row)?, credited)
}

/// The `credits` column of a book crediting `authors` (see [`BOOK_READ_COLUMNS`]).
pub(super) fn credits_json(authors: &[NamedRef<AuthorId>]) -> String {
    let pairs = authors
        .iter()
        .map(|a| serde_json::json!([a.id.get(), a.name.as_str()]));
    serde_json::Value::from_iter(pairs).to_string()
}

fn book_view(row: BookRow, credited: Vec<NamedRef<AuthorId>>) -> RepoResult<BookView> {
    let author_ids = AuthorIds::new(credited.iter().map(|a| a.id).collect())
        .map_err(|e| corrupt("load books", e))?;
    let spec = BookSpec {
        title: row.title,
        isbn: row.isbn,
        price: row.price,
        description: row.description,
        category_id: row.category.id,
        publisher_id: row.publisher.id,
        author_ids,
    };
    Ok(BookView {
        book: Book::restore(row.id, spec, row.version, row.created_at, row.updated_at),
        category: row.category,
        publisher: row.publisher,
        authors: credited,
    })
}
