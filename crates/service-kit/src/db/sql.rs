//! The storage kit: one way for a repository adapter to speak both SQLite and MySQL/MariaDB.
//!
//! Every query is written once, in the common subset (`?` placeholders, `LIMIT ? OFFSET ?`, no
//! `RETURNING`), and the few differences sit in [`Dialect`]. [`with_conn!`](crate::with_conn)
//! expands a query body once per driver, so the compiler checks it against both; row decoders
//! are generic over `sqlx::Row`. A use case owns its transaction through [`SqlStore`] (its
//! unit of work): `write()` begins one, `read()` begins one lazily, and dropping a [`SqlTx`]
//! rolls it back.
//!
//! Concurrency: a MySQL write transaction runs at READ COMMITTED (REPEATABLE READ's gap locks
//! made neighbouring writers deadlock) and takes row locks with [`Dialect::lock`]; a SQLite one
//! starts with `BEGIN IMMEDIATE`, taking the single write lock up front so it never fails
//! half-way on a lock upgrade. SQLite writers of one file also queue in the process first (a
//! write turn, FIFO) rather than in SQLite's busy handler, which sleeps in growing steps of up to
//! 100 ms between tries: under load a writer would otherwise wait far longer than the writers
//! ahead of it take.
//!
//! Durability on SQLite: a committed write survives power loss, as with `synchronous = FULL`,
//! but its fsync is shared. SQLite's FULL syncs the WAL inside every commit, while the writer
//! still holds the file's only write lock: at ~1–4 ms per fsync on this kind of disk that, not
//! the SQL, was what a service's writes cost (an order is five commits). The pool runs at
//! `synchronous = NORMAL` instead (same WAL, no sync per commit), and [`SqlTx::commit`] of a
//! write gives the write turn back and then waits for [`WalSync`], which syncs the WAL once for
//! every commit that arrived while the previous sync ran (group commit). A write is answered
//! only once durable. What differs from FULL: for the length of one sync a commit is visible to
//! other connections before it is on disk, so a read in that window may see a change that a power
//! cut would then undo (never a half-written one; a process crash loses nothing either way).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Instant;

use sqlx::error::ErrorKind;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::Database;
use super::contention::Contention;

/// Seconds a SQLite writer waited for its file's write turn (histogram): when it grows, writers
/// queue behind each other and the file's single writer is the service's limit.
pub const WRITE_TURN_WAIT: &str = "db_write_turn_wait_seconds";
/// Seconds a SQLite writer held its file's write turn (histogram): a write transaction from its
/// `BEGIN` to its end, every statement's round trip to the driver's thread included.
pub const WRITE_TURN_HELD: &str = "db_write_turn_held_seconds";
/// Seconds one shared fsync of a SQLite WAL took (histogram; see the module docs).
pub const WAL_SYNC: &str = "db_wal_sync_seconds";

/// The SQL differences between the two databases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    MySql,
}

impl Dialect {
    /// Appended to a `SELECT` whose rows must stay locked until commit. SQLite has no row
    /// locks: its write transaction already excludes every other writer.
    pub fn lock(self) -> &'static str {
        match self {
            Dialect::Sqlite => "",
            Dialect::MySql => " FOR UPDATE",
        }
    }

    /// The type a `CAST` to a 64-bit integer names (MySQL sums integers into DECIMAL).
    pub fn integer(self) -> &'static str {
        match self {
            Dialect::Sqlite => "INTEGER",
            Dialect::MySql => "SIGNED",
        }
    }

    /// How a write transaction begins (see the module docs).
    pub fn begin_write(self) -> &'static str {
        match self {
            Dialect::Sqlite => "BEGIN IMMEDIATE",
            Dialect::MySql => "SET TRANSACTION ISOLATION LEVEL READ COMMITTED; START TRANSACTION",
        }
    }
}

impl Database {
    pub fn sql_dialect(&self) -> Dialect {
        match self {
            Database::Sqlite(_) => Dialect::Sqlite,
            Database::MySql(_) => Dialect::MySql,
        }
    }
}

/// The unit of work over a pool: the use case begins a transaction, runs its repository calls
/// on it and commits.
#[derive(Debug, Clone)]
pub struct SqlStore {
    pool: Database,
    /// The write turn and WAL sync of a SQLite file, shared by every store of this process on
    /// that file.
    file: Option<Arc<FileWriters>>,
}

/// What the writers of one SQLite file in this process share.
#[derive(Debug)]
struct FileWriters {
    turn: Arc<Semaphore>,
    wal: WalSync,
}

