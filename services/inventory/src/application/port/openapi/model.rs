// Generated from api/inventory/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 436702bd65142125-6a216b80ada38eda
//! Data transfer objects of Bookstore Inventory API: every schema of the spec as a serde type, with the
//! spec's constraints checked by `openapi_runtime::Validate`.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

static PATTERN_1: openapi_runtime::validate::Pattern = openapi_runtime::validate::Pattern::new(
    "^[^\\u0000-\\u001F\\u007F-\\u009F]*[^\\u0000-\\u0020\\u007F-\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\u0000-\\u001F\\u007F-\\u009F]*$",
);

/// One invalid part of a request.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FieldError {
    /// A JSON pointer to the invalid value: into the body (`/items/0/quantity`) or, for parameters, `/query/<name>`, `/path/<name>`, `/header/<name>` or `/cookie/<name>`.
    pub pointer: String,
    /// What is wrong with the value.
    pub detail: String,
}

impl openapi_runtime::Validate for FieldError {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// An RFC 9457 problem details object, the body of every error response. `errors` lists one entry per invalid field when a request fails validation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    /// A URI identifying the problem type; `about:blank` when the status says it all.
    #[serde(rename = "type")]
    pub type_: String,
    /// A short, human-readable summary of the problem type.
    pub title: String,
    /// The HTTP status code of this occurrence.
    pub status: i32,
    /// A human-readable explanation of this occurrence.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub detail: Option<String>,
    /// The request path of this occurrence.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub instance: Option<String>,
    /// One entry per invalid field or parameter (validation failures only).
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub errors: Option<Vec<FieldError>>,
}

impl openapi_runtime::Validate for Problem {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.status;
            let ptr = format!("{pointer}/status");
            violations.check_minimum(&ptr, *value, 100, false);
            violations.check_maximum(&ptr, *value, 599, false);
        }
    }
}

/// The copies of one book held in one warehouse.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Stock {
    pub id: i64,
    /// The catalog book.
    pub book_id: i64,
    /// The warehouse holding the copies.
    pub warehouse_id: i64,
    /// Copies on hand, reserved ones included.
    pub quantity: i32,
    /// Copies held for orders not yet shipped; changed only by the order saga, never through this API.
    pub reserved_quantity: i32,
    /// Copies that can still be reserved (`quantity - reserved_quantity`).
    pub available_quantity: i32,
    /// The optimistic-concurrency version of a resource. Send back the value you read when replacing it; a request carrying a stale version is refused with 409 Conflict.
    pub version: i64,
    /// An RFC 3339 instant in UTC, set by the service.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// An RFC 3339 instant in UTC, set by the service.
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl openapi_runtime::Validate for Stock {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.book_id;
            let ptr = format!("{pointer}/book_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.warehouse_id;
            let ptr = format!("{pointer}/warehouse_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.quantity;
            let ptr = format!("{pointer}/quantity");
            violations.check_minimum(&ptr, *value, 0, false);
            violations.check_maximum(&ptr, *value, 100000000, false);
        }
        {
            let value = &self.reserved_quantity;
            let ptr = format!("{pointer}/reserved_quantity");
            violations.check_minimum(&ptr, *value, 0, false);
            violations.check_maximum(&ptr, *value, 100000000, false);
        }
        {
            let value = &self.available_quantity;
            let ptr = format!("{pointer}/available_quantity");
            violations.check_minimum(&ptr, *value, 0, false);
            violations.check_maximum(&ptr, *value, 100000000, false);
        }
        {
            let value = &self.version;
            let ptr = format!("{pointer}/version");
            violations.check_minimum(&ptr, *value, 0, false);
        }
    }
}

/// A new stock row. There is one row per book and warehouse (409 for a second one), and the warehouse's capacity bounds the copies it holds (409 when exceeded).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StockCreate {
    /// The catalog book.
    pub book_id: i64,
    /// An existing warehouse (422 otherwise).
    pub warehouse_id: i64,
    /// Copies on hand.
    pub quantity: i32,
}

impl openapi_runtime::Validate for StockCreate {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.book_id;
            let ptr = format!("{pointer}/book_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.warehouse_id;
            let ptr = format!("{pointer}/warehouse_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.quantity;
            let ptr = format!("{pointer}/quantity");
            violations.check_minimum(&ptr, *value, 0, false);
            violations.check_maximum(&ptr, *value, 100000000, false);
        }
    }
}

/// One page of stock rows.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StockPage {
    /// The number of stock rows matching the filters, across all pages.
    pub total: i64,
    pub items: Vec<Stock>,
}

