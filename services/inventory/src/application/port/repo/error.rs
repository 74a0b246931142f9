//! What can go wrong in storage, in terms a use case can branch on.

/// A repository operation failed.
#[derive(Debug, thiserror::Error)]
pub enum RepoError {
    /// A unique key refused the write (duplicate name, duplicate book and warehouse, a second
    /// reservation for the same order).
    #[error("the write duplicates stored data: {0}")]
    Duplicate(String),
    /// A foreign key or a check constraint refused the write (rows still refer to this one, a
    /// quantity below its reserved part).
    #[error("the write conflicts with stored data: {0}")]
    Conflict(String),
    /// The row changed since it was read (optimistic version check) or vanished meanwhile.
    #[error("the row was changed or removed concurrently")]
    Stale,
    /// Another transaction held the rows too long or the database chose this one as a deadlock
    /// victim; running the whole transaction again is safe.
    #[error("the transaction lost a race for locks")]
    Contention(#[source] Box<dyn std::error::Error + Send + Sync>),
    /// Anything else: the database is down, a column held garbage, a query is wrong.
    #[error("the storage operation failed")]
    Unexpected(#[source] anyhow::Error),
}
