//! [`BookRepository`] in SQL.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use service_kit::db::SqlTx;
use service_kit::db::sql::{InsertedId, page_total, placeholders};
use service_kit::{with_conn, with_statement_conn};

use super::error::{Write, failed, on_write};
use super::rows::{self, BOOK_COLUMNS, BOOK_JOINS, BOOK_READ_COLUMNS};
use super::statement::{Conditions, bind_all, page_args, price_cents, price_param};
use super::{SqlCatalogTx, missing_or_stale};
use crate::application::port::repo::{
    BookFilter, BookRepository, BookSort, BookView, ListQuery, Paged, RepoError, RepoResult,
    Uniqueness,
};
use crate::domain::aggregate::{AuthorIds, Book, BookId, BookSpec, Description, Version};

/// Book views for `ids`, in the order of `ids` (missing ones skipped), in one single-table
/// statement: each book row carries copies of what its view shows from other tables (see
/// [`rows::BOOK_READ_COLUMNS`]), which [`refresh_views`] keeps current.
async fn load_books(tx: &mut SqlTx, ids: &[i64]) -> RepoResult<Vec<BookView>> {
    const OP: &str = "load books";
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let price = price_cents(tx.dialect());
    let sql = match ids {
        [_] => {
            format!("SELECT {BOOK_READ_COLUMNS}, {price} AS price_cents FROM book b WHERE b.id = ?")
        }
        _ => format!(
            "SELECT {BOOK_READ_COLUMNS}, {price} AS price_cents FROM book b WHERE b.id IN ({})",
            placeholders(ids.len())
        ),
    };
    let views = with_statement_conn!(tx, |e| failed(OP, e), conn => {
        let mut query = sqlx::query(&sql);
        for id in ids {
            query = query.bind(*id);
        }
        let rows = query.fetch_all(&mut *conn).await.map_err(|e| failed(OP, e))?;
        rows.iter().map(rows::book_read_view).collect::<RepoResult<Vec<_>>>()?
    });
    Ok(in_order(ids, views))
}

/// `views` in the order of `ids`.
fn in_order(ids: &[i64], views: Vec<BookView>) -> Vec<BookView> {
    if views.len() <= 1 {
        return views;
    }
    let mut by_id: HashMap<i64, BookView> =
        views.into_iter().map(|v| (v.book.id().get(), v)).collect();
    ids.iter().filter_map(|id| by_id.remove(id)).collect()
}

/// Rewrite the copies the book rows `ids` carry (category and publisher names, credits; see
/// [`rows::BOOK_READ_COLUMNS`]) from the tables they copy, and return the views, in the order of
/// `ids`.
///
/// The caller holds the book rows' locks (it has just written them, or took them with
/// [`lock_books`]). On MySQL that orders it against a rename: a rename locks its author or
/// publisher row first and the book rows after, while a book write locks the book row first and
/// takes shared locks on the authors it credits and on a category or publisher it changes to
/// (foreign-key checks). Whichever commits second re-reads, after waiting for the other's lock,
/// what the first committed (READ COMMITTED), or the two deadlock and one is retried as
/// contention. SQLite has one writer at a time. One book needs no `ORDER BY`:
/// sorting on a column of the outer-joined credits made MariaDB build a temporary table and
/// filesort it, so [`rows::book_views`] puts the few credits in order instead.
pub(super) async fn refresh_views(tx: &mut SqlTx, ids: &[i64]) -> RepoResult<Vec<BookView>> {
    const OP: &str = "refresh the copies a book row carries";
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let price = price_cents(tx.dialect());
    let sql = match ids {
        [_] => format!(
            "SELECT {BOOK_COLUMNS}, {price} AS price_cents FROM book b {BOOK_JOINS} WHERE b.id = ?"
        ),
        _ => format!(
            "SELECT {BOOK_COLUMNS}, {price} AS price_cents FROM book b {BOOK_JOINS} \
             WHERE b.id IN ({}) ORDER BY b.id, ba.position",
            placeholders(ids.len())
        ),
    };
    let views = with_conn!(tx, |e| failed(OP, e), conn => {
        let mut query = sqlx::query(&sql);
        for id in ids {
            query = query.bind(*id);
        }
        let rows = query.fetch_all(&mut *conn).await.map_err(|e| failed(OP, e))?;
        rows::book_views(&rows)?
    });
    for view in &views {
        let credits = rows::credits_json(&view.authors);
        with_conn!(tx, |e| failed(OP, e), conn => {
            sqlx::query(
                "UPDATE book SET category_name = ?, publisher_name = ?, credits = ? WHERE id = ?",
            )
            .bind(view.category.name.as_str())
            .bind(view.publisher.name.as_str())
            .bind(credits.as_str())
            .bind(view.book.id().get())
            .execute(&mut *conn)
            .await
            .map_err(|e| failed(OP, e))?;
        });
    }
    Ok(in_order(ids, views))
}

