//! `/metadata`: definitions in, definitions out, bad ones refused whole with Conductor's error.

use serde_json::{Value, json};

use crate::common::TestApp;

#[tokio::test]
async fn task_definitions_are_registered_read_updated_listed_and_deleted() {
    let app = TestApp::spawn().await;
    app.task_defs(json!([
        {"name": "pick", "retryCount": 2, "rateLimitPerFrequency": 7},
        {"name": "pack"}
    ]))
    .await;
    let pick = app.get_json("/metadata/taskdefs/pick").await;
    assert_eq!(pick["retryCount"], 2);
    assert_eq!(pick["rateLimitPerFrequency"], 7, "unknown fields are kept");
    assert_eq!(
        app.get_json("/metadata/taskdefs/pack").await["retryCount"],
        3,
        "Conductor's default"
    );

    let response = app
        .put_json(
            "/metadata/taskdefs",
            &json!({"name": "pick", "retryCount": 5}),
        )
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        app.get_json("/metadata/taskdefs/pick").await["retryCount"],
        5
    );
    let names: Vec<Value> = app
        .get_json("/metadata/taskdefs")
        .await
        .as_array()
        .expect("a list")
        .iter()
        .map(|d| d["name"].clone())
        .collect();
    assert_eq!(names, [json!("pack"), json!("pick")]);

    let deleted = app
        .http
        .delete(app.url("/metadata/taskdefs/pack"))
        .send()
        .await
        .expect("answered");
    assert_eq!(deleted.status(), 200);
    let gone = app.get("/metadata/taskdefs/pack").await;
    assert_eq!(gone.status(), 404);
    let body: Value = gone.json().await.expect("JSON");
    assert_eq!(body["status"], 404);
    assert_eq!(body["message"], "No such taskType found by name: pack");
    app.stop().await;
}

#[tokio::test]
async fn updating_an_unknown_task_definition_is_not_found() {
    let app = TestApp::spawn().await;
    let response = app
        .put_json("/metadata/taskdefs", &json!({"name": "ghost"}))
        .await;
    assert_eq!(response.status(), 404);
    app.stop().await;
}

#[tokio::test]
async fn a_batch_with_one_invalid_task_definition_stores_none_of_them() {
    let app = TestApp::spawn().await;
    let response = app
        .post_json(
            "/metadata/taskdefs",
            &json!([{"name": "fine"}, {"name": "bad", "timeoutSeconds": 10, "responseTimeoutSeconds": 20}]),
        )
        .await;
    assert_eq!(response.status(), 400);
    let body: Value = response.json().await.expect("JSON");
    assert_eq!(body["status"], 400);
    assert_eq!(
        body["validationErrors"][0]["path"],
        "[1].responseTimeoutSeconds"
    );
    assert_eq!(app.get("/metadata/taskdefs/fine").await.status(), 404);
    app.stop().await;
}

#[tokio::test]
async fn an_invalid_workflow_definition_is_refused_with_every_violation_and_not_stored() {
    let app = TestApp::spawn().await;
    app.task_defs(json!([{"name": "known"}])).await;
    let response = app
        .post_json(
            "/metadata/workflow",
            &json!({"name": "broken", "tasks": [
                {"name": "known", "taskReferenceName": "a", "inputParameters": {"x": "${missing_ref.output.x}"}},
                {"name": "unknown_task", "taskReferenceName": "a"}
            ]}),
        )
        .await;
    assert_eq!(response.status(), 400);
    let body: Value = response.json().await.expect("JSON");
    let messages: Vec<&str> = body["validationErrors"]
        .as_array()
        .expect("validationErrors")
        .iter()
        .map(|e| e["message"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(messages.len(), 3, "{body:#}");
    assert!(messages.iter().any(|m| m.contains("missing_ref")));
    assert!(
        messages
            .iter()
            .any(|m| m.contains("unknown_task is not registered"))
    );
    assert!(messages.iter().any(|m| m.contains("should be unique")));
    assert_eq!(app.get("/metadata/workflow/broken").await.status(), 404);
    app.stop().await;
}

#[tokio::test]
async fn workflow_definitions_are_versioned_and_a_repeated_registration_conflicts() {
    let app = TestApp::spawn().await;
    app.task_defs(json!([{"name": "t"}])).await;
    let v1 =
        json!({"name": "flow", "version": 1, "tasks": [{"name": "t", "taskReferenceName": "t"}]});
    app.workflow_def(v1.clone()).await;
    let again = app.post_json("/metadata/workflow", &v1).await;
    assert_eq!(again.status(), 409);

    let v2 = json!([{"name": "flow", "version": 2, "description": "second",
        "tasks": [{"name": "t", "taskReferenceName": "t"}]}]);
    let bulk = app.put_json("/metadata/workflow", &v2).await;
    assert_eq!(bulk.status(), 200);

    assert_eq!(
        app.get_json("/metadata/workflow/flow").await["version"],
        2,
        "latest by default"
    );
    assert_eq!(
        app.get_json("/metadata/workflow/flow?version=1").await["version"],
        1
    );
    assert_eq!(
        app.get_json("/metadata/workflow")
            .await
            .as_array()
            .map(Vec::len),
        Some(2)
    );
    let deleted = app
        .http
        .delete(app.url("/metadata/workflow/flow/2"))
        .send()
        .await
        .expect("answered");
    assert_eq!(deleted.status(), 200);
    assert_eq!(app.get_json("/metadata/workflow/flow").await["version"], 1);
    assert_eq!(
        app.get("/metadata/workflow/flow?version=2").await.status(),
        404
    );
    app.stop().await;
}

#[tokio::test]
async fn a_body_that_is_not_json_is_a_bad_request_in_conductors_shape() {
    let app = TestApp::spawn().await;
    let response = app
        .http
        .post(app.url("/metadata/taskdefs"))
        .header("content-type", "application/json")
        .body("[{\"name\": ")
        .send()
        .await
        .expect("answered");
    assert_eq!(response.status(), 400);
    let body: Value = response.json().await.expect("JSON");
    assert_eq!(body["status"], 400);
    assert!(
        body["message"]
            .as_str()
            .is_some_and(|m| m.contains("invalid request body"))
    );
    app.stop().await;
}
