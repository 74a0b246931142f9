// Generated from api/order/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: f750ce83ac0ead42-3ac4ecb606905487
//! Data transfer objects of Bookstore Order API: every schema of the spec as a serde type, with the
//! spec's constraints checked by `openapi_runtime::Validate`.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

static PATTERN_1: openapi_runtime::validate::Pattern =
    openapi_runtime::validate::Pattern::new("^-?[0-9]{1,8}\\.[0-9]{2}$");
static PATTERN_2: openapi_runtime::validate::Pattern =
    openapi_runtime::validate::Pattern::new("^[0-9]{12,19}$");

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

/// An exact amount with two decimal places, as a string so it never passes through binary floating point (stored as DECIMAL(10,2)).
pub type Money = rust_decimal::Decimal;

/// An order with its lines, total, status and the progress of its saga.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Order {
    pub id: i64,
    /// The customer who placed it.
    pub user_id: uuid::Uuid,
    pub items: Vec<OrderItem>,
    /// An exact amount with two decimal places, as a string so it never passes through binary floating point (stored as DECIMAL(10,2)).
    pub total_price: rust_decimal::Decimal,
    /// Where an order is in its life: `pending` (placed, saga running) → `paid` → `confirmed` (stock reserved) → `shipped` → `completed`; `pending`, `paid` and `confirmed` orders may end `cancelled`.
    pub status: OrderStatus,
    /// The saga tasks completed so far, in order.
    pub steps_done: Vec<SagaStep>,
    /// Why the saga failed or the order was cancelled, in words a person can read ("card declined", "only 2 copies of Refactoring left", "Refactoring is out of stock", "cancelled by the customer"); absent otherwise.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub failure_reason: Option<String>,
    /// The optimistic-concurrency version of a resource. Send back the value you read when replacing it; a request carrying a stale version is refused with 409 Conflict.
    pub version: i64,
    /// An RFC 3339 instant in UTC, set by the service.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// An RFC 3339 instant in UTC, set by the service.
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl openapi_runtime::Validate for Order {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.items;
            let ptr = format!("{pointer}/items");
            violations.check_items(&ptr, value, Some(1), None, false);
            for (index, item0) in value.iter().enumerate() {
                let ptr0 = format!("{}/{index}", &ptr);
                openapi_runtime::Validate::validate_into(item0, &ptr0, violations);
            }
        }
        {
            let value = &self.total_price;
            let ptr = format!("{pointer}/total_price");
            violations.check_pattern(&ptr, &value.to_string(), &PATTERN_1);
        }
        {
            let value = &self.version;
            let ptr = format!("{pointer}/version");
            violations.check_minimum(&ptr, *value, 0, false);
        }
    }
}

/// A new order: what to buy and how to pay.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrderCreate {
    /// The books to buy; each book at most once (422 otherwise).
    pub items: Vec<OrderItemCreate>,
    /// How to pay. The card number goes to the payment gateway and is never stored or logged.
    pub payment: PaymentMethod,
}

impl openapi_runtime::Validate for OrderCreate {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.items;
            let ptr = format!("{pointer}/items");
            violations.check_items(&ptr, value, Some(1), Some(50), true);
            for (index, item0) in value.iter().enumerate() {
                let ptr0 = format!("{}/{index}", &ptr);
                openapi_runtime::Validate::validate_into(item0, &ptr0, violations);
            }
        }
        {
            let value = &self.payment;
            let ptr = format!("{pointer}/payment");
            openapi_runtime::Validate::validate_into(value, &ptr, violations);
        }
    }
}

/// One line of an order, priced by the catalog when it was placed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrderItem {
    /// The catalog book.
    pub book_id: i64,
    /// The book's title when the order was placed.
    pub title: String,
    /// An exact amount with two decimal places, as a string so it never passes through binary floating point (stored as DECIMAL(10,2)).
    pub unit_price: rust_decimal::Decimal,
    /// Copies ordered.
    pub quantity: i32,
}

impl openapi_runtime::Validate for OrderItem {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.book_id;
            let ptr = format!("{pointer}/book_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.unit_price;
            let ptr = format!("{pointer}/unit_price");
            violations.check_pattern(&ptr, &value.to_string(), &PATTERN_1);
        }
        {
            let value = &self.quantity;
            let ptr = format!("{pointer}/quantity");
            violations.check_minimum(&ptr, *value, 1, false);
            violations.check_maximum(&ptr, *value, 100, false);
        }
    }
}

/// One line of a new order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrderItemCreate {
    /// The catalog book.
    pub book_id: i64,
    /// Copies ordered.
    pub quantity: i32,
}

impl openapi_runtime::Validate for OrderItemCreate {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.book_id;
            let ptr = format!("{pointer}/book_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.quantity;
            let ptr = format!("{pointer}/quantity");
            violations.check_minimum(&ptr, *value, 1, false);
            violations.check_maximum(&ptr, *value, 100, false);
        }
    }
}

/// One page of orders.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrderPage {
    /// The number of orders matching the filters, across all pages.
    pub total: i64,
    pub items: Vec<Order>,
}

