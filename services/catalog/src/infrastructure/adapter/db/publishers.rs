//! [`PublisherRepository`] in SQL.

use chrono::{DateTime, Utc};
use service_kit::db::SqlTx;
use service_kit::db::sql::InsertedId;
use service_kit::{with_conn, with_statement_conn};

use super::error::{Write, failed, on_write, retry_write};
use super::rows::{self, PUBLISHER_COLUMNS};
use super::statement::{Conditions, page_args, simple_page};
use super::{SqlCatalog, delete_row, missing_or_stale};
use crate::application::port::repo::{
    ListQuery, Paged, PublisherFilter, PublisherRepository, PublisherSort, RepoError, RepoResult,
    Uniqueness,
};
use crate::domain::aggregate::{Address, Publisher, PublisherId, PublisherName, Version};

async fn load_publisher(tx: &mut SqlTx, id: i64) -> RepoResult<Option<Publisher>> {
    const OP: &str = "read a publisher";
    let sql = format!("SELECT {PUBLISHER_COLUMNS} FROM publisher p WHERE p.id = ?");
    with_statement_conn!(tx, |e| failed(OP, e), conn => {
        let row = sqlx::query(&sql).bind(id).fetch_optional(&mut *conn).await.map_err(|e| failed(OP, e))?;
        row.as_ref().map(|row| rows::publisher(row)).transpose()
    })
}

impl SqlCatalog {
    async fn try_insert_publisher(
        &self,
        name: &PublisherName,
        address: &Address,
        now: DateTime<Utc>,
    ) -> RepoResult<Publisher> {
        const OP: &str = "insert a publisher";
        let mut tx = self.write(OP).await?;
        let id = with_conn!(tx, |e| failed(OP, e), conn => {
            sqlx::query("INSERT INTO publisher (name, address, version, created_at, updated_at) VALUES (?, ?, 0, ?, ?)")
                .bind(name.as_str()).bind(address.as_str()).bind(now).bind(now)
                .execute(&mut *conn)
                .await
                .map_err(|e| on_write(OP, Write::Insert(Some(Uniqueness::PublisherName)), e))?
                .inserted_id()
        });
        let publisher = load_publisher(&mut tx, id)
            .await?
            .ok_or(RepoError::NotFound)?;
        Self::commit(tx, OP).await?;
        Ok(publisher)
    }

    async fn try_update_publisher(
        &self,
        publisher: &Publisher,
        previous: Version,
    ) -> RepoResult<Publisher> {
        const OP: &str = "update a publisher";
        let id = publisher.id().get();
        let mut tx = self.write(OP).await?;
        let updated = with_conn!(tx, |e| failed(OP, e), conn => {
            sqlx::query(
                "UPDATE publisher SET name = ?, address = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?",
            )
            .bind(publisher.name().as_str())
            .bind(publisher.address().as_str())
            .bind(publisher.version().get())
            .bind(publisher.updated_at())
            .bind(id)
            .bind(previous.get())
            .execute(&mut *conn)
            .await
            .map_err(|e| on_write(OP, Write::Insert(Some(Uniqueness::PublisherName)), e))?
            .rows_affected()
        });
        if updated == 0 {
            return Err(missing_or_stale(&mut tx, "publisher", id).await);
        }
        let stored = load_publisher(&mut tx, id)
            .await?
            .ok_or(RepoError::NotFound)?;
        Self::commit(tx, OP).await?;
        Ok(stored)
    }
}

impl PublisherRepository for SqlCatalog {
    async fn insert(
        &self,
        name: &PublisherName,
        address: &Address,
        now: DateTime<Utc>,
    ) -> RepoResult<Publisher> {
        retry_write(self.retry, || self.try_insert_publisher(name, address, now)).await
    }

    async fn update(&self, publisher: &Publisher, previous: Version) -> RepoResult<Publisher> {
        retry_write(self.retry, || {
            self.try_update_publisher(publisher, previous)
        })
        .await
    }

    async fn get(&self, id: PublisherId) -> RepoResult<Option<Publisher>> {
        load_publisher(&mut self.store.read(), id.get()).await
    }

    async fn list(
        &self,
        query: &ListQuery<PublisherFilter, PublisherSort>,
    ) -> RepoResult<Paged<Publisher>> {
        let mut conditions = Conditions::default();
        if let Some(name) = &query.filter.name {
            conditions.contains("p.name LIKE ? ESCAPE '!'", name);
        }
        let column = match query.sort {
            PublisherSort::CreatedAt => "p.created_at",
            PublisherSort::Id => "p.id",
            PublisherSort::Name => "p.name",
        };
        let dir = query.order.sql();
        let order_by = format!("{column} {dir}, p.id {dir}");
        let mut tx = self.store.read();
        let shape = (PUBLISHER_COLUMNS, "publisher p");
        simple_page(
            &mut tx,
            "list publishers",
            shape,
            &conditions,
            &order_by,
            page_args(query),
            rows::publisher,
        )
        .await
    }

    async fn book_count(&self, id: PublisherId) -> RepoResult<u64> {
        const OP: &str = "count a publisher's books";
        let mut tx = self.store.read();
        let total: i64 = with_statement_conn!(tx, |e| failed(OP, e), conn => {
            sqlx::query_scalar("SELECT COUNT(*) FROM book WHERE publisher_id = ?")
                .bind(id.get())
                .fetch_one(&mut *conn)
                .await
                .map_err(|e| failed(OP, e))?
        });
        Ok(u64::try_from(total).unwrap_or(0))
    }

    async fn delete(&self, id: PublisherId) -> RepoResult<()> {
        let sql = "DELETE FROM publisher WHERE id = ?";
        retry_write(self.retry, || {
            delete_row(self, sql, id.get(), "delete a publisher")
        })
        .await
    }
}
