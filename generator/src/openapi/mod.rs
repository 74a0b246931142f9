//! OpenAPI: bundle a split spec into one document, lint it with Redocly's rule ids and the
//! generator's own, emit DTOs, the port trait, the axum router and the client, and compare two
//! revisions for breaking changes.

pub mod breaking;
pub mod bundle;
pub mod codegen;
pub mod lint;
