//! The proto verdicts of `generator breaking` against the real `buf breaking` (pinned in the
//! workspace's `package.json`) on the same fixture pairs: the rule ids must agree exactly.

// Test code throughout: helpers outside `#[test]` functions may panic on failure too (clippy.toml's
// allow-unwrap/expect-in-tests covers only `#[test]` functions and `#[cfg(test)]` modules).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::node_tool;

use generator::breaking::{self, Location};

/// The part of a location both tools agree on. For a `[default = …]` change buf (protocompile)
/// spans the whole pseudo-option and protox only its value, so only the line is compared.
fn comparable(rule: &str, at: Option<(u64, u64)>) -> Option<(u64, u64)> {
    match at {
        Some((line, _)) if rule == "FIELD_SAME_DEFAULT" => Some((line, 0)),
        other => other,
    }
}

/// What `buf breaking after --against before` reports for a fixture pair: rule id, and the
/// line and column when buf names a place in the new files (not for a deleted file).
fn buf_findings(buf: &Path, case: &Path) -> BTreeSet<(String, Option<(u64, u64)>)> {
    let output = Command::new(buf)
        .args([
            "breaking",
            "after",
            "--against",
            "before",
            "--error-format",
            "json",
        ])
        .current_dir(case)
        .output()
        .unwrap();
    // buf exits 100 when it found breaking changes, 0 when none; anything else is a failure.
    assert!(
        matches!(output.status.code(), Some(0 | 100)),
        "buf failed on {}: {}",
        case.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let annotation: serde_json::Value = serde_json::from_str(line).unwrap();
            let rule = annotation["type"].as_str().unwrap().to_owned();
            let at = annotation.get("path").map(|_| {
                (
                    annotation["start_line"].as_u64().unwrap(),
                    annotation["start_column"].as_u64().unwrap(),
                )
            });
            let at = comparable(&rule, at);
            (rule, at)
        })
        .collect()
}

type Verdict = BTreeSet<(String, Option<(u64, u64)>)>;

fn ours(case: &Path) -> Verdict {
    breaking::compare_dirs(&case.join("before"), &case.join("after"))
        .unwrap()
        .into_iter()
        .map(|f| {
            let at = match f.location {
                Location::Span { line, column } if f.rule != "FILE_NO_DELETE" => {
                    Some((line as u64, column as u64))
                }
                _ => None,
            };
            let at = comparable(&f.rule, at);
            (f.rule, at)
        })
        .collect()
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// A copy of `case` whose `buf.yaml`s select `category` instead.
fn under_category(case: &Path, category: &str) -> tempfile::TempDir {
    let copy = tempfile::tempdir().unwrap();
    copy_tree(case, copy.path());
    for side in ["before", "after"] {
        std::fs::write(
            copy.path().join(side).join("buf.yaml"),
            format!(
                "version: v2\nmodules:\n  - path: proto\nbreaking:\n  use:\n    - {category}\n"
            ),
        )
        .unwrap();
    }
    copy
}

/// Every proto fixture pair, as written and again under each category we implement fully: the
/// rule ids and locations must be buf's.
#[test]
fn proto_verdicts_and_locations_match_buf_breaking() {
    let Some(buf) = node_tool("buf") else {
        return;
    };
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/breaking/proto");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&fixtures)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_dir())
        .collect();
    cases.sort();
    assert!(!cases.is_empty());
    let mut disagreements = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let (theirs, mine) = (buf_findings(&buf, case), ours(case));
        if mine != theirs {
            disagreements.push(format!("{name}: generator {mine:?}, buf {theirs:?}"));
        }
        for category in ["FILE", "WIRE_JSON"] {
            let copy = under_category(case, category);
            let (theirs, mine) = (buf_findings(&buf, copy.path()), ours(copy.path()));
            if mine != theirs {
                disagreements.push(format!(
                    "{name} under {category}: generator {mine:?}, buf {theirs:?}"
                ));
            }
        }
    }
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
}
