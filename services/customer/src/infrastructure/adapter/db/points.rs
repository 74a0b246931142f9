//! [`PointRepository`] in SQL: the balance moves by a guarded `UPDATE` (never below zero) and
//! the transaction row is written in the same database transaction.

use service_kit::db::InsertedId;
use service_kit::db::sql::now;
use service_kit::with_conn;

use super::SqlCustomersTx;
use super::error::{begin_read, corrupt, db_error};
use super::rows::{get, point_transaction};
use crate::application::port::repo::{
    Applied, Listing, Paged, PointRepository, RepoError, TransactionSort,
};
use crate::domain::{
    Balance, CustomerId, IdempotencyKey, NewPointTransaction, PointTransaction, PointTransactionId,
};

const COLUMNS: &str =
    "id, user_id, delta, reason, balance_after, created_by, created_at, updated_at";

fn sort_column(sort: TransactionSort) -> &'static str {
    match sort {
        TransactionSort::CreatedAt => "created_at",
        TransactionSort::Id => "id",
        TransactionSort::Delta => "delta",
    }
}

impl SqlCustomersTx {
    /// Add `delta` to the stored balance unless that takes it below zero; the rows changed.
    async fn move_balance(
        &mut self,
        user: &str,
        delta: i64,
        at: chrono::DateTime<chrono::Utc>,
    ) -> Result<u64, RepoError> {
        let sql = "UPDATE point SET balance = balance + ?, updated_at = ? \
                   WHERE user_id = ? AND balance + ? >= 0";
        Ok(with_conn!(self.0, begin_read, conn => {
            sqlx::query(sql)
                .bind(delta)
                .bind(at)
                .bind(user)
                .bind(delta)
                .execute(conn)
                .await
                .map_err(|e| db_error("change a balance", e))?
                .rows_affected()
        }))
    }

    async fn one_transaction(
        &mut self,
        condition: &str,
        user: &str,
        key: BindKey<'_>,
    ) -> Result<Option<PointTransaction>, RepoError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM point_transaction WHERE user_id = ? AND {condition} = ?"
        );
        with_conn!(self.0, begin_read, conn => {
            let query = sqlx::query(&sql).bind(user);
            let query = match key {
                BindKey::Id(id) => query.bind(id),
                BindKey::Text(text) => query.bind(text),
            };
            let row = query
                .fetch_optional(conn)
                .await
                .map_err(|e| db_error("read a point transaction", e))?;
            row.as_ref().map(point_transaction).transpose()
        })
    }
}

/// The key a single transaction is looked up by.
enum BindKey<'a> {
    Id(i64),
    Text(&'a str),
}

impl PointRepository for SqlCustomersTx {
    #[tracing::instrument(level = "debug", skip_all)]
    async fn find_balance(&mut self, customer: CustomerId) -> Result<Option<Balance>, RepoError> {
        let user = customer.to_string();
        with_conn!(self.0, begin_read, conn => {
            let row = sqlx::query(
                "SELECT balance, created_at, updated_at FROM point WHERE user_id = ?",
            )
            .bind(user.as_str())
            .fetch_optional(conn)
            .await
            .map_err(|e| db_error("read a balance", e))?;
            row.map(|row| {
                Ok(Balance {
                    customer_id: customer,
                    balance: get(&row, "balance")?,
                    created_at: Some(get(&row, "created_at")?),
                    updated_at: Some(get(&row, "updated_at")?),
                })
            })
            .transpose()
        })
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn apply_point_transaction(
        &mut self,
        new: &NewPointTransaction,
    ) -> Result<Applied, RepoError> {
        let user = new.customer_id.to_string();
        let delta = i64::from(new.delta.get());
        let at = now();
        // The guarded update first: on MySQL it takes the row's exclusive lock at once (reading
        // first would take a shared one, and two debits upgrading theirs deadlock), and every
        // debit that finds too little changes nothing.
        if self.move_balance(&user, delta, at).await? == 0 {
            let current = self.find_balance(new.customer_id).await?;
            match current {
                Some(stored) => {
                    return Ok(Applied::Insufficient {
                        balance: stored.balance,
                    });
                }
                None if delta < 0 => return Ok(Applied::Insufficient { balance: 0 }),
                // The first credit creates the balance; a racing first credit makes this a
                // duplicate, and the whole transaction runs again (then as an update).
                None => with_conn!(self.0, begin_read, conn => {
                    sqlx::query(
                        "INSERT INTO point (user_id, balance, created_at, updated_at) \
                         VALUES (?, ?, ?, ?)",
                    )
                    .bind(user.as_str())
                    .bind(delta)
                    .bind(at)
                    .bind(at)
                    .execute(conn)
                    .await
                    .map_err(|e| match db_error("create a balance", e) {
                        RepoError::Duplicate(detail) => RepoError::Contention(detail.into()),
                        other => other,
                    })?;
                }),
            }
        }
        let balance_after = self
            .find_balance(new.customer_id)
            .await?
            .map_or(0, |b| b.balance);
        let sql = "INSERT INTO point_transaction (user_id, delta, reason, balance_after, \
                   created_by, idempotency_key, created_at, updated_at) \
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        let key = new.idempotency_key.as_ref().map(IdempotencyKey::as_str);
        let id = with_conn!(self.0, begin_read, conn => {
            sqlx::query(sql)
                .bind(user.as_str())
                .bind(new.delta.get())
                .bind(new.reason.as_str())
                .bind(balance_after)
                .bind(new.created_by.as_str())
                .bind(key)
                .bind(at)
                .bind(at)
                .execute(conn)
                .await
                .map_err(|e| db_error("record a point transaction", e))?
                .inserted_id()
        });
        Ok(Applied::Recorded(PointTransaction {
            id: PointTransactionId::new(id)
                .map_err(|e| corrupt("record a point transaction", e))?,
            customer_id: new.customer_id,
            delta: new.delta.get(),
            reason: new.reason.as_str().to_owned(),
            balance_after,
            created_by: new.created_by.clone(),
            created_at: at,
            updated_at: at,
        }))
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn find_point_transaction(
        &mut self,
        customer: CustomerId,
        id: PointTransactionId,
    ) -> Result<Option<PointTransaction>, RepoError> {
        let user = customer.to_string();
        self.one_transaction("id", &user, BindKey::Id(id.get()))
            .await
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn find_point_transaction_by_key(
        &mut self,
        customer: CustomerId,
        key: &IdempotencyKey,
    ) -> Result<Option<PointTransaction>, RepoError> {
        let user = customer.to_string();
        self.one_transaction("idempotency_key", &user, BindKey::Text(key.as_str()))
            .await
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn list_point_transactions(
        &mut self,
        customer: CustomerId,
        listing: Listing<TransactionSort>,
    ) -> Result<Paged<PointTransaction>, RepoError> {
        let order = listing.order.sql();
        customer_page!(
            self.0,
            "point transactions",
            "point_transaction",
            COLUMNS,
            format!("{} {order}, id {order}", sort_column(listing.sort)),
            customer,
            listing.page,
            point_transaction
        )
    }
}
