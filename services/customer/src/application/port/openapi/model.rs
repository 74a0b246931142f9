// Generated from api/customer/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: db9200c619c0393d-b1210482b9d0828a
//! Data transfer objects of Bookstore Customer API: every schema of the spec as a serde type, with the
//! spec's constraints checked by `openapi_runtime::Validate`.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

static PATTERN_1: openapi_runtime::validate::Pattern =
    openapi_runtime::validate::Pattern::new("^\\+?[0-9][0-9 -]{5,18}[0-9]$");
static PATTERN_2: openapi_runtime::validate::Pattern = openapi_runtime::validate::Pattern::new(
    "^[^\\u0000-\\u001F\\u007F-\\u009F]*[^\\u0000-\\u0020\\u007F-\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\u0000-\\u001F\\u007F-\\u009F]*$",
);
static PATTERN_3: openapi_runtime::validate::Pattern =
    openapi_runtime::validate::Pattern::new("^-?[0-9]{1,8}\\.[0-9]{2}$");
static PATTERN_4: openapi_runtime::validate::Pattern =
    openapi_runtime::validate::Pattern::new("^[0-9]{4}$");

/// A customer's profile, kept by the identity service.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Customer {
    /// The customer's user id (their tokens' `sub`).
    pub id: uuid::Uuid,
    /// An e-mail address (RFC 5321 limits its length to 254 characters).
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    /// A telephone number: digits, optionally a leading `+`, with spaces or dashes between groups; `null` when the person has none.
    #[serde(deserialize_with = "openapi_runtime::tristate::required_nullable")]
    pub phone: Option<String>,
    /// An RFC 3339 instant in UTC, set by the service.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// An RFC 3339 instant in UTC, set by the service.
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl openapi_runtime::Validate for Customer {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.email;
            let ptr = format!("{pointer}/email");
            violations.check_length(&ptr, value, Some(3), Some(254));
            violations.check_email(&ptr, value);
        }
        {
            let value = &self.first_name;
            let ptr = format!("{pointer}/first_name");
            violations.check_length(&ptr, value, Some(1), Some(100));
        }
        {
            let value = &self.last_name;
            let ptr = format!("{pointer}/last_name");
            violations.check_length(&ptr, value, Some(1), Some(100));
        }
        if let Some(value) = &self.phone {
            let ptr = format!("{pointer}/phone");
            violations.check_length(&ptr, value, Some(7), Some(20));
            violations.check_pattern(&ptr, value, &PATTERN_1);
        }
    }
}

/// One page of customers.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CustomerPage {
    /// The number of customers matching the filters, across all pages.
    pub total: i64,
    pub items: Vec<Customer>,
}

impl openapi_runtime::Validate for CustomerPage {
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

/// A customer's new profile. Every field is replaced: send `phone: null` to remove the phone number. The e-mail address is the sign-in name and cannot be changed here.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomerReplace {
    /// One line of text, not blank.
    pub first_name: String,
    /// One line of text, not blank.
    pub last_name: String,
    /// A telephone number: digits, optionally a leading `+`, with spaces or dashes between groups; `null` when the person has none.
    #[serde(deserialize_with = "openapi_runtime::tristate::required_nullable")]
    pub phone: Option<String>,
}

impl openapi_runtime::Validate for CustomerReplace {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.first_name;
            let ptr = format!("{pointer}/first_name");
            violations.check_length(&ptr, value, Some(1), Some(100));
            violations.check_pattern(&ptr, value, &PATTERN_2);
        }
        {
            let value = &self.last_name;
            let ptr = format!("{pointer}/last_name");
            violations.check_length(&ptr, value, Some(1), Some(100));
            violations.check_pattern(&ptr, value, &PATTERN_2);
        }
        if let Some(value) = &self.phone {
            let ptr = format!("{pointer}/phone");
            violations.check_length(&ptr, value, Some(7), Some(20));
            violations.check_pattern(&ptr, value, &PATTERN_1);
        }
    }
}

