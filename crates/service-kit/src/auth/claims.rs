//! The claims the authenticator reads and how validation failures are reported.

use jsonwebtoken::errors::ErrorKind;
use openapi_runtime::{AuthError, Principal};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub(super) struct Claims {
    sub: String,
    #[serde(default)]
    aud: Option<Audience>,
    #[serde(default)]
    azp: Option<String>,
    #[serde(default)]
    realm_access: Option<RealmAccess>,
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    preferred_username: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Audience {
    One(String),
    Many(Vec<String>),
}

#[derive(Debug, Deserialize)]
struct RealmAccess {
    #[serde(default)]
    roles: Vec<String>,
}

impl Claims {
    /// `aud` names `audience` (alone or in a list), or the authorised party `azp` is `audience`.
    pub(super) fn is_for(&self, audience: &str) -> bool {
        let in_aud = match &self.aud {
            Some(Audience::One(aud)) => aud == audience,
            Some(Audience::Many(auds)) => auds.iter().any(|aud| aud == audience),
            None => false,
        };
        in_aud || self.azp.as_deref() == Some(audience)
    }

    pub(super) fn into_principal(self) -> Principal {
        Principal {
            subject: self.sub,
            roles: self
                .realm_access
                .map(|access| access.roles.into_iter().collect())
                .unwrap_or_default(),
            email: self.email,
            username: self.preferred_username,
        }
    }
}

/// A short reason a client may see; it never includes the token.
pub(super) fn auth_error(err: jsonwebtoken::errors::Error) -> AuthError {
    let reason = match err.kind() {
        ErrorKind::ExpiredSignature => return AuthError::Expired,
        ErrorKind::ImmatureSignature => "the token is not valid yet (nbf)",
        ErrorKind::InvalidIssuer => "the token comes from another issuer",
        ErrorKind::InvalidSignature => "bad signature",
        ErrorKind::InvalidAlgorithm => "the token's algorithm does not match its key",
        ErrorKind::MissingRequiredClaim(_) => "a required claim (exp, iss, sub) is missing",
        _ => "malformed token",
    };
    AuthError::InvalidToken(reason.to_owned())
}
