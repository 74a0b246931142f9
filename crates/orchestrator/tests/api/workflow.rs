//! `/workflow`: starting, reading, controlling and finding workflows.

use serde_json::{Value, json};

use crate::common::TestApp;

/// Two steps, `first` then `second`, the second fed from the first.
async fn two_steps(app: &TestApp, failure_workflow: Option<&str>) {
    app.task_defs(json!([
        {"name": "first", "retryCount": 0},
        {"name": "second", "retryCount": 0},
        {"name": "undo"}
    ]))
    .await;
    let mut def = json!({"name": "two", "version": 1, "tasks": [
        {"name": "first", "taskReferenceName": "first", "inputParameters": {"n": "${workflow.input.n}"}},
        {"name": "second", "taskReferenceName": "second", "inputParameters": {"m": "${first.output.m}"}}
    ], "outputParameters": {"m": "${second.output.m}"}});
    if let Some(name) = failure_workflow {
        def["failureWorkflow"] = json!(name);
        app.workflow_def(json!({"name": name, "tasks": [{"name": "undo", "taskReferenceName": "undo",
            "inputParameters": {"of": "${workflow.input.workflowId}", "status": "${workflow.input.failureStatus}",
            "reason": "${workflow.input.reason}"}}]}))
            .await;
    }
    app.workflow_def(def).await;
}

async fn run_one(app: &TestApp, task_type: &str, output: Value) -> Value {
    let tasks = app.poll(task_type, "tester", 1, 5000).await;
    assert_eq!(tasks.len(), 1, "one {task_type} task");
    app.complete(&tasks[0], output).await;
    tasks[0].clone()
}

#[tokio::test]
async fn a_start_by_name_answers_the_id_as_text_and_the_workflow_reads_back_with_or_without_tasks()
{
    let app = TestApp::spawn().await;
    two_steps(&app, None).await;
    let response = app
        .http
        .post(app.url("/workflow/two?version=1&correlationId=order-9"))
        .json(&json!({"n": 3}))
        .send()
        .await
        .expect("answered");
    assert_eq!(response.status(), 200);
    let content_type = response.headers()["content-type"]
        .to_str()
        .unwrap_or_default()
        .to_owned();
    assert!(content_type.starts_with("text/plain"), "{content_type}");
    let id = response.text().await.expect("the id");

    let with_tasks = app.get_json(&format!("/workflow/{id}")).await;
    assert_eq!(with_tasks["status"], "RUNNING");
    assert_eq!(with_tasks["correlationId"], "order-9");
    assert_eq!(with_tasks["tasks"][0]["inputData"], json!({"n": 3}));
    let without = app
        .get_json(&format!("/workflow/{id}?includeTasks=false"))
        .await;
    assert_eq!(without["tasks"], json!([]));

    run_one(&app, "first", json!({"m": 30})).await;
    let second = run_one(&app, "second", json!({"m": 31})).await;
    assert_eq!(second["inputData"], json!({"m": 30}));
    let done = app.wait_for_status(&id, "COMPLETED").await;
    assert_eq!(done["output"], json!({"m": 31}));
    app.stop().await;
}

#[tokio::test]
async fn starting_an_unknown_workflow_is_not_found() {
    let app = TestApp::spawn().await;
    let response = app
        .post_json("/workflow", &json!({"name": "nope", "version": 3}))
        .await;
    assert_eq!(response.status(), 404);
    let body: Value = response.json().await.expect("JSON");
    assert_eq!(
        body["message"],
        "No such workflow found by name: nope, version: 3"
    );
    assert_eq!(app.get("/workflow/not-an-id").await.status(), 404);
    app.stop().await;
}

#[tokio::test]
async fn a_repeated_idempotency_key_returns_the_first_workflow_or_is_refused() {
    let app = TestApp::spawn().await;
    two_steps(&app, None).await;
    let request = json!({"name": "two", "input": {"n": 1}, "idempotencyKey": "order-1",
        "idempotencyStrategy": "RETURN_EXISTING"});
    let first = app.start(request.clone()).await;
    let second = app.start(request).await;
    assert_eq!(first, second);
    assert_eq!(app.get_json("/workflow/running/two").await, json!([first]));

    let refused = app
        .post_json(
            "/workflow",
            &json!({"name": "two", "idempotencyKey": "order-1", "idempotencyStrategy": "FAIL"}),
        )
        .await;
    assert_eq!(refused.status(), 409);
    app.stop().await;
}

