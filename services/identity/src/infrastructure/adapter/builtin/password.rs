//! Password hashing: argon2id with OWASP's recommended minimum (m = 19 MiB, t = 2, p = 1).
//!
//! Hashing is deliberately slow, so it runs on Tokio's blocking pool rather than on a runtime
//! worker, and each hash takes 19 MiB: at most one hash per CPU runs at a time (the others wait
//! their turn), which bounds the memory sign-ins can take — a burst of a hundred would otherwise
//! ask for 1.9 GB — without lowering throughput, which the CPUs bound anyway. A sign-in for an unknown address verifies against a dummy hash made at start with the
//! same parameters, so it costs the same time as a wrong password for a known one.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::Arc;
use tokio::sync::Semaphore;

/// 19 MiB of memory, in KiB.
pub const MEMORY_KIB: u32 = 19 * 1024;
/// Passes over the memory.
pub const ITERATIONS: u32 = 2;
/// Lanes.
pub const PARALLELISM: u32 = 1;

#[derive(Debug, thiserror::Error)]
pub enum HashError {
    #[error("hashing a password failed: {0}")]
    Hash(String),
    #[error("the password hashing task failed")]
    Task(#[source] tokio::task::JoinError),
    #[error("the password hasher is closed")]
    Closed,
}

/// Hashes and verifies passwords.
#[derive(Clone)]
pub struct Hasher {
    argon2: Argon2<'static>,
    /// A hash of a random password nobody knows, to verify against for unknown addresses.
    dummy: String,
    /// One permit per CPU: how many hashes may run at once.
    running: Arc<Semaphore>,
}

impl std::fmt::Debug for Hasher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Hasher(argon2id)")
    }
}

impl Hasher {
    /// # Errors
    /// The parameters are refused by the argon2 crate (never with the constants above).
    pub fn new() -> Result<Self, HashError> {
        let params = Params::new(MEMORY_KIB, ITERATIONS, PARALLELISM, None)
            .map_err(|e| HashError::Hash(e.to_string()))?;
        let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        let unknown = SaltString::generate(&mut OsRng);
        let dummy = hash_with(&argon2, unknown.as_str())?;
        let cpus = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        Ok(Self {
            argon2,
            dummy,
            running: Arc::new(Semaphore::new(cpus)),
        })
    }

    /// The PHC string of `password` with a fresh salt.
    ///
    /// # Errors
    /// The blocking task failed.
    pub async fn hash(&self, password: &str) -> Result<String, HashError> {
        let _turn = self
            .running
            .acquire()
            .await
            .map_err(|_| HashError::Closed)?;
        let argon2 = self.argon2.clone();
        let password = password.to_owned();
        tokio::task::spawn_blocking(move || hash_with(&argon2, &password))
            .await
            .map_err(HashError::Task)?
    }

    /// Whether `password` matches `hash`; with `None` (no such account), the dummy hash is
    /// checked and the answer is `false`.
    ///
    /// # Errors
    /// The blocking task failed.
    pub async fn verify(&self, password: &str, hash: Option<&str>) -> Result<bool, HashError> {
        let _turn = self
            .running
            .acquire()
            .await
            .map_err(|_| HashError::Closed)?;
        let argon2 = self.argon2.clone();
        let password = password.to_owned();
        let known = hash.is_some();
        let hash = hash.unwrap_or(&self.dummy).to_owned();
        let matched = tokio::task::spawn_blocking(move || {
            PasswordHash::new(&hash)
                .map(|parsed| argon2.verify_password(password.as_bytes(), &parsed).is_ok())
                .unwrap_or(false)
        })
        .await
        .map_err(HashError::Task)?;
        Ok(known && matched)
    }
}

fn hash_with(argon2: &Argon2<'_>, password: &str) -> Result<String, HashError> {
    let salt = SaltString::generate(&mut OsRng);
    argon2
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| HashError::Hash(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_verifies_its_password_only() {
        let hasher = Hasher::new().expect("hasher");
        let hash = hasher.hash("correct horse").await.expect("hash");
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(
            hasher
                .verify("correct horse", Some(&hash))
                .await
                .expect("verify")
        );
        assert!(
            !hasher
                .verify("wrong horse", Some(&hash))
                .await
                .expect("verify")
        );
    }

    #[tokio::test]
    async fn an_unknown_account_never_verifies() {
        let hasher = Hasher::new().expect("hasher");
        assert!(!hasher.verify("anything", None).await.expect("verify"));
    }
}
