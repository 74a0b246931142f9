//! [`StockRepository`] in SQL.

use app_kit::Version;

use service_kit::db::sql::{now, page_sql, page_total, placeholders};
use service_kit::db::{InsertedId, SqlTx};
use service_kit::{with_conn, with_statement_conn};

use super::SqlInventoryTx;
use super::error::{begin_read, corrupt, db_error};
use super::rows::{self, STOCK_COLUMNS};
use crate::application::port::repo::{Availability, Paged, RepoError, StockQuery, StockRepository};
use crate::domain::aggregate::{BookId, NewStock, Quantity, Stock, StockId, StockRecord};

async fn select_stock(tx: &mut SqlTx, id: StockId, lock: bool) -> Result<Option<Stock>, RepoError> {
    let lock = if lock { tx.dialect().lock() } else { "" };
    let sql = format!("SELECT {STOCK_COLUMNS} FROM stock WHERE id = ?{lock}");
    with_conn!(tx, begin_read, conn => {
        let row = sqlx::query(&sql)
            .bind(id.get())
            .fetch_optional(conn)
            .await
            .map_err(|e| db_error("read a stock row", e))?;
        row.as_ref().map(rows::stock).transpose()
    })
}

impl StockRepository for SqlInventoryTx {
    #[tracing::instrument(level = "debug", skip_all)]
    async fn insert_stock(&mut self, new: &NewStock) -> Result<Stock, RepoError> {
        let at = now();
        let sql = "INSERT INTO stock (book_id, warehouse_id, quantity, reserved_quantity, version, created_at, updated_at) \
                   VALUES (?, ?, ?, 0, 0, ?, ?)";
        let id = with_conn!(self.0, begin_read, conn => {
            sqlx::query(sql)
                .bind(new.book_id.get())
                .bind(new.warehouse_id.get())
                .bind(i64::from(new.quantity.get()))
                .bind(at)
                .bind(at)
                .execute(conn)
                .await
                .map_err(|e| db_error("insert a stock row", e))?
                .inserted_id()
        });
        let op = "insert a stock row";
        Stock::try_from(StockRecord {
            id: StockId::new(id).map_err(|e| corrupt(op, e))?,
            book_id: new.book_id,
            warehouse_id: new.warehouse_id,
            quantity: new.quantity,
            reserved: Quantity::ZERO,
            version: Version::INITIAL,
            created_at: at,
            updated_at: at,
        })
        .map_err(|e| corrupt(op, e))
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn find_stock(&mut self, id: StockId) -> Result<Option<Stock>, RepoError> {
        select_stock(&mut self.0, id, false).await
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn find_stock_for_update(&mut self, id: StockId) -> Result<Option<Stock>, RepoError> {
        select_stock(&mut self.0, id, true).await
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn stocks_of_books_for_update(
        &mut self,
        books: &[BookId],
    ) -> Result<Vec<Stock>, RepoError> {
        if books.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT {STOCK_COLUMNS} FROM stock WHERE book_id IN ({}) ORDER BY book_id, warehouse_id{}",
            placeholders(books.len()),
            self.0.dialect().lock()
        );
        with_conn!(self.0, begin_read, conn => {
            let mut query = sqlx::query(&sql);
            for book in books {
                query = query.bind(book.get());
            }
            let found = query.fetch_all(conn).await.map_err(|e| db_error("lock the books' stock rows", e))?;
            found.iter().map(rows::stock).collect()
        })
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn list_stocks(&mut self, query: &StockQuery) -> Result<Paged<Stock>, RepoError> {
        let from = "stock WHERE (? IS NULL OR book_id = ?) AND (? IS NULL OR warehouse_id = ?)";
        let (sort, order) = (query.sort.name(), query.order.sql());
        let sql = page_sql(STOCK_COLUMNS, from, &format!("{sort} {order}, id {order}"));
        let book = query.filter.book_id.map(BookId::get);
        let warehouse = query.filter.warehouse_id.map(|w| w.get());
        let (limit, offset) = rows::page_args(query.page);
        let (items, total) = with_statement_conn!(self.0, begin_read, conn => {
            let page = sqlx::query(&sql)
                .bind(book)
                .bind(book)
                .bind(warehouse)
                .bind(warehouse)
                .bind(limit)
                .bind(offset)
                .fetch_all(&mut *conn)
                .await
                .map_err(|e| db_error("list stock rows", e))?;
            (page.iter().map(rows::stock).collect::<Result<Vec<_>, _>>()?, rows::first_total(&page)?)
        });
        let total = match page_total(total, query.page.offset()) {
            Some(total) => total,
            // A page past the end: count on its own.
            None => with_statement_conn!(self.0, begin_read, conn => {
                let row = sqlx::query(&format!("SELECT COUNT(*) AS total FROM {from}"))
                    .bind(book)
                    .bind(book)
                    .bind(warehouse)
                    .bind(warehouse)
                    .fetch_one(&mut *conn)
                    .await
                    .map_err(|e| db_error("count stock rows", e))?;
                rows::count(&row, "total")?
            }),
        };
        Ok(Paged { total, items })
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn update_stock(&mut self, stock: &Stock) -> Result<Stock, RepoError> {
        let at = now();
        let sql = "UPDATE stock SET quantity = ?, reserved_quantity = ?, version = version + 1, updated_at = ? \
                   WHERE id = ? AND version = ?";
        let changed = with_conn!(self.0, begin_read, conn => {
            sqlx::query(sql)
                .bind(i64::from(stock.quantity().get()))
                .bind(i64::from(stock.reserved().get()))
                .bind(at)
                .bind(stock.id().get())
                .bind(stock.version().get())
                .execute(conn)
                .await
                .map_err(|e| db_error("update a stock row", e))?
                .rows_affected()
        });
        if changed == 0 {
            return Err(RepoError::Stale);
        }
        let op = "update a stock row";
        Stock::try_from(StockRecord {
            id: stock.id(),
            book_id: stock.book_id(),
            warehouse_id: stock.warehouse_id(),
            quantity: stock.quantity(),
            reserved: stock.reserved(),
            version: stock.version().next(),
            created_at: stock.created_at(),
            updated_at: at,
        })
        .map_err(|e| corrupt(op, e))
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn delete_stock(&mut self, id: StockId) -> Result<bool, RepoError> {
        let deleted = with_conn!(self.0, begin_read, conn => {
            sqlx::query("DELETE FROM stock WHERE id = ?")
                .bind(id.get())
                .execute(conn)
                .await
                .map_err(|e| db_error("delete a stock row", e))?
                .rows_affected()
        });
        Ok(deleted > 0)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn availability(&mut self, books: &[BookId]) -> Result<Vec<Availability>, RepoError> {
        if books.is_empty() {
            return Ok(Vec::new());
        }
        let int = self.0.dialect().integer();
        let sql = format!(
            "SELECT book_id, CAST(SUM(quantity) AS {int}) AS quantity, CAST(SUM(reserved_quantity) AS {int}) AS reserved \
             FROM stock WHERE book_id IN ({}) GROUP BY book_id ORDER BY book_id",
            placeholders(books.len())
        );
        with_statement_conn!(self.0, begin_read, conn => {
            let mut query = sqlx::query(&sql);
            for book in books {
                query = query.bind(book.get());
            }
            let found = query.fetch_all(conn).await.map_err(|e| db_error("sum the books' stock", e))?;
            found
                .iter()
                .map(|row| {
                    let book: i64 = sqlx::Row::try_get(row, "book_id").map_err(|e| db_error("read a book id", e))?;
                    Ok(Availability {
                        book_id: BookId::new(book).map_err(|e| corrupt("sum the books' stock", e))?,
                        quantity: rows::count(row, "quantity")?,
                        reserved: rows::count(row, "reserved")?,
                    })
                })
                .collect()
        })
    }
}
