//! service-kit's worker runtime (`service_kit::worker`) against the embedded orchestrator, over
//! HTTP as against Conductor OSS: completion, a transient failure retried, a terminal failure
//! running the failure workflow, a panic reported as `FAILED`, bounded concurrency, the trace
//! context carried into the worker's span, and a drain on shutdown that finishes the task in hand
//! (and gives up on one that does not finish within its timeout).
//!
//! (The runtime lives in service-kit, which the orchestrator depends on: its tests sit here so
//! the real orchestrator is in reach without a dependency cycle.)

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use serde_json::{Value, json};
use service_kit::worker::{Outcome, Worker, WorkerConfig, WorkerRuntime};
use tokio::sync::{Semaphore, mpsc, oneshot};

use crate::common::{PATIENCE, TestApp};

/// Register one SIMPLE task type per name and a workflow running them in order, retrying twice
/// without delay; its failure workflow runs `<prefix>_undo`.
async fn define(app: &TestApp, workflow: &str, tasks: &[&str]) {
    let mut defs: Vec<Value> = tasks
        .iter()
        .map(|name| {
            json!({"name": name, "retryCount": 2, "retryLogic": "FIXED", "retryDelaySeconds": 0,
                   "timeoutSeconds": 30, "responseTimeoutSeconds": 10})
        })
        .collect();
    let undo = format!("{workflow}_undo");
    defs.push(json!({"name": undo, "retryCount": 0, "responseTimeoutSeconds": 10}));
    app.task_defs(Value::Array(defs)).await;
    let steps: Vec<Value> = tasks
        .iter()
        .map(|name| {
            json!({"name": name, "taskReferenceName": format!("{name}_ref"), "type": "SIMPLE",
                   "inputParameters": {"n": "${workflow.input.n}", "traceparent": "${workflow.input.traceparent}"}})
        })
        .collect();
    app.workflow_def(json!({
        "name": format!("{workflow}_failure"), "version": 1, "schemaVersion": 2,
        "tasks": [{"name": undo, "taskReferenceName": "undo_ref", "type": "SIMPLE",
                   "inputParameters": {"n": "${workflow.input.n}", "reason": "${workflow.input.reason}"}}],
    }))
    .await;
    app.workflow_def(json!({
        "name": workflow, "version": 1, "schemaVersion": 2, "tasks": steps,
        "failureWorkflow": format!("{workflow}_failure"),
    }))
    .await;
}

const TRACE_ID: &str = "4bf92f3577b34da6a3ce929d0e0e4736";

async fn start(app: &TestApp, workflow: &str, n: i64) -> String {
    app.start(json!({"name": workflow, "input": {
        "n": n, "traceparent": format!("00-{TRACE_ID}-00f067aa0ba902b7-01"),
    }}))
    .await
}

fn runtime(app: &TestApp) -> WorkerRuntime {
    let url = app.base.parse().expect("the server URL");
    let mut config = WorkerConfig::new(url);
    config.poll_timeout = Duration::from_millis(200);
    config.error_backoff = Duration::from_millis(50);
    WorkerRuntime::new(config).expect("a runtime")
}

/// Run `runtime` on a task of its own; stop it by sending on the returned channel.
fn spawn(runtime: WorkerRuntime) -> (oneshot::Sender<()>, tokio::task::JoinHandle<()>) {
    let (stop, stopped) = oneshot::channel::<()>();
    let handle = tokio::spawn(runtime.run(async move {
        let _ = stopped.await;
    }));
    (stop, handle)
}

async fn finish(stop: oneshot::Sender<()>, handle: tokio::task::JoinHandle<()>) {
    let _ = stop.send(());
    tokio::time::timeout(PATIENCE, handle)
        .await
        .expect("the runtime stops")
        .expect("the runtime does not panic");
}

#[tokio::test]
async fn tasks_complete_with_their_output_in_the_starters_trace() {
    let app = TestApp::spawn().await;
    define(&app, "w_done", &["w_done_a", "w_done_b"]).await;
    let traces = Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = Arc::clone(&traces);
    let runtime = runtime(&app)
        .with(Worker::new("w_done_a", 4, move |input: Value| {
            let seen = Arc::clone(&seen);
            async move {
                let trace = service_kit::worker::trace_id(&tracing::Span::current());
                seen.lock().unwrap().push(trace.unwrap_or_default());
                Outcome::Completed(json!({"double": input["n"].as_i64().unwrap_or(0) * 2}))
            }
        }))
        .with(Worker::new("w_done_b", 4, |_input: Value| async {
            Outcome::Completed(json!({"ok": true}))
        }));
    let (stop, handle) = spawn(runtime);
    let id = start(&app, "w_done", 21).await;
    let workflow = app.wait_for_status(&id, "COMPLETED").await;
    assert_eq!(workflow["tasks"][0]["outputData"]["double"], 42);
    assert_eq!(workflow["output"], json!({"ok": true}));
    finish(stop, handle).await;
    assert_eq!(traces.lock().unwrap().as_slice(), [TRACE_ID]);
    let metrics = service_kit::http::metrics::prometheus()
        .expect("the recorder")
        .render();
    assert!(
        metrics.contains("saga_worker_tasks_total")
            && metrics.contains("task_type=\"w_done_a\"")
            && metrics.contains("status=\"COMPLETED\""),
        "{metrics}"
    );
    app.stop().await;
}

