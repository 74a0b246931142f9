//! [`CatalogError`] as problem+json, and onto an operation's declared response variants.

use openapi_runtime::{FieldError, Problem};
use service_kit::telemetry::error_chain;

use crate::application::port::openapi::port::ApiError;
use crate::application::port::repo::RepoError;
use crate::application::usecase::CatalogError;

/// The problem a client sees; a storage failure is handed on, to become `ApiError::Unexpected`
/// (logged with its chain, a generic 500 for the client).
///
/// A busy database is a 503 (openapi-runtime sends every 503 with `Retry-After`): the request
/// was sound and nothing was stored, so the client should send it again rather than treat it
/// as our fault. The cause is logged here, once, as a warning: a stream of them says writes are
/// colliding.
pub(super) fn problem(err: CatalogError) -> Result<Problem, RepoError> {
    Ok(match err {
        CatalogError::NotFound { .. } => Problem::not_found(err.to_string()),
        CatalogError::Invalid(issues) => Problem::validation(
            issues
                .into_iter()
                .map(|i| FieldError {
                    pointer: i.pointer,
                    detail: i.detail,
                })
                .collect(),
        ),
        CatalogError::Conflict(detail) => Problem::conflict(detail),
        CatalogError::Busy(ref cause) => {
            tracing::warn!(error = %error_chain(cause), "answering 503: the database stayed busy");
            Problem::new(http::StatusCode::SERVICE_UNAVAILABLE).with_detail(err.to_string())
        }
        CatalogError::Unexpected(source) => return Err(source),
    })
}

impl From<RepoError> for ApiError {
    fn from(err: RepoError) -> Self {
        ApiError::unexpected(err)
    }
}

/// `fail!(err, Response { 404 => NotFound, 409 => Conflict })`: the error as the variant declared
/// for its status, or as a plain problem when the operation declares none for it.
macro_rules! fail {
    ($err:expr, $response:ident { $($status:literal => $variant:ident),* $(,)? }) => {{
        let problem = $crate::application::usecase::rest::problem::problem($err)?;
        match problem.status {
            $($status => Ok($response::$variant(problem)),)*
            _ => Err($crate::application::port::openapi::port::ApiError::from(problem)),
        }
    }};
}

pub(super) use fail;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_busy_database_is_a_503_that_names_no_internals() {
        let busy = CatalogError::Busy(RepoError::Contention {
            operation: "update a book",
            source: "Lock wait timeout exceeded on table book".into(),
        });
        let problem = problem(busy).expect("a problem, not a fault");
        assert_eq!(problem.status, 503);
        let detail = problem.detail.unwrap_or_default();
        assert!(detail.contains("try again"), "{detail}");
        assert!(!detail.contains("Lock wait"), "{detail}");
    }

    #[test]
    fn only_a_storage_fault_is_handed_on_as_unexpected() {
        let fault = CatalogError::Unexpected(RepoError::Unexpected {
            operation: "update a book",
            source: "disk full".into(),
        });
        assert!(problem(fault).is_err());
    }
}
