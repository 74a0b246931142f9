//! SQLite's writer: one connection on a thread of its own, which runs a whole group commit (or
//! a poll's batch of claims) per hand-off.
//!
//! sqlx's SQLite driver runs every statement on its connection's thread and answers over a
//! channel: a group of N state changes (three statements each) cost 3N + 2 round trips between
//! threads, each a pair of context switches, while the write gate was held. Here the async side
//! hands the thread one job — the group's statements, `BEGIN` and `COMMIT` included — and awaits
//! one answer. Statements are prepared once and cached on the connection.
//!
//! It is the same file, in WAL mode with the same settings, as the sqlx pool that does the
//! other reads and the rare other writes; all writes still take turns behind the store's write
//! gate.
//!
//! WAL checkpoints (copying committed pages from the WAL into the database file) are the
//! writer's: once the WAL passes [`WAL_FRAMES_BEFORE_CHECKPOINT`] frames, the commit that
//! crossed it checkpoints on this thread (SQLite's autocheckpoint), when no frame can be appended
//! meanwhile, so the next transaction starts the WAL over from its beginning. A checkpointer
//! thread beside the writer was tried: SQLite only starts the WAL over when a write transaction
//! begins with every frame copied, which under steady load never held, and the WAL grew without
//! bound (1.6 GB after 6,000 workflows, each frame a new block the file system had to allocate
//! and zero). Throughput was the same either way once the WAL stayed small. What a commit
//! guarantees is unchanged (it is in the WAL either way).

use std::sync::mpsc;

use rusqlite::types::{ToSqlOutput, Value};
use rusqlite::{Connection, ErrorCode, OpenFlags, ToSql};
use tokio::sync::oneshot;

use super::{Bind, QUEUED, QueuedRow, Write};
use crate::application::port::repo::RepoError;
use crate::domain::execution::Millis;

/// How long the writer waits for a lock held by another connection (the pool's, or another
/// process's) before answering busy, as the pool's connections do.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("cannot open the SQLite writer's connection")]
    Connect(#[from] rusqlite::Error),
    #[error("cannot start the SQLite writer's thread")]
    Thread(#[source] std::io::Error),
}

/// The WAL size (in 4 KiB frames) past which the writer checkpoints after a commit (SQLite's
/// own default).
const WAL_FRAMES_BEFORE_CHECKPOINT: u32 = 1000;

/// A WAL file left larger than this by a burst is truncated back to it when it starts over.
const WAL_SIZE_LIMIT_BYTES: i64 = 64 * 1024 * 1024;

type Job = Box<dyn FnOnce(&mut Connection) + Send>;

/// The writer thread's mailbox. The thread ends, closing its connection, once this is dropped
/// and the jobs already sent have run.
pub(super) struct SqliteWriter {
    jobs: mpsc::Sender<Job>,
}

impl SqliteWriter {
    /// Open a connection on the database file at `path` and start its thread.
    ///
    /// # Errors
    /// The file cannot be opened or set up.
    pub(super) fn open(path: &std::path::Path) -> Result<Self, OpenError> {
        let mut conn = connect(path)?;
        conn.pragma_update(None, "wal_autocheckpoint", WAL_FRAMES_BEFORE_CHECKPOINT)?;
        conn.pragma_update(None, "journal_size_limit", WAL_SIZE_LIMIT_BYTES)?;
        conn.set_prepared_statement_cache_capacity(64);
        let (jobs, inbox) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("orchestrator-sqlite-writer".to_owned())
            .spawn(move || {
                for job in inbox {
                    job(&mut conn);
                }
            })
            .map_err(OpenError::Thread)?;
        Ok(Self { jobs })
    }

    /// Run `job` on the writer's connection. Once sent, the job runs to its end even if the
    /// caller goes away (whatever it holds, such as the write gate's guard, is released then).
    pub(super) fn send(&self, job: impl FnOnce(&mut Connection) + Send + 'static) -> bool {
        self.jobs.send(Box::new(job)).is_ok()
    }

    /// Run `job` on the writer's connection and await its answer.
    pub(super) async fn run<R: Send + 'static>(
        &self,
        job: impl FnOnce(&mut Connection) -> R + Send + 'static,
    ) -> Result<R, RepoError> {
        let (done, answer) = oneshot::channel();
        if !self.send(move |conn| {
            let _ = done.send(job(conn));
        }) {
            return Err(stopped());
        }
        answer.await.map_err(|_| stopped())
    }
}

/// A connection with the pool's settings (see `SqlStore::connect`): WAL, `synchronous = NORMAL`,
/// the same busy timeout.
fn connect(path: &std::path::Path) -> Result<Connection, rusqlite::Error> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    Ok(conn)
}

fn stopped() -> RepoError {
    RepoError::Unexpected("the SQLite writer thread has stopped".into())
}

impl ToSql for Bind {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Bind::Text(v) => ToSqlOutput::from(v.as_str()),
            Bind::OptText(Some(v)) => ToSqlOutput::from(v.as_str()),
            Bind::Int(v) | Bind::OptInt(Some(v)) => ToSqlOutput::from(*v),
            Bind::OptText(None) | Bind::OptInt(None) => ToSqlOutput::Owned(Value::Null),
        })
    }
}

/// Run one statement; `Ok(false)` when it is revision-checked and changed no row.
pub(super) fn execute(conn: &Connection, write: &Write) -> Result<bool, RepoError> {
    let mut statement = conn.prepare_cached(write.sql).map_err(error)?;
    let changed = statement
        .execute(rusqlite::params_from_iter(&write.binds))
        .map_err(error)?;
    Ok(!write.exactly_one || changed == 1)
}

/// Run `writes` in one transaction: [`RepoError::Conflict`] (and nothing written) when a
/// revision-checked statement changed no row.
pub(super) fn transaction<'a>(
    conn: &mut Connection,
    writes: impl IntoIterator<Item = &'a Write>,
) -> Result<(), RepoError> {
    let tx = conn.transaction().map_err(error)?;
    for write in writes {
        if !execute(&tx, write)? {
            return Err(RepoError::Conflict); // dropping `tx` rolls it back
        }
    }
    tx.commit().map_err(error)
}

/// The rows of [`QUEUED`], read on the writer's connection.
pub(super) fn queued(
    conn: &Connection,
    queue: &str,
    now: Millis,
    limit: i64,
) -> Result<Vec<QueuedRow>, RepoError> {
    let mut statement = conn.prepare_cached(QUEUED).map_err(error)?;
    let rows = statement
        .query_map(rusqlite::params![queue, now, limit], |row| {
            Ok(QueuedRow {
                task_id: row.get("task_id")?,
                workflow_id: row.get("workflow_id")?,
                revision: row.get("revision")?,
                queued: row.get::<_, i64>("queued")? != 0,
                visible_at: row.get("visible_at")?,
                doc: row.get("doc")?,
            })
        })
        .map_err(error)?;
    rows.collect::<Result<_, _>>().map_err(error)
}

/// The store's error for a failed statement, classified as the sqlx path classifies it.
pub(super) fn error(err: rusqlite::Error) -> RepoError {
    if let rusqlite::Error::SqliteFailure(failure, _) = &err {
        match failure.code {
            ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => {
                return RepoError::Busy(Box::new(err));
            }
            ErrorCode::ConstraintViolation
                if matches!(
                    failure.extended_code,
                    rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                        | rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY
                ) =>
            {
                return RepoError::Duplicate;
            }
            _ => {}
        }
    }
    RepoError::Unexpected(Box::new(err))
}
