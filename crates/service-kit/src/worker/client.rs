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