/// Lock the book rows `ids` until commit (nothing on SQLite, whose write transaction excludes
/// every other writer), in id order so that two such locks cannot deadlock each other.
async fn lock_books(tx: &mut SqlTx, ids: &[i64]) -> RepoResult<()> {
    const OP: &str = "lock books";
    let lock = tx.dialect().lock();
    if lock.is_empty() || ids.is_empty() {
        return Ok(());
    }
    let sql = format!(
        "SELECT id FROM book WHERE id IN ({}) ORDER BY id{lock}",
        placeholders(ids.len())
    );
    with_conn!(tx, |e| failed(OP, e), conn => {
        let mut query = sqlx::query(&sql);
        for id in ids {
            query = query.bind(*id);
        }
        query.fetch_all(&mut *conn).await.map_err(|e| failed(OP, e))?;
    });
    Ok(())
}

/// After author `author_id` was renamed (its row is locked by this transaction): rewrite the
/// credits copied onto every book crediting it.
pub(super) async fn refresh_credits_of(tx: &mut SqlTx, author_id: i64) -> RepoResult<()> {
    const OP: &str = "find the books crediting an author";
    /// Books per statement, well below MySQL's 65,535 placeholders.
    const CHUNK: usize = 500;
    let ids: Vec<i64> = with_conn!(tx, |e| failed(OP, e), conn => {
        sqlx::query_scalar("SELECT book_id FROM book_author WHERE author_id = ? ORDER BY book_id")
            .bind(author_id)
            .fetch_all(&mut *conn)
            .await
            .map_err(|e| failed(OP, e))?
    });
    for chunk in ids.chunks(CHUNK) {
        lock_books(tx, chunk).await?;
        refresh_views(tx, chunk).await?;
    }
    Ok(())
}

/// Credit `authors` on `book_id` in order (the caller removed any previous credits).
async fn insert_credits(tx: &mut SqlTx, book_id: i64, authors: &AuthorIds) -> RepoResult<()> {
    const OP: &str = "credit the authors of a book";
    let rows = vec!["(?, ?, ?)"; authors.as_slice().len()].join(", ");
    let sql = format!("INSERT INTO book_author (book_id, author_id, position) VALUES {rows}");
    with_conn!(tx, |e| failed(OP, e), conn => {
        let mut query = sqlx::query(&sql);
        for (position, author) in (0_i64..).zip(authors.as_slice()) {
            query = query.bind(book_id).bind(author.get()).bind(position);
        }
        query.execute(&mut *conn).await.map_err(|e| on_write(OP, Write::Insert(None), e))?;
    });
    Ok(())
}

/// The columns a book is written with, in the order both statements bind them.
fn book_values(spec: &BookSpec) -> (&str, &str, i64, Option<&str>, i64, i64) {
    (
        spec.title.as_str(),
        spec.isbn.as_str(),
        spec.price.cents(),
        spec.description.as_ref().map(Description::as_str),
        spec.category_id.get(),
        spec.publisher_id.get(),
    )
}

