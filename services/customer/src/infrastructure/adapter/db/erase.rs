//! [`CustomerDataRepository`] in SQL.

use service_kit::db::sql::{Dialect, now};
use service_kit::with_conn;

use super::SqlCustomersTx;
use super::error::{begin_read, db_error};
use crate::application::port::repo::{CustomerDataRepository, RepoError};
use crate::domain::CustomerId;

impl CustomerDataRepository for SqlCustomersTx {
    #[tracing::instrument(level = "debug", skip_all)]
    async fn erase_customer(&mut self, customer: CustomerId) -> Result<(), RepoError> {
        let user = customer.to_string();
        let remember = match self.0.dialect() {
            Dialect::Sqlite => {
                "INSERT OR IGNORE INTO deleted_customer (user_id, created_at) VALUES (?, ?)"
            }
            Dialect::MySql => {
                "INSERT IGNORE INTO deleted_customer (user_id, created_at) VALUES (?, ?)"
            }
        };
        for sql in [
            "DELETE FROM wishlist WHERE user_id = ?",
            "DELETE FROM point_transaction WHERE user_id = ?",
            "DELETE FROM point WHERE user_id = ?",
        ] {
            with_conn!(self.0, begin_read, conn => {
                sqlx::query(sql)
                    .bind(user.as_str())
                    .execute(conn)
                    .await
                    .map_err(|e| db_error("erase a customer", e))?;
            });
        }
        with_conn!(self.0, begin_read, conn => {
            sqlx::query(remember)
                .bind(user.as_str())
                .bind(now())
                .execute(conn)
                .await
                .map_err(|e| db_error("remember a deleted customer", e))?;
        });
        Ok(())
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn was_erased(&mut self, customer: CustomerId) -> Result<bool, RepoError> {
        let user = customer.to_string();
        with_conn!(self.0, begin_read, conn => {
            let row = sqlx::query("SELECT 1 AS erased FROM deleted_customer WHERE user_id = ?")
                .bind(user.as_str())
                .fetch_optional(conn)
                .await
                .map_err(|e| db_error("read a deleted customer", e))?;
            Ok(row.is_some())
        })
    }
}
