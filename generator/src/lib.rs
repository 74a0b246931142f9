//! The bookstore generator as a library: the CLI in `main.rs` is a thin shell over these modules.
//!
//! Flow: [`workspace`] reads the registries (`redocly.yaml`, `buf.yaml`) → [`bundle`] resolves each
//! split spec into one document → [`lint`] checks it → [`codegen`] (OpenAPI) and [`proto`]
//! (protobuf) turn contracts into [`output::GeneratedFile`]s → [`output`] writes or checks them.

pub mod breaking;
pub mod bundle;
pub mod cli;
pub mod codegen;
pub mod diagnostics;
pub mod lint;
pub mod output;
pub mod proto;
pub mod rustfmt;
pub mod workspace;
pub mod yaml;
