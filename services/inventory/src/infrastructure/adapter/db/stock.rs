//! [`StockRepository`] in SQL.

use app_kit::Version;

use super::error::{corrupt, db_error};
use super::rows::{self, STOCK_COLUMNS};
use super::{InsertedId, SqlTx, now, placeholders, with_conn, with_statement_conn};
use crate::application::port::repo::{Availability, Paged, RepoError, StockQuery, StockRepository};
use crate::domain::aggregate::{BookId, NewStock, Quantity, Stock, StockId, StockRecord};

impl SqlTx {
    async fn select_stock(&mut self, id: StockId, lock: bool) -> Result<Option<Stock>, RepoError> {
        let lock = if lock { self.dialect().lock() } else { "" };
        let sql = format!("SELECT {STOCK_COLUMNS} FROM stock WHERE id = ?{lock}");
        with_conn!(self, conn => {
            let row = sqlx::query(&sql)
                .bind(id.get())
                .fetch_optional(conn)
                .await
                .map_err(|e| db_error("read a stock row", e))?;
            row.as_ref().map(rows::stock).transpose()
        })
    }
}

impl StockRepository for SqlTx {
    async fn insert_stock(&mut self, new: &NewStock) -> Result<Stock, RepoError> {
        let at = now();
        let sql = "INSERT INTO stock (book_id, warehouse_id, quantity, reserved_quantity, version, created_at, updated_at) \
                   VALUES (?, ?, ?, 0, 0, ?, ?)";
        let id = with_conn!(self, conn => {
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

    async fn find_stock(&mut self, id: StockId) -> Result<Option<Stock>, RepoError> {
        self.select_stock(id, false).await
    }

    async fn find_stock_for_update(&mut self, id: StockId) -> Result<Option<Stock>, RepoError> {
        self.select_stock(id, true).await
    }

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
            self.dialect().lock()
        );
        with_conn!(self, conn => {
            let mut query = sqlx::query(&sql);
            for book in books {
                query = query.bind(book.get());
            }
            let found = query.fetch_all(conn).await.map_err(|e| db_error("lock the books' stock rows", e))?;
            found.iter().map(rows::stock).collect()
        })
    }

    async fn list_stocks(&mut self, query: &StockQuery) -> Result<Paged<Stock>, RepoError> {
        let filter = "(? IS NULL OR book_id = ?) AND (? IS NULL OR warehouse_id = ?)";
        let order = query.order.sql();
        let sql = format!(
            "SELECT {STOCK_COLUMNS} FROM stock WHERE {filter} ORDER BY {} {order}, id {order} LIMIT ? OFFSET ?",
            query.sort.name()
        );
        let count_sql = format!("SELECT COUNT(*) AS total FROM stock WHERE {filter}");
        let book = query.filter.book_id.map(BookId::get);
        let warehouse = query.filter.warehouse_id.map(|w| w.get());
        let limit = i64::from(query.page.limit());
        let offset = i64::try_from(query.page.offset()).unwrap_or(i64::MAX);
        with_conn!(self, conn => {
            let total = sqlx::query(&count_sql)
                .bind(book)
                .bind(book)
                .bind(warehouse)
                .bind(warehouse)
                .fetch_one(&mut *conn)
                .await
                .map_err(|e| db_error("count stock rows", e))?;
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
            Ok(Paged {
                total: rows::count(&total, "total")?,
                items: page.iter().map(rows::stock).collect::<Result<_, _>>()?,
            })
        })
    }

    async fn update_stock(&mut self, stock: &Stock) -> Result<Stock, RepoError> {
        let at = now();
        let sql = "UPDATE stock SET quantity = ?, reserved_quantity = ?, version = version + 1, updated_at = ? \
                   WHERE id = ? AND version = ?";
        let changed = with_conn!(self, conn => {
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

    async fn delete_stock(&mut self, id: StockId) -> Result<bool, RepoError> {
        let deleted = with_conn!(self, conn => {
            sqlx::query("DELETE FROM stock WHERE id = ?")
                .bind(id.get())
                .execute(conn)
                .await
                .map_err(|e| db_error("delete a stock row", e))?
                .rows_affected()
        });
        Ok(deleted > 0)
    }

    async fn availability(&mut self, books: &[BookId]) -> Result<Vec<Availability>, RepoError> {
        if books.is_empty() {
            return Ok(Vec::new());
        }
        let int = self.dialect().integer();
        let sql = format!(
            "SELECT book_id, CAST(SUM(quantity) AS {int}) AS quantity, CAST(SUM(reserved_quantity) AS {int}) AS reserved \
             FROM stock WHERE book_id IN ({}) GROUP BY book_id ORDER BY book_id",
            placeholders(books.len())
        );
        with_statement_conn!(self, conn => {
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
