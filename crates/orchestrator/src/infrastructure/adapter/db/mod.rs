//! The SQL store: SQLite (default) or MySQL/MariaDB through one set of portable statements
//! (sqlx's `Any` driver; `?` placeholders, no dialect-specific SQL).
//!
//! SQLite allows one writer at a time; writes here queue on an in-process gate instead of
//! meeting `SQLITE_BUSY` inside the database, and reads run beside them (WAL mode). State
//! changes that queue meanwhile are written together, in one transaction (group commit), and
//! each is acknowledged only after that transaction commits.
//!
//! Running executions are also kept in memory as last committed, and definitions for a second,
//! so the hot path (poll, claim, answer, next task) reads nothing it has just written; the
//! database remains the durable log and the only truth (see [`SqlStore`]).
//!
//! Its spans are at DEBUG: the request's and the use case's spans carry the trace, and one span
//! per store call at INFO was a few percent of the hot path's CPU.

mod sqlite_writer;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use async_trait::async_trait;
use serde::de::DeserializeOwned;
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{Any, AnyPool, Executor, Row, Transaction};
use tokio::sync::{Mutex, MutexGuard, oneshot};
use tracing::instrument;

use crate::application::port::repo::{Changes, ExecutionStore, Loaded, QueuedTask, RepoError};
use crate::domain::decider::Execution;
use crate::domain::definition::{TaskDef, WorkflowDef};
use crate::domain::execution::{Millis, Task, TaskExecLog, Workflow, WorkflowStatus};

pub static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");
pub static MYSQL_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/mysql");

