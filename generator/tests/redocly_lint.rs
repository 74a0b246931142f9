//! Our linter and `redocly lint` (recommended ruleset, as configured in `redocly.yaml`) find the
//! same Redocly error rules, and the recommended warnings we implement, in the same files, on
//! every lint fixture and every workspace spec.
//!
//! Deliberate differences are excluded: `generator-*` rules are ours alone, and
//! `operation-2xx-response` is an error here (a warning in Redocly's ruleset).

// Test code throughout: helpers outside `#[test]` functions may panic on failure too (clippy.toml's
// allow-unwrap/expect-in-tests covers only `#[test]` functions and `#[cfg(test)]` modules).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{node_tool, workspace_root};

use generator::diagnostics::Severity;
use generator::openapi::bundle::{BundleError, bundle_file};
use generator::workspace::Workspace;
use serde_json::Value;

/// Redocly's recommended warnings that we implement too.
const WARNINGS: [&str; 6] = [
    "no-ambiguous-paths",
    "operation-4xx-response",
    "info-license",
    "no-unused-components",
    "tag-description",
    "no-duplicated-tag-names",
];

fn comparable(rule: &str, error: bool) -> bool {
    if error {
        !rule.starts_with("generator-") && rule != "operation-2xx-response"
    } else {
        WARNINGS.contains(&rule)
    }
}

/// Findings as (file relative to the workspace, rule, is an error).
type Findings = BTreeSet<(String, String, bool)>;

fn relative(root: &Path, file: &str) -> String {
    Path::new(file)
        .strip_prefix(root)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| file.to_owned())
}

/// Our findings, or `None` when the spec does not bundle (then only bundling errors exist).
fn ours(root: &Path, spec: &Path) -> (Findings, bool) {
    let (findings, bundled) = match bundle_file(&root.join(spec)) {
        Ok(bundle) => (generator::openapi::lint::lint(&bundle), true),
        Err(BundleError::Invalid(problems)) => (problems, false),
        Err(other) => panic!("{}: {other:?}", spec.display()),
    };
    let findings = findings
        .into_iter()
        .map(|d| {
            (
                relative(root, &d.file.display().to_string()),
                d.rule,
                d.severity == Severity::Error,
            )
        })
        .filter(|(_, rule, error)| comparable(rule, *error))
        .collect();
    (findings, bundled)
}

/// One `redocly lint` run over every spec (Node's start-up dominates, so one run, not one each).
fn theirs(bin: &Path, root: &Path, specs: &[PathBuf]) -> Findings {
    let output = Command::new(bin)
        .arg("lint")
        .args(specs)
        .arg("--format=json")
        .current_dir(root)
        .output()
        .expect("running redocly lint");
    let text = String::from_utf8_lossy(&output.stdout);
    let json = &text[text
        .find('{')
        .unwrap_or_else(|| panic!("no JSON from redocly lint: {text}"))..];
    // One JSON report per spec, concatenated.
    serde_json::Deserializer::from_str(json)
        .into_iter::<Value>()
        .map(|report| report.expect("redocly's JSON report"))
        .flat_map(|report| report["problems"].as_array().cloned().unwrap_or_default())
        .filter_map(|p| {
            let file = p["location"][0]["source"]["ref"].as_str()?.to_owned();
            let error = match p["severity"].as_str()? {
                "error" => true,
                "warn" => false,
                _ => return None,
            };
            Some((
                relative(root, &file),
                p["ruleId"].as_str()?.to_owned(),
                error,
            ))
        })
        .filter(|(_, rule, error)| comparable(rule, *error))
        .collect()
}

#[test]
fn redocly_rules_find_what_redocly_finds() {
    let root = workspace_root();
    let Some(bin) = node_tool("redocly") else {
        return;
    };
    let lint_dir = Path::new("generator/tests/fixtures/lint");
    let listed = |dir: &Path| -> Vec<PathBuf> {
        std::fs::read_dir(root.join(dir))
            .expect("lint fixtures")
            .filter_map(|e| e.ok().map(|e| dir.join(e.file_name())))
            .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
            .collect()
    };
    let mut specs = listed(lint_dir);
    specs.extend(listed(&lint_dir.join("struct-cases")));
    specs.push(lint_dir.join("split/openapi.yaml"));
    specs.push(lint_dir.join("webhooks/openapi.yaml"));
    let apis = Workspace { root: root.clone() }
        .apis()
        .expect("redocly.yaml");
    specs.extend(apis.into_iter().map(|api| api.root));
    specs.sort();
    let mut ours_all = Findings::new();
    let mut unbundled = BTreeSet::new();
    for spec in &specs {
        let (findings, bundled) = ours(&root, spec);
        ours_all.extend(findings);
        if !bundled {
            unbundled.insert(spec.display().to_string());
        }
    }
    let ours = ours_all;
    // Where our bundling already failed we do not lint, so Redocly's warnings there are moot.
    let theirs: Findings = theirs(&bin, &root, &specs)
        .into_iter()
        .filter(|(file, _, error)| *error || !unbundled.contains(file))
        .collect();
    let only_ours: Vec<_> = ours.difference(&theirs).collect();
    let only_theirs: Vec<_> = theirs.difference(&ours).collect();
    assert!(
        only_ours.is_empty() && only_theirs.is_empty(),
        "only ours: {only_ours:#?}\nonly redocly: {only_theirs:#?}"
    );
    assert!(
        ours.len() > 20,
        "the fixtures should produce findings: {ours:#?}"
    );
}
