//! The SQL store: SQLite (default) or MySQL/MariaDB through one set of portable statements
//! (sqlx's `Any` driver; `?` placeholders, no dialect-specific SQL).
//!
//! SQLite allows one writer at a time; writes here queue on an in-process gate instead of
//! meeting `SQLITE_BUSY` inside the database, and reads run beside them (WAL mode).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use async_trait::async_trait;
use serde::de::DeserializeOwned;
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{Any, AnyPool, Executor, Row, Transaction};
use tokio::sync::{Mutex, MutexGuard};
use tracing::instrument;

use crate::application::port::repo::{Changes, ExecutionStore, Loaded, QueuedTask, RepoError};
use crate::domain::decider::Execution;
use crate::domain::definition::{TaskDef, WorkflowDef};
use crate::domain::execution::{Millis, Task, TaskExecLog, Workflow};

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
}

pub struct SqlStore {
    pool: AnyPool,
    /// SQLite only: one writer at a time.
    write_gate: Option<Mutex<()>>,
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
                    // WAL lets reads run beside the writer; NORMAL syncs at checkpoints, which
                    // keeps every committed transaction across a process crash (kill -9).
                    conn.execute("PRAGMA journal_mode = WAL").await?;
                    conn.execute("PRAGMA synchronous = NORMAL").await?;
                    conn.execute("PRAGMA busy_timeout = 5000").await?;
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
        Ok(Self {
            pool,
            write_gate: sqlite.then(|| Mutex::new(())),
        })
    }

    async fn gate(&self) -> Option<MutexGuard<'_, ()>> {
        match &self.write_gate {
            Some(gate) => Some(gate.lock().await),
            None => None,
        }
    }

    async fn begin(&self) -> Result<Transaction<'_, Any>, RepoError> {
        self.pool.begin().await.map_err(db_error)
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
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

fn task_from_row(row: &AnyRow) -> Result<(Task, i64), RepoError> {
    let mut task: Task = from_doc(row, "doc")?;
    task.queued = row.try_get::<i64, _>("queued").map_err(db_error)? != 0;
    task.visible_at = row.try_get("visible_at").map_err(db_error)?;
    let revision = row.try_get("revision").map_err(db_error)?;
    Ok((task, revision))
}

async fn insert_task(tx: &mut Transaction<'_, Any>, task: &Task) -> Result<(), RepoError> {
    sqlx::query(
        "INSERT INTO tasks (task_id, workflow_id, seq, task_type, queue_name, status, queued, \
         visible_at, timeout_at, revision, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
    )
    .bind(&task.task_id)
    .bind(&task.workflow_instance_id)
    .bind(i64::from(task.seq))
    .bind(&task.task_type)
    .bind(task.queue_name())
    .bind(task.status.as_str())
    .bind(i64::from(task.queued))
    .bind(task.visible_at)
    .bind(task.deadline())
    .bind(to_doc(task)?)
    .execute(&mut **tx)
    .await
    .map_err(db_error)?;
    Ok(())
}

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