/// An e-mail address (RFC 5321 limits its length to 254 characters).
pub type Email = String;

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
            violations.check_pattern(&ptr, &value.to_string(), &PATTERN_3);
        }
        {
            let value = &self.version;
            let ptr = format!("{pointer}/version");
            violations.check_minimum(&ptr, *value, 0, false);
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
            violations.check_pattern(&ptr, &value.to_string(), &PATTERN_3);
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

/// The one charge made for an order. Only the card brand and last four digits are kept; the full card number is never stored.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Payment {
    pub id: i64,
    /// The order paid for; each order has at most one payment.
    pub order_id: i64,
    /// The customer who paid.
    pub user_id: uuid::Uuid,
    /// How an order is paid.
    #[serde(rename = "type")]
    pub type_: PaymentType,
    /// The card network, as detected from the number (`visa`, `mastercard`, `amex`, ...; `unknown` otherwise).
    pub card_brand: String,
    /// The last four digits of the card number.
    pub card_last4: String,
    /// An exact amount with two decimal places, as a string so it never passes through binary floating point (stored as DECIMAL(10,2)).
    pub amount: rust_decimal::Decimal,
    /// `paid`: the card was charged; `refunded`: the charge was returned (the order was cancelled); `declined`: the card was refused.
    pub status: PaymentStatus,
    /// When the card was charged; absent for a declined payment.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub paid_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the charge was refunded; absent unless `refunded`.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub refunded_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Why the card was declined; absent unless `declined`.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub failure_reason: Option<String>,
    /// An RFC 3339 instant in UTC, set by the service.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// An RFC 3339 instant in UTC, set by the service.
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl openapi_runtime::Validate for Payment {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.order_id;
            let ptr = format!("{pointer}/order_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.card_brand;
            let ptr = format!("{pointer}/card_brand");
            violations.check_length(&ptr, value, None, Some(20));
        }
        {
            let value = &self.card_last4;
            let ptr = format!("{pointer}/card_last4");
            violations.check_length(&ptr, value, Some(4), Some(4));
            violations.check_pattern(&ptr, value, &PATTERN_4);
        }
        {
            let value = &self.amount;
            let ptr = format!("{pointer}/amount");
            violations.check_pattern(&ptr, &value.to_string(), &PATTERN_3);
        }
    }
}

/// One page of payments.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaymentPage {
    /// The number of payments matching the filters, across all pages.
    pub total: i64,
    pub items: Vec<Payment>,
}

impl openapi_runtime::Validate for PaymentPage {
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

/// `paid`: the card was charged; `refunded`: the charge was returned (the order was cancelled); `declined`: the card was refused.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum PaymentStatus {
    #[serde(rename = "paid")]
    Paid,
    #[serde(rename = "refunded")]
    Refunded,
    #[serde(rename = "declined")]
    Declined,
}

impl PaymentStatus {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[Self::Paid, Self::Refunded, Self::Declined];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Paid => "paid",
            Self::Refunded => "refunded",
            Self::Declined => "declined",
        }
    }
}

impl std::fmt::Display for PaymentStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for PaymentStatus {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| {
                openapi_runtime::UnknownVariant::new(value, &["paid", "refunded", "declined"])
            })
    }
}

impl openapi_runtime::Validate for PaymentStatus {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
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

/// A telephone number: digits, optionally a leading `+`, with spaces or dashes between groups; `null` when the person has none.
pub type Phone = Option<String>;

/// A customer's loyalty point balance.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Point {
    /// The customer.
    pub customer_id: uuid::Uuid,
    /// Points available; 0 before the first transaction.
    pub balance: i64,
    /// When the first transaction created the balance; absent before that.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the balance last changed; absent before the first transaction.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl openapi_runtime::Validate for Point {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.balance;
            let ptr = format!("{pointer}/balance");
            violations.check_minimum(&ptr, *value, 0, false);
        }
    }
}

/// One change to a point balance.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PointTransaction {
    pub id: i64,
    /// The customer.
    pub customer_id: uuid::Uuid,
    /// Points added (positive) or taken (negative).
    pub delta: i32,
    pub reason: String,
    /// The balance right after this transaction.
    pub balance_after: i64,
    /// Who recorded the change (the `sub` of the staff member's token).
    pub created_by: String,
    /// An RFC 3339 instant in UTC, set by the service.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// An RFC 3339 instant in UTC, set by the service.
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl openapi_runtime::Validate for PointTransaction {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.balance_after;
            let ptr = format!("{pointer}/balance_after");
            violations.check_minimum(&ptr, *value, 0, false);
        }
    }
}

/// A change to a point balance. A zero `delta` is a 422; one that would take the balance below zero is a 409.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PointTransactionCreate {
    /// Points to add (positive) or take (negative); never 0.
    pub delta: i32,
    /// Why the balance changes, for the customer and for audits: one line of text, not blank.
    pub reason: String,
}

impl openapi_runtime::Validate for PointTransactionCreate {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.delta;
            let ptr = format!("{pointer}/delta");
            violations.check_minimum(&ptr, *value, -1000000, false);
            violations.check_maximum(&ptr, *value, 1000000, false);
        }
        {
            let value = &self.reason;
            let ptr = format!("{pointer}/reason");
            violations.check_length(&ptr, value, Some(1), Some(200));
            violations.check_pattern(&ptr, value, &PATTERN_2);
        }
    }
}

/// One page of point transactions.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PointTransactionPage {
    /// The number of point transactions matching the filters, across all pages.
    pub total: i64,
    pub items: Vec<PointTransaction>,
}

