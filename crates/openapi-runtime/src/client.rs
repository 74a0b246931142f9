//! What generated clients call: encoding parameters and bodies, sending with a bearer token
//! (from a [`TokenProvider`], refreshed once after a 401), decoding responses.

use std::fmt;
use std::sync::Arc;

use http::{HeaderMap, StatusCode, header};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Characters escaped in a path segment (RFC 3986 unreserved characters stay as they are).
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("the request could not be sent or its response not read")]
    Transport(#[from] reqwest::Error),
    #[error("a request value could not be encoded")]
    Encode(#[source] serde_json::Error),
    #[error("the form body could not be encoded: {0}")]
    Form(String),
    #[error("path parameter value is empty")]
    EmptyPathParameter,
    #[error("the {status} response body does not match the spec at {path}")]
    Decode {
        status: StatusCode,
        path: String,
        #[source]
        source: serde_json::Error,
    },
    #[error("the {status} response body is not UTF-8 text")]
    Text { status: StatusCode },
    #[error("the response header `{name}` is missing or invalid: {detail}")]
    Header { name: String, detail: String },
    #[error("the server answered {status}, which the spec does not declare for this operation")]
    UnexpectedStatus { status: StatusCode, body: String },
    #[error("no bearer token could be obtained")]
    Token(#[source] TokenError),
}

impl ClientError {
    /// An undeclared status, keeping the start of the body for diagnosis.
    pub fn unexpected_status(status: StatusCode, body: &[u8]) -> Self {
        let text = String::from_utf8_lossy(body);
        ClientError::UnexpectedStatus {
            status,
            body: text.chars().take(4096).collect(),
        }
    }
}

/// Why a [`TokenProvider`] has no token to give (its token endpoint is down, refused the
/// credentials, ...). Never carries the token or the credentials themselves.
pub type TokenError = Box<dyn std::error::Error + Send + Sync>;

/// Where a client gets the bearer token of each secured request: a fixed token
/// ([`StaticToken`]), or one the provider caches and renews (an admin token from a
/// `client_credentials` grant).
pub trait TokenProvider: Send + Sync + 'static {
    /// The token to send now (a cached one while it is still valid).
    fn token(&self) -> crate::auth::BoxFuture<'_, Result<String, TokenError>>;

    /// The server answered 401 to a request sent with `rejected`: a fresh token to retry that
    /// request once with, or `None` when there is no other token to try. Concurrent callers
    /// that saw the same rejected token should share one renewal.
    fn refresh<'a>(
        &'a self,
        rejected: &'a str,
    ) -> crate::auth::BoxFuture<'a, Result<Option<String>, TokenError>>;
}

/// A fixed bearer token: always sent as is, never renewed (a 401 is returned as it came).
#[derive(Clone)]
pub struct StaticToken(String);

impl StaticToken {
    pub fn new(token: impl Into<String>) -> Self {
        Self(token.into())
    }
}

impl fmt::Debug for StaticToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("StaticToken(<redacted>)")
    }
}

impl TokenProvider for StaticToken {
    fn token(&self) -> crate::auth::BoxFuture<'_, Result<String, TokenError>> {
        let token = self.0.clone();
        Box::pin(async move { Ok(token) })
    }

    fn refresh<'a>(
        &'a self,
        _rejected: &'a str,
    ) -> crate::auth::BoxFuture<'a, Result<Option<String>, TokenError>> {
        Box::pin(async { Ok(None) })
    }
}

/// How a generated client authenticates: not at all, or with the tokens of a [`TokenProvider`].
#[derive(Clone, Default)]
pub struct Auth(Option<Arc<dyn TokenProvider>>);

impl Auth {
    /// No `Authorization` header.
    pub fn none() -> Self {
        Self(None)
    }

    /// Bearer tokens from `provider`.
    pub fn provider(provider: Arc<dyn TokenProvider>) -> Self {
        Self(Some(provider))
    }

    /// One fixed bearer token.
    pub fn token(token: impl Into<String>) -> Self {
        Self::provider(Arc::new(StaticToken::new(token)))
    }
}

impl fmt::Debug for Auth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.0 {
            None => "Auth::None",
            Some(_) => "Auth::Bearer(<provider>)",
        })
    }
}

/// Send `request`. A `secured` operation (one whose spec declares `security`) carries
/// `Authorization: Bearer <token>` from `auth`; when the server answers 401, the provider is
/// asked for a fresh token and the request is sent once more with it (a request whose body
/// cannot be replayed is not retried). Public operations never carry the token.
///
/// # Errors
/// [`ClientError::Transport`] when sending fails, [`ClientError::Token`] when the provider has
/// no token.
pub async fn send(
    request: reqwest::RequestBuilder,
    auth: &Auth,
    secured: bool,
) -> Result<reqwest::Response, ClientError> {
    let Some(provider) = auth.0.as_ref().filter(|_| secured) else {
        return Ok(request.send().await?);
    };
    let retry = request.try_clone();
    let token = provider.token().await.map_err(ClientError::Token)?;
    let response = request.bearer_auth(&token).send().await?;
    if response.status() != StatusCode::UNAUTHORIZED {
        return Ok(response);
    }
    let Some(retry) = retry else {
        return Ok(response);
    };
    match provider.refresh(&token).await.map_err(ClientError::Token)? {
        Some(fresh) => Ok(retry.bearer_auth(fresh).send().await?),
        None => Ok(response),
    }
}

