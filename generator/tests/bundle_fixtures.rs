//! Bundling the fixture specs under `tests/fixtures/bundle/`: the output is pinned in each
//! fixture's `expected.json` (regenerate with `UPDATE_SNAPSHOTS=1 cargo test -p generator`), every
//! ref left is internal and resolves, and provenance names the file a human edits.

use std::path::{Path, PathBuf};
use std::time::Instant;

use generator::openapi::bundle::{Bundle, bundle_file};
use generator::workspace::Workspace;
use serde_json::Value;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bundle")
}

fn bundle(name: &str) -> Bundle {
    bundle_file(&fixtures().join(name).join("openapi.yaml"))
        .unwrap_or_else(|e| panic!("bundling {name}: {e:?}"))
}

fn refs(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get("$ref") {
                out.push(r.clone());
            }
            map.values().for_each(|v| refs(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
        _ => {}
    }
}

fn assert_self_contained(doc: &Value, what: &str) {
    let mut all = Vec::new();
    refs(doc, &mut all);
    for r in all {
        let pointer = r
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("{what}: external ref `{r}` left in the bundle"));
        let decoded = percent_encoding::percent_decode_str(pointer).decode_utf8_lossy();
        assert!(
            doc.pointer(&decoded).is_some(),
            "{what}: `{r}` does not resolve"
        );
    }
}

#[test]
fn fixtures_bundle_to_their_pinned_output() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut names: Vec<String> = std::fs::read_dir(fixtures())
        .expect("fixtures folder")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("openapi.yaml").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 4, "fixtures missing: {names:?}");
    for name in names {
        let bundled = bundle(&name);
        assert_self_contained(&bundled.document, &name);
        let text = serde_json::to_string_pretty(&bundled.document).expect("serialising") + "\n";
        let expected_path = fixtures().join(&name).join("expected.json");
        if update {
            std::fs::write(&expected_path, &text).expect("writing snapshot");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != text {
            let diff = similar::TextDiff::from_lines(&expected, &text)
                .unified_diff()
                .header("expected.json", "bundled")
                .to_string();
            panic!(
                "{name}: bundle differs from expected.json (UPDATE_SNAPSHOTS=1 to accept):\n{diff}"
            );
        }
    }
}

#[test]
fn bundling_is_deterministic() {
    let a = serde_json::to_string(&bundle("directions").document).unwrap();
    let b = serde_json::to_string(&bundle("directions").document).unwrap();
    assert_eq!(a, b);
}

#[test]
fn refs_in_every_direction_become_internal() {
    let doc = bundle("directions").document;
    // root → path file: the path item is inlined.
    assert_eq!(
        doc.pointer("/paths/~1books/get/operationId"),
        Some(&Value::from("listBooks"))
    );
    // path file → root: the root's own component.
    assert_eq!(
        doc.pointer("/paths/~1books/get/responses/400/$ref"),
        Some(&Value::from("#/components/responses/BadRequest"))
    );
    // root component that is a ref to a file: the file's content under the root's name.
    assert_eq!(
        doc.pointer("/components/schemas/Book/type"),
        Some(&Value::from("object"))
    );
    // file → file, and the same file by a different relative path, is one component.
    assert_eq!(
        doc.pointer("/components/schemas/Author/properties/books/items/$ref"),
        Some(&Value::from("#/components/schemas/Book"))
    );
    assert_eq!(
        doc.pointer("/paths/~1books~1{id}/get/responses/200/content/application~1json/schema/$ref"),
        Some(&Value::from("#/components/schemas/Book"))
    );
    // a file-internal ref of a non-root file is hoisted too.
    assert_eq!(
        doc.pointer("/components/schemas/BookList/properties/next/$ref"),
        Some(&Value::from("#/components/schemas/Cursor"))
    );
    // ref siblings are kept.
    assert_eq!(
        doc.pointer("/components/schemas/Book/properties/sequel/description"),
        Some(&Value::from("The next book in the series (recursive)"))
    );
}

