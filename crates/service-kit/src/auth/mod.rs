//! Bearer-token authentication against the identity provider's JWKS.
//!
//! [`JwksAuthenticator`] implements [`openapi_runtime::Authenticator`], which generated routers
//! call for every secured operation. It accepts only asymmetric signatures (EdDSA with Ed25519,
//! what identity's built-in issuer signs with; RS256, Keycloak's default; ES256): `none` and HMAC
//! are refused outright, which closes the classic "HS256 signed with the public key"
//! confusion. Keys are cached by `kid`; an unknown `kid` triggers a refresh (key rotation), and
//! refreshes are rate-limited so a flood of forged `kid`s cannot hammer the issuer.

mod claims;
mod keys;

use std::sync::Arc;
use std::time::Duration;

use jsonwebtoken::{Algorithm, Validation};
use openapi_runtime::auth::BoxFuture;
use openapi_runtime::{AuthError, Authenticator, Principal};

use self::keys::KeyCache;

/// The only algorithms a token may be signed with.
pub const ALLOWED_ALGORITHMS: &[Algorithm] =
    &[Algorithm::EdDSA, Algorithm::RS256, Algorithm::ES256];

#[derive(Debug, Clone)]
pub struct JwksConfig {
    /// Expected `iss`, e.g. `http://127.0.0.1:8083/realms/bookstore`.
    pub issuer: String,
    pub jwks_url: String,
    /// Expected in `aud` (string or list) or, as Keycloak puts client ids, in `azp`.
    pub audience: String,
    /// Clock skew tolerated on `exp` and `nbf`.
    pub leeway: Duration,
    /// At most one JWKS fetch per this interval, however many unknown `kid`s arrive.
    pub min_refresh_interval: Duration,
    /// Keys older than this are refetched on the next request (rotation without unknown kids).
    pub max_key_age: Duration,
    pub fetch_timeout: Duration,
}

impl JwksConfig {
    pub fn new(
        issuer: impl Into<String>,
        jwks_url: impl Into<String>,
        audience: impl Into<String>,
    ) -> Self {
        Self {
            issuer: issuer.into(),
            jwks_url: jwks_url.into(),
            audience: audience.into(),
            leeway: Duration::from_secs(30),
            min_refresh_interval: Duration::from_secs(10),
            max_key_age: Duration::from_secs(600),
            fetch_timeout: Duration::from_secs(5),
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("cannot build the HTTP client for the JWKS endpoint")]
pub struct AuthSetupError(#[source] reqwest::Error);

/// Validates bearer tokens issued by the configured issuer. Cheap to share behind an `Arc`.
pub struct JwksAuthenticator {
    config: JwksConfig,
    keys: KeyCache,
}

impl JwksAuthenticator {
    /// # Errors
    /// The HTTP client cannot be built (TLS backend initialisation).
    pub fn new(config: JwksConfig) -> Result<Self, AuthSetupError> {
        let http = reqwest::Client::builder()
            .timeout(config.fetch_timeout)
            .build()
            .map_err(AuthSetupError)?;
        let keys = KeyCache::new(
            http,
            config.jwks_url.clone(),
            config.min_refresh_interval,
            config.max_key_age,
        );
        Ok(Self { config, keys })
    }

    pub fn into_shared(self) -> Arc<dyn Authenticator> {
        Arc::new(self)
    }

    async fn validate(&self, token: &str) -> Result<Principal, AuthError> {
        let header = jsonwebtoken::decode_header(token).map_err(|_| {
            AuthError::InvalidToken("malformed token or unsupported algorithm".to_owned())
        })?;
        if !ALLOWED_ALGORITHMS.contains(&header.alg) {
            return Err(AuthError::InvalidToken(format!(
                "algorithm {:?} is not accepted",
                header.alg
            )));
        }
        let kid = header
            .kid
            .as_deref()
            .ok_or_else(|| AuthError::InvalidToken("the token names no key (kid)".to_owned()))?;
        let key = self.keys.get(kid).await?;
        if !key.accepts(header.alg) {
            return Err(AuthError::InvalidToken(
                "the key does not match the token's algorithm".to_owned(),
            ));
        }
        let mut validation = Validation::new(header.alg);
        validation.leeway = self.config.leeway.as_secs();
        validation.validate_nbf = true;
        validation.set_issuer(&[&self.config.issuer]);
        validation.set_required_spec_claims(&["exp", "iss", "sub"]);
        // `aud` or `azp` is checked below: Keycloak access tokens often carry the client in `azp` only.
        validation.validate_aud = false;
        let data = jsonwebtoken::decode::<claims::Claims>(token, key.decoding_key(), &validation)
            .map_err(claims::auth_error)?;
        let claims = data.claims;
        if !claims.is_for(&self.config.audience) {
            return Err(AuthError::InvalidToken(
                "the token is not meant for this service (aud/azp)".to_owned(),
            ));
        }
        Ok(claims.into_principal())
    }
}

impl Authenticator for JwksAuthenticator {
    fn authenticate<'a>(
        &'a self,
        bearer_token: &'a str,
    ) -> BoxFuture<'a, Result<Principal, AuthError>> {
        Box::pin(async move {
            let result = self.validate(bearer_token).await;
            if let Err(err) = &result {
                // The reason only: tokens are credentials and never logged.
                tracing::debug!(reason = %err, "bearer token refused");
            }
            result
        })
    }
}
