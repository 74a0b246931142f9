//! The proto verdicts of `generator breaking` against the real `buf breaking` (pinned in the
//! workspace's `package.json`) on the same fixture pairs: the rule ids must agree exactly.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use generator::breaking::{self, Location};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// buf from `node_modules`, installed with `npm ci` when missing. Without it the comparison
/// cannot run: a failure on CI, a notice elsewhere.
fn buf() -> Option<PathBuf> {
    let root = workspace_root();
    let buf = root.join("node_modules/.bin/buf");
    if !buf.is_file() {
        let _ = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&root)
            .status();
    }
    if buf.is_file() {
        return Some(buf);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "buf is missing from node_modules even after `npm ci`"
    );
    eprintln!("notice: buf is not installed (run `npm ci`); skipping the comparison with buf");
    None
}

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

#[test]
fn proto_verdicts_and_locations_match_buf_breaking() {
    let Some(buf) = buf() else {
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
        let theirs = buf_findings(&buf, case);
        let ours: BTreeSet<(String, Option<(u64, u64)>)> =
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
                .collect();
        if ours != theirs {
            disagreements.push(format!(
                "{}: generator {ours:?}, buf {theirs:?}",
                case.file_name().unwrap().to_string_lossy()
            ));
        }
    }
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
}