/// A path parameter, percent-encoded as one segment.
///
/// # Errors
/// When the value does not encode or encodes to nothing.
pub fn path_segment<T: Serialize + ?Sized>(value: &T) -> Result<String, ClientError> {
    let text = crate::text::to_text(value)
        .map_err(ClientError::Encode)?
        .join(",");
    if text.is_empty() {
        return Err(ClientError::EmptyPathParameter);
    }
    Ok(utf8_percent_encode(&text, SEGMENT).to_string())
}

/// Add `name=<text>` for each text of `value` (none for `None`, one per item for arrays).
///
/// # Errors
/// When the value does not encode.
pub fn push_param<'a, T: Serialize + ?Sized>(
    pairs: &mut Vec<(&'a str, String)>,
    name: &'a str,
    value: &T,
) -> Result<(), ClientError> {
    for text in crate::text::to_text(value).map_err(ClientError::Encode)? {
        pairs.push((name, text));
    }
    Ok(())
}

/// Set a header parameter (omitted for `None`).
///
/// # Errors
/// When the value does not encode.
pub fn header<T: Serialize + ?Sized>(
    request: reqwest::RequestBuilder,
    name: &str,
    value: &T,
) -> Result<reqwest::RequestBuilder, ClientError> {
    let texts = crate::text::to_text(value).map_err(ClientError::Encode)?;
    Ok(if texts.is_empty() {
        request
    } else {
        request.header(name, texts.join(","))
    })
}

/// Send the cookie parameters in one `Cookie` header.
pub fn cookies(
    request: reqwest::RequestBuilder,
    pairs: &[(&str, String)],
) -> reqwest::RequestBuilder {
    if pairs.is_empty() {
        return request;
    }
    let text = pairs
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ");
    request.header(header::COOKIE, text)
}

/// A JSON body with its media type.
///
/// # Errors
/// When the body does not serialize.
pub fn json_body<T: Serialize + ?Sized>(
    request: reqwest::RequestBuilder,
    media: &'static str,
    body: &T,
) -> Result<reqwest::RequestBuilder, ClientError> {
    let bytes = serde_json::to_vec(body).map_err(ClientError::Encode)?;
    Ok(request.header(header::CONTENT_TYPE, media).body(bytes))
}

/// An `application/x-www-form-urlencoded` body: the struct's fields as `name=value` pairs
/// (absent optional fields left out, arrays as repeated names).
///
/// # Errors
/// When the body is not a flat struct of text-like values.
pub fn form_body<T: Serialize + ?Sized>(
    request: reqwest::RequestBuilder,
    media: &'static str,
    body: &T,
) -> Result<reqwest::RequestBuilder, ClientError> {
    let text =
        serde_html_form::to_string(body).map_err(|err| ClientError::Form(err.to_string()))?;
    Ok(request.header(header::CONTENT_TYPE, media).body(text))
}

/// A text body (`text/plain`).
pub fn text_body(
    request: reqwest::RequestBuilder,
    media: &'static str,
    body: &str,
) -> reqwest::RequestBuilder {
    request
        .header(header::CONTENT_TYPE, media)
        .body(body.to_owned())
}

pub fn bytes_body(
    request: reqwest::RequestBuilder,
    media: &'static str,
    body: &[u8],
) -> reqwest::RequestBuilder {
    request
        .header(header::CONTENT_TYPE, media)
        .body(body.to_vec())
}

/// Decode a JSON response body, naming the path that does not match.
///
/// # Errors
/// [`ClientError::Decode`].
pub fn decode_json<T: DeserializeOwned>(
    status: StatusCode,
    bytes: &[u8],
) -> Result<T, ClientError> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|err| ClientError::Decode {
        status,
        path: err.path().to_string(),
        source: err.into_inner(),
    })
}

/// Decode a text response body (`text/plain`): it must be UTF-8.
///
/// # Errors
/// [`ClientError::Text`] when it is not.
pub fn decode_text(status: StatusCode, bytes: &[u8]) -> Result<String, ClientError> {
    String::from_utf8(bytes.to_vec()).map_err(|_| ClientError::Text { status })
}

/// A declared, required response header.
///
/// # Errors
/// [`ClientError::Header`] when missing or not of the declared type.
pub fn required_header<T: DeserializeOwned>(
    headers: &HeaderMap,
    name: &str,
) -> Result<T, ClientError> {
    optional_header(headers, name)?.ok_or_else(|| ClientError::Header {
        name: name.to_owned(),
        detail: "missing".to_owned(),
    })
}

/// A declared, optional response header.
///
/// # Errors
/// [`ClientError::Header`] when present but not of the declared type.
pub fn optional_header<T: DeserializeOwned>(
    headers: &HeaderMap,
    name: &str,
) -> Result<Option<T>, ClientError> {
    let Some(value) = headers.get(name) else {
        return Ok(None);
    };
    let text = value.to_str().map_err(|_| ClientError::Header {
        name: name.to_owned(),
        detail: "not valid text".to_owned(),
    })?;
    crate::text::from_text(text)
        .map(Some)
        .map_err(|err| ClientError::Header {
            name: name.to_owned(),
            detail: err.to_string(),
        })
}
