//! [`AuthorRepository`] in SQL.

use chrono::{DateTime, Utc};
use service_kit::db::SqlTx;
use service_kit::db::sql::{InsertedId, placeholders};
use service_kit::{with_conn, with_statement_conn};

use super::error::{Write, corrupt, failed, on_write};
use super::rows::{self, AUTHOR_COLUMNS};
use super::statement::{Conditions, page_args, simple_page};
use super::{SqlCatalogTx, count_by_id, delete_row, missing_or_stale};
use crate::application::port::repo::{
    AuthorFilter, AuthorRepository, AuthorSort, ListQuery, Paged, RepoError, RepoResult,
};
use crate::domain::aggregate::{Author, AuthorId, PersonName, Version};

async fn load_author(tx: &mut SqlTx, id: i64) -> RepoResult<Option<Author>> {
    const OP: &str = "read an author";
    let sql = format!("SELECT {AUTHOR_COLUMNS} FROM author a WHERE a.id = ?");
    with_statement_conn!(tx, |e| failed(OP, e), conn => {
        let row = sqlx::query(&sql).bind(id).fetch_optional(&mut *conn).await.map_err(|e| failed(OP, e))?;
        row.as_ref().map(|row| rows::author(row)).transpose()
    })
}

impl AuthorRepository for SqlCatalogTx {
    #[tracing::instrument(level = "debug", skip_all)]
    async fn insert(&mut self, name: &PersonName, now: DateTime<Utc>) -> RepoResult<Author> {
        const OP: &str = "insert an author";
        let tx = &mut self.0;
        let id = with_conn!(tx, |e| failed(OP, e), conn => {
            sqlx::query("INSERT INTO author (name, version, created_at, updated_at) VALUES (?, 0, ?, ?)")
                .bind(name.as_str()).bind(now).bind(now)
                .execute(&mut *conn)
                .await
                .map_err(|e| on_write(OP, Write::Insert(None), e))?
                .inserted_id()
        });
        load_author(tx, id).await?.ok_or(RepoError::NotFound)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn update(&mut self, author: &Author, previous: Version) -> RepoResult<Author> {
        const OP: &str = "update an author";
        let id = author.id().get();
        let tx = &mut self.0;
        let updated = with_conn!(tx, |e| failed(OP, e), conn => {
            sqlx::query("UPDATE author SET name = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?")
                .bind(author.name().as_str())
                .bind(author.version().get())
                .bind(author.updated_at())
                .bind(id)
                .bind(previous.get())
                .execute(&mut *conn)
                .await
                .map_err(|e| on_write(OP, Write::Insert(None), e))?
                .rows_affected()
        });
        if updated == 0 {
            return Err(missing_or_stale(tx, "author", id).await);
        }
        // The books crediting the author carry a copy of its name.
        super::books::refresh_credits_of(tx, id).await?;
        load_author(tx, id).await?.ok_or(RepoError::NotFound)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn get(&mut self, id: AuthorId) -> RepoResult<Option<Author>> {
        load_author(&mut self.0, id.get()).await
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn existing(&mut self, ids: &[AuthorId]) -> RepoResult<Vec<AuthorId>> {
        const OP: &str = "look up authors";
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT id FROM author WHERE id IN ({})",
            placeholders(ids.len())
        );
        let tx = &mut self.0;
        let found: Vec<i64> = with_statement_conn!(tx, |e| failed(OP, e), conn => {
            let mut query = sqlx::query_scalar(&sql);
            for id in ids {
                query = query.bind(id.get());
            }
            query.fetch_all(&mut *conn).await.map_err(|e| failed(OP, e))?
        });
        found
            .into_iter()
            .map(|id| AuthorId::new(id).map_err(|e| corrupt(OP, e)))
            .collect()
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn list(
        &mut self,
        query: &ListQuery<AuthorFilter, AuthorSort>,
    ) -> RepoResult<Paged<Author>> {
        let mut conditions = Conditions::default();
        if let Some(name) = &query.filter.name {
            conditions.contains("a.name LIKE ? ESCAPE '!'", name);
        }
        if let Some(id) = query.filter.book_id {
            conditions.int(
                "EXISTS (SELECT 1 FROM book_author fa WHERE fa.author_id = a.id AND fa.book_id = ?)",
                id.get(),
            );
        }
        let column = match query.sort {
            AuthorSort::CreatedAt => "a.created_at",
            AuthorSort::Id => "a.id",
            AuthorSort::Name => "a.name",
        };
        let dir = query.order.sql();
        let order_by = format!("{column} {dir}, a.id {dir}");
        let shape = (AUTHOR_COLUMNS, "author a");
        simple_page(
            &mut self.0,
            "list authors",
            shape,
            &conditions,
            &order_by,
            page_args(query),
            rows::author,
        )
        .await
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn book_count(&mut self, id: AuthorId) -> RepoResult<u64> {
        count_by_id(
            &mut self.0,
            "count an author's books",
            "SELECT COUNT(*) FROM book_author WHERE author_id = ?",
            id.get(),
        )
        .await
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn delete(&mut self, id: AuthorId) -> RepoResult<()> {
        delete_row(
            &mut self.0,
            "DELETE FROM author WHERE id = ?",
            id.get(),
            "delete an author",
        )
        .await
    }
}
