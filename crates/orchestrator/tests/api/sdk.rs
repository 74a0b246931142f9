//! The official Rust SDK (`conductor-sdk`) against the embedded orchestrator: it registers
//! definitions, starts workflows and runs its own workers, exactly as against Conductor OSS.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use conductor::client::ConductorClient;
use conductor::models::{RetryLogic, TimeoutPolicy};
use conductor::{
    FnWorker, StartWorkflowRequest, Task, TaskDef, TaskHandler, WorkerOutput, WorkflowDef,
    WorkflowStatus, WorkflowTask,
};
use serde_json::{Value, json};

use crate::common::{PATIENCE, TestApp};

fn output(pairs: &[(&str, Value)]) -> HashMap<String, Value> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect()
}

fn worker<F>(name: &str, f: F) -> FnWorker
where
    F: Fn(Task) -> WorkerOutput + Send + Sync + 'static,
{
    let f = Arc::new(f);
    FnWorker::new(name, move |task: Task| {
        let f = f.clone();
        async move { Ok(f(task)) }
    })
    .with_poll_interval_millis(10)
    .with_thread_count(2)
}

async fn run_workers(app: &TestApp, workers: Vec<FnWorker>) -> TaskHandler {
    let mut handler = TaskHandler::new(app.sdk_config()).expect("a task handler");
    for w in workers {
        handler.add_worker(w);
    }
    handler.start().await.expect("the workers start");
    handler
}