/// Both migration sets, for `service_kit::Database::migrate`.
pub fn migrations() -> service_kit::Migrations {
    service_kit::Migrations {
        sqlite: &SQLITE_MIGRATIONS,
        mysql: &MYSQL_MIGRATIONS,
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreOpenError {
    #[error("cannot connect to the orchestrator's database")]
    Connect(#[source] sqlx::Error),
    #[error(transparent)]
    Writer(#[from] sqlite_writer::OpenError),
}

/// The file of a `sqlite:` URL; `None` for an in-memory database (whose connections can only
/// share it through sqlx's pool).
fn sqlite_file(url: &str) -> Option<std::path::PathBuf> {
    use std::str::FromStr as _;
    if url.contains(":memory:") || url.contains("mode=memory") {
        return None;
    }
    let options = sqlx::sqlite::SqliteConnectOptions::from_str(url).ok()?;
    Some(options.get_filename().to_path_buf())
}

pub struct SqlStore {
    pool: AnyPool,
    /// SQLite only: one writer at a time.
    write_gate: Option<Arc<Mutex<()>>>,
    /// SQLite only: state changes waiting for the next group commit.
    pending: std::sync::Mutex<Vec<Pending>>,
    /// SQLite on a file: the connection that runs group commits and claims, each in one
    /// hand-off to its thread (see [`sqlite_writer`]).
    writer: Option<sqlite_writer::SqliteWriter>,
    /// Running executions as this process last committed (or claimed a task of) them, so a
    /// state change does not read back and parse what was just written. The database stays the
    /// only truth: every write still checks each row's revision, so a stale entry (another
    /// process wrote meanwhile, or a claim landed between a commit and its remembering, which
    /// leaves the claimed task shown queued) costs a conflict and a fresh read, never a lost
    /// update. Timeout sweeps, which may write nothing, read the database instead.
    executions: std::sync::Mutex<HashMap<String, Loaded>>,
    /// Definitions read recently. Emptied by every metadata write of this process; an entry
    /// lives [`DEFINITION_TTL`] at most, so another process's change is seen after that (as
    /// Conductor refreshes its own metadata cache).
    definitions: std::sync::Mutex<Definitions>,
}

/// Empties the definitions read again when a metadata write ends, however it ends: a read that
/// raced with the write may have brought back the old one.
struct DefinitionsWritten<'a>(&'a SqlStore);

impl Drop for DefinitionsWritten<'_> {
    fn drop(&mut self) {
        self.0.definitions_changed();
    }
}

/// How many running executions are kept in memory at most; beyond, they are read as before.
const MAX_CACHED_EXECUTIONS: usize = 8192;
/// How long a definition read is reused.
const DEFINITION_TTL: std::time::Duration = std::time::Duration::from_secs(1);

#[derive(Default)]
struct Definitions {
    tasks: HashMap<String, (std::time::Instant, Option<TaskDef>)>,
    workflows: HashMap<(String, Option<u32>), (std::time::Instant, Option<WorkflowDef>)>,
}

fn fresh<T: Clone>(entry: Option<&(std::time::Instant, T)>) -> Option<T> {
    entry
        .filter(|(at, _)| at.elapsed() < DEFINITION_TTL)
        .map(|(_, value)| value.clone())
}

/// The execution as it is stored once `loaded`'s changes are committed.
fn committed(loaded: &Loaded) -> Loaded {
    let mut task_revisions = loaded.task_revisions.clone();
    for task_id in loaded.execution.removed_tasks() {
        task_revisions.remove(task_id);
    }
    for task in loaded.execution.changed_tasks() {
        *task_revisions.entry(task.task_id.clone()).or_insert(0) += 1;
    }
    Loaded {
        execution: Execution::new(
            loaded.execution.workflow.clone(),
            loaded.execution.tasks.clone(),
        ),
        revision: loaded.revision + 1,
        task_revisions,
    }
}

impl SqlStore {
    /// Open a pool on `url` (`sqlite:…` or `mysql://…`/`mariadb://…`); the schema must exist
    /// (see [`migrations`]).
    ///
    /// # Errors
    /// The database cannot be reached.
    pub async fn connect(url: &str) -> Result<Self, StoreOpenError> {
        sqlx::any::install_default_drivers();
        let url = match url.strip_prefix("mariadb://") {
            Some(rest) => format!("mysql://{rest}"),
            None => url.to_owned(),
        };
        let sqlite = url.starts_with("sqlite:");
        let options = AnyPoolOptions::new()
            .max_connections(if sqlite { 4 } else { 10 })
            .acquire_timeout(std::time::Duration::from_secs(5));
        let options = if sqlite {
            options.after_connect(|conn, _| {
                Box::pin(async move {
                    // WAL lets reads run beside the writer. synchronous = NORMAL: a commit
                    // appends to the WAL without an fsync (the WAL is synced at checkpoints).
                    // A committed, acknowledged transaction is in the OS's page cache before
                    // the answer is sent, so it survives the process being killed (kill -9,
                    // a panic, an OOM kill): the guarantee the issue asks for and the crash
                    // tests check. It does not survive the machine losing power or the kernel
                    // crashing before the next checkpoint — the last transactions may roll
                    // back then (the database stays consistent). Durability against power loss
                    // would need synchronous = FULL, an fsync per commit (group commit then
                    // shares one fsync among the changes written together).
                    conn.execute("PRAGMA journal_mode = WAL").await?;
                    conn.execute("PRAGMA synchronous = NORMAL").await?;
                    conn.execute("PRAGMA busy_timeout = 5000").await?;
                    // The pooled connections serve the API's reads (a workflow, a correlation
                    // look-up, the executions page); the hot path reads on the writer's own
                    // connection. SQLite's default page cache, 2 MB per connection, filled on
                    // all four was 8 MB of the process's RSS in `bench/saga.sh`; a missed page
                    // is read from the OS's cache instead.
                    conn.execute("PRAGMA cache_size = -512").await?;
                    Ok(())
                })
            })
        } else {
            options.after_connect(|conn, _| {
                Box::pin(async move {
                    conn.execute("SET SESSION innodb_lock_wait_timeout = 5")
                        .await
                        .map(drop)
                })
            })
        };
        let pool = options
            .connect(&url)
            .await
            .map_err(StoreOpenError::Connect)?;
        // After the pool: its first connection has created the file and put it in WAL mode.
        let writer = match sqlite.then(|| sqlite_file(&url)).flatten() {
            Some(path) => Some(sqlite_writer::SqliteWriter::open(&path)?),
            None => None,
        };
        Ok(Self {
            pool,
            write_gate: sqlite.then(|| Arc::new(Mutex::new(()))),
            pending: std::sync::Mutex::new(Vec::new()),
            writer,
            executions: std::sync::Mutex::new(HashMap::new()),
            definitions: std::sync::Mutex::new(Definitions::default()),
        })
    }

    fn executions(&self) -> std::sync::MutexGuard<'_, HashMap<String, Loaded>> {
        self.executions
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn definitions(&self) -> std::sync::MutexGuard<'_, Definitions> {
        self.definitions
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Called before every metadata write (and so also when it fails half-way).
    fn definitions_changed(&self) {
        *self.definitions() = Definitions::default();
    }

    fn remember(&self, loaded: Loaded) {
        let id = loaded.execution.workflow.workflow_id.clone();
        let mut executions = self.executions();
        // A later commit of the same workflow may have been remembered first.
        if executions
            .get(&id)
            .is_some_and(|held| held.revision >= loaded.revision)
        {
            return;
        }
        if loaded.execution.workflow.status.is_terminal() {
            executions.remove(&id);
        } else if executions.len() < MAX_CACHED_EXECUTIONS || executions.contains_key(&id) {
            executions.insert(id, loaded);
        }
    }

    async fn gate(&self) -> Option<MutexGuard<'_, ()>> {
        match &self.write_gate {
            Some(gate) => Some(gate.lock().await),
            None => None,
        }
    }

    /// The task as held in memory, if what is held is the row's `revision`.
    fn held_task(&self, workflow_id: &str, task_id: &str, revision: i64) -> Option<Task> {
        let executions = self.executions();
        let loaded = executions.get(workflow_id)?;
        if loaded.task_revisions.get(task_id) != Some(&revision) {
            return None;
        }
        let index = loaded.execution.task_index(task_id)?;
        Some(loaded.execution.tasks[index].clone())
    }

    /// Keep a held execution in step with a task claim just stored; drop it if it was not.
    fn claimed(&self, claim: &QueuedTask) {
        let mut executions = self.executions();
        let workflow_id = &claim.task.workflow_instance_id;
        let Some(loaded) = executions.get_mut(workflow_id) else {
            return;
        };
        let task_id = &claim.task.task_id;
        let in_step = loaded.task_revisions.get(task_id) == Some(&claim.revision);
        match loaded.execution.task_index(task_id) {
            Some(index) if in_step => {
                loaded.execution.tasks[index] = claim.task.clone();
                loaded
                    .task_revisions
                    .insert(task_id.clone(), claim.revision + 1);
            }
            _ => {
                executions.remove(workflow_id);
            }
        }
    }

    /// Write one state change: in a group commit on SQLite, alone in its transaction on MySQL
    /// (where InnoDB groups the log flushes of concurrent commits itself).
    async fn write(&self, writes: Vec<Write>) -> Result<(), RepoError> {
        if self.write_gate.is_none() {
            return write_alone(&self.pool, &writes).await;
        }
        let (done, answer) = oneshot::channel();
        self.join_group(
            Pending {
                writes,
                answer: Answer::Change(done),
            },
            answer,
        )
        .await
    }

    /// Queue `pending` for the next group commit (SQLite) and await its answer: the caller that
    /// takes the write gate writes every change queued by then, in one transaction.
    async fn join_group<T>(
        &self,
        pending: Pending,
        mut answer: oneshot::Receiver<Result<T, RepoError>>,
    ) -> Result<T, RepoError> {
        let Some(gate) = &self.write_gate else {
            return Err(RepoError::Unexpected("group commits are SQLite's".into()));
        };
        self.pending
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(pending);
        // A group written while this one waits for the gate may hold this change: its answer
        // then comes without this caller taking the gate (and keeping the next group waiting).
        let guard = tokio::select! {
            biased;
            result = &mut answer => return result.unwrap_or_else(|_| Err(no_answer())),
            guard = Arc::clone(gate).lock_owned() => guard,
        };
        if let Ok(result) = answer.try_recv() {
            return result;
        }
        let group = std::mem::take(
            &mut *self
                .pending
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        );
        if let Some(writer) = &self.writer {
            // The job (holding the gate until it ends) runs to its end even if this caller goes
            // away half-way; if the thread is gone, dropping the job answers every change.
            writer.send(move |conn| {
                write_group_on(conn, group);
                drop(guard);
            });
        } else {
            // On a task of its own, so that the group is written and answered even if this
            // caller goes away (a client that hangs up) half-way.
            let pool = self.pool.clone();
            let _ = tokio::spawn(async move {
                write_group(&pool, group).await;
                drop(guard);
            })
            .await;
        }
        answer.await.unwrap_or_else(|_| Err(no_answer()))
    }

    async fn begin(&self) -> Result<Transaction<'_, Any>, RepoError> {
        self.pool.begin().await.map_err(db_error)
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

fn no_answer() -> RepoError {
    RepoError::Unexpected("the group commit ended without an answer".into())
}

fn db_error(err: sqlx::Error) -> RepoError {
    if service_kit::db::is_contention(&err) {
        return RepoError::Busy(Box::new(err));
    }
    if let sqlx::Error::Database(db) = &err
        && db.is_unique_violation()
    {
        return RepoError::Duplicate;
    }
    RepoError::Unexpected(Box::new(err))
}

fn to_doc<T: serde::Serialize>(value: &T) -> Result<String, RepoError> {
    serde_json::to_string(value).map_err(RepoError::Corrupt)
}

/// A text column. Through the `Any` driver MySQL reports `LONGTEXT` as a blob, so bytes are
/// accepted too (always UTF-8 here: only this adapter writes them).
fn text(row: &AnyRow, column: &str) -> Result<String, RepoError> {
    match row.try_get::<String, _>(column) {
        Ok(text) => Ok(text),
        Err(sqlx::Error::ColumnDecode { .. }) => {
            let bytes: Vec<u8> = row.try_get(column).map_err(db_error)?;
            String::from_utf8(bytes).map_err(|err| RepoError::Unexpected(Box::new(err)))
        }
        Err(err) => Err(db_error(err)),
    }
}

fn from_doc<T: DeserializeOwned>(row: &AnyRow, column: &str) -> Result<T, RepoError> {
    serde_json::from_str(&text(row, column)?).map_err(RepoError::Corrupt)
}

/// A workflow from its row: the document, and the definition stored beside it put back in
/// (rows written before it was stored apart also hold it in the document).
fn workflow_from_row(row: &AnyRow, doc: &str, definition: &str) -> Result<Workflow, RepoError> {
    let mut fields: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&text(row, doc)?).map_err(RepoError::Corrupt)?;
    if let Some(definition) = optional_text(row, definition)? {
        fields.insert(
            "workflowDefinition".to_owned(),
            serde_json::from_str(&definition).map_err(RepoError::Corrupt)?,
        );
    }
    serde_json::from_value(serde_json::Value::Object(fields)).map_err(RepoError::Corrupt)
}

/// A nullable text column (see [`text`]).
fn optional_text(row: &AnyRow, column: &str) -> Result<Option<String>, RepoError> {
    match row.try_get::<Option<String>, _>(column) {
        Ok(text) => Ok(text),
        Err(sqlx::Error::ColumnDecode { .. }) => {
            let bytes: Option<Vec<u8>> = row.try_get(column).map_err(db_error)?;
            bytes
                .map(|bytes| {
                    String::from_utf8(bytes).map_err(|err| RepoError::Unexpected(Box::new(err)))
                })
                .transpose()
        }
        Err(err) => Err(db_error(err)),
    }
}

fn task_from_row(row: &AnyRow) -> Result<(Task, i64), RepoError> {
    let mut task: Task = from_doc(row, "doc")?;
    task.queued = row.try_get::<i64, _>("queued").map_err(db_error)? != 0;
    task.visible_at = row.try_get("visible_at").map_err(db_error)?;
    let revision = row.try_get("revision").map_err(db_error)?;
    Ok((task, revision))
}

/// Up to `limit` tasks a worker may take from a queue (`queue_name`, now, limit).
const QUEUED: &str = "SELECT task_id, workflow_id, revision, queued, visible_at, doc FROM tasks \
     WHERE queue_name = ? AND queued = 1 AND visible_at <= ? ORDER BY visible_at LIMIT ?";

/// A row of [`QUEUED`].
struct QueuedRow {
    task_id: String,
    workflow_id: String,
    revision: i64,
    queued: bool,
    visible_at: Millis,
    doc: String,
}

/// Rewrite a task row if it still has its revision (the last bind).
const UPDATE_TASK: &str = "UPDATE tasks SET queue_name = ?, status = ?, queued = ?, visible_at = ?, \
     timeout_at = ?, revision = revision + 1, doc = ? WHERE task_id = ? AND revision = ?";

/// Rewrite a task row if it still has `revision`; `false` when it moved.
async fn update_task<'e>(
    executor: impl Executor<'e, Database = Any>,
    task: &Task,
    revision: i64,
) -> Result<bool, RepoError> {
    let done = sqlx::query(
        "UPDATE tasks SET queue_name = ?, status = ?, queued = ?, visible_at = ?, timeout_at = ?, \
         revision = revision + 1, doc = ? WHERE task_id = ? AND revision = ?",
    )
    .bind(task.queue_name())
    .bind(task.status.as_str())
    .bind(i64::from(task.queued))
    .bind(task.visible_at)
    .bind(task.deadline())
    .bind(to_doc(task)?)
    .bind(&task.task_id)
    .bind(revision)
    .execute(executor)
    .await
    .map_err(db_error)?;
    Ok(done.rows_affected() == 1)
}

