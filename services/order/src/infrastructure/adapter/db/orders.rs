//! [`OrderTx`] in SQL: `book_order` and its lines in `book_order_item`.

use std::collections::HashMap;
use std::str::FromStr;

use app_kit::{Paged, SortOrder, Version};
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use service_kit::db::sql::{TOTAL_COLUMN, TxInner, now, page_sql, page_total, placeholders};
use service_kit::db::{Dialect, InsertedId};
use service_kit::{with_conn, with_statement_conn};
use sqlx::{ColumnIndex, Decode, Row, Type};
use uuid::Uuid;

use super::SqlOrderTx;
use super::error::{begin_read, corrupt, db_error};
use crate::application::port::repo::{OrderQuery, OrderSort, OrderTx, RepoError};
use crate::domain::{NewOrder, Order, OrderId, OrderItem, OrderStatus, SagaStep};

/// A money column read as integer cents.
fn cents(dialect: Dialect, column: &str) -> String {
    match dialect {
        Dialect::Sqlite => column.to_owned(),
        Dialect::MySql => format!("CAST({column} * 100 AS SIGNED)"),
    }
}

/// The placeholder a money value is written through, as integer cents.
fn from_cents(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Sqlite => "?",
        Dialect::MySql => "(? / 100)",
    }
}

fn to_cents(amount: Decimal) -> Result<i64, RepoError> {
    (amount * Decimal::ONE_HUNDRED)
        .round()
        .to_i64()
        .ok_or_else(|| corrupt("convert an amount to cents", amount))
}

fn order_columns(dialect: Dialect) -> String {
    order_columns_of(dialect, "")
}

/// The order's columns, each read from `table` (`"o."`, or `""` when the statement reads
/// `book_order` alone).
fn order_columns_of(dialect: Dialect, table: &str) -> String {
    // MySQL compares keys in a binary collation, which sqlx reads as bytes: convert back.
    let key = match dialect {
        Dialect::Sqlite => format!("{table}idempotency_key"),
        Dialect::MySql => {
            format!("CONVERT({table}idempotency_key USING utf8mb4) AS idempotency_key")
        }
    };
    let columns = [
        "id",
        "user_id",
        "status",
        "steps_done",
        "failure_reason",
        "workflow_id",
        "card_token",
        "request_fingerprint",
        "version",
        "created_at",
        "updated_at",
    ]
    .map(|column| format!("{table}{column}"))
    .join(", ");
    format!(
        "{columns}, {} AS total_cents, {key}",
        cents(dialect, &format!("{table}total_price"))
    )
}

fn get<'r, R, T>(row: &'r R, column: &'static str) -> Result<T, RepoError>
where
    R: Row,
    T: Decode<'r, R::Database> + Type<R::Database>,
    &'static str: ColumnIndex<R>,
{
    row.try_get(column)
        .map_err(|e| db_error("read a column", e))
}

/// An order row without its lines.
fn order_row<R>(row: &R) -> Result<Order, RepoError>
where
    R: Row,
    for<'r> i64: Decode<'r, R::Database> + Type<R::Database>,
    for<'r> String: Decode<'r, R::Database> + Type<R::Database>,
    for<'r> Option<String>: Decode<'r, R::Database> + Type<R::Database>,
    for<'r> DateTime<Utc>: Decode<'r, R::Database> + Type<R::Database>,
    &'static str: ColumnIndex<R>,
{
    let op = "read an order row";
    let user: String = get(row, "user_id")?;
    let status: String = get(row, "status")?;
    let steps: String = get(row, "steps_done")?;
    let steps_done = steps
        .split(',')
        .filter(|s| !s.is_empty())
        .map(SagaStep::from_str)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| corrupt(op, e))?;
    Ok(Order {
        id: OrderId::new(get(row, "id")?).map_err(|e| corrupt(op, e))?,
        user_id: Uuid::parse_str(&user).map_err(|e| corrupt(op, e))?,
        items: Vec::new(),
        total: Decimal::new(get(row, "total_cents")?, 2),
        status: OrderStatus::from_str(&status).map_err(|e| corrupt(op, e))?,
        steps_done,
        failure_reason: get(row, "failure_reason")?,
        workflow_id: get(row, "workflow_id")?,
        card_token: get(row, "card_token")?,
        idempotency_key: get(row, "idempotency_key")?,
        fingerprint: get(row, "request_fingerprint")?,
        version: Version::new(get(row, "version")?).map_err(|e| corrupt(op, e))?,
        created_at: get(row, "created_at")?,
        updated_at: get(row, "updated_at")?,
    })
}

