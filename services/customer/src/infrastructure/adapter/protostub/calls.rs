//! One downstream call: bounded in time, its `Status` sorted into a [`DownstreamError`].

use std::future::Future;
use std::time::Duration;

use tonic::{Code, Response, Status};
use tonic_types::StatusExt;

use crate::application::port::downstream::{DownstreamError, Violation};

/// Await `call` for at most `timeout`. A peer that does not answer in time is unavailable, as
/// one that is down: the request must end well before the client's own timeout, with a 503.
pub(super) async fn bounded<T>(
    service: &'static str,
    timeout: Duration,
    call: impl Future<Output = Result<Response<T>, Status>>,
) -> Result<T, DownstreamError> {
    match tokio::time::timeout(timeout, call).await {
        Err(elapsed) => Err(DownstreamError::Unavailable {
            service,
            source: Box::new(elapsed),
        }),
        Ok(Err(status)) => Err(sorted(service, status)),
        Ok(Ok(response)) => Ok(response.into_inner()),
    }
}

fn sorted(service: &'static str, status: Status) -> DownstreamError {
    match status.code() {
        Code::NotFound => DownstreamError::NotFound { service },
        Code::InvalidArgument => {
            let violations = status
                .get_error_details()
                .bad_request()
                .map(|bad| {
                    bad.field_violations
                        .iter()
                        .map(|v| Violation {
                            field: v.field.clone(),
                            description: v.description.clone(),
                        })
                        .collect()
                })
                .unwrap_or_default();
            DownstreamError::Invalid {
                service,
                violations,
                message: status.message().to_owned(),
            }
        }
        Code::Unauthenticated => DownstreamError::Unauthenticated {
            service,
            message: status.message().to_owned(),
        },
        Code::PermissionDenied => DownstreamError::Forbidden {
            service,
            message: status.message().to_owned(),
        },
        Code::AlreadyExists | Code::FailedPrecondition | Code::Aborted => {
            DownstreamError::Conflict {
                service,
                message: status.message().to_owned(),
            }
        }
        // A transport failure (refused connection, reset) arrives as UNAVAILABLE or UNKNOWN with
        // a transport source; DEADLINE_EXCEEDED and RESOURCE_EXHAUSTED pass too.
        Code::Unavailable | Code::DeadlineExceeded | Code::ResourceExhausted | Code::Cancelled => {
            DownstreamError::Unavailable {
                service,
                source: Box::new(status),
            }
        }
        Code::Unknown if std::error::Error::source(&status).is_some() => {
            DownstreamError::Unavailable {
                service,
                source: Box::new(status),
            }
        }
        _ => DownstreamError::Failed {
            service,
            source: Box::new(status),
        },
    }
}

/// A response without a field its contract promises.
pub(super) fn missing_field(service: &'static str, field: &'static str) -> DownstreamError {
    DownstreamError::Failed {
        service,
        source: format!("the response has no `{field}`").into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn down_slow_and_overloaded_peers_are_unavailable() {
        for code in [
            Code::Unavailable,
            Code::DeadlineExceeded,
            Code::ResourceExhausted,
        ] {
            assert!(matches!(
                sorted("order", Status::new(code, "x")),
                DownstreamError::Unavailable { .. }
            ));
        }
        assert!(matches!(
            sorted("order", Status::not_found("x")),
            DownstreamError::NotFound { .. }
        ));
        assert!(matches!(
            sorted("identity", Status::unauthenticated("x")),
            DownstreamError::Unauthenticated { .. }
        ));
        assert!(matches!(
            sorted("identity", Status::permission_denied("x")),
            DownstreamError::Forbidden { .. }
        ));
        assert!(matches!(
            sorted("identity", Status::internal("x")),
            DownstreamError::Failed { .. }
        ));
    }

    #[tokio::test]
    async fn a_call_that_outlasts_the_timeout_is_unavailable() {
        let never = std::future::pending::<Result<Response<()>, Status>>();
        let outcome = bounded("catalog", Duration::from_millis(1), never).await;
        assert!(matches!(
            outcome,
            Err(DownstreamError::Unavailable {
                service: "catalog",
                ..
            })
        ));
    }
}