/// A value bound to a statement.
#[derive(Debug)]
enum Bind {
    Text(String),
    OptText(Option<String>),
    Int(i64),
    OptInt(Option<i64>),
}

/// One statement of a state change, its values owned, so that a group commit can run it on
/// behalf of the task that planned it.
#[derive(Debug)]
struct Write {
    sql: &'static str,
    binds: Vec<Bind>,
    /// The statement must change exactly one row (a revision check), else the change conflicts.
    exactly_one: bool,
}

impl Write {
    fn new(sql: &'static str, binds: Vec<Bind>) -> Self {
        Self {
            sql,
            binds,
            exactly_one: false,
        }
    }

    fn checked(sql: &'static str, binds: Vec<Bind>) -> Self {
        Self {
            sql,
            binds,
            exactly_one: true,
        }
    }

    async fn run(&self, tx: &mut Transaction<'_, Any>) -> Result<(), RepoError> {
        let mut query = sqlx::query(self.sql);
        for bind in &self.binds {
            query = match bind {
                Bind::Text(v) => query.bind(v.as_str()),
                Bind::OptText(v) => query.bind(v.as_deref()),
                Bind::Int(v) => query.bind(*v),
                Bind::OptInt(v) => query.bind(*v),
            };
        }
        let done = query.execute(&mut **tx).await.map_err(db_error)?;
        if self.exactly_one && done.rows_affected() != 1 {
            return Err(RepoError::Conflict);
        }
        Ok(())
    }
}

