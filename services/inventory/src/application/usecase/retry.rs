//! Running a whole transaction again when the database says it lost a race for locks.

use std::future::Future;
use std::time::Duration;

use super::InventoryError;

/// How many times a transaction is tried before the caller hears "busy".
const ATTEMPTS: u32 = 8;

/// Run `attempt` until it succeeds, fails for a reason other than contention, or has been
/// tried [`ATTEMPTS`] times. Every attempt must be a complete transaction, so re-running it is
/// safe; the pause grows with each try and is spread by the clock's nanoseconds, so colliding
/// transactions do not collide again in lockstep.
pub(crate) async fn with_retry<T, F, Fut>(mut attempt: F) -> Result<T, InventoryError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, InventoryError>>,
{
    let mut tries = 1;
    loop {
        match attempt().await {
            Err(InventoryError::Busy(cause)) if tries < ATTEMPTS => {
                tracing::debug!(tries, error = %cause, "transaction lost a race for locks; retrying");
                let jitter = u64::from(
                    std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map(|d| d.subsec_nanos() % 10)
                        .unwrap_or(0),
                );
                tokio::time::sleep(Duration::from_millis(5 * u64::from(tries) + jitter)).await;
                tries += 1;
            }
            other => return other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::application::port::repo::RepoError;

    fn busy() -> InventoryError {
        InventoryError::Busy(RepoError::Contention("deadlock".into()))
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
            async { Err(InventoryError::Conflict("dup".into())) }
        })
        .await;
        assert!(matches!(result, Err(InventoryError::Conflict(_))));
        assert_eq!(calls, 1);

        let mut calls = 0;
        let result: Result<(), _> = with_retry(|| {
            calls += 1;
            async { Err(busy()) }
        })
        .await;
        assert!(matches!(result, Err(InventoryError::Busy(_))));
        assert_eq!(calls, ATTEMPTS);
    }
}