/// The file a SQLite pool is on; `None` for an in-memory database.
pub fn sqlite_file(pool: &sqlx::SqlitePool) -> Option<PathBuf> {
    let file = pool.connect_options().get_filename().to_path_buf();
    let name = file.to_string_lossy();
    (!name.is_empty() && !name.contains(":memory:")).then_some(file)
}

/// One write turn and one WAL sync per SQLite file in this process. An in-memory database has a
/// single connection, whose pool already queues its users, and nothing to sync.
fn sqlite_file_writers(pool: &sqlx::SqlitePool) -> Option<Arc<FileWriters>> {
    static FILES: OnceLock<Mutex<HashMap<PathBuf, Arc<FileWriters>>>> = OnceLock::new();
    let file = sqlite_file(pool)?;
    let mut files = FILES
        .get_or_init(Mutex::default)
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let writers = files.entry(file.clone()).or_insert_with(|| {
        let mut wal = file.into_os_string();
        wal.push("-wal");
        Arc::new(FileWriters {
            turn: Arc::new(Semaphore::new(1)),
            wal: WalSync::new(PathBuf::from(wal)),
        })
    });
    Some(Arc::clone(writers))
}

/// Group commit for a SQLite WAL at `synchronous = NORMAL` (see the module docs): every commit
/// asks for a sync; one sync covers every commit counted before it began, so commits that
/// arrive while a sync runs share the next one.
#[derive(Debug)]
pub(crate) struct WalSync {
    wal: PathBuf,
    /// Commits that asked for a sync so far.
    asked: AtomicU64,
    /// How many of them a finished sync covers; held while a sync runs.
    synced: tokio::sync::Mutex<u64>,
    /// Syncs run so far.
    syncs: AtomicU64,
}

impl WalSync {
    pub(crate) fn new(wal: PathBuf) -> Self {
        Self {
            wal,
            asked: AtomicU64::new(0),
            synced: tokio::sync::Mutex::new(0),
            syncs: AtomicU64::new(0),
        }
    }

    /// How many syncs ran (fewer than the commits that asked, under concurrent writes).
    #[cfg(test)]
    pub(crate) fn syncs(&self) -> u64 {
        self.syncs.load(Ordering::Relaxed)
    }

    /// Returns once everything committed to the file before the call is on disk.
    ///
    /// # Errors
    /// The file system's error when the WAL cannot be synced.
    pub(crate) async fn sync(&self) -> std::io::Result<()> {
        // Counted after the commit returned: its frames are in the WAL already, so any sync
        // that starts from here on covers them.
        let mine = self.asked.fetch_add(1, Ordering::AcqRel) + 1;
        let mut synced = self.synced.lock().await;
        if *synced >= mine {
            return Ok(());
        }
        let covers = self.asked.load(Ordering::Acquire);
        let wal = self.wal.clone();
        let started = Instant::now();
        tokio::task::spawn_blocking(move || match std::fs::File::open(&wal) {
            Ok(file) => file.sync_data(),
            // No WAL: the last connection checkpointed it into the database file (synced by
            // SQLite itself) and removed it.
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(err) => Err(err),
        })
        .await
        .map_err(std::io::Error::other)??;
        metrics::histogram!(WAL_SYNC).record(started.elapsed());
        self.syncs.fetch_add(1, Ordering::Relaxed);
        *synced = covers;
        Ok(())
    }
}

impl SqlStore {
    pub fn new(pool: Database) -> Self {
        let file = match &pool {
            Database::Sqlite(sqlite) => sqlite_file_writers(sqlite),
            Database::MySql(_) => None,
        };
        Self { pool, file }
    }

    pub fn database(&self) -> &Database {
        &self.pool
    }

    /// A read: nothing begins yet. The first statement run through
    /// [`with_conn!`](crate::with_conn) begins a plain transaction (one snapshot for all the
    /// statements of the read); a read of one statement may use
    /// [`with_statement_conn!`](crate::with_statement_conn) and need none.
    pub fn read(&self) -> SqlTx {
        SqlTx {
            pool: self.pool.clone(),
            inner: None,
            write_turn: None,
            durable: None,
        }
    }

