//! Transactions that lose a race for locks: recognising the database's answer, and running the
//! losing transaction again.
//!
//! A deadlock victim, a lock wait that ran out or a busy SQLite file is not a fault of the
//! request nor of the service: the same transaction, run again a moment later, normally goes
//! through. Services classify with [`is_contention`] in their storage adapter (so no SQL detail
//! leaks past it), run whole transactions through [`retry_contended`], and answer 503 /
//! `UNAVAILABLE` when the database stays busy, never 500.

use std::future::Future;
use std::time::Duration;

use sqlx::mysql::MySqlDatabaseError;
use sqlx::sqlite::SqliteError;

/// MySQL/MariaDB error numbers: `ER_LOCK_WAIT_TIMEOUT`, `ER_LOCK_DEADLOCK`. sqlx's
/// `DatabaseError::code()` is the SQLSTATE, which for a lock wait timeout is the catch-all
/// `HY000`, so the number is what identifies it.
const MYSQL_LOCK_ERRORS: [u16; 2] = [1205, 1213];

/// SQLSTATE "serialization failure": how MySQL reports a deadlock victim, and the standard's
/// name for a transaction that must be run again.
const SERIALIZATION_FAILURE: &str = "40001";

/// SQLite primary result codes `SQLITE_BUSY` and `SQLITE_LOCKED`. sqlx reports extended codes
/// (`SQLITE_BUSY_SNAPSHOT` = 517, `SQLITE_BUSY_TIMEOUT` = 773, `SQLITE_LOCKED_SHAREDCACHE` = 262,
/// …), whose low byte is the primary code, so every variant of the two is covered.
const SQLITE_BUSY: i32 = 5;
const SQLITE_LOCKED: i32 = 6;

/// Whether `err` means the statement lost a race for the database rather than failed: a
/// deadlock victim, a lock wait timeout, a serialization failure, a busy or locked SQLite
/// database, or no pooled connection free within the acquire timeout. Running the whole
/// transaction again is safe and normally succeeds.
pub fn is_contention(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::PoolTimedOut => true,
        sqlx::Error::Database(db) => {
            if let Some(mysql) = db.try_downcast_ref::<MySqlDatabaseError>() {
                MYSQL_LOCK_ERRORS.contains(&mysql.number())
                    || mysql.code() == Some(SERIALIZATION_FAILURE)
            } else if db.try_downcast_ref::<SqliteError>().is_some() {
                db.code()
                    .and_then(|code| code.parse::<i32>().ok())
                    .is_some_and(|code| matches!(code & 0xff, SQLITE_BUSY | SQLITE_LOCKED))
            } else {
                db.code().as_deref() == Some(SERIALIZATION_FAILURE)
            }
        }
        _ => false,
    }
}

/// How often, and how patiently, a contended transaction is run again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Tries in all, the first included; at least one is always made.
    pub attempts: u32,
    /// The pause after the n-th failed try is `n × step` plus the jitter.
    pub step: Duration,
    /// Up to this much is added to each pause, so transactions that collided do not collide
    /// again in lockstep.
    pub max_jitter: Duration,
}

impl RetryPolicy {
    /// Eight tries, pausing 5 ms, 10 ms, … 35 ms plus up to 9 ms of jitter between them: about
    /// 0.2 s of waiting in all, long enough for a deadlock partner to commit, short next to a
    /// request's timeout.
    pub const TRANSACTION: Self = Self {
        attempts: 8,
        step: Duration::from_millis(5),
        max_jitter: Duration::from_millis(10),
    };

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
/// been tried `policy.attempts` times; the last error is returned as it is.
///
/// Every attempt must be a complete transaction (begin to commit), so that running it again is
/// safe: a transaction that lost the race was rolled back whole.
pub async fn retry_contended<T, E, F, Fut>(
    policy: RetryPolicy,
    is_contended: impl Fn(&E) -> bool,
    mut attempt: F,
) -> Result<T, E>
where
    E: std::fmt::Debug,
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, E>>,
{
    let mut tries = 1;
    loop {
        match attempt().await {
            Err(err) if tries < policy.attempts && is_contended(&err) => {
                tracing::debug!(tries, error = ?err, "transaction lost a race for locks; retrying");
                tokio::time::sleep(policy.pause(tries)).await;
                tries += 1;
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

    #[derive(Debug, PartialEq)]
    enum Failure {
        Busy,
        Broken,
    }

    fn busy(err: &Failure) -> bool {
        *err == Failure::Busy
    }

    /// No pauses, so the tests do not wait on the clock.
    const QUICK: RetryPolicy = RetryPolicy {
        attempts: 4,
        step: Duration::ZERO,
        max_jitter: Duration::ZERO,
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
        assert!(is_contention(&sqlx::Error::PoolTimedOut));
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
        assert!(is_contention(&busy), "{busy:?}");
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
        let number = timeout
            .as_database_error()
            .and_then(|e| e.try_downcast_ref::<MySqlDatabaseError>())
            .map(MySqlDatabaseError::number);
        assert_eq!(number, Some(1205), "{timeout:?}");
        assert!(is_contention(&timeout), "{timeout:?}");

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
        let number = deadlock
            .as_database_error()
            .and_then(|e| e.try_downcast_ref::<MySqlDatabaseError>())
            .map(MySqlDatabaseError::number);
        assert_eq!(number, Some(1213), "{deadlock:?}");
        assert!(is_contention(&deadlock), "{deadlock:?}");
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
}
