// Generated from generator/tests/fixtures/codegen/shop.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 85afaa82b9ed9e96-e53be2adf4a2c42b
//! Data transfer objects of Shop API: every schema of the spec as a serde type, with the
//! spec's constraints checked by `openapi_runtime::Validate`.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

static PATTERN_1: openapi_runtime::validate::Pattern =
    openapi_runtime::validate::Pattern::new("^-?[0-9]+(\\.[0-9]{1,2})?$");

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    #[serde(
        rename = "type",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub type_: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub title: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub status: Option<i64>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub detail: Option<String>,
}

impl openapi_runtime::Validate for Problem {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum ItemSort {
    #[serde(rename = "id")]
    Id,
    #[serde(rename = "title")]
    Title,
    #[serde(rename = "created_at")]
    CreatedAt,
}

impl ItemSort {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[Self::Id, Self::Title, Self::CreatedAt];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Id => "id",
            Self::Title => "title",
            Self::CreatedAt => "created_at",
        }
    }
}

impl std::fmt::Display for ItemSort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for ItemSort {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| {
                openapi_runtime::UnknownVariant::new(value, &["id", "title", "created_at"])
            })
    }
}

impl openapi_runtime::Validate for ItemSort {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// An exact amount with at most two decimals.
pub type Money = rust_decimal::Decimal;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Item {
    pub id: i64,
    pub title: String,
    /// An exact amount with at most two decimals.
    pub price: rust_decimal::Decimal,
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "openapi_runtime::Tristate::is_absent")]
    pub description: openapi_runtime::Tristate<String>,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

impl openapi_runtime::Validate for Item {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.price;
            let ptr = format!("{pointer}/price");
            violations.check_pattern(&ptr, &value.to_string(), &PATTERN_1);
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ItemPage {
    pub total: i64,
    pub items: Vec<Item>,
}

impl openapi_runtime::Validate for ItemPage {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.total;
            let ptr = format!("{pointer}/total");
            violations.check_minimum(&ptr, *value, 0, false);
        }
        {
            let value = &self.items;
            let ptr = format!("{pointer}/items");
            for (index, item0) in value.iter().enumerate() {
                let ptr0 = format!("{}/{index}", &ptr);
                openapi_runtime::Validate::validate_into(item0, &ptr0, violations);
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreateItem {
    pub title: String,
    /// The price; never negative.
    pub price: rust_decimal::Decimal,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub tags: Option<Vec<String>>,
    #[serde(default = "default_create_item_quantity")]
    pub quantity: i32,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
}

fn default_create_item_quantity() -> i32 {
    1
}

impl openapi_runtime::Validate for CreateItem {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.title;
            let ptr = format!("{pointer}/title");
            violations.check_length(&ptr, value, Some(1), Some(200));
        }
        {
            let value = &self.price;
            let ptr = format!("{pointer}/price");
            violations.check_pattern(&ptr, &value.to_string(), &PATTERN_1);
        }
        if let Some(value) = &self.tags {
            let ptr = format!("{pointer}/tags");
            violations.check_items(&ptr, value, None, Some(10), true);
            for (index, item0) in value.iter().enumerate() {
                let ptr0 = format!("{}/{index}", &ptr);
                violations.check_length(&ptr0, item0, Some(1), Some(30));
            }
        }
        {
            let value = &self.quantity;
            let ptr = format!("{pointer}/quantity");
            violations.check_minimum(&ptr, *value, 0, false);
        }
        if let Some(value) = &self.description {
            let ptr = format!("{pointer}/description");
            violations.check_length(&ptr, value, None, Some(2000));
        }
    }
}

/// JSON merge patch of an item; `null` clears the description.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ItemPatch {
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "openapi_runtime::Tristate::is_absent")]
    pub description: openapi_runtime::Tristate<String>,
}

impl openapi_runtime::Validate for ItemPatch {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        if let Some(value) = &self.title {
            let ptr = format!("{pointer}/title");
            violations.check_length(&ptr, value, Some(1), None);
        }
        if let openapi_runtime::Tristate::Value(value) = &self.description {
            let ptr = format!("{pointer}/description");
            violations.check_length(&ptr, value, None, Some(2000));
        }
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum ListItemsOrder {
    #[serde(rename = "asc")]
    Asc,
    #[serde(rename = "desc")]
    Desc,
}

impl ListItemsOrder {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[Self::Asc, Self::Desc];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
        }
    }
}

impl std::fmt::Display for ListItemsOrder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for ListItemsOrder {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| openapi_runtime::UnknownVariant::new(value, &["asc", "desc"]))
    }
}

impl openapi_runtime::Validate for ListItemsOrder {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}