    /// A write transaction, begun now as [`Dialect::begin_write`] says.
    ///
    /// # Errors
    /// The database's error when it cannot begin (busy, unreachable).
    pub async fn write(&self) -> Result<SqlTx, sqlx::Error> {
        let write_turn = self.write_turn().await?;
        let dialect = self.pool.sql_dialect();
        let inner = match &self.pool {
            Database::Sqlite(pool) => {
                TxInner::Sqlite(pool.begin_with(dialect.begin_write()).await?)
            }
            Database::MySql(pool) => TxInner::MySql(pool.begin_with(dialect.begin_write()).await?),
        };
        Ok(SqlTx {
            pool: self.pool.clone(),
            inner: Some(inner),
            write_turn,
            durable: self.file.clone(),
        })
    }
}

impl SqlStore {
    /// A write that changes one row with one statement whose `WHERE` checks what was read
    /// (a version), after reads or none: on MySQL a transaction like [`Self::write`], whose
    /// reads lock with [`Dialect::lock`]; on SQLite the statements run in autocommit under the
    /// write turn (through [`with_statement_conn!`](crate::with_statement_conn)), which already
    /// keeps this process's other writers out between the read and the change, sparing the
    /// round trips of `BEGIN` and `COMMIT`. The one change is atomic by itself, and its check
    /// still refuses it if another process wrote meanwhile.
    ///
    /// # Errors
    /// As [`Self::write`].
    pub async fn write_one_change(&self) -> Result<SqlTx, sqlx::Error> {
        match &self.pool {
            // No transaction begins: `commit` has none to end, but still waits for durability.
            Database::Sqlite(_) => Ok(SqlTx {
                pool: self.pool.clone(),
                inner: None,
                write_turn: self.write_turn().await?,
                durable: self.file.clone(),
            }),
            Database::MySql(_) => self.write().await,
        }
    }

    /// The write turn of a SQLite file (`None` for MySQL and in-memory SQLite, which need
    /// none), for a writer that runs its statements on a connection of its own on the same file
    /// (so that it does not meet this process's other writers as `SQLITE_BUSY`). Held until
    /// dropped.
    ///
    /// # Errors
    /// `PoolTimedOut` (contention) when the turn does not come within the pool's acquire
    /// timeout.
    pub async fn write_turn(&self) -> Result<Option<WriteTurn>, sqlx::Error> {
        let Some(file) = &self.file else {
            return Ok(None);
        };
        // Waiting for the turn as long as for a pooled connection: past that, the store is busy
        // (`PoolTimedOut` is contention, answered 503 or retried by the caller).
        let asked = Instant::now();
        let permit = tokio::time::timeout(
            super::ACQUIRE_TIMEOUT,
            Arc::clone(&file.turn).acquire_owned(),
        )
        .await
        .map_err(|_| sqlx::Error::PoolTimedOut)?
        .map_err(|_| sqlx::Error::PoolClosed)?;
        let since = Instant::now();
        metrics::histogram!(WRITE_TURN_WAIT).record(since.duration_since(asked));
        Ok(Some(WriteTurn {
            _permit: permit,
            since,
        }))
    }
}

/// A SQLite file's write turn, given back (and its holding time recorded) when dropped.
#[derive(Debug)]
pub struct WriteTurn {
    _permit: OwnedSemaphorePermit,
    since: Instant,
}

impl Drop for WriteTurn {
    fn drop(&mut self) {
        metrics::histogram!(WRITE_TURN_HELD).record(self.since.elapsed());
    }
}

/// A transaction on either database; dropping it rolls back.
pub struct SqlTx {
    #[doc(hidden)]
    pub pool: Database,
    #[doc(hidden)]
    pub inner: Option<TxInner>,
    /// A SQLite write's turn, given back when the transaction ends.
    write_turn: Option<WriteTurn>,
    /// A SQLite write's file, whose WAL its commit waits to see synced.
    durable: Option<Arc<FileWriters>>,
}

