//! The bookstore's identity service, shaped as a hexagon: `application` (ports and use cases),
//! `domain` (users and their rules) and `infrastructure` (adapters).

pub mod app;
pub mod application;
pub mod domain;
pub mod infrastructure;
