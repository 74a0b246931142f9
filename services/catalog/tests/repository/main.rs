//! Repository contract tests: the same checks against SQLite (in memory) and MariaDB/MySQL (a
//! fresh, randomly named database per test, dropped afterwards).
//!
//! MySQL runs need a server on 127.0.0.1:3306 (root, no password) or `TEST_MYSQL_URL`.
//! In CI (`CI` set) an unreachable server fails the run; locally the MySQL half is skipped with
//! a notice.

// Helpers outside `#[test]` functions are test code too: a failed set-up panics.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod auto;
mod contention;
mod contract;
mod databases;
mod schema;

/// Run one contract check on both databases.
macro_rules! on_both {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test]
                async fn on_sqlite() {
                    let store = crate::databases::sqlite().await;
                    crate::contract::$name(&store).await;
                }

                #[tokio::test]
                async fn on_mysql() {
                    let Some((_db, store)) = crate::databases::mysql().await else { return };
                    crate::contract::$name(&store).await;
                }
            }
        )*
    };
}

on_both!(
    seed_data_is_loaded,
    a_book_round_trips_with_its_authors_in_credit_order,
    a_stale_or_missing_book_update_is_refused,
    a_duplicate_isbn_is_refused,
    a_book_pointing_at_missing_rows_is_refused_and_nothing_is_written,
    books_are_filtered_sorted_and_paginated,
    filter_text_is_matched_literally,
    deleting_a_book_removes_its_credits,
    authors_round_trip_and_are_filtered,
    an_author_credited_on_a_book_cannot_be_deleted,
    publishers_round_trip_and_names_are_unique,
    a_publisher_with_books_cannot_be_deleted,
    categories_are_listed_and_read,
    get_many_returns_only_existing_books,
    renamed_authors_and_publishers_show_on_their_books,
);
