//! Inbound and outbound ports. `openapi`, `pb` and `saga` are generated: do not edit them by hand.

pub mod gateway;
pub mod openapi;
pub mod pb;
pub mod repo;
pub mod saga;
