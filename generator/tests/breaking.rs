//! `generator breaking`: every fixture pair under `tests/fixtures/breaking/{proto,openapi}/<case>`
//! (`before/`, `after/`, `expected.txt` with the rule ids the change must report, none for an
//! additive change) through the library, and the binary on a real git repository.

// Test code throughout: helpers outside `#[test]` functions may panic on failure too (clippy.toml's
// allow-unwrap/expect-in-tests covers only `#[test]` functions and `#[cfg(test)]` modules).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use generator::breaking::{self, Finding};
use generator::openapi::breaking as openapi;
use generator::proto::breaking as proto;

fn fixtures(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/breaking")
        .join(kind)
}

fn cases(kind: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(fixtures(kind))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_dir())
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no {kind} fixtures");
    out
}

fn expected(case: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(case.join("expected.txt"))
        .unwrap()
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

fn rules(findings: &[Finding]) -> BTreeSet<String> {
    findings.iter().map(|f| f.rule.clone()).collect()
}

/// Run every case of `kind`, collecting all mismatches so one run shows them all.
fn check_all(kind: &str) {
    let mut failures = Vec::new();
    for case in cases(kind) {
        let findings = breaking::compare_dirs(&case.join("before"), &case.join("after"))
            .unwrap_or_else(|e| panic!("{}: {e:#}", case.display()));
        let (got, want) = (rules(&findings), expected(&case));
        if got != want {
            let listed: Vec<String> = findings.iter().map(ToString::to_string).collect();
            failures.push(format!(
                "{}: expected {want:?}, got {got:?}\n  {}",
                case.file_name().unwrap().to_string_lossy(),
                listed.join("\n  ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_proto_fixture_reports_exactly_its_rules() {
    check_all("proto");
}

#[test]
fn every_openapi_fixture_reports_exactly_its_rules() {
    check_all("openapi");
}

fn covered_rules(kind: &str) -> BTreeSet<String> {
    cases(kind).iter().flat_map(|case| expected(case)).collect()
}

#[test]
fn every_rule_has_a_fixture() {
    let proto_covered = covered_rules("proto");
    let missing: Vec<&str> = proto::rules::RULES
        .iter()
        .map(|(id, _)| *id)
        .filter(|id| !proto_covered.contains(*id))
        .collect();
    assert!(
        missing.is_empty(),
        "proto rules without a fixture: {missing:?}"
    );
    let openapi_covered = covered_rules("openapi");
    let missing: Vec<&str> = openapi::RULES
        .iter()
        .copied()
        .filter(|id| !openapi_covered.contains(*id))
        .collect();
    assert!(
        missing.is_empty(),
        "OpenAPI rules without a fixture: {missing:?}"
    );
}

#[test]
fn a_renumbered_field_is_reported_where_buf_reports_it() {
    let case = fixtures("proto").join("renumbered_field");
    let findings = breaking::compare_dirs(&case.join("before"), &case.join("after")).unwrap();
    let lines: Vec<String> = findings.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "proto/shop/v1/book.proto:5:1: FIELD_NO_DELETE Previously present field \"2\" with name \"title\" on message \"Book\" was deleted."
        ]
    );
}

#[test]
fn a_removed_operation_in_a_split_spec_names_its_file_and_pointer() {
    let case = fixtures("openapi").join("split-operation-removed");
    let findings = breaking::compare_dirs(&case.join("before"), &case.join("after")).unwrap();
    assert_eq!(findings.len(), 1, "{findings:?}");
    let text = findings[0].to_string();
    assert!(
        text.starts_with("api/shop/paths/books.yaml:"),
        "the finding names the split file: {text}"
    );
    assert!(text.contains("POST /api/v1/books"), "{text}");
    assert!(text.ends_with("(at /post)"), "{text}");
}

#[test]
fn a_tightened_request_constraint_names_operation_and_limits() {
    let case = fixtures("openapi").join("openapi-max-length-decreased");
    let findings = breaking::compare_dirs(&case.join("before"), &case.join("after")).unwrap();
    let text = findings[0].to_string();
    assert!(
        text.contains(
            "POST /api/v1/books: request body: property `title`: maxLength tightened from 200 to 100"
        ),
        "{text}"
    );
    assert!(
        text.contains("(at /components/schemas/BookCreate/properties/title/maxLength)"),
        "{text}"
    );
}

// --- the binary, on a temporary git repository -------------------------------------------------

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args([
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.com",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .status()
        .unwrap();
    assert!(status.success(), "git {args:?}");
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&path, &target);
        } else {
            std::fs::write(&target, std::fs::read(&path).unwrap()).unwrap();
        }
    }
}

/// Replace the contracts in `dir` by the `after/` trees of `cases`.
fn write_contracts(dir: &Path, cases: &[PathBuf], side: &str) {
    for name in ["api", "proto"] {
        let _ = std::fs::remove_dir_all(dir.join(name));
    }
    for name in ["redocly.yaml", "buf.yaml"] {
        let _ = std::fs::remove_file(dir.join(name));
    }
    for case in cases {
        copy_tree(&case.join(side), dir);
    }
}

/// A repository whose one commit holds the `before/` trees of `cases`, with their `after/`
/// trees in the working tree; the workspace sits in `sub/` to exercise path prefixes.
fn repository(cases: &[PathBuf]) -> (tempfile::TempDir, PathBuf) {
    let repo = tempfile::tempdir().unwrap();
    let workspace = repo.path().join("sub");
    std::fs::create_dir_all(&workspace).unwrap();
    git(repo.path(), &["init", "-q"]);
    write_contracts(&workspace, cases, "before");
    git(repo.path(), &["add", "."]);
    git(repo.path(), &["commit", "-q", "-m", "before"]);
    write_contracts(&workspace, cases, "after");
    (repo, workspace)
}

fn run(workspace: &Path, against: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_generator"))
        .arg("--root")
        .arg(workspace)
        .args(["breaking", "--against", against])
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn the_binary_flags_a_renumbered_field_and_a_removed_endpoint() {
    let (_repo, workspace) = repository(&[
        fixtures("proto").join("renumbered_field"),
        fixtures("openapi").join("openapi-operation-removed"),
    ]);
    let output = run(&workspace, "HEAD");
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains("proto/shop/v1/book.proto:5:1: FIELD_NO_DELETE"),
        "{text}"
    );
    assert!(
        text.contains("api/shop/openapi.yaml:")
            && text.contains("openapi-operation-removed POST /api/v1/books"),
        "{text}"
    );
    assert_eq!(text.lines().count(), 2, "{text}");
}

#[test]
fn the_binary_passes_additive_changes() {
    let (_repo, workspace) = repository(&[
        fixtures("proto").join("additive"),
        fixtures("openapi").join("additive"),
    ]);
    let output = run(&workspace, "HEAD");
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(stdout(&output).contains("no breaking changes"));
}

#[test]
fn every_fixture_gives_the_same_verdict_through_git() {
    for case in cases("proto").into_iter().chain(cases("openapi")) {
        let (_repo, workspace) = repository(std::slice::from_ref(&case));
        let output = run(&workspace, "HEAD");
        let want = expected(&case);
        let code = if want.is_empty() { 0 } else { 1 };
        assert_eq!(
            output.status.code(),
            Some(code),
            "{}: {}{}",
            case.display(),
            stdout(&output),
            String::from_utf8_lossy(&output.stderr)
        );
        let text = stdout(&output);
        for rule in want {
            assert!(
                text.contains(&format!(" {rule} ")),
                "{}: {text}",
                case.display()
            );
        }
    }
}

#[test]
fn an_unknown_revision_is_a_usage_error() {
    let (_repo, workspace) = repository(&[fixtures("proto").join("additive")]);
    let output = run(&workspace, "no-such-branch");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("unknown revision `no-such-branch`"));
}

#[test]
fn a_folder_outside_git_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("redocly.yaml"), "apis: {}\n").unwrap();
    let output = run(dir.path(), "HEAD");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not inside a git repository"));
}
