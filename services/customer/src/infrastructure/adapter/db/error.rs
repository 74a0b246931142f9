//! sqlx errors mapped onto [`RepoError`], so no SQL detail leaks past the adapter.

use anyhow::anyhow;
use service_kit::db::WriteFailure;

use crate::application::port::repo::RepoError;

/// Map a sqlx error raised while doing `operation`, as the kit's [`WriteFailure`] classifies it.
pub(crate) fn db_error(operation: &'static str, err: sqlx::Error) -> RepoError {
    match WriteFailure::of(&err) {
        Some(WriteFailure::Busy(_)) => RepoError::Contention(Box::new(err)),
        Some(WriteFailure::Duplicate) => {
            RepoError::Duplicate(format!("{operation}: a unique key is taken"))
        }
        Some(WriteFailure::ForeignKey | WriteFailure::Check) | None => {
            RepoError::Unexpected(anyhow!(err).context(operation))
        }
    }
}

/// What `with_conn!` maps a failure to begin a lazy read's transaction to.
pub(crate) fn begin_read(err: sqlx::Error) -> RepoError {
    db_error("begin a read", err)
}

/// A column held a value the domain refuses: the data is corrupt, not the request.
pub(crate) fn corrupt(
    operation: &'static str,
    err: impl std::error::Error + Send + Sync + 'static,
) -> RepoError {
    RepoError::Unexpected(anyhow!(err).context(operation))
}
