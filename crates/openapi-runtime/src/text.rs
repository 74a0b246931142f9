//! Values as the text of parameters and headers (path, query, header, cookie): the JSON value of
//! a scalar without quotes, arrays as one text per item (`tag=a&tag=b`), `null`/`None` as none.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

fn scalar(value: Value) -> String {
    match value {
        Value::String(s) => s,
        other => other.to_string(),
    }
}

/// The texts of `value`.
///
/// # Errors
/// When the value does not serialize (a map with non-string keys, a failing `Serialize`).
pub fn to_text<T: Serialize + ?Sized>(value: &T) -> Result<Vec<String>, serde_json::Error> {
    Ok(match serde_json::to_value(value)? {
        Value::Null => Vec::new(),
        Value::Array(items) => items
            .into_iter()
            .filter(|v| !v.is_null())
            .map(scalar)
            .collect(),
        other => vec![scalar(other)],
    })
}

/// Parse a header text into `T`: as a JSON string first (strings, dates, enums, decimals), then
/// as a JSON literal (numbers, booleans).
///
/// # Errors
/// When neither reading matches `T`.
pub fn from_text<T: DeserializeOwned>(text: &str) -> Result<T, serde_json::Error> {
    serde_json::from_value(Value::String(text.to_owned()))
        .or_else(|first| serde_json::from_str(text).map_err(|_| first))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_arrays_and_nulls_become_texts() {
        assert_eq!(to_text(&Some(5)).unwrap(), ["5"]);
        assert_eq!(to_text(&None::<i32>).unwrap(), Vec::<String>::new());
        assert_eq!(to_text(&vec!["a", "b"]).unwrap(), ["a", "b"]);
        assert_eq!(from_text::<i64>("42").unwrap(), 42);
        assert_eq!(from_text::<String>("42").unwrap(), "42");
    }
}

/// A value as one URL path segment: its text (items joined by `,`), every byte outside RFC
/// 3986's unreserved set percent-encoded. A value that does not serialize gives an empty segment.
pub fn path_segment<T: Serialize + ?Sized>(value: &T) -> String {
    let text = to_text(value).map(|t| t.join(",")).unwrap_or_default();
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod path_segment_tests {
    use super::path_segment;

    #[test]
    fn a_path_segment_encodes_what_would_change_the_path() {
        assert_eq!(path_segment(&42_i64), "42");
        assert_eq!(path_segment("a b/c"), "a%20b%2Fc");
    }
}
