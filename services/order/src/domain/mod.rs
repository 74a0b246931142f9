//! The order aggregate and its rules: the status machine, the saga steps it records, and the
//! failure reasons a person can read. Nothing here knows HTTP, gRPC, SQL or the orchestrator.

mod order;
mod reason;

pub use order::{
    DomainError, NewOrder, Order, OrderId, OrderItem, OrderStatus, SagaStep, fingerprint, money,
};
pub use reason::humanise;
