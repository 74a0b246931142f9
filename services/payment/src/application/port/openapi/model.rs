// Generated from api/payment/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 7ca466aa1f2cc6c6-32f986e792097c8b
//! Data transfer objects of Bookstore Payment API: every schema of the spec as a serde type, with the
//! spec's constraints checked by `openapi_runtime::Validate`.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

static PATTERN_1: openapi_runtime::validate::Pattern =
    openapi_runtime::validate::Pattern::new("^[0-9]{4}$");
static PATTERN_2: openapi_runtime::validate::Pattern =
    openapi_runtime::validate::Pattern::new("^-?[0-9]{1,8}\\.[0-9]{2}$");

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
            violations.check_pattern(&ptr, value, &PATTERN_1);
        }
        {
            let value = &self.amount;
            let ptr = format!("{pointer}/amount");
            violations.check_pattern(&ptr, &value.to_string(), &PATTERN_2);
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

/// An RFC 3339 instant in UTC, set by the service.
pub type Timestamp = chrono::DateTime<chrono::Utc>;

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
