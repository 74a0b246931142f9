//! The HTTP adapter: Conductor's REST API under `/api` (the subset in `api/conductor/`), and the
//! executions page for people at `/`. Handlers only decode the request, call a use case and
//! encode its answer.

mod error;
mod executions;
mod metadata;
mod task;
mod workflow;

use axum::Router;
use axum::routing::{get, post, put};
use serde::de::DeserializeOwned;

use crate::application::usecase::Orchestrator;

pub use error::ApiError;

pub use executions::pages;

/// Conductor's REST API, nested under `base_path` (`/api` by default).
pub fn router(orchestrator: Orchestrator, base_path: &str) -> Router {
    let api = Router::new()
        .route(
            "/metadata/taskdefs",
            post(metadata::register_task_defs)
                .put(metadata::update_task_def)
                .get(metadata::task_defs),
        )
        .route(
            "/metadata/taskdefs/{tasktype}",
            get(metadata::task_def).delete(metadata::delete_task_def),
        )
        .route(
            "/metadata/workflow",
            post(metadata::register_workflow_def)
                .put(metadata::update_workflow_defs)
                .get(metadata::workflow_defs),
        )
        .route("/metadata/workflow/{name}", get(metadata::workflow_def))
        .route(
            "/metadata/workflow/{name}/{version}",
            axum::routing::delete(metadata::delete_workflow_def),
        )
        .route("/workflow", post(workflow::start))
        // One path for start-by-name (POST, `{name}`) and get/terminate (`{workflowId}`).
        .route(
            "/workflow/{id}",
            post(workflow::start_by_name)
                .get(workflow::get)
                .delete(workflow::terminate),
        )
        .route("/workflow/{id}/pause", put(workflow::pause))
        .route("/workflow/{id}/resume", put(workflow::resume))
        .route("/workflow/{id}/retry", post(workflow::retry))
        .route("/workflow/{id}/restart", post(workflow::restart))
        .route(
            "/workflow/{id}/remove",
            axum::routing::delete(workflow::remove),
        )
        .route("/workflow/running/{name}", get(workflow::running))
        .route(
            "/workflow/{id}/correlated/{correlation_id}",
            get(workflow::correlated),
        )
        .route("/tasks", post(task::update))
        .route("/tasks/poll/{tasktype}", get(task::poll))
        .route("/tasks/poll/batch/{tasktype}", get(task::batch_poll))
        .route("/tasks/queue/sizes", get(task::queue_sizes))
        .route("/tasks/queue/polldata", get(task::poll_data))
        .route("/tasks/{id}", get(task::get))
        .route("/tasks/{id}/log", get(task::logs).post(task::add_log))
        .route(
            "/tasks/{id}/{task_ref_name}/{status}",
            post(task::update_by_ref),
        )
        .route("/health", get(health))
        .with_state(orchestrator);
    let base = base_path.trim_end_matches('/');
    if base.is_empty() {
        api
    } else {
        Router::new().nest(base, api)
    }
}

async fn health() -> axum::Json<serde_json::Value> {
    axum::Json(serde_json::json!({
        "healthResults": [],
        "suppressedHealthResults": [],
        "healthy": true
    }))
}

/// The JSON body, or a 400 in Conductor's shape naming what is wrong with it.
fn json_body<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|err| ApiError::BadRequest(format!("invalid request body: {err}")))
}

/// The query string's pairs (repeated keys kept), or a 400.
fn query_pairs(raw: Option<&str>) -> Result<Vec<(String, String)>, ApiError> {
    serde_urlencoded::from_str(raw.unwrap_or_default())
        .map_err(|err| ApiError::BadRequest(format!("invalid query string: {err}")))
}

fn query_value<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
        .filter(|v| !v.is_empty())
}

fn query_parse<T: std::str::FromStr>(
    pairs: &[(String, String)],
    key: &str,
) -> Result<Option<T>, ApiError> {
    query_value(pairs, key)
        .map(|v| {
            v.parse().map_err(|_| {
                ApiError::BadRequest(format!("query parameter {key} has an invalid value: {v}"))
            })
        })
        .transpose()
}

fn text_plain(text: String) -> axum::response::Response {
    use axum::response::IntoResponse;
    (
        [(http::header::CONTENT_TYPE, "text/plain;charset=UTF-8")],
        text,
    )
        .into_response()
}
