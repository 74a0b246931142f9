//! Inbound and outbound ports. `openapi`, `pb`, `bridge` (protobuf messages to and from the
//! REST port's types) and `mapping` (REST DTOs to and from domain values) are generated: do not
//! edit them by hand.

pub mod bridge;
pub mod mapping;
pub mod openapi;
pub mod pb;
pub mod repo;
pub mod stock;
