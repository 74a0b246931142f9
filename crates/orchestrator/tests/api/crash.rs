//! `kill -9` under load: the orchestrator binary is killed while workers are busy, restarted on
//! the same database, and every workflow still completes, each step run in order with its
//! predecessor's output, no two steps of a workflow in workers' hands at once, and no
//! acknowledged update lost.

use std::collections::{HashMap, HashSet};
use std::process::Stdio;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};
use service_kit::db::TestMySql;

use crate::common::PATIENCE;

const STEPS: [&str; 4] = ["crash_s1", "crash_s2", "crash_s3", "crash_s4"];
const BEFORE_KILL: i64 = 60;
const AFTER_RESTART: i64 = 20;

fn spawn_orchestrator(port: u16, database_url: &str) -> tokio::process::Child {
    tokio::process::Command::new(env!("CARGO_BIN_EXE_orchestrator"))
        .args([
            "--http",
            &format!("127.0.0.1:{port}"),
            "--database-url",
            database_url,
            "--drain-delay-ms",
            "0",
            "--sweep-interval-ms",
            "20",
        ])
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("the orchestrator binary starts")
}

async fn wait_healthy(http: &reqwest::Client, base: &str) {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        if let Ok(response) = http.get(format!("{base}/health")).send().await
            && response.status().is_success()
        {
            return;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the orchestrator never answered"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[derive(Default)]
struct Ledger {
    /// Workflow id → the task a worker holds for it right now.
    active: Mutex<HashMap<String, String>>,
    /// Steps of one workflow found in workers' hands at the same time.
    overlaps: Mutex<Vec<String>>,
    /// Task ids whose completion the orchestrator acknowledged.
    acknowledged: Mutex<HashSet<String>>,
    completions: AtomicUsize,
}

/// A worker polling every step's queue, completing each task with `v + 1`; transport errors
/// (the orchestrator is down) are shrugged off, as a worker would.
async fn work(
    http: reqwest::Client,
    base: String,
    ledger: Arc<Ledger>,
    stop: Arc<AtomicBool>,
    name: String,
) {
    while !stop.load(Ordering::SeqCst) {
        for step in STEPS {
            let url = format!("{base}/tasks/poll/batch/{step}?count=3&timeout=50&workerid={name}");
            let Ok(response) = http.get(url).send().await else {
                tokio::time::sleep(Duration::from_millis(20)).await;
                continue;
            };
            let Ok(tasks) = response.json::<Vec<Value>>().await else {
                continue;
            };
            for task in tasks {
                let workflow_id = task["workflowInstanceId"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned();
                let task_id = task["taskId"].as_str().unwrap_or_default().to_owned();
                {
                    let mut active = ledger.active.lock().expect("not poisoned");
                    if let Some(other) = active.insert(workflow_id.clone(), task_id.clone()) {
                        ledger
                            .overlaps
                            .lock()
                            .expect("not poisoned")
                            .push(format!("{workflow_id}: {other} and {task_id}"));
                    }
                }
                let v = task["inputData"]["v"].as_i64().unwrap_or(-1000);
                let result = json!({
                    "workflowInstanceId": workflow_id,
                    "taskId": task_id,
                    "status": "COMPLETED",
                    "workerId": name,
                    "outputData": {"v": v + 1},
                });
                // The work is done once the output exists; reporting it is not part of it (the
                // orchestrator may hand out the next step before this worker hears back).
                ledger
                    .active
                    .lock()
                    .expect("not poisoned")
                    .remove(&workflow_id);
                let acked = match http
                    .post(format!("{base}/tasks"))
                    .json(&result)
                    .send()
                    .await
                {
                    Ok(response) => response.status().is_success(),
                    Err(_) => false,
                };
                if acked {
                    ledger
                        .acknowledged
                        .lock()
                        .expect("not poisoned")
                        .insert(task_id);
                    ledger.completions.fetch_add(1, Ordering::SeqCst);
                }
            }
        }
    }
}

async fn register(http: &reqwest::Client, base: &str) {
    let defs: Vec<Value> = STEPS
        .iter()
        .map(|s| json!({"name": s, "retryCount": 5, "retryDelaySeconds": 0, "responseTimeoutSeconds": 2, "timeoutSeconds": 60}))
        .collect();
    let response = http
        .post(format!("{base}/metadata/taskdefs"))
        .json(&defs)
        .send()
        .await
        .expect("answered");
    assert_eq!(response.status(), 200);
    let mut tasks = Vec::new();
    for (index, step) in STEPS.iter().enumerate() {
        let source = if index == 0 {
            "${workflow.input.v}".to_owned()
        } else {
            format!("${{{}.output.v}}", STEPS[index - 1])
        };
        tasks.push(json!({"name": step, "taskReferenceName": step, "type": "SIMPLE", "inputParameters": {"v": source}}));
    }
    let def = json!({"name": "crash_wf", "version": 1, "tasks": tasks, "outputParameters": {"v": "${crash_s4.output.v}"}});
    let response = http
        .post(format!("{base}/metadata/workflow"))
        .json(&def)
        .send()
        .await
        .expect("answered");
    assert_eq!(response.status(), 200);
}

async fn start(http: &reqwest::Client, base: &str, v: i64) -> String {
    let response = http
        .post(format!("{base}/workflow"))
        .json(&json!({"name": "crash_wf", "input": {"v": v}}))
        .send()
        .await
        .expect("answered");
    assert_eq!(response.status(), 200);
    response.text().await.expect("an id")
}

async fn killed_and_restarted_under_load(database_url: String) {
    let http = reqwest::Client::new();
    let port = service_kit::testing::free_port();
    let base = format!("http://127.0.0.1:{port}/api");
    let mut first = spawn_orchestrator(port, &database_url);
    wait_healthy(&http, &base).await;
    register(&http, &base).await;

    let ledger = Arc::new(Ledger::default());
    let stop = Arc::new(AtomicBool::new(false));
    let workers: Vec<_> = (0..4)
        .map(|n| {
            tokio::spawn(work(
                http.clone(),
                base.clone(),
                ledger.clone(),
                stop.clone(),
                format!("w{n}"),
            ))
        })
        .collect();
    let mut started = Vec::new();
    for v in 0..BEFORE_KILL {
        started.push((start(&http, &base, v * 10).await, v * 10));
    }
    // Kill in the middle of the load: some workflows done, many mid-way.
    let deadline = tokio::time::Instant::now() + PATIENCE;
    while ledger.completions.load(Ordering::SeqCst) < 60 {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the load never got going"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    first.kill().await.expect("kill -9");
    let completed_before_kill = ledger.completions.load(Ordering::SeqCst);

    let mut second = spawn_orchestrator(port, &database_url);
    wait_healthy(&http, &base).await;
    for v in BEFORE_KILL..BEFORE_KILL + AFTER_RESTART {
        started.push((start(&http, &base, v * 10).await, v * 10));
    }
    for (id, v) in &started {
        let deadline = tokio::time::Instant::now() + PATIENCE;
        let workflow = loop {
            let workflow: Value = http
                .get(format!("{base}/workflow/{id}"))
                .send()
                .await
                .expect("answered")
                .json()
                .await
                .expect("JSON");
            if workflow["status"] != "RUNNING" {
                break workflow;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "stuck: {workflow:#}"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        };
        assert_eq!(workflow["status"], "COMPLETED", "{workflow:#}");
        assert_eq!(
            workflow["output"]["v"],
            json!(v + 4),
            "every step ran on its predecessor's output"
        );
        let completed: Vec<&str> = workflow["tasks"]
            .as_array()
            .expect("tasks")
            .iter()
            .filter(|t| t["status"] == "COMPLETED")
            .map(|t| t["referenceTaskName"].as_str().unwrap_or_default())
            .collect();
        assert_eq!(completed, STEPS, "each step completed once, in order");
    }
    stop.store(true, Ordering::SeqCst);
    for worker in workers {
        worker.await.expect("a worker ends");
    }
    assert!(
        completed_before_kill < (BEFORE_KILL as usize) * STEPS.len(),
        "the kill came mid-load"
    );
    let overlaps = ledger.overlaps.lock().expect("not poisoned").clone();
    assert!(
        overlaps.is_empty(),
        "steps of one workflow ran at once: {overlaps:?}"
    );
    let acknowledged = ledger.acknowledged.lock().expect("not poisoned").clone();
    for task_id in acknowledged {
        let task: Value = http
            .get(format!("{base}/tasks/{task_id}"))
            .send()
            .await
            .expect("answered")
            .json()
            .await
            .expect("JSON");
        assert_eq!(
            task["status"], "COMPLETED",
            "an acknowledged update was lost: {task:#}"
        );
    }
    second.kill().await.expect("stopped");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_killed_orchestrator_restarted_on_its_sqlite_file_completes_every_workflow_step_by_step()
{
    let dir = tempfile::tempdir().expect("a temporary directory");
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("crash.db").display()
    );
    killed_and_restarted_under_load(url).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_killed_orchestrator_restarted_on_its_mariadb_schema_completes_every_workflow_step_by_step()
 {
    let Some(mysql) = TestMySql::create(None)
        .await
        .expect("a MySQL test database")
    else {
        return;
    };
    killed_and_restarted_under_load(mysql.url()).await;
    mysql.drop_database().await.expect("dropped");
}
