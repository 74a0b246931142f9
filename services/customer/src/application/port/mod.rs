//! Inbound and outbound ports. `openapi` and `pb` are generated: do not edit them by hand.
//! `repo` (storage) and `downstream` (identity, catalog, order and payment) are hand-written.

pub mod downstream;
pub mod openapi;
pub mod pb;
pub mod repo;
