//! `/tasks`: poll, update, read, logs, queues.

use std::time::Duration;

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::{Map, Value};
use tracing::instrument;

use super::{ApiError, json_body, query_pairs, query_parse, query_value, text_plain};
use crate::application::error::ServiceError;
use crate::application::usecase::task::Poll;
use crate::application::usecase::{Orchestrator, PollData};
use crate::domain::execution::{Task, TaskExecLog, TaskResult, TaskResultStatus};

/// The longest a batch poll waits, well inside the request timeout.
const MAX_POLL_WAIT: Duration = Duration::from_secs(20);

fn poll_of(task_type: String, pairs: &[(String, String)]) -> Poll {
    Poll {
        task_type,
        worker_id: query_value(pairs, "workerid").map(str::to_owned),
        domain: query_value(pairs, "domain").map(str::to_owned),
        count: 1,
        timeout: Duration::ZERO,
    }
}

/// One task, or `204 No Content` when the queue is empty.
#[instrument(level = "debug", skip_all)]
pub async fn poll(
    State(orchestrator): State<Orchestrator>,
    Path(task_type): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let pairs = query_pairs(query.as_deref())?;
    let mut tasks = orchestrator.poll(poll_of(task_type, &pairs)).await?;
    Ok(match tasks.pop() {
        Some(task) => Json(task).into_response(),
        None => http::StatusCode::NO_CONTENT.into_response(),
    })
}

#[instrument(level = "debug", skip_all)]
pub async fn batch_poll(
    State(orchestrator): State<Orchestrator>,
    Path(task_type): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Json<Vec<Task>>, ApiError> {
    let pairs = query_pairs(query.as_deref())?;
    let mut poll = poll_of(task_type, &pairs);
    poll.count = query_parse::<usize>(&pairs, "count")?.unwrap_or(1);
    let wait = query_parse::<u64>(&pairs, "timeout")?.unwrap_or(100);
    poll.timeout = Duration::from_millis(wait).min(MAX_POLL_WAIT);
    Ok(Json(orchestrator.poll(poll).await?))
}

#[instrument(level = "debug", skip_all)]
pub async fn update(
    State(orchestrator): State<Orchestrator>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let result: TaskResult = json_body(&body)?;
    Ok(text_plain(orchestrator.update_task(result).await?))
}

#[instrument(level = "debug", skip_all)]
pub async fn update_by_ref(
    State(orchestrator): State<Orchestrator>,
    Path((workflow_id, reference, status)): Path<(String, String, String)>,
    RawQuery(query): RawQuery,
    body: Bytes,
) -> Result<Response, ApiError> {
    let pairs = query_pairs(query.as_deref())?;
    let status: TaskResultStatus = serde_json::from_value(Value::String(status.clone()))
        .map_err(|_| ApiError::BadRequest(format!("unknown task status: {status}")))?;
    let output: Map<String, Value> = if body.iter().all(u8::is_ascii_whitespace) {
        Map::new()
    } else {
        json_body(&body)?
    };
    let worker_id = query_value(&pairs, "workerid").map(str::to_owned);
    let task_id = orchestrator
        .update_task_by_ref(&workflow_id, &reference, status, output, worker_id)
        .await?;
    Ok(text_plain(task_id))
}

/// The task, or `204 No Content` for an unknown id (as Conductor answers).
#[instrument(level = "debug", skip_all)]
pub async fn get(
    State(orchestrator): State<Orchestrator>,
    Path(task_id): Path<String>,
) -> Result<Response, ApiError> {
    match orchestrator.task(&task_id).await {
        Ok(task) => Ok(Json(task).into_response()),
        Err(ServiceError::NotFound(_)) => Ok(http::StatusCode::NO_CONTENT.into_response()),
        Err(err) => Err(err.into()),
    }
}

#[instrument(level = "debug", skip_all)]
pub async fn logs(
    State(orchestrator): State<Orchestrator>,
    Path(task_id): Path<String>,
) -> Result<Json<Vec<TaskExecLog>>, ApiError> {
    Ok(Json(orchestrator.task_logs(&task_id).await?))
}

/// The body is the log line; a JSON string (as SDKs send it) is unquoted.
#[instrument(level = "debug", skip_all)]
pub async fn add_log(
    State(orchestrator): State<Orchestrator>,
    Path(task_id): Path<String>,
    body: Bytes,
) -> Result<(), ApiError> {
    let text = String::from_utf8(body.to_vec())
        .map_err(|_| ApiError::BadRequest("the log must be UTF-8 text".to_owned()))?;
    let log = match serde_json::from_str::<String>(&text) {
        Ok(unquoted) => unquoted,
        Err(_) => text,
    };
    Ok(orchestrator.add_task_log(&task_id, log).await?)
}

#[instrument(level = "debug", skip_all)]
pub async fn queue_sizes(
    State(orchestrator): State<Orchestrator>,
    RawQuery(query): RawQuery,
) -> Result<Json<std::collections::BTreeMap<String, i64>>, ApiError> {
    let pairs = query_pairs(query.as_deref())?;
    let types: Vec<String> = pairs
        .into_iter()
        .filter(|(k, _)| k == "taskType")
        .map(|(_, v)| v)
        .collect();
    Ok(Json(orchestrator.queue_sizes(&types).await?))
}

#[instrument(level = "debug", skip_all)]
pub async fn poll_data(
    State(orchestrator): State<Orchestrator>,
    RawQuery(query): RawQuery,
) -> Result<Json<Vec<PollData>>, ApiError> {
    let pairs = query_pairs(query.as_deref())?;
    let task_type = query_value(&pairs, "taskType")
        .ok_or_else(|| ApiError::BadRequest("query parameter taskType is required".to_owned()))?;
    Ok(Json(orchestrator.poll_data(task_type)))
}
