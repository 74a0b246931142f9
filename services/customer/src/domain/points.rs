//! The points ledger: every change is a transaction with a signed delta, a reason and its
//! author; the balance follows the transactions and never goes below zero.

use chrono::{DateTime, Utc};

use super::CustomerId;

app_kit::id_type!(
    /// A point transaction's id.
    PointTransactionId
);

app_kit::text_type!(
    /// Why a balance changed, shown to the customer and kept for audits.
    Reason,
    max = 200
);

app_kit::text_type!(
    /// A client's key for one change, so a retried request records it once.
    IdempotencyKey,
    max = 255
);

/// The largest change one transaction may make, either way (the spec's bounds).
const MAX_DELTA: i32 = 1_000_000;

/// A non-zero change of at most [`MAX_DELTA`] points either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PointDelta(i32);

impl PointDelta {
    /// # Errors
    /// Zero (a change that changes nothing is a mistake), or beyond ±1 000 000.
    pub fn new(delta: i32) -> Result<Self, &'static str> {
        match delta {
            0 => Err("must not be 0"),
            d if d.abs() > MAX_DELTA => Err("must be between -1000000 and 1000000"),
            d => Ok(Self(d)),
        }
    }

    pub fn get(self) -> i32 {
        self.0
    }
}

/// A customer's balance; before the first transaction there is no row and the balance is 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Balance {
    pub customer_id: CustomerId,
    pub balance: i64,
    pub created_at: Option<DateTime<Utc>>,
    pub updated_at: Option<DateTime<Utc>>,
}

impl Balance {
    pub fn none_yet(customer_id: CustomerId) -> Self {
        Self {
            customer_id,
            balance: 0,
            created_at: None,
            updated_at: None,
        }
    }
}

/// A change to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPointTransaction {
    pub customer_id: CustomerId,
    pub delta: PointDelta,
    pub reason: Reason,
    /// The subject of the staff member who made the change.
    pub created_by: String,
    pub idempotency_key: Option<IdempotencyKey>,
}

impl NewPointTransaction {
    /// Whether `recorded` is this same change (for a repeated idempotency key).
    pub fn same_change_as(&self, recorded: &PointTransaction) -> bool {
        recorded.delta == self.delta.get() && recorded.reason == self.reason.as_str()
    }
}

/// A recorded change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PointTransaction {
    pub id: PointTransactionId,
    pub customer_id: CustomerId,
    pub delta: i32,
    pub reason: String,
    pub balance_after: i64,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_delta_is_never_zero_and_stays_within_a_million() {
        assert!(PointDelta::new(0).is_err());
        assert!(PointDelta::new(1_000_001).is_err());
        assert!(PointDelta::new(-1_000_001).is_err());
        assert_eq!(PointDelta::new(-50).map(PointDelta::get), Ok(-50));
        assert_eq!(
            PointDelta::new(1_000_000).map(PointDelta::get),
            Ok(1_000_000)
        );
    }
}
