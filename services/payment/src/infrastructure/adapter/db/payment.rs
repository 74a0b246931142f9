//! [`PaymentRepository`] in SQL.

use app_kit::Version;
use chrono::{DateTime, Utc};
use service_kit::db::sql::{now, page_sql, page_total};
use service_kit::db::{Dialect, InsertedId, SqlTx};
use service_kit::{with_conn, with_statement_conn};
use sqlx::{ColumnIndex, Decode, Row, Type};

use super::SqlPaymentsTx;
use super::error::{begin_read, corrupt, db_error};
use crate::application::port::repo::{
    Paged, PaymentFilter, PaymentQuery, PaymentRepository, RepoError,
};
use crate::domain::{
    Amount, CardBrand, LastFour, NewOutcome, NewPayment, OrderId, Payment, PaymentId,
    PaymentRecord, PaymentStatus, UserId,
};

const COLUMNS: &str = "id, order_id, user_id, card_brand, card_last_four, status, \
                       failure_reason, paid_at, refunded_at, version, created_at, updated_at";

/// The amount read as integer cents: SQLite stores cents, MySQL DECIMAL(10,2).
fn amount_cents(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Sqlite => "amount AS amount_cents",
        Dialect::MySql => "CAST(amount * 100 AS SIGNED) AS amount_cents",
    }
}

/// The placeholder an amount in cents is written through.
fn amount_param(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Sqlite => "?",
        Dialect::MySql => "(? / 100)",
    }
}

/// A value bound to a `?` of the list's `WHERE`.
enum Arg {
    Int(i64),
    Text(String),
}

/// The `WHERE` of a list and its arguments, in placeholder order: only the filters given, so
/// each list uses the index of what it filters on.
fn conditions(filter: &PaymentFilter) -> (String, Vec<Arg>) {
    let mut clauses = Vec::new();
    let mut args = Vec::new();
    if let Some(order) = filter.order_id {
        clauses.push("order_id = ?");
        args.push(Arg::Int(order.get()));
    }
    if let Some(user) = filter.user_id {
        clauses.push("user_id = ?");
        args.push(Arg::Text(user.to_string()));
    }
    if let Some(status) = filter.status {
        clauses.push("status = ?");
        args.push(Arg::Text(status.as_str().to_owned()));
    }
    let sql = if clauses.is_empty() {
        String::new()
    } else {
        format!(" WHERE {}", clauses.join(" AND "))
    };
    (sql, args)
}

