/// What a repository reports. Callers branch on every variant except `Unexpected`.
#[derive(Debug, thiserror::Error)]
pub enum RepoError {
    #[error("no row with this id exists")]
    NotFound,
    #[error("another row already has this {0}")]
    Duplicate(Uniqueness),
    #[error("the row was changed by someone else since it was read")]
    StaleVersion,
    #[error("the row is still referenced by other rows")]
    InUse,
    #[error("the row refers to a row that does not exist")]
    MissingReference,
    /// The database stayed busy: the write kept losing races for locks (a deadlock, a lock
    /// wait that ran out, a locked SQLite file) although the adapter ran it again a few times,
    /// or no connection came free. Nothing of it was stored; the same call may succeed later.
    #[error("storage stayed busy while trying to {operation}")]
    Contention {
        operation: &'static str,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    #[error("storage failed while trying to {operation}")]
    Unexpected {
        operation: &'static str,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
}

/// The unique keys a write can clash with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Uniqueness {
    Isbn,
    PublisherName,
}

impl std::fmt::Display for Uniqueness {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Uniqueness::Isbn => "ISBN",
            Uniqueness::PublisherName => "publisher name",
        })
    }
}
