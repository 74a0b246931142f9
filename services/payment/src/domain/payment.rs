//! The payment of one order: its values and its status machine (`paid → refunded`; a
//! `declined` payment is final, as is a `refunded` one).

use app_kit::{ValueError, Version};
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;

use super::card::{CardBrand, LastFour};

app_kit::id_type!(
    /// A payment.
    PaymentId
);
app_kit::id_type!(
    /// An order: the key of its payment (one per order) and of the saga's idempotency.
    OrderId
);

/// The customer, as the identity subject (a UUID).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UserId(uuid::Uuid);

impl UserId {
    pub fn new(id: uuid::Uuid) -> Self {
        Self(id)
    }

    /// # Errors
    /// [`ValueError::Rule`] for anything but a UUID.
    pub fn parse(raw: &str) -> Result<Self, ValueError> {
        uuid::Uuid::parse_str(raw)
            .map(Self)
            .map_err(|_| ValueError::Rule("must be a UUID"))
    }

    pub fn get(self) -> uuid::Uuid {
        self.0
    }
}

impl std::fmt::Display for UserId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

/// An amount charged: positive, at most two decimal places, below 100,000,000 (DECIMAL(10,2)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Amount(Decimal);

impl Amount {
    /// # Errors
    /// [`ValueError::Rule`] for zero or less, more than two decimal places, or 100,000,000 or more.
    pub fn new(value: Decimal) -> Result<Self, ValueError> {
        if value <= Decimal::ZERO {
            return Err(ValueError::Rule("must be greater than 0"));
        }
        if value.normalize().scale() > 2 {
            return Err(ValueError::Rule("must have at most two decimal places"));
        }
        if value >= Decimal::new(100_000_000, 0) {
            return Err(ValueError::Rule("must be less than 100000000"));
        }
        let mut exact = value;
        exact.rescale(2);
        Ok(Self(exact))
    }

    /// # Errors
    /// As [`Amount::new`].
    pub fn from_cents(cents: i64) -> Result<Self, ValueError> {
        Self::new(Decimal::new(cents, 2))
    }

    pub fn get(self) -> Decimal {
        self.0
    }

    /// Whole cents; exact, the amount having two decimal places at most.
    pub fn cents(self) -> i64 {
        let cents = self.0 * Decimal::ONE_HUNDRED;
        i64::try_from(cents.trunc()).unwrap_or(i64::MAX)
    }
}

/// Where a payment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PaymentStatus {
    /// The card was charged.
    Paid,
    /// The charge was returned; final.
    Refunded,
    /// The card was refused; nothing was charged; final.
    Declined,
}

impl PaymentStatus {
    pub const ALL: [Self; 3] = [Self::Paid, Self::Refunded, Self::Declined];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Paid => "paid",
            Self::Refunded => "refunded",
            Self::Declined => "declined",
        }
    }

    /// # Errors
    /// [`ValueError::Rule`] for a name that is not a status.
    pub fn parse(name: &str) -> Result<Self, ValueError> {
        Self::ALL
            .into_iter()
            .find(|s| s.as_str() == name)
            .ok_or(ValueError::Rule("is not a known payment status"))
    }
}

impl std::fmt::Display for PaymentStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A payment about to be stored: a charge that went through, or a decline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPayment {
    pub order_id: OrderId,
    pub user_id: UserId,
    pub card_brand: CardBrand,
    pub card_last_four: LastFour,
    pub amount: Amount,
    pub outcome: NewOutcome,
}

/// How the charge of a [`NewPayment`] went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NewOutcome {
    /// Charged at this instant.
    Paid { at: DateTime<Utc> },
    /// Charged, and already returned (the gateway had refunded the order's charge before its
    /// payment was first recorded).
    Refunded {
        paid_at: DateTime<Utc>,
        refunded_at: DateTime<Utc>,
    },
    /// Refused, for this reason.
    Declined { reason: String },
}