fn task_binds(task: &Task) -> Result<Vec<Bind>, RepoError> {
    Ok(vec![
        Bind::Text(task.queue_name()),
        Bind::Text(task.status.as_str().to_owned()),
        Bind::Int(i64::from(task.queued)),
        Bind::Int(task.visible_at),
        Bind::OptInt(task.deadline()),
        Bind::Text(to_doc(task)?),
    ])
}

/// The statements that store `loaded`'s changes.
fn plan_execution(loaded: &Loaded, writes: &mut Vec<Write>) -> Result<(), RepoError> {
    let workflow = &loaded.execution.workflow;
    // The definition is stored apart, written only when it is new (see the migration 0003).
    let doc = to_doc(workflow)?;
    if loaded.revision == 0 {
        writes.push(Write::new(
            "INSERT INTO workflows (workflow_id, name, version, status, correlation_id, \
             idempotency_key, create_time, timeout_at, revision, doc) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
            vec![
                Bind::Text(workflow.workflow_id.clone()),
                Bind::Text(workflow.workflow_name.clone()),
                Bind::Int(i64::from(workflow.workflow_version)),
                Bind::Text(workflow.status.as_str().to_owned()),
                Bind::OptText(workflow.correlation_id.clone()),
                Bind::OptText(workflow.idempotency_key.clone()),
                Bind::Int(workflow.create_time),
                Bind::OptInt(workflow.deadline()),
                Bind::Text(doc),
            ],
        ));
        writes.push(Write::new(
            "INSERT INTO captured_definitions (workflow_id, doc) VALUES (?, ?)",
            vec![
                Bind::Text(workflow.workflow_id.clone()),
                Bind::Text(to_doc(&*workflow.workflow_definition)?),
            ],
        ));
    } else {
        writes.push(Write::checked(
            "UPDATE workflows SET version = ?, status = ?, timeout_at = ?, revision = revision + 1, \
             doc = ? WHERE workflow_id = ? AND revision = ?",
            vec![
                Bind::Int(i64::from(workflow.workflow_version)),
                Bind::Text(workflow.status.as_str().to_owned()),
                Bind::OptInt(workflow.deadline()),
                Bind::Text(doc),
                Bind::Text(workflow.workflow_id.clone()),
                Bind::Int(loaded.revision),
            ],
        ));
        if loaded.execution.definition_replaced() {
            // Unchecked: the workflow row's revision already guards the change (and MySQL
            // counts a row rewritten with the same definition as unchanged).
            writes.push(Write::new(
                "UPDATE captured_definitions SET doc = ? WHERE workflow_id = ?",
                vec![
                    Bind::Text(to_doc(&*workflow.workflow_definition)?),
                    Bind::Text(workflow.workflow_id.clone()),
                ],
            ));
        }
    }
    for task_id in loaded.execution.removed_tasks() {
        writes.push(Write::new(
            "DELETE FROM task_logs WHERE task_id = ?",
            vec![Bind::Text(task_id.clone())],
        ));
        writes.push(Write::new(
            "DELETE FROM tasks WHERE task_id = ?",
            vec![Bind::Text(task_id.clone())],
        ));
    }
    for task in loaded.execution.changed_tasks() {
        let mut binds = task_binds(task)?;
        match loaded.task_revisions.get(&task.task_id) {
            Some(revision) => {
                binds.push(Bind::Text(task.task_id.clone()));
                binds.push(Bind::Int(*revision));
                writes.push(Write::checked(UPDATE_TASK, binds));
            }
            None => {
                let mut all = vec![
                    Bind::Text(task.task_id.clone()),
                    Bind::Text(task.workflow_instance_id.clone()),
                    Bind::Int(i64::from(task.seq)),
                    Bind::Text(task.task_type.clone()),
                ];
                all.extend(binds);
                writes.push(Write::new(
                    "INSERT INTO tasks (task_id, workflow_id, seq, task_type, queue_name, status, \
                     queued, visible_at, timeout_at, revision, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
                    all,
                ));
            }
        }
    }
    Ok(())
}

/// Statements waiting for the group commit that writes them.
struct Pending {
    writes: Vec<Write>,
    answer: Answer,
}

/// How a [`Pending`]'s statements are applied, and where its outcome goes.
enum Answer {
    /// A state change: all of its statements or none (a revision that moved is a conflict).
    Change(oneshot::Sender<Result<(), RepoError>>),
    /// A poll's batch of task claims: each stands alone, and a claim whose row moved is left
    /// out (another poller has it); answered with the indexes of the claims that held.
    Claims(oneshot::Sender<Result<Vec<usize>, RepoError>>),
}

impl Pending {
    /// Run the statements inside the group's transaction: the claims that held, or `None`
    /// for a change (all held, else the group is [`RepoError::Conflict`]).
    fn run_in_group(
        &self,
        tx: &rusqlite::Transaction<'_>,
    ) -> Result<Option<Vec<usize>>, RepoError> {
        match self.answer {
            Answer::Change(_) => {
                for write in &self.writes {
                    if !sqlite_writer::execute(tx, write)? {
                        return Err(RepoError::Conflict);
                    }
                }
                Ok(None)
            }
            Answer::Claims(_) => claims_on(tx, &self.writes).map(Some),
        }
    }

    /// Send the outcome of a group that committed (`held`: what [`Self::run_in_group`] said).
    fn committed(self, held: Option<Vec<usize>>) {
        match self.answer {
            Answer::Change(done) => {
                let _ = done.send(Ok(()));
            }
            Answer::Claims(done) => {
                let _ = done.send(Ok(held.unwrap_or_default()));
            }
        }
    }

    /// Write it in a transaction of its own, and send the outcome.
    fn write_alone_on(self, conn: &mut rusqlite::Connection) {
        match self.answer {
            Answer::Change(done) => {
                let _ = done.send(sqlite_writer::transaction(conn, &self.writes));
            }
            Answer::Claims(done) => {
                let _ = done.send(claim_on(conn, &self.writes));
            }
        }
    }
}

/// [`write_group`] on the SQLite writer's connection, in one hand-off to its thread: state
/// changes and claims queued together share one transaction (one WAL commit).
fn write_group_on(conn: &mut rusqlite::Connection, group: Vec<Pending>) {
    if group.len() > 1 {
        let together = (|| {
            let tx = conn.transaction().map_err(sqlite_writer::error)?;
            let mut outcomes = Vec::with_capacity(group.len());
            for pending in &group {
                outcomes.push(pending.run_in_group(&tx)?);
            }
            tx.commit().map_err(sqlite_writer::error)?;
            Ok::<_, RepoError>(outcomes)
        })();
        if let Ok(outcomes) = together {
            for (pending, held) in group.into_iter().zip(outcomes) {
                pending.committed(held);
            }
            return;
        }
    }
    for pending in group {
        pending.write_alone_on(conn);
    }
}

