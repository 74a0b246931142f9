//! [`AuthorRepository`] in SQL.

use chrono::{DateTime, Utc};
use service_kit::db::SqlTx;
use service_kit::db::sql::{InsertedId, placeholders};
use service_kit::{with_conn, with_statement_conn};

use super::error::{Write, corrupt, failed, on_write, retry_write};
use super::rows::{self, AUTHOR_COLUMNS};
use super::statement::{Conditions, page_args, simple_page};
use super::{SqlCatalog, delete_row, missing_or_stale};
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

impl SqlCatalog {
    async fn try_insert_author(&self, name: &PersonName, now: DateTime<Utc>) -> RepoResult<Author> {
        const OP: &str = "insert an author";
        let mut tx = self.write(OP).await?;
        let id = with_conn!(tx, |e| failed(OP, e), conn => {
            sqlx::query("INSERT INTO author (name, version, created_at, updated_at) VALUES (?, 0, ?, ?)")
                .bind(name.as_str()).bind(now).bind(now)
                .execute(&mut *conn)
                .await
                .map_err(|e| on_write(OP, Write::Insert(None), e))?
                .inserted_id()
        });
        let author = load_author(&mut tx, id).await?.ok_or(RepoError::NotFound)?;
        Self::commit(tx, OP).await?;
        Ok(author)
    }

    async fn try_update_author(&self, author: &Author, previous: Version) -> RepoResult<Author> {
        const OP: &str = "update an author";
        let id = author.id().get();
        let mut tx = self.write(OP).await?;
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
            return Err(missing_or_stale(&mut tx, "author", id).await);
        }
        let stored = load_author(&mut tx, id).await?.ok_or(RepoError::NotFound)?;
        Self::commit(tx, OP).await?;
        Ok(stored)
    }
}

impl AuthorRepository for SqlCatalog {
    async fn insert(&self, name: &PersonName, now: DateTime<Utc>) -> RepoResult<Author> {
        retry_write(self.retry, || self.try_insert_author(name, now)).await
    }

    async fn update(&self, author: &Author, previous: Version) -> RepoResult<Author> {
        retry_write(self.retry, || self.try_update_author(author, previous)).await
    }

    async fn get(&self, id: AuthorId) -> RepoResult<Option<Author>> {
        load_author(&mut self.store.read(), id.get()).await
    }

    async fn existing(&self, ids: &[AuthorId]) -> RepoResult<Vec<AuthorId>> {
        const OP: &str = "look up authors";
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT id FROM author WHERE id IN ({})",
            placeholders(ids.len())
        );
        let mut tx = self.store.read();
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

    async fn list(&self, query: &ListQuery<AuthorFilter, AuthorSort>) -> RepoResult<Paged<Author>> {
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
        let mut tx = self.store.read();
        let shape = (AUTHOR_COLUMNS, "author a");
        simple_page(
            &mut tx,
            "list authors",
            shape,
            &conditions,
            &order_by,
            page_args(query),
            rows::author,
        )
        .await
    }

    async fn book_count(&self, id: AuthorId) -> RepoResult<u64> {
        const OP: &str = "count an author's books";
        let mut tx = self.store.read();
        let total: i64 = with_statement_conn!(tx, |e| failed(OP, e), conn => {
            sqlx::query_scalar("SELECT COUNT(*) FROM book_author WHERE author_id = ?")
                .bind(id.get())
                .fetch_one(&mut *conn)
                .await
                .map_err(|e| failed(OP, e))?
        });
        Ok(u64::try_from(total).unwrap_or(0))
    }

    async fn delete(&self, id: AuthorId) -> RepoResult<()> {
        let sql = "DELETE FROM author WHERE id = ?";
        retry_write(self.retry, || {
            delete_row(self, sql, id.get(), "delete an author")
        })
        .await
    }
}
