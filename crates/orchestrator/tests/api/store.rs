//! The SQL store on SQLite and on MariaDB: optimistic concurrency, claims, idempotency keys and
//! due timers behave the same on both.

use std::collections::BTreeMap;
use std::sync::Arc;

use orchestrator::application::now_millis;
use orchestrator::application::port::repo::{
    Changes, ExecutionStore, Loaded, QueuedTask, RepoError,
};
use orchestrator::application::usecase::Orchestrator;
use orchestrator::domain::decider::{Execution, StartParams};
use orchestrator::domain::definition::WorkflowDef;
use orchestrator::domain::execution::TaskResult;
use orchestrator::infrastructure::adapter::db::{SqlStore, migrations};
use serde_json::json;
use service_kit::db::TestMySql;
use service_kit::{Database, Secret};

fn definition() -> WorkflowDef {
    serde_json::from_value(json!({"name": "store_wf", "tasks": [
        {"name": "s", "taskReferenceName": "s", "inputParameters": {"k": "${workflow.input.k}"},
         "taskDefinition": {"name": "s", "responseTimeoutSeconds": 1, "retryCount": 0}}
    ]}))
    .expect("a valid definition")
}

fn new_execution(key: Option<&str>, now: i64) -> Loaded {
    let (execution, _) = Execution::start(
        StartParams {
            workflow_id: uuid::Uuid::new_v4().to_string(),
            definition: definition(),
            input: serde_json::Map::new(),
            correlation_id: None,
            task_to_domain: BTreeMap::new(),
            priority: 0,
            idempotency_key: key.map(str::to_owned),
            parent_workflow_id: None,
        },
        now,
    );
    Loaded::fresh(execution)
}

async fn commit(store: &SqlStore, loaded: &Loaded) -> Result<(), RepoError> {
    store
        .commit(Changes {
            executions: vec![loaded],
            logs: Vec::new(),
        })
        .await
}

async fn store_contract(store: &SqlStore) {
    let now = 1_000_000;
    let fresh = new_execution(None, now);
    let id = fresh.execution.workflow.workflow_id.clone();
    commit(store, &fresh)
        .await
        .expect("a new workflow is stored");

    // Two writers read the same state; the second to commit loses and writes nothing.
    let mut first = store.load(&id).await.expect("read").expect("stored");
    let mut second = store.load(&id).await.expect("read").expect("stored");
    first.execution.pause(now + 1).expect("pausable");
    second
        .execution
        .terminate(Some("late".to_owned()), false, now + 1)
        .expect("terminable");
    commit(store, &first).await.expect("the first writer wins");
    assert!(matches!(
        commit(store, &second).await,
        Err(RepoError::Conflict)
    ));
    let stored = store.load(&id).await.expect("read").expect("stored");
    assert_eq!(stored.execution.workflow.status.as_str(), "PAUSED");
    assert_eq!(
        stored.execution.tasks[0].status.as_str(),
        "SCHEDULED",
        "the loser changed no task"
    );

    // Two pollers race for the one queued task: exactly one claim holds.
    let mut a = store.queued("s", now + 2, 10).await.expect("queued");
    let mut b = store.queued("s", now + 2, 10).await.expect("queued");
    assert_eq!((a.len(), b.len()), (1, 1));
    a[0].task.claim(Some("a"), now + 2);
    b[0].task.claim(Some("b"), now + 2);
    assert_eq!(store.claim(&a).await.expect("claimed"), [0]);
    assert!(store.claim(&b).await.expect("claimed").is_empty());
    assert!(
        store
            .queued("s", now + 2, 10)
            .await
            .expect("queued")
            .is_empty()
    );
    let task = store
        .task(&a[0].task.task_id)
        .await
        .expect("read")
        .expect("stored");
    assert_eq!(task.worker_id.as_deref(), Some("a"));

    // Its response timeout (1 s) makes the workflow due, not before.
    assert!(store.due(now + 500, 10).await.expect("due").is_empty());
    assert_eq!(
        store.due(now + 1002, 10).await.expect("due"),
        vec![id.clone()]
    );

    // An idempotency key is taken once per workflow name.
    commit(store, &new_execution(Some("key-1"), now))
        .await
        .expect("stored");
    assert!(matches!(
        commit(store, &new_execution(Some("key-1"), now)).await,
        Err(RepoError::Duplicate)
    ));
    let found = store
        .by_idempotency_key("store_wf", "key-1")
        .await
        .expect("read");
    assert!(found.is_some());

    assert!(store.remove(&id).await.expect("removed"));
    assert!(store.load(&id).await.expect("read").is_none());
    assert!(
        store
            .task(&a[0].task.task_id)
            .await
            .expect("read")
            .is_none()
    );
}

