//! Runtime support for code emitted by the bookstore generator.
//!
//! Generated DTOs, port traits, routers and clients depend on this crate instead of repeating
//! the same machinery per API: RFC 9457 problem documents ([`problem`]), the pluggable
//! [`auth::Authenticator`] the router calls for each operation's security requirements,
//! validation helpers that collect one JSON pointer per invalid field ([`validate`]), and the
//! absent / null / value tri-state for fields where the difference matters ([`tristate`]), and
//! the helpers generated routers ([`server`]) and clients ([`client`]) call — including the
//! client's [`client::TokenProvider`], which supplies bearer tokens and renews one after a 401.

// `Problem` is the error of request handling: built once per failed request and sent as the
// response, so its size never sits on a hot path; boxing it would only add noise.
#![allow(clippy::result_large_err)]

pub mod auth;
pub mod base64;
#[cfg(feature = "client")]
pub mod client;
pub mod error;
pub mod issue;
#[cfg(feature = "server")]
mod present;
pub mod problem;
#[cfg(feature = "server")]
pub mod server;
pub mod text;
pub mod tristate;
pub mod union;
pub mod validate;

pub use auth::{AuthError, Authenticator, Principal};
pub use base64::Base64;
pub use error::{ApiError, UnknownVariant};
pub use issue::{FieldIssue, FieldPath, InputLocations, OperationErrors};
pub use problem::{FieldError, Problem};
pub use tristate::Tristate;
pub use validate::{Validate, Violations};