async fn write_execution(tx: &mut Transaction<'_, Any>, loaded: &Loaded) -> Result<(), RepoError> {
    let workflow = &loaded.execution.workflow;
    let doc = to_doc(workflow)?;
    if loaded.revision == 0 {
        sqlx::query(
            "INSERT INTO workflows (workflow_id, name, version, status, correlation_id, \
             idempotency_key, create_time, timeout_at, revision, doc) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
        )
        .bind(&workflow.workflow_id)
        .bind(&workflow.workflow_name)
        .bind(i64::from(workflow.workflow_version))
        .bind(workflow.status.as_str())
        .bind(workflow.correlation_id.as_deref())
        .bind(workflow.idempotency_key.as_deref())
        .bind(workflow.create_time)
        .bind(workflow.deadline())
        .bind(doc)
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
    } else {
        let done = sqlx::query(
            "UPDATE workflows SET version = ?, status = ?, timeout_at = ?, revision = revision + 1, \
             doc = ? WHERE workflow_id = ? AND revision = ?",
        )
        .bind(i64::from(workflow.workflow_version))
        .bind(workflow.status.as_str())
        .bind(workflow.deadline())
        .bind(doc)
        .bind(&workflow.workflow_id)
        .bind(loaded.revision)
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
        if done.rows_affected() != 1 {
            return Err(RepoError::Conflict);
        }
    }
    for task_id in loaded.execution.removed_tasks() {
        sqlx::query("DELETE FROM task_logs WHERE task_id = ?")
            .bind(task_id)
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
        sqlx::query("DELETE FROM tasks WHERE task_id = ?")
            .bind(task_id)
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
    }
    for task in loaded.execution.changed_tasks() {
        match loaded.task_revisions.get(&task.task_id) {
            Some(revision) => {
                if !update_task(&mut **tx, task, *revision).await? {
                    return Err(RepoError::Conflict);
                }
            }
            None => insert_task(tx, task).await?,
        }
    }
    Ok(())
}

#[async_trait]
impl ExecutionStore for SqlStore {
    #[instrument(skip_all)]
    async fn put_task_defs(&self, defs: &[TaskDef]) -> Result<(), RepoError> {
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

    #[instrument(skip_all)]
    async fn task_def(&self, name: &str) -> Result<Option<TaskDef>, RepoError> {
        let row = sqlx::query("SELECT doc FROM task_defs WHERE name = ?")
            .bind(name)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_error)?;
        row.map(|row| from_doc(&row, "doc")).transpose()
    }

    #[instrument(skip_all)]
    async fn task_defs(&self) -> Result<Vec<TaskDef>, RepoError> {
        let rows = sqlx::query("SELECT doc FROM task_defs ORDER BY name")
            .fetch_all(&self.pool)
            .await
            .map_err(db_error)?;
        rows.iter().map(|row| from_doc(row, "doc")).collect()
    }

    #[instrument(skip_all)]
    async fn delete_task_def(&self, name: &str) -> Result<bool, RepoError> {
        let _gate = self.gate().await;
        let done = sqlx::query("DELETE FROM task_defs WHERE name = ?")
            .bind(name)
            .execute(&self.pool)
            .await
            .map_err(db_error)?;
        Ok(done.rows_affected() > 0)
    }