/// The schema migrated on `url`, then a store on it.
async fn migrated_store(url: &str) -> SqlStore {
    let database = Database::connect(&Secret::new(url.to_owned()))
        .await
        .expect("opened");
    database.migrate(&migrations()).await.expect("migrated");
    database.close().await;
    SqlStore::connect(url).await.expect("a store")
}

/// A store on a fresh SQLite file `name` in `dir`.
async fn sqlite_store(dir: &tempfile::TempDir, name: &str) -> SqlStore {
    let url = format!("sqlite://{}?mode=rwc", dir.path().join(name).display());
    migrated_store(&url).await
}

/// `scenario` on a store on a fresh SQLite file, closed afterwards.
async fn on_sqlite(scenario: impl AsyncFnOnce(Arc<SqlStore>)) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let store = Arc::new(sqlite_store(&dir, "store.db").await);
    scenario(Arc::clone(&store)).await;
    store.close().await;
}

/// `scenario` on a store on a fresh MariaDB database, dropped afterwards (skipped without a
/// server, except in CI).
async fn on_mariadb(scenario: impl AsyncFnOnce(Arc<SqlStore>)) {
    let Some(mysql) = TestMySql::create(Some(&migrations()))
        .await
        .expect("a MySQL test database")
    else {
        return;
    };
    let store = Arc::new(SqlStore::connect(&mysql.url()).await.expect("a store"));
    scenario(Arc::clone(&store)).await;
    store.close().await;
    mysql.drop_database().await.expect("dropped");
}

#[tokio::test]
async fn the_sqlite_store_keeps_concurrent_writers_claims_and_keys_apart() {
    on_sqlite(async |store| store_contract(&store).await).await;
}

#[tokio::test]
async fn the_mariadb_store_keeps_concurrent_writers_claims_and_keys_apart() {
    on_mariadb(async |store| store_contract(&store).await).await;
}

#[tokio::test]
async fn a_workflow_stored_with_its_definition_in_its_document_reads_back_after_the_migrations() {
    // The schema as it was before the definition was stored apart (migrations 0001 and 0002).
    let dir = tempfile::tempdir().expect("a temporary directory");
    let old = dir.path().join("old-migrations");
    std::fs::create_dir(&old).expect("a directory");
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations/sqlite");
    for name in ["0001_orchestrator.sql", "0002_recent_workflows.sql"] {
        std::fs::copy(here.join(name), old.join(name)).expect("copied");
    }
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("old.db").display());
    let pool = sqlx::SqlitePool::connect(&url).await.expect("opened");
    sqlx::migrate::Migrator::new(old.as_path())
        .await
        .expect("the old migrations")
        .run(&pool)
        .await
        .expect("migrated to 0002");
    let loaded = new_execution(None, 1_000);
    let workflow = &loaded.execution.workflow;
    let mut doc = serde_json::to_value(workflow).expect("JSON");
    doc["workflowDefinition"] = serde_json::to_value(&*workflow.workflow_definition).expect("JSON");
    sqlx::query(
        "INSERT INTO workflows (workflow_id, name, version, status, create_time, revision, doc) \
         VALUES (?, ?, 1, 'RUNNING', 1000, 1, ?)",
    )
    .bind(&workflow.workflow_id)
    .bind(&workflow.workflow_name)
    .bind(doc.to_string())
    .execute(&pool)
    .await
    .expect("an old row");
    pool.close().await;

    let store = migrated_store(&url).await;
    let back = store
        .load(&workflow.workflow_id)
        .await
        .expect("read")
        .expect("stored");
    assert_eq!(
        back.execution.workflow.workflow_definition,
        workflow.workflow_definition
    );
    // Its next change is written without the definition, which stays where the migration put it.
    let mut next = back;
    next.execution.pause(2_000).expect("pausable");
    commit(&store, &next).await.expect("stored");
    let again = store.workflow(&workflow.workflow_id).await.expect("read");
    assert_eq!(
        again.map(|w| w.workflow_definition),
        Some(workflow.workflow_definition.clone())
    );
    store.close().await;
}