impl openapi_runtime::Validate for PointTransactionPage {
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

/// One page of a customer's wishlist (a set of at most 200 books). Titles come from the catalog in one batch per page.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Wishlist {
    /// The number of books on the whole wishlist, across all pages.
    pub total: i64,
    pub items: Vec<WishlistItem>,
}

impl openapi_runtime::Validate for Wishlist {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.total;
            let ptr = format!("{pointer}/total");
            violations.check_minimum(&ptr, *value, 0, false);
            violations.check_maximum(&ptr, *value, 200, false);
        }
        {
            let value = &self.items;
            let ptr = format!("{pointer}/items");
            violations.check_items(&ptr, value, None, Some(200), false);
            for (index, item0) in value.iter().enumerate() {
                let ptr0 = format!("{}/{index}", &ptr);
                openapi_runtime::Validate::validate_into(item0, &ptr0, violations);
            }
        }
    }
}

/// A book on a wishlist.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WishlistItem {
    /// The catalog book.
    pub book_id: i64,
    /// The book's title from the catalog; absent when the catalog no longer has the book.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub title: Option<String>,
    /// Whether the catalog still has the book. A book deleted from the catalog after it was added stays on the wishlist, `false` here and without a title, until the customer removes it.
    pub available: bool,
    /// An RFC 3339 instant in UTC, set by the service.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// An RFC 3339 instant in UTC, set by the service.
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl openapi_runtime::Validate for WishlistItem {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.book_id;
            let ptr = format!("{pointer}/book_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// A book to add to a wishlist.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WishlistItemCreate {
    /// A book in the catalog (422 at `/body/book_id` otherwise).
    pub book_id: i64,
}

impl openapi_runtime::Validate for WishlistItemCreate {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.book_id;
            let ptr = format!("{pointer}/book_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// The complete new set of books on a wishlist.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WishlistReplace {
    /// The books, each of which must exist in the catalog: a 422 names every unknown one at `/body/book_ids/<index>`. Empty clears the wishlist.
    pub book_ids: Vec<i64>,
}

impl openapi_runtime::Validate for WishlistReplace {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.book_ids;
            let ptr = format!("{pointer}/book_ids");
            violations.check_items(&ptr, value, Some(0), Some(200), true);
            for (index, item0) in value.iter().enumerate() {
                let ptr0 = format!("{}/{index}", &ptr);
                violations.check_minimum(&ptr0, *item0, 1, false);
            }
        }
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum CustomerSort {
    #[serde(rename = "created_at")]
    CreatedAt,
    #[serde(rename = "email")]
    Email,
    #[serde(rename = "name")]
    Name,
}

impl CustomerSort {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[Self::CreatedAt, Self::Email, Self::Name];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::CreatedAt => "created_at",
            Self::Email => "email",
            Self::Name => "name",
        }
    }
}

impl std::fmt::Display for CustomerSort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for CustomerSort {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| {
                openapi_runtime::UnknownVariant::new(value, &["created_at", "email", "name"])
            })
    }
}

impl openapi_runtime::Validate for CustomerSort {
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

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum WishlistSort {
    #[serde(rename = "created_at")]
    CreatedAt,
    #[serde(rename = "book_id")]
    BookId,
}

impl WishlistSort {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[Self::CreatedAt, Self::BookId];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::CreatedAt => "created_at",
            Self::BookId => "book_id",
        }
    }
}

impl std::fmt::Display for WishlistSort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for WishlistSort {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| openapi_runtime::UnknownVariant::new(value, &["created_at", "book_id"]))
    }
}

impl openapi_runtime::Validate for WishlistSort {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum PointTransactionSort {
    #[serde(rename = "created_at")]
    CreatedAt,
    #[serde(rename = "id")]
    Id,
    #[serde(rename = "delta")]
    Delta,
}

impl PointTransactionSort {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[Self::CreatedAt, Self::Id, Self::Delta];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::CreatedAt => "created_at",
            Self::Id => "id",
            Self::Delta => "delta",
        }
    }
}

impl std::fmt::Display for PointTransactionSort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for PointTransactionSort {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| {
                openapi_runtime::UnknownVariant::new(value, &["created_at", "id", "delta"])
            })
    }
}

impl openapi_runtime::Validate for PointTransactionSort {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

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
pub enum PaymentSort {
    #[serde(rename = "created_at")]
    CreatedAt,
    #[serde(rename = "id")]
    Id,
    #[serde(rename = "amount")]
    Amount,
}

impl PaymentSort {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[Self::CreatedAt, Self::Id, Self::Amount];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::CreatedAt => "created_at",
            Self::Id => "id",
            Self::Amount => "amount",
        }
    }
}

impl std::fmt::Display for PaymentSort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for PaymentSort {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| {
                openapi_runtime::UnknownVariant::new(value, &["created_at", "id", "amount"])
            })
    }
}

impl openapi_runtime::Validate for PaymentSort {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}