    #[instrument(skip_all)]
    async fn insert_workflow_def(&self, def: &WorkflowDef) -> Result<(), RepoError> {
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

    #[instrument(skip_all)]
    async fn put_workflow_defs(&self, defs: &[WorkflowDef]) -> Result<(), RepoError> {
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

    #[instrument(skip_all)]
    async fn workflow_def(
        &self,
        name: &str,
        version: Option<u32>,
    ) -> Result<Option<WorkflowDef>, RepoError> {
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
        row.map(|row| from_doc(&row, "doc")).transpose()
    }

    #[instrument(skip_all)]
    async fn workflow_defs(&self) -> Result<Vec<WorkflowDef>, RepoError> {
        let rows = sqlx::query("SELECT doc FROM workflow_defs ORDER BY name, version")
            .fetch_all(&self.pool)
            .await
            .map_err(db_error)?;
        rows.iter().map(|row| from_doc(row, "doc")).collect()
    }

    #[instrument(skip_all)]
    async fn delete_workflow_def(&self, name: &str, version: u32) -> Result<bool, RepoError> {
        let _gate = self.gate().await;
        let done = sqlx::query("DELETE FROM workflow_defs WHERE name = ? AND version = ?")
            .bind(name)
            .bind(i64::from(version))
            .execute(&self.pool)
            .await
            .map_err(db_error)?;
        Ok(done.rows_affected() > 0)
    }

    #[instrument(skip_all)]
    async fn load(&self, workflow_id: &str) -> Result<Option<Loaded>, RepoError> {
        // One statement, so one snapshot: the workflow and its tasks as of one moment.
        let rows = sqlx::query(
            "SELECT w.revision AS w_revision, w.doc AS w_doc, t.task_id, t.revision, t.queued, \
             t.visible_at, t.doc FROM workflows w LEFT JOIN tasks t ON t.workflow_id = w.workflow_id \
             WHERE w.workflow_id = ? ORDER BY t.seq",
        )
        .bind(workflow_id)
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?;
        let Some(first) = rows.first() else {
            return Ok(None);
        };
        let workflow: Workflow = from_doc(first, "w_doc")?;
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

    #[instrument(skip_all)]
    async fn workflow(&self, workflow_id: &str) -> Result<Option<Workflow>, RepoError> {
        let row = sqlx::query("SELECT doc FROM workflows WHERE workflow_id = ?")
            .bind(workflow_id)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_error)?;
        row.map(|row| from_doc(&row, "doc")).transpose()
    }

    #[instrument(skip_all)]
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

    #[instrument(skip_all)]
    async fn commit(&self, changes: Changes<'_>) -> Result<(), RepoError> {
        let _gate = self.gate().await;
        let mut tx = self.begin().await?;
        for loaded in &changes.executions {
            write_execution(&mut tx, loaded).await?;
        }
        for log in &changes.logs {
            sqlx::query("INSERT INTO task_logs (task_id, log, created_time) VALUES (?, ?, ?)")
                .bind(&log.task_id)
                .bind(&log.log)
                .bind(log.created_time)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
        }
        tx.commit().await.map_err(db_error)
    }

    #[instrument(skip_all)]
    async fn remove(&self, workflow_id: &str) -> Result<bool, RepoError> {
        let _gate = self.gate().await;
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
        let done = sqlx::query("DELETE FROM workflows WHERE workflow_id = ?")
            .bind(workflow_id)
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
        tx.commit().await.map_err(db_error)?;
        Ok(done.rows_affected() > 0)
    }

    #[instrument(skip_all)]
    async fn by_idempotency_key(
        &self,
        name: &str,
        key: &str,
    ) -> Result<Option<Workflow>, RepoError> {
        let row = sqlx::query("SELECT doc FROM workflows WHERE name = ? AND idempotency_key = ?")
            .bind(name)
            .bind(key)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_error)?;
        row.map(|row| from_doc(&row, "doc")).transpose()
    }

    #[instrument(skip_all)]
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

    #[instrument(skip_all)]
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

    #[instrument(skip_all)]
    async fn queued(
        &self,
        queue: &str,
        now: Millis,
        limit: usize,
    ) -> Result<Vec<QueuedTask>, RepoError> {
        let rows = sqlx::query(
            "SELECT task_id, revision, queued, visible_at, doc FROM tasks WHERE queue_name = ? \
             AND queued = 1 AND visible_at <= ? ORDER BY visible_at LIMIT ?",
        )
        .bind(queue)
        .bind(now)
        .bind(i64::try_from(limit).unwrap_or(i64::MAX))
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?;
        rows.iter()
            .map(|row| task_from_row(row).map(|(task, revision)| QueuedTask { task, revision }))
            .collect()
    }

    #[instrument(skip_all)]
    async fn claim(&self, claims: &[QueuedTask]) -> Result<Vec<usize>, RepoError> {
        if claims.is_empty() {
            return Ok(Vec::new());
        }
        // Each claim is one conditional UPDATE, atomic on its own: no transaction around them
        // (one fewer round trip each way on the hot path).
        let _gate = self.gate().await;
        let mut conn = self.pool.acquire().await.map_err(db_error)?;
        let mut held = Vec::with_capacity(claims.len());
        for (index, claim) in claims.iter().enumerate() {
            if update_task(&mut *conn, &claim.task, claim.revision).await? {
                held.push(index);
            }
        }
        Ok(held)
    }

    #[instrument(skip_all)]
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

    #[instrument(skip_all)]
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

    #[instrument(skip_all)]
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

    #[instrument(skip_all)]
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

    #[instrument(skip_all)]
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