/// Run `writes` in one transaction of their own.
async fn write_alone(pool: &AnyPool, writes: &[Write]) -> Result<(), RepoError> {
    let mut tx = pool.begin().await.map_err(db_error)?;
    for write in writes {
        write.run(&mut tx).await?;
    }
    tx.commit().await.map_err(db_error)
}

/// Group commit (SQLite): every change queued while the previous transaction ran is written in
/// one transaction, and each is acknowledged only once that transaction has committed. If any
/// statement fails (a lost race, a duplicate key), the group is rolled back and each change is
/// written alone, so each gets its own outcome and none depends on another's.
async fn write_group(pool: &AnyPool, group: Vec<Pending>) {
    if group.len() > 1 {
        let together = async {
            let mut tx = pool.begin().await.map_err(db_error)?;
            for pending in &group {
                for write in &pending.writes {
                    write.run(&mut tx).await?;
                }
            }
            tx.commit().await.map_err(db_error)
        }
        .await;
        if together.is_ok() {
            for pending in group {
                pending.committed(None);
            }
            return;
        }
    }
    for pending in group {
        let result = write_alone(pool, &pending.writes).await;
        match pending.answer {
            Answer::Change(done) => {
                let _ = done.send(result);
            }
            // Claims join groups only on the writer's connection (see `claim_all`).
            Answer::Claims(done) => {
                let _ = done.send(result.map(|()| (0..pending.writes.len()).collect()));
            }
        }
    }
}

#[async_trait]
impl ExecutionStore for SqlStore {
    #[instrument(level = "debug", skip_all)]
    async fn put_task_defs(&self, defs: &[TaskDef]) -> Result<(), RepoError> {
        self.definitions_changed();
        let _after = DefinitionsWritten(self);
        let _gate = self.gate().await;
        let mut tx = self.begin().await?;
        for def in defs {
            sqlx::query("DELETE FROM task_defs WHERE name = ?")
                .bind(&def.name)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            sqlx::query("INSERT INTO task_defs (name, doc) VALUES (?, ?)")
                .bind(&def.name)
                .bind(to_doc(def)?)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
        }
        tx.commit().await.map_err(db_error)
    }

