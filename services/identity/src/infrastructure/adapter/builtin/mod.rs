//! The built-in identity provider: an OpenID Connect issuer embedded in identity, shaped like a
//! Keycloak realm so that the other services' default `AUTH_ISSUER` works with no setup.
//!
//! Accounts and argon2id password hashes live in identity's own database ([`store`]), so do the
//! signing keys ([`keys`]: Ed25519, EdDSA; an earlier version's RS256 key verifies until it
//! expires) and the sessions. Access tokens are JWTs with Keycloak's claims;
//! refresh tokens are opaque random strings of which only a SHA-256 is stored, rotated on every
//! use, and a rotated one presented again ends its whole session. [`oidc`] serves Keycloak's
//! URL layout for the realm (discovery, JWKS, token, logout, userinfo, introspection).

pub mod keys;
pub mod oidc;
pub mod password;
mod sqlite_rotation;
pub mod store;

use std::sync::Arc;
use std::time::Duration;

use app_kit::Paged;
use chrono::{DateTime, Utc};
use jsonwebtoken::{Algorithm, Header, Validation};
use openapi_runtime::auth::BoxFuture;
use openapi_runtime::{AuthError, Authenticator, Principal};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use self::keys::{KeyError, KeyRing};
use self::password::{HashError, Hasher};
use self::store::{IssuerStore, Presented, StoreError};
use crate::application::port::provider::{
    ClientId, IdentityProvider, ProviderError, ProviderResult, Tokens, UserChanges, UserQuery,
    role_set,
};
use crate::domain::{Email, NewAccount, Role, User, UserId};

/// Where the issuer's tokens say they come from and whom they are for.
#[derive(Debug, Clone)]
pub struct IssuerConfig {
    /// `iss`: the realm URL, e.g. `http://127.0.0.1:8083/realms/bookstore`.
    pub issuer: String,
    /// `aud`: the audience the bookstore's services expect.
    pub audience: String,
    pub access_ttl: Duration,
    pub refresh_ttl: Duration,
}

/// The claims of an access token, as Keycloak names them.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AccessClaims {
    pub iss: String,
    pub sub: String,
    pub aud: String,
    pub azp: String,
    pub exp: i64,
    pub iat: i64,
    pub jti: String,
    pub typ: String,
    /// The session (Keycloak's `sid`); revoking it makes introspection and userinfo refuse the
    /// token.
    pub sid: String,
    pub scope: String,
    pub realm_access: RealmAccess,
    pub email: String,
    pub email_verified: bool,
    pub preferred_username: String,
    pub given_name: String,
    pub family_name: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RealmAccess {
    pub roles: Vec<String>,
}

/// The scopes every token carries.
pub const SCOPE: &str = "profile email";

/// Why a token was refused, for logs and `error_description`; never the token itself.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenRefusal {
    #[error("malformed token")]
    Malformed,
    #[error("the token's algorithm is not accepted")]
    Algorithm,
    #[error("the token's key is unknown or retired")]
    UnknownKey,
    #[error("the token has expired")]
    Expired,
    #[error("invalid token")]
    Invalid,
    #[error("the token's session has ended")]
    SessionEnded,
}

/// The result of an introspection (RFC 7662) of any token the issuer gave out.
#[derive(Debug, Clone)]
pub enum Introspection {
    Inactive,
    Access(Box<AccessClaims>),
    Refresh {
        sub: String,
        sid: String,
        client_id: String,
        exp: i64,
    },
}

/// Why the issuer could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("loading the signing keys failed")]
    Keys(#[from] KeyError),
    #[error("preparing the password hasher failed")]
    Hasher(#[from] HashError),
}

/// The built-in identity provider.
pub struct BuiltinProvider {
    store: IssuerStore,
    hasher: Hasher,
    keys: Arc<KeyRing>,
    config: IssuerConfig,
}

impl std::fmt::Debug for BuiltinProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BuiltinProvider")
            .field("issuer", &self.config.issuer)
            .finish_non_exhaustive()
    }
}

fn unexpected(err: impl std::error::Error + Send + Sync + 'static) -> ProviderError {
    ProviderError::Unexpected(Box::new(err))
}

impl From<StoreError> for ProviderError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::DuplicateEmail => ProviderError::DuplicateEmail,
            StoreError::Busy { .. } => ProviderError::Unavailable(Box::new(err)),
            StoreError::Failed { .. } => unexpected(err),
        }
    }
}

