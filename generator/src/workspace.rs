//! The workspace the generator works on: its root and the contract registries in it.
//!
//! `redocly.yaml` lists the OpenAPI APIs (`apis: <name>@<version>: root: <file>`), and is also read
//! by Redocly's own CLI. An API named `catalog@v1` is emitted into `services/catalog`.
//! An API the bookstore calls but does not serve (a vendor's, like Keycloak's) says so in its
//! entry's `x-generator` extension (Redocly ignores `x-` keys):
//!
//! ```yaml
//! idp@v1:
//!   root: api/idp/openapi.yaml
//!   x-generator:
//!     emit: client     # DTOs, an outbound port trait and the client; no router
//!     into: services/identity/src/application/port/idp
//!     lint: vendor     # the house rules for our own APIs (problem+json errors) do not apply
//! ```
//!
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
    /// What is emitted, and where.
    pub emit: Emit,
    /// Which rule set the spec is linted with.
    pub lint: LintProfile,
}

/// What the generator emits for an API (`x-generator.emit`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Emit {
    /// `server` (the default): everything, into the service named after the API.
    Server,
    /// `client`: DTOs, an outbound port trait and the client implementing it, into the module
    /// folder `into` (workspace-relative), for an API a service calls but does not serve.
    Client { into: PathBuf },
}

/// The lint rules a spec is held to (`x-generator.lint`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LintProfile {
    /// `house` (the default): Redocly's recommended rules and every generator rule.
    House,
    /// `vendor`: someone else's contract, described as it is: the rules that only state our
    /// house style ([`LintProfile::HOUSE_ONLY`]) are off.
    Vendor,
}

impl LintProfile {
    /// The generator rules that state our house style rather than what the generator needs.
    pub const HOUSE_ONLY: &[&str] = &["generator-problem-json"];
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
            let (emit, lint) = generator_settings(entry).with_context(|| format!("API `{key}`"))?;
            Ok(ApiEntry {
                name: name.to_owned(),
                version: version.to_owned(),
                root: PathBuf::from(root),
                emit,
                lint,
            })
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    entries.sort_by(|a, b| a.name.cmp(&b.name).then(a.version.cmp(&b.version)));
    Ok(entries)
}

/// An API entry's `x-generator` settings: what to emit and which lint profile applies.
///
/// # Errors
/// When a setting has an unknown value, or `emit: client` has no `into` folder.
pub fn generator_settings(entry: &Value) -> anyhow::Result<(Emit, LintProfile)> {
    let Some(settings) = entry.get("x-generator") else {
        return Ok((Emit::Server, LintProfile::House));
    };
    let Some(settings) = settings.as_object() else {
        bail!("`x-generator` must be a mapping (`{{emit: client, into: <folder>, lint: vendor}}`)");
    };
    if let Some(unknown) = settings
        .keys()
        .find(|k| !["emit", "into", "lint"].contains(&k.as_str()))
    {
        bail!("`x-generator.{unknown}` is not a setting (expected `emit`, `into`, `lint`)");
    }
    let text = |name: &str| -> anyhow::Result<Option<&str>> {
        match settings.get(name) {
            None => Ok(None),
            Some(value) => value
                .as_str()
                .map(Some)
                .ok_or_else(|| anyhow!("`x-generator.{name}` must be text")),
        }
    };
    let emit = match (text("emit")?, text("into")?) {
        (None | Some("server"), None) => Emit::Server,
        (None | Some("server"), Some(_)) => {
            bail!(
                "`x-generator.into` applies to `emit: client` only (a server API goes to `services/<name>`)"
            )
        }
        (Some("client"), Some(into)) if !into.trim().is_empty() => Emit::Client {
            into: PathBuf::from(into),
        },
        (Some("client"), _) => {
            bail!(
                "`x-generator.emit: client` needs `into: <module folder>` (e.g. `services/identity/src/application/port/idp`)"
            )
        }
        (Some(other), _) => {
            bail!("`x-generator.emit: {other}` is unknown (expected `server` or `client`)")
        }
    };
    let lint = match text("lint")? {
        None | Some("house") => LintProfile::House,
        Some("vendor") => LintProfile::Vendor,
        Some(other) => {
            bail!("`x-generator.lint: {other}` is unknown (expected `house` or `vendor`)")
        }
    };
    Ok((emit, lint))
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
    fn a_vendor_client_names_its_folder_and_profile() {
        let text = "apis:\n  idp@v1:\n    root: api/idp/openapi.yaml\n    x-generator:\n      emit: client\n      into: services/identity/src/application/port/idp\n      lint: vendor\n";
        let apis = parse_registry(text).unwrap();
        assert_eq!(
            apis[0].emit,
            Emit::Client {
                into: PathBuf::from("services/identity/src/application/port/idp")
            }
        );
        assert_eq!(apis[0].lint, LintProfile::Vendor);
        let plain = parse_registry("apis:\n  a@v1:\n    root: a.yaml\n").unwrap();
        assert_eq!(
            (&plain[0].emit, plain[0].lint),
            (&Emit::Server, LintProfile::House)
        );
    }

    #[test]
    fn bad_generator_settings_are_rejected_with_the_fix() {
        for (settings, expected) in [
            ("{emit: client}", "needs `into"),
            ("{emit: router}", "`x-generator.emit: router` is unknown"),
            ("{lint: lax}", "`x-generator.lint: lax` is unknown"),
            ("{into: x}", "applies to `emit: client` only"),
            (
                "{emit: client, into: x, out: y}",
                "`x-generator.out` is not a setting",
            ),
            ("client", "must be a mapping"),
        ] {
            let text = format!("apis:\n  a@v1:\n    root: a.yaml\n    x-generator: {settings}\n");
            let err = format!("{:#}", parse_registry(&text).unwrap_err());
            assert!(err.contains(expected), "{settings}: {err}");
        }
    }

    #[test]
    fn an_api_without_version_is_rejected() {
        let err = parse_registry("apis:\n  catalog:\n    root: a.yaml\n").unwrap_err();
        assert!(err.to_string().contains("<name>@<version>"));
    }
}