/// Bind every argument of `args` in order, on either driver.
fn bind_all<'q, DB>(
    mut query: sqlx::query::Query<'q, DB, <DB as sqlx::Database>::Arguments<'q>>,
    args: &'q [Arg],
) -> sqlx::query::Query<'q, DB, <DB as sqlx::Database>::Arguments<'q>>
where
    DB: sqlx::Database,
    i64: sqlx::Encode<'q, DB> + Type<DB>,
    &'q str: sqlx::Encode<'q, DB> + Type<DB>,
{
    for arg in args {
        query = match arg {
            Arg::Int(value) => query.bind(*value),
            Arg::Text(value) => query.bind(value.as_str()),
        };
    }
    query
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

fn payment<R>(row: &R) -> Result<Payment, RepoError>
where
    R: Row,
    for<'r> i64: Decode<'r, R::Database> + Type<R::Database>,
    for<'r> String: Decode<'r, R::Database> + Type<R::Database>,
    for<'r> Option<String>: Decode<'r, R::Database> + Type<R::Database>,
    for<'r> DateTime<Utc>: Decode<'r, R::Database> + Type<R::Database>,
    for<'r> Option<DateTime<Utc>>: Decode<'r, R::Database> + Type<R::Database>,
    &'static str: ColumnIndex<R>,
{
    let op = "read a payment row";
    let user: String = get(row, "user_id")?;
    let brand: String = get(row, "card_brand")?;
    let last_four: String = get(row, "card_last_four")?;
    let status: String = get(row, "status")?;
    Ok(Payment::from(PaymentRecord {
        id: PaymentId::new(get(row, "id")?).map_err(|e| corrupt(op, e))?,
        order_id: OrderId::new(get(row, "order_id")?).map_err(|e| corrupt(op, e))?,
        user_id: UserId::parse(&user).map_err(|e| corrupt(op, e))?,
        card_brand: CardBrand::parse(&brand).map_err(|e| corrupt(op, e))?,
        card_last_four: LastFour::parse(&last_four).map_err(|e| corrupt(op, e))?,
        amount: Amount::from_cents(get(row, "amount_cents")?).map_err(|e| corrupt(op, e))?,
        status: PaymentStatus::parse(&status).map_err(|e| corrupt(op, e))?,
        failure_reason: get(row, "failure_reason")?,
        paid_at: get(row, "paid_at")?,
        refunded_at: get(row, "refunded_at")?,
        version: Version::new(get(row, "version")?).map_err(|e| corrupt(op, e))?,
        created_at: get(row, "created_at")?,
        updated_at: get(row, "updated_at")?,
    }))
}

async fn select_one(
    tx: &mut SqlTx,
    condition: &str,
    key: i64,
    lock: bool,
) -> Result<Option<Payment>, RepoError> {
    let dialect = tx.dialect();
    let lock = if lock { dialect.lock() } else { "" };
    let sql = format!(
        "SELECT {COLUMNS}, {} FROM payment WHERE {condition} = ?{lock}",
        amount_cents(dialect)
    );
    with_conn!(tx, begin_read, conn => {
        let row = sqlx::query(&sql)
            .bind(key)
            .fetch_optional(conn)
            .await
            .map_err(|e| db_error("read a payment", e))?;
        row.as_ref().map(payment).transpose()
    })
}

impl PaymentRepository for SqlPaymentsTx {
    #[tracing::instrument(level = "debug", skip_all)]
    async fn find_payment(&mut self, id: PaymentId) -> Result<Option<Payment>, RepoError> {
        select_one(&mut self.0, "id", id.get(), false).await
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn find_payment_by_order(
        &mut self,
        order: OrderId,
        lock: bool,
    ) -> Result<Option<Payment>, RepoError> {
        select_one(&mut self.0, "order_id", order.get(), lock).await
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn insert_payment(&mut self, new: &NewPayment) -> Result<Payment, RepoError> {
        let at = now();
        let (status, reason, paid_at, refunded_at) = match &new.outcome {
            NewOutcome::Paid { at } => (PaymentStatus::Paid, None, Some(*at), None),
            NewOutcome::Refunded {
                paid_at,
                refunded_at,
            } => (
                PaymentStatus::Refunded,
                None,
                Some(*paid_at),
                Some(*refunded_at),
            ),
            NewOutcome::Declined { reason } => {
                (PaymentStatus::Declined, Some(reason.clone()), None, None)
            }
        };
        let sql = format!(
            "INSERT INTO payment (order_id, user_id, type, card_brand, card_last_four, amount, \
             status, failure_reason, paid_at, refunded_at, version, created_at, updated_at) \
             VALUES (?, ?, 'card', ?, ?, {}, ?, ?, ?, ?, 0, ?, ?)",
            amount_param(self.0.dialect())
        );
        let user = new.user_id.to_string();
        let id = with_conn!(self.0, begin_read, conn => {
            sqlx::query(&sql)
                .bind(new.order_id.get())
                .bind(user.as_str())
                .bind(new.card_brand.as_str())
                .bind(new.card_last_four.as_str())
                .bind(new.amount.cents())
                .bind(status.as_str())
                .bind(reason.as_deref())
                .bind(paid_at)
                .bind(refunded_at)
                .bind(at)
                .bind(at)
                .execute(conn)
                .await
                .map_err(|e| db_error("insert a payment", e))?
                .inserted_id()
        });
        Ok(Payment::from(PaymentRecord {
            id: PaymentId::new(id).map_err(|e| corrupt("insert a payment", e))?,
            order_id: new.order_id,
            user_id: new.user_id,
            card_brand: new.card_brand,
            card_last_four: new.card_last_four.clone(),
            amount: new.amount,
            status,
            failure_reason: reason,
            paid_at,
            refunded_at,
            version: Version::INITIAL,
            created_at: at,
            updated_at: at,
        }))
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn save_refund(&mut self, payment: &Payment) -> Result<Payment, RepoError> {
        let sql = "UPDATE payment SET status = ?, refunded_at = ?, version = version + 1, \
                   updated_at = ? WHERE id = ? AND version = ?";
        let changed = with_conn!(self.0, begin_read, conn => {
            sqlx::query(sql)
                .bind(payment.status().as_str())
                .bind(payment.refunded_at())
                .bind(payment.updated_at())
                .bind(payment.id().get())
                .bind(payment.version().get())
                .execute(conn)
                .await
                .map_err(|e| db_error("refund a payment", e))?
                .rows_affected()
        });
        if changed == 0 {
            return Err(RepoError::Stale);
        }
        let stored = select_one(&mut self.0, "id", payment.id().get(), false).await?;
        stored.ok_or(RepoError::Stale)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn list_payments(&mut self, query: &PaymentQuery) -> Result<Paged<Payment>, RepoError> {
        let dialect = self.0.dialect();
        let (sort, order) = (query.sort.name(), query.order.sql());
        let columns = format!("{COLUMNS}, {}", amount_cents(dialect));
        let (filter, args) = conditions(&query.filter);
        let sql = page_sql(
            &columns,
            &format!("payment{filter}"),
            &format!("{sort} {order}, id {order}"),
        );
        let limit = i64::from(query.page.limit());
        let offset = i64::try_from(query.page.offset()).unwrap_or(i64::MAX);
        let (items, first_total) = with_statement_conn!(self.0, begin_read, conn => {
            let page = bind_all(sqlx::query(&sql), &args)
                .bind(limit)
                .bind(offset)
                .fetch_all(&mut *conn)
                .await
                .map_err(|e| db_error("list payments", e))?;
            let items = page.iter().map(payment).collect::<Result<Vec<_>, _>>()?;
            let total: Option<i64> = page
                .first()
                .map(|row| get(row, service_kit::db::sql::TOTAL_COLUMN))
                .transpose()?;
            (items, total)
        });
        let total = match page_total(first_total, query.page.offset()) {
            Some(total) => total,
            // A page past the end: count on its own.
            None => with_statement_conn!(self.0, begin_read, conn => {
                let count = format!("SELECT COUNT(*) AS total FROM payment{filter}");
                let row = bind_all(sqlx::query(&count), &args)
                    .fetch_one(&mut *conn)
                    .await
                    .map_err(|e| db_error("count payments", e))?;
                let total: i64 = get(&row, "total")?;
                u64::try_from(total).unwrap_or(0)
            }),
        };
        Ok(Paged { total, items })
    }
}
