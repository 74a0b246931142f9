//! Neither the bundler nor the linter panics on a spec of the wrong shape: every node of the
//! valid lint fixture, and a sample of the bundled workspace specs, is replaced in turn by values
//! of other types, and each mutant is bundled (from a file) and linted.

use std::path::Path;

use generator::openapi::bundle::{Bundle, BundleError, bundle_file};
use generator::openapi::lint::lint;
use serde_json::{Value, json};

fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                pointers(
                    child,
                    format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                pointers(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

fn replacements() -> Vec<Value> {
    vec![
        Value::Null,
        json!("text"),
        json!(-1.5),
        json!(true),
        json!([]),
        json!({}),
        json!([{"x": 1}]),
        json!({"$ref": "#/nowhere"}),
        json!({"$ref": "#/components/schemas/Book"}),
        json!({"$ref": "../../../etc/passwd"}),
        json!({"$ref": 7}),
    ]
}

fn mutants(doc: &Value, every: usize) -> impl Iterator<Item = (String, Value)> + '_ {
    let mut all = Vec::new();
    pointers(doc, String::new(), &mut all);
    all.into_iter().step_by(every).flat_map(move |pointer| {
        replacements().into_iter().map(move |replacement| {
            let mut mutant = doc.clone();
            if pointer.is_empty() {
                mutant = replacement;
            } else if let Some(slot) = mutant.pointer_mut(&pointer) {
                *slot = replacement;
            }
            (pointer.clone(), mutant)
        })
    })
}

#[test]
fn mutants_of_a_valid_spec_bundle_and_lint_without_panicking() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lint/valid.yaml");
    let doc = generator::yaml::parse(&std::fs::read_to_string(&fixture).unwrap())
        .unwrap()
        .value;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("openapi.yaml");
    let mut count = 0;
    for (pointer, mutant) in mutants(&doc, 1) {
        std::fs::write(&file, serde_json::to_string(&mutant).unwrap()).unwrap();
        let outcome = std::panic::catch_unwind(|| match bundle_file(&file) {
            Ok(bundle) => lint(&bundle).len(),
            Err(BundleError::Invalid(problems)) => problems.len(),
            Err(other) => panic!("unexpected {other:?}"),
        });
        assert!(
            outcome.is_ok(),
            "panicked on {pointer} → {}",
            mutant.pointer(&pointer).unwrap_or(&mutant)
        );
        count += 1;
    }
    assert!(count > 300, "only {count} mutants");
}

#[test]
fn mutants_of_the_workspace_bundles_lint_without_panicking() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let apis = generator::workspace::Workspace {
        root: root.to_path_buf(),
    }
    .apis()
    .expect("redocly.yaml");
    for api in &apis {
        let bundled = bundle_file(&root.join(&api.root)).expect("the workspace specs bundle");
        for (pointer, mutant) in mutants(&bundled.document, 97) {
            let mutated = Bundle {
                document: mutant,
                ..bundled.clone()
            };
            let outcome = std::panic::catch_unwind(|| lint(&mutated).len());
            assert!(
                outcome.is_ok(),
                "{}: lint panicked with {pointer} replaced",
                api.name
            );
        }
    }
}
