//! The workspace the generator works on: its root and the contract registries in it.
//!
//! `redocly.yaml` lists the OpenAPI APIs (`apis: <name>@<version>: root: <file>`), and is also read
//! by Redocly's own CLI. An API named `catalog@v1` is emitted into `services/catalog`.
//! `buf.yaml` lists the proto modules (read by [`crate::proto`]).

use std::path::{Path, PathBuf};

use anyhow::{Context, anyhow, bail};
use serde_json::Value;

use crate::yaml;

#[derive(Debug, Clone)]
pub struct Workspace {
    pub root: PathBuf,
}

/// One entry of `redocly.yaml`'s `apis`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiEntry {
    /// `catalog` in `catalog@v1`.
    pub name: String,
    /// `v1` in `catalog@v1`.
    pub version: String,
    /// Root file, relative to the workspace root.
    pub root: PathBuf,
}

impl ApiEntry {
    /// The crate the API's server side is emitted into.
    pub fn service_dir(&self) -> PathBuf {
        Path::new("services").join(&self.name)
    }
}

impl Workspace {
    /// Use `explicit`, or walk up from the current directory to the first folder holding
    /// `redocly.yaml`.
    pub fn locate(explicit: Option<&Path>) -> anyhow::Result<Self> {
        if let Some(root) = explicit {
            return Ok(Self {
                root: root.to_path_buf(),
            });
        }
        let cwd = std::env::current_dir().context("reading the current directory")?;
        cwd.ancestors()
            .find(|dir| dir.join("redocly.yaml").is_file())
            .map(|dir| Self {
                root: dir.to_path_buf(),
            })
            .ok_or_else(|| {
                anyhow!(
                    "no redocly.yaml in {} or any parent; pass --root",
                    cwd.display()
                )
            })
    }

    /// The APIs registered in `redocly.yaml`, sorted by name for deterministic output.
    pub fn apis(&self) -> anyhow::Result<Vec<ApiEntry>> {
        let path = self.root.join("redocly.yaml");
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        parse_registry(&text).with_context(|| format!("in {}", path.display()))
    }
}

fn parse_registry(text: &str) -> anyhow::Result<Vec<ApiEntry>> {
    let doc = yaml::parse(text)?.value;
    let Some(apis) = doc.get("apis").and_then(Value::as_object) else {
        bail!(
            "expected an `apis` mapping (`apis: {{ catalog@v1: {{ root: api/catalog/openapi.yaml }} }}`)"
        );
    };
    let mut entries = apis
        .iter()
        .map(|(key, entry)| {
            let (name, version) = key
                .split_once('@')
                .ok_or_else(|| anyhow!("API `{key}` must be named `<name>@<version>`"))?;
            let root = entry
                .get("root")
                .and_then(Value::as_str)
                .ok_or_else(|| anyhow!("API `{key}` has no `root` file"))?;
            Ok(ApiEntry {
                name: name.to_owned(),
                version: version.to_owned(),
                root: PathBuf::from(root),
            })
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    entries.sort_by(|a, b| a.name.cmp(&b.name).then(a.version.cmp(&b.version)));
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_entries_are_read_and_sorted() {
        let text = "apis:\n  order@v1:\n    root: api/order/openapi.yaml\n  catalog@v1:\n    root: api/catalog/openapi.yaml\n";
        let apis = parse_registry(text).unwrap();
        assert_eq!(apis[0].name, "catalog");
        assert_eq!(apis[1].root, PathBuf::from("api/order/openapi.yaml"));
        assert_eq!(apis[1].service_dir(), PathBuf::from("services/order"));
    }

    #[test]
    fn an_api_without_version_is_rejected() {
        let err = parse_registry("apis:\n  catalog:\n    root: a.yaml\n").unwrap_err();
        assert!(err.to_string().contains("<name>@<version>"));
    }
}
