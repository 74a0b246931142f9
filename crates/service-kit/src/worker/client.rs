//! The two calls a worker makes to a Conductor-compatible server: batch poll and task update
//! (and `/api/token` when the server wants auth).
//!
//! Hand-written on purpose, and small: until the generator emits a client from
//! `api/conductor/openapi.yaml`, this is the worker runtime's only view of Conductor's API. The
//! paths, query parameters and bodies are Conductor's own (`GET /tasks/poll/batch/{taskType}`,
//! `POST /tasks` with a `TaskResult`, `POST /token` with `{keyId, keySecret}` and the token in
//! `X-Authorization`).

use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use tokio::sync::Mutex;
use url::Url;

use crate::config::Secret;

/// A task handed out by a poll: the fields a worker needs.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PolledTask {
    pub task_id: String,
    pub workflow_instance_id: String,
    pub task_type: String,
    #[serde(default)]
    pub input_data: Map<String, Value>,
    #[serde(default)]
    pub retry_count: u32,
}

/// Conductor's task statuses a worker reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ResultStatus {
    Completed,
    Failed,
    FailedWithTerminalError,
}

impl ResultStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Completed => "COMPLETED",
            Self::Failed => "FAILED",
            Self::FailedWithTerminalError => "FAILED_WITH_TERMINAL_ERROR",
        }
    }
}

/// Conductor's `TaskResult`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskResult {
    pub workflow_instance_id: String,
    pub task_id: String,
    pub status: ResultStatus,
    pub output_data: Map<String, Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason_for_incompletion: Option<String>,
    pub worker_id: String,
}

/// Why a call to the server failed.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("calling the Conductor server")]
    Transport(#[from] reqwest::Error),
    #[error("the Conductor server answered {status}: {body}")]
    Status {
        status: reqwest::StatusCode,
        body: String,
    },
    #[error("the Conductor server URL {0} cannot take an API path")]
    Url(String),
}

/// `CONDUCTOR_AUTH_KEY` and `CONDUCTOR_AUTH_SECRET`, for servers with auth (Orkes).
#[derive(Debug, Clone)]
pub struct Credentials {
    pub key_id: String,
    pub key_secret: Secret<String>,
}

/// The poll and update calls.
#[derive(Debug)]
pub struct ConductorClient {
    http: reqwest::Client,
    base: Url,
    credentials: Option<Credentials>,
    token: Mutex<Option<String>>,
}

#[derive(Deserialize)]
struct TokenResponse {
    token: String,
}

impl ConductorClient {
    /// A client of the server at `base` (`http://127.0.0.1:8080/api`).
    ///
    /// # Errors
    /// When the HTTP client cannot be built.
    pub fn new(base: Url, credentials: Option<Credentials>) -> Result<Self, ClientError> {
        let mut base = base;
        if !base.path().ends_with('/') {
            let path = format!("{}/", base.path());
            base.set_path(&path);
        }
        if base.cannot_be_a_base() {
            return Err(ClientError::Url(base.to_string()));
        }
        Ok(Self {
            http: reqwest::Client::builder()
                .connect_timeout(Duration::from_secs(5))
                .build()?,
            base,
            credentials,
            token: Mutex::new(None),
        })
    }

    fn url(&self, path: &str) -> Result<Url, ClientError> {
        self.base
            .join(path)
            .map_err(|_| ClientError::Url(self.base.to_string()))
    }

    /// The auth token, fetched on first use (and again after a 401).
    async fn token(&self, refresh: bool) -> Result<Option<String>, ClientError> {
        let Some(credentials) = &self.credentials else {
            return Ok(None);
        };
        let mut token = self.token.lock().await;
        if refresh || token.is_none() {
            let response = self
                .http
                .post(self.url("token")?)
                .json(&serde_json::json!({
                    "keyId": credentials.key_id,
                    "keySecret": credentials.key_secret.expose(),
                }))
                .timeout(Duration::from_secs(10))
                .send()
                .await?;
            let response = checked(response).await?;
            *token = Some(response.json::<TokenResponse>().await?.token);
        }
        Ok(token.clone())
    }

    /// Send `build`'s request with the auth header, fetching a fresh token once on a 401.
    async fn send(
        &self,
        build: impl Fn() -> Result<reqwest::RequestBuilder, ClientError>,
    ) -> Result<reqwest::Response, ClientError> {
        let mut refresh = false;
        loop {
            let mut request = build()?;
            if let Some(token) = self.token(refresh).await? {
                request = request.header("X-Authorization", token);
            }
            let response = request.send().await?;
            if response.status() == reqwest::StatusCode::UNAUTHORIZED
                && self.credentials.is_some()
                && !refresh
            {
                refresh = true;
                continue;
            }
            return checked(response).await;
        }
    }