/// Under a steady stream of concurrent state changes the SQLite WAL starts over again and again
/// instead of growing with every commit: with checkpoints only beside the writer it never
/// caught up, and grew by about 300 KB per workflow run (1.6 GB after 6,000 workflows).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_sqlite_wal_stays_bounded_under_steady_writes() {
    const WRITERS: usize = 8;
    const WORKFLOWS_EACH: usize = 250;
    // Without the catch-up checkpoint this run left a WAL of 127 MB.
    const BOUND_BYTES: u64 = 24 * 1024 * 1024;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let store = std::sync::Arc::new(sqlite_store(&dir, "steady.db").await);
    let wal = dir.path().join("steady.db-wal");
    let largest = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let mut writers = tokio::task::JoinSet::new();
    for _ in 0..WRITERS {
        let store = store.clone();
        let (wal, largest) = (wal.clone(), largest.clone());
        writers.spawn(async move {
            for n in 0..WORKFLOWS_EACH {
                let now = 1_000_000 + i64::try_from(n).expect("small");
                let fresh = new_execution(None, now);
                commit(&store, &fresh).await.expect("stored");
                // Then its task is claimed and answered, as a poll and a worker would.
                let id = fresh.execution.workflow.workflow_id.clone();
                let loaded = store.load(&id).await.expect("read").expect("stored");
                let mut task = loaded.execution.tasks[0].clone();
                let revision = loaded.task_revisions[&task.task_id];
                task.claim(Some("steady"), now + 1);
                let held = store
                    .claim(&[QueuedTask { task, revision }])
                    .await
                    .expect("claimed");
                assert_eq!(held, vec![0], "no one else claims this task");
                let mut loaded = store.load(&id).await.expect("read").expect("stored");
                let result: TaskResult = serde_json::from_value(json!({
                    "workflowInstanceId": id,
                    "taskId": loaded.execution.tasks[0].task_id,
                    "status": "COMPLETED",
                    "outputData": {"n": n},
                }))
                .expect("a task result");
                loaded
                    .execution
                    .apply_result(0, &result, now + 2)
                    .expect("answered");
                commit(&store, &loaded).await.expect("stored");
                let size = std::fs::metadata(&wal).map_or(0, |meta| meta.len());
                largest.fetch_max(size, std::sync::atomic::Ordering::Relaxed);
            }
        });
    }
    while let Some(done) = writers.join_next().await {
        done.expect("a writer finished");
    }
    let largest = largest.load(std::sync::atomic::Ordering::Relaxed);
    assert!(
        largest < BOUND_BYTES,
        "the WAL grew to {largest} bytes over {} workflows",
        WRITERS * WORKFLOWS_EACH
    );
    store.close().await;
}

