//! A rough throughput probe, run by hand (`--ignored`): four-step workflows through the binary
//! (`ORCHESTRATOR_BIN`, e.g. a release build; the test's own binary otherwise) with no-op workers
//! over HTTP. It prints figures and asserts only that everything completed; the benchmark proper
//! belongs in `bench/`.

use std::process::Stdio;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

const STEPS: [&str; 4] = ["load_s1", "load_s2", "load_s3", "load_s4"];

/// A no-op worker for one step: long-polls its queue (woken as soon as a task is queued) and
/// completes each task with its input as output.
async fn worker(
    http: reqwest::Client,
    base: String,
    step: &'static str,
    done: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
) {
    let url = format!("{base}/tasks/poll/batch/{step}?count=8&timeout=500&workerid=load");
    while !stop.load(Ordering::SeqCst) {
        let Ok(response) = http.get(&url).send().await else {
            continue;
        };
        let Ok(tasks) = response.json::<Vec<Value>>().await else {
            continue;
        };
        for task in tasks {
            let result = json!({"workflowInstanceId": task["workflowInstanceId"], "taskId": task["taskId"],
                "status": "COMPLETED", "outputData": {"v": task["inputData"]["v"]}});
            if let Ok(response) = http
                .post(format!("{base}/tasks"))
                .json(&result)
                .send()
                .await
                && response.status().is_success()
            {
                done.fetch_add(1, Ordering::SeqCst);
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a measurement to run by hand, not a check"]
async fn four_step_workflows_per_second_with_no_op_workers() {
    let workflows: usize = std::env::var("LOAD_WORKFLOWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500);
    let dir = tempfile::tempdir().expect("a temporary directory");
    let url = std::env::var("LOAD_DATABASE_URL")
        .unwrap_or_else(|_| format!("sqlite://{}?mode=rwc", dir.path().join("load.db").display()));
    let binary = std::env::var("ORCHESTRATOR_BIN")
        .unwrap_or_else(|_| env!("CARGO_BIN_EXE_orchestrator").to_owned());
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("a port")
        .local_addr()
        .expect("addr")
        .port();
    // `LOAD_BASE_URL` drives a server started elsewhere (under a profiler, say).
    let external = std::env::var("LOAD_BASE_URL").ok();
    let mut child = if external.is_some() {
        None
    } else {
        Some(
            tokio::process::Command::new(binary)
                .args([
                    "--http",
                    &format!("127.0.0.1:{port}"),
                    "--database-url",
                    &url,
                ])
                .env("RUST_LOG", "error")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .kill_on_drop(true)
                .spawn()
                .expect("started"),
        )
    };
    let http = reqwest::Client::new();
    let base = external.unwrap_or_else(|| format!("http://127.0.0.1:{port}/api"));
    while http.get(format!("{base}/health")).send().await.is_err() {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let defs: Vec<Value> = STEPS
        .iter()
        .map(|s| json!({"name": s, "responseTimeoutSeconds": 30}))
        .collect();
    http.post(format!("{base}/metadata/taskdefs"))
        .json(&defs)
        .send()
        .await
        .expect("registered");
    let tasks: Vec<Value> = STEPS
        .iter()
        .map(|s| json!({"name": s, "taskReferenceName": s, "inputParameters": {"v": "${workflow.input.v}"}}))
        .collect();
    http.post(format!("{base}/metadata/workflow"))
        .json(&json!({"name": "load_wf", "tasks": tasks}))
        .send()
        .await
        .expect("registered");

    let done = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let workers: Vec<_> = STEPS
        .iter()
        .flat_map(|step| std::iter::repeat_n(*step, 3))
        .map(|step| {
            tokio::spawn(worker(
                http.clone(),
                base.clone(),
                step,
                done.clone(),
                stop.clone(),
            ))
        })
        .collect();
    let started = Instant::now();
    let starters: Vec<_> = (0..4)
        .map(|n| {
            let (http, base) = (http.clone(), base.clone());
            tokio::spawn(async move {
                for v in (n..workflows).step_by(4) {
                    http.post(format!("{base}/workflow"))
                        .json(&json!({"name": "load_wf", "input": {"v": v}}))
                        .send()
                        .await
                        .expect("started");
                }
            })
        })
        .collect();
    for starter in starters {
        starter.await.expect("a starter ends");
    }
    let total = workflows * STEPS.len();
    let deadline = Instant::now() + Duration::from_secs(600);
    while done.load(Ordering::SeqCst) < total {
        assert!(
            Instant::now() < deadline,
            "only {} of {total} tasks done",
            done.load(Ordering::SeqCst)
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let elapsed = started.elapsed().as_secs_f64();
    stop.store(true, Ordering::SeqCst);
    for w in workers {
        w.await.expect("a worker ends");
    }
    println!(
        "{workflows} workflows, {total} tasks in {elapsed:.2} s: {:.0} tasks/s, {:.0} workflows/s",
        total as f64 / elapsed,
        workflows as f64 / elapsed
    );
    if let Some(child) = &mut child {
        child.kill().await.expect("stopped");
    }
}
