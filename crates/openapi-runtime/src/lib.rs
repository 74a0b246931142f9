//! Runtime support for code emitted by the bookstore generator.
//!
//! Generated DTOs, port traits, routers and clients depend on this crate instead of repeating
//! the same machinery per API: RFC 9457 problem documents ([`problem`]), the pluggable
//! [`auth::Authenticator`] the router calls for each operation's security requirements,
//! validation helpers that collect one JSON pointer per invalid field ([`validate`]), and the
//! absent / null / value tri-state for fields where the difference matters ([`tristate`]).

pub mod auth;
pub mod problem;
pub mod tristate;
pub mod validate;

pub use auth::{AuthError, Authenticator, Principal};
pub use problem::{FieldError, Problem};
pub use tristate::Tristate;
pub use validate::{Validate, Violations};
