//! The cache of the issuer's public keys, keyed by `kid`.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use jsonwebtoken::jwk::{AlgorithmParameters, EllipticCurve, Jwk, KeyAlgorithm, PublicKeyUse};
use jsonwebtoken::{Algorithm, DecodingKey};
use openapi_runtime::AuthError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KeyType {
    Rsa,
    Ec,
    /// An Ed25519 octet key pair (RFC 8037).
    Ed25519,
}

/// One verification key and what it may verify.
pub(super) struct CachedKey {
    key: DecodingKey,
    key_type: KeyType,
    /// The JWK's `alg`, when it pins one.
    alg: Option<Algorithm>,
}

impl CachedKey {
    pub(super) fn accepts(&self, alg: Algorithm) -> bool {
        let type_fits = match alg {
            Algorithm::RS256 => self.key_type == KeyType::Rsa,
            Algorithm::ES256 => self.key_type == KeyType::Ec,
            Algorithm::EdDSA => self.key_type == KeyType::Ed25519,
            _ => false,
        };
        type_fits && self.alg.is_none_or(|pinned| pinned == alg)
    }

    pub(super) fn decoding_key(&self) -> &DecodingKey {
        &self.key
    }

    /// `None` for keys this service never accepts (symmetric, encryption-only, other algorithms).
    fn from_jwk(jwk: &Jwk) -> Option<(String, Self)> {
        let kid = jwk.common.key_id.clone()?;
        if matches!(jwk.common.public_key_use, Some(PublicKeyUse::Encryption)) {
            return None;
        }
        let alg = match jwk.common.key_algorithm {
            None => None,
            Some(KeyAlgorithm::RS256) => Some(Algorithm::RS256),
            Some(KeyAlgorithm::ES256) => Some(Algorithm::ES256),
            Some(KeyAlgorithm::EdDSA) => Some(Algorithm::EdDSA),
            Some(_) => return None,
        };
        let key_type = match &jwk.algorithm {
            AlgorithmParameters::RSA(_) => KeyType::Rsa,
            AlgorithmParameters::EllipticCurve(_) => KeyType::Ec,
            // Ed448 would need another verifier; jsonwebtoken's EdDSA is Ed25519 only.
            AlgorithmParameters::OctetKeyPair(okp) if okp.curve == EllipticCurve::Ed25519 => {
                KeyType::Ed25519
            }
            _ => return None,
        };
        let key = DecodingKey::from_jwk(jwk).ok()?;
        Some((kid, Self { key, key_type, alg }))
    }
}

#[derive(Default)]
struct Snapshot {
    keys: HashMap<String, Arc<CachedKey>>,
    fetched_at: Option<Instant>,
}

enum Refresh {
    Done,
    /// Rate-limited: a fetch happened too recently.
    Skipped,
    Failed,
}

pub(super) struct KeyCache {
    http: reqwest::Client,
    url: String,
    min_refresh_interval: Duration,
    max_age: Duration,
    snapshot: RwLock<Snapshot>,
    /// When the last fetch was attempted; the async lock also makes concurrent misses wait for
    /// one fetch instead of starting their own.
    last_attempt: tokio::sync::Mutex<Option<Instant>>,
}

impl KeyCache {
    pub(super) fn new(
        http: reqwest::Client,
        url: String,
        min_refresh_interval: Duration,
        max_age: Duration,
    ) -> Self {
        Self {
            http,
            url,
            min_refresh_interval,
            max_age,
            snapshot: RwLock::default(),
            last_attempt: tokio::sync::Mutex::new(None),
        }
    }

    /// The key named `kid`, fetching the JWKS when it is unknown or the cache is old.
    pub(super) async fn get(&self, kid: &str) -> Result<Arc<CachedKey>, AuthError> {
        if let (Some(key), true) = self.lookup(kid) {
            return Ok(key);
        }
        let refresh = self.refresh().await;
        match (self.lookup(kid).0, refresh) {
            (Some(key), _) => Ok(key),
            (None, Refresh::Failed) => Err(AuthError::Unavailable),
            (None, Refresh::Done | Refresh::Skipped) => Err(AuthError::InvalidToken(
                "the token is signed with an unknown key".to_owned(),
            )),
        }
    }

    /// The cached key, and whether the cache is young enough to trust without refetching.
    fn lookup(&self, kid: &str) -> (Option<Arc<CachedKey>>, bool) {
        let snapshot = self
            .snapshot
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let fresh = snapshot
            .fetched_at
            .is_some_and(|at| at.elapsed() < self.max_age);
        (snapshot.keys.get(kid).cloned(), fresh)
    }

    async fn refresh(&self) -> Refresh {
        let mut last_attempt = self.last_attempt.lock().await;
        if last_attempt.is_some_and(|at| at.elapsed() < self.min_refresh_interval) {
            return Refresh::Skipped;
        }
        *last_attempt = Some(Instant::now());
        match self.fetch().await {
            Ok(keys) => {
                tracing::info!(url = %self.url, keys = keys.len(), "fetched the issuer's signing keys");
                let mut snapshot = self
                    .snapshot
                    .write()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                *snapshot = Snapshot {
                    keys,
                    fetched_at: Some(Instant::now()),
                };
                Refresh::Done
            }
            Err(err) => {
                tracing::warn!(url = %self.url, error = %err, "cannot fetch the issuer's signing keys");
                Refresh::Failed
            }
        }
    }

    async fn fetch(&self) -> Result<HashMap<String, Arc<CachedKey>>, reqwest::Error> {
        #[derive(serde::Deserialize)]
        struct RawSet {
            keys: Vec<serde_json::Value>,
        }
        let set: RawSet = self
            .http
            .get(&self.url)
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        // Keys are parsed one by one so that one exotic key (an encryption key, a new key type)
        // does not make the whole set unusable.
        Ok(set
            .keys
            .into_iter()
            .filter_map(|value| serde_json::from_value::<Jwk>(value).ok())
            .filter_map(|jwk| CachedKey::from_jwk(&jwk))
            .map(|(kid, key)| (kid, Arc::new(key)))
            .collect())
    }
}