/// An order line's columns, each read from `table` (`"i."`, or `""`), as [`item_row`] reads them.
fn item_columns(dialect: Dialect, table: &str) -> String {
    format!(
        "{table}order_id, {table}book_id, {table}title, {} AS price_cents, {table}quantity",
        cents(dialect, &format!("{table}unit_price"))
    )
}

/// A line and the order it belongs to.
fn item_row<R>(row: &R) -> Result<(i64, OrderItem), RepoError>
where
    R: Row,
    for<'r> i64: Decode<'r, R::Database> + Type<R::Database>,
    for<'r> i32: Decode<'r, R::Database> + Type<R::Database>,
    for<'r> String: Decode<'r, R::Database> + Type<R::Database>,
    &'static str: ColumnIndex<R>,
{
    Ok((
        get(row, "order_id")?,
        OrderItem {
            book_id: get(row, "book_id")?,
            title: get(row, "title")?,
            unit_price: Decimal::new(get(row, "price_cents")?, 2),
            quantity: get(row, "quantity")?,
        },
    ))
}

fn steps_text(steps: &[SagaStep]) -> String {
    steps
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

impl SqlOrderTx {
    /// Orders read by `sql` with `args` bound (text first, then integers), with their lines.
    async fn orders_where(
        &mut self,
        sql: &str,
        texts: &[String],
        ints: &[i64],
    ) -> Result<(Vec<Order>, Option<i64>), RepoError> {
        let (mut orders, total) = with_conn!(self.0, begin_read, conn => {
            let mut query = sqlx::query(sql);
            for t in texts {
                query = query.bind(t);
            }
            for i in ints {
                query = query.bind(i);
            }
            let rows = query
                .fetch_all(&mut *conn)
                .await
                .map_err(|e| db_error("read orders", e))?;
            let total: Option<i64> = match rows.first() {
                Some(row) if sql.contains(TOTAL_COLUMN) => Some(get(row, TOTAL_COLUMN)?),
                _ => None,
            };
            let orders = rows.iter().map(order_row).collect::<Result<Vec<_>, _>>()?;
            (orders, total)
        });
        self.attach_items(&mut orders).await?;
        Ok((orders, total))
    }

    async fn attach_items(&mut self, orders: &mut [Order]) -> Result<(), RepoError> {
        if orders.is_empty() {
            return Ok(());
        }
        let sql = format!(
            "SELECT {} FROM book_order_item WHERE order_id IN ({}) ORDER BY order_id, id",
            item_columns(self.0.dialect(), ""),
            placeholders(orders.len())
        );
        let lines = with_conn!(self.0, begin_read, conn => {
            let mut query = sqlx::query(&sql);
            for order in orders.iter() {
                query = query.bind(order.id.get());
            }
            let rows = query
                .fetch_all(conn)
                .await
                .map_err(|e| db_error("read order lines", e))?;
            rows.iter().map(item_row).collect::<Result<Vec<_>, _>>()?
        });
        let mut by_order: HashMap<i64, Vec<OrderItem>> = HashMap::new();
        for (order, item) in lines {
            by_order.entry(order).or_default().push(item);
        }
        for order in orders.iter_mut() {
            order.items = by_order.remove(&order.id.get()).unwrap_or_default();
        }
        Ok(())
    }
}

impl OrderTx for SqlOrderTx {
    /// Two statements (the order, its lines); the stored order is answered from what was
    /// written, in the form a read gives (money at two places), not read back.
    #[tracing::instrument(level = "debug", skip_all)]
    async fn insert_order(&mut self, new: &NewOrder) -> Result<Order, RepoError> {
        let at = now();
        let dialect = self.0.dialect();
        let sql = format!(
            "INSERT INTO book_order (user_id, total_price, status, steps_done, card_token, \
             idempotency_key, request_fingerprint, version, created_at, updated_at) \
             VALUES (?, {}, 'pending', '', ?, ?, ?, 0, ?, ?)",
            from_cents(dialect)
        );
        let total = to_cents(new.total())?;
        let id = with_conn!(self.0, begin_read, conn => {
            sqlx::query(&sql)
                .bind(new.user_id.to_string())
                .bind(total)
                .bind(&new.card_token)
                .bind(&new.idempotency_key)
                .bind(&new.fingerprint)
                .bind(at)
                .bind(at)
                .execute(conn)
                .await
                .map_err(|e| db_error("insert an order", e))?
                .inserted_id()
        });
        let values = vec![format!("(?, ?, ?, {}, ?)", from_cents(dialect)); new.items.len()];
        let sql = format!(
            "INSERT INTO book_order_item (order_id, book_id, title, unit_price, quantity) VALUES {}",
            values.join(", ")
        );
        let prices = new
            .items
            .iter()
            .map(|i| to_cents(i.unit_price))
            .collect::<Result<Vec<_>, _>>()?;
        with_conn!(self.0, begin_read, conn => {
            let mut query = sqlx::query(&sql);
            for (item, price) in new.items.iter().zip(&prices) {
                query = query
                    .bind(id)
                    .bind(item.book_id)
                    .bind(&item.title)
                    .bind(*price)
                    .bind(item.quantity);
            }
            query.execute(conn).await.map_err(|e| db_error("insert order lines", e))?;
        });
        let items = new
            .items
            .iter()
            .zip(prices)
            .map(|(item, cents)| OrderItem {
                unit_price: Decimal::new(cents, 2),
                ..item.clone()
            })
            .collect();
        Ok(Order {
            id: OrderId::new(id).map_err(|e| corrupt("insert an order", e))?,
            user_id: new.user_id,
            items,
            total: Decimal::new(total, 2),
            status: OrderStatus::Pending,
            steps_done: Vec::new(),
            failure_reason: None,
            workflow_id: None,
            card_token: new.card_token.clone(),
            idempotency_key: new.idempotency_key.clone(),
            fingerprint: new.fingerprint.clone(),
            version: Version::INITIAL,
            created_at: at,
            updated_at: at,
        })
    }

    /// One statement: the order's row repeated beside each of its lines (a round trip less
    /// than reading the lines apart, on the path every saga task takes).
    #[tracing::instrument(level = "debug", skip_all)]
    async fn find_order(&mut self, id: OrderId) -> Result<Option<Order>, RepoError> {
        let dialect = self.0.dialect();
        // The line's columns take names the order's do not use (its key is `id`).
        let sql = format!(
            "SELECT {}, {} FROM book_order o LEFT JOIN book_order_item i ON i.order_id = o.id \
             WHERE o.id = ? ORDER BY i.id{}",
            order_columns_of(dialect, "o."),
            item_columns(dialect, "i."),
            dialect.lock()
        );
        with_statement_conn!(self.0, begin_read, conn => {
            let rows = sqlx::query(&sql)
                .bind(id.get())
                .fetch_all(&mut *conn)
                .await
                .map_err(|e| db_error("read an order", e))?;
            let Some(first) = rows.first() else {
                return Ok(None);
            };
            let mut order = order_row(first)?;
            for row in &rows {
                // An order without lines comes back as one row of NULL line columns.
                let line: Option<i64> = get(row, "order_id")?;
                if line.is_some() {
                    order.items.push(item_row(row)?.1);
                }
            }
            Ok(Some(order))
        })
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn find_by_idempotency_key(
        &mut self,
        user: Uuid,
        key: &str,
    ) -> Result<Option<Order>, RepoError> {
        let sql = format!(
            "SELECT {} FROM book_order WHERE user_id = ? AND idempotency_key = ?",
            order_columns(self.0.dialect())
        );
        let texts = [user.to_string(), key.to_owned()];
        let (orders, _) = self.orders_where(&sql, &texts, &[]).await?;
        Ok(orders.into_iter().next())
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn update_order(&mut self, order: &Order) -> Result<Order, RepoError> {
        let at = now();
        let sql = "UPDATE book_order SET status = ?, steps_done = ?, failure_reason = ?, \
                   workflow_id = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?";
        let changed = with_statement_conn!(self.0, begin_read, conn => {
            sqlx::query(sql)
                .bind(order.status.as_str())
                .bind(steps_text(&order.steps_done))
                .bind(&order.failure_reason)
                .bind(&order.workflow_id)
                .bind(at)
                .bind(order.id.get())
                .bind(order.version.get())
                .execute(conn)
                .await
                .map_err(|e| db_error("update an order", e))?
                .rows_affected()
        });
        if changed == 0 {
            return Err(RepoError::Stale);
        }
        let mut saved = order.clone();
        saved.version = order.version.next();
        saved.updated_at = at;
        Ok(saved)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn list_orders(&mut self, query: &OrderQuery) -> Result<Paged<Order>, RepoError> {
        let dialect = self.0.dialect();
        let mut conditions = Vec::new();
        let mut texts = Vec::new();
        if let Some(user) = query.user_id {
            conditions.push("user_id = ?");
            texts.push(user.to_string());
        }
        if let Some(status) = query.status {
            conditions.push("status = ?");
            texts.push(status.as_str().to_owned());
        }
        let from = if conditions.is_empty() {
            "book_order".to_owned()
        } else {
            format!("book_order WHERE {}", conditions.join(" AND "))
        };
        let direction = match query.order {
            SortOrder::Asc => "ASC",
            SortOrder::Desc => "DESC",
        };
        let column = match query.sort {
            OrderSort::Id => "id",
            OrderSort::CreatedAt => "created_at",
            OrderSort::TotalPrice => "total_price",
        };
        let order_by = format!("{column} {direction}, id {direction}");
        let sql = page_sql(&order_columns(dialect), &from, &order_by);
        let limit = i64::from(query.page.limit());
        let offset = i64::try_from(query.page.offset()).unwrap_or(i64::MAX);
        let (items, first_total) = self.orders_where(&sql, &texts, &[limit, offset]).await?;
        let total = match page_total(first_total, query.page.offset()) {
            Some(total) => total,
            None => {
                let sql = format!("SELECT COUNT(*) AS n FROM {from}");
                let n: i64 = with_conn!(self.0, begin_read, conn => {
                    let mut q = sqlx::query(&sql);
                    for t in &texts {
                        q = q.bind(t);
                    }
                    let row = q.fetch_one(conn).await.map_err(|e| db_error("count orders", e))?;
                    get(&row, "n")?
                });
                u64::try_from(n).unwrap_or(0)
            }
        };
        Ok(Paged { total, items })
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn pending_without_workflow(
        &mut self,
        before: DateTime<Utc>,
        limit: u32,
    ) -> Result<Vec<Order>, RepoError> {
        let sql = format!(
            "SELECT {} FROM book_order WHERE status = 'pending' AND workflow_id IS NULL \
             AND created_at < ? ORDER BY id LIMIT ?",
            order_columns(self.0.dialect())
        );
        let mut orders = with_conn!(self.0, begin_read, conn => {
            let rows = sqlx::query(&sql)
                .bind(before)
                .bind(i64::from(limit))
                .fetch_all(conn)
                .await
                .map_err(|e| db_error("read orders without a saga", e))?;
            rows.iter().map(order_row).collect::<Result<Vec<_>, _>>()?
        });
        self.attach_items(&mut orders).await?;
        Ok(orders)
    }

    async fn commit(self) -> Result<(), RepoError> {
        self.0.commit().await.map_err(|e| db_error("commit", e))
    }

    async fn rollback(self) {
        let result = match self.0.inner {
            None => Ok(()),
            Some(TxInner::Sqlite(tx)) => tx.rollback().await,
            Some(TxInner::MySql(tx)) => tx.rollback().await,
        };
        if let Err(err) = result {
            tracing::warn!(error = %err, "rolling back failed; the connection is discarded");
        }
    }
}
