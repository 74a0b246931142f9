//! `/workflow`: start, read, control, search.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::response::Response;
use bytes::Bytes;
use serde::Deserialize;
use serde_json::{Map, Value};
use tracing::instrument;

use super::{ApiError, json_body, query_pairs, query_parse, query_value, text_plain};
use crate::application::usecase::Orchestrator;
use crate::application::usecase::workflow::{IdempotencyStrategy, StartWorkflow};
use crate::domain::definition::WorkflowDef;

/// `StartWorkflowRequest`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct StartWorkflowRequest {
    #[serde(default)]
    name: String,
    #[serde(default)]
    version: Option<u32>,
    #[serde(default)]
    correlation_id: Option<String>,
    #[serde(default)]
    input: Option<Map<String, Value>>,
    #[serde(default)]
    task_to_domain: Option<BTreeMap<String, String>>,
    #[serde(default)]
    workflow_def: Option<WorkflowDef>,
    #[serde(default)]
    priority: Option<i32>,
    #[serde(default)]
    idempotency_key: Option<String>,
    #[serde(default)]
    idempotency_strategy: Option<IdempotencyStrategy>,
}

#[instrument(level = "debug", skip_all)]
pub async fn start(
    State(orchestrator): State<Orchestrator>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let request: StartWorkflowRequest = json_body(&body)?;
    let name = match (&request.workflow_def, request.name.is_empty()) {
        (Some(def), true) => def.name.clone(),
        _ => request.name,
    };
    if name.is_empty() {
        return Err(crate::domain::error::ValidationError::single(
            "name",
            "Workflow name cannot be null or empty",
        )
        .into());
    }
    let id = orchestrator
        .start_workflow(StartWorkflow {
            name,
            version: request.version.filter(|v| *v > 0),
            correlation_id: request.correlation_id,
            input: request.input.unwrap_or_default(),
            task_to_domain: request.task_to_domain.unwrap_or_default(),
            workflow_def: request.workflow_def,
            priority: request.priority.unwrap_or_default(),
            idempotency_key: request.idempotency_key.filter(|k| !k.is_empty()),
            idempotency_strategy: request.idempotency_strategy.unwrap_or_default(),
        })
        .await?;
    Ok(text_plain(id))
}

#[instrument(level = "debug", skip_all)]
pub async fn start_by_name(
    State(orchestrator): State<Orchestrator>,
    Path(name): Path<String>,
    RawQuery(query): RawQuery,
    body: Bytes,
) -> Result<Response, ApiError> {
    let pairs = query_pairs(query.as_deref())?;
    let input: Map<String, Value> = if body.iter().all(u8::is_ascii_whitespace) {
        Map::new()
    } else {
        json_body(&body)?
    };
    let id = orchestrator
        .start_workflow(StartWorkflow {
            name,
            version: query_parse::<u32>(&pairs, "version")?.filter(|v| *v > 0),
            correlation_id: query_value(&pairs, "correlationId").map(str::to_owned),
            input,
            priority: query_parse::<i32>(&pairs, "priority")?.unwrap_or_default(),
            ..StartWorkflow::default()
        })
        .await?;
    Ok(text_plain(id))
}

#[instrument(level = "debug", skip_all)]
pub async fn get(
    State(orchestrator): State<Orchestrator>,
    Path(workflow_id): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let pairs = query_pairs(query.as_deref())?;
    let include_tasks = query_parse::<bool>(&pairs, "includeTasks")?.unwrap_or(true);
    Ok(Json(
        orchestrator.workflow(&workflow_id, include_tasks).await?,
    ))
}

#[instrument(level = "debug", skip_all)]
pub async fn terminate(
    State(orchestrator): State<Orchestrator>,
    Path(workflow_id): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<(), ApiError> {
    let pairs = query_pairs(query.as_deref())?;
    let reason = query_value(&pairs, "reason").map(str::to_owned);
    let trigger = query_parse::<bool>(&pairs, "triggerFailureWorkflow")?.unwrap_or(false);
    Ok(orchestrator
        .terminate(&workflow_id, reason, trigger)
        .await?)
}

#[instrument(level = "debug", skip_all)]
pub async fn pause(
    State(orchestrator): State<Orchestrator>,
    Path(workflow_id): Path<String>,
) -> Result<(), ApiError> {
    Ok(orchestrator.pause(&workflow_id).await?)
}

#[instrument(level = "debug", skip_all)]
pub async fn resume(
    State(orchestrator): State<Orchestrator>,
    Path(workflow_id): Path<String>,
) -> Result<(), ApiError> {
    Ok(orchestrator.resume(&workflow_id).await?)
}

#[instrument(level = "debug", skip_all)]
pub async fn retry(
    State(orchestrator): State<Orchestrator>,
    Path(workflow_id): Path<String>,
) -> Result<http::StatusCode, ApiError> {
    orchestrator.retry(&workflow_id).await?;
    Ok(http::StatusCode::NO_CONTENT)
}

#[instrument(level = "debug", skip_all)]
pub async fn restart(
    State(orchestrator): State<Orchestrator>,
    Path(workflow_id): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<http::StatusCode, ApiError> {
    let pairs = query_pairs(query.as_deref())?;
    let latest = query_parse::<bool>(&pairs, "useLatestDefinitions")?.unwrap_or(false);
    orchestrator.restart(&workflow_id, latest).await?;
    Ok(http::StatusCode::NO_CONTENT)
}

#[instrument(level = "debug", skip_all)]
pub async fn remove(
    State(orchestrator): State<Orchestrator>,
    Path(workflow_id): Path<String>,
) -> Result<(), ApiError> {
    Ok(orchestrator.remove(&workflow_id).await?)
}

#[instrument(level = "debug", skip_all)]
pub async fn running(
    State(orchestrator): State<Orchestrator>,
    Path(name): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Json<Vec<String>>, ApiError> {
    let pairs = query_pairs(query.as_deref())?;
    // Conductor's default: version 1 unless asked otherwise.
    let version = query_parse::<u32>(&pairs, "version")?.unwrap_or(1);
    Ok(Json(orchestrator.running(&name, Some(version)).await?))
}

#[instrument(level = "debug", skip_all)]
pub async fn correlated(
    State(orchestrator): State<Orchestrator>,
    Path((name, correlation_id)): Path<(String, String)>,
    RawQuery(query): RawQuery,
) -> Result<Json<Vec<Value>>, ApiError> {
    let pairs = query_pairs(query.as_deref())?;
    let include_closed = query_parse::<bool>(&pairs, "includeClosed")?.unwrap_or(false);
    let include_tasks = query_parse::<bool>(&pairs, "includeTasks")?.unwrap_or(false);
    Ok(Json(
        orchestrator
            .correlated(&name, &correlation_id, include_closed, include_tasks)
            .await?,
    ))
}