    #[instrument(level = "debug", skip_all)]
    async fn task_def(&self, name: &str) -> Result<Option<TaskDef>, RepoError> {
        if let Some(def) = fresh(self.definitions().tasks.get(name)) {
            return Ok(def);
        }
        let row = sqlx::query("SELECT doc FROM task_defs WHERE name = ?")
            .bind(name)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_error)?;
        let def: Option<TaskDef> = row.map(|row| from_doc(&row, "doc")).transpose()?;
        self.definitions()
            .tasks
            .insert(name.to_owned(), (std::time::Instant::now(), def.clone()));
        Ok(def)
    }

    #[instrument(level = "debug", skip_all)]
    async fn task_defs(&self) -> Result<Vec<TaskDef>, RepoError> {
        let rows = sqlx::query("SELECT doc FROM task_defs ORDER BY name")
            .fetch_all(&self.pool)
            .await
            .map_err(db_error)?;
        rows.iter().map(|row| from_doc(row, "doc")).collect()
    }

    #[instrument(level = "debug", skip_all)]
    async fn delete_task_def(&self, name: &str) -> Result<bool, RepoError> {
        self.definitions_changed();
        let _after = DefinitionsWritten(self);
        let _gate = self.gate().await;
        let done = sqlx::query("DELETE FROM task_defs WHERE name = ?")
            .bind(name)
            .execute(&self.pool)
            .await
            .map_err(db_error)?;
        Ok(done.rows_affected() > 0)
    }

    #[instrument(level = "debug", skip_all)]
    async fn insert_workflow_def(&self, def: &WorkflowDef) -> Result<(), RepoError> {
        self.definitions_changed();
        let _after = DefinitionsWritten(self);
        let _gate = self.gate().await;
        sqlx::query("INSERT INTO workflow_defs (name, version, doc) VALUES (?, ?, ?)")
            .bind(&def.name)
            .bind(i64::from(def.version))
            .bind(to_doc(def)?)
            .execute(&self.pool)
            .await
            .map_err(db_error)?;
        Ok(())
    }

    #[instrument(level = "debug", skip_all)]
    async fn put_workflow_defs(&self, defs: &[WorkflowDef]) -> Result<(), RepoError> {
        self.definitions_changed();
        let _after = DefinitionsWritten(self);
        let _gate = self.gate().await;
        let mut tx = self.begin().await?;
        for def in defs {
            sqlx::query("DELETE FROM workflow_defs WHERE name = ? AND version = ?")
                .bind(&def.name)
                .bind(i64::from(def.version))
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            sqlx::query("INSERT INTO workflow_defs (name, version, doc) VALUES (?, ?, ?)")
                .bind(&def.name)
                .bind(i64::from(def.version))
                .bind(to_doc(def)?)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
        }
        tx.commit().await.map_err(db_error)
    }

    #[instrument(level = "debug", skip_all)]
    async fn workflow_def(
        &self,
        name: &str,
        version: Option<u32>,
    ) -> Result<Option<WorkflowDef>, RepoError> {
        let key = (name.to_owned(), version);
        if let Some(def) = fresh(self.definitions().workflows.get(&key)) {
            return Ok(def);
        }
        let row =
            match version {
                Some(version) => {
                    sqlx::query("SELECT doc FROM workflow_defs WHERE name = ? AND version = ?")
                        .bind(name)
                        .bind(i64::from(version))
                        .fetch_optional(&self.pool)
                        .await
                }
                None => sqlx::query(
                    "SELECT doc FROM workflow_defs WHERE name = ? ORDER BY version DESC LIMIT 1",
                )
                .bind(name)
                .fetch_optional(&self.pool)
                .await,
            }
            .map_err(db_error)?;
        let def: Option<WorkflowDef> = row.map(|row| from_doc(&row, "doc")).transpose()?;
        self.definitions()
            .workflows
            .insert(key, (std::time::Instant::now(), def.clone()));
        Ok(def)
    }

    #[instrument(level = "debug", skip_all)]
    async fn workflow_defs(&self) -> Result<Vec<WorkflowDef>, RepoError> {
        let rows = sqlx::query("SELECT doc FROM workflow_defs ORDER BY name, version")
            .fetch_all(&self.pool)
            .await
            .map_err(db_error)?;
        rows.iter().map(|row| from_doc(row, "doc")).collect()
    }

    #[instrument(level = "debug", skip_all)]
    async fn delete_workflow_def(&self, name: &str, version: u32) -> Result<bool, RepoError> {
        self.definitions_changed();
        let _after = DefinitionsWritten(self);
        let _gate = self.gate().await;
        let done = sqlx::query("DELETE FROM workflow_defs WHERE name = ? AND version = ?")
            .bind(name)
            .bind(i64::from(version))
            .execute(&self.pool)
            .await
            .map_err(db_error)?;
        Ok(done.rows_affected() > 0)
    }

    #[instrument(level = "debug", skip_all)]
    async fn load(&self, workflow_id: &str) -> Result<Option<Loaded>, RepoError> {
        // One statement, so one snapshot: the workflow and its tasks as of one moment.
        let rows = sqlx::query(
            "SELECT w.revision AS w_revision, w.doc AS w_doc, d.doc AS w_definition, \
             t.task_id, t.revision, t.queued, t.visible_at, t.doc FROM workflows w \
             LEFT JOIN captured_definitions d ON d.workflow_id = w.workflow_id \
             LEFT JOIN tasks t ON t.workflow_id = w.workflow_id WHERE w.workflow_id = ? ORDER BY t.seq",
        )
        .bind(workflow_id)
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?;
        let Some(first) = rows.first() else {
            return Ok(None);
        };
        let workflow = workflow_from_row(first, "w_doc", "w_definition")?;
        let revision: i64 = first.try_get("w_revision").map_err(db_error)?;
        let mut tasks = Vec::with_capacity(rows.len());
        let mut task_revisions = HashMap::with_capacity(rows.len());
        for row in &rows {
            if row
                .try_get::<Option<i64>, _>("revision")
                .map_err(db_error)?
                .is_none()
            {
                continue; // the LEFT JOIN's row for a workflow without tasks
            }
            let (task, task_revision) = task_from_row(row)?;
            task_revisions.insert(task.task_id.clone(), task_revision);
            tasks.push(task);
        }
        Ok(Some(Loaded {
            execution: Execution::new(workflow, tasks),
            revision,
            task_revisions,
        }))
    }

    async fn load_for_update(
        &self,
        workflow_id: &str,
    ) -> Result<Option<(Loaded, bool)>, RepoError> {
        if let Some(loaded) = self.executions().get(workflow_id) {
            return Ok(Some((loaded.clone(), true)));
        }
        let loaded = self.load(workflow_id).await?;
        Ok(loaded.map(|loaded| (loaded, false)))
    }

    fn forget(&self, workflow_id: &str) {
        self.executions().remove(workflow_id);
    }

    #[instrument(level = "debug", skip_all)]
    async fn workflow(&self, workflow_id: &str) -> Result<Option<Workflow>, RepoError> {
        let row = sqlx::query(
            "SELECT w.doc, d.doc AS definition FROM workflows w \
             LEFT JOIN captured_definitions d ON d.workflow_id = w.workflow_id \
             WHERE w.workflow_id = ?",
        )
        .bind(workflow_id)
        .fetch_optional(&self.pool)
        .await
        .map_err(db_error)?;
        row.map(|row| workflow_from_row(&row, "doc", "definition"))
            .transpose()
    }

    #[instrument(level = "debug", skip_all)]
    async fn task(&self, task_id: &str) -> Result<Option<Task>, RepoError> {
        let row = sqlx::query(
            "SELECT task_id, revision, queued, visible_at, doc FROM tasks WHERE task_id = ?",
        )
        .bind(task_id)
        .fetch_optional(&self.pool)
        .await
        .map_err(db_error)?;
        row.map(|row| task_from_row(&row).map(|(task, _)| task))
            .transpose()
    }

    #[instrument(level = "debug", skip_all)]
    async fn commit(&self, changes: Changes<'_>) -> Result<(), RepoError> {
        let mut writes = Vec::new();
        for loaded in &changes.executions {
            plan_execution(loaded, &mut writes)?;
        }
        for log in &changes.logs {
            writes.push(Write::new(
                "INSERT INTO task_logs (task_id, log, created_time) VALUES (?, ?, ?)",
                vec![
                    Bind::Text(log.task_id.clone()),
                    Bind::Text(log.log.clone()),
                    Bind::Int(log.created_time),
                ],
            ));
        }
        let written = self.write(writes).await;
        match written {
            Ok(()) => {
                for loaded in &changes.executions {
                    self.remember(committed(loaded));
                }
            }
            // Whatever was held may be what moved (or the commit's outcome is unknown): read
            // these workflows from the database next time.
            Err(_) => {
                for loaded in &changes.executions {
                    self.forget(&loaded.execution.workflow.workflow_id);
                }
            }
        }
        written
    }

    #[instrument(level = "debug", skip_all)]
    async fn remove(&self, workflow_id: &str) -> Result<bool, RepoError> {
        let _gate = self.gate().await;
        self.forget(workflow_id);
        let mut tx = self.begin().await?;
        sqlx::query(
            "DELETE FROM task_logs WHERE task_id IN (SELECT task_id FROM tasks WHERE workflow_id = ?)",
        )
        .bind(workflow_id)
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        sqlx::query("DELETE FROM tasks WHERE workflow_id = ?")
            .bind(workflow_id)
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
        sqlx::query("DELETE FROM captured_definitions WHERE workflow_id = ?")
            .bind(workflow_id)
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
        let done = sqlx::query("DELETE FROM workflows WHERE workflow_id = ?")
            .bind(workflow_id)
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
        tx.commit().await.map_err(db_error)?;
        Ok(done.rows_affected() > 0)
    }

    #[instrument(level = "debug", skip_all)]
    async fn by_idempotency_key(
        &self,
        name: &str,
        key: &str,
    ) -> Result<Option<Workflow>, RepoError> {
        let row = sqlx::query(
            "SELECT w.doc, d.doc AS definition FROM workflows w \
             LEFT JOIN captured_definitions d ON d.workflow_id = w.workflow_id \
             WHERE w.name = ? AND w.idempotency_key = ?",
        )
        .bind(name)
        .bind(key)
        .fetch_optional(&self.pool)
        .await
        .map_err(db_error)?;
        row.map(|row| workflow_from_row(&row, "doc", "definition"))
            .transpose()
    }

    #[instrument(level = "debug", skip_all)]
    async fn running(&self, name: &str, version: Option<u32>) -> Result<Vec<String>, RepoError> {
        let rows = match version {
            Some(version) => sqlx::query(
                "SELECT workflow_id FROM workflows WHERE name = ? AND status IN ('RUNNING', 'PAUSED') \
                 AND version = ? ORDER BY create_time",
            )
            .bind(name)
            .bind(i64::from(version))
            .fetch_all(&self.pool)
            .await,
            None => sqlx::query(
                "SELECT workflow_id FROM workflows WHERE name = ? AND status IN ('RUNNING', 'PAUSED') \
                 ORDER BY create_time",
            )
            .bind(name)
            .fetch_all(&self.pool)
            .await,
        }
        .map_err(db_error)?;
        rows.iter().map(|row| text(row, "workflow_id")).collect()
    }

    #[instrument(level = "debug", skip_all)]
    async fn correlated(
        &self,
        name: &str,
        correlation_id: &str,
        include_closed: bool,
    ) -> Result<Vec<String>, RepoError> {
        let sql = if include_closed {
            "SELECT workflow_id FROM workflows WHERE name = ? AND correlation_id = ? ORDER BY create_time"
        } else {
            "SELECT workflow_id FROM workflows WHERE name = ? AND correlation_id = ? \
             AND status IN ('RUNNING', 'PAUSED') ORDER BY create_time"
        };
        let rows = sqlx::query(sql)
            .bind(name)
            .bind(correlation_id)
            .fetch_all(&self.pool)
            .await
            .map_err(db_error)?;
        rows.iter().map(|row| text(row, "workflow_id")).collect()
    }

    #[instrument(skip_all, fields(status = ?status, limit))]
    async fn recent(
        &self,
        status: Option<WorkflowStatus>,
        limit: usize,
    ) -> Result<Vec<Workflow>, RepoError> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows =
            match status {
                Some(status) => {
                    sqlx::query(
                        "SELECT w.doc, d.doc AS definition FROM workflows w \
                         LEFT JOIN captured_definitions d ON d.workflow_id = w.workflow_id \
                         WHERE w.status = ? ORDER BY w.create_time DESC, w.workflow_id DESC LIMIT ?",
                    )
                    .bind(status.as_str())
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await
                }
                None => sqlx::query(
                    "SELECT w.doc, d.doc AS definition FROM workflows w \
                     LEFT JOIN captured_definitions d ON d.workflow_id = w.workflow_id \
                     ORDER BY w.create_time DESC, w.workflow_id DESC LIMIT ?",
                )
                .bind(limit)
                .fetch_all(&self.pool)
                .await,
            }
            .map_err(db_error)?;
        rows.iter()
            .map(|row| workflow_from_row(row, "doc", "definition"))
            .collect()
    }

    #[instrument(level = "debug", skip_all)]
    async fn queued(
        &self,
        queue: &str,
        now: Millis,
        limit: usize,
    ) -> Result<Vec<QueuedTask>, RepoError> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = match &self.writer {
            // On the writer's thread: no hand-off to the pool's, and the rows as last written.
            Some(writer) => {
                let queue = queue.to_owned();
                writer
                    .run(move |conn| sqlite_writer::queued(conn, &queue, now, limit))
                    .await??
            }
            None => sqlx::query(QUEUED)
                .bind(queue)
                .bind(now)
                .bind(limit)
                .fetch_all(&self.pool)
                .await
                .map_err(db_error)?
                .iter()
                .map(|row| {
                    Ok(QueuedRow {
                        task_id: text(row, "task_id")?,
                        workflow_id: text(row, "workflow_id")?,
                        revision: row.try_get("revision").map_err(db_error)?,
                        queued: row.try_get::<i64, _>("queued").map_err(db_error)? != 0,
                        visible_at: row.try_get("visible_at").map_err(db_error)?,
                        doc: text(row, "doc")?,
                    })
                })
                .collect::<Result<Vec<_>, RepoError>>()?,
        };
        rows.into_iter()
            .map(|row| {
                // A task this process wrote last at this revision is the copy it holds: no need
                // to parse its document again.
                let task = match self.held_task(&row.workflow_id, &row.task_id, row.revision) {
                    Some(task) => task,
                    None => {
                        let mut task: Task =
                            serde_json::from_str(&row.doc).map_err(RepoError::Corrupt)?;
                        task.queued = row.queued;
                        task.visible_at = row.visible_at;
                        task
                    }
                };
                Ok(QueuedTask {
                    task,
                    revision: row.revision,
                })
            })
            .collect()
    }

    #[instrument(level = "debug", skip_all)]
    async fn claim(&self, claims: &[QueuedTask]) -> Result<Vec<usize>, RepoError> {
        if claims.is_empty() {
            return Ok(Vec::new());
        }
        // Each claim is one conditional UPDATE, atomic on its own. On MySQL they run without a
        // transaction around them (one fewer round trip each way, and no row locks held across
        // the batch for another poller to deadlock on). On SQLite they join the next group
        // commit (see `claim_all`).
        // Dropped mid-claim (the poller's connection closed), an UPDATE may be stored that the
        // held execution never hears of: it would keep the task as queued, and the claim would
        // never time out. So the workflows of an unfinished call are forgotten.
        let mut unfinished = Unfinished {
            store: self,
            claims,
            finished: false,
        };
        let claimed = self.claim_all(claims).await;
        unfinished.finished = true;
        drop(unfinished);
        claimed
    }

    #[instrument(level = "debug", skip_all)]
    async fn queue_sizes(&self, task_types: &[String]) -> Result<BTreeMap<String, i64>, RepoError> {
        let mut sizes = BTreeMap::new();
        for task_type in task_types {
            let row = sqlx::query(
                "SELECT COUNT(*) AS size FROM tasks WHERE task_type = ? AND queued = 1",
            )
            .bind(task_type)
            .fetch_one(&self.pool)
            .await
            .map_err(db_error)?;
            sizes.insert(task_type.clone(), row.try_get("size").map_err(db_error)?);
        }
        Ok(sizes)
    }

    #[instrument(level = "debug", skip_all)]
    async fn due(&self, now: Millis, limit: usize) -> Result<Vec<String>, RepoError> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let mut ids = BTreeSet::new();
        for sql in [
            "SELECT workflow_id FROM tasks WHERE timeout_at <= ? ORDER BY timeout_at LIMIT ?",
            "SELECT workflow_id FROM workflows WHERE timeout_at <= ? ORDER BY timeout_at LIMIT ?",
        ] {
            let rows = sqlx::query(sql)
                .bind(now)
                .bind(limit)
                .fetch_all(&self.pool)
                .await
                .map_err(db_error)?;
            for row in &rows {
                ids.insert(text(row, "workflow_id")?);
            }
        }
        Ok(ids.into_iter().collect())
    }

    #[instrument(level = "debug", skip_all)]
    async fn becoming_visible(
        &self,
        after: Millis,
        until: Millis,
    ) -> Result<Vec<String>, RepoError> {
        let rows = sqlx::query(
            "SELECT DISTINCT queue_name FROM tasks WHERE queued = 1 AND visible_at > ? AND visible_at <= ?",
        )
        .bind(after)
        .bind(until)
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?;
        rows.iter().map(|row| text(row, "queue_name")).collect()
    }

    #[instrument(level = "debug", skip_all)]
    async fn logs(&self, task_id: &str) -> Result<Vec<TaskExecLog>, RepoError> {
        let rows =
            sqlx::query("SELECT log, created_time FROM task_logs WHERE task_id = ? ORDER BY id")
                .bind(task_id)
                .fetch_all(&self.pool)
                .await
                .map_err(db_error)?;
        rows.iter()
            .map(|row| {
                Ok(TaskExecLog {
                    log: text(row, "log")?,
                    task_id: task_id.to_owned(),
                    created_time: row.try_get("created_time").map_err(db_error)?,
                })
            })
            .collect()
    }

    #[instrument(level = "debug", skip_all)]
    async fn add_log(&self, log: &TaskExecLog) -> Result<(), RepoError> {
        let _gate = self.gate().await;
        sqlx::query("INSERT INTO task_logs (task_id, log, created_time) VALUES (?, ?, ?)")
            .bind(&log.task_id)
            .bind(&log.log)
            .bind(log.created_time)
            .execute(&self.pool)
            .await
            .map_err(db_error)?;
        Ok(())
    }
}

