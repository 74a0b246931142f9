//! Authentication and authorization as generated routers see it.
//!
//! The generator turns each operation's `security` requirements into a static
//! [`SecurityRequirement`] list; the router hands it, with the request headers, to
//! [`authorize`], which asks the service-supplied [`Authenticator`] to validate the bearer token.
//! No token or a bad one is 401 (with `WWW-Authenticate: Bearer`); a valid token without the
//! required roles is 403.

use std::collections::BTreeSet;
use std::future::Future;
use std::pin::Pin;

use crate::problem::Problem;

/// Who is calling, as established from a validated token.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Principal {
    /// The token's `sub`.
    pub subject: String,
    /// Realm roles (`realm_access.roles` in Keycloak-issued tokens).
    pub roles: BTreeSet<String>,
    pub email: Option<String>,
    pub username: Option<String>,
}

impl Principal {
    pub fn has_role(&self, role: &str) -> bool {
        self.roles.contains(role)
    }
}

/// Why a token was refused. The message is safe to show to the client (it never echoes the token).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    #[error("the bearer token is not valid: {0}")]
    InvalidToken(String),
    #[error("the bearer token has expired")]
    Expired,
    /// The authenticator could not check the token (e.g. the JWKS endpoint is down).
    #[error("the token could not be checked right now")]
    Unavailable,
}

pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Validates bearer tokens. Services supply one (JWT/JWKS in production, a fake in tests).
pub trait Authenticator: Send + Sync + 'static {
    fn authenticate<'a>(
        &'a self,
        bearer_token: &'a str,
    ) -> BoxFuture<'a, Result<Principal, AuthError>>;
}

/// One scheme of a security requirement with the roles (scopes) it lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SecurityRequirement {
    pub scheme: &'static str,
    pub roles: &'static [&'static str],
}

/// An operation's `security`: alternatives (any one suffices), each a set of schemes that must
/// all hold. An empty alternative (`- {}` in the spec) makes authentication optional; an empty
/// list means the operation is public.
pub type Security = &'static [&'static [SecurityRequirement]];

/// The token in `Authorization: Bearer <token>`, if any.
pub fn bearer_token(headers: &http::HeaderMap) -> Result<Option<&str>, Problem> {
    let Some(value) = headers.get(http::header::AUTHORIZATION) else {
        return Ok(None);
    };
    let value = value
        .to_str()
        .map_err(|_| Problem::unauthorized("the Authorization header is not valid text"))?;
    let (scheme, token) = value
        .split_once(' ')
        .ok_or_else(|| Problem::unauthorized("expected `Authorization: Bearer <token>`"))?;
    let token = token.trim();
    if !scheme.eq_ignore_ascii_case("bearer") || token.is_empty() {
        return Err(Problem::unauthorized(
            "expected `Authorization: Bearer <token>`",
        ));
    }
    Ok(Some(token))
}

/// Enforce `security` for one request.
///
/// Returns the principal when a token was presented and accepted, `None` for public operations
/// (or optional auth without a token).
///
/// # Errors
/// A 401 problem for a missing or refused token, 403 when no alternative's roles are all held,
/// 503 when the authenticator is unavailable.
pub async fn authorize(
    authenticator: &dyn Authenticator,
    headers: &http::HeaderMap,
    security: Security,
) -> Result<Option<Principal>, Problem> {
    let optional = security.is_empty() || security.iter().any(|alternative| alternative.is_empty());
    let token = bearer_token(headers)?;
    let Some(token) = token else {
        return if optional {
            Ok(None)
        } else {
            Err(Problem::unauthorized(
                "this operation requires a bearer token",
            ))
        };
    };
    let principal = authenticator
        .authenticate(token)
        .await
        .map_err(|err| match err {
            AuthError::Unavailable => {
                Problem::new(http::StatusCode::SERVICE_UNAVAILABLE).with_detail(err.to_string())
            }
            _ => Problem::unauthorized(err.to_string()),
        })?;
    let allowed = security.is_empty()
        || security.iter().any(|alternative| {
            alternative
                .iter()
                .all(|req| req.roles.iter().all(|role| principal.has_role(role)))
        });
    if allowed {
        Ok(Some(principal))
    } else {
        let wanted: Vec<String> = security
            .iter()
            .map(|alternative| {
                alternative
                    .iter()
                    .flat_map(|req| req.roles.iter().copied())
                    .collect::<Vec<_>>()
                    .join(" + ")
            })
            .collect();
        Err(Problem::forbidden(format!(
            "this operation requires the role(s): {}",
            wanted.join(" or ")
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fixed;
    impl Authenticator for Fixed {
        fn authenticate<'a>(
            &'a self,
            token: &'a str,
        ) -> BoxFuture<'a, Result<Principal, AuthError>> {
            Box::pin(async move {
                match token {
                    "staff" => Ok(Principal {
                        subject: "s".into(),
                        roles: ["manage".to_owned()].into(),
                        ..Default::default()
                    }),
                    "customer" => Ok(Principal {
                        subject: "c".into(),
                        roles: ["order".to_owned()].into(),
                        ..Default::default()
                    }),
                    _ => Err(AuthError::InvalidToken("bad signature".into())),
                }
            })
        }
    }

    const MANAGE: Security = &[&[SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];

    fn headers(token: Option<&str>) -> http::HeaderMap {
        let mut h = http::HeaderMap::new();
        if let Some(t) = token {
            h.insert(
                http::header::AUTHORIZATION,
                format!("Bearer {t}").parse().unwrap(),
            );
        }
        h
    }

    #[tokio::test]
    async fn a_missing_token_is_401_and_a_missing_role_is_403() {
        assert_eq!(
            authorize(&Fixed, &headers(None), MANAGE)
                .await
                .unwrap_err()
                .status,
            401
        );
        assert_eq!(
            authorize(&Fixed, &headers(Some("forged")), MANAGE)
                .await
                .unwrap_err()
                .status,
            401
        );
        assert_eq!(
            authorize(&Fixed, &headers(Some("customer")), MANAGE)
                .await
                .unwrap_err()
                .status,
            403
        );
        assert_eq!(
            authorize(&Fixed, &headers(Some("staff")), MANAGE)
                .await
                .unwrap()
                .unwrap()
                .subject,
            "s"
        );
    }

    #[tokio::test]
    async fn public_operations_need_no_token() {
        assert_eq!(authorize(&Fixed, &headers(None), &[]).await.unwrap(), None);
    }
}
