//! `/metadata/taskdefs` and `/metadata/workflow`.

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use bytes::Bytes;
use tracing::instrument;

use super::{ApiError, json_body, query_pairs, query_parse};
use crate::application::usecase::Orchestrator;
use crate::domain::definition::{TaskDef, WorkflowDef};

#[instrument(level = "debug", skip_all)]
pub async fn register_task_defs(
    State(orchestrator): State<Orchestrator>,
    body: Bytes,
) -> Result<(), ApiError> {
    let defs: Vec<TaskDef> = json_body(&body)?;
    Ok(orchestrator.register_task_defs(defs).await?)
}

#[instrument(level = "debug", skip_all)]
pub async fn update_task_def(
    State(orchestrator): State<Orchestrator>,
    body: Bytes,
) -> Result<(), ApiError> {
    let def: TaskDef = json_body(&body)?;
    Ok(orchestrator.update_task_def(def).await?)
}

#[instrument(level = "debug", skip_all)]
pub async fn task_defs(
    State(orchestrator): State<Orchestrator>,
) -> Result<Json<Vec<TaskDef>>, ApiError> {
    Ok(Json(orchestrator.task_defs().await?))
}

#[instrument(level = "debug", skip_all)]
pub async fn task_def(
    State(orchestrator): State<Orchestrator>,
    Path(name): Path<String>,
) -> Result<Json<TaskDef>, ApiError> {
    Ok(Json(orchestrator.task_def(&name).await?))
}

#[instrument(level = "debug", skip_all)]
pub async fn delete_task_def(
    State(orchestrator): State<Orchestrator>,
    Path(name): Path<String>,
) -> Result<(), ApiError> {
    Ok(orchestrator.delete_task_def(&name).await?)
}

#[instrument(level = "debug", skip_all)]
pub async fn register_workflow_def(
    State(orchestrator): State<Orchestrator>,
    body: Bytes,
) -> Result<(), ApiError> {
    let def: WorkflowDef = json_body(&body)?;
    Ok(orchestrator.register_workflow_def(def).await?)
}

#[instrument(level = "debug", skip_all)]
pub async fn update_workflow_defs(
    State(orchestrator): State<Orchestrator>,
    body: Bytes,
) -> Result<(), ApiError> {
    let defs: Vec<WorkflowDef> = json_body(&body)?;
    Ok(orchestrator.update_workflow_defs(defs).await?)
}

#[instrument(level = "debug", skip_all)]
pub async fn workflow_defs(
    State(orchestrator): State<Orchestrator>,
) -> Result<Json<Vec<WorkflowDef>>, ApiError> {
    Ok(Json(orchestrator.workflow_defs().await?))
}

#[instrument(level = "debug", skip_all)]
pub async fn workflow_def(
    State(orchestrator): State<Orchestrator>,
    Path(name): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Json<WorkflowDef>, ApiError> {
    let pairs = query_pairs(query.as_deref())?;
    let version = query_parse::<u32>(&pairs, "version")?;
    Ok(Json(orchestrator.workflow_def(&name, version).await?))
}

#[instrument(level = "debug", skip_all)]
pub async fn delete_workflow_def(
    State(orchestrator): State<Orchestrator>,
    Path((name, version)): Path<(String, String)>,
) -> Result<(), ApiError> {
    let version: u32 = version
        .parse()
        .map_err(|_| ApiError::BadRequest(format!("version must be a number: {version}")))?;
    Ok(orchestrator.delete_workflow_def(&name, version).await?)
}
