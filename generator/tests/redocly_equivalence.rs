//! Our bundler and `redocly bundle` produce the same document once every `$ref` is resolved.
//!
//! Component names may legitimately differ (Redocly merges equal-content targets under one name),
//! so `components` is compared as the set of dereferenced values per section, and everything else
//! exactly. Cycles are replaced by a marker counting how many refs back the cycle closes, which
//! does not depend on names.

// Test code throughout: helpers outside `#[test]` functions may panic on failure too (clippy.toml's
// allow-unwrap/expect-in-tests covers only `#[test]` functions and `#[cfg(test)]` modules).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{node_tool, workspace_root};

use generator::openapi::bundle::bundle_file;
use generator::workspace::Workspace;
use serde_json::{Map, Value, json};

fn redocly_bundle(bin: &Path, root: &Path, spec: &Path, out_dir: &Path) -> Value {
    let out = out_dir.join(format!(
        "{}.json",
        spec.to_string_lossy().replace(['/', '\\'], "_")
    ));
    let output = Command::new(bin)
        .arg("bundle")
        .arg(spec)
        .args(["--ext", "json", "-o"])
        .arg(&out)
        .current_dir(root)
        .output()
        .expect("running redocly");
    assert!(
        output.status.success(),
        "redocly bundle {} failed:\n{}",
        spec.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_str(&std::fs::read_to_string(&out).expect("reading redocly's bundle"))
        .expect("redocly wrote JSON")
}

/// Fully dereference `node` inside `doc`.
fn deref(doc: &Value, node: &Value, stack: &mut Vec<String>) -> Value {
    match node {
        Value::Object(map) => {
            if let Some(Value::String(reference)) = map.get("$ref") {
                let target_pointer = final_pointer(doc, reference);
                let siblings: Map<String, Value> = map
                    .iter()
                    .filter(|(k, _)| *k != "$ref")
                    .map(|(k, v)| (k.clone(), deref(doc, v, stack)))
                    .collect();
                let resolved = match (
                    &target_pointer,
                    stack
                        .iter()
                        .position(|p| Some(p) == target_pointer.as_ref()),
                ) {
                    (None, _) => json!({ "$unresolved": reference }),
                    (Some(_), Some(at)) => json!({ "$cycle": stack.len() - at }),
                    (Some(pointer), None) => {
                        let target = doc.pointer(pointer).cloned().unwrap_or(Value::Null);
                        stack.push(pointer.clone());
                        let resolved = deref(doc, &target, stack);
                        stack.pop();
                        resolved
                    }
                };
                return match resolved {
                    Value::Object(mut merged) if !siblings.is_empty() => {
                        merged.extend(siblings);
                        Value::Object(merged)
                    }
                    other => other,
                };
            }
            Value::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), deref(doc, v, stack)))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(items.iter().map(|v| deref(doc, v, stack)).collect()),
        other => other.clone(),
    }
}

/// The pointer a ref lands on after following refs that are nothing but a ref (Redocly may hoist
/// such an intermediate hop as its own component; we do not).
fn final_pointer(doc: &Value, reference: &str) -> Option<String> {
    let mut pointer = percent_decode(reference.strip_prefix('#')?);
    for _ in 0..64 {
        let target = doc.pointer(&pointer)?;
        match target.as_object() {
            Some(map) if map.len() == 1 => match map.get("$ref").and_then(Value::as_str) {
                Some(next) => pointer = percent_decode(next.strip_prefix('#')?),
                None => return Some(pointer),
            },
            _ => return Some(pointer),
        }
    }
    None
}

fn percent_decode(text: &str) -> String {
    percent_encoding::percent_decode_str(text)
        .decode_utf8_lossy()
        .into_owned()
}

