//! Rule severities from `redocly.yaml`, so our lint and `redocly lint` agree when a rule is
//! turned off or downgraded: the global `rules:`, then the API's lint profile
//! (`x-generator.lint: vendor` turns the house-style rules off, see
//! [`crate::workspace::LintProfile`]), then the `rules:` of the API whose `root` is the linted
//! file. Values are `off`, `warn`, `error`, or `{severity: ..}`.

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

use crate::diagnostics::Severity;
use crate::workspace::{LintProfile, generator_settings};

/// A rule's configured severity; `None` means off.
pub type Overrides = HashMap<String, Option<Severity>>;

/// Overrides for the spec whose root file is `root_file`, from the nearest `redocly.yaml` above
/// it. A missing or unreadable config means no overrides (the recommended defaults).
pub fn overrides_for(root_file: &Path) -> Overrides {
    let Ok(root) = std::fs::canonicalize(root_file) else {
        return Overrides::new();
    };
    let Some(dir) = root.ancestors().find(|d| d.join("redocly.yaml").is_file()) else {
        return Overrides::new();
    };
    let Some(config) = std::fs::read_to_string(dir.join("redocly.yaml"))
        .ok()
        .and_then(|t| crate::yaml::parse(&t).ok())
    else {
        return Overrides::new();
    };
    let mut out = Overrides::new();
    read_rules(config.value.get("rules"), &mut out);
    if let Some(apis) = config.value.get("apis").and_then(Value::as_object) {
        for api in apis.values() {
            let matches = api
                .get("root")
                .and_then(Value::as_str)
                .and_then(|r| std::fs::canonicalize(dir.join(r)).ok())
                .is_some_and(|r| r == root);
            if matches {
                if let Ok((_, LintProfile::Vendor)) = generator_settings(api) {
                    for rule in LintProfile::HOUSE_ONLY {
                        out.insert((*rule).to_owned(), None);
                    }
                }
                read_rules(api.get("rules"), &mut out);
            }
        }
    }
    out
}

fn read_rules(rules: Option<&Value>, out: &mut Overrides) {
    let Some(rules) = rules.and_then(Value::as_object) else {
        return;
    };
    for (rule, setting) in rules {
        let severity = setting
            .as_str()
            .or_else(|| setting.get("severity").and_then(Value::as_str));
        let parsed = match severity {
            Some("off") => None,
            Some("warn") => Some(Severity::Warning),
            Some("error") => Some(Severity::Error),
            _ => continue,
        };
        out.insert(rule.clone(), parsed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_read_in_both_forms() {
        let config =
            crate::yaml::parse("rules:\n  a: off\n  b: warn\n  c: {severity: error}\n  d: bogus\n")
                .unwrap();
        let mut out = Overrides::new();
        read_rules(config.value.get("rules"), &mut out);
        assert_eq!(out.get("a"), Some(&None));
        assert_eq!(out.get("b"), Some(&Some(Severity::Warning)));
        assert_eq!(out.get("c"), Some(&Some(Severity::Error)));
        assert!(!out.contains_key("d"));
    }
}
