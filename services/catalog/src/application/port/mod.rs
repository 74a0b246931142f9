//! Inbound and outbound ports. `openapi`, `pb` and `bridge` (protobuf messages to and from the
//! REST port's types) are generated: do not edit them by hand.

pub mod bridge;
pub mod openapi;
pub mod pb;
pub mod repo;
pub mod stock;
