//! buf's breaking rule ids, their categories, and which of them `buf.yaml` turns on.

use std::path::Path;

use anyhow::{Context, bail};
use serde_json::Value;

use crate::yaml;

/// Every rule this checker implements, with buf's categories for it (`buf config
/// ls-breaking-rules --version v2`): FILE and WIRE_JSON are complete. Not implemented: WIRE's
/// own relaxations (`FIELD_WIRE_COMPATIBLE_*`) and the PACKAGE-only rules. protox compiles
/// proto2 and proto3 only, so the editions features some rules read follow from the syntax.
pub const RULES: &[(&str, &[&str])] = &[
    ("EXTENSION_NO_DELETE", &["FILE"]),
    ("SERVICE_NO_DELETE", &["FILE"]),
    ("ENUM_NO_DELETE", &["FILE"]),
    ("FILE_NO_DELETE", &["FILE"]),
    ("MESSAGE_NO_DELETE", &["FILE"]),
    ("ENUM_SAME_TYPE", &["FILE", "PACKAGE"]),
    ("FIELD_SAME_CARDINALITY", &["FILE", "PACKAGE"]),
    ("FIELD_SAME_CPP_STRING_TYPE", &["FILE", "PACKAGE"]),
    ("FIELD_SAME_JAVA_UTF8_VALIDATION", &["FILE", "PACKAGE"]),
    ("FIELD_SAME_JSTYPE", &["FILE", "PACKAGE"]),
    ("FIELD_SAME_UTF8_VALIDATION", &["FILE", "PACKAGE"]),
    ("FILE_SAME_CC_ENABLE_ARENAS", &["FILE", "PACKAGE"]),
    ("FILE_SAME_CC_GENERIC_SERVICES", &["FILE", "PACKAGE"]),
    ("FILE_SAME_CSHARP_NAMESPACE", &["FILE", "PACKAGE"]),
    ("FILE_SAME_GO_PACKAGE", &["FILE", "PACKAGE"]),
    ("FILE_SAME_JAVA_GENERIC_SERVICES", &["FILE", "PACKAGE"]),
    ("FILE_SAME_JAVA_MULTIPLE_FILES", &["FILE", "PACKAGE"]),
    ("FILE_SAME_JAVA_OUTER_CLASSNAME", &["FILE", "PACKAGE"]),
    ("FILE_SAME_JAVA_PACKAGE", &["FILE", "PACKAGE"]),
    ("FILE_SAME_OBJC_CLASS_PREFIX", &["FILE", "PACKAGE"]),
    ("FILE_SAME_OPTIMIZE_FOR", &["FILE", "PACKAGE"]),
    ("FILE_SAME_PHP_CLASS_PREFIX", &["FILE", "PACKAGE"]),
    ("FILE_SAME_PHP_METADATA_NAMESPACE", &["FILE", "PACKAGE"]),
    ("FILE_SAME_PHP_NAMESPACE", &["FILE", "PACKAGE"]),
    ("FILE_SAME_PY_GENERIC_SERVICES", &["FILE", "PACKAGE"]),
    ("FILE_SAME_RUBY_PACKAGE", &["FILE", "PACKAGE"]),
    ("FILE_SAME_SWIFT_PREFIX", &["FILE", "PACKAGE"]),
    ("RPC_NO_DELETE", &["FILE", "PACKAGE"]),
    ("ENUM_VALUE_NO_DELETE", &["FILE", "PACKAGE"]),
    ("EXTENSION_MESSAGE_NO_DELETE", &["FILE", "PACKAGE"]),
    ("FIELD_NO_DELETE", &["FILE", "PACKAGE"]),
    ("FIELD_SAME_TYPE", &["FILE", "PACKAGE"]),
    ("FILE_SAME_SYNTAX", &["FILE", "PACKAGE"]),
    (
        "MESSAGE_NO_REMOVE_STANDARD_DESCRIPTOR_ACCESSOR",
        &["FILE", "PACKAGE"],
    ),
    ("ONEOF_NO_DELETE", &["FILE", "PACKAGE"]),
    ("ENUM_SAME_JSON_FORMAT", &["FILE", "PACKAGE", "WIRE_JSON"]),
    ("ENUM_VALUE_SAME_NAME", &["FILE", "PACKAGE", "WIRE_JSON"]),
    (
        "MESSAGE_SAME_JSON_FORMAT",
        &["FILE", "PACKAGE", "WIRE_JSON"],
    ),
    ("FIELD_SAME_JSON_NAME", &["FILE", "PACKAGE", "WIRE_JSON"]),
    ("FIELD_SAME_NAME", &["FILE", "PACKAGE", "WIRE_JSON"]),
    (
        "FIELD_SAME_DEFAULT",
        &["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
    ),
    (
        "FIELD_SAME_ONEOF",
        &["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
    ),
    (
        "FILE_SAME_PACKAGE",
        &["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
    ),
    (
        "MESSAGE_SAME_REQUIRED_FIELDS",
        &["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
    ),
    (
        "RESERVED_ENUM_NO_DELETE",
        &["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
    ),
    (
        "RESERVED_MESSAGE_NO_DELETE",
        &["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
    ),
    (
        "RPC_SAME_CLIENT_STREAMING",
        &["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
    ),
    (
        "RPC_SAME_IDEMPOTENCY_LEVEL",
        &["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
    ),
    (
        "RPC_SAME_REQUEST_TYPE",
        &["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
    ),
    (
        "RPC_SAME_RESPONSE_TYPE",
        &["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
    ),
    (
        "RPC_SAME_SERVER_STREAMING",
        &["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
    ),
    ("ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED", &["WIRE_JSON"]),
    ("FIELD_NO_DELETE_UNLESS_NAME_RESERVED", &["WIRE_JSON"]),
    ("FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY", &["WIRE_JSON"]),
    ("FIELD_WIRE_JSON_COMPATIBLE_TYPE", &["WIRE_JSON"]),
    (
        "ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED",
        &["WIRE_JSON", "WIRE"],
    ),
    (
        "FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED",
        &["WIRE_JSON", "WIRE"],
    ),
];

const CATEGORIES: [&str; 4] = ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"];

/// `breaking:` of `buf.yaml`: the rule ids or categories in use, minus `except`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSet {
    enabled: Vec<&'static str>,
}

impl Default for RuleSet {
    /// buf's default when `breaking.use` is absent: FILE.
    fn default() -> Self {
        Self::from_lists(&["FILE".to_owned()], &[])
    }
}

impl RuleSet {
    fn from_lists(use_rules: &[String], except: &[String]) -> Self {
        let selected = |id: &str, categories: &[&str]| {
            use_rules
                .iter()
                .any(|u| u == id || categories.contains(&u.as_str()))
        };
        let enabled = RULES
            .iter()
            .filter(|(id, categories)| selected(id, categories))
            .filter(|(id, categories)| {
                !except
                    .iter()
                    .any(|e| e == id || categories.contains(&e.as_str()))
            })
            .map(|(id, _)| *id)
            .collect();
        Self { enabled }
    }

    pub fn is_enabled(&self, rule: &str) -> bool {
        self.enabled.contains(&rule)
    }

    /// Read `breaking.use` and `breaking.except` from the `buf.yaml` in `dir`; buf's default
    /// when the file or the section is missing.
    pub fn read(dir: &Path) -> anyhow::Result<Self> {
        let path = dir.join("buf.yaml");
        let Ok(text) = std::fs::read_to_string(&path) else {
            return Ok(Self::default());
        };
        parse(&text).with_context(|| format!("in {}", path.display()))
    }
}

fn list(value: Option<&Value>, what: &str) -> anyhow::Result<Vec<String>> {
    match value {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| match item.as_str() {
                Some(id) if is_known(id) => Ok(id.to_owned()),
                Some(id) => bail!("`{what}` names `{id}`, which is no breaking rule or category"),
                None => bail!("`{what}` must list strings"),
            })
            .collect(),
        Some(_) => bail!("`{what}` must be a list"),
    }
}

/// Rule ids buf knows but this checker does not implement are accepted (and do nothing), so a
/// `buf.yaml` that works with buf works here too.
fn is_known(id: &str) -> bool {
    CATEGORIES.contains(&id)
        || id
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

pub fn parse(text: &str) -> anyhow::Result<RuleSet> {
    let doc = yaml::parse(text)?.value;
    let Some(breaking) = doc.get("breaking").filter(|b| !b.is_null()) else {
        return Ok(RuleSet::default());
    };
    let use_rules = list(breaking.get("use"), "breaking.use")?;
    let except = list(breaking.get("except"), "breaking.except")?;
    let use_rules = if use_rules.is_empty() {
        vec!["FILE".to_owned()]
    } else {
        use_rules
    };
    Ok(RuleSet::from_lists(&use_rules, &except))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_is_the_default_category() {
        let rules = parse("version: v2\n").unwrap();
        assert!(rules.is_enabled("FILE_NO_DELETE"));
        assert!(rules.is_enabled("FIELD_NO_DELETE"));
        assert!(!rules.is_enabled("FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED"));
    }

    #[test]
    fn wire_json_swaps_the_delete_rules_for_their_reserved_forms() {
        let rules = parse("version: v2\nbreaking:\n  use: [WIRE_JSON]\n").unwrap();
        assert!(!rules.is_enabled("FIELD_NO_DELETE"));
        assert!(!rules.is_enabled("FILE_NO_DELETE"));
        assert!(rules.is_enabled("FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED"));
        assert!(rules.is_enabled("FIELD_SAME_NAME"));
    }

    #[test]
    fn except_removes_rules() {
        let rules =
            parse("version: v2\nbreaking:\n  use: [FILE]\n  except: [RPC_NO_DELETE]\n").unwrap();
        assert!(!rules.is_enabled("RPC_NO_DELETE"));
        assert!(rules.is_enabled("SERVICE_NO_DELETE"));
    }

    #[test]
    fn a_lowercase_rule_is_rejected() {
        let err = parse("version: v2\nbreaking:\n  use: [file]\n").unwrap_err();
        assert!(err.to_string().contains("no breaking rule"), "{err}");
    }
}
