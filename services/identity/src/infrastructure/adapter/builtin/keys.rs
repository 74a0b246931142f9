//! The issuer's signing keys: generated on first start, persisted in the database, served as a
//! JWKS (public parts only), rotated by `identity rotate-keys`.
//!
//! New keys are Ed25519 and sign EdDSA ([`SIGNING_ALGORITHM`]): an Ed25519 signature costs tens
//! of microseconds where an RSA-2048 one costs milliseconds, and it verifies at least as fast,
//! in identity and in every service that checks a bearer token. Keys made before that are
//! RSA-2048 (RS256): such a key still verifies the tokens it signed, but the first start of this
//! version retires it in favour of a new Ed25519 key, exactly as a rotation would (it stays in
//! the JWKS until its last token has expired).
//!
//! The newest unretired key signs. A retired key stays in the JWKS, and keeps verifying, until
//! every access token it signed has expired. Other processes (a second instance, or the one
//! still running when `rotate-keys` ran) see a rotation once their cached copy is older than
//! the reload interval.

use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use ed25519_dalek::pkcs8::{DecodePrivateKey, EncodePrivateKey};
use jsonwebtoken::jwk::{
    AlgorithmParameters, CommonParameters, EllipticCurve, Jwk, JwkSet, KeyAlgorithm,
    OctetKeyPairParameters, OctetKeyPairType, PublicKeyUse, ThumbprintHash,
};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey};

use super::store::{AddKey, IssuerStore, KeyRow, KeyType, StoreError};

/// What the issuer signs new tokens with (Keycloak's `EdDSA` with an `eddsa-generated` Ed25519
/// key; the realm under `deploy/keycloak` says the same).
pub const SIGNING_ALGORITHM: Algorithm = Algorithm::EdDSA;

type Source = Box<dyn std::error::Error + Send + Sync>;

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("encoding the new key failed")]
    Encode(#[source] Source),
    #[error("stored signing key {kid} is unusable")]
    Unusable {
        kid: String,
        #[source]
        source: Source,
    },
    #[error("no signing key is stored")]
    NoKey,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// One key as the issuer uses it.
pub struct SigningKey {
    pub kid: String,
    /// What it signs and verifies: `EdDSA`, or `RS256` for a key made by an earlier version.
    pub algorithm: Algorithm,
    pub encoding: EncodingKey,
    pub decoding: DecodingKey,
    /// The public part, as the JWKS serves it.
    pub jwk: Jwk,
}

/// Private keys never print.
impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKey")
            .field("kid", &self.kid)
            .field("algorithm", &self.algorithm)
            .finish_non_exhaustive()
    }
}

/// The JWK of an Ed25519 public key (RFC 8037: `kty` OKP, `crv` Ed25519).
fn ed25519_jwk(public: &[u8; 32]) -> Jwk {
    Jwk {
        common: CommonParameters {
            public_key_use: Some(PublicKeyUse::Signature),
            key_algorithm: Some(KeyAlgorithm::EdDSA),
            ..CommonParameters::default()
        },
        algorithm: AlgorithmParameters::OctetKeyPair(OctetKeyPairParameters {
            key_type: OctetKeyPairType::OctetKeyPair,
            curve: EllipticCurve::Ed25519,
            x: URL_SAFE_NO_PAD.encode(public),
        }),
    }
}

impl SigningKey {
    fn from_row(row: &KeyRow) -> Result<Self, KeyError> {
        let unusable = |source: Source| KeyError::Unusable {
            kid: row.kid.clone(),
            source,
        };
        let (algorithm, encoding, mut jwk) = match row.key_type {
            KeyType::Ed25519 => {
                let key = ed25519_dalek::SigningKey::from_pkcs8_der(&row.private_key)
                    .map_err(|err| unusable(err.to_string().into()))?;
                let jwk = ed25519_jwk(&key.verifying_key().to_bytes());
                // jsonwebtoken signs EdDSA with the PKCS#8 document.
                let encoding = EncodingKey::from_ed_der(&row.private_key);
                (Algorithm::EdDSA, encoding, jwk)
            }
            KeyType::Rsa => {
                let encoding = EncodingKey::from_rsa_der(&row.private_key);
                let mut jwk = Jwk::from_encoding_key(&encoding, Algorithm::RS256)
                    .map_err(|err| unusable(err.into()))?;
                jwk.common.public_key_use = Some(PublicKeyUse::Signature);
                jwk.common.key_algorithm = Some(KeyAlgorithm::RS256);
                (Algorithm::RS256, encoding, jwk)
            }
        };
        jwk.common.key_id = Some(row.kid.clone());
        let decoding = DecodingKey::from_jwk(&jwk).map_err(|err| unusable(err.into()))?;
        Ok(Self {
            kid: row.kid.clone(),
            algorithm,
            encoding,
            decoding,
            jwk,
        })
    }
}

