//! What generated routers call: decoding parameters and bodies into typed values (collecting one
//! `{pointer, detail}` per problem), and turning typed responses back into HTTP.

use axum::body::Body;
use axum::extract::{FromRequestParts, RawPathParams};
use axum::response::{IntoResponse, Response};
use http::request::Parts;
use http::{HeaderMap, HeaderValue, StatusCode, header};
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::problem::{CONTENT_TYPE, FieldError, Problem};
use crate::validate::{Validate, Violations};

/// Limits the generated router enforces.
#[derive(Debug, Clone)]
pub struct RouterConfig {
    /// Largest accepted request body in bytes; larger bodies get 413.
    pub body_limit: usize,
}

impl Default for RouterConfig {
    fn default() -> Self {
        Self {
            body_limit: 1024 * 1024,
        }
    }
}

/// A JSON pointer from a serde path (`items[0].quantity` → `/items/0/quantity`) under `root`.
fn pointer_of(root: &str, path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = root.to_owned();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => pointer.push_str(&format!("/{index}")),
            Segment::Map { key } => pointer = crate::validate::child(&pointer, key),
            Segment::Enum { variant } => pointer = crate::validate::child(&pointer, variant),
            Segment::Unknown => {}
        }
    }
    pointer
}

/// One field error from a decoding failure; "missing field `x`" points at `x` itself.
fn decode_error(root: &str, path: &serde_path_to_error::Path, message: String) -> FieldError {
    let pointer = pointer_of(root, path);
    if let Some(rest) = message.strip_prefix("missing field `")
        && let Some(name) = rest.split('`').next()
    {
        return FieldError {
            pointer: crate::validate::child(&pointer, name),
            detail: "is required".to_owned(),
        };
    }
    FieldError {
        pointer,
        detail: clearer(message),
    }
}

/// Parameter values arrive as text; say what the text should have been when std's number
/// parsing is all serde reports ("invalid digit found in string").
fn clearer(message: String) -> String {
    if message.ends_with("from empty string") {
        // `?book_id=`: present, so it must have a value (leave the parameter out for none).
        return "must not be empty (leave the parameter out instead)".to_owned();
    }
    const NUMBER_ERRORS: &[&str] = &[
        "invalid digit found in string",
        "cannot parse integer from empty string",
        "number too large to fit in target type",
        "number too small to fit in target type",
        "invalid float literal",
    ];
    if NUMBER_ERRORS.contains(&message.as_str()) {
        format!("must be a number in range ({message})")
    } else if message == "provided string was not `true` or `false`" {
        "must be `true` or `false`".to_owned()
    } else {
        message
    }
}

fn decode_form<T: DeserializeOwned>(
    location: &str,
    input: &[u8],
    errors: &mut Vec<FieldError>,
) -> Option<T> {
    let deserializer =
        crate::present::PresentIsSome(serde_html_form::Deserializer::from_bytes(input));
    match serde_path_to_error::deserialize(deserializer) {
        Ok(value) => Some(value),
        Err(err) => {
            let message = err.inner().to_string();
            errors.push(decode_error(&format!("/{location}"), err.path(), message));
            None
        }
    }
}

