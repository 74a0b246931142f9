//! The generator's proto lint and the real `buf lint` fire the same rule ids.
//!
//! Every folder under `fixtures/proto/bad/` is a buf workspace (its own `buf.yaml`) named after
//! the rule it breaks; `fixtures/proto/mixed/` break several rules in nested definitions;
//! `fixtures/proto/good/` holds workspaces that must be clean. Each is linted by both tools and
//! the findings compared: file, rule id, line and message (compile errors: not the message). The workspace's own `proto/` must be clean
//! under both as well.

// Test code throughout: helpers outside `#[test]` functions may panic on failure too (clippy.toml's
// allow-unwrap/expect-in-tests covers only `#[test]` functions and `#[cfg(test)]` modules).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{node_tool, workspace_root};

use generator::proto::lint::lint_dir;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/proto")
}

/// One finding reduced to what both tools report: file (relative to the buf workspace), rule id,
/// line and message. Compile errors keep no message: protox and buf word them differently.
type Finding = (String, String, usize, String);

fn comparable(file: String, rule: String, line: usize, message: String) -> Finding {
    let message = if rule == "COMPILE" {
        String::new()
    } else {
        message
    };
    (file, rule, line, message)
}

/// What `buf lint` reports for the buf workspace in `dir`.
fn buf_findings(bin: &Path, dir: &Path) -> BTreeSet<Finding> {
    let output = Command::new(bin)
        .args(["lint", "--error-format=json"])
        .current_dir(dir)
        .output()
        .expect("running buf");
    // buf exits 100 when it finds problems; anything else non-zero means it could not lint.
    assert!(
        output.status.success() || output.status.code() == Some(100),
        "buf lint failed in {}:\n{}",
        dir.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let finding: serde_json::Value =
                serde_json::from_str(line).expect("buf prints one JSON object per line");
            let text = |key: &str| finding[key].as_str().unwrap_or_default().to_owned();
            let line = finding["start_line"].as_u64().unwrap_or_default();
            comparable(
                text("path"),
                text("type"),
                usize::try_from(line).expect("a line number"),
                text("message"),
            )
        })
        .collect()
}

fn our_findings(dir: &Path) -> BTreeSet<Finding> {
    lint_dir(dir)
        .unwrap_or_else(|e| panic!("linting {}: {e:#}", dir.display()))
        .into_iter()
        .map(|d| {
            let file = d
                .file
                .strip_prefix(dir)
                .expect("findings point into the workspace")
                .to_string_lossy()
                .replace('\\', "/");
            comparable(file, d.rule, d.line.unwrap_or_default(), d.message)
        })
        .collect()
}

fn our_rules(dir: &Path) -> BTreeSet<String> {
    our_findings(dir).into_iter().map(|f| f.1).collect()
}

fn cases(group: &str) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(fixtures().join(group))
        .expect("listing fixtures")
        .map(|entry| entry.expect("reading fixtures").path())
        .filter(|path| path.is_dir())
        .collect();
    dirs.sort();
    dirs
}

fn case_name(dir: &Path) -> String {
    dir.file_name()
        .expect("fixture folders have names")
        .to_string_lossy()
        .into_owned()
}

#[test]
fn every_bad_fixture_fires_the_rule_it_is_named_after() {
    let bad = cases("bad");
    assert!(bad.len() >= 25, "expected a fixture per rule");
    for dir in bad {
        let name = case_name(&dir);
        let ours = our_rules(&dir);
        // `package_same_options` covers all seven PACKAGE_SAME_<OPTION> rules at once.
        let expected = if name == "package_same_options" {
            "PACKAGE_SAME_GO_PACKAGE".to_owned()
        } else {
            name.to_uppercase()
        };
        assert!(
            ours.contains(&expected),
            "{name}: expected {expected}, got {ours:?}"
        );
    }
}

#[test]
fn every_implemented_rule_fires_in_some_bad_fixture() {
    let fired: BTreeSet<String> = cases("bad").iter().flat_map(|dir| our_rules(dir)).collect();
    let missing: Vec<&str> = generator::proto::lint::implemented_rules()
        .into_iter()
        .filter(|rule| !fired.contains(*rule))
        .collect();
    assert!(missing.is_empty(), "no bad fixture for {missing:?}");
}

#[test]
fn mixed_fixtures_break_several_rules() {
    for dir in cases("mixed") {
        let ours = our_rules(&dir);
        assert!(ours.len() >= 3, "{}: {ours:?}", case_name(&dir));
    }
}

#[test]
fn good_fixtures_are_clean() {
    for dir in cases("good") {
        let findings = lint_dir(&dir).expect("linting");
        assert!(findings.is_empty(), "{}: {findings:#?}", case_name(&dir));
    }
}

#[test]
fn the_generator_and_buf_report_the_same_findings_on_every_fixture() {
    let Some(bin) = node_tool("buf") else { return };
    let mut mismatches = Vec::new();
    for dir in cases("bad")
        .into_iter()
        .chain(cases("mixed"))
        .chain(cases("good"))
    {
        let ours = our_findings(&dir);
        let theirs = buf_findings(&bin, &dir);
        for only in ours.difference(&theirs) {
            mismatches.push(format!("{}: only the generator: {only:?}", case_name(&dir)));
        }
        for only in theirs.difference(&ours) {
            mismatches.push(format!("{}: only buf: {only:?}", case_name(&dir)));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn the_workspace_protos_are_clean_under_both() {
    let root = workspace_root();
    let findings = lint_dir(&root).expect("linting proto/");
    assert!(findings.is_empty(), "{findings:#?}");
    let Some(bin) = node_tool("buf") else { return };
    assert_eq!(buf_findings(&bin, &root), BTreeSet::new());
    let format = Command::new(&bin)
        .args(["format", "--diff", "--exit-code"])
        .current_dir(&root)
        .output()
        .expect("running buf format");
    assert!(
        format.status.success(),
        "buf format wants changes:\n{}",
        String::from_utf8_lossy(&format.stdout)
    );
}

#[test]
fn findings_carry_file_line_and_symbol() {
    let dir = fixtures().join("bad/enum_zero_value_suffix");
    let findings = lint_dir(&dir).expect("linting");
    let finding = findings
        .iter()
        .find(|d| d.rule == "ENUM_ZERO_VALUE_SUFFIX")
        .expect("the rule fires");
    assert!(finding.file.ends_with("pets/v1/pets.proto"));
    assert_eq!(finding.line, Some(6));
    assert_eq!(finding.pointer, "pets.v1.SIZE_NONE");
    assert!(
        finding
            .message
            .contains(r#"should be suffixed with "_UNSPECIFIED""#)
    );
}
