//! Transactions that lose a race for locks: recognising the database's answer, and running the
//! losing transaction again when that is worth it.
//!
//! A deadlock victim, a lock wait that ran out, a busy SQLite file or a pool with no free
//! connection is not a fault of the request nor of the service: the database is busy. Services
//! classify with [`is_contention`] in their storage adapter (so no SQL detail leaks past it),
//! run whole transactions through [`retry_contended`], and answer 503 / `UNAVAILABLE` when the
//! database stays busy, never 500.
//!
//! Not every kind of busy deserves the same patience ([`Contention`]): a lost race is cheap to
//! run again, while a timeout that ran out has already cost the request its whole wait.

use std::error::Error as StdError;
use std::future::Future;
use std::time::Duration;

use sqlx::mysql::MySqlDatabaseError;
use sqlx::sqlite::SqliteError;

/// MySQL/MariaDB `ER_LOCK_WAIT_TIMEOUT`. sqlx's `DatabaseError::code()` is the SQLSTATE, which
/// for a lock wait timeout is the catch-all `HY000`, so the number is what identifies it.
const MYSQL_LOCK_WAIT_TIMEOUT: u16 = 1205;

/// MySQL/MariaDB `ER_LOCK_DEADLOCK` (SQLSTATE 40001, but matched by number like its sibling).
const MYSQL_DEADLOCK: u16 = 1213;

/// SQLSTATE "serialization failure": how MySQL reports a deadlock victim, and the standard's
/// name for a transaction that must be run again.
const SERIALIZATION_FAILURE: &str = "40001";

/// SQLite primary result codes `SQLITE_BUSY` and `SQLITE_LOCKED`. sqlx reports extended codes
/// (`SQLITE_BUSY_SNAPSHOT` = 517, `SQLITE_BUSY_TIMEOUT` = 773, `SQLITE_LOCKED_SHAREDCACHE` = 262,
/// …), whose low byte is the primary code, so every variant of the two is covered.
const SQLITE_BUSY: i32 = 5;
const SQLITE_LOCKED: i32 = 6;

/// How the database was busy, which decides how often [`retry_contended`] runs the
/// transaction again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Contention {
    /// Lost a race for locks: a deadlock victim, a serialization failure, a busy or locked
    /// SQLite database. The rival transaction is finishing, so the same transaction run again
    /// a moment later normally goes through; retried as often as the [`RetryPolicy`] allows.
    LostRace,
    /// A row lock stayed taken for the session's whole `innodb_lock_wait_timeout`
    /// ([`crate::db::MYSQL_LOCK_WAIT_TIMEOUT`]). Whoever holds it is a long transaction, not a
    /// rival of a moment, so it gets one more wait and no more: two waits stay well under the
    /// request timeout.
    LockWaitTimeout,
    /// No pooled connection came free within the pool's acquire timeout: every connection is
    /// serving another request. That wait was the patience; queueing again behind the same
    /// crowd would mostly repeat it and keep the caller from a prompt 503 with `Retry-After`,
    /// so it is not retried.
    PoolExhausted,
}

impl Contention {
    /// What kind of busy `err` reports, or `None` when it is not contention at all.
    pub fn of(err: &sqlx::Error) -> Option<Self> {
        match err {
            sqlx::Error::PoolTimedOut => Some(Self::PoolExhausted),
            sqlx::Error::Database(db) => {
                if let Some(mysql) = db.try_downcast_ref::<MySqlDatabaseError>() {
                    match mysql.number() {
                        MYSQL_LOCK_WAIT_TIMEOUT => Some(Self::LockWaitTimeout),
                        MYSQL_DEADLOCK => Some(Self::LostRace),
                        _ => {
                            (mysql.code() == Some(SERIALIZATION_FAILURE)).then_some(Self::LostRace)
                        }
                    }
                } else if db.try_downcast_ref::<SqliteError>().is_some() {
                    db.code()
                        .and_then(|code| code.parse::<i32>().ok())
                        .is_some_and(|code| matches!(code & 0xff, SQLITE_BUSY | SQLITE_LOCKED))
                        .then_some(Self::LostRace)
                } else {
                    (db.code().as_deref() == Some(SERIALIZATION_FAILURE)).then_some(Self::LostRace)
                }
            }
            _ => None,
        }
    }

