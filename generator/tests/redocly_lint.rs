//! Our linter and `redocly lint` (recommended ruleset, as configured in `redocly.yaml`) find the
//! same Redocly error rules on every lint fixture and every workspace spec.
//!
//! Deliberate differences are excluded: `generator-*` rules are ours alone, and
//! `operation-2xx-response` is an error here (a warning in Redocly's ruleset).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use generator::bundle::{BundleError, bundle_file};
use generator::diagnostics::Severity;
use generator::workspace::Workspace;
use serde_json::Value;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the generator sits in the workspace")
        .to_path_buf()
}

fn redocly(root: &Path) -> Option<PathBuf> {
    let bin = root.join("node_modules/.bin/redocly");
    if !bin.exists() {
        let _ = Command::new("npm").arg("ci").current_dir(root).status();
    }
    if bin.exists() {
        return Some(bin);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "redocly CLI is missing and `npm ci` could not install it"
    );
    eprintln!("notice: redocly CLI unavailable (run `npm ci`); skipping the lint comparison");
    None
}

fn comparable(rule: &str) -> bool {
    !rule.starts_with("generator-") && rule != "operation-2xx-response"
}

fn ours(spec: &Path) -> BTreeSet<String> {
    let findings = match bundle_file(spec) {
        Ok(bundle) => generator::lint::lint(&bundle),
        Err(BundleError::Invalid(problems)) => problems,
        Err(other) => panic!("{}: {other:?}", spec.display()),
    };
    findings
        .into_iter()
        .filter(|d| d.severity == Severity::Error && comparable(&d.rule))
        .map(|d| d.rule)
        .collect()
}

fn theirs(bin: &Path, root: &Path, spec: &Path) -> BTreeSet<String> {
    let output = Command::new(bin)
        .arg("lint")
        .arg(spec)
        .arg("--format=json")
        .current_dir(root)
        .output()
        .expect("running redocly lint");
    let text = String::from_utf8_lossy(&output.stdout);
    let json = &text[text
        .find('{')
        .unwrap_or_else(|| panic!("no JSON from redocly lint {}: {text}", spec.display()))..];
    let report: Value = serde_json::from_str(json).expect("redocly's JSON report");
    report["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .filter(|p| p["severity"] == "error")
        .filter_map(|p| p["ruleId"].as_str())
        .filter(|rule| comparable(rule))
        .map(str::to_owned)
        .collect()
}

#[test]
fn redocly_rules_find_what_redocly_finds() {
    let root = workspace_root();
    let Some(bin) = redocly(&root) else { return };
    let lint_dir = root.join("generator/tests/fixtures/lint");
    let mut specs: Vec<PathBuf> = std::fs::read_dir(&lint_dir)
        .expect("lint fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    specs.push(lint_dir.join("split/openapi.yaml"));
    let apis = Workspace { root: root.clone() }
        .apis()
        .expect("redocly.yaml");
    specs.extend(apis.into_iter().map(|api| root.join(api.root)));
    specs.sort();
    let mut disagreements = Vec::new();
    for spec in &specs {
        let (a, b) = (ours(spec), theirs(&bin, &root, spec));
        if a != b {
            disagreements.push(format!("{}: ours {a:?}, redocly {b:?}", spec.display()));
        }
    }
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
}
