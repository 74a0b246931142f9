//! Errors in Conductor's shape (`ErrorResponse`): `{status, message, instance, retryable,
//! validationErrors}`. Client faults are 4xx; only a failing store is a 500, and its cause goes
//! to the log, not the body.

use axum::Json;
use axum::response::{IntoResponse, Response};
use http::StatusCode;
use serde_json::{Value, json};

use crate::application::error::ServiceError;
use crate::domain::error::ValidationError;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error(transparent)]
    Service(#[from] ServiceError),
    /// The request itself cannot be read (body, path or query).
    #[error("{0}")]
    BadRequest(String),
}

impl From<ValidationError> for ApiError {
    fn from(err: ValidationError) -> Self {
        ApiError::Service(ServiceError::Invalid(err))
    }
}

fn body(status: StatusCode, message: String, retryable: bool, validation: Value) -> Response {
    let body = json!({
        "status": status.as_u16(),
        "message": message,
        "instance": "orchestrator",
        "retryable": retryable,
        "validationErrors": validation,
    });
    (status, Json(body)).into_response()
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let service = match self {
            ApiError::BadRequest(message) => {
                return body(StatusCode::BAD_REQUEST, message, false, json!([]));
            }
            ApiError::Service(service) => service,
        };
        match service {
            ServiceError::NotFound(message) => {
                body(StatusCode::NOT_FOUND, message, false, json!([]))
            }
            ServiceError::Invalid(invalid) => {
                let message = invalid.to_string();
                let errors: Vec<Value> = invalid
                    .errors
                    .into_iter()
                    .map(|e| json!({"path": e.path, "message": e.message, "invalidValue": e.invalid_value}))
                    .collect();
                body(
                    StatusCode::BAD_REQUEST,
                    message,
                    false,
                    Value::Array(errors),
                )
            }
            ServiceError::Conflict(message) => {
                body(StatusCode::CONFLICT, message, false, json!([]))
            }
            err @ ServiceError::State(_) => {
                body(StatusCode::CONFLICT, err.to_string(), false, json!([]))
            }
            err @ ServiceError::Busy(_) => {
                tracing::warn!(error = %service_kit::telemetry::error_chain(&err), "busy");
                body(
                    StatusCode::SERVICE_UNAVAILABLE,
                    err.to_string(),
                    true,
                    json!([]),
                )
            }
            err @ ServiceError::Store(_) => {
                tracing::error!(error = %service_kit::telemetry::error_chain(&err), "request failed");
                body(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal error".to_owned(),
                    true,
                    json!([]),
                )
            }
        }
    }
}