#[tokio::test]
async fn terminating_cancels_the_open_task_and_can_trigger_the_failure_workflow() {
    let app = TestApp::spawn().await;
    two_steps(&app, Some("two_undo")).await;
    let id = app.start(json!({"name": "two", "input": {"n": 1}})).await;
    let response = app
        .http
        .delete(app.url(&format!(
            "/workflow/{id}?reason=customer%20cancelled&triggerFailureWorkflow=true"
        )))
        .send()
        .await
        .expect("answered");
    assert_eq!(response.status(), 200);
    let terminated = app.get_json(&format!("/workflow/{id}")).await;
    assert_eq!(terminated["status"], "TERMINATED");
    assert_eq!(terminated["reasonForIncompletion"], "customer cancelled");
    assert_eq!(terminated["tasks"][0]["status"], "CANCELED");
    assert!(
        app.poll("first", "late", 1, 0).await.is_empty(),
        "a canceled task is not handed out"
    );

    let undo = run_one(&app, "undo", json!({})).await;
    assert_eq!(
        undo["inputData"],
        json!({"of": id, "status": "TERMINATED", "reason": "customer cancelled"})
    );
    let again = app
        .http
        .delete(app.url(&format!("/workflow/{id}")))
        .send()
        .await
        .expect("answered");
    assert_eq!(
        again.status(),
        409,
        "a terminated workflow cannot be terminated again"
    );
    app.stop().await;
}

#[tokio::test]
async fn a_paused_workflow_schedules_nothing_until_resumed() {
    let app = TestApp::spawn().await;
    two_steps(&app, None).await;
    let id = app.start(json!({"name": "two", "input": {"n": 1}})).await;
    let first = app.poll("first", "tester", 1, 5000).await;
    let pause = app
        .http
        .put(app.url(&format!("/workflow/{id}/pause")))
        .send()
        .await
        .expect("answered");
    assert_eq!(pause.status(), 200);
    app.complete(&first[0], json!({"m": 2})).await;
    let paused = app.get_json(&format!("/workflow/{id}")).await;
    assert_eq!(paused["status"], "PAUSED");
    assert_eq!(
        paused["tasks"].as_array().map(Vec::len),
        Some(1),
        "no second task while paused"
    );

    let resume = app
        .http
        .put(app.url(&format!("/workflow/{id}/resume")))
        .send()
        .await
        .expect("answered");
    assert_eq!(resume.status(), 200);
    run_one(&app, "second", json!({"m": 3})).await;
    app.wait_for_status(&id, "COMPLETED").await;
    let resume_again = app
        .http
        .put(app.url(&format!("/workflow/{id}/resume")))
        .send()
        .await
        .expect("answered");
    assert_eq!(resume_again.status(), 409);
    app.stop().await;
}

#[tokio::test]
async fn a_failed_workflow_retried_runs_its_failed_task_again_and_completes() {
    let app = TestApp::spawn().await;
    two_steps(&app, None).await;
    let id = app.start(json!({"name": "two", "input": {"n": 1}})).await;
    run_one(&app, "first", json!({"m": 2})).await;
    let second = app.poll("second", "tester", 1, 5000).await;
    let failed = app
        .post_json(
            "/tasks",
            &json!({"workflowInstanceId": id, "taskId": second[0]["taskId"],
            "status": "FAILED", "reasonForIncompletion": "boom"}),
        )
        .await;
    assert_eq!(failed.status(), 200);
    let workflow = app.wait_for_status(&id, "FAILED").await;
    assert_eq!(workflow["reasonForIncompletion"], "boom");
    assert_eq!(workflow["failedReferenceTaskNames"], json!(["second"]));

    let retry = app
        .http
        .post(app.url(&format!("/workflow/{id}/retry")))
        .send()
        .await
        .expect("answered");
    assert!(retry.status().is_success());
    let again = run_one(&app, "second", json!({"m": 5})).await;
    assert_eq!(again["inputData"], json!({"m": 2}));
    let done = app.wait_for_status(&id, "COMPLETED").await;
    assert_eq!(done["output"], json!({"m": 5}));
    app.stop().await;
}

#[tokio::test]
async fn a_completed_workflow_restarts_from_its_first_task_with_the_same_input() {
    let app = TestApp::spawn().await;
    two_steps(&app, None).await;
    let id = app.start(json!({"name": "two", "input": {"n": 7}})).await;
    run_one(&app, "first", json!({"m": 1})).await;
    run_one(&app, "second", json!({"m": 2})).await;
    app.wait_for_status(&id, "COMPLETED").await;
    let restart = app
        .http
        .post(app.url(&format!("/workflow/{id}/restart")))
        .send()
        .await
        .expect("answered");
    assert!(restart.status().is_success());
    let running = app.get_json(&format!("/workflow/{id}")).await;
    assert_eq!(running["status"], "RUNNING");
    assert_eq!(running["tasks"].as_array().map(Vec::len), Some(1));
    let first = run_one(&app, "first", json!({"m": 1})).await;
    assert_eq!(first["inputData"], json!({"n": 7}));
    app.stop().await;
}

