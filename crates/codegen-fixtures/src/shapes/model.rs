// Generated from generator/tests/fixtures/codegen/shapes.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 5955d59b248595fb-d3b7b31c2e052afe
//! Data transfer objects of Shapes API: every schema of the spec as a serde type, with the
//! spec's constraints checked by `openapi_runtime::Validate`.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

static PATTERN_1: openapi_runtime::validate::Pattern =
    openapi_runtime::validate::Pattern::new("^[A-Z]{3}-[0-9]{2}$");

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NamedThing {
    pub name: String,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub nickname: Option<String>,
}

impl openapi_runtime::Validate for NamedThing {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.name;
            let ptr = format!("{pointer}/name");
            violations.check_length(&ptr, value, Some(1), Some(40));
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PetBase {
    pub name: String,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub nickname: Option<String>,
    pub pet_type: String,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub age: Option<i32>,
}

impl openapi_runtime::Validate for PetBase {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.name;
            let ptr = format!("{pointer}/name");
            violations.check_length(&ptr, value, Some(1), Some(40));
        }
        if let Some(value) = &self.age {
            let ptr = format!("{pointer}/age");
            violations.check_minimum(&ptr, *value, 0, false);
            violations.check_maximum(&ptr, *value, 100, true);
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Cat {
    pub name: String,
    pub nickname: String,
    pub pet_type: String,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub age: Option<i32>,
    #[serde(default = "default_cat_indoor")]
    pub indoor: bool,
    #[serde(default = "default_cat_lives")]
    pub lives: i32,
}

fn default_cat_indoor() -> bool {
    true
}

fn default_cat_lives() -> i32 {
    9
}

impl openapi_runtime::Validate for Cat {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.name;
            let ptr = format!("{pointer}/name");
            violations.check_length(&ptr, value, Some(1), Some(40));
        }
        if let Some(value) = &self.age {
            let ptr = format!("{pointer}/age");
            violations.check_minimum(&ptr, *value, 0, false);
            violations.check_maximum(&ptr, *value, 100, true);
        }
        {
            let value = &self.lives;
            let ptr = format!("{pointer}/lives");
            violations.check_minimum(&ptr, *value, 1, false);
            violations.check_maximum(&ptr, *value, 9, false);
            violations.check_multiple_of(&ptr, *value, 1);
        }
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum DogBark {
    #[serde(rename = "soft")]
    Soft,
    #[serde(rename = "loud")]
    Loud,
}

impl DogBark {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[Self::Soft, Self::Loud];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Soft => "soft",
            Self::Loud => "loud",
        }
    }
}

impl std::fmt::Display for DogBark {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for DogBark {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| openapi_runtime::UnknownVariant::new(value, &["soft", "loud"]))
    }
}

impl openapi_runtime::Validate for DogBark {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Dog {
    pub name: String,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub nickname: Option<String>,
    pub pet_type: String,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub age: Option<i32>,
    pub bark: DogBark,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub tricks: Option<Vec<String>>,
}

impl openapi_runtime::Validate for Dog {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.name;
            let ptr = format!("{pointer}/name");
            violations.check_length(&ptr, value, Some(1), Some(40));
        }
        if let Some(value) = &self.age {
            let ptr = format!("{pointer}/age");
            violations.check_minimum(&ptr, *value, 0, false);
            violations.check_maximum(&ptr, *value, 100, true);
        }
        if let Some(value) = &self.tricks {
            let ptr = format!("{pointer}/tricks");
            violations.check_items(&ptr, value, Some(1), None, true);
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Pet {
    Cat(Cat),
    Dog(Dog),
}

impl serde::Serialize for Pet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Cat(value) => {
                openapi_runtime::union::serialize_tagged(value, "pet_type", "cat", serializer)
            }
            Self::Dog(value) => {
                openapi_runtime::union::serialize_tagged(value, "pet_type", "dog", serializer)
            }
        }
    }
}

impl<'de> serde::Deserialize<'de> for Pet {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const TAGS: &[&str] = &["cat", "dog"];
        let (tag, value) = openapi_runtime::union::read_tagged(deserializer, "pet_type", TAGS)?;
        match tag.as_str() {
            "cat" => openapi_runtime::union::variant(value).map(Self::Cat),
            "dog" => openapi_runtime::union::variant(value).map(Self::Dog),
            other => Err(serde::de::Error::unknown_variant(other, TAGS)),
        }
    }
}

