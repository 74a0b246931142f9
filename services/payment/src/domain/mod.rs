//! Payment's business rules, free of any framework: the [`payment::Payment`] aggregate and its
//! status machine, and the card values ([`card`]) that are all payment ever keeps of a card.

pub mod card;
pub mod payment;

pub use card::{CardBrand, CardNumber, CardToken, LastFour};
pub use payment::{
    Amount, NewOutcome, NewPayment, NotRefundable, OrderId, Payment, PaymentId, PaymentRecord,
    PaymentStatus, UserId,
};