#[tokio::test]
async fn a_restart_with_the_latest_definition_stores_and_runs_that_definition() {
    let app = TestApp::spawn().await;
    two_steps(&app, None).await;
    let id = app.start(json!({"name": "two", "input": {"n": 7}})).await;
    run_one(&app, "first", json!({"m": 1})).await;
    run_one(&app, "second", json!({"m": 2})).await;
    app.wait_for_status(&id, "COMPLETED").await;
    // Version 2 starts with `second`, fed from the workflow's input.
    app.workflow_def(json!({"name": "two", "version": 2, "tasks": [
        {"name": "second", "taskReferenceName": "second", "inputParameters": {"m": "${workflow.input.n}"}}
    ]}))
    .await;
    let restart = app
        .http
        .post(app.url(&format!("/workflow/{id}/restart?useLatestDefinitions=true")))
        .send()
        .await
        .expect("answered");
    assert!(restart.status().is_success());
    let running = app.get_json(&format!("/workflow/{id}")).await;
    assert_eq!(running["workflowVersion"], 2);
    assert_eq!(running["workflowDefinition"]["version"], 2);
    assert_eq!(
        running["workflowDefinition"]["tasks"][0]["taskReferenceName"],
        "second"
    );
    let second = run_one(&app, "second", json!({"m": 3})).await;
    assert_eq!(second["inputData"], json!({"m": 7}));
    let done = app.wait_for_status(&id, "COMPLETED").await;
    assert_eq!(done["workflowDefinition"]["version"], 2);
    app.stop().await;
}

#[tokio::test]
async fn running_and_correlated_find_workflows_and_removed_ones_are_gone() {
    let app = TestApp::spawn().await;
    two_steps(&app, None).await;
    let a = app
        .start(json!({"name": "two", "correlationId": "c-1"}))
        .await;
    let b = app
        .start(json!({"name": "two", "correlationId": "c-1"}))
        .await;
    let c = app
        .start(json!({"name": "two", "correlationId": "c-2"}))
        .await;
    assert_eq!(
        app.get_json("/workflow/running/two?version=1").await,
        json!([a, b, c])
    );
    let terminate = app
        .http
        .delete(app.url(&format!("/workflow/{b}")))
        .send()
        .await
        .expect("answered");
    assert_eq!(terminate.status(), 200);
    let open: Vec<Value> = app
        .get_json("/workflow/two/correlated/c-1")
        .await
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        open.iter()
            .map(|w| w["workflowId"].clone())
            .collect::<Vec<_>>(),
        [json!(a)]
    );
    let all = app
        .get_json("/workflow/two/correlated/c-1?includeClosed=true&includeTasks=true")
        .await;
    assert_eq!(all.as_array().map(Vec::len), Some(2));
    assert_eq!(all[0]["tasks"].as_array().map(Vec::len), Some(1));

    let removed = app
        .http
        .delete(app.url(&format!("/workflow/{a}/remove")))
        .send()
        .await
        .expect("answered");
    assert_eq!(removed.status(), 200);
    assert_eq!(app.get(&format!("/workflow/{a}")).await.status(), 404);
    assert_eq!(app.get_json("/workflow/running/two").await, json!([c]));
    app.stop().await;
}

#[tokio::test]
async fn a_workflow_past_its_timeout_is_timed_out_and_runs_its_failure_workflow() {
    let app = TestApp::spawn().await;
    app.task_defs(json!([{"name": "never_done"}, {"name": "undo"}]))
        .await;
    app.workflow_def(
        json!({"name": "undo_wf", "tasks": [{"name": "undo", "taskReferenceName": "undo",
        "inputParameters": {"status": "${workflow.input.failureStatus}"}}]}),
    )
    .await;
    app.workflow_def(
        json!({"name": "slow_wf", "timeoutSeconds": 1, "timeoutPolicy": "TIME_OUT_WF",
        "failureWorkflow": "undo_wf", "tasks": [{"name": "never_done", "taskReferenceName": "n"}]}),
    )
    .await;
    let id = app.start(json!({"name": "slow_wf"})).await;
    let timed_out = app.wait_for_status(&id, "TIMED_OUT").await;
    assert_eq!(timed_out["tasks"][0]["status"], "CANCELED");
    let undo = run_one(&app, "undo", json!({})).await;
    assert_eq!(undo["inputData"]["status"], "TIMED_OUT");
    app.stop().await;
}
