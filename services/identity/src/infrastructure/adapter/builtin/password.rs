//! Password hashing: argon2id with OWASP's recommended minimum (m = 19 MiB, t = 2, p = 1), in
//! the standard PHC string form.
//!
//! Hashing is deliberately slow, so it runs on Tokio's blocking pool rather than on a runtime
//! worker. Each hash works in 19 MiB: at most one hash per CPU runs at a time (the others wait
//! their turn), and each works in a memory area kept from one hash to the next, so sign-ins take
//! a fixed amount of memory — a burst of a hundred would otherwise ask for 1.9 GB, and freed areas
//! linger in the allocator — without lowering throughput, which the CPUs bound anyway.
//!
//! A sign-in for an unknown address verifies against a dummy hash made at start with the same
//! parameters, so it costs the same time as a wrong password for a known one.

use std::sync::{Arc, Mutex};

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{Output, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use tokio::sync::Semaphore;

/// 19 MiB of memory, in KiB.
pub const MEMORY_KIB: u32 = 19 * 1024;
/// Passes over the memory.
pub const ITERATIONS: u32 = 2;
/// Lanes.
pub const PARALLELISM: u32 = 1;
/// Bytes of hash output.
const OUTPUT_LEN: usize = 32;

#[derive(Debug, thiserror::Error)]
pub enum HashError {
    #[error("hashing a password failed: {0}")]
    Hash(String),
    #[error("the password hashing task failed")]
    Task(#[source] tokio::task::JoinError),
    #[error("the password hasher is closed")]
    Closed,
}

fn hash_error(err: impl std::fmt::Display) -> HashError {
    HashError::Hash(err.to_string())
}

/// The memory areas of finished hashes, for the next ones: at most one per CPU is kept (more
/// exist only briefly, when a hash outlives the request that started it).
#[derive(Default)]
struct AreaPool {
    kept: Mutex<Vec<Vec<Block>>>,
    keep: usize,
}

type Areas = Arc<AreaPool>;

/// Hashes and verifies passwords.
#[derive(Clone)]
pub struct Hasher {
    params: Params,
    /// A hash of a random password nobody knows, to verify against for unknown addresses.
    dummy: String,
    /// One permit per CPU: how many hashes may run at once.
    running: Arc<Semaphore>,
    areas: Areas,
}

impl std::fmt::Debug for Hasher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Hasher(argon2id)")
    }
}

/// Runs argon2id with `params` in a kept memory area (or a new one, kept afterwards).
fn compute(
    params: &Params,
    areas: &Areas,
    password: &[u8],
    salt: &[u8],
    out: &mut [u8],
) -> Result<(), HashError> {
    let blocks = params.block_count();
    let taken = areas.kept.lock().ok().and_then(|mut kept| kept.pop());
    let mut area = match taken {
        Some(area) if area.len() == blocks => area,
        _ => vec![Block::default(); blocks],
    };
    let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
    let result = argon2
        .hash_password_into_with_memory(password, salt, out, &mut area)
        .map_err(hash_error);
    if let Ok(mut kept) = areas.kept.lock()
        && kept.len() < areas.keep
    {
        kept.push(area);
    }
    result
}

fn hash_with(params: &Params, areas: &Areas, password: &str) -> Result<String, HashError> {
    let salt = SaltString::generate(&mut OsRng);
    let mut salt_bytes = [0u8; 64];
    let salt_bytes = salt.decode_b64(&mut salt_bytes).map_err(hash_error)?;
    let mut out = [0u8; OUTPUT_LEN];
    compute(params, areas, password.as_bytes(), salt_bytes, &mut out)?;
    let output = Output::new(&out).map_err(hash_error)?;
    Ok(format!(
        "$argon2id$v=19$m={},t={},p={}${}${}",
        params.m_cost(),
        params.t_cost(),
        params.p_cost(),
        salt.as_str(),
        output
    ))
}

/// Whether `password` matches the PHC string `hash` (any argon2id parameters it names).
fn verify_with(areas: &Areas, password: &str, hash: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(hash) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        return false;
    };
    let Ok(params) = Params::try_from(&parsed) else {
        return false;
    };
    if parsed.algorithm.as_str() != "argon2id" {
        return false;
    }
    let mut salt_bytes = [0u8; 64];
    let Ok(salt_bytes) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    let mut out = vec![0u8; expected.len()];
    if compute(&params, areas, password.as_bytes(), salt_bytes, &mut out).is_err() {
        return false;
    }
    // `Output`'s equality takes the same time wherever the bytes differ.
    Output::new(&out).is_ok_and(|computed| computed == expected)
}

impl Hasher {
    /// # Errors
    /// The parameters are refused by the argon2 crate (never with the constants above).
    pub fn new() -> Result<Self, HashError> {
        let params = Params::new(MEMORY_KIB, ITERATIONS, PARALLELISM, Some(OUTPUT_LEN))
            .map_err(hash_error)?;
        let cpus = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        let areas = Arc::new(AreaPool {
            kept: Mutex::default(),
            keep: cpus,
        });
        let unknown = SaltString::generate(&mut OsRng);
        let dummy = hash_with(&params, &areas, unknown.as_str())?;
        Ok(Self {
            params,
            dummy,
            running: Arc::new(Semaphore::new(cpus)),
            areas,
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
        let (params, areas) = (self.params.clone(), Arc::clone(&self.areas));
        let password = password.to_owned();
        tokio::task::spawn_blocking(move || hash_with(&params, &areas, &password))
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
        let areas = Arc::clone(&self.areas);
        let password = password.to_owned();
        let known = hash.is_some();
        let hash = hash.unwrap_or(&self.dummy).to_owned();
        let matched = tokio::task::spawn_blocking(move || verify_with(&areas, &password, &hash))
            .await
            .map_err(HashError::Task)?;
        Ok(known && matched)
    }
}

#[cfg(test)]
mod tests {
    use argon2::password_hash::{PasswordHasher, PasswordVerifier};

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
    async fn hashes_are_standard_phc_strings_both_ways() {
        let hasher = Hasher::new().expect("hasher");
        let ours = hasher.hash("correct horse").await.expect("hash");
        let standard = Argon2::default();
        let parsed = PasswordHash::new(&ours).expect("a PHC string");
        assert!(standard.verify_password(b"correct horse", &parsed).is_ok());
        let params = Params::new(8 * 1024, 1, 1, None).expect("params");
        let theirs = Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password(b"other horse", &SaltString::generate(&mut OsRng))
            .expect("hash")
            .to_string();
        assert!(
            hasher
                .verify("other horse", Some(&theirs))
                .await
                .expect("verify")
        );
        assert!(
            !hasher
                .verify("correct horse", Some(&theirs))
                .await
                .expect("verify")
        );
        assert!(
            !hasher
                .verify("x", Some("not a hash"))
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
