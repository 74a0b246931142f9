//! [`PublisherRepository`] in SQL.

use chrono::{DateTime, Utc};
use service_kit::db::SqlTx;
use service_kit::db::sql::InsertedId;
use service_kit::{with_conn, with_statement_conn};

use super::error::{Write, failed, on_write};
use super::rows::{self, PUBLISHER_COLUMNS};
use super::statement::{Conditions, page_args, simple_page};
use super::{SqlCatalogTx, count_by_id, delete_row, missing_or_stale};
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

impl PublisherRepository for SqlCatalogTx {
    #[tracing::instrument(level = "debug", skip_all)]
    async fn insert(
        &mut self,
        name: &PublisherName,
        address: &Address,
        now: DateTime<Utc>,
    ) -> RepoResult<Publisher> {
        const OP: &str = "insert a publisher";
        let tx = &mut self.0;
        let id = with_conn!(tx, |e| failed(OP, e), conn => {
            sqlx::query("INSERT INTO publisher (name, address, version, created_at, updated_at) VALUES (?, ?, 0, ?, ?)")
                .bind(name.as_str()).bind(address.as_str()).bind(now).bind(now)
                .execute(&mut *conn)
                .await
                .map_err(|e| on_write(OP, Write::Insert(Some(Uniqueness::PublisherName)), e))?
                .inserted_id()
        });
        load_publisher(tx, id).await?.ok_or(RepoError::NotFound)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn update(&mut self, publisher: &Publisher, previous: Version) -> RepoResult<Publisher> {
        const OP: &str = "update a publisher";
        let id = publisher.id().get();
        let tx = &mut self.0;
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
            return Err(missing_or_stale(tx, "publisher", id).await);
        }
        // The publisher's books carry a copy of its name (see `books::refresh_views`). After the
        // publisher row is locked, so a book write that has read the old name holds its row
        // until it commits, and this statement then rewrites that row too.
        with_conn!(tx, |e| failed(OP, e), conn => {
            sqlx::query("UPDATE book SET publisher_name = ? WHERE publisher_id = ?")
                .bind(publisher.name().as_str())
                .bind(id)
                .execute(&mut *conn)
                .await
                .map_err(|e| failed(OP, e))?;
        });
        load_publisher(tx, id).await?.ok_or(RepoError::NotFound)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn get(&mut self, id: PublisherId) -> RepoResult<Option<Publisher>> {
        load_publisher(&mut self.0, id.get()).await
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn list(
        &mut self,
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
        let shape = (PUBLISHER_COLUMNS, "publisher p");
        simple_page(
            &mut self.0,
            "list publishers",
            shape,
            &conditions,
            &order_by,
            page_args(query),
            rows::publisher,
        )
        .await
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn book_count(&mut self, id: PublisherId) -> RepoResult<u64> {
        count_by_id(
            &mut self.0,
            "count a publisher's books",
            "SELECT COUNT(*) FROM book WHERE publisher_id = ?",
            id.get(),
        )
        .await
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn delete(&mut self, id: PublisherId) -> RepoResult<()> {
        delete_row(
            &mut self.0,
            "DELETE FROM publisher WHERE id = ?",
            id.get(),
            "delete a publisher",
        )
        .await
    }
}