fn encode_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    pairs
        .into_iter()
        .map(|(k, v)| {
            format!(
                "{}={}",
                utf8_percent_encode(k, NON_ALPHANUMERIC),
                utf8_percent_encode(v, NON_ALPHANUMERIC)
            )
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// Path parameters (already matched by the router) into `T`.
pub async fn path_params<T: DeserializeOwned>(
    parts: &mut Parts,
    errors: &mut Vec<FieldError>,
) -> Option<T> {
    let raw = match RawPathParams::from_request_parts(parts, &()).await {
        Ok(raw) => raw,
        Err(rejection) => {
            errors.push(FieldError {
                pointer: "/path".to_owned(),
                detail: rejection.body_text(),
            });
            return None;
        }
    };
    let encoded = encode_pairs(raw.iter());
    decode_form("path", encoded.as_bytes(), errors)
}

/// The query string into `T` (repeated keys fill arrays).
pub fn query_params<T: DeserializeOwned>(parts: &Parts, errors: &mut Vec<FieldError>) -> Option<T> {
    decode_form("query", parts.uri.query().unwrap_or("").as_bytes(), errors)
}

/// The declared headers (lower-case `names`) into `T`.
pub fn header_params<T: DeserializeOwned>(
    parts: &Parts,
    names: &[&str],
    errors: &mut Vec<FieldError>,
) -> Option<T> {
    let mut pairs = Vec::new();
    for name in names {
        for value in parts.headers.get_all(*name) {
            match value.to_str() {
                Ok(text) => pairs.push((*name, text)),
                Err(_) => {
                    errors.push(FieldError {
                        pointer: crate::validate::child("/header", name),
                        detail: "is not valid text".to_owned(),
                    });
                    return None;
                }
            }
        }
    }
    decode_form("header", encode_pairs(pairs).as_bytes(), errors)
}

/// The declared cookies into `T`.
pub fn cookie_params<T: DeserializeOwned>(
    parts: &Parts,
    names: &[&str],
    errors: &mut Vec<FieldError>,
) -> Option<T> {
    let mut pairs = Vec::new();
    for value in parts.headers.get_all(header::COOKIE) {
        let Ok(text) = value.to_str() else {
            continue;
        };
        for cookie in text.split(';') {
            if let Some((name, value)) = cookie.trim().split_once('=')
                && names.contains(&name)
            {
                // RFC 6265: a value may be wrapped in one pair of double quotes, which are not
                // part of it; any other quote stays, so the value is checked as sent.
                let value = value
                    .strip_prefix('"')
                    .and_then(|v| v.strip_suffix('"'))
                    .unwrap_or(value);
                pairs.push((name, value));
            }
        }
    }
    decode_form("cookie", encode_pairs(pairs).as_bytes(), errors)
}

fn content_type(headers: &HeaderMap) -> Option<mime::Mime> {
    headers
        .get(header::CONTENT_TYPE)?
        .to_str()
        .ok()?
        .parse()
        .ok()
}

fn is_json(headers: &HeaderMap) -> bool {
    content_type(headers).is_some_and(|m| {
        m.type_() == mime::APPLICATION
            && (m.subtype() == mime::JSON || m.suffix() == Some(mime::JSON))
    })
}

fn unsupported(expected: &str) -> Problem {
    Problem::new(StatusCode::UNSUPPORTED_MEDIA_TYPE)
        .with_detail(format!("the request body must be sent as `{expected}`"))
}

/// The whole body, or 413 beyond `limit`.
async fn read(body: Body, limit: usize) -> Result<bytes::Bytes, Problem> {
    axum::body::to_bytes(body, limit).await.map_err(|err| {
        let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&err);
        while let Some(cause) = source {
            if cause.is::<http_body_util::LengthLimitError>() {
                return Problem::new(StatusCode::PAYLOAD_TOO_LARGE)
                    .with_detail(format!("the request body is larger than {limit} bytes"));
            }
            source = cause.source();
        }
        Problem::bad_request("the request body could not be read")
    })
}

/// Decode JSON bytes into `T`: syntax errors are a 400 naming line and column; well-formed JSON
/// that does not fit the schema is a field error under `/body`.
fn decode_json<T: DeserializeOwned>(
    bytes: &[u8],
    errors: &mut Vec<FieldError>,
) -> Result<Option<T>, Problem> {
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|err| {
        Problem::bad_request(format!("the request body is not valid JSON: {err}"))
    })?;
    match serde_path_to_error::deserialize(value) {
        Ok(decoded) => Ok(Some(decoded)),
        Err(err) => {
            let message = err.inner().to_string();
            errors.push(decode_error("/body", err.path(), message));
            Ok(None)
        }
    }
}