    /// Long-poll for up to `count` tasks of `task_type`, waiting up to `timeout` for the first.
    ///
    /// # Errors
    /// A transport failure or a non-2xx answer.
    pub async fn poll_batch(
        &self,
        task_type: &str,
        count: usize,
        timeout: Duration,
        worker_id: &str,
        domain: Option<&str>,
    ) -> Result<Vec<PolledTask>, ClientError> {
        let mut url = self.url(&format!("tasks/poll/batch/{task_type}"))?;
        {
            let mut query = url.query_pairs_mut();
            query.append_pair("count", &count.to_string());
            query.append_pair("timeout", &timeout.as_millis().to_string());
            query.append_pair("workerid", worker_id);
            if let Some(domain) = domain {
                query.append_pair("domain", domain);
            }
        }
        let response = self
            .send(|| {
                Ok(self
                    .http
                    .get(url.clone())
                    .timeout(timeout + Duration::from_secs(10)))
            })
            .await?;
        if response.status() == reqwest::StatusCode::NO_CONTENT {
            return Ok(Vec::new());
        }
        let body = response.bytes().await?;
        if body.is_empty() {
            return Ok(Vec::new());
        }
        serde_json::from_slice(&body).map_err(|e| ClientError::Status {
            status: reqwest::StatusCode::OK,
            body: format!("an unreadable task list: {e}"),
        })
    }

    /// Report a task's result.
    ///
    /// # Errors
    /// A transport failure or a non-2xx answer (a 4xx when the task is no longer this worker's).
    pub async fn update(&self, result: &TaskResult) -> Result<(), ClientError> {
        let url = self.url("tasks")?;
        self.send(|| {
            Ok(self
                .http
                .post(url.clone())
                .json(result)
                .timeout(Duration::from_secs(10)))
        })
        .await?;
        Ok(())
    }
}

async fn checked(response: reqwest::Response) -> Result<reqwest::Response, ClientError> {
    let status = response.status();
    if status.is_success() {
        return Ok(response);
    }
    let body = response.text().await.unwrap_or_default();
    Err(ClientError::Status {
        status,
        body: body.chars().take(500).collect(),
    })
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use axum::Json;
    use axum::extract::{Path, Query, State};
    use axum::http::{HeaderMap, StatusCode};
    use axum::routing::{get, post};
    use serde_json::json;

    use super::*;

    /// A server with auth, as Orkes runs it: `/api/token` hands out `t1`, `t2`, … and polls are
    /// accepted only with the latest token.
    async fn server() -> (Url, Arc<AtomicUsize>) {
        let issued = Arc::new(AtomicUsize::new(0));
        let app = axum::Router::new()
            .route(
                "/api/token",
                post(
                    |State(issued): State<Arc<AtomicUsize>>, Json(body): Json<Value>| async move {
                        if body != json!({"keyId": "key", "keySecret": "s3cr3t"}) {
                            return Err(StatusCode::UNAUTHORIZED);
                        }
                        let n = issued.fetch_add(1, Ordering::SeqCst) + 1;
                        Ok(Json(json!({"token": format!("t{n}")})))
                    },
                ),
            )
            .route(
                "/api/tasks/poll/batch/{task_type}",
                get(
                    |State(issued): State<Arc<AtomicUsize>>,
                     Path(task_type): Path<String>,
                     Query(query): Query<std::collections::HashMap<String, String>>,
                     headers: HeaderMap| async move {
                        let latest = format!("t{}", issued.load(Ordering::SeqCst).max(2));
                        if headers.get("X-Authorization").and_then(|v| v.to_str().ok())
                            != Some(latest.as_str())
                        {
                            return Err(StatusCode::UNAUTHORIZED);
                        }
                        assert_eq!(query.get("count").map(String::as_str), Some("2"));
                        assert_eq!(query.get("domain").map(String::as_str), Some("blue"));
                        Ok(Json(json!([{"taskId": "1", "workflowInstanceId": "w",
                                        "taskType": task_type, "inputData": {"a": 1}}])))
                    },
                ),
            )
            .with_state(Arc::clone(&issued));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await });
        (Url::parse(&format!("http://{addr}/api")).unwrap(), issued)
    }

    #[tokio::test]
    async fn a_token_is_fetched_with_the_credentials_and_renewed_after_a_401() {
        let (url, issued) = server().await;
        let client = ConductorClient::new(
            url,
            Some(Credentials {
                key_id: "key".into(),
                key_secret: Secret::new("s3cr3t".into()),
            }),
        )
        .unwrap();
        let tasks = client
            .poll_batch("t", 2, Duration::from_millis(10), "me", Some("blue"))
            .await
            .unwrap();
        assert_eq!(tasks.len(), 1);
        assert_eq!(tasks[0].task_type, "t");
        assert_eq!(tasks[0].input_data["a"], 1);
        // `t1` was refused, so `t2` was fetched; the next poll reuses it.
        assert_eq!(issued.load(Ordering::SeqCst), 2);
        client
            .poll_batch("t", 2, Duration::from_millis(10), "me", Some("blue"))
            .await
            .unwrap();
        assert_eq!(issued.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn without_credentials_a_refusal_is_an_error() {
        let (url, _) = server().await;
        let client = ConductorClient::new(url, None).unwrap();
        let err = client
            .poll_batch("t", 2, Duration::from_millis(10), "me", Some("blue"))
            .await
            .unwrap_err();
        assert!(
            matches!(err, ClientError::Status { status, .. } if status == StatusCode::UNAUTHORIZED)
        );
    }
}