async fn wait_until_over(client: &ConductorClient, id: &str) -> conductor::Workflow {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        let workflow = client
            .workflow_client()
            .get_workflow(id, true)
            .await
            .expect("the SDK reads the workflow");
        if !matches!(
            workflow.status,
            WorkflowStatus::Running | WorkflowStatus::Paused
        ) {
            return workflow;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "still running: {workflow:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn number(task: &Task, key: &str) -> i64 {
    task.input_data
        .get(key)
        .and_then(Value::as_i64)
        .unwrap_or(-1)
}

async fn four_step_workflow_completes_with_outputs_mapped_between_steps(app: TestApp) {
    let client = ConductorClient::new(app.sdk_config()).expect("an SDK client");
    let metadata = client.metadata_client();
    let defs: Vec<TaskDef> = ["step_one", "step_two", "step_three", "step_four"]
        .into_iter()
        .map(|name| TaskDef::new(name).with_response_timeout(10))
        .collect();
    metadata
        .register_task_defs(&defs)
        .await
        .expect("task defs registered");
    let workflow = WorkflowDef::new("four_steps")
        .with_version(1)
        .with_task(
            WorkflowTask::simple("step_one", "one").with_input_param("x", "${workflow.input.x}"),
        )
        .with_task(WorkflowTask::simple("step_two", "two").with_input_param("a", "${one.output.a}"))
        .with_task(
            WorkflowTask::simple("step_three", "three")
                .with_input_param("b", "${two.output.b}")
                .with_input_param("label", "order ${workflow.input.label}"),
        )
        .with_task(
            WorkflowTask::simple("step_four", "four")
                .with_input_param("c", "${three.output.c}")
                .with_input_param("all", "${one.output}"),
        )
        .with_output_param("result", "${four.output.d}")
        .with_output_param("label", "${three.output.label}");
    metadata
        .register_workflow_def(&workflow)
        .await
        .expect("workflow registered");

    let handler = run_workers(
        &app,
        vec![
            worker("step_one", |t| {
                WorkerOutput::completed(output(&[("a", json!(number(&t, "x") + 1))]))
            }),
            worker("step_two", |t| {
                WorkerOutput::completed(output(&[("b", json!(number(&t, "a") * 2))]))
            }),
            worker("step_three", |t| {
                WorkerOutput::completed(output(&[
                    ("c", json!(number(&t, "b") + 100)),
                    (
                        "label",
                        t.input_data.get("label").cloned().unwrap_or(Value::Null),
                    ),
                ]))
            }),
            worker("step_four", |t| {
                let all_a = t
                    .input_data
                    .get("all")
                    .and_then(|v| v["a"].as_i64())
                    .unwrap_or(-1);
                WorkerOutput::completed(output(&[("d", json!(number(&t, "c") * 10 + all_a))]))
            }),
        ],
    )
    .await;
    let id = client
        .workflow_client()
        .start_workflow(
            &StartWorkflowRequest::new("four_steps")
                .with_version(1)
                .with_input_value("x", 4)
                .with_input_value("label", "A-7"),
        )
        .await
        .expect("the workflow starts");
    let done = wait_until_over(&client, &id).await;
    let mut handler = handler;
    handler.stop().await.expect("the workers stop");

    assert_eq!(done.status, WorkflowStatus::Completed, "{done:?}");
    // x=4 → a=5 → b=10 → c=110 → d=110*10+5
    assert_eq!(done.output.get("result"), Some(&json!(1105)));
    assert_eq!(done.output.get("label"), Some(&json!("order A-7")));
    let refs: Vec<_> = done
        .tasks
        .iter()
        .map(|t| t.reference_task_name.as_str())
        .collect();
    assert_eq!(refs, ["one", "two", "three", "four"]);
    assert!(
        done.tasks
            .iter()
            .all(|t| t.status == conductor::TaskStatus::Completed)
    );
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sdk_workers_run_a_four_step_workflow_to_completion_on_sqlite() {
    four_step_workflow_completes_with_outputs_mapped_between_steps(TestApp::spawn().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sdk_workers_run_a_four_step_workflow_to_completion_on_mariadb() {
    let Some(app) = TestApp::spawn_mysql().await else {
        return;
    };
    four_step_workflow_completes_with_outputs_mapped_between_steps(app).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_terminal_failure_is_not_retried_and_runs_the_failure_workflow_with_conductors_input() {
    let app = TestApp::spawn().await;
    let client = ConductorClient::new(app.sdk_config()).expect("an SDK client");
    let metadata = client.metadata_client();
    metadata
        .register_task_defs(&[
            TaskDef::new("charge").with_retry(3, RetryLogic::Fixed, 0),
            TaskDef::new("refund"),
        ])
        .await
        .expect("task defs registered");
    let compensation = WorkflowDef::new("pay_compensation")
        .with_version(1)
        .with_task(
            WorkflowTask::simple("refund", "refund")
                .with_input_param("failedId", "${workflow.input.workflowId}")
                .with_input_param("reason", "${workflow.input.reason}")
                .with_input_param("failureStatus", "${workflow.input.failureStatus}")
                .with_input_param("failureTaskId", "${workflow.input.failureTaskId}")
                .with_input_param("orderId", "${workflow.input.orderId}")
                .with_input_param("failedStatus", "${workflow.input.failedWorkflow.status}"),
        );
    metadata
        .register_workflow_def(&compensation)
        .await
        .expect("registered");
    let payment = WorkflowDef::new("pay")
        .with_version(1)
        .with_failure_workflow("pay_compensation")
        .with_task(
            WorkflowTask::simple("charge", "charge")
                .with_input_param("orderId", "${workflow.input.orderId}"),
        );
    metadata
        .register_workflow_def(&payment)
        .await
        .expect("registered");

    let charges = Arc::new(AtomicUsize::new(0));
    let counted = charges.clone();
    let refund_input = Arc::new(std::sync::Mutex::new(None::<HashMap<String, Value>>));
    let seen = refund_input.clone();
    let mut handler = run_workers(
        &app,
        vec![
            worker("charge", move |_| {
                counted.fetch_add(1, Ordering::SeqCst);
                WorkerOutput::FailedWithTerminalError("card declined".to_owned())
            }),
            worker("refund", move |t| {
                *seen.lock().expect("not poisoned") = Some(t.input_data.clone());
                WorkerOutput::complete()
            }),
        ],
    )
    .await;
    let id = client
        .workflow_client()
        .start_workflow(&StartWorkflowRequest::new("pay").with_input_value("orderId", "o-42"))
        .await
        .expect("started");
    let failed = wait_until_over(&client, &id).await;
    assert_eq!(failed.status, WorkflowStatus::Failed);
    let failure_id = failed
        .output
        .get("conductor.failure_workflow")
        .and_then(Value::as_str)
        .expect("the failed workflow names its failure workflow")
        .to_owned();
    let compensated = wait_until_over(&client, &failure_id).await;
    handler.stop().await.expect("the workers stop");

    assert_eq!(compensated.status, WorkflowStatus::Completed);
    assert_eq!(
        charges.load(Ordering::SeqCst),
        1,
        "a terminal error is never retried"
    );
    assert_eq!(failed.tasks.len(), 1);
    let input = refund_input
        .lock()
        .expect("not poisoned")
        .clone()
        .expect("the refund ran");
    assert_eq!(input["failedId"], json!(id));
    assert_eq!(input["reason"], json!("card declined"));
    assert_eq!(input["failureStatus"], json!("FAILED"));
    assert_eq!(input["failureTaskId"], json!(failed.tasks[0].task_id));
    assert_eq!(
        input["orderId"],
        json!("o-42"),
        "the failed workflow's input is passed on"
    );
    assert_eq!(input["failedStatus"], json!("FAILED"));
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_transient_failure_is_retried_as_often_as_the_task_definition_allows() {
    let app = TestApp::spawn().await;
    let client = ConductorClient::new(app.sdk_config()).expect("an SDK client");
    let metadata = client.metadata_client();
    metadata
        .register_task_defs(&[
            TaskDef::new("flaky").with_retry(2, RetryLogic::Fixed, 0),
            TaskDef::new("broken").with_retry(1, RetryLogic::Fixed, 0),
        ])
        .await
        .expect("task defs registered");
    for (name, task) in [("recovers", "flaky"), ("gives_up", "broken")] {
        let def = WorkflowDef::new(name).with_task(WorkflowTask::simple(task, task));
        metadata
            .register_workflow_def(&def)
            .await
            .expect("registered");
    }
    let flaky_runs = Arc::new(AtomicUsize::new(0));
    let counted = flaky_runs.clone();
    let mut handler = run_workers(
        &app,
        vec![
            worker("flaky", move |t| {
                // Fails twice, then succeeds: within retryCount 2.
                if counted.fetch_add(1, Ordering::SeqCst) < 2 {
                    WorkerOutput::failed("database unavailable")
                } else {
                    WorkerOutput::completed(output(&[("attempt", json!(t.retry_count))]))
                }
            }),
            worker("broken", |_| WorkerOutput::failed("still down")),
        ],
    )
    .await;
    let workflows = client.workflow_client();
    let recovers = workflows
        .start_workflow(&StartWorkflowRequest::new("recovers"))
        .await
        .expect("started");
    let gives_up = workflows
        .start_workflow(&StartWorkflowRequest::new("gives_up"))
        .await
        .expect("started");
    let recovered = wait_until_over(&client, &recovers).await;
    let given_up = wait_until_over(&client, &gives_up).await;
    handler.stop().await.expect("the workers stop");

    assert_eq!(recovered.status, WorkflowStatus::Completed);
    let attempts: Vec<_> = recovered
        .tasks
        .iter()
        .map(|t| (t.retry_count, t.status))
        .collect();
    assert_eq!(
        attempts,
        [
            (0, conductor::TaskStatus::Failed),
            (1, conductor::TaskStatus::Failed),
            (2, conductor::TaskStatus::Completed)
        ]
    );
    assert_eq!(recovered.output.get("attempt"), Some(&json!(2)));
    assert_eq!(given_up.status, WorkflowStatus::Failed);
    assert_eq!(given_up.tasks.len(), 2, "the first run and one retry");
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_task_whose_worker_goes_silent_is_handed_out_again_after_its_response_timeout() {
    let app = TestApp::spawn().await;
    let client = ConductorClient::new(app.sdk_config()).expect("an SDK client");
    let metadata = client.metadata_client();
    metadata
        .register_task_defs(&[TaskDef::new("slow")
            .with_retry(1, RetryLogic::Fixed, 0)
            .with_timeout(60, TimeoutPolicy::TimeOutWf)
            .with_response_timeout(1)])
        .await
        .expect("task defs registered");
    metadata
        .register_workflow_def(
            &WorkflowDef::new("silent").with_task(WorkflowTask::simple("slow", "slow")),
        )
        .await
        .expect("registered");
    let id = client
        .workflow_client()
        .start_workflow(&StartWorkflowRequest::new("silent"))
        .await
        .expect("started");
    // A worker takes the task and dies without answering.
    let tasks = client.task_client();
    let taken = tasks
        .batch_poll(
            "slow",
            Some("doomed-worker"),
            None,
            1,
            Duration::from_secs(5),
        )
        .await
        .expect("polled");
    assert_eq!(taken.len(), 1);

    let mut handler = run_workers(&app, vec![worker("slow", |_| WorkerOutput::complete())]).await;
    let done = wait_until_over(&client, &id).await;
    handler.stop().await.expect("the workers stop");

    assert_eq!(done.status, WorkflowStatus::Completed);
    assert_eq!(done.tasks.len(), 2);
    assert_eq!(done.tasks[0].task_id, taken[0].task_id);
    assert_eq!(done.tasks[0].status, conductor::TaskStatus::TimedOut);
    assert_eq!(done.tasks[1].status, conductor::TaskStatus::Completed);
    assert_ne!(done.tasks[1].worker_id.as_deref(), Some("doomed-worker"));
    // The silent worker's late answer is refused: its lease is gone.
    let late = conductor::TaskResult {
        task_id: taken[0].task_id.clone(),
        workflow_instance_id: id.clone(),
        status: conductor::TaskResultStatus::Completed,
        ..Default::default()
    };
    assert!(tasks.update_task(&late).await.is_err());
    app.stop().await;
}

/// Definitions registered through the SDK read back through the SDK with every field it sent.
#[tokio::test]
async fn definitions_round_trip_through_the_sdk_models_without_losing_a_field() {
    let app = TestApp::spawn().await;
    let client = ConductorClient::new(app.sdk_config()).expect("an SDK client");
    let metadata = client.metadata_client();
    let task = TaskDef::new("round_trip")
        .with_description("every field")
        .with_retry(4, RetryLogic::ExponentialBackoff, 3)
        .with_timeout(120, TimeoutPolicy::Retry)
        .with_response_timeout(30)
        .with_rate_limit(10, 60)
        .with_concurrent_limit(5)
        .with_owner("ops@example.com")
        .with_input_keys(vec!["orderId".to_owned()])
        .with_output_keys(vec!["paymentId".to_owned()]);
    metadata.register_task_def(&task).await.expect("registered");
    let workflow = WorkflowDef::new("round_trip_wf")
        .with_version(3)
        .with_description("every field")
        .with_failure_workflow("round_trip_undo")
        .with_task(
            WorkflowTask::simple("round_trip", "rt")
                .with_input_param("orderId", "${workflow.input.orderId}")
                .optional(),
        )
        .with_output_param("paymentId", "${rt.output.paymentId}");
    metadata
        .register_workflow_def(&workflow)
        .await
        .expect("registered");

    let strip = |mut value: Value| {
        if let Value::Object(map) = &mut value {
            map.remove("createTime");
            map.remove("updateTime");
        }
        value
    };
    let task_back = metadata
        .get_task_def("round_trip")
        .await
        .expect("read back");
    assert_eq!(
        strip(serde_json::to_value(&task_back).expect("JSON")),
        strip(serde_json::to_value(&task).expect("JSON"))
    );
    let workflow_back = metadata
        .get_workflow_def("round_trip_wf", Some(3))
        .await
        .expect("read back");
    assert_eq!(
        strip(serde_json::to_value(&workflow_back).expect("JSON")),
        strip(serde_json::to_value(&workflow).expect("JSON"))
    );
    app.stop().await;
}