/// A required JSON body. `Ok(None)` means field errors were recorded in `errors`.
///
/// # Errors
/// 413 over the limit, 415 for another content type, 400 for malformed JSON.
pub async fn json_body<T: DeserializeOwned>(
    headers: &HeaderMap,
    body: Body,
    limit: usize,
    errors: &mut Vec<FieldError>,
) -> Result<Option<T>, Problem> {
    let bytes = read(body, limit).await?;
    if bytes.is_empty() {
        errors.push(FieldError {
            pointer: "/body".to_owned(),
            detail: "a JSON request body is required".to_owned(),
        });
        return Ok(None);
    }
    if !is_json(headers) {
        return Err(unsupported("application/json"));
    }
    decode_json(&bytes, errors)
}

/// An optional JSON body: `Ok(Some(None))` when absent, `Ok(None)` when invalid.
///
/// # Errors
/// As [`json_body`].
pub async fn optional_json_body<T: DeserializeOwned>(
    headers: &HeaderMap,
    body: Body,
    limit: usize,
    errors: &mut Vec<FieldError>,
) -> Result<Option<Option<T>>, Problem> {
    let bytes = read(body, limit).await?;
    if bytes.is_empty() {
        return Ok(Some(None));
    }
    if !is_json(headers) {
        return Err(unsupported("application/json"));
    }
    Ok(decode_json(&bytes, errors)?.map(Some))
}

fn is_form(headers: &HeaderMap) -> bool {
    content_type(headers)
        .is_some_and(|m| m.type_() == mime::APPLICATION && m.subtype() == mime::WWW_FORM_URLENCODED)
}

/// A required `application/x-www-form-urlencoded` body. `Ok(None)` means field errors were
/// recorded in `errors` (each under `/body`).
///
/// # Errors
/// 413 over the limit, 415 for another content type.
pub async fn form_body<T: DeserializeOwned>(
    headers: &HeaderMap,
    body: Body,
    limit: usize,
    errors: &mut Vec<FieldError>,
) -> Result<Option<T>, Problem> {
    let bytes = read(body, limit).await?;
    if bytes.is_empty() {
        errors.push(FieldError {
            pointer: "/body".to_owned(),
            detail: "a form request body is required".to_owned(),
        });
        return Ok(None);
    }
    if !is_form(headers) {
        return Err(unsupported("application/x-www-form-urlencoded"));
    }
    Ok(decode_form("body", &bytes, errors))
}

/// An optional form body: `Ok(Some(None))` when absent, `Ok(None)` when invalid.
///
/// # Errors
/// As [`form_body`].
pub async fn optional_form_body<T: DeserializeOwned>(
    headers: &HeaderMap,
    body: Body,
    limit: usize,
    errors: &mut Vec<FieldError>,
) -> Result<Option<Option<T>>, Problem> {
    let bytes = read(body, limit).await?;
    if bytes.is_empty() {
        return Ok(Some(None));
    }
    if !is_form(headers) {
        return Err(unsupported("application/x-www-form-urlencoded"));
    }
    Ok(decode_form("body", &bytes, errors).map(Some))
}

/// A required text body of media type `media` (`text/plain`); it must be UTF-8.
///
/// # Errors
/// 413 over the limit, 415 for another content type.
pub async fn text_body(
    headers: &HeaderMap,
    media: &str,
    body: Body,
    limit: usize,
    errors: &mut Vec<FieldError>,
) -> Result<Option<String>, Problem> {
    Ok(bytes_body(headers, media, body, limit, errors)
        .await?
        .and_then(|bytes| utf8(bytes, errors)))
}