#[tokio::test]
async fn a_transient_failure_is_retried_and_a_panic_is_a_failure() {
    let app = TestApp::spawn().await;
    define(&app, "w_retry", &["w_retry_a"]).await;
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&calls);
    let runtime = runtime(&app).with(Worker::new("w_retry_a", 1, move |_input: Value| {
        let counter = Arc::clone(&counter);
        async move {
            match counter.fetch_add(1, Ordering::SeqCst) {
                0 => Outcome::Failed("connection refused".into()),
                1 => panic!("boom"),
                _ => Outcome::Completed(json!({"third": true})),
            }
        }
    }));
    let (stop, handle) = spawn(runtime);
    let id = start(&app, "w_retry", 1).await;
    let workflow = app.wait_for_status(&id, "COMPLETED").await;
    let tasks = workflow["tasks"].as_array().unwrap();
    let statuses: Vec<&str> = tasks
        .iter()
        .map(|t| t["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["FAILED", "FAILED", "COMPLETED"]);
    assert_eq!(tasks[0]["reasonForIncompletion"], "connection refused");
    let panicked = tasks[1]["reasonForIncompletion"].as_str().unwrap();
    assert!(
        panicked.contains("panicked") && panicked.contains("boom"),
        "{panicked}"
    );
    finish(stop, handle).await;
    assert_eq!(calls.load(Ordering::SeqCst), 3);
    app.stop().await;
}

#[tokio::test]
async fn a_terminal_failure_is_not_retried_and_runs_the_failure_workflow() {
    let app = TestApp::spawn().await;
    define(&app, "w_term", &["w_term_a", "w_term_b"]).await;
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&calls);
    let (undone, mut undone_rx) = mpsc::unbounded_channel::<Value>();
    let runtime = runtime(&app)
        .with(Worker::new("w_term_a", 2, move |_input: Value| {
            let counter = Arc::clone(&counter);
            async move {
                counter.fetch_add(1, Ordering::SeqCst);
                Outcome::FailedTerminal("card_declined: the card was declined".into())
            }
        }))
        .with(Worker::new("w_term_undo", 2, move |input: Value| {
            let undone = undone.clone();
            async move {
                let _ = undone.send(input);
                Outcome::Completed(json!({"undone": true}))
            }
        }));
    let (stop, handle) = spawn(runtime);
    let id = start(&app, "w_term", 7).await;
    let failed = app.wait_for_status(&id, "FAILED").await;
    assert!(
        failed["reasonForIncompletion"]
            .as_str()
            .unwrap()
            .contains("card_declined")
    );
    let input = tokio::time::timeout(PATIENCE, undone_rx.recv())
        .await
        .expect("the compensation ran")
        .expect("an input");
    assert_eq!(input["n"], 7);
    assert!(input["reason"].as_str().unwrap().contains("card_declined"));
    let failure_id = failed["output"]["conductor.failure_workflow"]
        .as_str()
        .unwrap()
        .to_owned();
    app.wait_for_status(&failure_id, "COMPLETED").await;
    finish(stop, handle).await;
    assert_eq!(
        calls.load(Ordering::SeqCst),
        1,
        "a terminal failure is never retried"
    );
    app.stop().await;
}