impl openapi_runtime::Validate for OrderPage {
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

/// Where an order is in its life: `pending` (placed, saga running) → `paid` → `confirmed` (stock reserved) → `shipped` → `completed`; `pending`, `paid` and `confirmed` orders may end `cancelled`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum OrderStatus {
    #[serde(rename = "pending")]
    Pending,
    #[serde(rename = "paid")]
    Paid,
    #[serde(rename = "confirmed")]
    Confirmed,
    #[serde(rename = "shipped")]
    Shipped,
    #[serde(rename = "completed")]
    Completed,
    #[serde(rename = "cancelled")]
    Cancelled,
}

impl OrderStatus {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[
        Self::Pending,
        Self::Paid,
        Self::Confirmed,
        Self::Shipped,
        Self::Completed,
        Self::Cancelled,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Paid => "paid",
            Self::Confirmed => "confirmed",
            Self::Shipped => "shipped",
            Self::Completed => "completed",
            Self::Cancelled => "cancelled",
        }
    }
}

impl std::fmt::Display for OrderStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for OrderStatus {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| {
                openapi_runtime::UnknownVariant::new(
                    value,
                    &[
                        "pending",
                        "paid",
                        "confirmed",
                        "shipped",
                        "completed",
                        "cancelled",
                    ],
                )
            })
    }
}

impl openapi_runtime::Validate for OrderStatus {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// How to pay. The card number goes to the payment gateway and is never stored or logged.
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PaymentMethod {
    /// How an order is paid.
    #[serde(rename = "type")]
    pub type_: PaymentType,
    /// The card number, digits only.
    pub card_number: String,
}

impl std::fmt::Debug for PaymentMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PaymentMethod")
            .field("type", &self.type_)
            .field("card_number", &"<redacted>")
            .finish()
    }
}

impl openapi_runtime::Validate for PaymentMethod {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.card_number;
            let ptr = format!("{pointer}/card_number");
            violations.check_length(&ptr, value, Some(12), Some(19));
            violations.check_pattern(&ptr, value, &PATTERN_2);
        }
    }
}

/// How an order is paid.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum PaymentType {
    #[serde(rename = "card")]
    Card,
}

impl PaymentType {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[Self::Card];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Card => "card",
        }
    }
}

impl std::fmt::Display for PaymentType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for PaymentType {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| openapi_runtime::UnknownVariant::new(value, &["card"]))
    }
}

impl openapi_runtime::Validate for PaymentType {
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

/// A task of the order saga: the forward steps `place_order`, `make_payment`, `change_order_status`, `reserve_inventory`, `confirm_order`, then, after a failure or a cancellation, the compensations `release_inventory`, `refund_payment`, `cancel_order`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum SagaStep {
    #[serde(rename = "place_order")]
    PlaceOrder,
    #[serde(rename = "make_payment")]
    MakePayment,
    #[serde(rename = "change_order_status")]
    ChangeOrderStatus,
    #[serde(rename = "reserve_inventory")]
    ReserveInventory,
    #[serde(rename = "confirm_order")]
    ConfirmOrder,
    #[serde(rename = "release_inventory")]
    ReleaseInventory,
    #[serde(rename = "refund_payment")]
    RefundPayment,
    #[serde(rename = "cancel_order")]
    CancelOrder,
}

impl SagaStep {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[
        Self::PlaceOrder,
        Self::MakePayment,
        Self::ChangeOrderStatus,
        Self::ReserveInventory,
        Self::ConfirmOrder,
        Self::ReleaseInventory,
        Self::RefundPayment,
        Self::CancelOrder,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::PlaceOrder => "place_order",
            Self::MakePayment => "make_payment",
            Self::ChangeOrderStatus => "change_order_status",
            Self::ReserveInventory => "reserve_inventory",
            Self::ConfirmOrder => "confirm_order",
            Self::ReleaseInventory => "release_inventory",
            Self::RefundPayment => "refund_payment",
            Self::CancelOrder => "cancel_order",
        }
    }
}

impl std::fmt::Display for SagaStep {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for SagaStep {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| {
                openapi_runtime::UnknownVariant::new(
                    value,
                    &[
                        "place_order",
                        "make_payment",
                        "change_order_status",
                        "reserve_inventory",
                        "confirm_order",
                        "release_inventory",
                        "refund_payment",
                        "cancel_order",
                    ],
                )
            })
    }
}

impl openapi_runtime::Validate for SagaStep {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// An RFC 3339 instant in UTC, set by the service.
pub type Timestamp = chrono::DateTime<chrono::Utc>;

/// The optimistic-concurrency version of a resource. Send back the value you read when replacing it; a request carrying a stale version is refused with 409 Conflict.
pub type Version = i64;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum OrderSort {
    #[serde(rename = "created_at")]
    CreatedAt,
    #[serde(rename = "id")]
    Id,
    #[serde(rename = "total_price")]
    TotalPrice,
}

impl OrderSort {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[Self::CreatedAt, Self::Id, Self::TotalPrice];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::CreatedAt => "created_at",
            Self::Id => "id",
            Self::TotalPrice => "total_price",
        }
    }
}

impl std::fmt::Display for OrderSort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for OrderSort {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| {
                openapi_runtime::UnknownVariant::new(value, &["created_at", "id", "total_price"])
            })
    }
}

impl openapi_runtime::Validate for OrderSort {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
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