/// A task claim: the row rewritten if it still has `revision`.
fn claim_write(task: &Task, revision: i64) -> Result<Write, RepoError> {
    let mut binds = task_binds(task)?;
    binds.push(Bind::Text(task.task_id.clone()));
    binds.push(Bind::Int(revision));
    Ok(Write::checked(UPDATE_TASK, binds))
}

/// A batch of claims in one transaction of its own on the SQLite writer's connection: the
/// indexes of those that held.
fn claim_on(conn: &mut rusqlite::Connection, writes: &[Write]) -> Result<Vec<usize>, RepoError> {
    let tx = conn.transaction().map_err(sqlite_writer::error)?;
    let held = claims_on(&tx, writes)?;
    tx.commit().map_err(sqlite_writer::error)?;
    Ok(held)
}

/// A batch of claims inside a transaction: the indexes of those that held.
fn claims_on(tx: &rusqlite::Transaction<'_>, writes: &[Write]) -> Result<Vec<usize>, RepoError> {
    let mut held = Vec::with_capacity(writes.len());
    for (index, write) in writes.iter().enumerate() {
        if sqlite_writer::execute(tx, write)? {
            held.push(index);
        }
    }
    Ok(held)
}

/// Forgets the workflows of a claim call dropped before it finished (see `claim`).
struct Unfinished<'a> {
    store: &'a SqlStore,
    claims: &'a [QueuedTask],
    finished: bool,
}

