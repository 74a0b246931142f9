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

#[cfg(test)]
mod tests {
    use app_kit::ConflictKind;

    use super::*;
    use crate::application::port::repo::RepoError;

    fn busy() -> AppError {
        AppError::from(RepoError::Contention("deadlock".into()))
    }

    #[tokio::test]
    async fn contention_is_retried_until_it_clears() {
        let mut calls = 0;
        let result = with_retry(|| {
            calls += 1;
            let outcome = if calls < 3 { Err(busy()) } else { Ok(calls) };
            async move { outcome }
        })
        .await;
        assert_eq!(result.ok(), Some(3));
    }

    #[tokio::test]
    async fn other_errors_are_not_retried_and_retries_are_bounded() {
        let mut calls = 0;
        let result: Result<(), _> = with_retry(|| {
            calls += 1;
            async { Err(AppError::conflict(ConflictKind::Duplicate, "dup")) }
        })
        .await;
        assert!(matches!(result, Err(AppError::Conflict { .. })));
        assert_eq!(calls, 1);

        let mut calls = 0;
        let result: Result<(), _> = with_retry(|| {
            calls += 1;
            async { Err(busy()) }
        })
        .await;
        assert!(matches!(result, Err(AppError::Busy(_))));
        assert_eq!(calls, RetryPolicy::TRANSACTION.attempts);
    }

    /// No connection came free within the pool's acquire timeout: that wait already ran its
    /// course, so the request ends busy (503) at once instead of queueing seven more times.
    #[tokio::test]
    async fn a_pool_with_no_free_connection_is_not_waited_for_again() {
        let mut calls = 0;
        let result: Result<(), _> = with_retry(|| {
            calls += 1;
            // What the storage adapter reports; the use cases themselves never name sqlx.
            let exhausted = RepoError::Contention(Box::new(sqlx::Error::PoolTimedOut));
            async { Err(AppError::from(exhausted)) }
        })
        .await;
        assert!(matches!(result, Err(AppError::Busy(_))));
        assert_eq!(calls, 1);
    }
}