/// The open transaction of one driver (used by the macros).
#[doc(hidden)]
pub enum TxInner {
    Sqlite(sqlx::Transaction<'static, sqlx::Sqlite>),
    MySql(sqlx::Transaction<'static, sqlx::MySql>),
}

impl SqlTx {
    pub fn dialect(&self) -> Dialect {
        self.pool.sql_dialect()
    }

    /// The open transaction, begun now if this read had not needed one yet.
    ///
    /// # Errors
    /// The database's error when it cannot begin.
    #[doc(hidden)]
    pub async fn begun(&mut self) -> Result<&mut TxInner, sqlx::Error> {
        let inner = match self.inner.take() {
            Some(inner) => inner,
            None => match &self.pool {
                Database::Sqlite(pool) => TxInner::Sqlite(pool.begin().await?),
                Database::MySql(pool) => TxInner::MySql(pool.begin().await?),
            },
        };
        Ok(self.inner.insert(inner))
    }

    /// Commit, and for a write on a SQLite file wait until it is durable; a read that never
    /// began has nothing to commit.
    ///
    /// # Errors
    /// The database's error when the commit fails (nothing of the transaction is kept).
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        match self.inner {
            // A read that never began, or a SQLite write of one change (already committed).
            None => {}
            Some(TxInner::Sqlite(tx)) => tx.commit().await?,
            Some(TxInner::MySql(tx)) => tx.commit().await?,
        }
        // The next writer may begin while this one waits for the disk (see the module docs).
        drop(self.write_turn);
        if let Some(file) = self.durable {
            file.wal.sync().await.map_err(sqlx::Error::Io)?;
        }
        Ok(())
    }
}

/// `with_conn!(tx, conn => body)`: run `body` with `conn` bound to the transaction's connection
/// (a lazy read's transaction begun first), expanded once per driver. `$err` maps the
/// `sqlx::Error` of beginning into the caller's error type.
#[macro_export]
macro_rules! with_conn {
    ($tx:expr, $err:expr, $conn:ident => $body:expr) => {
        match $tx.begun().await.map_err($err)? {
            $crate::db::sql::TxInner::Sqlite(tx) => {
                let $conn: &mut ::sqlx::SqliteConnection = &mut *tx;
                $body
            }
            $crate::db::sql::TxInner::MySql(tx) => {
                let $conn: &mut ::sqlx::MySqlConnection = &mut *tx;
                $body
            }
        }
    };
}

/// `with_statement_conn!(tx, err, conn => body)`: one statement, on the transaction when one is
/// open, otherwise on a pooled connection in autocommit. One statement sees one consistent
/// snapshot by itself, so a read that needs nothing more spares the round trips of `BEGIN` and
/// `ROLLBACK`.
#[macro_export]
macro_rules! with_statement_conn {
    ($tx:expr, $err:expr, $conn:ident => $body:expr) => {
        match (&mut $tx.inner, &$tx.pool) {
            (Some($crate::db::sql::TxInner::Sqlite(tx)), _) => {
                let $conn: &mut ::sqlx::SqliteConnection = &mut *tx;
                $body
            }
            (Some($crate::db::sql::TxInner::MySql(tx)), _) => {
                let $conn: &mut ::sqlx::MySqlConnection = &mut *tx;
                $body
            }
            (None, $crate::db::Database::Sqlite(pool)) => {
                let mut pooled = pool.acquire().await.map_err($err)?;
                let $conn: &mut ::sqlx::SqliteConnection = &mut *pooled;
                $body
            }
            (None, $crate::db::Database::MySql(pool)) => {
                let mut pooled = pool.acquire().await.map_err($err)?;
                let $conn: &mut ::sqlx::MySqlConnection = &mut *pooled;
                $body
            }
        }
    };
}

/// The id of the row an `INSERT` just created (MySQL has no `RETURNING`).
pub trait InsertedId {
    fn inserted_id(&self) -> i64;
}

impl InsertedId for sqlx::sqlite::SqliteQueryResult {
    fn inserted_id(&self) -> i64 {
        self.last_insert_rowid()
    }
}

impl InsertedId for sqlx::mysql::MySqlQueryResult {
    fn inserted_id(&self) -> i64 {
        // AUTO_INCREMENT over a BIGINT column never passes i64::MAX.
        i64::try_from(self.last_insert_id()).unwrap_or(i64::MAX)
    }
}

/// `?, ?, ?` for `n` values.
pub fn placeholders(n: usize) -> String {
    vec!["?"; n].join(", ")
}

/// The time a change is stamped with, cut to microseconds (MySQL's DATETIME(6)), so a value
/// the service returns right after a write equals what a later read returns.
pub fn now() -> chrono::DateTime<chrono::Utc> {
    use chrono::SubsecRound;
    chrono::Utc::now().trunc_subsecs(6)
}

/// The column a [`page_sql`] statement adds: how many rows match in all.
pub const TOTAL_COLUMN: &str = "total_count";

/// One page and the number of rows matching in all, in a single statement:
/// `SELECT {columns}, COUNT(*) OVER () AS total_count FROM {from} ORDER BY {order_by}
/// LIMIT ? OFFSET ?` (bind the filter's values, then limit and offset). The window count is
/// computed before `LIMIT`, so every row carries the full total. An empty page carries none:
/// see [`page_total`].
pub fn page_sql(columns: &str, from: &str, order_by: &str) -> String {
    format!(
        "SELECT {columns}, COUNT(*) OVER () AS {TOTAL_COLUMN} FROM {from} ORDER BY {order_by} LIMIT ? OFFSET ?"
    )
}

/// The total of a page read with [`page_sql`]: its first row's count. An empty first page means
/// no row matches; an empty later page (an offset past the end) tells nothing, and `None` asks
/// the caller to count separately — the one case that costs a second statement.
pub fn page_total(first_row_total: Option<i64>, offset: u64) -> Option<u64> {
    match first_row_total {
        Some(total) => Some(u64::try_from(total).unwrap_or(0)),
        None if offset == 0 => Some(0),
        None => None,
    }
}

/// What a failed write tells the repository, without any SQL detail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteFailure {
    /// A unique key is taken.
    Duplicate,
    /// A foreign key refused: the row refers to one that does not exist, or other rows still
    /// refer to the one being deleted.
    ForeignKey,
    /// A CHECK constraint refused the values.
    Check,
    /// The database was busy (see [`Contention`]); the whole transaction may be run again.
    Busy(Contention),
}