impl openapi_runtime::Validate for StockPage {
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

/// A stock row's new quantity; `version` must be the one last read. The book and warehouse identify the row and cannot change (delete it and create another instead). The quantity can drop no lower than the reserved copies and rise no higher than the warehouse's capacity allows (409 either way).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StockReplace {
    /// Copies on hand, reserved ones included.
    pub quantity: i32,
    /// The optimistic-concurrency version of a resource. Send back the value you read when replacing it; a request carrying a stale version is refused with 409 Conflict.
    pub version: i64,
}

impl openapi_runtime::Validate for StockReplace {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.quantity;
            let ptr = format!("{pointer}/quantity");
            violations.check_minimum(&ptr, *value, 0, false);
            violations.check_maximum(&ptr, *value, 100000000, false);
        }
        {
            let value = &self.version;
            let ptr = format!("{pointer}/version");
            violations.check_minimum(&ptr, *value, 0, false);
        }
    }
}

/// An RFC 3339 instant in UTC, set by the service.
pub type Timestamp = chrono::DateTime<chrono::Utc>;

/// The optimistic-concurrency version of a resource. Send back the value you read when replacing it; a request carrying a stale version is refused with 409 Conflict.
pub type Version = i64;

/// A warehouse that holds stock.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Warehouse {
    pub id: i64,
    pub name: String,
    pub address: String,
    /// The most copies the warehouse can hold, summed over all its stock rows.
    pub capacity: i32,
    /// The optimistic-concurrency version of a resource. Send back the value you read when replacing it; a request carrying a stale version is refused with 409 Conflict.
    pub version: i64,
    /// An RFC 3339 instant in UTC, set by the service.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// An RFC 3339 instant in UTC, set by the service.
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl openapi_runtime::Validate for Warehouse {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.capacity;
            let ptr = format!("{pointer}/capacity");
            violations.check_minimum(&ptr, *value, 1, false);
            violations.check_maximum(&ptr, *value, 100000000, false);
        }
        {
            let value = &self.version;
            let ptr = format!("{pointer}/version");
            violations.check_minimum(&ptr, *value, 0, false);
        }
    }
}

/// A new warehouse.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WarehouseCreate {
    /// The warehouse's name, unique among warehouses (409 otherwise). Must contain a character other than white space (Unicode `White_Space`) and no control character anywhere (Unicode category Cc: U+0000-U+001F, U+007F-U+009F; so no tabs or line breaks either); surrounding white space is trimmed before the value is stored, and the length limit applies to the value as sent.
    pub name: String,
    /// The warehouse's postal address. Must contain a character other than white space (Unicode `White_Space`) and no control character anywhere (Unicode category Cc: U+0000-U+001F, U+007F-U+009F; so no tabs or line breaks either); surrounding white space is trimmed before the value is stored, and the length limit applies to the value as sent.
    pub address: String,
    /// The most copies the warehouse can hold, summed over all its stock rows.
    pub capacity: i32,
}

impl openapi_runtime::Validate for WarehouseCreate {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.name;
            let ptr = format!("{pointer}/name");
            violations.check_length(&ptr, value, Some(1), Some(255));
            violations.check_pattern(&ptr, value, &PATTERN_1);
        }
        {
            let value = &self.address;
            let ptr = format!("{pointer}/address");
            violations.check_length(&ptr, value, Some(1), Some(500));
            violations.check_pattern(&ptr, value, &PATTERN_1);
        }
        {
            let value = &self.capacity;
            let ptr = format!("{pointer}/capacity");
            violations.check_minimum(&ptr, *value, 1, false);
            violations.check_maximum(&ptr, *value, 100000000, false);
        }
    }
}

/// One page of warehouses.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WarehousePage {
    /// The number of warehouses matching the filters, across all pages.
    pub total: i64,
    pub items: Vec<Warehouse>,
}

impl openapi_runtime::Validate for WarehousePage {
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

/// A warehouse's new state; `version` must be the one last read. The capacity cannot drop below the copies the warehouse already holds (409).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WarehouseReplace {
    /// The warehouse's name, unique among warehouses (409 otherwise). Must contain a character other than white space (Unicode `White_Space`) and no control character anywhere (Unicode category Cc: U+0000-U+001F, U+007F-U+009F; so no tabs or line breaks either); surrounding white space is trimmed before the value is stored, and the length limit applies to the value as sent.
    pub name: String,
    /// The warehouse's postal address. Must contain a character other than white space (Unicode `White_Space`) and no control character anywhere (Unicode category Cc: U+0000-U+001F, U+007F-U+009F; so no tabs or line breaks either); surrounding white space is trimmed before the value is stored, and the length limit applies to the value as sent.
    pub address: String,
    /// The most copies the warehouse can hold, summed over all its stock rows.
    pub capacity: i32,
    /// The optimistic-concurrency version of a resource. Send back the value you read when replacing it; a request carrying a stale version is refused with 409 Conflict.
    pub version: i64,
}