impl From<KeyError> for ProviderError {
    fn from(err: KeyError) -> Self {
        match err {
            KeyError::Store(store) => store.into(),
            other => unexpected(other),
        }
    }
}

impl From<HashError> for ProviderError {
    fn from(err: HashError) -> Self {
        unexpected(err)
    }
}

/// Hex SHA-256 of a refresh token: what the database keeps instead of the token.
fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// 256 random bits, base64url: a refresh token.
fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut bytes);
    base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, bytes)
}

fn seconds(duration: Duration) -> i64 {
    i64::try_from(duration.as_secs()).unwrap_or(i64::MAX)
}

fn after(now: DateTime<Utc>, duration: Duration) -> DateTime<Utc> {
    chrono::Duration::from_std(duration)
        .ok()
        .and_then(|d| now.checked_add_signed(d))
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

impl BuiltinProvider {
    /// Opens the issuer on identity's database: loads (or, on first start, generates) the
    /// signing keys and prepares the password hasher.
    ///
    /// # Errors
    /// The database failed or a stored key is unusable.
    pub async fn open(
        database: service_kit::Database,
        config: IssuerConfig,
        key_reload: Duration,
    ) -> Result<Self, OpenError> {
        let store = IssuerStore::new(database);
        let keys = Arc::new(KeyRing::open(store.clone(), key_reload, config.access_ttl).await?);
        let hasher = Hasher::new()?;
        Ok(Self {
            store,
            hasher,
            keys,
            config,
        })
    }

    pub fn config(&self) -> &IssuerConfig {
        &self.config
    }

    pub fn keys(&self) -> &KeyRing {
        &self.keys
    }

    /// New tokens for `user` in session `session_id`, and the refresh token's hash.
    async fn mint(
        &self,
        user: &User,
        client: &str,
        session_id: &str,
        now: DateTime<Utc>,
    ) -> ProviderResult<(Tokens, String)> {
        let key = self.keys.current().await?;
        let claims = AccessClaims {
            iss: self.config.issuer.clone(),
            sub: user.id.to_string(),
            aud: self.config.audience.clone(),
            azp: client.to_owned(),
            exp: now.timestamp() + seconds(self.config.access_ttl),
            iat: now.timestamp(),
            jti: uuid::Uuid::new_v4().to_string(),
            typ: "Bearer".to_owned(),
            sid: session_id.to_owned(),
            scope: SCOPE.to_owned(),
            realm_access: RealmAccess {
                roles: user.roles.iter().map(|r| r.name().to_owned()).collect(),
            },
            email: user.person.email.as_str().to_owned(),
            email_verified: false,
            preferred_username: user.person.email.as_str().to_owned(),
            given_name: user.person.first_name.as_str().to_owned(),
            family_name: user.person.last_name.as_str().to_owned(),
            name: format!(
                "{} {}",
                user.person.first_name.as_str(),
                user.person.last_name.as_str()
            ),
        };
        let header = Header {
            kid: Some(key.kid.clone()),
            typ: Some("JWT".to_owned()),
            ..Header::new(key.algorithm)
        };
        let access_token =
            jsonwebtoken::encode(&header, &claims, &key.encoding).map_err(unexpected)?;
        let refresh_token = random_token();
        let hash = token_hash(&refresh_token);
        Ok((
            Tokens {
                access_token,
                expires_in: self.config.access_ttl.as_secs(),
                refresh_token,
                refresh_expires_in: self.config.refresh_ttl.as_secs(),
                session_id: session_id.to_owned(),
            },
            hash,
        ))
    }

    /// The claims of an access token this issuer signed with a key still in force, unexpired
    /// (no leeway: the issuer's own clock decides), for this issuer and audience. The session is
    /// not looked at: see [`BuiltinProvider::active_access_token`].
    ///
    /// # Errors
    /// Why the token is refused.
    pub async fn verify_access_token(&self, token: &str) -> Result<AccessClaims, TokenRefusal> {
        let header = jsonwebtoken::decode_header(token).map_err(|_| TokenRefusal::Malformed)?;
        if !matches!(header.alg, Algorithm::EdDSA | Algorithm::RS256) {
            return Err(TokenRefusal::Algorithm);
        }
        let kid = header.kid.ok_or(TokenRefusal::UnknownKey)?;
        let key = self.keys.find(&kid).await.ok_or(TokenRefusal::UnknownKey)?;
        // Each key verifies its own algorithm only: an RSA key never checks an EdDSA token.
        if header.alg != key.algorithm {
            return Err(TokenRefusal::Algorithm);
        }
        let mut validation = Validation::new(key.algorithm);
        validation.leeway = 0;
        validation.set_issuer(&[&self.config.issuer]);
        validation.set_audience(&[&self.config.audience]);
        validation.set_required_spec_claims(&["exp", "iss", "sub", "aud"]);
        let data = jsonwebtoken::decode::<AccessClaims>(token, &key.decoding, &validation)
            .map_err(|err| match err.kind() {
                jsonwebtoken::errors::ErrorKind::ExpiredSignature => TokenRefusal::Expired,
                _ => TokenRefusal::Invalid,
            })?;
        if data.claims.typ != "Bearer" {
            return Err(TokenRefusal::Invalid);
        }
        Ok(data.claims)
    }

    /// [`BuiltinProvider::verify_access_token`], and its session still open.
    ///
    /// # Errors
    /// Why the token is refused; `Err(None)` when the database could not say.
    pub async fn active_access_token(
        &self,
        token: &str,
    ) -> Result<AccessClaims, Option<TokenRefusal>> {
        let claims = self.verify_access_token(token).await.map_err(Some)?;
        match self.store.session_open(&claims.sid, Utc::now()).await {
            Ok(true) => Ok(claims),
            Ok(false) => Err(Some(TokenRefusal::SessionEnded)),
            Err(err) => {
                tracing::warn!(error = %openapi_runtime::error::error_chain(&err), "checking a session failed");
                Err(None)
            }
        }
    }

    /// RFC 7662: whether a token (access or refresh) is active, and what it says.
    ///
    /// # Errors
    /// The database failed.
    pub async fn introspect(&self, token: &str) -> ProviderResult<Introspection> {
        match self.active_access_token(token).await {
            Ok(claims) => return Ok(Introspection::Access(Box::new(claims))),
            Err(None) => {
                return Err(ProviderError::Unavailable(
                    "the session store did not answer".into(),
                ));
            }
            Err(Some(_)) => {}
        }
        let live = self
            .store
            .live_refresh_token(&token_hash(token), Utc::now())
            .await?;
        Ok(match live {
            Some((user, sid, client_id, expires)) => Introspection::Refresh {
                sub: user.to_string(),
                sid,
                client_id,
                exp: expires.timestamp(),
            },
            None => Introspection::Inactive,
        })
    }

    /// Deletes expired sessions and refresh tokens every `every` until `stop` resolves, so the
    /// tables hold live sessions only. A failed round is logged and tried again next time.
    pub async fn purge_expired_until(&self, every: Duration, stop: impl Future<Output = ()>) {
        tokio::pin!(stop);
        let mut ticks = tokio::time::interval(every);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                () = &mut stop => return,
                _ = ticks.tick() => {}
            }
            match self.store.purge_expired(Utc::now()).await {
                Ok(0) => {}
                Ok(rows) => tracing::debug!(rows, "purged expired sessions and refresh tokens"),
                Err(err) => tracing::warn!(
                    error = %openapi_runtime::error::error_chain(&err),
                    "purging expired sessions failed"
                ),
            }
        }
    }

    /// `identity rotate-keys`, on this provider's storage.
    ///
    /// # Errors
    /// Key generation or the database failed.
    pub async fn rotate_keys(
        database: service_kit::Database,
        access_ttl: Duration,
    ) -> Result<String, KeyError> {
        keys::rotate(&IssuerStore::new(database), access_ttl).await
    }
}