impl openapi_runtime::Validate for Pet {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        match self {
            Self::Cat(value) => {
                openapi_runtime::Validate::validate_into(value, pointer, violations);
            }
            Self::Dog(value) => {
                openapi_runtime::Validate::validate_into(value, pointer, violations);
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Circle {
    pub radius: f64,
}

impl openapi_runtime::Validate for Circle {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.radius;
            let ptr = format!("{pointer}/radius");
            violations.check_minimum(&ptr, *value, 0.0, true);
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Square {
    pub side: f32,
}

impl openapi_runtime::Validate for Square {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.side;
            let ptr = format!("{pointer}/side");
            violations.check_minimum(&ptr, *value, 0.0, false);
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Shape {
    Circle(Circle),
    Square(Square),
    String(String),
}

impl openapi_runtime::Validate for Shape {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        match self {
            Self::Circle(value) => {
                openapi_runtime::Validate::validate_into(value, pointer, violations);
            }
            Self::Square(value) => {
                openapi_runtime::Validate::validate_into(value, pointer, violations);
            }
            Self::String(value) => {
                violations.check_length(pointer, value, Some(1), None);
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Label {
    Integer(i64),
    String(String),
}

impl openapi_runtime::Validate for Label {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RecordNested {
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub inner: Option<String>,
}

impl openapi_runtime::Validate for RecordNested {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        if let Some(value) = &self.inner {
            let ptr = format!("{pointer}/inner");
            violations.check_length(&ptr, value, None, Some(3));
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Record {
    pub id: uuid::Uuid,
    pub count: i32,
    pub big: i64,
    pub when: chrono::DateTime<chrono::Utc>,
    pub day: chrono::NaiveDate,
    pub email: String,
    pub price: rust_decimal::Decimal,
    pub ratio: f64,
    pub code: String,
    pub data: openapi_runtime::Base64,
    pub tags: Vec<String>,
    pub labels: Vec<Label>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub level: Option<i64>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub attributes: Option<std::collections::BTreeMap<String, i64>>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub metadata: Option<serde_json::Value>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub nested: Option<RecordNested>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub children: Option<Vec<Record>>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub parent: Option<Box<Record>>,
}

impl openapi_runtime::Validate for Record {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.count;
            let ptr = format!("{pointer}/count");
            violations.check_minimum(&ptr, *value, -5, false);
            violations.check_maximum(&ptr, *value, 5, false);
        }
        {
            let value = &self.big;
            let ptr = format!("{pointer}/big");
            violations.check_multiple_of(&ptr, *value, 10);
        }
        {
            let value = &self.email;
            let ptr = format!("{pointer}/email");
            violations.check_email(&ptr, value);
        }
        {
            let value = &self.ratio;
            let ptr = format!("{pointer}/ratio");
            violations.check_minimum(&ptr, *value, 0.0, false);
            violations.check_maximum(&ptr, *value, 1.0, true);
        }
        {
            let value = &self.code;
            let ptr = format!("{pointer}/code");
            violations.check_pattern(&ptr, value, &PATTERN_1);
        }
        {
            let value = &self.tags;
            let ptr = format!("{pointer}/tags");
            violations.check_items(&ptr, value, Some(1), Some(3), false);
            for (index, item0) in value.iter().enumerate() {
                let ptr0 = format!("{}/{index}", &ptr);
                violations.check_length(&ptr0, item0, None, Some(5));
            }
        }
        if let Some(value) = &self.level {
            let ptr = format!("{pointer}/level");
            violations.check_allowed(&ptr, *value, &[1, 2, 3]);
        }
        if let Some(value) = &self.attributes {
            let ptr = format!("{pointer}/attributes");
            for (key, item0) in value {
                let ptr0 = openapi_runtime::validate::child(&ptr, key);
                violations.check_minimum(&ptr0, *item0, 0, false);
            }
        }
        if let Some(value) = &self.nested {
            let ptr = format!("{pointer}/nested");
            openapi_runtime::Validate::validate_into(value, &ptr, violations);
        }
        if let Some(value) = &self.children {
            let ptr = format!("{pointer}/children");
            for (index, item0) in value.iter().enumerate() {
                let ptr0 = format!("{}/{index}", &ptr);
                openapi_runtime::Validate::validate_into(item0, &ptr0, violations);
            }
        }
        if let Some(value) = &self.parent {
            let ptr = format!("{pointer}/parent");
            openapi_runtime::Validate::validate_into(value, &ptr, violations);
        }
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum ProfilePatchStatus {
    #[serde(rename = "active")]
    Active,
    #[serde(rename = "away")]
    Away,
}

impl ProfilePatchStatus {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[Self::Active, Self::Away];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Away => "away",
        }
    }
}

impl std::fmt::Display for ProfilePatchStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for ProfilePatchStatus {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| openapi_runtime::UnknownVariant::new(value, &["active", "away"]))
    }
}

impl openapi_runtime::Validate for ProfilePatchStatus {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProfilePatch {
    pub display_name: String,
    #[serde(deserialize_with = "openapi_runtime::tristate::required_nullable")]
    pub required_nullable: Option<String>,
    #[serde(default, skip_serializing_if = "openapi_runtime::Tristate::is_absent")]
    pub phone: openapi_runtime::Tristate<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub bio: Option<String>,
    #[serde(default = "default_profile_patch_status")]
    pub status: ProfilePatchStatus,
}

fn default_profile_patch_status() -> ProfilePatchStatus {
    ProfilePatchStatus::Active
}

impl openapi_runtime::Validate for ProfilePatch {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        if let openapi_runtime::Tristate::Value(value) = &self.phone {
            let ptr = format!("{pointer}/phone");
            violations.check_length(&ptr, value, None, Some(20));
        }
    }
}