impl openapi_runtime::Validate for WarehouseReplace {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.name;
            let ptr = format!("{pointer}/name");
            violations.check_length(&ptr, value, Some(1), Some(255));
            violations.check_pattern(&ptr, value, &PATTERN_1);
        }
        {
            let value = &self.address;
            let ptr = format!("{pointer}/address");
            violations.check_length(&ptr, value, Some(1), Some(500));
            violations.check_pattern(&ptr, value, &PATTERN_1);
        }
        {
            let value = &self.capacity;
            let ptr = format!("{pointer}/capacity");
            violations.check_minimum(&ptr, *value, 1, false);
            violations.check_maximum(&ptr, *value, 100000000, false);
        }
        {
            let value = &self.version;
            let ptr = format!("{pointer}/version");
            violations.check_minimum(&ptr, *value, 0, false);
        }
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum WarehouseSort {
    #[serde(rename = "created_at")]
    CreatedAt,
    #[serde(rename = "id")]
    Id,
    #[serde(rename = "name")]
    Name,
    #[serde(rename = "capacity")]
    Capacity,
}

impl WarehouseSort {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[Self::CreatedAt, Self::Id, Self::Name, Self::Capacity];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::CreatedAt => "created_at",
            Self::Id => "id",
            Self::Name => "name",
            Self::Capacity => "capacity",
        }
    }
}

impl std::fmt::Display for WarehouseSort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for WarehouseSort {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| {
                openapi_runtime::UnknownVariant::new(
                    value,
                    &["created_at", "id", "name", "capacity"],
                )
            })
    }
}

impl openapi_runtime::Validate for WarehouseSort {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The spec's `x-rust-type`: the same values as the service's own enum.
impl From<WarehouseSort> for crate::application::port::repo::WarehouseSort {
    fn from(value: WarehouseSort) -> Self {
        match value {
            WarehouseSort::CreatedAt => Self::CreatedAt,
            WarehouseSort::Id => Self::Id,
            WarehouseSort::Name => Self::Name,
            WarehouseSort::Capacity => Self::Capacity,
        }
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum SortOrder {
    #[serde(rename = "asc")]
    Asc,
    #[serde(rename = "desc")]
    Desc,
}

impl SortOrder {
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

impl std::fmt::Display for SortOrder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for SortOrder {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| openapi_runtime::UnknownVariant::new(value, &["asc", "desc"]))
    }
}

impl openapi_runtime::Validate for SortOrder {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The spec's `x-rust-type`: the same values as the service's own enum.
impl From<SortOrder> for app_kit::SortOrder {
    fn from(value: SortOrder) -> Self {
        match value {
            SortOrder::Asc => Self::Asc,
            SortOrder::Desc => Self::Desc,
        }
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum StockSort {
    #[serde(rename = "created_at")]
    CreatedAt,
    #[serde(rename = "id")]
    Id,
    #[serde(rename = "book_id")]
    BookId,
    #[serde(rename = "warehouse_id")]
    WarehouseId,
    #[serde(rename = "quantity")]
    Quantity,
}

impl StockSort {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[
        Self::CreatedAt,
        Self::Id,
        Self::BookId,
        Self::WarehouseId,
        Self::Quantity,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::CreatedAt => "created_at",
            Self::Id => "id",
            Self::BookId => "book_id",
            Self::WarehouseId => "warehouse_id",
            Self::Quantity => "quantity",
        }
    }
}

impl std::fmt::Display for StockSort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for StockSort {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| {
                openapi_runtime::UnknownVariant::new(
                    value,
                    &["created_at", "id", "book_id", "warehouse_id", "quantity"],
                )
            })
    }
}

impl openapi_runtime::Validate for StockSort {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The spec's `x-rust-type`: the same values as the service's own enum.
impl From<StockSort> for crate::application::port::repo::StockSort {
    fn from(value: StockSort) -> Self {
        match value {
            StockSort::CreatedAt => Self::CreatedAt,
            StockSort::Id => Self::Id,
            StockSort::BookId => Self::BookId,
            StockSort::WarehouseId => Self::WarehouseId,
            StockSort::Quantity => Self::Quantity,
        }
    }
}
