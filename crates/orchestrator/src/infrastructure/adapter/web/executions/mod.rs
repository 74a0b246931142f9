//! The executions page, for people: `/` lists the recent workflows (filterable by status),
//! `/executions/{id}` shows one workflow and its tasks as a timeline. Server-rendered HTML
//! (askama templates in `templates/executions/`, which escape every value), styled inline, with
//! no JavaScript; a page showing a workflow that has not ended reloads itself.
//!
//! They are routes of the service's application like the API, behind the same middleware
//! (service-kit passes an HTML error page through as written, where it turns a bare error into
//! problem+json).

mod view;

use askama::Template;
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use http::StatusCode;
use tracing::instrument;

use self::view::{Span, TaskRow, WorkflowRow, WorkflowView};
use super::query_pairs;
use crate::application::error::ServiceError;
use crate::application::now_millis;
use crate::application::usecase::Orchestrator;
use crate::application::usecase::executions::{DEFAULT_RECENT_LIMIT, RecentWorkflows};
use crate::domain::execution::WorkflowStatus;

/// How often a page showing a workflow that has not ended reloads itself, in seconds.
const REFRESH_SECS: u32 = 2;

/// The pages, at the server's root (beside the API under its base path).
pub fn pages(orchestrator: Orchestrator) -> Router {
    Router::new()
        .route("/", get(list))
        .route("/executions/{id}", get(workflow))
        .with_state(orchestrator)
}

/// A status filter link of the list.
struct Filter {
    label: &'static str,
    href: String,
    current: bool,
}

#[derive(Template)]
#[template(path = "executions/list.html")]
struct ListPage {
    rows: Vec<WorkflowRow>,
    filters: Vec<Filter>,
    status: Option<&'static str>,
    limit: usize,
    refresh: Option<u32>,
}

#[derive(Template)]
#[template(path = "executions/workflow.html")]
struct WorkflowPage {
    workflow: WorkflowView,
    tasks: Vec<TaskRow>,
    refresh: Option<u32>,
}

#[derive(Template)]
#[template(path = "executions/error.html")]
struct ErrorPage {
    status: u16,
    title: &'static str,
    message: String,
    refresh: Option<u32>,
}

/// What a page request can end in, each answered as an HTML page.
#[derive(Debug, thiserror::Error)]
enum PageError {
    /// The query string is not one the page understands.
    #[error("{0}")]
    BadRequest(String),
    #[error(transparent)]
    Service(#[from] ServiceError),
    #[error("rendering the page failed")]
    Render(#[source] askama::Error),
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let (status, title, message) = match &self {
            PageError::BadRequest(message) => {
                (StatusCode::BAD_REQUEST, "Bad request", message.clone())
            }
            PageError::Service(ServiceError::Invalid(invalid)) => {
                (StatusCode::BAD_REQUEST, "Bad request", invalid.to_string())
            }
            PageError::Service(ServiceError::NotFound(message)) => {
                (StatusCode::NOT_FOUND, "Not found", message.clone())
            }
            PageError::Service(ServiceError::Busy(_)) => {
                tracing::warn!(error = %service_kit::telemetry::error_chain(&self), "busy");
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    "Busy",
                    "The orchestrator is busy; reload the page in a moment.".to_owned(),
                )
            }
            _ => {
                tracing::error!(error = %service_kit::telemetry::error_chain(&self), "page failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Internal error",
                    "The page could not be shown; the orchestrator's log says why.".to_owned(),
                )
            }
        };
        let page = ErrorPage {
            status: status.as_u16(),
            title,
            message,
            refresh: None,
        };
        match page.render() {
            Ok(body) => (status, no_store(), Html(body)).into_response(),
            Err(_) => (status, title).into_response(),
        }
    }
}

/// Pages show live state: never from a cache.
fn no_store() -> [(http::HeaderName, &'static str); 1] {
    [(http::header::CACHE_CONTROL, "no-store")]
}

fn render(page: &impl Template) -> Result<Response, PageError> {
    let body = page.render().map_err(PageError::Render)?;
    Ok((no_store(), Html(body)).into_response())
}

/// `?status=<STATUS>&limit=<n>`, both optional (an empty status means all).
fn list_query(raw: Option<&str>) -> Result<RecentWorkflows, PageError> {
    let pairs = query_pairs(raw).map_err(|err| PageError::BadRequest(err.to_string()))?;
    let mut query = RecentWorkflows::default();
    let mut seen = Vec::new();
    for (key, value) in &pairs {
        if seen.contains(&key.as_str()) {
            return Err(PageError::BadRequest(format!(
                "query parameter {key} is given more than once"
            )));
        }
        match key.as_str() {
            "status" if value.is_empty() => query.status = None,
            "status" => {
                query.status = Some(value.parse().map_err(|_| {
                    PageError::BadRequest(format!(
                        "status {value:?} is not a workflow status; use one of {}",
                        WorkflowStatus::ALL.map(WorkflowStatus::as_str).join(", ")
                    ))
                })?);
            }
            "limit" => {
                query.limit = value.parse().map_err(|_| {
                    PageError::BadRequest(format!("limit {value:?} is not a whole number"))
                })?;
            }
            other => {
                return Err(PageError::BadRequest(format!(
                    "unknown query parameter {other:?}; the page takes status and limit"
                )));
            }
        }
        seen.push(key.as_str());
    }
    Ok(query)
}

/// The list's URL for a status (the limit kept when it is not the default).
fn list_href(status: Option<WorkflowStatus>, limit: usize) -> String {
    let mut params = Vec::new();
    if let Some(status) = status {
        params.push(format!("status={}", status.as_str()));
    }
    if limit != DEFAULT_RECENT_LIMIT {
        params.push(format!("limit={limit}"));
    }
    if params.is_empty() {
        "/".to_owned()
    } else {
        format!("/?{}", params.join("&"))
    }
}

#[instrument(level = "debug", skip_all)]
async fn list(
    State(orchestrator): State<Orchestrator>,
    RawQuery(raw): RawQuery,
) -> Result<Response, PageError> {
    let query = list_query(raw.as_deref())?;
    let workflows = orchestrator.recent_workflows(query).await?;
    let now = now_millis();
    let rows: Vec<WorkflowRow> = workflows
        .iter()
        .map(|workflow| WorkflowRow::new(workflow, now))
        .collect();
    let mut filters = vec![Filter {
        label: "all",
        href: list_href(None, query.limit),
        current: query.status.is_none(),
    }];
    filters.extend(WorkflowStatus::ALL.into_iter().map(|status| Filter {
        label: status.as_str(),
        href: list_href(Some(status), query.limit),
        current: query.status == Some(status),
    }));
    let refresh = rows.iter().any(|row| row.running).then_some(REFRESH_SECS);
    render(&ListPage {
        rows,
        filters,
        status: query.status.map(WorkflowStatus::as_str),
        limit: query.limit,
        refresh,
    })
}

#[instrument(level = "debug", skip_all)]
async fn workflow(
    State(orchestrator): State<Orchestrator>,
    Path(workflow_id): Path<String>,
) -> Result<Response, PageError> {
    let execution = orchestrator.execution(&workflow_id).await?;
    let now = now_millis();
    let span = Span::new(&execution.workflow, &execution.tasks, now);
    let tasks = execution
        .tasks
        .iter()
        .map(|task| TaskRow::new(task, span, now))
        .collect();
    let workflow = WorkflowView::new(&execution.workflow, now);
    let refresh = workflow.row.running.then_some(REFRESH_SECS);
    render(&WorkflowPage {
        workflow,
        tasks,
        refresh,
    })
}
