//! The saga contract: the bookstore's own contract reads and checks clean, and each mutation of
//! it in `tests/fixtures/saga/mutations.txt` (a renamed output field, a retyped input, an
//! unknown owner, a missing compensation, …) is a generator error naming the file and the line
//! to fix. Also: what is emitted from it, and `breaking` between two versions of it.

// Test code throughout: helpers outside `#[test]` functions may panic on failure too.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use generator::diagnostics::Diagnostic;
use generator::saga::{self, conductor};
use serde_json::Value;

const CONTRACT: &str = "api/saga/bookstore_order_book_wf.yaml";

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A copy of the workspace's contracts (registries and `api/`), to mutate.
fn scratch() -> tempfile::TempDir {
    let root = workspace_root();
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root.join("redocly.yaml"), dir.path().join("redocly.yaml")).unwrap();
    std::fs::create_dir_all(dir.path().join("proto")).unwrap();
    std::fs::copy(
        root.join("proto/targets.yaml"),
        dir.path().join("proto/targets.yaml"),
    )
    .unwrap();
    copy_dir(&root.join("api"), &dir.path().join("api"));
    dir
}

/// One mutation of `mutations.txt`: a name, then `file`, `find` and `replace` lines (the find
/// text must occur exactly once; `\n` stands for a newline), then `expect <rule> at <text>`:
/// a diagnostic of that rule on the line where `<text>` is in the mutated file.
#[derive(Debug)]
struct Mutation {
    name: String,
    file: String,
    find: String,
    replace: String,
    rule: String,
    at: String,
}

fn mutations() -> Vec<Mutation> {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/saga/mutations.txt"),
    )
    .unwrap();
    let mut out = Vec::new();
    for block in text.split("\n\n") {
        let lines: Vec<&str> = block
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .collect();
        if lines.is_empty() {
            continue;
        }
        let field = |key: &str| -> String {
            lines
                .iter()
                .find_map(|l| l.strip_prefix(key))
                .unwrap_or_else(|| panic!("{block}: no `{key}`"))
                .replace("\\n", "\n")
        };
        let expect = field("expect ");
        let (rule, at) = expect.split_once(" at ").unwrap();
        out.push(Mutation {
            name: field("case "),
            file: field("file "),
            find: field("find "),
            replace: field("replace "),
            rule: rule.to_owned(),
            at: at.to_owned(),
        });
    }
    assert!(out.len() >= 8, "the mutation fixtures did not parse");
    out
}

/// `a/b/../c` → `a/c` (diagnostics name referenced files as the `$ref` reached them).
fn normalized(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

fn load(root: &Path) -> Result<saga::Contract, Vec<Diagnostic>> {
    saga::load(root, Path::new(CONTRACT)).unwrap()
}

#[test]
fn the_bookstore_saga_contract_reads_and_checks_clean() {
    let contract = match load(&workspace_root()) {
        Ok(contract) => contract,
        Err(problems) => panic!(
            "{}",
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        ),
    };
    let names: Vec<&str> = contract.tasks.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "place_order",
            "make_payment",
            "change_order_status",
            "reserve_inventory",
            "confirm_order"
        ]
    );
}

#[test]
fn each_mutation_is_an_error_at_the_line_to_fix() {
    for mutation in mutations() {
        let dir = scratch();
        let path = dir.path().join(&mutation.file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            text.matches(&mutation.find).count(),
            1,
            "{}: `find` must occur once in {}",
            mutation.name,
            mutation.file
        );
        let mutated = text.replacen(&mutation.find, &mutation.replace, 1);
        std::fs::write(&path, &mutated).unwrap();
        let (at, nth) = match mutation.at.rsplit_once(" #") {
            Some((at, n)) => (at, n.parse::<usize>().unwrap()),
            None => (mutation.at.as_str(), 1),
        };
        let line = mutated
            .lines()
            .enumerate()
            .filter(|(_, l)| l.contains(at))
            .nth(nth - 1)
            .unwrap_or_else(|| panic!("{}: `{at}` not in the mutated file", mutation.name))
            .0
            + 1;
        let problems = match load(dir.path()) {
            Ok(_) => panic!("{}: the mutated contract passed the checks", mutation.name),
            Err(problems) => problems,
        };
        let listed = problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n");
        let hit = problems.iter().find(|d| {
            d.rule == mutation.rule
                && d.line == Some(line)
                && normalized(&d.file).ends_with(&mutation.file)
        });
        let Some(hit) = hit else {
            panic!(
                "{}: expected {} at {}:{line}, got:\n{listed}",
                mutation.name, mutation.rule, mutation.file
            );
        };
        // The printed form names file:line, as the CLI shows it.
        assert!(
            hit.to_string()
                .contains(&format!(":{line}: error[{}]", mutation.rule)),
            "{}: {hit}",
            mutation.name
        );
    }
}

#[test]
fn broken_yaml_is_reported_with_its_line() {
    let dir = scratch();
    let path = dir.path().join(CONTRACT);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replacen("  version: 1\n", "  version: [1\n", 1)).unwrap();
    let problems = load(dir.path()).unwrap_err();
    assert!(problems.iter().any(|d| d.line.is_some()), "{problems:?}");
}