    /// The kind of busy an error reports through the first `sqlx::Error` in its `source()`
    /// chain (the storage adapters keep it as the source of their contention variant, and the
    /// use cases keep theirs), or `None` when the chain holds no contended sqlx error.
    pub fn in_chain(err: &(dyn StdError + 'static)) -> Option<Self> {
        std::iter::successors(Some(err), |&e| e.source())
            .find_map(|e| e.downcast_ref::<sqlx::Error>())
            .and_then(Self::of)
    }
}

/// Whether `err` means the database was too busy rather than that the statement failed: a
/// deadlock victim, a lock wait timeout, a serialization failure, a busy or locked SQLite
/// database, or no pooled connection free within the acquire timeout (see [`Contention`]).
/// The request may succeed later; answer 503 / `UNAVAILABLE`, never 500.
pub fn is_contention(err: &sqlx::Error) -> bool {
    Contention::of(err).is_some()
}

/// How often, and how patiently, a contended transaction is run again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Tries in all, the first included; at least one is always made. Lost races may use them
    /// all; a lock wait timeout earns at most one more try and an exhausted pool none
    /// ([`Contention`]).
    pub attempts: u32,
    /// The pause after the n-th failed try is `n × step` plus the jitter.
    pub step: Duration,
    /// Up to this much is added to each pause, so transactions that collided do not collide
    /// again in lockstep.
    pub max_jitter: Duration,
    /// A lost race reported after a try ran at least this long counts as a lock wait timeout:
    /// SQLite answers "busy" the same way at once and after its whole busy timeout, and a try
    /// that already waited seconds for its locks was not losing a race of a moment, so it gets
    /// one more try, not all of them (eight 5-second waits would outlast the request).
    pub long_wait: Duration,
}

impl RetryPolicy {
    /// Eight tries, pausing 5 ms, 10 ms, … 35 ms plus up to 9 ms of jitter between them: about
    /// 0.2 s of waiting in all, long enough for a deadlock partner to commit, short next to a
    /// request's timeout.
    pub const TRANSACTION: Self = Self {
        attempts: 8,
        step: Duration::from_millis(5),
        max_jitter: Duration::from_millis(10),
        long_wait: Duration::from_secs(1),
    };

    /// The kind of busy a try that ran `took` reported as `reported`, by [`Self::long_wait`].
    fn judge(&self, reported: Contention, took: Duration) -> Contention {
        if reported == Contention::LostRace && took >= self.long_wait {
            Contention::LockWaitTimeout
        } else {
            reported
        }
    }

    /// The pause after the `failed`-th failed try.
    fn pause(&self, failed: u32) -> Duration {
        self.step.saturating_mul(failed) + jitter(self.max_jitter)
    }
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self::TRANSACTION
    }
}

/// Retries granted after a lock wait timeout, per [`retry_contended`] call. One: the holder
/// may be a long transaction about to end, but a second timeout says it is stuck, and with
/// [`crate::db::MYSQL_LOCK_WAIT_TIMEOUT`] two waits stay well under the request timeout.
const LOCK_WAIT_RETRIES: u32 = 1;

/// The retry decisions of one [`retry_contended`] call.
#[derive(Debug)]
struct Tries {
    policy: RetryPolicy,
    failed: u32,
    lock_waits: u32,
}

impl Tries {
    fn new(policy: RetryPolicy) -> Self {
        Self {
            policy,
            failed: 0,
            lock_waits: 0,
        }
    }