#[tokio::test]
async fn concurrency_is_bounded_per_task_type() {
    let app = TestApp::spawn().await;
    define(&app, "w_many", &["w_many_a"]).await;
    let current = Arc::new(AtomicUsize::new(0));
    let most = Arc::new(AtomicUsize::new(0));
    let release = Arc::new(Semaphore::new(0));
    let (started, mut started_rx) = mpsc::unbounded_channel::<()>();
    let (c, m, r) = (
        Arc::clone(&current),
        Arc::clone(&most),
        Arc::clone(&release),
    );
    let runtime = runtime(&app).with(Worker::new("w_many_a", 2, move |_input: Value| {
        let (c, m, r, started) = (
            Arc::clone(&c),
            Arc::clone(&m),
            Arc::clone(&r),
            started.clone(),
        );
        async move {
            let now = c.fetch_add(1, Ordering::SeqCst) + 1;
            m.fetch_max(now, Ordering::SeqCst);
            let _ = started.send(());
            r.acquire()
                .await
                .expect("the semaphore stays open")
                .forget();
            c.fetch_sub(1, Ordering::SeqCst);
            Outcome::Completed(json!({}))
        }
    }));
    let (stop, handle) = spawn(runtime);
    let mut ids = Vec::new();
    for n in 0..5 {
        ids.push(start(&app, "w_many", n).await);
    }
    // Two tasks are taken at once (the slots are free) and held until released.
    for _ in 0..2 {
        tokio::time::timeout(PATIENCE, started_rx.recv())
            .await
            .expect("a task started")
            .expect("the runtime runs");
    }
    assert_eq!(current.load(Ordering::SeqCst), 2);
    release.add_permits(ids.len());
    for id in &ids {
        app.wait_for_status(id, "COMPLETED").await;
    }
    finish(stop, handle).await;
    assert_eq!(most.load(Ordering::SeqCst), 2, "two at once, never more");
    app.stop().await;
}

#[tokio::test]
async fn shutdown_stops_polling_and_finishes_the_task_in_hand() {
    let app = TestApp::spawn().await;
    define(&app, "w_drain", &["w_drain_a"]).await;
    let release = Arc::new(Semaphore::new(0));
    let (started, mut started_rx) = mpsc::unbounded_channel::<()>();
    let r = Arc::clone(&release);
    let runtime = runtime(&app).with(Worker::new("w_drain_a", 2, move |_input: Value| {
        let (r, started) = (Arc::clone(&r), started.clone());
        async move {
            let _ = started.send(());
            r.acquire()
                .await
                .expect("the semaphore stays open")
                .forget();
            Outcome::Completed(json!({"drained": true}))
        }
    }));
    let (stop, mut handle) = spawn(runtime);
    let id = start(&app, "w_drain", 1).await;
    tokio::time::timeout(PATIENCE, started_rx.recv())
        .await
        .expect("the task started")
        .expect("the runtime runs");
    let _ = stop.send(());
    // The runtime is still waiting for the task in hand.
    tokio::select! {
        biased;
        _ = &mut handle => panic!("the runtime stopped with a task in hand"),
        () = tokio::task::yield_now() => {}
    }
    assert!(!handle.is_finished());
    release.add_permits(1);
    tokio::time::timeout(PATIENCE, handle)
        .await
        .expect("the runtime drains")
        .expect("the runtime does not panic");
    // The task's result was reported before `run` returned.
    let workflow = app
        .get_json(&format!("/workflow/{id}?includeTasks=true"))
        .await;
    assert_eq!(workflow["tasks"][0]["status"], "COMPLETED");
    assert_eq!(workflow["tasks"][0]["outputData"]["drained"], true);
    // And nothing polls any more: a new task stays queued.
    start(&app, "w_drain", 2).await;
    let sizes = app.get_json("/tasks/queue/sizes?taskType=w_drain_a").await;
    assert_eq!(sizes["w_drain_a"], 1);
    app.stop().await;
}

#[tokio::test]
async fn the_drain_on_shutdown_ends_after_its_timeout_leaving_a_stuck_task_to_the_server() {
    let app = TestApp::spawn().await;
    define(&app, "w_stuck", &["w_stuck_a"]).await;
    let (started, mut started_rx) = mpsc::unbounded_channel::<()>();
    let mut runtime_config = WorkerConfig::new(app.base.parse().expect("the server URL"));
    runtime_config.poll_timeout = Duration::from_millis(200);
    runtime_config.drain_timeout = Duration::from_millis(300);
    let runtime = WorkerRuntime::new(runtime_config)
        .expect("a runtime")
        .with(Worker::new("w_stuck_a", 1, move |_input: Value| {
            let started = started.clone();
            async move {
                let _ = started.send(());
                // A handler that never finishes.
                std::future::pending::<()>().await;
                Outcome::Completed(json!({}))
            }
        }));
    let (stop, handle) = spawn(runtime);
    let id = start(&app, "w_stuck", 1).await;
    tokio::time::timeout(PATIENCE, started_rx.recv())
        .await
        .expect("the task started")
        .expect("the runtime runs");
    let stopping = std::time::Instant::now();
    let _ = stop.send(());
    tokio::time::timeout(PATIENCE, handle)
        .await
        .expect("the drain ends after its timeout, not when the handler does")
        .expect("the runtime does not panic");
    let took = stopping.elapsed();
    assert!(
        took >= Duration::from_millis(300),
        "the drain waited for the task in hand first ({took:?})"
    );
    // Nothing was reported: the task stays with the worker until its response timeout.
    let workflow = app
        .get_json(&format!("/workflow/{id}?includeTasks=true"))
        .await;
    assert_eq!(workflow["tasks"][0]["status"], "IN_PROGRESS");
    app.stop().await;
}