/// Every stored field of a payment, as storage hands it back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentRecord {
    pub id: PaymentId,
    pub order_id: OrderId,
    pub user_id: UserId,
    pub card_brand: CardBrand,
    pub card_last_four: LastFour,
    pub amount: Amount,
    pub status: PaymentStatus,
    pub failure_reason: Option<String>,
    pub paid_at: Option<DateTime<Utc>>,
    pub refunded_at: Option<DateTime<Utc>>,
    pub version: Version,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A stored payment. Its fields change only through [`Payment::refund`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payment(PaymentRecord);

/// The refused transition: only a `paid` payment can be refunded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a {0} payment cannot be refunded")]
pub struct NotRefundable(pub PaymentStatus);

impl From<PaymentRecord> for Payment {
    fn from(record: PaymentRecord) -> Self {
        Self(record)
    }
}

impl Payment {
    pub fn id(&self) -> PaymentId {
        self.0.id
    }
    pub fn order_id(&self) -> OrderId {
        self.0.order_id
    }
    pub fn user_id(&self) -> UserId {
        self.0.user_id
    }
    pub fn card_brand(&self) -> CardBrand {
        self.0.card_brand
    }
    pub fn card_last_four(&self) -> &LastFour {
        &self.0.card_last_four
    }
    pub fn amount(&self) -> Amount {
        self.0.amount
    }
    pub fn status(&self) -> PaymentStatus {
        self.0.status
    }
    pub fn failure_reason(&self) -> Option<&str> {
        self.0.failure_reason.as_deref()
    }
    pub fn paid_at(&self) -> Option<DateTime<Utc>> {
        self.0.paid_at
    }
    pub fn refunded_at(&self) -> Option<DateTime<Utc>> {
        self.0.refunded_at
    }
    pub fn version(&self) -> Version {
        self.0.version
    }
    pub fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    pub fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }

    /// `paid → refunded` at `at`.
    ///
    /// # Errors
    /// [`NotRefundable`] unless the payment is `paid`.
    pub fn refund(&mut self, at: DateTime<Utc>) -> Result<(), NotRefundable> {
        if self.0.status != PaymentStatus::Paid {
            return Err(NotRefundable(self.0.status));
        }
        self.0.status = PaymentStatus::Refunded;
        self.0.refunded_at = Some(at);
        self.0.updated_at = at;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn payment(status: PaymentStatus) -> Payment {
        let at = Utc::now();
        Payment::from(PaymentRecord {
            id: PaymentId::new(1).unwrap_or_else(|e| panic!("{e}")),
            order_id: OrderId::new(7).unwrap_or_else(|e| panic!("{e}")),
            user_id: UserId::new(uuid::Uuid::nil()),
            card_brand: CardBrand::Visa,
            card_last_four: LastFour::parse("4242").unwrap_or_else(|e| panic!("{e}")),
            amount: Amount::from_cents(1999).unwrap_or_else(|e| panic!("{e}")),
            status,
            failure_reason: None,
            paid_at: Some(at),
            refunded_at: None,
            version: Version::INITIAL,
            created_at: at,
            updated_at: at,
        })
    }

    #[test]
    fn only_a_paid_payment_is_refunded() {
        let mut paid = payment(PaymentStatus::Paid);
        let at = Utc::now();
        assert_eq!(paid.refund(at), Ok(()));
        assert_eq!(paid.status(), PaymentStatus::Refunded);
        assert_eq!(paid.refunded_at(), Some(at));
        assert_eq!(paid.refund(at), Err(NotRefundable(PaymentStatus::Refunded)));
        let mut declined = payment(PaymentStatus::Declined);
        assert!(declined.refund(at).is_err());
    }

    #[test]
    fn amounts_are_exact_positive_and_bounded() {
        let amount = Amount::new(Decimal::new(125, 1)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(amount.get().to_string(), "12.50");
        assert_eq!(amount.cents(), 1250);
        assert!(Amount::new(Decimal::ZERO).is_err());
        assert!(Amount::new(Decimal::new(-1, 2)).is_err());
        assert!(Amount::new(Decimal::new(1001, 3)).is_err());
        assert!(Amount::new(Decimal::new(100_000_000, 0)).is_err());
        assert_eq!(
            Amount::from_cents(9_999_999_999).map(Amount::cents),
            Ok(9_999_999_999)
        );
    }
}
