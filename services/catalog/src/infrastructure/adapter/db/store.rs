// The catalog's SQL, included by `sqlite.rs` and `mysql.rs`, each of which defines `Db`,
// `PRICE_CENTS`, `PRICE_PARAM`, `BEGIN_WRITE` and `inserted_id` first. Not a module of its own.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::{DateTime, Utc};
use service_kit::db::RetryPolicy;
use sqlx::{Pool, Row};

use super::error::{Write, corrupt, failed, on_write, retry_write};
use crate::application::port::repo::{
    AuthorFilter, AuthorSort, BookFilter, BookSort, BookView, CategorySort, ListQuery, NamedRef,
    Paged, PublisherFilter, PublisherSort, RepoError, RepoResult, SortOrder, Uniqueness,
};
use crate::domain::aggregate::{
    Address, Author, AuthorId, AuthorIds, Book, BookId, BookSpec, Category, CategoryId,
    Description, Isbn, Money, PersonName, Publisher, PublisherId, PublisherName, Title, Version,
};

type Conn = <Db as sqlx::Database>::Connection;
type DbRow = <Db as sqlx::Database>::Row;

/// A value bound to a `?` of a dynamically assembled statement.
enum Arg {
    Int(i64),
    Text(String),
}

/// `WHERE` conditions and their arguments, in placeholder order.
#[derive(Default)]
struct Conditions {
    clauses: Vec<&'static str>,
    args: Vec<Arg>,
}

impl Conditions {
    fn int(&mut self, clause: &'static str, value: i64) {
        self.clauses.push(clause);
        self.args.push(Arg::Int(value));
    }

    /// A case-insensitive substring match; the columns compared carry case-insensitive
    /// collations, and `!` escapes LIKE's wildcards so the text is matched literally.
    fn contains(&mut self, clause: &'static str, text: &str) {
        let escaped = text
            .replace('!', "!!")
            .replace('%', "!%")
            .replace('_', "!_");
        self.clauses.push(clause);
        self.args.push(Arg::Text(format!("%{escaped}%")));
    }

    fn sql(&self) -> String {
        if self.clauses.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", self.clauses.join(" AND "))
        }
    }
}

fn bind_all<'q>(
    mut query: sqlx::query::Query<'q, Db, <Db as sqlx::Database>::Arguments<'q>>,
    args: &'q [Arg],
) -> sqlx::query::Query<'q, Db, <Db as sqlx::Database>::Arguments<'q>> {
    for arg in args {
        query = match arg {
            Arg::Int(value) => query.bind(*value),
            Arg::Text(value) => query.bind(value.as_str()),
        };
    }
    query
}

fn direction(order: SortOrder) -> &'static str {
    match order {
        SortOrder::Asc => "ASC",
        SortOrder::Desc => "DESC",
    }
}

/// The page bounds as SQL integers; an offset beyond i64 simply finds nothing.
fn page_args<F, S>(query: &ListQuery<F, S>) -> (i64, i64) {
    (
        i64::from(query.limit),
        i64::try_from(query.offset).unwrap_or(i64::MAX),
    )
}

fn placeholders(n: usize) -> String {
    vec!["?"; n].join(", ")
}

fn count(total: i64) -> u64 {
    u64::try_from(total).unwrap_or(0)
}

/// A book view's columns: the book with its category's and publisher's names, and one credited
/// author (`author_id`, `author_name`, `author_position`, NULL for a book without credits). Rows
/// come one per author.
const BOOK_COLUMNS: &str = "b.id, b.title, b.isbn, b.description, b.category_id, c.name AS category_name, \
     b.publisher_id, p.name AS publisher_name, b.version, b.created_at, b.updated_at, \
     ba.author_id, a.name AS author_name, ba.position AS author_position";

/// Joins `book b` to everything a view needs, so a book and its authors come in one query rather
/// than two round trips to the database.
const BOOK_JOINS: &str = "JOIN category c ON c.id = b.category_id JOIN publisher p ON p.id = b.publisher_id \
     LEFT JOIN book_author ba ON ba.book_id = b.id LEFT JOIN author a ON a.id = ba.author_id";

