//! [`WishlistRepository`] in SQL.

use std::collections::BTreeSet;

use service_kit::db::sql::{now, placeholders};
use service_kit::with_conn;

use super::SqlCustomersTx;
use super::error::{begin_read, db_error};
use super::rows::{get, wishlist_entry};
use crate::application::port::repo::{
    Added, Listing, Paged, RepoError, WishlistRepository, WishlistSort,
};
use crate::domain::{BookId, CustomerId, WISHLIST_LIMIT, WishlistEntry};

const COLUMNS: &str = "user_id, book_id, created_at, updated_at";

fn sort_column(sort: WishlistSort) -> &'static str {
    match sort {
        WishlistSort::CreatedAt => "created_at",
        WishlistSort::BookId => "book_id",
    }
}

impl SqlCustomersTx {
    async fn wishlist_entry(
        &mut self,
        customer: CustomerId,
        book: BookId,
    ) -> Result<Option<WishlistEntry>, RepoError> {
        let sql = format!("SELECT {COLUMNS} FROM wishlist WHERE user_id = ? AND book_id = ?");
        let user = customer.to_string();
        with_conn!(self.0, begin_read, conn => {
            let row = sqlx::query(&sql)
                .bind(user.as_str())
                .bind(book.get())
                .fetch_optional(conn)
                .await
                .map_err(|e| db_error("read a wishlist entry", e))?;
            row.as_ref().map(wishlist_entry).transpose()
        })
    }

    /// The customer's book ids, their wishlist locked (MySQL) until the transaction ends.
    async fn locked_book_ids(&mut self, customer: CustomerId) -> Result<BTreeSet<i64>, RepoError> {
        let sql = format!(
            "SELECT book_id FROM wishlist WHERE user_id = ?{}",
            self.0.dialect().lock()
        );
        let user = customer.to_string();
        with_conn!(self.0, begin_read, conn => {
            let rows = sqlx::query(&sql)
                .bind(user.as_str())
                .fetch_all(conn)
                .await
                .map_err(|e| db_error("read a wishlist", e))?;
            rows.iter().map(|row| get::<_, i64>(row, "book_id")).collect()
        })
    }

    async fn insert_entry(
        &mut self,
        customer: CustomerId,
        book: BookId,
        at: chrono::DateTime<chrono::Utc>,
    ) -> Result<(), RepoError> {
        let sql = "INSERT INTO wishlist (user_id, book_id, created_at, updated_at) \
                   VALUES (?, ?, ?, ?)";
        let user = customer.to_string();
        with_conn!(self.0, begin_read, conn => {
            sqlx::query(sql)
                .bind(user.as_str())
                .bind(book.get())
                .bind(at)
                .bind(at)
                .execute(conn)
                .await
                .map_err(|e| db_error("add to a wishlist", e))?;
        });
        Ok(())
    }

    async fn all_entries(&mut self, customer: CustomerId) -> Result<Vec<WishlistEntry>, RepoError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM wishlist WHERE user_id = ? \
             ORDER BY created_at DESC, book_id DESC"
        );
        let user = customer.to_string();
        with_conn!(self.0, begin_read, conn => {
            let rows = sqlx::query(&sql)
                .bind(user.as_str())
                .fetch_all(conn)
                .await
                .map_err(|e| db_error("read a wishlist", e))?;
            rows.iter().map(wishlist_entry).collect()
        })
    }
}

impl WishlistRepository for SqlCustomersTx {
    #[tracing::instrument(level = "debug", skip_all)]
    async fn list_wishlist(
        &mut self,
        customer: CustomerId,
        listing: Listing<WishlistSort>,
    ) -> Result<Paged<WishlistEntry>, RepoError> {
        let order = listing.order.sql();
        customer_page!(
            self.0,
            "a wishlist",
            "wishlist",
            COLUMNS,
            format!("{} {order}, book_id {order}", sort_column(listing.sort)),
            customer,
            listing.page,
            wishlist_entry
        )
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn add_to_wishlist(
        &mut self,
        customer: CustomerId,
        book: BookId,
    ) -> Result<Added, RepoError> {
        if let Some(entry) = self.wishlist_entry(customer, book).await? {
            return Ok(Added::AlreadyThere(entry));
        }
        if self.locked_book_ids(customer).await?.len() >= WISHLIST_LIMIT {
            return Ok(Added::Full);
        }
        let at = now();
        match self.insert_entry(customer, book, at).await {
            Ok(()) => Ok(Added::New(WishlistEntry {
                customer_id: customer,
                book_id: book,
                created_at: at,
                updated_at: at,
            })),
            // A racing add of the same book won: the set holds it, as asked.
            Err(RepoError::Duplicate(_)) => match self.wishlist_entry(customer, book).await? {
                Some(entry) => Ok(Added::AlreadyThere(entry)),
                None => Err(RepoError::Contention("a racing add vanished".into())),
            },
            Err(other) => Err(other),
        }
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn replace_wishlist(
        &mut self,
        customer: CustomerId,
        books: &[BookId],
    ) -> Result<Vec<WishlistEntry>, RepoError> {
        let stored = self.locked_book_ids(customer).await?;
        let wanted: BTreeSet<i64> = books.iter().map(|b| b.get()).collect();
        let gone: Vec<i64> = stored.difference(&wanted).copied().collect();
        if !gone.is_empty() {
            let sql = format!(
                "DELETE FROM wishlist WHERE user_id = ? AND book_id IN ({})",
                placeholders(gone.len())
            );
            let user = customer.to_string();
            with_conn!(self.0, begin_read, conn => {
                let mut query = sqlx::query(&sql).bind(user.as_str());
                for id in &gone {
                    query = query.bind(*id);
                }
                query
                    .execute(conn)
                    .await
                    .map_err(|e| db_error("replace a wishlist", e))?;
            });
        }
        let at = now();
        for book in books.iter().filter(|b| !stored.contains(&b.get())) {
            self.insert_entry(customer, *book, at).await?;
        }
        self.all_entries(customer).await
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn remove_from_wishlist(
        &mut self,
        customer: CustomerId,
        book: BookId,
    ) -> Result<bool, RepoError> {
        let user = customer.to_string();
        let removed = with_conn!(self.0, begin_read, conn => {
            sqlx::query("DELETE FROM wishlist WHERE user_id = ? AND book_id = ?")
                .bind(user.as_str())
                .bind(book.get())
                .execute(conn)
                .await
                .map_err(|e| db_error("remove from a wishlist", e))?
                .rows_affected()
        });
        Ok(removed > 0)
    }
}
