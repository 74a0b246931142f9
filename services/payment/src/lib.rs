//! The bookstore's payment service, shaped as a hexagon: `application` (ports and use cases),
//! `domain` (aggregates and rules) and `infrastructure` (adapters); `app` wires them together.

pub mod app;
pub mod application;
pub mod domain;
pub mod infrastructure;

pub use application::port::openapi::OPENAPI_JSON;
