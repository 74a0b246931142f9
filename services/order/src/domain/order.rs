//! An order: who placed it, its lines priced by the catalog, its total, where it is in its life
//! (the status machine) and which saga steps are done.

use std::fmt;
use std::str::FromStr;

use app_kit::Version;
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use uuid::Uuid;

app_kit::id_type!(
    /// An order.
    OrderId
);

/// Where an order is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OrderStatus {
    Pending,
    Paid,
    Confirmed,
    Shipped,
    Completed,
    Cancelled,
}

impl OrderStatus {
    pub const ALL: [Self; 6] = [
        Self::Pending,
        Self::Paid,
        Self::Confirmed,
        Self::Shipped,
        Self::Completed,
        Self::Cancelled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Paid => "paid",
            Self::Confirmed => "confirmed",
            Self::Shipped => "shipped",
            Self::Completed => "completed",
            Self::Cancelled => "cancelled",
        }
    }

    /// `pending → paid → confirmed → shipped → completed`, and `pending | paid | confirmed →
    /// cancelled`; nothing else.
    pub fn can_become(self, to: Self) -> bool {
        use OrderStatus::*;
        matches!(
            (self, to),
            (Pending, Paid)
                | (Paid, Confirmed)
                | (Confirmed, Shipped)
                | (Shipped, Completed)
                | (Pending | Paid | Confirmed, Cancelled)
        )
    }
}

impl fmt::Display for OrderStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for OrderStatus {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| format!("unknown order status {s:?}"))
    }
}

/// A task of the order saga, recorded on the order once done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SagaStep {
    PlaceOrder,
    MakePayment,
    ChangeOrderStatus,
    ReserveInventory,
    ConfirmOrder,
    ReleaseInventory,
    RefundPayment,
    CancelOrder,
}

impl SagaStep {
    pub const ALL: [Self; 8] = [
        Self::PlaceOrder,
        Self::MakePayment,
        Self::ChangeOrderStatus,
        Self::ReserveInventory,
        Self::ConfirmOrder,
        Self::ReleaseInventory,
        Self::RefundPayment,
        Self::CancelOrder,
    ];

    pub fn as_str(self) -> &'static str {
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

impl FromStr for SagaStep {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| format!("unknown saga step {s:?}"))
    }
}

/// One line of an order, priced by the catalog when it was placed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderItem {
    pub book_id: i64,
    pub title: String,
    pub unit_price: Decimal,
    pub quantity: i32,
}

/// A refused change.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    #[error("order {id} is {from}; it cannot become {to}")]
    IllegalTransition {
        id: i64,
        from: OrderStatus,
        to: OrderStatus,
    },
}

/// An order as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Order {
    pub id: OrderId,
    /// The token's subject of the customer who placed it.
    pub user_id: Uuid,
    pub items: Vec<OrderItem>,
    pub total: Decimal,
    pub status: OrderStatus,
    pub steps_done: Vec<SagaStep>,
    pub failure_reason: Option<String>,
    /// The saga's workflow, once started.
    pub workflow_id: Option<String>,
    /// The opaque token payment issued for the card (never the card number).
    pub card_token: String,
    pub idempotency_key: Option<String>,
    pub fingerprint: String,
    pub version: Version,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Order {
    /// Move to `to`, or refuse an illegal transition.
    ///
    /// # Errors
    /// [`DomainError::IllegalTransition`].
    pub fn transition(&mut self, to: OrderStatus) -> Result<(), DomainError> {
        if !self.status.can_become(to) {
            return Err(DomainError::IllegalTransition {
                id: self.id.get(),
                from: self.status,
                to,
            });
        }
        self.status = to;
        Ok(())
    }

    /// Record `step` as done (once).
    pub fn record(&mut self, step: SagaStep) {
        if !self.steps_done.contains(&step) {
            self.steps_done.push(step);
        }
    }

    /// The title of `book_id` as ordered, if it is on the order.
    pub fn title_of(&self, book_id: i64) -> Option<&str> {
        self.items
            .iter()
            .find(|i| i.book_id == book_id)
            .map(|i| i.title.as_str())
    }
}

/// An amount as the wire carries it: exactly two decimal places.
pub fn money(amount: Decimal) -> Decimal {
    let mut amount = amount.round_dp(2);
    amount.rescale(2);
    amount
}

/// A new order, priced, before it is stored.
#[derive(Debug, Clone, PartialEq)]
pub struct NewOrder {
    pub user_id: Uuid,
    pub items: Vec<OrderItem>,
    pub card_token: String,
    pub idempotency_key: Option<String>,
    pub fingerprint: String,
}

impl NewOrder {
    /// The sum of price × quantity over the lines.
    pub fn total(&self) -> Decimal {
        self.items
            .iter()
            .map(|i| i.unit_price * Decimal::from(i.quantity))
            .sum()
    }
}

/// What tells two requests with one idempotency key apart: the lines (sorted by book), the
/// payment type and the card's last four digits. It never holds the card number, so a stored
/// fingerprint cannot give it back.
pub fn fingerprint(lines: &[(i64, i32)], payment_type: &str, card_number: &str) -> String {
    let mut lines = lines.to_vec();
    lines.sort_unstable();
    let lines: Vec<String> = lines.iter().map(|(b, q)| format!("{b}x{q}")).collect();
    let digits: Vec<char> = card_number.chars().collect();
    let last_four: String = digits[digits.len().saturating_sub(4)..].iter().collect();
    format!("v1;{};{payment_type};{last_four}", lines.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_machine_allows_only_its_transitions() {
        use OrderStatus::*;
        let allowed: Vec<(OrderStatus, OrderStatus)> = OrderStatus::ALL
            .into_iter()
            .flat_map(|a| OrderStatus::ALL.into_iter().map(move |b| (a, b)))
            .filter(|(a, b)| a.can_become(*b))
            .collect();
        assert_eq!(
            allowed,
            vec![
                (Pending, Paid),
                (Pending, Cancelled),
                (Paid, Confirmed),
                (Paid, Cancelled),
                (Confirmed, Shipped),
                (Confirmed, Cancelled),
                (Shipped, Completed),
            ]
        );
    }

    #[test]
    fn the_fingerprint_ignores_line_order_and_never_holds_the_card_number() {
        let a = fingerprint(&[(2, 1), (1, 3)], "card", "4242424242424242");
        let b = fingerprint(&[(1, 3), (2, 1)], "card", "4242424242424242");
        assert_eq!(a, b);
        assert!(!a.contains("424242424242"));
        assert_ne!(a, fingerprint(&[(1, 3)], "card", "4242424242424242"));
        assert_ne!(
            a,
            fingerprint(&[(2, 1), (1, 3)], "card", "5555555555554444")
        );
    }
}
