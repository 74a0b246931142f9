//! What generated clients call: encoding parameters and bodies, decoding responses.

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
    #[error("path parameter value is empty")]
    EmptyPathParameter,
    #[error("the {status} response body does not match the spec at {path}")]
    Decode {
        status: StatusCode,
        path: String,
        #[source]
        source: serde_json::Error,
    },
    #[error("the response header `{name}` is missing or invalid: {detail}")]
    Header { name: String, detail: String },
    #[error("the server answered {status}, which the spec does not declare for this operation")]
    UnexpectedStatus { status: StatusCode, body: String },
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
