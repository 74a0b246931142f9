//! The executions page (`/`, `/executions/{id}`): what it lists and filters, what it shows of a
//! workflow's tasks, the links between a failed workflow and its failure workflow, escaping, and
//! its error pages.

use serde_json::{Value, json};

use crate::common::TestApp;

/// `first` then `second`; `first` retried once at once; `undo` in the failure workflow.
async fn definitions(app: &TestApp) {
    app.task_defs(json!([
        {"name": "first", "retryCount": 1, "retryDelaySeconds": 0},
        {"name": "second", "retryCount": 0},
        {"name": "undo", "retryCount": 0}
    ]))
    .await;
    app.workflow_def(json!({"name": "pages_undo", "tasks": [
        {"name": "undo", "taskReferenceName": "undo_ref", "inputParameters": {"order_id": "${workflow.input.order_id}"}}
    ]}))
    .await;
    app.workflow_def(json!({"name": "pages", "version": 1, "failureWorkflow": "pages_undo", "tasks": [
        {"name": "first", "taskReferenceName": "first_ref", "inputParameters": {"order_id": "${workflow.input.order_id}"}},
        {"name": "second", "taskReferenceName": "second_ref", "inputParameters": {"note": "${first_ref.output.note}"}}
    ]}))
    .await;
}

async fn start_order(app: &TestApp, order_id: i64) -> String {
    app.start(json!({
        "name": "pages", "version": 1, "correlationId": format!("order-{order_id}"),
        "input": {"order_id": order_id, "card_token": "tok-1"}
    }))
    .await
}

/// Take the next `task_type` task as `worker` and answer it.
async fn answer(app: &TestApp, task_type: &str, worker: &str, result: Value) -> Value {
    let tasks = app.poll(task_type, worker, 1, 5000).await;
    assert_eq!(tasks.len(), 1, "one {task_type} task for {worker}");
    let task = tasks[0].clone();
    let mut body = json!({
        "workflowInstanceId": task["workflowInstanceId"],
        "taskId": task["taskId"],
        "workerId": worker,
    });
    body.as_object_mut()
        .expect("an object")
        .extend(result.as_object().expect("an object").clone());
    let response = app.post_json("/tasks", &body).await;
    assert_eq!(response.status(), 200);
    task
}

/// A page: its status, content type and body.
async fn page(app: &TestApp, path: &str) -> (u16, String, String) {
    let response = app
        .http
        .get(format!("{}{path}", app.root))
        .send()
        .await
        .expect("the page is answered");
    let status = response.status().as_u16();
    let content_type = response.headers()["content-type"]
        .to_str()
        .expect("a content type")
        .to_owned();
    (status, content_type, response.text().await.expect("a body"))
}

/// A page that must be answered 200 with HTML: its body.
async fn html(app: &TestApp, path: &str) -> String {
    let (status, content_type, body) = page(app, path).await;
    assert_eq!(status, 200, "GET {path}: {body}");
    assert!(content_type.starts_with("text/html"), "{content_type}");
    body
}

/// The attributes `names` of every `<tr class="{class}" …>` of a page, in order.
fn rows(body: &str, class: &str, names: &[&str]) -> Vec<Vec<String>> {
    body.split(&format!("<tr class=\"{class}\" "))
        .skip(1)
        .map(|row| {
            let tag = &row[..row.find('>').expect("the tag ends")];
            names
                .iter()
                .map(|name| {
                    let start = tag
                        .find(&format!("{name}=\""))
                        .unwrap_or_else(|| panic!("{name} in {tag}"))
                        + name.len()
                        + 2;
                    let len = tag[start..].find('"').expect("the value ends");
                    tag[start..start + len].to_owned()
                })
                .collect()
        })
        .collect()
}

/// `(workflow id, status)` of each listed workflow.
fn listed(body: &str) -> Vec<(String, String)> {
    rows(body, "workflow", &["data-workflow-id", "data-status"])
        .into_iter()
        .map(|row| (row[0].clone(), row[1].clone()))
        .collect()
}

const REFRESH: &str = "<meta http-equiv=\"refresh\"";

