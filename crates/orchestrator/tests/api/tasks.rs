//! `/tasks`: polling (long, batched, by domain), answering, timeouts, logs and queues.

use serde_json::{Value, json};

use crate::common::TestApp;

async fn one_task_workflow(app: &TestApp, def: Value) {
    let name = def["name"].as_str().unwrap_or_default().to_owned();
    app.task_defs(json!([def])).await;
    app.workflow_def(json!({"name": format!("{name}_wf"), "tasks": [
        {"name": name, "taskReferenceName": name, "inputParameters": {"k": "${workflow.input.k}"}}
    ]}))
    .await;
}

#[tokio::test]
async fn a_single_poll_of_an_empty_queue_is_no_content() {
    let app = TestApp::spawn().await;
    one_task_workflow(&app, json!({"name": "solo"})).await;
    assert_eq!(app.get("/tasks/poll/solo?workerid=w").await.status(), 204);
    let id = app
        .start(json!({"name": "solo_wf", "input": {"k": 1}}))
        .await;
    let task = app.get_json("/tasks/poll/solo?workerid=w").await;
    assert_eq!(task["workflowInstanceId"], json!(id));
    assert_eq!(task["status"], "IN_PROGRESS");
    assert_eq!(task["workerId"], "w");
    assert_eq!(
        app.get_json(&format!(
            "/tasks/{}",
            task["taskId"].as_str().unwrap_or_default()
        ))
        .await["pollCount"],
        1
    );
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_waiting_batch_poll_gets_a_task_scheduled_after_it_began() {
    let app = TestApp::spawn().await;
    one_task_workflow(&app, json!({"name": "later"})).await;
    let url = app.url("/tasks/poll/batch/later?count=5&timeout=15000&workerid=w");
    let http = app.http.clone();
    let waiting = tokio::spawn(async move {
        http.get(url)
            .send()
            .await
            .expect("answered")
            .json::<Vec<Value>>()
            .await
    });
    // Let the poll reach its wait first; it then has nothing but a wake-up to return early on.
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let id = app
        .start(json!({"name": "later_wf", "input": {"k": 2}}))
        .await;
    let tasks = waiting.await.expect("the poll ends").expect("JSON");
    assert_eq!(tasks.len(), 1);
    assert_eq!(tasks[0]["workflowInstanceId"], json!(id));
    assert_eq!(tasks[0]["inputData"], json!({"k": 2}));
    app.stop().await;
}

#[tokio::test]
async fn a_batch_poll_hands_each_task_out_once() {
    let app = TestApp::spawn().await;
    one_task_workflow(&app, json!({"name": "many"})).await;
    for k in 0..5 {
        app.start(json!({"name": "many_wf", "input": {"k": k}}))
            .await;
    }
    let sizes = app
        .get_json("/tasks/queue/sizes?taskType=many&taskType=other")
        .await;
    assert_eq!(sizes, json!({"many": 5, "other": 0}));
    let first = app.poll("many", "a", 3, 0).await;
    let second = app.poll("many", "b", 3, 0).await;
    assert_eq!((first.len(), second.len()), (3, 2));
    assert!(app.poll("many", "c", 3, 0).await.is_empty());
    let mut ids: Vec<Value> = first
        .iter()
        .chain(&second)
        .map(|t| t["taskId"].clone())
        .collect();
    ids.sort_by_key(ToString::to_string);
    ids.dedup();
    assert_eq!(ids.len(), 5);
    assert_eq!(
        app.get_json("/tasks/queue/sizes?taskType=many").await,
        json!({"many": 0})
    );
    let poll_data = app.get_json("/tasks/queue/polldata?taskType=many").await;
    assert_eq!(poll_data[0]["queueName"], "many");
    assert_eq!(poll_data[0]["workerId"], "c");
    app.stop().await;
}

#[tokio::test]
async fn a_task_mapped_to_a_domain_goes_only_to_pollers_of_that_domain() {
    let app = TestApp::spawn().await;
    one_task_workflow(&app, json!({"name": "dom"})).await;
    let id = app
        .start(json!({"name": "dom_wf", "taskToDomain": {"dom": "blue"}, "input": {"k": 1}}))
        .await;
    assert!(app.poll("dom", "plain", 1, 0).await.is_empty());
    let blue = app
        .get_json("/tasks/poll/batch/dom?count=1&timeout=0&workerid=b&domain=blue")
        .await;
    assert_eq!(blue[0]["workflowInstanceId"], json!(id));
    assert_eq!(blue[0]["domain"], "blue");
    app.stop().await;
}

#[tokio::test]
async fn a_task_answered_by_reference_name_moves_the_workflow_on() {
    let app = TestApp::spawn().await;
    one_task_workflow(&app, json!({"name": "byref"})).await;
    let id = app.start(json!({"name": "byref_wf"})).await;
    let response = app
        .post_json(
            &format!("/tasks/{id}/byref/COMPLETED"),
            &json!({"done": true}),
        )
        .await;
    assert_eq!(response.status(), 200);
    let done = app.wait_for_status(&id, "COMPLETED").await;
    assert_eq!(done["output"], json!({"done": true}));
    let unknown = app
        .post_json(&format!("/tasks/{id}/nope/COMPLETED"), &json!({}))
        .await;
    assert_eq!(unknown.status(), 404);
    app.stop().await;
}

#[tokio::test]
async fn updates_for_unknown_or_finished_tasks_are_refused_in_conductors_shape() {
    let app = TestApp::spawn().await;
    one_task_workflow(&app, json!({"name": "once"})).await;
    app.start(json!({"name": "once_wf"})).await;
    let task = app.poll("once", "w", 1, 0).await.remove(0);
    app.complete(&task, json!({})).await;
    let again = app
        .post_json("/tasks", &json!({"workflowInstanceId": task["workflowInstanceId"], "taskId": task["taskId"], "status": "FAILED"}))
        .await;
    assert_eq!(again.status(), 409);
    let body: Value = again.json().await.expect("JSON");
    assert_eq!(body["status"], 409);
    assert!(
        body["message"]
            .as_str()
            .is_some_and(|m| m.contains("COMPLETED"))
    );
    let unknown = app
        .post_json(
            "/tasks",
            &json!({"taskId": "no-such-task", "status": "COMPLETED"}),
        )
        .await;
    assert_eq!(unknown.status(), 404);
    assert_eq!(
        app.get("/tasks/no-such-task").await.status(),
        204,
        "Conductor's answer for an unknown id"
    );
    let bad_status = app
        .post_json("/tasks", &json!({"taskId": "x", "status": "DONE"}))
        .await;
    assert_eq!(bad_status.status(), 400);
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_in_progress_answer_with_a_callback_hands_the_task_out_again_later() {
    let app = TestApp::spawn().await;
    one_task_workflow(
        &app,
        json!({"name": "callback", "responseTimeoutSeconds": 30}),
    )
    .await;
    let id = app.start(json!({"name": "callback_wf"})).await;
    let task = app.poll("callback", "w", 1, 0).await.remove(0);
    let response = app
        .post_json("/tasks", &json!({"workflowInstanceId": id, "taskId": task["taskId"], "status": "IN_PROGRESS",
            "callbackAfterSeconds": 1, "outputData": {"progress": 50}, "logs": [{"log": "half way"}]}))
        .await;
    assert_eq!(response.status(), 200);
    assert!(
        app.poll("callback", "w", 1, 0).await.is_empty(),
        "not before the callback is due"
    );
    let again = app.poll("callback", "w", 1, 10_000).await;
    assert_eq!(again.len(), 1, "handed out again once the callback is due");
    assert_eq!(again[0]["taskId"], task["taskId"]);
    assert_eq!(again[0]["pollCount"], 2);
    assert_eq!(again[0]["outputData"], json!({"progress": 50}));
    let task_id = task["taskId"].as_str().unwrap_or_default();
    let added = app
        .http
        .post(app.url(&format!("/tasks/{task_id}/log")))
        .body("second line")
        .send()
        .await
        .expect("answered");
    assert_eq!(added.status(), 200);
    let logs = app.get_json(&format!("/tasks/{task_id}/log")).await;
    let lines: Vec<&str> = logs
        .as_array()
        .expect("logs")
        .iter()
        .map(|l| l["log"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(lines, ["half way", "second line"]);
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_task_running_past_its_timeout_is_retried_or_times_the_workflow_out_by_policy() {
    let app = TestApp::spawn().await;
    one_task_workflow(
        &app,
        json!({"name": "retry_me", "timeoutSeconds": 1, "responseTimeoutSeconds": 1,
        "timeoutPolicy": "RETRY", "retryCount": 1, "retryDelaySeconds": 0}),
    )
    .await;
    one_task_workflow(
        &app,
        json!({"name": "fatal", "timeoutSeconds": 1, "responseTimeoutSeconds": 1,
        "timeoutPolicy": "TIME_OUT_WF", "retryCount": 3}),
    )
    .await;
    let retried = app.start(json!({"name": "retry_me_wf"})).await;
    let fatal = app.start(json!({"name": "fatal_wf"})).await;
    let first = app.poll("retry_me", "w", 1, 0).await.remove(0);
    app.poll("fatal", "w", 1, 0).await.remove(0);

    let second = app.poll("retry_me", "w", 1, 10_000).await.remove(0);
    assert_ne!(second["taskId"], first["taskId"]);
    assert_eq!(second["retryCount"], 1);
    assert_eq!(second["retriedTaskId"], first["taskId"]);
    app.complete(&second, json!({})).await;
    let done = app.wait_for_status(&retried, "COMPLETED").await;
    assert_eq!(done["tasks"][0]["status"], "TIMED_OUT");

    let timed_out = app.wait_for_status(&fatal, "TIMED_OUT").await;
    assert_eq!(
        timed_out["tasks"].as_array().map(Vec::len),
        Some(1),
        "no retry under TIME_OUT_WF"
    );
    assert_eq!(timed_out["tasks"][0]["status"], "TIMED_OUT");
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_task_nobody_polls_within_its_poll_timeout_times_the_workflow_out() {
    let app = TestApp::spawn().await;
    one_task_workflow(
        &app,
        json!({"name": "unpolled", "pollTimeoutSeconds": 1, "retryCount": 0}),
    )
    .await;
    let id = app.start(json!({"name": "unpolled_wf"})).await;
    let failed = app.wait_for_status(&id, "TIMED_OUT").await;
    assert_eq!(failed["tasks"][0]["status"], "TIMED_OUT");
    assert!(
        failed["reasonForIncompletion"]
            .as_str()
            .is_some_and(|r| r.contains("poll timed out"))
    );
    app.stop().await;
}