/// A new Ed25519 key (PKCS#8), its `kid` the RFC 7638 thumbprint of its public JWK.
///
/// # Errors
/// Encoding the key failed.
pub fn generate(now: DateTime<Utc>) -> Result<KeyRow, KeyError> {
    let key = ed25519_dalek::SigningKey::generate(&mut rand_core::OsRng);
    let der = key
        .to_pkcs8_der()
        .map_err(|err| KeyError::Encode(err.to_string().into()))?;
    let kid = ed25519_jwk(&key.verifying_key().to_bytes()).thumbprint(ThumbprintHash::SHA256);
    Ok(KeyRow {
        kid,
        key_type: KeyType::Ed25519,
        private_key: der.as_bytes().to_vec(),
        created_at: now,
        retired_at: None,
    })
}

struct Loaded {
    /// Newest first: the first one signs.
    keys: Vec<Arc<SigningKey>>,
    at: Instant,
}

/// The keys in force, cached and reloaded from the database now and then.
pub struct KeyRing {
    store: IssuerStore,
    reload_every: Duration,
    loaded: RwLock<Loaded>,
    /// One reload at a time.
    reloading: tokio::sync::Mutex<()>,
}

/// When a key retired at `now` stops verifying: once the last access token it signed (valid for
/// `access_ttl`) has expired.
fn verify_until(now: DateTime<Utc>, access_ttl: Duration) -> DateTime<Utc> {
    let ttl = chrono::Duration::from_std(access_ttl).unwrap_or(chrono::Duration::MAX);
    now.checked_add_signed(ttl)
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

impl KeyRing {
    /// Loads the keys, generating and storing the first one if the database has none, and
    /// rotating to an Ed25519 key if the current one is an earlier version's RSA key (which
    /// keeps verifying for `access_ttl`).
    ///
    /// # Errors
    /// The database failed, or a stored key cannot be decoded.
    pub async fn open(
        store: IssuerStore,
        reload_every: Duration,
        access_ttl: Duration,
    ) -> Result<Self, KeyError> {
        let now = Utc::now();
        let current = store
            .keys(now)
            .await?
            .into_iter()
            .find(|k| k.retired_at.is_none());
        match current {
            None => {
                let key = generate(now)?;
                // Another process starting at the same moment may have stored its own; then
                // that one is kept and this one dropped.
                if store.add_key(&key, AddKey::First, now).await? {
                    tracing::info!(kid = %key.kid, "generated the first signing key");
                }
            }
            Some(current) if current.key_type != KeyType::Ed25519 => {
                let key = generate(now)?;
                // Conditional too: of two processes upgrading at once, one rotates.
                let until = verify_until(now, access_ttl);
                if store
                    .add_key(&key, AddKey::ReplacingType(current.key_type), until)
                    .await?
                {
                    tracing::info!(
                        kid = %key.kid, retired = %current.kid,
                        "signing with a new Ed25519 key; the RSA key verifies until its tokens expire"
                    );
                }
            }
            Some(_) => {}
        }
        let keys = load(&store, now).await?;
        Ok(Self {
            store,
            reload_every,
            loaded: RwLock::new(Loaded {
                keys,
                at: Instant::now(),
            }),
            reloading: tokio::sync::Mutex::new(()),
        })
    }

    fn snapshot(&self) -> (Vec<Arc<SigningKey>>, Instant) {
        match self.loaded.read() {
            Ok(loaded) => (loaded.keys.clone(), loaded.at),
            Err(poisoned) => {
                let loaded = poisoned.into_inner();
                (loaded.keys.clone(), loaded.at)
            }
        }
    }

    /// The keys in force, newest first, reloaded if the cached copy is stale. A failed reload
    /// keeps serving the cached keys (and is logged).
    pub async fn keys(&self) -> Vec<Arc<SigningKey>> {
        let (keys, at) = self.snapshot();
        if at.elapsed() < self.reload_every {
            return keys;
        }
        let _one = self.reloading.lock().await;
        let (keys, at) = self.snapshot();
        if at.elapsed() < self.reload_every {
            return keys;
        }
        match load(&self.store, Utc::now()).await {
            Ok(fresh) if !fresh.is_empty() => {
                if let Ok(mut loaded) = self.loaded.write() {
                    loaded.keys = fresh.clone();
                    loaded.at = Instant::now();
                }
                fresh
            }
            Ok(_) => keys,
            Err(err) => {
                tracing::warn!(error = %openapi_runtime::error::error_chain(&err), "reloading the signing keys failed; using the cached ones");
                keys
            }
        }
    }

    /// The key that signs now.
    ///
    /// # Errors
    /// No key is loaded (the database lost them all).
    pub async fn current(&self) -> Result<Arc<SigningKey>, KeyError> {
        self.keys().await.first().cloned().ok_or(KeyError::NoKey)
    }

    /// The key with this `kid`, if it is still in force.
    pub async fn find(&self, kid: &str) -> Option<Arc<SigningKey>> {
        self.keys().await.into_iter().find(|k| k.kid == kid)
    }

    /// The public keys, as `/protocol/openid-connect/certs` serves them.
    pub async fn jwks(&self) -> JwkSet {
        JwkSet {
            keys: self.keys().await.iter().map(|k| k.jwk.clone()).collect(),
        }
    }
}

async fn load(store: &IssuerStore, now: DateTime<Utc>) -> Result<Vec<Arc<SigningKey>>, KeyError> {
    store
        .keys(now)
        .await?
        .iter()
        .map(|row| SigningKey::from_row(row).map(Arc::new))
        .collect()
}

/// `identity rotate-keys`: a new signing key; the current one is kept for verification until
/// every access token it signed (valid for `access_ttl`) has expired.
///
/// # Errors
/// Key generation or the database failed.
pub async fn rotate(store: &IssuerStore, access_ttl: Duration) -> Result<String, KeyError> {
    let now = Utc::now();
    let key = generate(now)?;
    store
        .add_key(&key, AddKey::Rotate, verify_until(now, access_ttl))
        .await?;
    Ok(key.kid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_key_signs_eddsa_and_publishes_its_public_half_only() {
        let row = generate(Utc::now()).expect("a key");
        let key = SigningKey::from_row(&row).expect("usable");
        assert_eq!(key.algorithm, SIGNING_ALGORITHM);
        assert_eq!(key.jwk.thumbprint(ThumbprintHash::SHA256), row.kid);
        let published = serde_json::to_value(&key.jwk).expect("json");
        assert_eq!(published["kty"], "OKP");
        assert_eq!(published["crv"], "Ed25519");
        assert_eq!(published["alg"], "EdDSA");
        assert_eq!(published["use"], "sig");
        assert!(published.get("d").is_none(), "{published}");
        let header = jsonwebtoken::Header::new(Algorithm::EdDSA);
        let claims = serde_json::json!({"sub": "x", "exp": 4_000_000_000_i64});
        let token = jsonwebtoken::encode(&header, &claims, &key.encoding).expect("signed");
        let validation = jsonwebtoken::Validation::new(Algorithm::EdDSA);
        assert!(
            jsonwebtoken::decode::<serde_json::Value>(&token, &key.decoding, &validation).is_ok()
        );
        assert_ne!(generate(Utc::now()).expect("another").kid, row.kid);
    }

    #[test]
    fn a_stored_key_that_is_not_what_its_row_says_is_unusable() {
        let mut row = generate(Utc::now()).expect("a key");
        row.private_key.truncate(10);
        assert!(matches!(
            SigningKey::from_row(&row),
            Err(KeyError::Unusable { .. })
        ));
    }
}
