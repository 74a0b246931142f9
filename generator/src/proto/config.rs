//! The two files that drive proto generation: `buf.yaml` (which folders are modules, which lint
//! rules apply; shared with the real buf CLI) and `proto/targets.yaml` (which service crate serves
//! or calls which package).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, anyhow, bail};
use serde_json::Value;

use crate::yaml;

/// Where the service/package map lives, relative to the workspace root.
pub const TARGETS_FILE: &str = "proto/targets.yaml";

/// The parts of a buf v2 `buf.yaml` the generator honours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BufConfig {
    /// Module roots, relative to the folder holding `buf.yaml`, in declaration order.
    pub modules: Vec<PathBuf>,
    pub lint: LintConfig,
}

/// `lint:` of `buf.yaml`: rule ids or categories to use, ids to leave out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LintConfig {
    pub use_rules: Vec<String>,
    pub except: Vec<String>,
}

impl Default for LintConfig {
    /// buf's own default when `lint.use` is absent is STANDARD.
    fn default() -> Self {
        Self {
            use_rules: vec!["STANDARD".to_owned()],
            except: Vec::new(),
        }
    }
}

/// Read `<dir>/buf.yaml`.
pub fn read_buf_yaml(dir: &Path) -> anyhow::Result<BufConfig> {
    let path = dir.join("buf.yaml");
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    parse_buf_yaml(&text).with_context(|| format!("in {}", path.display()))
}

fn strings(value: Option<&Value>, what: &str) -> anyhow::Result<Vec<String>> {
    match value {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| {
                item.as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| anyhow!("`{what}` must list strings"))
            })
            .collect(),
        Some(_) => bail!("`{what}` must be a list"),
    }
}

pub fn parse_buf_yaml(text: &str) -> anyhow::Result<BufConfig> {
    let doc = yaml::parse(text)?.value;
    match doc.get("version").and_then(Value::as_str) {
        Some("v2") => {}
        other => bail!("expected `version: v2`, found {other:?}"),
    }
    // Without `modules`, buf treats the folder holding buf.yaml as the single module.
    let modules = match doc.get("modules") {
        None | Some(Value::Null) => vec![PathBuf::from(".")],
        Some(Value::Array(entries)) => entries
            .iter()
            .map(|entry| {
                entry
                    .get("path")
                    .and_then(Value::as_str)
                    .map(PathBuf::from)
                    .ok_or_else(|| anyhow!("every entry of `modules` needs a `path`"))
            })
            .collect::<anyhow::Result<_>>()?,
        Some(_) => bail!("`modules` must be a list of `{{path: <dir>}}`"),
    };
    let lint = match doc.get("lint") {
        None | Some(Value::Null) => LintConfig::default(),
        Some(lint) => {
            let use_rules = strings(lint.get("use"), "lint.use")?;
            LintConfig {
                use_rules: if use_rules.is_empty() {
                    LintConfig::default().use_rules
                } else {
                    use_rules
                },
                except: strings(lint.get("except"), "lint.except")?,
            }
        }
    };
    Ok(BufConfig { modules, lint })
}

/// What one service crate gets: servers for `serves`, clients for `calls`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServiceTarget {
    pub serves: Vec<String>,
    pub calls: Vec<String>,
    /// Served proto services (`bookstore.identity.v1.UserService`) whose every RPC needs a bearer
    /// token: their generated adapter authenticates the caller and passes on its principal.
    pub authenticated: Vec<String>,
}

/// `services/<name>` → its packages, sorted by service name.
pub type Targets = BTreeMap<String, ServiceTarget>;

pub fn read_targets(root: &Path) -> anyhow::Result<Targets> {
    let path = root.join(TARGETS_FILE);
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    parse_targets(&text).with_context(|| format!("in {}", path.display()))
}

pub fn parse_targets(text: &str) -> anyhow::Result<Targets> {
    let doc = yaml::parse(text)?.value;
    let Some(services) = doc.get("services").and_then(Value::as_object) else {
        bail!("expected a `services` mapping (`services: {{ catalog: {{ serves: [...] }} }}`)");
    };
    services
        .iter()
        .map(|(name, entry)| {
            let target = ServiceTarget {
                serves: strings(entry.get("serves"), &format!("services.{name}.serves"))?,
                calls: strings(entry.get("calls"), &format!("services.{name}.calls"))?,
                authenticated: strings(
                    entry.get("authenticated"),
                    &format!("services.{name}.authenticated"),
                )?,
            };
            if target.serves.is_empty() && target.calls.is_empty() {
                bail!("service `{name}` neither serves nor calls a package");
            }
            Ok((name.clone(), target))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buf_yaml_modules_and_lint_are_read() {
        let config = parse_buf_yaml(
            "version: v2\nmodules:\n  - path: proto\nlint:\n  use:\n    - STANDARD\n  except:\n    - FIELD_NOT_REQUIRED\n",
        )
        .unwrap();
        assert_eq!(config.modules, vec![PathBuf::from("proto")]);
        assert_eq!(config.lint.use_rules, vec!["STANDARD"]);
        assert_eq!(config.lint.except, vec!["FIELD_NOT_REQUIRED"]);
    }

    #[test]
    fn a_buf_yaml_without_modules_is_one_module_at_its_folder() {
        let config = parse_buf_yaml("version: v2\n").unwrap();
        assert_eq!(config.modules, vec![PathBuf::from(".")]);
        assert_eq!(config.lint, LintConfig::default());
    }

    #[test]
    fn a_v1_buf_yaml_is_rejected() {
        let err = parse_buf_yaml("version: v1\n").unwrap_err();
        assert!(err.to_string().contains("v2"));
    }

    #[test]
    fn targets_are_read_per_service() {
        let targets = parse_targets(
            "services:\n  order:\n    serves: [bookstore.order.v1]\n    calls: [bookstore.catalog.v1]\n",
        )
        .unwrap();
        assert_eq!(targets["order"].serves, vec!["bookstore.order.v1"]);
        assert_eq!(targets["order"].calls, vec!["bookstore.catalog.v1"]);
        assert!(targets["order"].authenticated.is_empty());
    }

    #[test]
    fn authenticated_services_are_read_by_full_name() {
        let targets = parse_targets(
            "services:\n  identity:\n    serves: [a.v1]\n    authenticated: [a.v1.UserService]\n",
        )
        .unwrap();
        assert_eq!(targets["identity"].authenticated, vec!["a.v1.UserService"]);
    }

    #[test]
    fn a_service_with_no_packages_is_rejected() {
        let err = parse_targets("services:\n  order: {}\n").unwrap_err();
        assert!(err.to_string().contains("neither serves nor calls"));
    }
}