#[tokio::test]
async fn the_list_shows_a_started_workflow_with_its_order_and_reloads_while_it_runs() {
    let app = TestApp::spawn().await;
    definitions(&app).await;
    let id = start_order(&app, 42).await;

    let body = html(&app, "/").await;
    assert_eq!(listed(&body), [(id.clone(), "RUNNING".to_owned())]);
    assert!(body.contains("<td>42</td>"), "the order id: {body}");
    assert!(body.contains(&format!("href=\"/executions/{id}\"")));
    assert!(
        body.contains(REFRESH),
        "a running workflow reloads the list"
    );
    app.stop().await;
}

async fn status_filter(app: TestApp) {
    definitions(&app).await;
    let done = start_order(&app, 1).await;
    answer(&app, "first", "w", json!({"status": "COMPLETED"})).await;
    answer(&app, "second", "w", json!({"status": "COMPLETED"})).await;
    app.wait_for_status(&done, "COMPLETED").await;
    let running = start_order(&app, 2).await;

    let all = html(&app, "/").await;
    assert_eq!(
        listed(&all),
        [
            (running.clone(), "RUNNING".to_owned()),
            (done.clone(), "COMPLETED".to_owned())
        ],
        "newest first"
    );
    let completed = html(&app, "/?status=COMPLETED").await;
    assert_eq!(listed(&completed), [(done.clone(), "COMPLETED".to_owned())]);
    assert!(!completed.contains(REFRESH), "nothing shown is running");
    let lower_case = html(&app, "/?status=running").await;
    assert_eq!(
        listed(&lower_case),
        [(running.clone(), "RUNNING".to_owned())]
    );
    let none = html(&app, "/?status=FAILED").await;
    assert!(listed(&none).is_empty());
    assert!(none.contains("No workflows with status FAILED"));
    let one = html(&app, "/?limit=1").await;
    assert_eq!(listed(&one), [(running, "RUNNING".to_owned())]);
    assert!(
        one.contains("href=\"/?status=COMPLETED&#38;limit=1\""),
        "the filters keep the limit: {one}"
    );
    app.stop().await;
}

#[tokio::test]
async fn the_status_filter_lists_only_workflows_with_that_status_on_sqlite() {
    status_filter(TestApp::spawn().await).await;
}

#[tokio::test]
async fn the_status_filter_lists_only_workflows_with_that_status_on_mariadb() {
    let Some(app) = TestApp::spawn_mysql().await else {
        return;
    };
    status_filter(app).await;
}

#[tokio::test]
async fn a_workflow_page_shows_every_attempt_with_its_worker_and_links_the_failure_workflow() {
    let app = TestApp::spawn().await;
    definitions(&app).await;
    let id = start_order(&app, 7).await;

    let running = html(&app, &format!("/executions/{id}")).await;
    assert_eq!(
        rows(&running, "task", &["data-reference", "data-status"]),
        [["first_ref", "SCHEDULED"]]
    );
    assert!(
        running.contains(REFRESH),
        "a running workflow's page reloads"
    );

    let first = answer(
        &app,
        "first",
        "worker-a",
        json!({"status": "FAILED", "reasonForIncompletion": "connection refused"}),
    )
    .await;
    answer(
        &app,
        "first",
        "worker-b",
        json!({"status": "FAILED_WITH_TERMINAL_ERROR", "reasonForIncompletion": "card_declined: the card was declined"}),
    )
    .await;
    let failed = app.wait_for_status(&id, "FAILED").await;
    let failure_id = failed["output"]["conductor.failure_workflow"]
        .as_str()
        .expect("a failure workflow")
        .to_owned();

    let body = html(&app, &format!("/executions/{id}")).await;
    assert_eq!(
        rows(&body, "task", &["data-reference", "data-status"]),
        [
            ["first_ref", "FAILED"],
            ["first_ref", "FAILED_WITH_TERMINAL_ERROR"]
        ],
        "each attempt, in order"
    );
    assert!(body.contains("id=\"workflow-status\" class=\"status status-FAILED\">FAILED<"));
    for expected in [
        "<code>worker-a</code>",
        "<code>worker-b</code>",
        "connection refused",
        "card_declined: the card was declined",
        "retry 1 of <code>",
        first["taskId"].as_str().expect("a task id"),
        "&#34;order_id&#34;: 7",
        &format!("<a id=\"failure-workflow\" class=\"id\" href=\"/executions/{failure_id}\">"),
        " UTC",
    ] {
        assert!(body.contains(expected), "{expected} in {body}");
    }
    assert!(
        !body.contains(REFRESH),
        "an ended workflow's page does not reload"
    );

    let failure = html(&app, &format!("/executions/{failure_id}")).await;
    assert!(
        failure.contains(&format!(
            "<a id=\"compensated-workflow\" class=\"id\" href=\"/executions/{id}\">"
        )),
        "{failure}"
    );
    assert_eq!(
        rows(&failure, "task", &["data-reference", "data-status"]),
        [["undo_ref", "SCHEDULED"]]
    );
    assert!(failure.contains(REFRESH));
    app.stop().await;
}

