//! OpenAPI → Rust: DTOs, port traits, the axum adapter, the client and the bundled spec.

use std::path::PathBuf;

use crate::bundle::Bundle;
use crate::output::GeneratedFile;

/// Where and how to emit one API.
#[derive(Debug, Clone)]
pub struct Target {
    /// Short API name (`catalog`).
    pub api_name: String,
    /// The spec's root file as shown in the "generated from" header (workspace-relative).
    pub spec_display: String,
    /// Output crate folder, relative to the output root (`services/catalog`).
    pub crate_dir: PathBuf,
    pub layout: Layout,
}

#[derive(Debug, Clone)]
pub enum Layout {
    /// Into a bookstore service's hexagon folders.
    Service,
    /// A standalone crate (`generator crate`): Cargo.toml, src/lib.rs and the modules.
    Standalone { crate_name: String },
}

#[derive(Debug, thiserror::Error)]
pub enum CodegenError {
    #[error("{pointer}: {message}")]
    Unsupported { pointer: String, message: String },
}

/// Emit every file for one API.
pub fn emit(_bundle: &Bundle, _target: &Target) -> Result<Vec<GeneratedFile>, CodegenError> {
    Ok(Vec::new())
}

/// A crate name derived from the spec's `info.title` (`Pet Store API` → `pet_store_api`).
pub fn crate_name_for(document: &serde_json::Value) -> String {
    use heck::ToSnakeCase;
    let title = document.pointer("/info/title").and_then(|t| t.as_str()).unwrap_or("api");
    let name = title.to_snake_case();
    if name.is_empty() { "api".to_owned() } else { name }
}
