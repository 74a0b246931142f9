//! The issuer's RS256 signing keys: generated on first start, persisted in the database, served
//! as a JWKS (public parts only), rotated by `identity rotate-keys`.
//!
//! The newest unretired key signs. A retired key stays in the JWKS, and keeps verifying, until
//! every access token it signed has expired. Other processes (a second instance, or the one
//! still running when `rotate-keys` ran) see a rotation once their cached copy is older than
//! the reload interval.

use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use jsonwebtoken::jwk::{Jwk, JwkSet, KeyAlgorithm, PublicKeyUse};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey};
use rsa::RsaPrivateKey;
use rsa::pkcs1::EncodeRsaPrivateKey;
use sha2::{Digest, Sha256};

use super::store::{IssuerStore, KeyRow, StoreError};

const RSA_BITS: usize = 2048;

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("generating an RSA key failed")]
    Generate(#[source] rsa::Error),
    #[error("encoding the RSA key failed")]
    Encode(#[source] rsa::pkcs1::Error),
    #[error("stored signing key {kid} is unusable")]
    Unusable {
        kid: String,
        #[source]
        source: jsonwebtoken::errors::Error,
    },
    #[error("no signing key is stored")]
    NoKey,
    #[error("the key generation task failed")]
    Task(#[source] tokio::task::JoinError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// One key as the issuer uses it.
pub struct SigningKey {
    pub kid: String,
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
            .finish_non_exhaustive()
    }
}

impl SigningKey {
    fn from_row(row: &KeyRow) -> Result<Self, KeyError> {
        let unusable = |source| KeyError::Unusable {
            kid: row.kid.clone(),
            source,
        };
        let encoding = EncodingKey::from_rsa_der(&row.private_key);
        let mut jwk = Jwk::from_encoding_key(&encoding, Algorithm::RS256).map_err(unusable)?;
        jwk.common.key_id = Some(row.kid.clone());
        jwk.common.public_key_use = Some(PublicKeyUse::Signature);
        jwk.common.key_algorithm = Some(KeyAlgorithm::RS256);
        let decoding = DecodingKey::from_jwk(&jwk).map_err(unusable)?;
        Ok(Self {
            kid: row.kid.clone(),
            encoding,
            decoding,
            jwk,
        })
    }
}

/// A new RSA key, its `kid` derived from its public modulus.
///
/// # Errors
/// Key generation or encoding failed.
pub async fn generate(now: DateTime<Utc>) -> Result<KeyRow, KeyError> {
    let der = tokio::task::spawn_blocking(|| {
        let key =
            RsaPrivateKey::new(&mut rand_core::OsRng, RSA_BITS).map_err(KeyError::Generate)?;
        let der = key.to_pkcs1_der().map_err(KeyError::Encode)?;
        Ok::<_, KeyError>(der.as_bytes().to_vec())
    })
    .await
    .map_err(KeyError::Task)??;
    let digest = Sha256::digest(&der);
    let kid = base64::Engine::encode(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD,
        &digest[..16],
    );
    Ok(KeyRow {
        kid,
        private_key: der,
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

impl KeyRing {
    /// Loads the keys, generating and storing the first one if the database has none.
    ///
    /// # Errors
    /// The database failed, or a stored key cannot be decoded.
    pub async fn open(store: IssuerStore, reload_every: Duration) -> Result<Self, KeyError> {
        let now = Utc::now();
        if store
            .keys(now)
            .await?
            .iter()
            .all(|k| k.retired_at.is_some())
        {
            let key = generate(now).await?;
            // Another process starting at the same moment may have stored its own; then that
            // one is kept and this one dropped.
            if store.add_key(&key, false, now).await? {
                tracing::info!(kid = %key.kid, "generated the first signing key");
            }
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
    let key = generate(now).await?;
    let ttl = chrono::Duration::from_std(access_ttl).unwrap_or(chrono::Duration::MAX);
    let verify_until = now
        .checked_add_signed(ttl)
        .unwrap_or(DateTime::<Utc>::MAX_UTC);
    store.add_key(&key, true, verify_until).await?;
    Ok(key.kid)
}
