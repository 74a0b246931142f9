//! The bookstore's catalog service, shaped as a hexagon: `application` (ports and use cases),
//! `domain` (aggregates and rules) and `infrastructure` (adapters).

pub mod app;
pub mod application;
pub mod domain;
pub mod infrastructure;
