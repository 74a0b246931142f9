//! The wishlist: a set of catalog books, at most 200, titles asked from the catalog once per
//! page; a book the catalog no longer has stays listed as unavailable.

use app_kit::{AppError, ConflictKind, FieldIssues, FieldPath};

use super::{Customers, begin_write, downstream, retried, storage};
use crate::application::port::downstream::{Downstreams, Titles};
use crate::application::port::repo::{
    Added, Listing, Transaction, UnitOfWork, WishlistRepository, WishlistSort,
};
use crate::domain::{BookId, Caller, CustomerId, WISHLIST_LIMIT, WishlistEntry};

/// A wishlist entry with what the catalog says of the book (`None`: no longer in the catalog).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedBook {
    pub entry: WishlistEntry,
    pub title: Option<String>,
}

/// One page of a wishlist and the number of books on all of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WishlistPage {
    pub total: u64,
    pub items: Vec<ListedBook>,
}

fn listed(entries: Vec<WishlistEntry>, titles: &Titles) -> Vec<ListedBook> {
    entries
        .into_iter()
        .map(|entry| ListedBook {
            title: titles.found.get(&entry.book_id).cloned(),
            entry,
        })
        .collect()
}

impl<S: UnitOfWork, D: Downstreams> Customers<S, D> {
    async fn titles(&self, ids: &[BookId]) -> Result<Titles, AppError> {
        self.downstream
            .titles(ids)
            .await
            .map_err(downstream("book", "-"))
    }

    /// # Errors
    /// [`AppError::NotFound`] for another customer's id; [`AppError::Busy`] when the catalog
    /// cannot answer.
    pub async fn get_wishlist(
        &self,
        caller: &Caller,
        id: CustomerId,
        listing: Listing<WishlistSort>,
    ) -> Result<WishlistPage, AppError> {
        self.admit(caller, id).await?;
        let page = {
            let mut tx = self.store.read().await.map_err(storage)?;
            tx.list_wishlist(id, listing).await.map_err(storage)?
        };
        let ids: Vec<BookId> = page.items.iter().map(|e| e.book_id).collect();
        let titles = self.titles(&ids).await?;
        Ok(WishlistPage {
            total: page.total,
            items: listed(page.items, &titles),
        })
    }

    /// Make the wishlist exactly `books` (distinct, checked by the request's schema, at most
    /// 200), every one of them known to the catalog.
    ///
    /// # Errors
    /// [`AppError::Invalid`] naming each unknown book at `book_ids[i]`.
    pub async fn replace_wishlist(
        &self,
        caller: &Caller,
        id: CustomerId,
        books: Vec<BookId>,
    ) -> Result<Vec<ListedBook>, AppError> {
        self.admit(caller, id).await?;
        if books.len() > WISHLIST_LIMIT {
            return Err(AppError::invalid(
                "book_ids",
                format!("a wishlist holds at most {WISHLIST_LIMIT} books"),
            ));
        }
        let titles = self.titles(&books).await?;
        let mut issues = FieldIssues::default();
        for (index, book) in books.iter().enumerate() {
            if titles.missing.contains(book) {
                issues.add(
                    FieldPath::field("book_ids").index(index),
                    format!("no book with id {} exists in the catalog", book.get()),
                );
            }
        }
        issues.check()?;
        let entries = retried(|| async {
            let mut tx = begin_write(&self.store).await?;
            let entries = tx.replace_wishlist(id, &books).await.map_err(storage)?;
            tx.commit().await.map_err(storage)?;
            Ok(entries)
        })
        .await?;
        Ok(listed(entries, &titles))
    }

    /// Add one book; `Ok((item, false))` when it was on the wishlist already.
    ///
    /// # Errors
    /// [`AppError::Invalid`] for a book the catalog does not know; [`AppError::Conflict`] when
    /// the wishlist is full.
    pub async fn add_wishlist_item(
        &self,
        caller: &Caller,
        id: CustomerId,
        book: BookId,
    ) -> Result<(ListedBook, bool), AppError> {
        self.admit(caller, id).await?;
        let titles = self.titles(&[book]).await?;
        if titles.missing.contains(&book) {
            return Err(AppError::invalid(
                "book_id",
                format!("no book with id {} exists in the catalog", book.get()),
            ));
        }
        let added = retried(|| async {
            let mut tx = begin_write(&self.store).await?;
            let added = tx.add_to_wishlist(id, book).await.map_err(storage)?;
            tx.commit().await.map_err(storage)?;
            Ok(added)
        })
        .await?;
        let (entry, new) = match added {
            Added::New(entry) => (entry, true),
            Added::AlreadyThere(entry) => (entry, false),
            Added::Full => {
                return Err(AppError::conflict(
                    ConflictKind::Rule,
                    format!(
                        "the wishlist already holds {WISHLIST_LIMIT} books, the most it may; \
                         remove one before adding another"
                    ),
                ));
            }
        };
        let title = titles.found.get(&book).cloned();
        Ok((ListedBook { entry, title }, new))
    }

    /// # Errors
    /// [`AppError::NotFound`] when the book is not on the wishlist.
    pub async fn remove_wishlist_item(
        &self,
        caller: &Caller,
        id: CustomerId,
        book: BookId,
    ) -> Result<(), AppError> {
        self.admit(caller, id).await?;
        let removed = retried(|| async {
            let mut tx = begin_write(&self.store).await?;
            let removed = tx.remove_from_wishlist(id, book).await.map_err(storage)?;
            tx.commit().await.map_err(storage)?;
            Ok(removed)
        })
        .await?;
        if removed {
            Ok(())
        } else {
            Err(AppError::not_found("wishlist book", book.get()))
        }
    }
}
