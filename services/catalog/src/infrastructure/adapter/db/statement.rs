//! Pieces of dynamically assembled statements: `WHERE` conditions with their arguments, and
//! the dialect's spelling of a price.

use service_kit::db::Dialect;
use sqlx::{Database, Encode, Type};

use crate::application::port::repo::ListQuery;

/// A value bound to a `?` of a dynamically assembled statement.
pub(super) enum Arg {
    Int(i64),
    Text(String),
}

/// `WHERE` conditions and their arguments, in placeholder order.
#[derive(Default)]
pub(super) struct Conditions {
    clauses: Vec<&'static str>,
    pub(super) args: Vec<Arg>,
}

impl Conditions {
    pub(super) fn int(&mut self, clause: &'static str, value: i64) {
        self.clauses.push(clause);
        self.args.push(Arg::Int(value));
    }

    /// A case-insensitive substring match; the columns compared carry case-insensitive
    /// collations, and `!` escapes LIKE's wildcards so the text is matched literally.
    pub(super) fn contains(&mut self, clause: &'static str, text: &str) {
        let escaped = text
            .replace('!', "!!")
            .replace('%', "!%")
            .replace('_', "!_");
        self.clauses.push(clause);
        self.args.push(Arg::Text(format!("%{escaped}%")));
    }

    pub(super) fn sql(&self) -> String {
        if self.clauses.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", self.clauses.join(" AND "))
        }
    }
}

/// Bind every argument of `args` in order, on either driver.
pub(super) fn bind_all<'q, DB>(
    mut query: sqlx::query::Query<'q, DB, <DB as Database>::Arguments<'q>>,
    args: &'q [Arg],
) -> sqlx::query::Query<'q, DB, <DB as Database>::Arguments<'q>>
where
    DB: Database,
    i64: Encode<'q, DB> + Type<DB>,
    &'q str: Encode<'q, DB> + Type<DB>,
{
    for arg in args {
        query = match arg {
            Arg::Int(value) => query.bind(*value),
            Arg::Text(value) => query.bind(value.as_str()),
        };
    }
    query
}

/// The page bounds as SQL integers; an offset beyond i64 simply finds nothing.
pub(super) fn page_args<F, S>(query: &ListQuery<F, S>) -> (i64, i64) {
    (
        i64::from(query.limit),
        i64::try_from(query.offset).unwrap_or(i64::MAX),
    )
}

/// A book's price read as integer cents: SQLite stores cents, MySQL DECIMAL(10,2). Both drivers
/// then share one code path, and decimal arithmetic keeps the conversion exact.
pub(super) fn price_cents(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Sqlite => "b.price",
        Dialect::MySql => "CAST(b.price * 100 AS SIGNED)",
    }
}

/// The placeholder a price in cents is written through.
pub(super) fn price_param(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Sqlite => "?",
        Dialect::MySql => "(? / 100)",
    }
}

/// One page of a single-table list and its total, in one statement
/// (`service_kit::db::sql::page_sql`); only a page past the last match costs a `COUNT(*)`.
pub(super) async fn simple_page<T>(
    tx: &mut service_kit::db::SqlTx,
    operation: &'static str,
    (columns, from): (&str, &str),
    conditions: &Conditions,
    order_by: &str,
    (limit, offset): (i64, i64),
    decode: fn(&dyn super::rows::Cols) -> crate::application::port::repo::RepoResult<T>,
) -> crate::application::port::repo::RepoResult<crate::application::port::repo::Paged<T>> {
    use super::error::failed;
    use super::rows;
    let filter = conditions.sql();
    let from = format!("{from}{filter}");
    let sql = service_kit::db::sql::page_sql(columns, &from, order_by);
    let (items, total) = service_kit::with_statement_conn!(tx, |e| failed(operation, e), conn => {
        let rows = bind_all(sqlx::query(&sql), &conditions.args)
            .bind(limit)
            .bind(offset)
            .fetch_all(&mut *conn)
            .await
            .map_err(|e| failed(operation, e))?;
        let items = rows.iter().map(|row| decode(row)).collect::<Result<Vec<T>, _>>()?;
        (items, rows::total(&rows)?)
    });
    let total = match service_kit::db::sql::page_total(total, u64::try_from(offset).unwrap_or(0)) {
        Some(total) => total,
        None => {
            let sql = format!("SELECT COUNT(*) AS total_count FROM {from}");
            service_kit::with_statement_conn!(tx, |e| failed(operation, e), conn => {
                let rows = bind_all(sqlx::query(&sql), &conditions.args)
                    .fetch_all(&mut *conn)
                    .await
                    .map_err(|e| failed(operation, e))?;
                rows::total(&rows)?.map_or(0, |t| u64::try_from(t).unwrap_or(0))
            })
        }
    };
    Ok(crate::application::port::repo::Paged { total, items })
}
