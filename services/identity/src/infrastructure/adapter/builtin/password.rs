//! Password hashing: argon2id with OWASP's recommended minimum (m = 19 MiB, t = 2, p = 1), in
//! the standard PHC string form.
//!
//! Hashing is deliberately slow, so it runs on Tokio's blocking pool rather than on a runtime
//! worker. Each hash works in 19 MiB: at most one hash per CPU runs at a time (the others wait
//! their turn), so sign-ins take a bounded amount of memory — a burst of a hundred would
//! otherwise ask for 1.9 GB — without lowering throughput, which the CPUs bound anyway. Memory
//! areas are kept from one hash to the next while hashes overlap and for [`OVERLAP_GRACE`]
//! after, then handed back to the operating system, but one (see [`AreaPool`]). A hash's
//! turn ends when the hash does, not when its request does: a client that gives up mid-hash does
//! not let another hash (and another area) start beside it.
//!
//! A sign-in for an unknown address verifies against a dummy hash made at start with the same
//! parameters, so it costs the same time as a wrong password for a known one.

use std::sync::{Arc, Mutex};

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{Output, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

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

/// The memory areas of finished hashes, for the next ones. One is always kept (so sporadic
/// sign-ins never wait for fresh memory); more, up to one per CPU, while hashes overlap (every
/// hashing turn taken) and for [`OVERLAP_GRACE`] after. Past that, the areas beyond the first
/// go back to the operating system (as a hash ends, or at the next trim).
///
/// Without the grace, steady sign-ins at half the peak rate overlapped often enough that a
/// second area was mapped, faulted in and zeroed (19 MiB, several milliseconds) for many hashes
/// and unmapped after each, which was much of the p99. Peak RSS is not changed by it: the
/// overlapping hashes hold both areas at that moment anyway.
struct AreaPool {
    kept: Mutex<Kept>,
    keep: usize,
    grace: std::time::Duration,
}

#[derive(Default)]
struct Kept {
    areas: Vec<Vec<Block>>,
    /// Until when areas beyond the first are kept: the last overlap plus the grace.
    overlap_until: Option<std::time::Instant>,
}

/// How long areas beyond the first outlive the last overlap of hashes.
const OVERLAP_GRACE: std::time::Duration = std::time::Duration::from_secs(2);

type Areas = Arc<AreaPool>;

/// glibc's allocator serves a request of more than 32 MiB (its largest dynamic mmap threshold
/// on 64-bit) with a mapping of its own and unmaps it when freed. A smaller one, once an area
/// of the same size has been freed, would be served from a heap that keeps the memory. So each
/// area reserves this many blocks of address space; only the blocks a hash uses are ever
/// touched, so only those take memory.
const AREA_RESERVE_BLOCKS: usize = 32 * 1024 + 1;

fn new_area(blocks: usize) -> Vec<Block> {
    let mut area = Vec::with_capacity(blocks.max(AREA_RESERVE_BLOCKS));
    area.resize(blocks, Block::default());
    area
}

impl AreaPool {
    fn new(keep: usize, grace: std::time::Duration) -> Self {
        Self {
            kept: Mutex::default(),
            keep,
            grace,
        }
    }

    fn take(&self, blocks: usize) -> Vec<Block> {
        match self.kept.lock().ok().and_then(|mut kept| kept.areas.pop()) {
            Some(mut area) => {
                // Another hash's parameters (a hash made with other settings) may need more.
                area.resize(blocks, Block::default());
                area
            }
            None => new_area(blocks),
        }
    }

    /// `busy`: every turn was taken when the hash ended (hashes overlapped).
    fn give_back(&self, area: Vec<Block>, busy: bool) {
        let now = std::time::Instant::now();
        let Ok(mut kept) = self.kept.lock() else {
            return;
        };
        if busy {
            kept.overlap_until = Some(now + self.grace);
        }
        let overlapping = busy || kept.overlap_until.is_some_and(|until| now < until);
        if kept.areas.is_empty() || (overlapping && kept.areas.len() < self.keep) {
            kept.areas.push(area);
        }
        if !overlapping {
            kept.areas.truncate(1);
        }
    }

    /// Hand back the areas beyond the first once the grace after the last overlap is over.
    fn trim(&self) {
        if let Ok(mut kept) = self.kept.lock()
            && kept
                .overlap_until
                .is_none_or(|until| std::time::Instant::now() >= until)
        {
            kept.areas.truncate(1);
        }
    }
}

/// Trims `areas` every [`OVERLAP_GRACE`] while the hasher lives, so that a burst's areas go back
/// even when no sign-in follows it.
fn spawn_trimmer(areas: &Areas) {
    let Ok(runtime) = tokio::runtime::Handle::try_current() else {
        return;
    };
    let areas = Arc::downgrade(areas);
    runtime.spawn(async move {
        let mut every = tokio::time::interval(OVERLAP_GRACE);
        loop {
            every.tick().await;
            match areas.upgrade() {
                Some(areas) => areas.trim(),
                None => return,
            }
        }
    });
}

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

/// Runs argon2id with `params` in a kept memory area (or a new one), on a hashing turn.
fn compute(
    params: &Params,
    areas: &Areas,
    turn: &Turn,
    password: &[u8],
    salt: &[u8],
    out: &mut [u8],
) -> Result<(), HashError> {
    let mut area = areas.take(params.block_count());
    let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
    let result = argon2
        .hash_password_into_with_memory(password, salt, out, &mut area)
        .map_err(hash_error);
    areas.give_back(area, turn.all_taken());
    result
}

/// A turn to hash (one of one per CPU), held until the hash is done even if its request is not
/// waiting any more.
struct Turn {
    _permit: Option<OwnedSemaphorePermit>,
    running: Option<Arc<Semaphore>>,
}

impl Turn {
    /// At start-up, before any request: no turn needed.
    fn start_up() -> Self {
        Self {
            _permit: None,
            running: None,
        }
    }

    fn all_taken(&self) -> bool {
        self.running
            .as_ref()
            .is_some_and(|running| running.available_permits() == 0)
    }
}

fn hash_with(
    params: &Params,
    areas: &Areas,
    turn: &Turn,
    password: &str,
) -> Result<String, HashError> {
    let salt = SaltString::generate(&mut OsRng);
    let mut salt_bytes = [0u8; 64];
    let salt_bytes = salt.decode_b64(&mut salt_bytes).map_err(hash_error)?;
    let mut out = [0u8; OUTPUT_LEN];
    compute(
        params,
        areas,
        turn,
        password.as_bytes(),
        salt_bytes,
        &mut out,
    )?;
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
fn verify_with(areas: &Areas, turn: &Turn, password: &str, hash: &str) -> bool {
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
    if compute(
        &params,
        areas,
        turn,
        password.as_bytes(),
        salt_bytes,
        &mut out,
    )
    .is_err()
    {
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
        let areas = Arc::new(AreaPool::new(cpus, OVERLAP_GRACE));
        spawn_trimmer(&areas);
        let unknown = SaltString::generate(&mut OsRng);
        let dummy = hash_with(&params, &areas, &Turn::start_up(), unknown.as_str())?;
        Ok(Self {
            params,
            dummy,
            running: Arc::new(Semaphore::new(cpus)),
            areas,
        })
    }

    /// A turn to hash, held by the blocking task until its hash is done.
    async fn turn(&self) -> Result<Turn, HashError> {
        let permit = Arc::clone(&self.running)
            .acquire_owned()
            .await
            .map_err(|_| HashError::Closed)?;
        Ok(Turn {
            _permit: Some(permit),
            running: Some(Arc::clone(&self.running)),
        })
    }

    /// The PHC string of `password` with a fresh salt.
    ///
    /// # Errors
    /// The blocking task failed.
    pub async fn hash(&self, password: &str) -> Result<String, HashError> {
        let turn = self.turn().await?;
        let (params, areas) = (self.params.clone(), Arc::clone(&self.areas));
        let password = password.to_owned();
        tokio::task::spawn_blocking(move || hash_with(&params, &areas, &turn, &password))
            .await
            .map_err(HashError::Task)?
    }

    /// Whether `password` matches `hash`; with `None` (no such account), the dummy hash is
    /// checked and the answer is `false`.
    ///
    /// # Errors
    /// The blocking task failed.
    pub async fn verify(&self, password: &str, hash: Option<&str>) -> Result<bool, HashError> {
        let turn = self.turn().await?;
        let areas = Arc::clone(&self.areas);
        let password = password.to_owned();
        let known = hash.is_some();
        let hash = hash.unwrap_or(&self.dummy).to_owned();
        let matched =
            tokio::task::spawn_blocking(move || verify_with(&areas, &turn, &password, &hash))
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

    #[test]
    fn one_area_is_kept_and_more_only_while_every_turn_is_taken() {
        let pool = AreaPool::new(2, std::time::Duration::ZERO);
        let kept = |pool: &AreaPool| pool.kept.lock().expect("lock").areas.len();
        let (a, b, c) = (pool.take(8), pool.take(8), pool.take(8));
        assert!(a.capacity() >= AREA_RESERVE_BLOCKS && a.len() == 8);
        pool.give_back(a, false);
        pool.give_back(b, false);
        assert_eq!(
            kept(&pool),
            1,
            "a second area is not kept once the burst is over"
        );
        pool.give_back(c, true);
        assert_eq!(kept(&pool), 2, "kept while every turn is taken");
        pool.give_back(new_area(8), true);
        assert_eq!(kept(&pool), 2, "never more than one per CPU");
        assert_eq!(
            pool.take(16).len(),
            16,
            "a kept area grows for larger parameters"
        );
    }

    #[test]
    fn areas_outlive_an_overlap_by_the_grace_then_go_back() {
        let pool = AreaPool::new(2, std::time::Duration::from_secs(3600));
        let kept = |pool: &AreaPool| pool.kept.lock().expect("lock").areas.len();
        let (a, b) = (pool.take(8), pool.take(8));
        pool.give_back(a, true);
        pool.give_back(b, false);
        assert_eq!(kept(&pool), 2, "kept within the grace after an overlap");
        pool.trim();
        assert_eq!(kept(&pool), 2, "a trim within the grace keeps them");
        pool.kept.lock().expect("lock").overlap_until = Some(std::time::Instant::now());
        pool.trim();
        assert_eq!(
            kept(&pool),
            1,
            "the grace over, a trim hands back all but one"
        );
    }

    #[tokio::test]
    async fn an_unknown_account_never_verifies() {
        let hasher = Hasher::new().expect("hasher");
        assert!(!hasher.verify("anything", None).await.expect("verify"));
    }
}