impl BookRepository for SqlCatalogTx {
    #[tracing::instrument(level = "debug", skip_all)]
    async fn insert(&mut self, spec: &BookSpec, now: DateTime<Utc>) -> RepoResult<BookView> {
        const OP: &str = "insert a book";
        let tx = &mut self.0;
        let sql = format!(
            "INSERT INTO book (title, isbn, price, description, category_id, publisher_id, version, created_at, updated_at) \
             VALUES (?, ?, {}, ?, ?, ?, 0, ?, ?)",
            price_param(tx.dialect())
        );
        let (title, isbn, cents, description, category, publisher) = book_values(spec);
        let id = with_conn!(tx, |e| failed(OP, e), conn => {
            sqlx::query(&sql)
                .bind(title).bind(isbn).bind(cents).bind(description)
                .bind(category).bind(publisher).bind(now).bind(now)
                .execute(&mut *conn)
                .await
                .map_err(|e| on_write(OP, Write::Insert(Some(Uniqueness::Isbn)), e))?
                .inserted_id()
        });
        insert_credits(tx, id, &spec.author_ids).await?;
        refresh_views(tx, &[id])
            .await?
            .pop()
            .ok_or(RepoError::NotFound)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn update(&mut self, book: &Book, previous: Version) -> RepoResult<BookView> {
        const OP: &str = "update a book";
        let id = book.id().get();
        let tx = &mut self.0;
        let sql = format!(
            "UPDATE book SET title = ?, isbn = ?, price = {}, description = ?, category_id = ?, \
             publisher_id = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?",
            price_param(tx.dialect())
        );
        let (title, isbn, cents, description, category, publisher) = book_values(book.spec());
        let updated = with_conn!(tx, |e| failed(OP, e), conn => {
            sqlx::query(&sql)
                .bind(title).bind(isbn).bind(cents).bind(description)
                .bind(category).bind(publisher)
                .bind(book.version().get()).bind(book.updated_at()).bind(id).bind(previous.get())
                .execute(&mut *conn)
                .await
                .map_err(|e| on_write(OP, Write::Insert(Some(Uniqueness::Isbn)), e))?
                .rows_affected()
        });
        if updated == 0 {
            return Err(missing_or_stale(tx, "book", id).await);
        }
        with_conn!(tx, |e| failed(OP, e), conn => {
            sqlx::query("DELETE FROM book_author WHERE book_id = ?")
                .bind(id)
                .execute(&mut *conn)
                .await
                .map_err(|e| failed(OP, e))?;
        });
        insert_credits(tx, id, &book.spec().author_ids).await?;
        refresh_views(tx, &[id])
            .await?
            .pop()
            .ok_or(RepoError::NotFound)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn delete(&mut self, id: BookId) -> RepoResult<()> {
        const OP: &str = "delete a book";
        let tx = &mut self.0;
        // The book row first, then its credits: the order `update_book` locks them in. The
        // opposite order let a delete and a replace of the same book deadlock on MySQL.
        let deleted = with_conn!(tx, |e| failed(OP, e), conn => {
            sqlx::query("DELETE FROM book WHERE id = ?")
                .bind(id.get())
                .execute(&mut *conn)
                .await
                .map_err(|e| on_write(OP, Write::Delete, e))?
                .rows_affected()
        });
        if deleted == 0 {
            return Err(RepoError::NotFound);
        }
        // ON DELETE CASCADE has removed the credits already; explicit all the same, so a SQLite
        // connection opened without foreign-key enforcement cannot leave dangling credits.
        with_conn!(tx, |e| failed(OP, e), conn => {
            sqlx::query("DELETE FROM book_author WHERE book_id = ?")
                .bind(id.get())
                .execute(&mut *conn)
                .await
                .map_err(|e| failed(OP, e))?;
        });
        Ok(())
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn get(&mut self, id: BookId) -> RepoResult<Option<BookView>> {
        Ok(load_books(&mut self.0, &[id.get()]).await?.pop())
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn get_many(&mut self, ids: &[BookId]) -> RepoResult<Vec<BookView>> {
        let ids: Vec<i64> = ids.iter().map(|id| id.get()).collect();
        load_books(&mut self.0, &ids).await
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn list(
        &mut self,
        query: &ListQuery<BookFilter, BookSort>,
    ) -> RepoResult<Paged<BookView>> {
        let (conditions, order_by) = book_list(query);
        book_page(&mut self.0, &conditions, &order_by, page_args(query)).await
    }
}

/// One page of the matching books with their authors, and how many books match in all.
///
/// One single-table statement: the book rows carry their views ([`rows::BOOK_READ_COLUMNS`]),
/// and the total is an uncorrelated subquery, counted once per statement. A window count
/// (`COUNT(*) OVER ()`) cost MariaDB a temporary table, and the join to the credits another
/// one and a filesort: together most of a list's cost. Only a page past the last match carries
/// no total and costs a `COUNT(*)`.
async fn book_page(
    tx: &mut SqlTx,
    conditions: &Conditions,
    order_by: &str,
    query_page: (i64, i64),
) -> RepoResult<Paged<BookView>> {
    const OP: &str = "list books";
    let (limit, offset) = query_page;
    let filter = conditions.sql();
    let sql = format!(
        "SELECT {BOOK_READ_COLUMNS}, {} AS price_cents, \
             (SELECT COUNT(*) FROM book b{filter}) AS total_count \
         FROM book b{filter} ORDER BY {order_by} LIMIT ? OFFSET ?",
        price_cents(tx.dialect())
    );
    let (items, total) = with_statement_conn!(tx, |e| failed(OP, e), conn => {
        let query = bind_all(sqlx::query(&sql), &conditions.args);
        let rows = bind_all(query, &conditions.args)
            .bind(limit)
            .bind(offset)
            .fetch_all(&mut *conn)
            .await
            .map_err(|e| failed(OP, e))?;
        let items = rows.iter().map(rows::book_read_view).collect::<RepoResult<Vec<_>>>()?;
        (items, rows::total(&rows)?)
    });
    let total = match page_total(total, u64::try_from(offset).unwrap_or(0)) {
        Some(total) => total,
        None => {
            let sql = format!("SELECT COUNT(*) AS total_count FROM book b{filter}");
            with_statement_conn!(tx, |e| failed(OP, e), conn => {
                let rows = bind_all(sqlx::query(&sql), &conditions.args)
                    .fetch_all(&mut *conn)
                    .await
                    .map_err(|e| failed(OP, e))?;
                rows::total(&rows)?.map_or(0, |t| u64::try_from(t).unwrap_or(0))
            })
        }
    };
    Ok(Paged { total, items })
}

/// The conditions and order of a book list.
fn book_list(query: &ListQuery<BookFilter, BookSort>) -> (Conditions, String) {
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
        conditions.int(
            "EXISTS (SELECT 1 FROM book_author fa WHERE fa.book_id = b.id AND fa.author_id = ?)",
            id.get(),
        );
    }
    let column = match query.sort {
        BookSort::CreatedAt => "b.created_at",
        BookSort::Id => "b.id",
        BookSort::Title => "b.title",
        BookSort::Price => "b.price",
    };
    let dir = query.order.sql();
    let order_by = format!("{column} {dir}, b.id {dir}");
    (conditions, order_by)
}