impl WriteFailure {
    /// The classification of `err`, or `None` for a fault that is nobody's doing but ours.
    /// sqlx's `kind()` reads every database's own numbers (MariaDB's CHECK failure 4025
    /// included), so no list of codes is kept here.
    pub fn of(err: &sqlx::Error) -> Option<Self> {
        if let Some(contention) = Contention::of(err) {
            return Some(Self::Busy(contention));
        }
        match err.as_database_error()?.kind() {
            ErrorKind::UniqueViolation => Some(Self::Duplicate),
            ErrorKind::ForeignKeyViolation => Some(Self::ForeignKey),
            ErrorKind::CheckViolation => Some(Self::Check),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_statement_counts_before_its_limit() {
        let sql = page_sql("id, name", "warehouse WHERE name LIKE ?", "id DESC");
        assert_eq!(
            sql,
            "SELECT id, name, COUNT(*) OVER () AS total_count FROM warehouse WHERE name LIKE ? \
             ORDER BY id DESC LIMIT ? OFFSET ?"
        );
    }

    #[test]
    fn only_an_empty_page_past_the_start_needs_a_count() {
        assert_eq!(page_total(Some(42), 40), Some(42));
        assert_eq!(page_total(None, 0), Some(0));
        assert_eq!(page_total(None, 10), None);
    }

    /// Two stores on one SQLite file (payment has two: its own and its gateway's) share one
    /// write turn: a writer waits for the one ahead of it in the process, is served in arrival
    /// order, and one that waits past the acquire timeout is told the store is busy.
    #[tokio::test]
    async fn stores_on_one_sqlite_file_take_write_turns_in_arrival_order() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let url = format!("sqlite://{}/turns.db?mode=rwc", dir.path().display());
        let database = Database::connect(&crate::config::Secret::new(url))
            .await
            .expect("open SQLite");
        let (first, second) = (SqlStore::new(database.clone()), SqlStore::new(database));
        let Database::Sqlite(pool) = first.database() else {
            unreachable!("opened SQLite")
        };
        sqlx::query("CREATE TABLE log (n INTEGER)")
            .execute(pool)
            .await
            .expect("create the table");

        let held = first.write().await.expect("the first turn");
        let mut waiting = Vec::new();
        for n in 1..=3 {
            let store = second.clone();
            waiting.push(tokio::spawn(async move {
                let mut tx = store.write().await?;
                crate::with_conn!(tx, |e| e, conn => {
                    sqlx::query("INSERT INTO log (n) VALUES (?)")
                        .bind(n)
                        .execute(&mut *conn)
                        .await
                        .map(|_| ())
                })?;
                tx.commit().await
            }));
            // Each writer is queued before the next one arrives.
            tokio::task::yield_now().await;
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        held.commit().await.expect("commit the first");
        for writer in waiting {
            writer
                .await
                .expect("the writer finished")
                .expect("the writer wrote");
        }
        let order: Vec<i64> = sqlx::query_scalar("SELECT n FROM log ORDER BY rowid")
            .fetch_all(pool)
            .await
            .expect("read the log");
        assert_eq!(order, [1, 2, 3]);

        // A writer that waits out the acquire timeout is busy, not stuck. The clock is paused
        // only once the turn is held: while SQLite's worker thread opens the transaction the
        // runtime looks idle, and a paused clock would jump past the acquire timeout.
        let held = first.write().await.expect("the turn");
        tokio::time::pause();
        let refused = second
            .write()
            .await
            .err()
            .expect("no turn while it is held");
        assert_eq!(
            WriteFailure::of(&refused),
            Some(WriteFailure::Busy(Contention::PoolExhausted))
        );
        held.commit().await.expect("commit");
    }

    /// Commits that ask for a sync while one runs share the next one; a commit counted before
    /// a sync began needs nothing more.
    #[tokio::test]
    async fn commits_waiting_for_the_disk_share_one_sync() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let wal = dir.path().join("shared.db-wal");
        std::fs::write(&wal, b"frames").expect("a WAL file");
        let sync = Arc::new(WalSync::new(wal));
        sync.sync().await.expect("a lone commit syncs");
        assert_eq!(sync.syncs(), 1);

        // A sync is running (its lock is held) while three commits ask for theirs.
        let running = sync.synced.lock().await;
        let waiting: Vec<_> = (0..3)
            .map(|_| {
                let sync = Arc::clone(&sync);
                tokio::spawn(async move { sync.sync().await })
            })
            .collect();
        while sync.asked.load(Ordering::Acquire) < 4 {
            tokio::task::yield_now().await;
        }
        drop(running);
        for commit in waiting {
            commit.await.expect("the commit ran").expect("synced");
        }
        assert_eq!(sync.syncs(), 2, "the three commits shared one sync");

        // No WAL (checkpointed and removed by the last connection): nothing to sync.
        let gone = WalSync::new(dir.path().join("gone.db-wal"));
        gone.sync().await.expect("a missing WAL is not an error");
    }

    async fn in_transaction(tx: &mut SqlTx, sql: &str) -> Result<(), sqlx::Error> {
        crate::with_conn!(tx, |e| e, conn => {
            sqlx::query(sql).execute(&mut *conn).await.map(drop)
        })
    }

    async fn in_autocommit(tx: &mut SqlTx, sql: &str) -> Result<(), sqlx::Error> {
        crate::with_statement_conn!(tx, |e| e, conn => {
            sqlx::query(sql).execute(&mut *conn).await.map(drop)
        })
    }

    /// A write on a SQLite file is answered once its WAL was synced, and the pool does not
    /// sync inside commits (that is the shared sync's job).
    #[tokio::test]
    async fn a_sqlite_write_waits_for_its_wal_sync() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let url = format!("sqlite://{}/durable.db?mode=rwc", dir.path().display());
        let database = Database::connect(&crate::config::Secret::new(url))
            .await
            .expect("open SQLite");
        let store = SqlStore::new(database);
        let Database::Sqlite(pool) = store.database() else {
            unreachable!("opened SQLite")
        };
        let synchronous: i64 = sqlx::query_scalar("PRAGMA synchronous")
            .fetch_one(pool)
            .await
            .expect("read the pragma");
        assert_eq!(synchronous, 1, "NORMAL");
        let file = store.file.clone().expect("a file's writers");
        let before = file.wal.syncs();
        let mut tx = store.write().await.expect("a write");
        in_transaction(&mut tx, "CREATE TABLE t (n INTEGER)")
            .await
            .expect("write");
        tx.commit().await.expect("commit");
        assert_eq!(file.wal.syncs(), before + 1);
        // A read commits nothing and syncs nothing.
        store.read().commit().await.expect("an empty read");
        assert_eq!(file.wal.syncs(), before + 1);
        // A write of one change runs in autocommit and is synced like a transaction.
        let mut one = store.write_one_change().await.expect("a one-change write");
        in_autocommit(&mut one, "INSERT INTO t (n) VALUES (1)")
            .await
            .expect("insert");
        one.commit().await.expect("commit");
        assert_eq!(file.wal.syncs(), before + 2);
        let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM t")
            .fetch_one(pool)
            .await
            .expect("count");
        assert_eq!(rows, 1);
    }

    #[test]
    fn a_pool_timeout_is_busy_and_not_a_fault() {
        assert_eq!(
            WriteFailure::of(&sqlx::Error::PoolTimedOut),
            Some(WriteFailure::Busy(Contention::PoolExhausted))
        );
        assert_eq!(WriteFailure::of(&sqlx::Error::RowNotFound), None);
    }
}
