//! Support for discriminated `oneOf`/`anyOf`: the discriminator property picks the variant, and
//! is written back on serialization even when the variant's own schema omits it.

use serde::de::{DeserializeOwned, Error as _};
use serde::ser::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

/// Serialize `value` (an object) with `property: tag` set.
pub fn serialize_tagged<T: Serialize, S: Serializer>(
    value: &T,
    property: &str,
    tag: &str,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut json = serde_json::to_value(value).map_err(S::Error::custom)?;
    if let Value::Object(map) = &mut json
        && !map.contains_key(property)
    {
        map.insert(property.to_owned(), Value::String(tag.to_owned()));
    }
    json.serialize(serializer)
}

/// Read an object and its discriminator value.
///
/// # Errors
/// When the value is not an object, or the discriminator is missing or not a string.
pub fn read_tagged<'de, D: Deserializer<'de>>(
    deserializer: D,
    property: &'static str,
    expected: &'static [&'static str],
) -> Result<(String, Value), D::Error> {
    let value = Value::deserialize(deserializer)?;
    let tag = match value.get(property) {
        Some(Value::String(tag)) => tag.clone(),
        Some(other) => {
            return Err(D::Error::custom(format!(
                "`{property}` must be one of {} (got {other})",
                expected.join(", ")
            )));
        }
        None => return Err(D::Error::missing_field(property)),
    };
    Ok((tag, value))
}

/// Decode the chosen variant, naming the failing path inside it.
///
/// # Errors
/// When `value` does not match the variant's schema.
pub fn variant<T: DeserializeOwned, E: serde::de::Error>(value: Value) -> Result<T, E> {
    serde_path_to_error::deserialize(value).map_err(|err| {
        let path = err.path().to_string();
        if path == "." {
            E::custom(err.into_inner())
        } else {
            E::custom(format!("{path}: {}", err.into_inner()))
        }
    })
}