/// One book by id (the common read, so its SQL is built once). No `ORDER BY`: sorting on a column
/// of the outer-joined credits made MariaDB build a temporary table and filesort it for every
/// read, so [`book_views`] puts the few credits in order instead.
static ONE_BOOK_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT {BOOK_COLUMNS}, {PRICE_CENTS} AS price_cents FROM book b {BOOK_JOINS} WHERE b.id = ?"
    )
});

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

fn book_row(row: &DbRow) -> RepoResult<BookRow> {
    const OP: &str = "read a book";
    let get = |e: sqlx::Error| failed(OP, e);
    let description: Option<String> = row.try_get("description").map_err(get)?;
    Ok(BookRow {
        id: BookId::new(row.try_get("id").map_err(get)?).map_err(|e| corrupt(OP, e))?,
        title: Title::parse(row.try_get("title").map_err(get)?).map_err(|e| corrupt(OP, e))?,
        isbn: Isbn::parse(row.try_get("isbn").map_err(get)?).map_err(|e| corrupt(OP, e))?,
        price: Money::from_cents(row.try_get("price_cents").map_err(get)?)
            .map_err(|e| corrupt(OP, e))?,
        description: description
            .as_deref()
            .map(Description::parse)
            .transpose()
            .map_err(|e| corrupt(OP, e))?,
        category: NamedRef {
            id: CategoryId::new(row.try_get("category_id").map_err(get)?)
                .map_err(|e| corrupt(OP, e))?,
            name: row.try_get("category_name").map_err(get)?,
        },
        publisher: NamedRef {
            id: PublisherId::new(row.try_get("publisher_id").map_err(get)?)
                .map_err(|e| corrupt(OP, e))?,
            name: row.try_get("publisher_name").map_err(get)?,
        },
        version: Version::new(row.try_get("version").map_err(get)?).map_err(|e| corrupt(OP, e))?,
        created_at: row.try_get("created_at").map_err(get)?,
        updated_at: row.try_get("updated_at").map_err(get)?,
    })
}

fn author_row(row: &DbRow) -> RepoResult<Author> {
    const OP: &str = "read an author";
    let get = |e: sqlx::Error| failed(OP, e);
    Ok(Author::restore(
        AuthorId::new(row.try_get("id").map_err(get)?).map_err(|e| corrupt(OP, e))?,
        PersonName::parse(row.try_get("name").map_err(get)?).map_err(|e| corrupt(OP, e))?,
        Version::new(row.try_get("version").map_err(get)?).map_err(|e| corrupt(OP, e))?,
        row.try_get("created_at").map_err(get)?,
        row.try_get("updated_at").map_err(get)?,
    ))
}

fn publisher_row(row: &DbRow) -> RepoResult<Publisher> {
    const OP: &str = "read a publisher";
    let get = |e: sqlx::Error| failed(OP, e);
    Ok(Publisher::restore(
        PublisherId::new(row.try_get("id").map_err(get)?).map_err(|e| corrupt(OP, e))?,
        PublisherName::parse(row.try_get("name").map_err(get)?).map_err(|e| corrupt(OP, e))?,
        Address::parse(row.try_get("address").map_err(get)?).map_err(|e| corrupt(OP, e))?,
        Version::new(row.try_get("version").map_err(get)?).map_err(|e| corrupt(OP, e))?,
        row.try_get("created_at").map_err(get)?,
        row.try_get("updated_at").map_err(get)?,
    ))
}

fn category_row(row: &DbRow) -> RepoResult<Category> {
    const OP: &str = "read a category";
    let get = |e: sqlx::Error| failed(OP, e);
    Ok(Category::restore(
        CategoryId::new(row.try_get("id").map_err(get)?).map_err(|e| corrupt(OP, e))?,
        row.try_get("name").map_err(get)?,
        row.try_get("created_at").map_err(get)?,
        row.try_get("updated_at").map_err(get)?,
    ))
}

/// An author credited on a book, with the credit's position.
type Credit = (i64, NamedRef<AuthorId>);

