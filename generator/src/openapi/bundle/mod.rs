//! Bundling: resolve a split OpenAPI spec into one self-contained document (like `redocly bundle`).
//!
//! Interface contract (other modules rely on it):
//! - [`bundle_file`] loads the root file and every file it reaches through `$ref`s, in any
//!   direction (root → path file, path file → root, file → file), and returns one document whose
//!   `$ref`s are all internal (`#/components/...`).
//! - [`Bundle::locate`] maps a JSON pointer in the bundled document back to the file and line it
//!   came from, so lint diagnostics name the file a human edits.
//!
//! Files are confined to the spec base (the nearest ancestor of the root holding `redocly.yaml`,
//! else the root's folder), checked after following symlinks; remote refs are refused.

mod kind;
mod loader;
mod origins;
pub mod reference;
mod walker;

use std::path::{Path, PathBuf};

use serde_json::Value;

pub use kind::{Kind, Shape};
pub use loader::Limits;
pub use origins::{Origin, Origins};

use crate::diagnostics::{Diagnostic, Severity};
use loader::{LoadError, Loader};
use walker::Walker;

/// A bundled spec.
#[derive(Debug, Clone)]
pub struct Bundle {
    /// The root file as given.
    pub root_file: PathBuf,
    /// The bundled document (internal refs only).
    pub document: Value,
    /// Where each part of `document` came from (empty for [`Bundle::new`]).
    pub origins: Origins,
}

impl Bundle {
    /// A bundle of an already self-contained document, without provenance: diagnostics then
    /// name `root_file` and the pointer in `document`.
    pub fn new(root_file: impl Into<PathBuf>, document: Value) -> Self {
        Self {
            root_file: root_file.into(),
            document,
            origins: Origins::default(),
        }
    }

    /// The source location of the node at `pointer` in [`Bundle::document`].
    pub fn locate(&self, pointer: &str) -> Origin {
        self.origins.locate(pointer).unwrap_or_else(|| Origin {
            file: self.root_file.clone(),
            line: None,
            pointer: pointer.to_owned(),
        })
    }

    /// Where the key of `pointer` is written (see `Origins::locate_key`).
    pub fn locate_key(&self, pointer: &str) -> Origin {
        self.origins
            .locate_key(pointer)
            .unwrap_or_else(|| self.locate(pointer))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    #[error("cannot read {path}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{} problem(s) while bundling", .0.len())]
    Invalid(Vec<Diagnostic>),
}

/// Bundle the spec whose root file is `root`.
///
/// # Errors
/// [`BundleError::Read`] when the root file cannot be read, [`BundleError::Invalid`] with one
/// diagnostic per problem (unparsable file, unresolved or escaping `$ref`, …).
pub fn bundle_file(root: &Path) -> Result<Bundle, BundleError> {
    bundle_file_with(root, Limits::default())
}

/// [`bundle_file`] with explicit resource limits.
///
/// # Errors
/// As [`bundle_file`].
pub fn bundle_file_with(root: &Path, limits: Limits) -> Result<Bundle, BundleError> {
    let canonical = std::fs::canonicalize(root).map_err(|source| BundleError::Read {
        path: root.to_path_buf(),
        source,
    })?;
    let mut loader = Loader::new(&canonical, root, limits);
    let root_id = loader.load(&canonical).map_err(|e| root_error(root, e))?;
    let root_value = &loader.files[root_id].parsed.value;
    if let Some(problem) = unsupported_root(root_value) {
        return Err(BundleError::Invalid(vec![Diagnostic {
            severity: Severity::Error,
            rule: "struct".into(),
            file: root.to_path_buf(),
            line: Some(1),
            pointer: String::new(),
            message: problem.into(),
            hint: Some(
                "the root file must be an OpenAPI 3.x document (`openapi: 3.1.0`, `info`, `paths`)"
                    .into(),
            ),
        }]));
    }
    let mut walker = Walker::new(loader, root_id);
    let mut document = walker.run();
    if !walker.diagnostics.is_empty() {
        let mut diagnostics = walker.diagnostics;
        diagnostics.sort_by(|a, b| {
            (&a.file, a.line, &a.pointer, &a.rule, &a.message)
                .cmp(&(&b.file, b.line, &b.pointer, &b.rule, &b.message))
        });
        diagnostics.dedup();
        return Err(BundleError::Invalid(diagnostics));
    }
    merge_hoisted(&mut document, walker.hoisted);
    let mut origins = walker.origins;
    origins.set_files(walker.loader.files);
    Ok(Bundle {
        root_file: root.to_path_buf(),
        document,
        origins,
    })
}

fn unsupported_root(root: &Value) -> Option<&'static str> {
    match root {
        Value::Object(map) if map.contains_key("swagger") => {
            Some("Swagger 2.0 documents are not supported; convert the spec to OpenAPI 3")
        }
        Value::Object(_) => None,
        _ => Some("the root of an OpenAPI document must be a mapping"),
    }
}

/// Append hoisted components after the root's own, section by section.
fn merge_hoisted(
    document: &mut Value,
    hoisted: indexmap::IndexMap<&'static str, serde_json::Map<String, Value>>,
) {
    if hoisted.is_empty() {
        return;
    }
    let Value::Object(root) = document else {
        return;
    };
    let components = root
        .entry("components")
        .or_insert_with(|| Value::Object(serde_json::Map::new()));
    if !components.is_object() {
        *components = Value::Object(serde_json::Map::new());
    }
    let Value::Object(components) = components else {
        return;
    };
    for (section, entries) in hoisted {
        let slot = components
            .entry(section)
            .or_insert_with(|| Value::Object(serde_json::Map::new()));
        if let Value::Object(existing) = slot {
            existing.extend(entries);
        }
    }
}

fn root_error(root: &Path, error: LoadError) -> BundleError {
    let (rule, line, hint) = match &error {
        LoadError::Missing { source, .. } => {
            return BundleError::Read {
                path: root.to_path_buf(),
                source: std::io::Error::new(source.kind(), source.to_string()),
            };
        }
        LoadError::Yaml { source, .. } => (
            "yaml",
            Some(source.line),
            "fix the YAML syntax at that line",
        ),
        LoadError::TooLarge { .. } => ("file-too-large", None, "split the spec into smaller files"),
        LoadError::NotText { .. } => ("yaml", None, "save the file as UTF-8 YAML or JSON"),
        _ => ("struct", None, "pass the spec's root file"),
    };
    let message = match error {
        LoadError::Yaml { source, .. } => source.to_string(),
        other => other.to_string(),
    };
    BundleError::Invalid(vec![Diagnostic {
        severity: Severity::Error,
        rule: rule.into(),
        file: root.to_path_buf(),
        line,
        pointer: String::new(),
        message,
        hint: Some(hint.into()),
    }])
}
