//! How identity's use cases fail: the application kit's [`AppError`] for what every service
//! shares, and the answers only an identity service gives.

use std::time::Duration;

use app_kit::{AppError, ConflictKind};

use crate::application::port::provider::ProviderError;

#[derive(Debug, thiserror::Error)]
pub enum IdentityError {
    #[error(transparent)]
    App(#[from] AppError),
    /// Unknown address or wrong password: one message for both.
    #[error("invalid e-mail address or password")]
    BadCredentials,
    /// Too many failed sign-ins for this address.
    #[error("too many failed sign-ins for this e-mail address; try again later")]
    Locked { retry_after: Duration },
    /// A refresh token that cannot be exchanged.
    #[error("{0}")]
    InvalidGrant(&'static str),
    /// Authenticated, but not allowed to touch this user.
    #[error("{0}")]
    Forbidden(&'static str),
}

impl From<ProviderError> for IdentityError {
    fn from(err: ProviderError) -> Self {
        match err {
            ProviderError::InvalidCredentials => IdentityError::BadCredentials,
            ProviderError::InvalidGrant(reason) => IdentityError::InvalidGrant(reason),
            ProviderError::DuplicateEmail => IdentityError::App(AppError::conflict(
                ConflictKind::Duplicate,
                "an account with this e-mail address already exists",
            )),
            ProviderError::NotFound(id) => IdentityError::App(AppError::not_found("user", id)),
            ProviderError::Unavailable(source) => IdentityError::App(AppError::Busy(source)),
            ProviderError::Unexpected(source) => IdentityError::App(AppError::Unexpected(source)),
        }
    }
}

/// The gRPC port answers with the kit's [`AppError`]; what only identity says maps onto it with
/// the status each RPC answered before: `Forbidden` is `PERMISSION_DENIED`, refused credentials
/// `UNAUTHENTICATED`. A lockout belongs to sign-in, which no RPC offers; were one to reach gRPC
/// it would be `Busy` (`UNAVAILABLE`: try again later).
impl From<IdentityError> for AppError {
    fn from(err: IdentityError) -> Self {
        match err {
            IdentityError::App(app) => app,
            IdentityError::BadCredentials | IdentityError::InvalidGrant(_) => {
                AppError::Unauthenticated(err.to_string())
            }
            IdentityError::Locked { .. } => AppError::Busy(Box::new(err)),
            IdentityError::Forbidden(reason) => AppError::Forbidden(reason.to_owned()),
        }
    }
}