/// Book views from rows of [`BOOK_COLUMNS`] in which each book's rows are adjacent; the views keep
/// the order in which the books first appear, and each book's authors are put in credit order.
fn book_views(rows: &[DbRow]) -> RepoResult<Vec<BookView>> {
    const OP: &str = "load books";
    let get = |e: sqlx::Error| failed(OP, e);
    let mut books: Vec<(BookRow, Vec<Credit>)> = Vec::new();
    for row in rows {
        let id: i64 = row.try_get("id").map_err(get)?;
        if books.last().is_none_or(|(book, _)| book.id.get() != id) {
            books.push((book_row(row)?, Vec::new()));
        }
        let author_id: Option<i64> = row.try_get("author_id").map_err(get)?;
        let name: Option<String> = row.try_get("author_name").map_err(get)?;
        let position: Option<i64> = row.try_get("author_position").map_err(get)?;
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

/// Load full book views for `ids`, returned in the order of `ids` (missing ones skipped).
async fn load_books(conn: &mut Conn, ids: &[i64]) -> RepoResult<Vec<BookView>> {
    const OP: &str = "load books";
    let rows = match ids {
        [] => return Ok(Vec::new()),
        [id] => sqlx::query(ONE_BOOK_SQL.as_str())
            .bind(*id)
            .fetch_all(&mut *conn)
            .await
            .map_err(|e| failed(OP, e))?,
        _ => {
            let sql = format!(
                "SELECT {BOOK_COLUMNS}, {PRICE_CENTS} AS price_cents FROM book b {BOOK_JOINS} \
                 WHERE b.id IN ({}) ORDER BY b.id, ba.position",
                placeholders(ids.len())
            );
            let mut query = sqlx::query(&sql);
            for id in ids {
                query = query.bind(*id);
            }
            query
                .fetch_all(&mut *conn)
                .await
                .map_err(|e| failed(OP, e))?
        }
    };
    let views = book_views(&rows)?;
    if views.len() <= 1 {
        return Ok(views);
    }
    let mut by_id: HashMap<i64, BookView> =
        views.into_iter().map(|v| (v.book.id().get(), v)).collect();
    Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
}

/// Credit `authors` on `book_id` in order (the caller removed any previous credits).
async fn insert_credits(conn: &mut Conn, book_id: i64, authors: &AuthorIds) -> RepoResult<()> {
    let rows = vec!["(?, ?, ?)"; authors.as_slice().len()].join(", ");
    let sql = format!("INSERT INTO book_author (book_id, author_id, position) VALUES {rows}");
    let mut query = sqlx::query(&sql);
    for (position, author) in (0_i64..).zip(authors.as_slice()) {
        query = query.bind(book_id).bind(author.get()).bind(position);
    }
    query
        .execute(&mut *conn)
        .await
        .map_err(|e| on_write("credit the authors of a book", Write::Insert(None), e))?;
    Ok(())
}

/// After an UPDATE matched nothing: was the row gone, or was its version moved on?
async fn missing_or_stale(conn: &mut Conn, table: &'static str, id: i64) -> RepoError {
    let sql = format!("SELECT id FROM {table} WHERE id = ?");
    match sqlx::query(&sql).bind(id).fetch_optional(&mut *conn).await {
        Ok(Some(_)) => RepoError::StaleVersion,
        Ok(None) => RepoError::NotFound,
        Err(e) => failed("check a row after a refused update", e),
    }
}

/// One page of the matching books with their authors, and how many books match in all.
///
/// The page's ids are picked in a derived table (MySQL takes no `LIMIT` inside `IN (…)`) and joined
/// to everything a view needs, so the page is one query. The total needs a `COUNT(*)` only when the
/// page cannot tell it: a page that is not empty and not full ends the matches, so the total is
/// its offset plus its length; a first page that is empty means no matches at all.
async fn book_page(
    conn: &mut Conn,
    conditions: &Conditions,
    order_by: &str,
    limit: i64,
    offset: i64,
) -> RepoResult<Paged<BookView>> {
    const OP: &str = "list books";
    let filter = conditions.sql();
    let sql = format!(
        "SELECT {BOOK_COLUMNS}, {PRICE_CENTS} AS price_cents \
         FROM (SELECT b.id FROM book b{filter} ORDER BY {order_by} LIMIT ? OFFSET ?) pg \
         JOIN book b ON b.id = pg.id {BOOK_JOINS} ORDER BY {order_by}, ba.position"
    );
    let rows = bind_all(sqlx::query(&sql), &conditions.args)
        .bind(limit)
        .bind(offset)
        .fetch_all(&mut *conn)
        .await
        .map_err(|e| failed(OP, e))?;
    let items = book_views(&rows)?;
    let shown = i64::try_from(items.len()).unwrap_or(i64::MAX);
    let total = if shown > 0 && shown < limit {
        offset.saturating_add(shown)
    } else if shown == 0 && offset == 0 && limit > 0 {
        0
    } else {
        let sql = format!("SELECT COUNT(*) AS total FROM book b{filter}");
        bind_all(sqlx::query(&sql), &conditions.args)
            .fetch_one(&mut *conn)
            .await
            .and_then(|row| row.try_get("total"))
            .map_err(|e| failed(OP, e))?
    };
    Ok(Paged {
        total: count(total),
        items,
    })
}

/// The repositories on one driver's pool.
#[derive(Debug, Clone)]
pub struct Store {
    pool: Pool<Db>,
    retry: RetryPolicy,
}

impl Store {
    pub fn new(pool: Pool<Db>) -> Self {
        Self {
            pool,
            retry: RetryPolicy::TRANSACTION,
        }
    }

    /// Run contended writes again as `retry` says instead of [`RetryPolicy::TRANSACTION`].
    #[must_use]
    pub fn with_retry(self, retry: RetryPolicy) -> Self {
        Self { retry, ..self }
    }

    pub fn pool(&self) -> &Pool<Db> {
        &self.pool
    }

    /// A transaction for one write; every write method is one, run whole by [`retry_write`].
    async fn begin_write(
        &self,
        operation: &'static str,
    ) -> RepoResult<sqlx::Transaction<'static, Db>> {
        self.pool
            .begin_with(BEGIN_WRITE)
            .await
            .map_err(|e| failed(operation, e))
    }

    async fn conn(&self, operation: &'static str) -> RepoResult<sqlx::pool::PoolConnection<Db>> {
        self.pool.acquire().await.map_err(|e| failed(operation, e))
    }

    // ---- books ----

    pub async fn insert_book(&self, spec: &BookSpec, now: DateTime<Utc>) -> RepoResult<BookView> {
        retry_write(self.retry, || self.try_insert_book(spec, now)).await
    }

    async fn try_insert_book(&self, spec: &BookSpec, now: DateTime<Utc>) -> RepoResult<BookView> {
        const OP: &str = "insert a book";
        let mut tx = self.begin_write(OP).await?;
        let sql = format!(
            "INSERT INTO book (title, isbn, price, description, category_id, publisher_id, version, created_at, updated_at) \
             VALUES (?, ?, {PRICE_PARAM}, ?, ?, ?, 0, ?, ?)"
        );
        let result = sqlx::query(&sql)
            .bind(spec.title.as_str())
            .bind(spec.isbn.as_str())
            .bind(spec.price.cents())
            .bind(spec.description.as_ref().map(Description::as_str))
            .bind(spec.category_id.get())
            .bind(spec.publisher_id.get())
            .bind(now)
            .bind(now)
            .execute(&mut *tx)
            .await
            .map_err(|e| on_write(OP, Write::Insert(Some(Uniqueness::Isbn)), e))?;
        let id = inserted_id(&result);
        insert_credits(&mut tx, id, &spec.author_ids).await?;
        let view = load_books(&mut tx, &[id])
            .await?
            .pop()
            .ok_or(RepoError::NotFound)?;
        tx.commit().await.map_err(|e| failed(OP, e))?;
        Ok(view)
    }

    pub async fn update_book(&self, book: &Book, previous: Version) -> RepoResult<BookView> {
        retry_write(self.retry, || self.try_update_book(book, previous)).await
    }

    async fn try_update_book(&self, book: &Book, previous: Version) -> RepoResult<BookView> {
        const OP: &str = "update a book";
        let spec = book.spec();
        let id = book.id().get();
        let mut tx = self.begin_write(OP).await?;
        let sql = format!(
            "UPDATE book SET title = ?, isbn = ?, price = {PRICE_PARAM}, description = ?, category_id = ?, \
             publisher_id = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?"
        );
        let result = sqlx::query(&sql)
            .bind(spec.title.as_str())
            .bind(spec.isbn.as_str())
            .bind(spec.price.cents())
            .bind(spec.description.as_ref().map(Description::as_str))
            .bind(spec.category_id.get())
            .bind(spec.publisher_id.get())
            .bind(book.version().get())
            .bind(book.updated_at())
            .bind(id)
            .bind(previous.get())
            .execute(&mut *tx)
            .await
            .map_err(|e| on_write(OP, Write::Insert(Some(Uniqueness::Isbn)), e))?;
        if result.rows_affected() == 0 {
            return Err(missing_or_stale(&mut tx, "book", id).await);
        }
        sqlx::query("DELETE FROM book_author WHERE book_id = ?")
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(|e| failed(OP, e))?;
        insert_credits(&mut tx, id, &spec.author_ids).await?;
        let view = load_books(&mut tx, &[id])
            .await?
            .pop()
            .ok_or(RepoError::NotFound)?;
        tx.commit().await.map_err(|e| failed(OP, e))?;
        Ok(view)
    }

    pub async fn get_book(&self, id: BookId) -> RepoResult<Option<BookView>> {
        let mut conn = self.conn("read a book").await?;
        Ok(load_books(&mut conn, &[id.get()]).await?.pop())
    }

    pub async fn get_books(&self, ids: &[BookId]) -> RepoResult<Vec<BookView>> {
        let ids: Vec<i64> = ids.iter().map(|id| id.get()).collect();
        let mut conn = self.conn("read books").await?;
        load_books(&mut conn, &ids).await
    }

    pub async fn list_books(
        &self,
        query: &ListQuery<BookFilter, BookSort>,
    ) -> RepoResult<Paged<BookView>> {
        let mut conditions = Conditions::default();
        if let Some(title) = &query.filter.title {
            conditions.contains("b.title LIKE ? ESCAPE '!'", title);
        }
        if let Some(id) = query.filter.category_id {
            conditions.int("b.category_id = ?", id.get());
        }
        if let Some(id) = query.filter.publisher_id {
            conditions.int("b.publisher_id = ?", id.get());
        }
        if let Some(id) = query.filter.author_id {
            conditions.int("EXISTS (SELECT 1 FROM book_author fa WHERE fa.book_id = b.id AND fa.author_id = ?)", id.get());
        }
        let column = match query.sort {
            BookSort::CreatedAt => "b.created_at",
            BookSort::Id => "b.id",
            BookSort::Title => "b.title",
            BookSort::Price => "b.price",
        };
        let dir = direction(query.order);
        let (limit, offset) = page_args(query);
        let mut conn = self.conn("list books").await?;
        let order_by = format!("{column} {dir}, b.id {dir}");
        book_page(&mut conn, &conditions, &order_by, limit, offset).await
    }

    pub async fn delete_book(&self, id: BookId) -> RepoResult<()> {
        retry_write(self.retry, || self.try_delete_book(id)).await
    }

    async fn try_delete_book(&self, id: BookId) -> RepoResult<()> {
        const OP: &str = "delete a book";
        let mut tx = self.begin_write(OP).await?;
        // The book row first, then its credits: the order `update_book` locks them in. The
        // opposite order let a delete and a replace of the same book deadlock on MySQL.
        let result = sqlx::query("DELETE FROM book WHERE id = ?")
            .bind(id.get())
            .execute(&mut *tx)
            .await
            .map_err(|e| on_write(OP, Write::Delete, e))?;
        if result.rows_affected() == 0 {
            return Err(RepoError::NotFound);
        }
        // ON DELETE CASCADE has removed the credits already; explicit all the same, so a SQLite
        // connection opened without foreign-key enforcement cannot leave dangling credits.
        sqlx::query("DELETE FROM book_author WHERE book_id = ?")
            .bind(id.get())
            .execute(&mut *tx)
            .await
            .map_err(|e| failed(OP, e))?;
        tx.commit().await.map_err(|e| failed(OP, e))
    }

    // ---- authors ----

    async fn load_author(&self, conn: &mut Conn, id: i64) -> RepoResult<Option<Author>> {
        sqlx::query("SELECT id, name, version, created_at, updated_at FROM author WHERE id = ?")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await
            .map_err(|e| failed("read an author", e))?
            .as_ref()
            .map(author_row)
            .transpose()
    }

    pub async fn insert_author(&self, name: &PersonName, now: DateTime<Utc>) -> RepoResult<Author> {
        retry_write(self.retry, || self.try_insert_author(name, now)).await
    }

    async fn try_insert_author(&self, name: &PersonName, now: DateTime<Utc>) -> RepoResult<Author> {
        const OP: &str = "insert an author";
        let mut tx = self.begin_write(OP).await?;
        let result = sqlx::query(
            "INSERT INTO author (name, version, created_at, updated_at) VALUES (?, 0, ?, ?)",
        )
        .bind(name.as_str())
        .bind(now)
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(|e| on_write(OP, Write::Insert(None), e))?;
        let author = self
            .load_author(&mut tx, inserted_id(&result))
            .await?
            .ok_or(RepoError::NotFound)?;
        tx.commit().await.map_err(|e| failed(OP, e))?;
        Ok(author)
    }

    pub async fn update_author(&self, author: &Author, previous: Version) -> RepoResult<Author> {
        retry_write(self.retry, || self.try_update_author(author, previous)).await
    }

    async fn try_update_author(&self, author: &Author, previous: Version) -> RepoResult<Author> {
        const OP: &str = "update an author";
        let id = author.id().get();
        let mut tx = self.begin_write(OP).await?;
        let result = sqlx::query(
            "UPDATE author SET name = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?",
        )
        .bind(author.name().as_str())
        .bind(author.version().get())
        .bind(author.updated_at())
        .bind(id)
        .bind(previous.get())
        .execute(&mut *tx)
        .await
        .map_err(|e| on_write(OP, Write::Insert(None), e))?;
        if result.rows_affected() == 0 {
            return Err(missing_or_stale(&mut tx, "author", id).await);
        }
        let stored = self
            .load_author(&mut tx, id)
            .await?
            .ok_or(RepoError::NotFound)?;
        tx.commit().await.map_err(|e| failed(OP, e))?;
        Ok(stored)
    }

    pub async fn get_author(&self, id: AuthorId) -> RepoResult<Option<Author>> {
        let mut conn = self.conn("read an author").await?;
        self.load_author(&mut conn, id.get()).await
    }

    pub async fn existing_authors(&self, ids: &[AuthorId]) -> RepoResult<Vec<AuthorId>> {
        const OP: &str = "look up authors";
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT id FROM author WHERE id IN ({})",
            placeholders(ids.len())
        );
        let mut query = sqlx::query(&sql);
        for id in ids {
            query = query.bind(id.get());
        }
        let rows = query
            .fetch_all(&self.pool)
            .await
            .map_err(|e| failed(OP, e))?;
        rows.iter()
            .map(|row| {
                let id: i64 = row.try_get("id").map_err(|e| failed(OP, e))?;
                AuthorId::new(id).map_err(|e| corrupt(OP, e))
            })
            .collect()
    }

    pub async fn list_authors(
        &self,
        query: &ListQuery<AuthorFilter, AuthorSort>,
    ) -> RepoResult<Paged<Author>> {
        const OP: &str = "list authors";
        let mut conditions = Conditions::default();
        if let Some(name) = &query.filter.name {
            conditions.contains("a.name LIKE ? ESCAPE '!'", name);
        }
        if let Some(id) = query.filter.book_id {
            conditions.int("EXISTS (SELECT 1 FROM book_author fa WHERE fa.author_id = a.id AND fa.book_id = ?)", id.get());
        }
        let column = match query.sort {
            AuthorSort::CreatedAt => "a.created_at",
            AuthorSort::Id => "a.id",
            AuthorSort::Name => "a.name",
        };
        let dir = direction(query.order);
        let (limit, offset) = page_args(query);
        let filter = conditions.sql();
        let mut conn = self.conn(OP).await?;
        let sql = format!("SELECT COUNT(*) AS total FROM author a{filter}");
        let total: i64 = bind_all(sqlx::query(&sql), &conditions.args)
            .fetch_one(&mut *conn)
            .await
            .and_then(|row| row.try_get("total"))
            .map_err(|e| failed(OP, e))?;
        let sql = format!(
            "SELECT a.id, a.name, a.version, a.created_at, a.updated_at FROM author a{filter} \
             ORDER BY {column} {dir}, a.id {dir} LIMIT ? OFFSET ?"
        );
        let rows = bind_all(sqlx::query(&sql), &conditions.args)
            .bind(limit)
            .bind(offset)
            .fetch_all(&mut *conn)
            .await
            .map_err(|e| failed(OP, e))?;
        Ok(Paged {
            total: count(total),
            items: rows.iter().map(author_row).collect::<RepoResult<_>>()?,
        })
    }

    pub async fn author_book_count(&self, id: AuthorId) -> RepoResult<u64> {
        sqlx::query("SELECT COUNT(*) AS total FROM book_author WHERE author_id = ?")
            .bind(id.get())
            .fetch_one(&self.pool)
            .await
            .and_then(|row| row.try_get::<i64, _>("total"))
            .map(count)
            .map_err(|e| failed("count an author's books", e))
    }

    pub async fn delete_author(&self, id: AuthorId) -> RepoResult<()> {
        retry_write(self.retry, || {
            delete_row(
                &self.pool,
                "DELETE FROM author WHERE id = ?",
                id.get(),
                "delete an author",
            )
        })
        .await
    }

    // ---- publishers ----

    async fn load_publisher(&self, conn: &mut Conn, id: i64) -> RepoResult<Option<Publisher>> {
        sqlx::query(
            "SELECT id, name, address, version, created_at, updated_at FROM publisher WHERE id = ?",
        )
        .bind(id)
        .fetch_optional(&mut *conn)
        .await
        .map_err(|e| failed("read a publisher", e))?
        .as_ref()
        .map(publisher_row)
        .transpose()
    }

    pub async fn insert_publisher(
        &self,
        name: &PublisherName,
        address: &Address,
        now: DateTime<Utc>,
    ) -> RepoResult<Publisher> {
        retry_write(self.retry, || self.try_insert_publisher(name, address, now)).await
    }

    async fn try_insert_publisher(
        &self,
        name: &PublisherName,
        address: &Address,
        now: DateTime<Utc>,
    ) -> RepoResult<Publisher> {
        const OP: &str = "insert a publisher";
        let mut tx = self.begin_write(OP).await?;
        let result = sqlx::query(
            "INSERT INTO publisher (name, address, version, created_at, updated_at) VALUES (?, ?, 0, ?, ?)",
        )
        .bind(name.as_str())
        .bind(address.as_str())
        .bind(now)
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(|e| on_write(OP, Write::Insert(Some(Uniqueness::PublisherName)), e))?;
        let publisher = self
            .load_publisher(&mut tx, inserted_id(&result))
            .await?
            .ok_or(RepoError::NotFound)?;
        tx.commit().await.map_err(|e| failed(OP, e))?;
        Ok(publisher)
    }

    pub async fn update_publisher(
        &self,
        publisher: &Publisher,
        previous: Version,
    ) -> RepoResult<Publisher> {
        retry_write(self.retry, || {
            self.try_update_publisher(publisher, previous)
        })
        .await
    }

    async fn try_update_publisher(
        &self,
        publisher: &Publisher,
        previous: Version,
    ) -> RepoResult<Publisher> {
        const OP: &str = "update a publisher";
        let id = publisher.id().get();
        let mut tx = self.begin_write(OP).await?;
        let result = sqlx::query(
            "UPDATE publisher SET name = ?, address = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?",
        )
        .bind(publisher.name().as_str())
        .bind(publisher.address().as_str())
        .bind(publisher.version().get())
        .bind(publisher.updated_at())
        .bind(id)
        .bind(previous.get())
        .execute(&mut *tx)
        .await
        .map_err(|e| on_write(OP, Write::Insert(Some(Uniqueness::PublisherName)), e))?;
        if result.rows_affected() == 0 {
            return Err(missing_or_stale(&mut tx, "publisher", id).await);
        }
        let stored = self
            .load_publisher(&mut tx, id)
            .await?
            .ok_or(RepoError::NotFound)?;
        tx.commit().await.map_err(|e| failed(OP, e))?;
        Ok(stored)
    }

    pub async fn get_publisher(&self, id: PublisherId) -> RepoResult<Option<Publisher>> {
        let mut conn = self.conn("read a publisher").await?;
        self.load_publisher(&mut conn, id.get()).await
    }

    pub async fn list_publishers(
        &self,
        query: &ListQuery<PublisherFilter, PublisherSort>,
    ) -> RepoResult<Paged<Publisher>> {
        const OP: &str = "list publishers";
        let mut conditions = Conditions::default();
        if let Some(name) = &query.filter.name {
            conditions.contains("p.name LIKE ? ESCAPE '!'", name);
        }
        let column = match query.sort {
            PublisherSort::CreatedAt => "p.created_at",
            PublisherSort::Id => "p.id",
            PublisherSort::Name => "p.name",
        };
        let dir = direction(query.order);
        let (limit, offset) = page_args(query);
        let filter = conditions.sql();
        let mut conn = self.conn(OP).await?;
        let sql = format!("SELECT COUNT(*) AS total FROM publisher p{filter}");
        let total: i64 = bind_all(sqlx::query(&sql), &conditions.args)
            .fetch_one(&mut *conn)
            .await
            .and_then(|row| row.try_get("total"))
            .map_err(|e| failed(OP, e))?;
        let sql = format!(
            "SELECT p.id, p.name, p.address, p.version, p.created_at, p.updated_at FROM publisher p{filter} \
             ORDER BY {column} {dir}, p.id {dir} LIMIT ? OFFSET ?"
        );
        let rows = bind_all(sqlx::query(&sql), &conditions.args)
            .bind(limit)
            .bind(offset)
            .fetch_all(&mut *conn)
            .await
            .map_err(|e| failed(OP, e))?;
        Ok(Paged {
            total: count(total),
            items: rows.iter().map(publisher_row).collect::<RepoResult<_>>()?,
        })
    }

    pub async fn publisher_book_count(&self, id: PublisherId) -> RepoResult<u64> {
        sqlx::query("SELECT COUNT(*) AS total FROM book WHERE publisher_id = ?")
            .bind(id.get())
            .fetch_one(&self.pool)
            .await
            .and_then(|row| row.try_get::<i64, _>("total"))
            .map(count)
            .map_err(|e| failed("count a publisher's books", e))
    }

    pub async fn delete_publisher(&self, id: PublisherId) -> RepoResult<()> {
        retry_write(self.retry, || {
            delete_row(
                &self.pool,
                "DELETE FROM publisher WHERE id = ?",
                id.get(),
                "delete a publisher",
            )
        })
        .await
    }

    // ---- categories ----

    pub async fn get_category(&self, id: CategoryId) -> RepoResult<Option<Category>> {
        sqlx::query("SELECT id, name, created_at, updated_at FROM category WHERE id = ?")
            .bind(id.get())
            .fetch_optional(&self.pool)
            .await
            .map_err(|e| failed("read a category", e))?
            .as_ref()
            .map(category_row)
            .transpose()
    }

    pub async fn list_categories(
        &self,
        query: &ListQuery<(), CategorySort>,
    ) -> RepoResult<Paged<Category>> {
        const OP: &str = "list categories";
        let column = match query.sort {
            CategorySort::Id => "id",
            CategorySort::Name => "name",
        };
        let dir = direction(query.order);
        let (limit, offset) = page_args(query);
        let mut conn = self.conn(OP).await?;
        let total: i64 = sqlx::query("SELECT COUNT(*) AS total FROM category")
            .fetch_one(&mut *conn)
            .await
            .and_then(|row| row.try_get("total"))
            .map_err(|e| failed(OP, e))?;
        let sql = format!(
            "SELECT id, name, created_at, updated_at FROM category ORDER BY {column} {dir}, id {dir} LIMIT ? OFFSET ?"
        );
        let rows = sqlx::query(&sql)
            .bind(limit)
            .bind(offset)
            .fetch_all(&mut *conn)
            .await
            .map_err(|e| failed(OP, e))?;
        Ok(Paged {
            total: count(total),
            items: rows.iter().map(category_row).collect::<RepoResult<_>>()?,
        })
    }
}

/// Delete one row by id: `NotFound` when there was none, `InUse` when a foreign key holds it.
async fn delete_row(
    pool: &Pool<Db>,
    sql: &'static str,
    id: i64,
    operation: &'static str,
) -> RepoResult<()> {
    let result = sqlx::query(sql)
        .bind(id)
        .execute(pool)
        .await
        .map_err(|e| on_write(operation, Write::Delete, e))?;
    if result.rows_affected() == 0 {
        Err(RepoError::NotFound)
    } else {
        Ok(())
    }
}
