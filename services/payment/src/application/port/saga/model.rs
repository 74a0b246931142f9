// Generated from api/saga/bookstore_order_book_wf.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: c6e84833a502af45-62f7f02c1efd773c
//! Data transfer objects of the `bookstore_order_book_wf` saga's tasks run by payment: every schema of the spec as a serde type, with the
//! spec's constraints checked by `openapi_runtime::Validate`.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

static PATTERN_1: openapi_runtime::validate::Pattern =
    openapi_runtime::validate::Pattern::new("^-?[0-9]{1,8}\\.[0-9]{2}$");
static PATTERN_2: openapi_runtime::validate::Pattern =
    openapi_runtime::validate::Pattern::new("^tok_[A-Za-z0-9]{16,64}$");

/// The order the saga runs for.
pub type OrderId = i64;

/// An opaque reference to the card the customer gave, issued by the payment service; never the card number itself.
pub type CardToken = String;

/// MakePaymentInput
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MakePaymentInput {
    /// The order the saga runs for.
    pub order_id: i64,
    /// The customer who pays.
    pub user_id: uuid::Uuid,
    /// An exact amount with two decimal places, as a string so it never passes through binary floating point (stored as DECIMAL(10,2)).
    pub amount: rust_decimal::Decimal,
    /// An opaque reference to the card the customer gave, issued by the payment service; never the card number itself.
    pub card_token: String,
}

impl openapi_runtime::Validate for MakePaymentInput {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.order_id;
            let ptr = format!("{pointer}/order_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.amount;
            let ptr = format!("{pointer}/amount");
            violations.check_pattern(&ptr, &value.to_string(), &PATTERN_1);
        }
        {
            let value = &self.card_token;
            let ptr = format!("{pointer}/card_token");
            violations.check_pattern(&ptr, value, &PATTERN_2);
        }
    }
}

/// MakePaymentOutput
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MakePaymentOutput {
    /// The payment made (or found, when the task is redelivered).
    pub payment_id: i64,
    /// `paid`: the card was charged; `refunded`: the charge was returned (the order was cancelled); `declined`: the card was refused.
    pub status: PaymentStatus,
}

impl openapi_runtime::Validate for MakePaymentOutput {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.payment_id;
            let ptr = format!("{pointer}/payment_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// RefundPaymentInput
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RefundPaymentInput {
    /// The order the saga runs for.
    pub order_id: i64,
    /// Why the saga failed, as Conductor reports it.
    pub reason: String,
}

impl openapi_runtime::Validate for RefundPaymentInput {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.order_id;
            let ptr = format!("{pointer}/order_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// RefundPaymentOutput
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RefundPaymentOutput {
    /// The order the saga runs for.
    pub order_id: i64,
    /// Whether a charge was refunded (false when the order was never charged).
    pub refunded: bool,
}

impl openapi_runtime::Validate for RefundPaymentOutput {
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