/// On SQLite, claims join the state changes' group commits: submitted together, a claim whose
/// row moved is left out and a change that lost its race conflicts, while the claim and the
/// change beside them in the same transaction still hold.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn claims_and_changes_written_together_keep_their_own_outcomes() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let store = sqlite_store(&dir, "group.db").await;
    let now = 1_000_000;
    for _ in 0..2 {
        commit(&store, &new_execution(None, now))
            .await
            .expect("stored");
    }
    let queued = store.queued("s", now + 1, 10).await.expect("queued");
    assert_eq!(queued.len(), 2);
    // The first workflow's task is claimed once; the copy read before that claim is stale.
    let mut taken = queued[0].clone();
    taken.task.claim(Some("first"), now + 1);
    assert_eq!(store.claim(&[taken]).await.expect("claimed"), [0]);
    let mut stale = queued[0].clone();
    stale.task.claim(Some("late"), now + 2);
    let mut fresh = queued[1].clone();
    fresh.task.claim(Some("second"), now + 2);
    // A change that lost its race, and one that did not.
    let lost_id = queued[0].task.workflow_instance_id.clone();
    let mut winner = store.load(&lost_id).await.expect("read").expect("stored");
    let mut loser = winner.clone();
    winner.execution.pause(now + 2).expect("pausable");
    commit(&store, &winner)
        .await
        .expect("the first writer wins");
    loser.execution.pause(now + 3).expect("pausable");
    let third = new_execution(None, now + 3);

    let (stale_claim, fresh_claim, lost, new) = tokio::join!(
        store.claim(std::slice::from_ref(&stale)),
        store.claim(std::slice::from_ref(&fresh)),
        commit(&store, &loser),
        commit(&store, &third),
    );
    assert!(stale_claim.expect("claims answered").is_empty());
    assert_eq!(fresh_claim.expect("claims answered"), [0]);
    assert!(matches!(lost, Err(RepoError::Conflict)));
    new.expect("the other change is stored");

    let task = store
        .task(&fresh.task.task_id)
        .await
        .expect("read")
        .expect("stored");
    assert_eq!(task.worker_id.as_deref(), Some("second"));
    let task = store
        .task(&stale.task.task_id)
        .await
        .expect("read")
        .expect("stored");
    assert_eq!(
        task.worker_id.as_deref(),
        Some("first"),
        "the stale claim wrote nothing"
    );
    assert!(
        store
            .load(&third.execution.workflow.workflow_id)
            .await
            .expect("read")
            .is_some()
    );
    store.close().await;
}

/// A poller's claim that lands while a commit of the same workflow is under way (here: read
/// before the claim, committed after it, writing nothing of the task) leaves this process
/// holding the task as still queued. The worker that claimed it dies; the sweep must still
/// time the claim out, or the workflow waits for good (seen in the saga's kill -9 test).
async fn a_claim_under_a_commit_still_times_out(store: Arc<SqlStore>) {
    let orchestrator = Orchestrator::new(store.clone());
    let now = now_millis();
    let fresh = new_execution(None, now);
    let id = fresh.execution.workflow.workflow_id.clone();
    commit(&store, &fresh).await.expect("stored");
    let read_before_the_claim = store.load(&id).await.expect("read").expect("stored");
    let mut queued = store.queued("s", now, 10).await.expect("queued");
    assert_eq!(queued.len(), 1);
    // Claimed by a worker that has been silent past its response timeout (1 s).
    queued[0].task.claim(Some("killed"), now - 5_000);
    assert_eq!(store.claim(&queued).await.expect("claimed"), [0]);
    commit(&store, &read_before_the_claim)
        .await
        .expect("a change that writes no task holds");

    orchestrator.sweep(0, now_millis()).await.expect("swept");
    let swept = store.load(&id).await.expect("read").expect("stored");
    let statuses: Vec<&str> = swept
        .execution
        .tasks
        .iter()
        .map(|t| t.status.as_str())
        .collect();
    assert_eq!(statuses, ["TIMED_OUT"], "the claim timed out");
    assert!(
        swept.execution.workflow.status.is_terminal(),
        "no retry left: {:?}",
        swept.execution.workflow.status
    );
}

#[tokio::test]
async fn a_claim_under_a_commit_still_times_out_on_sqlite() {
    on_sqlite(a_claim_under_a_commit_still_times_out).await;
}

#[tokio::test]
async fn a_claim_under_a_commit_still_times_out_on_mariadb() {
    on_mariadb(a_claim_under_a_commit_still_times_out).await;
}