    /// Record that the latest try failed as `contention`; whether to run it again.
    fn again_after(&mut self, contention: Contention) -> bool {
        self.failed += 1;
        let patience_left = match contention {
            Contention::LostRace => true,
            Contention::LockWaitTimeout => {
                self.lock_waits += 1;
                self.lock_waits <= LOCK_WAIT_RETRIES
            }
            Contention::PoolExhausted => false,
        };
        patience_left && self.failed < self.policy.attempts
    }
}

/// A pseudo-random whole number of milliseconds below `max`, from the clock's nanoseconds: no
/// generator to seed, and spread enough to break up transactions that collided in step.
fn jitter(max: Duration) -> Duration {
    let max_ms = u64::try_from(max.as_millis()).unwrap_or(u64::MAX);
    if max_ms == 0 {
        return Duration::ZERO;
    }
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| u64::from(d.subsec_nanos()))
        .unwrap_or(0);
    Duration::from_millis(nanos % max_ms)
}

/// Run `attempt` until it succeeds, fails with an error `is_contended` does not accept, or has
/// used the patience `policy` and the kind of busy allow; the last error is returned as it is.
///
/// The kind ([`Contention`]) is read from the `sqlx::Error` in the failed attempt's `source()`
/// chain, so a storage adapter's contention variant must keep the sqlx error as its source; an
/// error without one is treated as a lost race.
///
/// Every attempt must be a complete transaction (begin to commit), so that running it again is
/// safe: a transaction that lost the race was rolled back whole.
pub async fn retry_contended<T, E, F, Fut>(
    policy: RetryPolicy,
    is_contended: impl Fn(&E) -> bool,
    mut attempt: F,
) -> Result<T, E>
where
    E: StdError + 'static,
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, E>>,
{
    let mut tries = Tries::new(policy);
    loop {
        let started = std::time::Instant::now();
        match attempt().await {
            // The caller judged it busy; without a database error saying how, a lost race,
            // the common case.
            Err(err)
                if is_contended(&err)
                    && tries.again_after(policy.judge(
                        Contention::in_chain(&err).unwrap_or(Contention::LostRace),
                        started.elapsed(),
                    )) =>
            {
                tracing::debug!(
                    failed = tries.failed,
                    error = ?err,
                    "the database was busy; running the transaction again"
                );
                tokio::time::sleep(policy.pause(tries.failed)).await;
            }
            outcome => return outcome,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use sqlx::mysql::{MySqlConnectOptions, MySqlConnection};
    use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
    use sqlx::{ConnectOptions, Connection};

    use super::*;
    use crate::db::TestMySql;

    #[derive(Debug, PartialEq, thiserror::Error)]
    enum Failure {
        #[error("busy")]
        Busy,
        #[error("broken")]
        Broken,
    }

    fn busy(err: &Failure) -> bool {
        *err == Failure::Busy
    }

    /// What the services' storage errors look like: a contention variant keeping the sqlx error
    /// as its source, boxed, under a use case's error.
    #[derive(Debug, thiserror::Error)]
    enum UseCaseError {
        #[error("too busy")]
        Busy(#[source] RepoError),
    }

    #[derive(Debug, thiserror::Error)]
    #[error("lost a race")]
    struct RepoError(#[source] Box<dyn StdError + Send + Sync>);

    fn wrapped(err: sqlx::Error) -> UseCaseError {
        UseCaseError::Busy(RepoError(Box::new(err)))
    }

    /// No pauses, so the tests do not wait on the clock.
    const QUICK: RetryPolicy = RetryPolicy {
        attempts: 4,
        step: Duration::ZERO,
        max_jitter: Duration::ZERO,
        long_wait: Duration::from_secs(3600),
    };

    #[tokio::test]
    async fn contention_is_retried_until_it_clears() {
        let mut calls = 0;
        let result = retry_contended(QUICK, busy, || {
            calls += 1;
            let outcome = if calls < 3 {
                Err(Failure::Busy)
            } else {
                Ok(calls)
            };
            async move { outcome }
        })
        .await;
        assert_eq!(result, Ok(3));
    }

    #[tokio::test]
    async fn other_errors_are_returned_at_once() {
        let mut calls = 0;
        let result: Result<(), _> = retry_contended(QUICK, busy, || {
            calls += 1;
            async { Err(Failure::Broken) }
        })
        .await;
        assert_eq!(result, Err(Failure::Broken));
        assert_eq!(calls, 1);
    }

    #[tokio::test]
    async fn retries_stop_after_the_policy_s_attempts_with_the_last_error() {
        let mut calls = 0;
        let result: Result<(), _> = retry_contended(QUICK, busy, || {
            calls += 1;
            async { Err(Failure::Busy) }
        })
        .await;
        assert_eq!(result, Err(Failure::Busy));
        assert_eq!(calls, QUICK.attempts);
    }

    /// The services' adapters call an exhausted pool contention (so it ends as 503), and their
    /// retry predicates accept every contention: the runtime must still not queue again.
    #[tokio::test]
    async fn an_exhausted_pool_is_busy_but_not_tried_again() {
        assert!(is_contention(&sqlx::Error::PoolTimedOut));
        let mut calls = 0;
        let result: Result<(), _> = retry_contended(
            QUICK,
            |_: &UseCaseError| true,
            || {
                calls += 1;
                async { Err(wrapped(sqlx::Error::PoolTimedOut)) }
            },
        )
        .await;
        assert!(matches!(result, Err(UseCaseError::Busy(_))), "{result:?}");
        assert_eq!(calls, 1, "a timed-out wait for a connection is not retried");
    }

    #[test]
    fn the_kind_of_busy_is_read_from_the_sqlx_error_in_the_source_chain() {
        assert_eq!(
            Contention::in_chain(&wrapped(sqlx::Error::PoolTimedOut)),
            Some(Contention::PoolExhausted)
        );
        assert_eq!(
            Contention::in_chain(&sqlx::Error::PoolTimedOut),
            Some(Contention::PoolExhausted)
        );
        assert_eq!(
            Contention::in_chain(&wrapped(sqlx::Error::RowNotFound)),
            None
        );
        assert_eq!(Contention::in_chain(&Failure::Busy), None);
    }

    #[test]
    fn lost_races_use_every_attempt_of_the_policy() {
        let mut tries = Tries::new(QUICK);
        let decisions: Vec<bool> = (0..QUICK.attempts)
            .map(|_| tries.again_after(Contention::LostRace))
            .collect();
        assert_eq!(decisions, [true, true, true, false]);
    }

    #[test]
    fn an_exhausted_pool_ends_the_tries_even_after_lost_races() {
        assert!(!Tries::new(QUICK).again_after(Contention::PoolExhausted));
        let mut tries = Tries::new(QUICK);
        assert!(tries.again_after(Contention::LostRace));
        assert!(!tries.again_after(Contention::PoolExhausted));
    }

    #[test]
    fn a_lock_wait_timeout_earns_one_more_try_per_call() {
        let mut tries = Tries::new(RetryPolicy::TRANSACTION);
        assert!(tries.again_after(Contention::LockWaitTimeout));
        assert!(
            tries.again_after(Contention::LostRace),
            "races still retried"
        );
        assert!(
            !tries.again_after(Contention::LockWaitTimeout),
            "no second wait"
        );

        let once = RetryPolicy {
            attempts: 1,
            ..QUICK
        };
        assert!(
            !Tries::new(once).again_after(Contention::LockWaitTimeout),
            "never beyond the policy's attempts"
        );
    }

    #[test]
    fn a_race_lost_only_after_a_long_wait_counts_as_a_lock_wait_timeout() {
        let policy = RetryPolicy::TRANSACTION;
        let quick = policy.long_wait / 10;
        assert_eq!(
            policy.judge(Contention::LostRace, quick),
            Contention::LostRace
        );
        assert_eq!(
            policy.judge(Contention::LostRace, policy.long_wait),
            Contention::LockWaitTimeout
        );
        assert_eq!(
            policy.judge(Contention::PoolExhausted, policy.long_wait),
            Contention::PoolExhausted,
            "an exhausted pool stays what it is"
        );
    }

    #[tokio::test]
    async fn tries_that_each_waited_long_get_one_more_try_not_all_of_them() {
        let patient = RetryPolicy {
            long_wait: Duration::from_millis(5),
            ..QUICK
        };
        let mut calls = 0;
        let result: Result<(), Failure> = retry_contended(patient, busy, || {
            calls += 1;
            async {
                // What SQLite does with a lock held throughout: busy after its busy timeout.
                tokio::time::sleep(Duration::from_millis(10)).await;
                Err(Failure::Busy)
            }
        })
        .await;
        assert_eq!(result, Err(Failure::Busy));
        assert_eq!(calls, 2, "one try and one more, not {}", QUICK.attempts);
    }

    #[test]
    fn pauses_grow_with_each_failure_and_the_jitter_stays_below_its_bound() {
        let policy = RetryPolicy::TRANSACTION;
        for failed in 1..policy.attempts {
            let pause = policy.pause(failed);
            let floor = policy.step * failed;
            assert!(pause >= floor, "{pause:?} < {floor:?}");
            assert!(pause < floor + policy.max_jitter, "{pause:?}");
        }
        assert_eq!(jitter(Duration::ZERO), Duration::ZERO);
    }

    #[test]
    fn errors_that_are_not_about_locks_are_not_contention() {
        assert!(!is_contention(&sqlx::Error::RowNotFound));
        assert!(!is_contention(&sqlx::Error::PoolClosed));
        assert_eq!(
            Contention::of(&sqlx::Error::PoolTimedOut),
            Some(Contention::PoolExhausted)
        );
    }

    /// Two connections to one SQLite file; the second finds the write lock taken and, with no
    /// busy timeout, is told `SQLITE_BUSY` at once.
    #[tokio::test]
    async fn a_busy_sqlite_database_is_contention_and_a_constraint_is_not() {
        let dir = tempfile::tempdir().expect("temp dir");
        let options = SqliteConnectOptions::from_str("sqlite://contention.db")
            .expect("options")
            .filename(dir.path().join("contention.db"))
            .create_if_missing(true)
            .busy_timeout(Duration::ZERO);
        let mut holder = options.connect().await.expect("open SQLite");
        sqlx::raw_sql("CREATE TABLE t (id INTEGER PRIMARY KEY); INSERT INTO t VALUES (1);")
            .execute(&mut holder)
            .await
            .expect("schema");
        let mut other: SqliteConnection = options.connect().await.expect("open SQLite");

        sqlx::raw_sql("BEGIN IMMEDIATE")
            .execute(&mut holder)
            .await
            .expect("take the write lock");
        let busy = sqlx::query("INSERT INTO t VALUES (2)")
            .execute(&mut other)
            .await
            .expect_err("the write lock is held");
        assert_eq!(
            Contention::of(&busy),
            Some(Contention::LostRace),
            "{busy:?}"
        );
        sqlx::raw_sql("ROLLBACK")
            .execute(&mut holder)
            .await
            .expect("release");

        let duplicate = sqlx::query("INSERT INTO t VALUES (1)")
            .execute(&mut other)
            .await
            .expect_err("id 1 exists");
        assert!(!is_contention(&duplicate), "{duplicate:?}");
    }

    fn mysql_number(err: &sqlx::Error) -> Option<u16> {
        err.as_database_error()
            .and_then(|e| e.try_downcast_ref::<MySqlDatabaseError>())
            .map(MySqlDatabaseError::number)
    }

    /// A lock wait timeout (1205, SQLSTATE HY000) and a deadlock (1213, SQLSTATE 40001), both
    /// provoked on a real server.
    #[tokio::test]
    async fn mysql_lock_wait_timeouts_and_deadlocks_are_contention_and_a_duplicate_is_not() {
        let Some(db) = TestMySql::create(None).await.expect("test database") else {
            return;
        };
        let options = MySqlConnectOptions::from_str(&db.url()).expect("URL");
        let mut a: MySqlConnection = options.connect().await.expect("connect");
        let mut b: MySqlConnection = options.connect().await.expect("connect");
        sqlx::raw_sql(
            "CREATE TABLE t (id INT PRIMARY KEY, n INT NOT NULL) ENGINE = InnoDB; \
             INSERT INTO t VALUES (1, 0), (2, 0);",
        )
        .execute(&mut a)
        .await
        .expect("schema");

        // 1205: b waits for a's row lock and gives up (0 s: MariaDB fails at once, MySQL
        // raises it to its minimum of 1 s).
        sqlx::raw_sql("SET SESSION innodb_lock_wait_timeout = 0")
            .execute(&mut b)
            .await
            .expect("short lock waits");
        let mut tx_a = a.begin().await.expect("begin");
        sqlx::query("UPDATE t SET n = n + 1 WHERE id = 1")
            .execute(&mut *tx_a)
            .await
            .expect("lock row 1");
        let timeout = sqlx::query("UPDATE t SET n = n + 1 WHERE id = 1")
            .execute(&mut b)
            .await
            .expect_err("row 1 is locked");
        assert_eq!(mysql_number(&timeout), Some(1205), "{timeout:?}");
        assert_eq!(
            Contention::of(&timeout),
            Some(Contention::LockWaitTimeout),
            "{timeout:?}"
        );

        // 1213: b locks row 2 and asks for row 1, which a holds; a asks for row 2. Whichever
        // request the server sees first, the second closes the cycle and InnoDB rolls one back.
        sqlx::raw_sql("SET SESSION innodb_lock_wait_timeout = 30")
            .execute(&mut b)
            .await
            .expect("long lock waits");
        let mut tx_b = b.begin().await.expect("begin");
        sqlx::query("UPDATE t SET n = n + 1 WHERE id = 2")
            .execute(&mut *tx_b)
            .await
            .expect("lock row 2");
        let waiting = sqlx::query("UPDATE t SET n = n + 1 WHERE id = 1").execute(&mut *tx_b);
        let closing = sqlx::query("UPDATE t SET n = n + 1 WHERE id = 2").execute(&mut *tx_a);
        let (b_result, a_result) = tokio::join!(waiting, closing);
        let deadlock = match (b_result, a_result) {
            (Err(err), _) | (_, Err(err)) => err,
            (Ok(_), Ok(_)) => panic!("no deadlock was provoked"),
        };
        assert_eq!(mysql_number(&deadlock), Some(1213), "{deadlock:?}");
        assert_eq!(
            Contention::of(&deadlock),
            Some(Contention::LostRace),
            "{deadlock:?}"
        );
        // Explicitly: a dropped transaction's rollback is only sent with the connection's next
        // statement, and b has none, so it would keep its locks.
        tx_b.rollback().await.expect("roll back b");
        tx_a.rollback().await.expect("roll back a");

        let duplicate = sqlx::query("INSERT INTO t VALUES (1, 0)")
            .execute(&mut a)
            .await
            .expect_err("id 1 exists");
        assert!(!is_contention(&duplicate), "{duplicate:?}");
        db.drop_database().await.expect("drop the test database");
    }

    /// A row lock held throughout: the transaction waiting for it times out, is run once more,
    /// times out again and gives up, rather than waiting out every attempt of the policy.
    #[tokio::test]
    async fn a_transaction_locked_out_on_mysql_is_tried_twice_and_ends_busy() {
        let Some(db) = TestMySql::create(None).await.expect("test database") else {
            return;
        };
        let options = MySqlConnectOptions::from_str(&db.url()).expect("URL");
        let mut holder: MySqlConnection = options.connect().await.expect("connect");
        sqlx::raw_sql(
            "CREATE TABLE t (id INT PRIMARY KEY, n INT NOT NULL) ENGINE = InnoDB; \
             INSERT INTO t VALUES (1, 0); \
             START TRANSACTION; UPDATE t SET n = n + 1 WHERE id = 1;",
        )
        .execute(&mut holder)
        .await
        .expect("hold row 1");
        // 0 s so the test does not wait (MySQL raises it to its minimum of 1 s).
        let impatient = db.impatient_pool(1).await.expect("pool");

        let mut calls = 0;
        let result = retry_contended(RetryPolicy::TRANSACTION, is_contention, || {
            calls += 1;
            let pool = impatient.clone();
            async move {
                let mut tx = pool.begin().await?;
                sqlx::query("UPDATE t SET n = n + 1 WHERE id = 1")
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await
            }
        })
        .await;
        let err = result.expect_err("row 1 stays locked");
        assert_eq!(mysql_number(&err), Some(1205), "{err:?}");
        assert_eq!(calls, 1 + LOCK_WAIT_RETRIES);

        sqlx::raw_sql("ROLLBACK")
            .execute(&mut holder)
            .await
            .expect("release row 1");
        impatient.close().await;
        db.drop_database().await.expect("drop the test database");
    }
}

/// [`retry_contended`] for a use case's transaction: runs `attempt` until it succeeds, fails for
/// a reason other than [`app_kit::AppError::Busy`], or has been tried as often as
/// [`RetryPolicy::TRANSACTION`] and the kind of busy allow (a lost race up to eight times, a lock
/// wait timeout twice, no free connection once; the kind is read from the storage error kept as
/// the source of `Busy`). Every attempt must be a complete transaction, so re-running it is safe.
pub async fn retry_transaction<T, F, Fut>(attempt: F) -> Result<T, app_kit::AppError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, app_kit::AppError>>,
{
    retry_contended(
        RetryPolicy::TRANSACTION,
        |err| matches!(err, app_kit::AppError::Busy(_)),
        attempt,
    )
    .await
}

#[cfg(test)]
mod retry_transaction_tests {
    use app_kit::{AppError, ConflictKind};

    use super::*;

    fn busy() -> AppError {
        AppError::Busy(Box::new(std::io::Error::other("deadlock")))
    }

    #[tokio::test]
    async fn contention_is_retried_until_it_clears() {
        let mut calls = 0;
        let result = retry_transaction(|| {
            calls += 1;
            let outcome = if calls < 3 { Err(busy()) } else { Ok(calls) };
            async move { outcome }
        })
        .await;
        assert_eq!(result.ok(), Some(3));
    }

    #[tokio::test]
    async fn other_errors_are_not_retried_and_retries_are_bounded() {
        let mut calls = 0;
        let result: Result<(), _> = retry_transaction(|| {
            calls += 1;
            async { Err(AppError::conflict(ConflictKind::Duplicate, "dup")) }
        })
        .await;
        assert!(matches!(result, Err(AppError::Conflict { .. })));
        assert_eq!(calls, 1);

        let mut calls = 0;
        let result: Result<(), _> = retry_transaction(|| {
            calls += 1;
            async { Err(busy()) }
        })
        .await;
        assert!(matches!(result, Err(AppError::Busy(_))));
        assert_eq!(calls, RetryPolicy::TRANSACTION.attempts);
    }

    /// No connection came free within the pool's acquire timeout: that wait already ran its
    /// course, so the request ends busy (503) at once instead of queueing seven more times.
    #[tokio::test]
    async fn a_pool_with_no_free_connection_is_not_waited_for_again() {
        let mut calls = 0;
        let result: Result<(), _> = retry_transaction(|| {
            calls += 1;
            async { Err(AppError::Busy(Box::new(sqlx::Error::PoolTimedOut))) }
        })
        .await;
        assert!(matches!(result, Err(AppError::Busy(_))));
        assert_eq!(calls, 1);
    }
}