#[tokio::test]
async fn a_worker_with_a_domain_takes_the_tasks_routed_to_it() {
    let app = TestApp::spawn().await;
    define(&app, "w_dom", &["w_dom_a"]).await;
    let url = app.base.parse().expect("the server URL");
    let mut config = WorkerConfig::new(url);
    config.poll_timeout = Duration::from_millis(200);
    config.domain = Some("blue".to_owned());
    let runtime = WorkerRuntime::new(config)
        .expect("a runtime")
        .with(Worker::new("w_dom_a", 1, |_input: Value| async {
            Outcome::Completed(json!({"domain": "blue"}))
        }));
    let (stop, handle) = spawn(runtime);
    let id = app
        .start(json!({"name": "w_dom", "input": {"n": 1}, "taskToDomain": {"w_dom_a": "blue"}}))
        .await;
    let workflow = app.wait_for_status(&id, "COMPLETED").await;
    assert_eq!(workflow["tasks"][0]["domain"], "blue");
    assert_eq!(workflow["output"], json!({"domain": "blue"}));
    finish(stop, handle).await;
    app.stop().await;
}

/// A rough probe, run by hand (`--ignored --nocapture`): the generated saga definitions
/// (`deploy/conductor/`) driven by the worker runtime with no-op workers, in-process on SQLite.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a measurement to run by hand, not a check"]
async fn the_worker_runtime_drives_the_generated_saga_at_rate() {
    let workflows: usize = std::env::var("LOAD_WORKFLOWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300);
    let app = TestApp::spawn().await;
    let deploy = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../deploy/conductor");
    let read = |name: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(deploy.join(name)).unwrap()).unwrap()
    };
    app.task_defs(read("taskdefs.json")).await;
    app.workflow_def(read("bookstore_order_book_wf.json")).await;
    app.workflow_def(read("bookstore_order_book_failure_wf.json"))
        .await;
    let (finished, mut finished_rx) = mpsc::unbounded_channel::<()>();
    let outputs = [
        (
            "place_order",
            json!({"order_id": 1, "user_id": "5f0c6b7e-2f8a-4d3c-9a51-0c2b8e6f1d42",
                               "amount": "1.00", "items": [{"book_id": 1, "quantity": 1}]}),
        ),
        ("make_payment", json!({"payment_id": 1, "status": "paid"})),
        (
            "change_order_status",
            json!({"order_id": 1, "status": "paid"}),
        ),
        ("reserve_inventory", json!({"order_id": 1, "reserved": []})),
    ];
    let mut runtime = runtime(&app);
    for (task_type, output) in outputs {
        let finished = finished.clone();
        runtime = runtime.with(Worker::new(task_type, 16, move |_input: Value| {
            let (output, finished) = (output.clone(), finished.clone());
            async move {
                if task_type == "reserve_inventory" {
                    let _ = finished.send(());
                }
                Outcome::Completed(output)
            }
        }));
    }
    let (stop, handle) = spawn(runtime);
    let started = std::time::Instant::now();
    // Eight starters at once, as the order service's requests would start sagas.
    let mut starters = tokio::task::JoinSet::new();
    for starter in 0..8 {
        let (http, url) = (app.http.clone(), app.url("/workflow"));
        starters.spawn(async move {
            for n in (starter..workflows).step_by(8) {
                let body = json!({"name": "bookstore_order_book_wf", "version": 1,
                                  "input": {"order_id": n + 1, "card_token": "tok_abcdefghijklmnop"}});
                let response = http.post(&url).json(&body).send().await.expect("answered");
                assert_eq!(response.status(), 200);
            }
        });
    }
    while let Some(done) = starters.join_next().await {
        done.expect("a starter");
    }
    let starting = started.elapsed().as_secs_f64();
    for _ in 0..workflows {
        tokio::time::timeout(PATIENCE, finished_rx.recv())
            .await
            .expect("every saga reaches its last step")
            .expect("the runtime runs");
    }
    let elapsed = started.elapsed().as_secs_f64();
    println!(
        "{workflows} sagas (4 tasks each) in {elapsed:.2} s ({starting:.2} s of them starting the workflows, 8 at a time): {:.0} workflows/s, {:.0} tasks/s",
        workflows as f64 / elapsed,
        (workflows * 4) as f64 / elapsed
    );
    finish(stop, handle).await;
    app.stop().await;
}
