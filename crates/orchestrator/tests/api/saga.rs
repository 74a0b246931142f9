//! The order saga's generated Conductor definitions (`deploy/conductor/*.json`, emitted from
//! `api/saga/bookstore_order_book_wf.yaml`): they are the official SDK's own definition models
//! without a field lost, and the orchestrator accepts and runs them, the failure workflow
//! included.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::common::TestApp;

fn deploy_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../deploy/conductor")
}

fn read(name: &str) -> Value {
    let text = std::fs::read_to_string(deploy_dir().join(name)).expect("a generated definition");
    serde_json::from_str(&text).expect("valid JSON")
}

const WORKFLOW: &str = "bookstore_order_book_wf";
const FAILURE_WORKFLOW: &str = "bookstore_order_book_failure_wf";

#[test]
fn the_generated_definitions_are_the_sdks_models_without_a_field_lost() {
    let defs = read("taskdefs.json");
    let models: Vec<conductor::TaskDef> =
        serde_json::from_value(defs.clone()).expect("the SDK reads the task definitions");
    assert_eq!(models.len(), 8);
    assert_eq!(serde_json::to_value(&models).unwrap(), defs);
    for name in [WORKFLOW, FAILURE_WORKFLOW] {
        let def = read(&format!("{name}.json"));
        let model: conductor::WorkflowDef =
            serde_json::from_value(def.clone()).expect("the SDK reads the workflow");
        assert_eq!(model.schema_version, 2);
        assert_eq!(serde_json::to_value(&model).unwrap(), def, "{name}");
    }
}

async fn register(app: &TestApp) {
    app.task_defs(read("taskdefs.json")).await;
    app.workflow_def(read(&format!("{WORKFLOW}.json"))).await;
    app.workflow_def(read(&format!("{FAILURE_WORKFLOW}.json")))
        .await;
}

const TRACEPARENT: &str = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

async fn start(app: &TestApp) -> String {
    app.start(json!({
        "name": WORKFLOW,
        "version": 1,
        "input": {"order_id": 1001, "card_token": "tok_abcdefghijklmnop", "traceparent": TRACEPARENT},
    }))
    .await
}

/// Poll one task of `task_type`, check it belongs to `workflow_id`, and return it.
async fn take(app: &TestApp, task_type: &str, workflow_id: &str) -> Value {
    let tasks = app.poll(task_type, "saga-test", 1, 5_000).await;
    assert_eq!(tasks.len(), 1, "no {task_type} task handed out");
    let task = tasks[0].clone();
    assert_eq!(task["workflowInstanceId"], workflow_id);
    assert_eq!(task["inputData"]["traceparent"], TRACEPARENT);
    task
}

fn items() -> Value {
    json!([{"book_id": 42, "quantity": 2}])
}

#[tokio::test]
async fn the_orchestrator_runs_the_generated_saga_to_completion() {
    let app = TestApp::spawn().await;
    register(&app).await;
    let id = start(&app).await;

    let task = take(&app, "place_order", &id).await;
    assert_eq!(task["inputData"]["order_id"], 1001);
    let user = "5f0c6b7e-2f8a-4d3c-9a51-0c2b8e6f1d42";
    app.complete(
        &task,
        json!({"order_id": 1001, "user_id": user, "amount": "47.99", "items": items()}),
    )
    .await;

    let task = take(&app, "make_payment", &id).await;
    assert_eq!(
        task["inputData"],
        json!({"order_id": 1001, "user_id": user, "amount": "47.99",
               "card_token": "tok_abcdefghijklmnop", "traceparent": TRACEPARENT})
    );
    app.complete(&task, json!({"payment_id": 9, "status": "paid"}))
        .await;

    let task = take(&app, "change_order_status", &id).await;
    assert_eq!(task["inputData"]["payment_id"], 9);
    app.complete(&task, json!({"order_id": 1001, "status": "paid"}))
        .await;

    let task = take(&app, "reserve_inventory", &id).await;
    assert_eq!(task["inputData"]["items"], items());
    let reserved = json!([{"book_id": 42, "warehouse_id": 3, "quantity": 2}]);
    app.complete(&task, json!({"order_id": 1001, "reserved": reserved}))
        .await;

    let task = take(&app, "confirm_order", &id).await;
    assert_eq!(task["inputData"]["order_id"], 1001);
    app.complete(&task, json!({"order_id": 1001, "status": "confirmed"}))
        .await;

    let workflow = app.wait_for_status(&id, "COMPLETED").await;
    assert_eq!(
        workflow["output"],
        json!({"order_id": 1001, "payment_id": 9, "status": "confirmed", "reserved": reserved})
    );
    app.stop().await;
}

#[tokio::test]
async fn a_declined_payment_runs_the_compensations_last_step_first() {
    let app = TestApp::spawn().await;
    register(&app).await;
    let id = start(&app).await;

    let task = take(&app, "place_order", &id).await;
    app.complete(
        &task,
        json!({"order_id": 1001, "user_id": "5f0c6b7e-2f8a-4d3c-9a51-0c2b8e6f1d42",
               "amount": "47.99", "items": items()}),
    )
    .await;
    let task = take(&app, "make_payment", &id).await;
    let response = app
        .post_json(
            "/tasks",
            &json!({
                "workflowInstanceId": id,
                "taskId": task["taskId"],
                "status": "FAILED_WITH_TERMINAL_ERROR",
                "reasonForIncompletion": "card_declined: the card was declined",
            }),
        )
        .await;
    assert_eq!(response.status(), 200);
    let failed = app.wait_for_status(&id, "FAILED").await;
    let failure_id = failed["output"]["conductor.failure_workflow"]
        .as_str()
        .expect("the failure workflow was started")
        .to_owned();

    // Every compensation runs, in reverse order of the steps, with the failed order's id and the
    // failure's reason: the release and the refund find nothing to undo and say so.
    for (task_type, output) in [
        (
            "release_inventory",
            json!({"order_id": 1001, "released": false}),
        ),
        (
            "refund_payment",
            json!({"order_id": 1001, "refunded": false}),
        ),
        (
            "cancel_order",
            json!({"order_id": 1001, "status": "cancelled"}),
        ),
    ] {
        let task = take(&app, task_type, &failure_id).await;
        assert_eq!(task["inputData"]["order_id"], 1001, "{task_type}");
        if task_type != "release_inventory" {
            let reason = task["inputData"]["reason"].as_str().unwrap_or_default();
            assert!(reason.contains("card_declined"), "{task_type}: {reason}");
        }
        if task_type == "cancel_order" {
            // cancel_order learns what the compensations before it did.
            assert_eq!(task["inputData"]["released"], false);
            assert_eq!(task["inputData"]["refunded"], false);
        }
        app.complete(&task, output).await;
    }
    app.wait_for_status(&failure_id, "COMPLETED").await;
    app.stop().await;
}
