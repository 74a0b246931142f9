// Generated from api/saga/bookstore_order_book_wf.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 45cb8630c24b031c-7c6ef1b9cc3b8b1b
//! Data transfer objects of the `bookstore_order_book_wf` saga's tasks run by order: every schema of the spec as a serde type, with the
//! spec's constraints checked by `openapi_runtime::Validate`.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

static PATTERN_1: openapi_runtime::validate::Pattern =
    openapi_runtime::validate::Pattern::new("^tok_[A-Za-z0-9]{16,64}$");
static PATTERN_2: openapi_runtime::validate::Pattern =
    openapi_runtime::validate::Pattern::new("^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$");
static PATTERN_3: openapi_runtime::validate::Pattern =
    openapi_runtime::validate::Pattern::new("^-?[0-9]{1,8}\\.[0-9]{2}$");

/// What order starts the saga with, once the pending order is written.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrderBookWfInput {
    /// The order the saga runs for.
    pub order_id: i64,
    /// An opaque reference to the card the customer gave, issued by the payment service; never the card number itself.
    pub card_token: String,
    /// The starter's W3C trace context, continued by every worker's span.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub traceparent: Option<String>,
}

impl openapi_runtime::Validate for OrderBookWfInput {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.order_id;
            let ptr = format!("{pointer}/order_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.card_token;
            let ptr = format!("{pointer}/card_token");
            violations.check_pattern(&ptr, value, &PATTERN_1);
        }
        if let Some(value) = &self.traceparent {
            let ptr = format!("{pointer}/traceparent");
            violations.check_pattern(&ptr, value, &PATTERN_2);
        }
    }
}

/// The order the saga runs for.
pub type OrderId = i64;

/// An opaque reference to the card the customer gave, issued by the payment service; never the card number itself.
pub type CardToken = String;

/// PlaceOrderInput
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PlaceOrderInput {
    /// The order the saga runs for.
    pub order_id: i64,
}

impl openapi_runtime::Validate for PlaceOrderInput {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.order_id;
            let ptr = format!("{pointer}/order_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// PlaceOrderOutput
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PlaceOrderOutput {
    /// The order the saga runs for.
    pub order_id: i64,
    /// The customer who placed the order.
    pub user_id: uuid::Uuid,
    /// An exact amount with two decimal places, as a string so it never passes through binary floating point (stored as DECIMAL(10,2)).
    pub amount: rust_decimal::Decimal,
    pub items: Vec<OrderItemCreate>,
}

impl openapi_runtime::Validate for PlaceOrderOutput {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.order_id;
            let ptr = format!("{pointer}/order_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.amount;
            let ptr = format!("{pointer}/amount");
            violations.check_pattern(&ptr, &value.to_string(), &PATTERN_3);
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
    }
}

/// ChangeOrderStatusInput
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ChangeOrderStatusInput {
    /// The order the saga runs for.
    pub order_id: i64,
    /// The payment that paid for the order.
    pub payment_id: i64,
}

impl openapi_runtime::Validate for ChangeOrderStatusInput {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.order_id;
            let ptr = format!("{pointer}/order_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.payment_id;
            let ptr = format!("{pointer}/payment_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// ChangeOrderStatusOutput
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ChangeOrderStatusOutput {
    /// The order the saga runs for.
    pub order_id: i64,
    /// Where an order is in its life: `pending` (placed, saga running) → `paid` → `confirmed` (stock reserved) → `shipped` → `completed`; `pending`, `paid` and `confirmed` orders may end `cancelled`.
    pub status: OrderStatus,
}

impl openapi_runtime::Validate for ChangeOrderStatusOutput {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.order_id;
            let ptr = format!("{pointer}/order_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// ConfirmOrderInput
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ConfirmOrderInput {
    /// The order the saga runs for.
    pub order_id: i64,
}

impl openapi_runtime::Validate for ConfirmOrderInput {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.order_id;
            let ptr = format!("{pointer}/order_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// ConfirmOrderOutput
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ConfirmOrderOutput {
    /// The order the saga runs for.
    pub order_id: i64,
    /// Where an order is in its life: `pending` (placed, saga running) → `paid` → `confirmed` (stock reserved) → `shipped` → `completed`; `pending`, `paid` and `confirmed` orders may end `cancelled`.
    pub status: OrderStatus,
}

impl openapi_runtime::Validate for ConfirmOrderOutput {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.order_id;
            let ptr = format!("{pointer}/order_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// CancelOrderInput
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CancelOrderInput {
    /// The order the saga runs for.
    pub order_id: i64,
    /// Why the saga failed, recorded as the order's failure reason.
    pub reason: String,
    /// Whether release_inventory released a reservation (recorded as a step done).
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub released: Option<bool>,
    /// Whether refund_payment refunded a charge (recorded as a step done).
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub refunded: Option<bool>,
}

impl openapi_runtime::Validate for CancelOrderInput {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.order_id;
            let ptr = format!("{pointer}/order_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// CancelOrderOutput
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CancelOrderOutput {
    /// The order the saga runs for.
    pub order_id: i64,
    /// Where an order is in its life: `pending` (placed, saga running) → `paid` → `confirmed` (stock reserved) → `shipped` → `completed`; `pending`, `paid` and `confirmed` orders may end `cancelled`.
    pub status: OrderStatus,
}

impl openapi_runtime::Validate for CancelOrderOutput {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.order_id;
            let ptr = format!("{pointer}/order_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// An exact amount with two decimal places, as a string so it never passes through binary floating point (stored as DECIMAL(10,2)).
pub type Money = rust_decimal::Decimal;

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
