//! RFC 9457 problem details, the one error body every generated API answers with.

use serde::{Deserialize, Serialize};

/// One invalid field: where (a JSON pointer into the request, e.g. `/items/0/quantity`, or
/// `/query/limit` for parameters) and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub pointer: String,
    pub detail: String,
}

/// `application/problem+json` body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    #[serde(rename = "type", default = "about_blank")]
    pub type_: String,
    pub title: String,
    pub status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

fn about_blank() -> String {
    "about:blank".to_owned()
}

pub const CONTENT_TYPE: &str = "application/problem+json";

impl Problem {
    /// A problem with the standard reason phrase of `status` as its title.
    pub fn new(status: http::StatusCode) -> Self {
        Self {
            type_: about_blank(),
            title: status.canonical_reason().unwrap_or("Error").to_owned(),
            status: status.as_u16(),
            detail: None,
            instance: None,
            errors: Vec::new(),
        }
    }

    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    pub fn with_type(mut self, type_: impl Into<String>) -> Self {
        self.type_ = type_.into();
        self
    }

    pub fn with_instance(mut self, instance: impl Into<String>) -> Self {
        self.instance = Some(instance.into());
        self
    }

    pub fn with_errors(mut self, errors: Vec<FieldError>) -> Self {
        self.errors = errors;
        self
    }

    pub fn bad_request(detail: impl Into<String>) -> Self {
        Self::new(http::StatusCode::BAD_REQUEST).with_detail(detail)
    }

    /// Request validation failed; one entry per invalid field.
    pub fn validation(errors: Vec<FieldError>) -> Self {
        Self::new(http::StatusCode::UNPROCESSABLE_ENTITY)
            .with_detail("the request is not valid; see `errors` for each invalid field")
            .with_errors(errors)
    }

    pub fn not_found(detail: impl Into<String>) -> Self {
        Self::new(http::StatusCode::NOT_FOUND).with_detail(detail)
    }

    pub fn conflict(detail: impl Into<String>) -> Self {
        Self::new(http::StatusCode::CONFLICT).with_detail(detail)
    }

    pub fn unauthorized(detail: impl Into<String>) -> Self {
        Self::new(http::StatusCode::UNAUTHORIZED).with_detail(detail)
    }

    pub fn forbidden(detail: impl Into<String>) -> Self {
        Self::new(http::StatusCode::FORBIDDEN).with_detail(detail)
    }

    /// A server-side failure; the detail is deliberately generic (the cause is logged, not sent).
    pub fn internal() -> Self {
        Self::new(http::StatusCode::INTERNAL_SERVER_ERROR)
            .with_detail("an unexpected error occurred")
    }

    pub fn status_code(&self) -> http::StatusCode {
        http::StatusCode::from_u16(self.status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR)
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.status, self.title)?;
        if let Some(detail) = &self.detail {
            write!(f, ": {detail}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Problem {}

#[cfg(feature = "server")]
impl axum::response::IntoResponse for Problem {
    fn into_response(self) -> axum::response::Response {
        let status = self.status_code();
        let body = serde_json::to_vec(&self).unwrap_or_default();
        let mut response =
            (status, [(http::header::CONTENT_TYPE, CONTENT_TYPE)], body).into_response();
        if status == http::StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                http::header::WWW_AUTHENTICATE,
                http::HeaderValue::from_static("Bearer"),
            );
        }
        // Every 503 a service sends is passing (a busy database, a downstream or key set out of
        // reach, a drain); RFC 9110 lets `Retry-After` say when to come back, and one second
        // spreads clients' retries without making them wait long.
        if status == http::StatusCode::SERVICE_UNAVAILABLE {
            response.headers_mut().insert(
                http::header::RETRY_AFTER,
                http::HeaderValue::from_static("1"),
            );
        }
        response
    }
}
