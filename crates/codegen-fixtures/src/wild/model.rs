// Generated from generator/tests/fixtures/codegen/wild.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: b36df8469d1ab4fd-88fb0c42c99e7100
//! Data transfer objects of Wild Pets: every schema of the spec as a serde type, with the
//! spec's constraints checked by `openapi_runtime::Validate`.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

/// A pet, through a lone allOf.
pub type Pet = Pet2;

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Pet2 {
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub id: Option<i64>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub name: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub tag: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub client: Option<Client2>,
}

impl openapi_runtime::Validate for Pet2 {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Client2 {
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub name: Option<String>,
}

impl openapi_runtime::Validate for Client2 {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Owner {
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub name: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub email: Option<String>,
}

impl openapi_runtime::Validate for Owner {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Contact {
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub email: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub phone: Option<String>,
}

impl openapi_runtime::Validate for Contact {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        if let Some(value) = &self.email {
            let ptr = format!("{pointer}/email");
            violations.check_email(&ptr, value);
        }
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum GetPetsStatus {
    #[serde(rename = "available")]
    Available,
    #[serde(rename = "pending")]
    Pending,
    #[serde(rename = "sold")]
    Sold,
}

impl GetPetsStatus {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[Self::Available, Self::Pending, Self::Sold];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Available => "available",
            Self::Pending => "pending",
            Self::Sold => "sold",
        }
    }
}

impl std::fmt::Display for GetPetsStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for GetPetsStatus {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| {
                openapi_runtime::UnknownVariant::new(value, &["available", "pending", "sold"])
            })
    }
}

impl openapi_runtime::Validate for GetPetsStatus {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostPetsBody {
    pub name: String,
    #[serde(
        rename = "@type",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub type_: Option<String>,
    #[serde(
        rename = "first-name",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub first_name: Option<String>,
    #[serde(
        rename = "self",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub self_: Option<bool>,
    #[serde(
        rename = "123abc",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub _123abc: Option<i64>,
}

impl openapi_runtime::Validate for PostPetsBody {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PostPetsDefaultBody {
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub id: Option<i64>,
}

impl openapi_runtime::Validate for PostPetsDefaultBody {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutPetsIdOwnerInfoBody {
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub name: Option<String>,
    pub email: String,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub phone: Option<String>,
}

impl openapi_runtime::Validate for PutPetsIdOwnerInfoBody {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.email;
            let ptr = format!("{pointer}/email");
            violations.check_email(&ptr, value);
        }
    }
}