impl IdentityProvider for BuiltinProvider {
    #[tracing::instrument(level = "debug", skip_all)]
    async fn create_user(&self, account: &NewAccount, roles: &[Role]) -> ProviderResult<User> {
        let hash = self.hasher.hash(account.password.expose()).await?;
        let now = service_kit::db::sql::now();
        let user = User {
            id: UserId::new_random(),
            person: account.person.clone(),
            roles: role_set(roles),
            created_at: now,
            updated_at: now,
        };
        self.store.insert_user(&user, &hash).await?;
        Ok(user)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn password_grant(
        &self,
        client: &ClientId,
        email: &Email,
        password: &str,
    ) -> ProviderResult<Tokens> {
        let found = self.store.credentials(email).await?;
        let hash = found.as_ref().map(|(_, hash)| hash.as_str());
        // Verified even when nobody has this address, against the dummy hash: same time.
        let matched = self.hasher.verify(password, hash).await?;
        let user = match found {
            Some((user, _)) if matched => user,
            _ => return Err(ProviderError::InvalidCredentials),
        };
        let now = service_kit::db::sql::now();
        let session_id = uuid::Uuid::new_v4().to_string();
        let (tokens, hash) = self.mint(&user, client.as_str(), &session_id, now).await?;
        self.store
            .create_session(
                &session_id,
                user.id,
                client.as_str(),
                &hash,
                now,
                after(now, self.config.refresh_ttl),
            )
            .await?;
        Ok(tokens)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn refresh_grant(
        &self,
        client: &ClientId,
        refresh_token: &str,
    ) -> ProviderResult<Tokens> {
        let now = service_kit::db::sql::now();
        let next = random_token();
        let outcome = self
            .store
            .rotate_refresh_token(
                &token_hash(refresh_token),
                &token_hash(&next),
                now,
                after(now, self.config.refresh_ttl),
            )
            .await?;
        let (user_id, session_id) = match outcome {
            Presented::Invalid => return Err(ProviderError::InvalidGrant("Invalid refresh token")),
            Presented::Reused => {
                tracing::warn!(
                    "a rotated refresh token was presented again; its session is revoked"
                );
                return Err(ProviderError::InvalidGrant(
                    "Refresh token already used; the session has been ended",
                ));
            }
            Presented::Rotated {
                user_id,
                session_id,
            } => (user_id, session_id),
        };
        let Some(user) = self.store.user(user_id).await? else {
            return Err(ProviderError::InvalidGrant("User not found"));
        };
        let (mut tokens, _) = self.mint(&user, client.as_str(), &session_id, now).await?;
        tokens.refresh_token = next;
        Ok(tokens)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn revoke(&self, refresh_token: &str) -> ProviderResult<()> {
        self.store
            .revoke_session_of(&token_hash(refresh_token), service_kit::db::sql::now())
            .await?;
        Ok(())
    }

    async fn user(&self, id: UserId) -> ProviderResult<Option<User>> {
        Ok(self.store.user(id).await?)
    }

    async fn users(&self, query: &UserQuery) -> ProviderResult<Paged<User>> {
        Ok(self.store.users(query).await?)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn update_user(&self, id: UserId, changes: &UserChanges) -> ProviderResult<User> {
        let Some(mut user) = self.store.user(id).await? else {
            return Err(ProviderError::NotFound(id));
        };
        user.person = changes.apply(&user.person);
        user.updated_at = service_kit::db::sql::now();
        if !self.store.update_user(&user).await? {
            return Err(ProviderError::NotFound(id));
        }
        Ok(user)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn delete_user(&self, id: UserId) -> ProviderResult<()> {
        if self.store.delete_user(id).await? {
            Ok(())
        } else {
            Err(ProviderError::NotFound(id))
        }
    }

    async fn any_with_role(&self, role: Role) -> ProviderResult<bool> {
        Ok(self.store.any_with_role(role).await?)
    }
}

/// Bearer tokens checked against the issuer's own keys, without a JWKS round trip: how identity
/// authenticates its own callers in built-in mode.
pub struct LocalAuthenticator(pub Arc<BuiltinProvider>);

impl Authenticator for LocalAuthenticator {
    fn authenticate<'a>(
        &'a self,
        bearer_token: &'a str,
    ) -> BoxFuture<'a, Result<Principal, AuthError>> {
        Box::pin(async move {
            match self.0.verify_access_token(bearer_token).await {
                Ok(claims) => Ok(Principal {
                    subject: claims.sub,
                    roles: claims.realm_access.roles.into_iter().collect(),
                    email: Some(claims.email),
                    username: Some(claims.preferred_username),
                }),
                Err(TokenRefusal::Expired) => Err(AuthError::Expired),
                Err(refusal) => {
                    tracing::debug!(reason = %refusal, "bearer token refused");
                    Err(AuthError::InvalidToken(refusal.to_string()))
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refresh_token_is_stored_as_its_hash() {
        let token = random_token();
        assert_eq!(token.len(), 43);
        let hash = token_hash(&token);
        assert_eq!(hash.len(), 64);
        assert!(!hash.contains(&token));
        assert_ne!(random_token(), token);
    }
}
