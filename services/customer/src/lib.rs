//! The bookstore's customer service, shaped as a hexagon: `application` (ports and use cases),
//! `domain` (wishlist and points rules) and `infrastructure` (adapters); `app` wires them.

pub mod app;
pub mod application;
pub mod domain;
pub mod infrastructure;