#[test]
fn escaped_and_percent_encoded_pointers_resolve() {
    let doc = bundle("escapes").document;
    assert_eq!(
        doc.pointer("/paths/~1tilde/get/responses/200/content/application~1json/schema/$ref"),
        Some(&Value::from("#/components/schemas/a-b-c"))
    );
    assert_eq!(
        doc.pointer("/components/schemas/With-Space/type"),
        Some(&Value::from("integer"))
    );
    assert_eq!(
        doc.pointer("/paths/~1notes~1{id}/get/operationId"),
        Some(&Value::from("getNote"))
    );
    // root → root refs stay as written.
    assert_eq!(
        doc.pointer("/paths/~1alias/$ref"),
        Some(&Value::from("#/paths/~1tilde"))
    );
}

#[test]
fn conflicting_names_get_deterministic_suffixes() {
    let doc = bundle("conflicts").document;
    let schemas: Vec<_> = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .unwrap()
        .keys()
        .cloned()
        .collect();
    assert_eq!(schemas, ["Error", "Error-2", "Error-3"]);
    assert_eq!(
        doc.pointer("/components/schemas/Error/description"),
        Some(&Value::from("The root's own Error keeps its name"))
    );
    assert_eq!(
        doc.pointer("/components/schemas/Error-2/description"),
        Some(&Value::from("Error from folder a"))
    );
}

#[test]
fn recursive_schemas_stay_refs() {
    let doc = bundle("recursion").document;
    assert_eq!(
        doc.pointer("/components/schemas/Node/properties/children/items/$ref"),
        Some(&Value::from("#/components/schemas/Node"))
    );
    assert_eq!(
        doc.pointer("/components/schemas/Node/properties/parent/$ref"),
        Some(&Value::from("#/components/schemas/Node"))
    );
    assert_eq!(
        doc.pointer("/components/schemas/Pong/properties/ping/$ref"),
        Some(&Value::from("#/components/schemas/Ping"))
    );
    // A file that is only a ref resolves to the content it points at.
    assert_eq!(
        doc.pointer("/paths/~1trees/get/responses/202/content/application~1json/schema/$ref"),
        Some(&Value::from("#/components/schemas/Pong"))
    );
}

#[test]
fn locate_names_the_file_line_and_pointer_a_human_edits() {
    let bundled = bundle("directions");
    let origin = bundled.locate("/paths/~1books/post/operationId");
    assert!(origin.file.ends_with("paths/books.yaml"), "{origin:?}");
    assert_eq!(origin.line, Some(16));
    assert_eq!(origin.pointer, "/post/operationId");

    let origin = bundled.locate("/components/schemas/Author/properties/name");
    assert!(origin.file.ends_with("schemas/Author.yaml"), "{origin:?}");
    assert_eq!(
        (origin.line, origin.pointer.as_str()),
        (Some(3), "/properties/name")
    );

    let origin = bundled.locate("/components/schemas/Cursor");
    assert!(origin.file.ends_with("schemas/BookList.yaml"), "{origin:?}");
    assert_eq!(
        (origin.line, origin.pointer.as_str()),
        (Some(10), "/$defs/Cursor")
    );

    let origin = bundled.locate("/info/title");
    assert!(
        origin.file.ends_with("directions/openapi.yaml"),
        "{origin:?}"
    );
    assert_eq!(origin.line, Some(3));
}

#[test]
fn the_workspace_apis_bundle_quickly() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf();
    let apis = Workspace { root: root.clone() }
        .apis()
        .expect("reading redocly.yaml");
    let started = Instant::now();
    for api in &apis {
        let bundled =
            bundle_file(&root.join(&api.root)).unwrap_or_else(|e| panic!("{}: {e:?}", api.name));
        assert_self_contained(&bundled.document, &api.name);
    }
    let elapsed = started.elapsed();
    eprintln!("bundled {} APIs in {elapsed:?}", apis.len());
    // Generous for unoptimised test builds on a busy machine; release builds take milliseconds.
    assert!(elapsed.as_secs() < 5, "bundling took {elapsed:?}");
}
