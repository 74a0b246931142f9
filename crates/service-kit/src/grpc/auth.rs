//! Bearer-token authentication for gRPC handlers, mirroring what generated REST routers do.
//!
//! tonic interceptors are synchronous while token validation may fetch keys, so handlers call
//! [`authenticate`] (or [`authorize`]) first thing with the request's metadata.

use openapi_runtime::{AuthError, Authenticator, Principal};
use tonic::Status;
use tonic::metadata::MetadataMap;

/// The caller's principal from `authorization: Bearer <token>`.
///
/// # Errors
/// `UNAUTHENTICATED` for a missing or refused token, `UNAVAILABLE` when keys cannot be fetched.
pub async fn authenticate(
    authenticator: &dyn Authenticator,
    metadata: &MetadataMap,
) -> Result<Principal, Status> {
    let header = metadata
        .get("authorization")
        .ok_or_else(|| Status::unauthenticated("this call requires a bearer token"))?;
    let value = header
        .to_str()
        .map_err(|_| Status::unauthenticated("the authorization metadata is not valid text"))?;
    let token = value
        .split_once(' ')
        .filter(|(scheme, token)| scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty())
        .map(|(_, token)| token.trim())
        .ok_or_else(|| Status::unauthenticated("expected `authorization: Bearer <token>`"))?;
    authenticator
        .authenticate(token)
        .await
        .map_err(|err| match err {
            AuthError::Unavailable => Status::unavailable(err.to_string()),
            AuthError::InvalidToken(_) | AuthError::Expired => {
                Status::unauthenticated(err.to_string())
            }
        })
}

/// [`authenticate`], then require every role in `roles`.
///
/// # Errors
/// As [`authenticate`], plus `PERMISSION_DENIED` when a role is missing.
pub async fn authorize(
    authenticator: &dyn Authenticator,
    metadata: &MetadataMap,
    roles: &[&str],
) -> Result<Principal, Status> {
    let principal = authenticate(authenticator, metadata).await?;
    match roles.iter().find(|role| !principal.has_role(role)) {
        Some(missing) => Err(Status::permission_denied(format!(
            "this call requires the role {missing}"
        ))),
        None => Ok(principal),
    }
}
