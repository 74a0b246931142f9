//! Running a whole transaction again when the database says it lost a race for locks.

use std::future::Future;

use app_kit::AppError;
use service_kit::db::{RetryPolicy, retry_contended};

/// Run `attempt` until it succeeds, fails for a reason other than contention, or has been
/// tried as often as [`RetryPolicy::TRANSACTION`] and the kind of busy allow (a lost race up to
/// eight times, a lock wait timeout twice, no free connection once; the runtime reads the kind
/// from the storage error kept as the source of [`AppError::Busy`]). Every attempt must be a
/// complete transaction, so re-running it is safe.
pub(crate) async fn with_retry<T, F, Fut>(attempt: F) -> Result<T, AppError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, AppError>>,
{
    retry_contended(
        RetryPolicy::TRANSACTION,
        |err| matches!(err, AppError::Busy(_)),
        attempt,
    )
    .await
}
