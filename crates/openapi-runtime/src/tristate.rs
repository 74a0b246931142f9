//! A field that can be absent, explicitly `null`, or hold a value — the distinction a JSON merge
//! PATCH (or a nullable, optional field) needs.
//!
//! Generated structs declare such fields as
//! `#[serde(default, skip_serializing_if = "Tristate::is_absent")] field: Tristate<T>`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Tristate<T> {
    #[default]
    Absent,
    Null,
    Value(T),
}

impl<T> Tristate<T> {
    pub fn is_absent(&self) -> bool {
        matches!(self, Tristate::Absent)
    }

    pub fn as_value(&self) -> Option<&T> {
        match self {
            Tristate::Value(v) => Some(v),
            _ => None,
        }
    }

    pub fn into_option(self) -> Option<T> {
        match self {
            Tristate::Value(v) => Some(v),
            _ => None,
        }
    }
}

impl<T: Serialize> Serialize for Tristate<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            // Only reached when the field forgot `skip_serializing_if`; null is the closest.
            Tristate::Absent | Tristate::Null => serializer.serialize_none(),
            Tristate::Value(v) => v.serialize(serializer),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Tristate<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Present: null or a value. Absence is handled by `#[serde(default)]`.
        Ok(match Option::<T>::deserialize(deserializer)? {
            Some(v) => Tristate::Value(v),
            None => Tristate::Null,
        })
    }
}

/// `deserialize_with` for a required, nullable field (`Option<T>`): `null` is `None`, but the
/// field must be present — serde would otherwise quietly read a missing `Option` as `None`.
///
/// # Errors
/// When the value is neither `null` nor a `T`.
pub fn required_nullable<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer)
}

/// `deserialize_with` (with `default`) for an optional field that is not nullable
/// (`Option<T>`): absent is `None`, a value is `Some`, and `null` is refused — serde would
/// otherwise read `null` as absent, accepting what the schema forbids.
///
/// # Errors
/// When the value is `null` or not a `T`.
pub fn optional_not_null<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Deserialize)]
    struct Optional {
        #[serde(default, deserialize_with = "optional_not_null")]
        note: Option<String>,
    }

    #[test]
    fn an_optional_field_that_is_not_nullable_refuses_null() {
        let absent: Optional = serde_json::from_str("{}").expect("absent");
        assert_eq!(absent.note, None);
        let given: Optional = serde_json::from_str(r#"{"note":"x"}"#).expect("given");
        assert_eq!(given.note.as_deref(), Some("x"));
        assert!(serde_json::from_str::<Optional>(r#"{"note":null}"#).is_err());
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Patch {
        #[serde(default, skip_serializing_if = "Tristate::is_absent")]
        phone: Tristate<String>,
    }

    #[test]
    fn absent_null_and_value_round_trip() {
        for (json, expected) in [
            ("{}", Tristate::Absent),
            (r#"{"phone":null}"#, Tristate::Null),
            (r#"{"phone":"+1"}"#, Tristate::Value("+1".to_owned())),
        ] {
            let parsed: Patch = serde_json::from_str(json).unwrap();
            assert_eq!(parsed.phone, expected);
            assert_eq!(serde_json::to_string(&parsed).unwrap(), json);
        }
    }
}
