//! [`CatalogError`] as problem+json, and onto an operation's declared response variants.

use openapi_runtime::{FieldError, Problem};

use crate::application::port::openapi::port::ApiError;
use crate::application::port::repo::RepoError;
use crate::application::usecase::CatalogError;

/// The problem a client sees; a storage failure is handed on, to become `ApiError::Unexpected`
/// (logged with its chain, a generic 500 for the client).
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
