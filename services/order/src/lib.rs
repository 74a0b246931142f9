//! The bookstore's order service, shaped as a hexagon: `application` (ports and use cases),
//! `domain` (aggregates and rules) and `infrastructure` (adapters); `app` wires them.

pub mod app;
pub mod application;
pub mod domain;
pub mod infrastructure;