/// An optional text body.
///
/// # Errors
/// As [`text_body`].
pub async fn optional_text_body(
    headers: &HeaderMap,
    media: &str,
    body: Body,
    limit: usize,
    errors: &mut Vec<FieldError>,
) -> Result<Option<Option<String>>, Problem> {
    Ok(
        match optional_bytes_body(headers, media, body, limit, errors).await? {
            Some(Some(bytes)) => utf8(bytes, errors).map(Some),
            Some(None) => Some(None),
            None => None,
        },
    )
}

fn utf8(bytes: Vec<u8>, errors: &mut Vec<FieldError>) -> Option<String> {
    match String::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(_) => {
            errors.push(FieldError {
                pointer: "/body".to_owned(),
                detail: "must be UTF-8 text".to_owned(),
            });
            None
        }
    }
}

fn media_matches(headers: &HeaderMap, media: &str) -> bool {
    let Ok(expected) = media.parse::<mime::Mime>() else {
        return true;
    };
    if expected.type_() == mime::STAR {
        return true;
    }
    content_type(headers).is_some_and(|m| {
        m.type_() == expected.type_()
            && (expected.subtype() == mime::STAR || m.subtype() == expected.subtype())
    })
}

/// A required raw body of media type `media`.
///
/// # Errors
/// 413 over the limit, 415 for another content type.
pub async fn bytes_body(
    headers: &HeaderMap,
    media: &str,
    body: Body,
    limit: usize,
    errors: &mut Vec<FieldError>,
) -> Result<Option<Vec<u8>>, Problem> {
    let bytes = read(body, limit).await?;
    if bytes.is_empty() {
        errors.push(FieldError {
            pointer: "/body".to_owned(),
            detail: "a request body is required".to_owned(),
        });
        return Ok(None);
    }
    if !media_matches(headers, media) {
        return Err(unsupported(media));
    }
    Ok(Some(bytes.to_vec()))
}

/// An optional raw body of media type `media`.
///
/// # Errors
/// As [`bytes_body`].
pub async fn optional_bytes_body(
    headers: &HeaderMap,
    media: &str,
    body: Body,
    limit: usize,
    _errors: &mut Vec<FieldError>,
) -> Result<Option<Option<Vec<u8>>>, Problem> {
    let bytes = read(body, limit).await?;
    if bytes.is_empty() {
        return Ok(Some(None));
    }
    if !media_matches(headers, media) {
        return Err(unsupported(media));
    }
    Ok(Some(Some(bytes.to_vec())))
}

/// Whether the `Accept` header (if any) admits one of the media types the operation answers with.
pub fn accepts(headers: &HeaderMap, produced: &[&str]) -> bool {
    let Some(accept) = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    accept.split(',').any(|range| {
        let mut parts = range.split(';');
        let media = parts.next().unwrap_or("").trim();
        // `q=0` means "not acceptable".
        let refused = parts.any(|p| {
            p.trim()
                .strip_prefix("q=")
                .is_some_and(|q| q.trim().parse::<f32>().is_ok_and(|q| q == 0.0))
        });
        if refused {
            return false;
        }
        let (range_type, range_sub) = media.split_once('/').unwrap_or((media, ""));
        produced.iter().any(|p| {
            let essence = p.split(';').next().unwrap_or("").trim();
            let (ty, sub) = essence.split_once('/').unwrap_or((essence, ""));
            (range_type == "*" || range_type.eq_ignore_ascii_case(ty))
                && (range_sub == "*" || range_sub.eq_ignore_ascii_case(sub))
        })
    })
}

/// 406 for a request whose `Accept` admits none of `produced`.
pub fn not_acceptable(produced: &[&str]) -> Response {
    Problem::new(StatusCode::NOT_ACCEPTABLE)
        .with_detail(format!(
            "this operation answers with: {}",
            produced.join(", ")
        ))
        .into_response()
}

/// Run `value`'s constraint checks, adding violations under `pointer` to `errors`.
pub fn validate<T: Validate + ?Sized>(value: &T, pointer: &str, errors: &mut Vec<FieldError>) {
    let mut violations = Violations::default();
    value.validate_into(pointer, &mut violations);
    errors.extend(violations.errors);
}

