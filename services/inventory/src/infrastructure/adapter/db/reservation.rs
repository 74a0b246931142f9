//! [`ReservationRepository`] in SQL.

use service_kit::db::sql::now;
use service_kit::with_conn;

use super::SqlInventoryTx;
use super::error::{begin_read, db_error};
use super::rows;
use crate::application::port::repo::{RepoError, ReservationRepository};
use crate::domain::aggregate::{OrderId, Reservation, ReservationLine, ReservationState};

impl ReservationRepository for SqlInventoryTx {
    #[tracing::instrument(level = "debug", skip_all)]
    async fn find_reservation(&mut self, order: OrderId) -> Result<Option<Reservation>, RepoError> {
        let sql = format!(
            "SELECT order_id, book_id, warehouse_id, quantity, state FROM reservation WHERE order_id = ? \
             ORDER BY book_id, warehouse_id{}",
            self.0.dialect().lock()
        );
        let found = with_conn!(self.0, begin_read, conn => {
            let found = sqlx::query(&sql)
                .bind(order.get())
                .fetch_all(conn)
                .await
                .map_err(|e| db_error("read a reservation", e))?;
            found.iter().map(rows::reservation_line).collect::<Result<Vec<_>, _>>()?
        });
        let Some((_, state, _)) = found.first() else {
            return Ok(None);
        };
        let state = *state;
        if found.iter().any(|(_, s, _)| *s != state) {
            return Err(RepoError::Unexpected(anyhow::anyhow!(
                "the lines of order {order}'s reservation disagree on its state"
            )));
        }
        Ok(Some(Reservation {
            order_id: order,
            state,
            lines: found.into_iter().map(|(_, _, line)| line).collect(),
        }))
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn insert_reservation(
        &mut self,
        order: OrderId,
        lines: &[ReservationLine],
    ) -> Result<(), RepoError> {
        if lines.is_empty() {
            return Ok(());
        }
        let at = now();
        let values = vec!["(?, ?, ?, ?, ?, 0, ?, ?)"; lines.len()].join(", ");
        let sql = format!(
            "INSERT INTO reservation (order_id, book_id, warehouse_id, quantity, state, version, created_at, updated_at) \
             VALUES {values}"
        );
        with_conn!(self.0, begin_read, conn => {
            let mut query = sqlx::query(&sql);
            for line in lines {
                query = query
                    .bind(order.get())
                    .bind(line.book_id.get())
                    .bind(line.warehouse_id.get())
                    .bind(i64::from(line.copies))
                    .bind(ReservationState::Reserved.as_str())
                    .bind(at)
                    .bind(at);
            }
            query.execute(conn).await.map_err(|e| db_error("insert a reservation", e))?;
        });
        Ok(())
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn change_reservation_state(
        &mut self,
        order: OrderId,
        from: ReservationState,
        to: ReservationState,
    ) -> Result<u64, RepoError> {
        let at = now();
        let sql = "UPDATE reservation SET state = ?, version = version + 1, updated_at = ? WHERE order_id = ? AND state = ?";
        let changed = with_conn!(self.0, begin_read, conn => {
            sqlx::query(sql)
                .bind(to.as_str())
                .bind(at)
                .bind(order.get())
                .bind(from.as_str())
                .execute(conn)
                .await
                .map_err(|e| db_error("change a reservation's state", e))?
                .rows_affected()
        });
        Ok(changed)
    }
}
