//! The application kit: the small types every service's domain and use cases share, so the
//! next service does not invent its own.
//!
//! - [`value`]: ids, bounded text and the optimistic-concurrency [`Version`], each checked when
//!   it is made (parse, don't validate);
//! - [`paging`]: [`Page`] (limit and offset within the API's bounds), [`Paged`] results and
//!   [`SortOrder`];
//! - [`issues`]: [`FieldIssues`], a collector of invalid fields named by [`FieldPath`], which the
//!   REST adapter turns into JSON pointers and the gRPC adapter into field violations;
//! - [`error`]: [`AppError`], the one failure shape of a use case (not found, invalid,
//!   conflict, busy, unexpected), with exactly one mapping to problem+json and one to a gRPC
//!   status.
//!
//! Nothing here knows axum, tonic's server or sqlx; the domain imports only [`value`].

pub mod batch;
pub mod error;
pub mod issues;
pub mod paging;
pub mod value;

pub use error::{AppError, BoxError, ConflictKind};
pub use issues::FieldIssues;
pub use openapi_runtime::{FieldIssue, FieldPath};
pub use paging::{Page, Paged, SortOrder};
pub use value::{ValueError, Version};