fn emitted(name: &str) -> Value {
    let contract = load(&workspace_root()).unwrap();
    let files = conductor::emit(&contract);
    let file = files
        .iter()
        .find(|f| f.path.ends_with(name))
        .unwrap_or_else(|| panic!("{name} not emitted"));
    serde_json::from_str(&file.contents).unwrap()
}

#[test]
fn the_failure_workflow_runs_the_compensations_last_step_first() {
    let failure = emitted("bookstore_order_book_failure_wf.json");
    let names: Vec<&str> = failure["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["release_inventory", "refund_payment", "cancel_order"]
    );
    // Each compensation reads the failed workflow's input or the output of a compensation that
    // ran before it there, never a forward task's output (those ran in the other workflow).
    for (index, task) in failure["tasks"].as_array().unwrap().iter().enumerate() {
        for value in task["inputParameters"].as_object().unwrap().values() {
            let value = value.as_str().unwrap();
            let earlier = names[..index]
                .iter()
                .any(|name| value.starts_with(&format!("${{{name}_ref.output.")));
            assert!(value.starts_with("${workflow.input.") || earlier, "{value}");
        }
    }
    assert_eq!(
        failure["tasks"][2]["inputParameters"]["refunded"],
        "${refund_payment_ref.output.refunded}"
    );
    let inputs = failure["inputParameters"].as_array().unwrap();
    for field in ["order_id", "workflowId", "reason", "failureStatus"] {
        assert!(inputs.contains(&Value::from(field)), "{field}");
    }
}

#[test]
fn the_workflow_carries_conductor_fields_and_short_timeouts() {
    let workflow = emitted("bookstore_order_book_wf.json");
    assert_eq!(workflow["schemaVersion"], 2);
    assert_eq!(
        workflow["failureWorkflow"],
        "bookstore_order_book_failure_wf"
    );
    assert!(workflow["ownerEmail"].as_str().unwrap().contains('@'));
    assert!(workflow["timeoutSeconds"].as_u64().unwrap() <= 300);
    let tasks = workflow["tasks"].as_array().unwrap();
    assert_eq!(
        tasks[1]["inputParameters"]["amount"],
        "${place_order_ref.output.amount}"
    );
    for task in tasks {
        assert_eq!(
            task["inputParameters"]["traceparent"],
            "${workflow.input.traceparent}"
        );
    }
    let defs = emitted("taskdefs.json");
    let defs = defs.as_array().unwrap();
    assert_eq!(defs.len(), 8);
    for def in defs {
        let response = def["responseTimeoutSeconds"].as_u64().unwrap();
        let total = def["timeoutSeconds"].as_u64().unwrap();
        assert!(response >= 1 && response <= total && total <= 120, "{def}");
        assert!(def["retryCount"].as_u64().unwrap() >= 1);
        assert_eq!(def["retryLogic"], "EXPONENTIAL_BACKOFF");
    }
}

#[test]
fn generation_is_deterministic() {
    let contract = load(&workspace_root()).unwrap();
    assert_eq!(conductor::emit(&contract), conductor::emit(&contract));
}

/// `breaking` between the workspace's contract and a mutated copy.
fn breaking_after(find: &str, replace: &str) -> Vec<String> {
    let dir = scratch();
    let path = dir.path().join(CONTRACT);
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.matches(find).count(), 1, "{find}");
    std::fs::write(&path, text.replacen(find, replace, 1)).unwrap();
    saga::breaking::compare_workspaces(&workspace_root(), dir.path())
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn breaking_reports_a_removed_output_field() {
    let findings = breaking_after(
        "        - payment_id\n        - status\n      properties:\n        payment_id:",
        "        - payment_id\n      properties:\n        payment_id:",
    );
    // Only `required` changed: not breaking for the field's type, but the field stays.
    assert!(findings.is_empty(), "{findings:?}");
    let findings = breaking_after(
        "        status:\n          $ref: ../payment/components/schemas/PaymentStatus.yaml\n",
        "",
    );
    assert!(
        findings
            .iter()
            .any(|f| f.contains("saga-field-removed") && f.contains("make_payment` output")),
        "{findings:?}"
    );
}

#[test]
fn breaking_reports_a_retyped_field_a_new_required_input_and_a_removed_task() {
    let retyped = breaking_after(
        "        released:\n          type: boolean\n          description: Whether a reservation was released (false",
        "        released:\n          type: integer\n          description: Whether a reservation was released (false",
    );
    assert!(
        retyped.iter().any(|f| f.contains("saga-field-retyped")
            && f.contains("`boolean` to `integer`")
            && f.contains("bookstore_order_book_wf.yaml:")),
        "{retyped:?}"
    );
    let required = breaking_after(
        "      title: PlaceOrderInput\n      required:\n        - order_id\n      properties:\n",
        "      title: PlaceOrderInput\n      required:\n        - order_id\n        - note\n      properties:\n        note:\n          type: string\n",
    );
    assert!(
        required
            .iter()
            .any(|f| f.contains("saga-required-input-added")),
        "{required:?}"
    );
}

#[test]
fn no_change_is_no_breaking_change() {
    let dir = scratch();
    let findings = saga::breaking::compare_workspaces(&workspace_root(), dir.path()).unwrap();
    assert!(findings.is_empty(), "{findings:?}");
}