/// The dereferenced document without `components`, and per section the set of dereferenced
/// component values.
fn normal_form(doc: &Value) -> (Value, Vec<(String, BTreeSet<String>)>) {
    let full = deref(doc, doc, &mut Vec::new());
    let mut rest = full.clone();
    let mut sections = Vec::new();
    if let Value::Object(map) = &mut rest {
        map.remove("components");
    }
    if let Some(components) = full.get("components").and_then(Value::as_object) {
        for (section, entries) in components {
            let values = entries
                .as_object()
                .map(|m| {
                    m.values()
                        .map(|v| serde_json::to_string(v).unwrap_or_default())
                        .collect()
                })
                .unwrap_or_default();
            sections.push((section.clone(), values));
        }
    }
    sections.sort();
    (rest, sections)
}

fn assert_equivalent(ours: &Value, theirs: &Value, what: &str) {
    let (ours_rest, ours_sections) = normal_form(ours);
    let (theirs_rest, theirs_sections) = normal_form(theirs);
    if ours_rest != theirs_rest {
        let a = serde_json::to_string_pretty(&ours_rest).unwrap_or_default();
        let b = serde_json::to_string_pretty(&theirs_rest).unwrap_or_default();
        let diff = similar::TextDiff::from_lines(&b, &a)
            .unified_diff()
            .header("redocly", "ours")
            .to_string();
        panic!("{what}: dereferenced documents differ:\n{diff}");
    }
    assert_eq!(
        ours_sections, theirs_sections,
        "{what}: dereferenced components differ"
    );
}

fn fixture_roots(root: &Path) -> Vec<PathBuf> {
    let dir = root.join("generator/tests/fixtures/bundle");
    let mut roots: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures folder")
        .filter_map(|e| e.ok().map(|e| e.path().join("openapi.yaml")))
        // A fixture may document why Redocly's bundle of it cannot be the reference.
        .filter(|p| p.is_file() && !p.with_file_name("REDOCLY_DIFFERS").exists())
        .map(|p| p.strip_prefix(root).map(Path::to_path_buf).unwrap_or(p))
        .collect();
    roots.sort();
    roots
}

#[test]
fn our_bundles_match_redoclys_after_dereferencing() {
    let root = workspace_root();
    let Some(bin) = node_tool("redocly") else {
        return;
    };
    let mut specs = fixture_roots(&root);
    let apis = Workspace { root: root.clone() }
        .apis()
        .expect("reading redocly.yaml");
    specs.extend(apis.into_iter().map(|api| api.root));
    assert!(!specs.is_empty(), "nothing to compare");
    let scratch = tempfile::tempdir().expect("scratch folder");
    for spec in &specs {
        let ours = bundle_file(&root.join(spec))
            .unwrap_or_else(|e| panic!("bundling {}: {e:?}", spec.display()));
        let theirs = redocly_bundle(&bin, &root, spec, scratch.path());
        assert_equivalent(&ours.document, &theirs, &spec.display().to_string());
    }
}

#[test]
fn the_comparison_notices_a_difference() {
    let doc = json!({"paths": {"/a": {"get": {"$ref": "#/components/x/A"}}}, "components": {"x": {"A": {"type": "string"}}}});
    let mut other = doc.clone();
    other["components"]["x"]["A"]["type"] = json!("integer");
    let result = std::panic::catch_unwind(|| assert_equivalent(&doc, &other, "test"));
    assert!(result.is_err());
    // Renaming a component is not a difference.
    let renamed = json!({"paths": {"/a": {"get": {"$ref": "#/components/x/B"}}}, "components": {"x": {"B": {"type": "string"}}}});
    assert_equivalent(&doc, &renamed, "renamed");
}

#[test]
fn cycles_become_name_independent_markers() {
    let doc =
        json!({"s": {"$ref": "#/c/N"}, "c": {"N": {"properties": {"next": {"$ref": "#/c/N"}}}}});
    let full = deref(&doc, &doc["s"], &mut Vec::new());
    assert_eq!(full, json!({"properties": {"next": {"$cycle": 1}}}));
}