/// A JSON response; a body that cannot serialize is logged and answered with a generic 500.
pub fn json_response<T: Serialize + ?Sized>(
    status: StatusCode,
    media: &'static str,
    body: &T,
) -> Response {
    match serde_json::to_vec(body) {
        Ok(bytes) => (status, [(header::CONTENT_TYPE, media)], bytes).into_response(),
        Err(err) => {
            tracing::error!(error = %err, "response body does not serialize");
            Problem::internal().into_response()
        }
    }
}

pub fn bytes_response(status: StatusCode, media: &'static str, body: Vec<u8>) -> Response {
    (status, [(header::CONTENT_TYPE, media)], body).into_response()
}

pub fn text_response(status: StatusCode, media: &'static str, body: String) -> Response {
    (status, [(header::CONTENT_TYPE, media)], body).into_response()
}

pub fn empty_response(status: StatusCode) -> Response {
    status.into_response()
}

/// Set a declared response header from a typed value.
pub fn set_header<T: Serialize + ?Sized>(response: &mut Response, name: &'static str, value: &T) {
    let text = match crate::text::to_text(value) {
        Ok(texts) => texts.join(","),
        Err(err) => {
            tracing::error!(header = name, error = %err, "response header does not serialize");
            return;
        }
    };
    match HeaderValue::from_str(&text) {
        Ok(value) => {
            response.headers_mut().insert(name, value);
        }
        Err(_) => tracing::error!(
            header = name,
            "response header value is not valid header text"
        ),
    }
}

/// The fallback for unknown paths.
pub async fn not_found() -> Response {
    Problem::not_found("no resource matches this path").into_response()
}

/// Give bodiless error responses produced by axum itself (405 with `Allow`, its own 404/413…)
/// a problem+json body, keeping their headers.
pub async fn problem_for_bare_errors(response: Response) -> Response {
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error())
        || response.headers().contains_key(header::CONTENT_TYPE)
    {
        return response;
    }
    let (mut parts, _) = response.into_parts();
    let mut problem = Problem::new(status);
    if status == StatusCode::METHOD_NOT_ALLOWED {
        let allowed = parts
            .headers
            .get(header::ALLOW)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned();
        problem = problem.with_detail(format!("this path supports: {allowed}"));
    }
    let body = serde_json::to_vec(&problem).unwrap_or_default();
    parts
        .headers
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(CONTENT_TYPE));
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accept(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[derive(Debug, serde::Deserialize)]
    struct Session {
        session: Option<String>,
    }

    fn session_cookie(header: &str) -> Option<String> {
        let request = http::Request::builder()
            .header(header::COOKIE, header)
            .body(())
            .unwrap();
        let (parts, ()) = request.into_parts();
        let mut errors = Vec::new();
        let params: Session = cookie_params(&parts, &["session"], &mut errors).unwrap();
        params.session
    }

    #[test]
    fn a_cookie_loses_one_pair_of_quotes_and_no_more() {
        assert_eq!(
            session_cookie("a=b; session=\"abc\"").as_deref(),
            Some("abc")
        );
        assert_eq!(
            session_cookie("session=abc\"\"\"").as_deref(),
            Some("abc\"\"\"")
        );
        assert_eq!(session_cookie("session=abc").as_deref(), Some("abc"));
    }

    #[test]
    fn accept_ranges_match_produced_media_types() {
        let json = &["application/json"];
        assert!(accepts(&HeaderMap::new(), json));
        assert!(accepts(&accept("*/*"), json));
        assert!(accepts(&accept("text/html, application/*;q=0.5"), json));
        assert!(accepts(&accept("application/json"), json));
        assert!(!accepts(&accept("text/html"), json));
        assert!(!accepts(&accept("application/json;q=0"), json));
    }
}