#[tokio::test]
async fn hostile_input_and_output_are_escaped() {
    let app = TestApp::spawn().await;
    definitions(&app).await;
    let script = "<script>alert(1)</script>";
    let id = app
        .start(json!({
            "name": "pages", "version": 1, "correlationId": "order-<b>x</b>",
            "input": {"order_id": "\"><img src=x onerror=alert(2)>", "card_token": script}
        }))
        .await;
    answer(
        &app,
        "first",
        "<i>worker</i>",
        json!({"status": "COMPLETED", "outputData": {"note": script}}),
    )
    .await;
    answer(
        &app,
        "second",
        "w",
        json!({"status": "FAILED_WITH_TERMINAL_ERROR", "reasonForIncompletion": script}),
    )
    .await;
    app.wait_for_status(&id, "FAILED").await;

    for path in ["/".to_owned(), format!("/executions/{id}")] {
        let body = html(&app, &path).await;
        for raw in ["<script>", "<img", "<b>", "<i>"] {
            assert!(!body.contains(raw), "{raw} unescaped on {path}: {body}");
        }
        assert!(
            body.contains("&#34;&#62;&#60;img src=x onerror=alert(2)&#62;"),
            "{body}"
        );
    }
    let detail = html(&app, &format!("/executions/{id}")).await;
    assert!(detail.contains("&#60;script&#62;alert(1)&#60;/script&#62;"));
    assert!(detail.contains("&#60;i&#62;worker&#60;/i&#62;"));

    let (status, _, body) = page(&app, "/executions/%3Cscript%3Ealert(3)%3C%2Fscript%3E").await;
    assert_eq!(status, 404);
    assert!(!body.contains("<script>"), "{body}");
    assert!(body.contains("&#60;script&#62;alert(3)"), "{body}");
    app.stop().await;
}

#[tokio::test]
async fn an_unknown_workflow_is_a_404_page() {
    let app = TestApp::spawn().await;
    let (status, content_type, body) = page(&app, "/executions/no-such-workflow").await;
    assert_eq!(status, 404);
    assert!(content_type.starts_with("text/html"), "{content_type}");
    assert!(
        body.contains("No such workflow found by id: no-such-workflow"),
        "{body}"
    );
    app.stop().await;
}

#[tokio::test]
async fn a_bad_status_limit_or_parameter_is_a_400_page() {
    let app = TestApp::spawn().await;
    for (query, message) in [
        (
            "status=DONE",
            "status &#34;DONE&#34; is not a workflow status",
        ),
        ("limit=0", "limit must be between 1 and 500"),
        ("limit=501", "limit must be between 1 and 500"),
        ("limit=ten", "limit &#34;ten&#34; is not a whole number"),
        (
            "status=RUNNING&status=FAILED",
            "status is given more than once",
        ),
        ("sort=id", "unknown query parameter &#34;sort&#34;"),
    ] {
        let (status, content_type, body) = page(&app, &format!("/?{query}")).await;
        assert_eq!(status, 400, "{query}: {body}");
        assert!(content_type.starts_with("text/html"), "{content_type}");
        assert!(body.contains(message), "{query}: {message} in {body}");
    }
    app.stop().await;
}