impl Drop for Unfinished<'_> {
    fn drop(&mut self) {
        if !self.finished {
            for claim in self.claims {
                self.store.forget(&claim.task.workflow_instance_id);
            }
        }
    }
}

impl SqlStore {
    /// Keep the held executions in step with a batch of claims stored in one transaction.
    fn claims_stored(
        &self,
        claims: &[QueuedTask],
        stored: Result<Vec<usize>, RepoError>,
    ) -> Result<Vec<usize>, RepoError> {
        match stored {
            Ok(held) => {
                for (index, claim) in claims.iter().enumerate() {
                    if held.contains(&index) {
                        self.claimed(claim);
                    } else {
                        self.forget(&claim.task.workflow_instance_id);
                    }
                }
                Ok(held)
            }
            Err(err) => {
                for claim in claims {
                    self.forget(&claim.task.workflow_instance_id);
                }
                Err(err)
            }
        }
    }

    /// The claims of [`ExecutionStore::claim`]: in a group commit, or behind the write gate, on
    /// SQLite.
    async fn claim_all(&self, claims: &[QueuedTask]) -> Result<Vec<usize>, RepoError> {
        if self.writer.is_some() {
            // Into the next group commit, beside the state changes queued with it: one WAL
            // commit for all of them, where a transaction per poll was nearly one per task.
            let mut writes = Vec::with_capacity(claims.len());
            for claim in claims {
                writes.push(claim_write(&claim.task, claim.revision)?);
            }
            let (done, answer) = oneshot::channel();
            let pending = Pending {
                writes,
                answer: Answer::Claims(done),
            };
            let together = self.join_group(pending, answer).await;
            return self.claims_stored(claims, together);
        }
        let _gate = self.gate().await;
        if self.write_gate.is_some() && claims.len() >= 3 {
            // An in-memory SQLite database (no writer thread): behind the write gate, a batch
            // of three or more is one transaction, one commit instead of one per task.
            let together = async {
                let mut tx = self.begin().await?;
                let mut held = Vec::with_capacity(claims.len());
                for (index, claim) in claims.iter().enumerate() {
                    if update_task(&mut *tx, &claim.task, claim.revision).await? {
                        held.push(index);
                    }
                }
                tx.commit().await.map_err(db_error)?;
                Ok::<_, RepoError>(held)
            }
            .await;
            return self.claims_stored(claims, together);
        }
        let mut conn = self.pool.acquire().await.map_err(db_error)?;
        let mut held = Vec::with_capacity(claims.len());
        for (index, claim) in claims.iter().enumerate() {
            let workflow_id = &claim.task.workflow_instance_id;
            let stored = update_task(&mut *conn, &claim.task, claim.revision).await;
            if !matches!(stored, Ok(true)) {
                self.forget(workflow_id);
            }
            if stored? {
                held.push(index);
                self.claimed(claim);
            }
        }
        Ok(held)
    }
}
