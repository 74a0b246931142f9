//! Malformed and hostile specs end in a clean error naming the rule, file, line and pointer:
//! never a panic, never a read outside the spec folder, never a write outside the output.

// Test code throughout: helpers outside `#[test]` functions may panic on failure too (clippy.toml's
// allow-unwrap/expect-in-tests covers only `#[test]` functions and `#[cfg(test)]` modules).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use generator::diagnostics::Diagnostic;
use generator::openapi::bundle::{BundleError, Limits, bundle_file, bundle_file_with};
use tempfile::TempDir;

const HEADER: &str = "openapi: 3.1.0\ninfo:\n  title: Hostile\n  version: 1.0.0\n";

/// A spec folder (inside a parent folder, so `..` has somewhere to go) with the given files.
fn spec(files: &[(&str, &str)]) -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let spec_dir = dir.path().join("spec");
    for (name, text) in files {
        let path = spec_dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    (dir, spec_dir.join("openapi.yaml"))
}

fn with_schema_ref(target: &str) -> String {
    format!(
        "{HEADER}paths:\n  /x:\n    get:\n      operationId: getX\n      summary: x\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                $ref: '{target}'\n"
    )
}

fn problems(root: &Path) -> Vec<Diagnostic> {
    match bundle_file(root) {
        Err(BundleError::Invalid(diagnostics)) => diagnostics,
        other => panic!("expected bundling problems, got {other:?}"),
    }
}

fn the_one(root: &Path, rule: &str) -> Diagnostic {
    let found = problems(root);
    assert_eq!(found.len(), 1, "{found:#?}");
    let d = found.into_iter().next().unwrap();
    assert_eq!(d.rule, rule, "{d}");
    assert!(d.hint.is_some(), "{d}");
    d
}

#[test]
fn an_unresolvable_file_names_the_ref_site() {
    let (_dir, root) = spec(&[("openapi.yaml", &with_schema_ref("schemas/Missing.yaml"))]);
    let d = the_one(&root, "no-unresolved-refs");
    assert!(d.file.ends_with("openapi.yaml"));
    assert_eq!(d.line, Some(16));
    assert_eq!(
        d.pointer,
        "/paths/~1x/get/responses/200/content/application~1json/schema/$ref"
    );
    assert!(d.message.contains("schemas/Missing.yaml"), "{d}");
}

#[test]
fn an_unresolvable_pointer_names_the_missing_part() {
    let (_dir, root) = spec(&[
        (
            "openapi.yaml",
            &with_schema_ref("s.yaml#/components/schemas/Nope"),
        ),
        (
            "s.yaml",
            "components:\n  schemas:\n    Yes: {type: string}\n",
        ),
    ]);
    let d = the_one(&root, "no-unresolved-refs");
    assert!(d.message.contains("/components/schemas/Nope"), "{d}");
}

#[test]
fn path_traversal_is_refused() {
    for target in [
        "../../../../../../etc/passwd",
        "/etc/passwd",
        "../outside.yaml",
    ] {
        let (dir, root) = spec(&[("openapi.yaml", &with_schema_ref(target))]);
        std::fs::write(dir.path().join("outside.yaml"), "type: string\n").unwrap();
        let d = the_one(&root, "ref-outside-spec");
        assert!(d.message.contains("outside the spec folder"), "{d}");
        assert_eq!(d.line, Some(16));
    }
}

#[cfg(unix)]
#[test]
fn a_symlink_out_of_the_spec_folder_is_refused() {
    let (dir, root) = spec(&[("openapi.yaml", &with_schema_ref("link.yaml"))]);
    std::fs::write(dir.path().join("secret.yaml"), "type: string\n").unwrap();
    std::os::unix::fs::symlink(
        dir.path().join("secret.yaml"),
        root.with_file_name("link.yaml"),
    )
    .unwrap();
    the_one(&root, "ref-outside-spec");
}

#[test]
fn remote_refs_are_refused() {
    let (_dir, root) = spec(&[(
        "openapi.yaml",
        &with_schema_ref("https://example.com/schemas/Book.yaml"),
    )]);
    let d = the_one(&root, "no-remote-refs");
    assert!(d.message.contains("remote"), "{d}");
}

#[test]
fn a_ref_that_only_resolves_to_itself_is_a_cycle() {
    let (_dir, root) = spec(&[
        ("openapi.yaml", &with_schema_ref("a.yaml")),
        ("a.yaml", "$ref: b.yaml\n"),
        ("b.yaml", "$ref: a.yaml\n"),
    ]);
    let d = the_one(&root, "ref-cycle");
    assert!(d.message.contains("itself"), "{d}");
}

#[test]
fn a_path_item_that_includes_itself_is_a_cycle() {
    let item = "get:\n  operationId: a\n  summary: a\n  responses:\n    '200':\n      description: ok\n  callbacks:\n    again:\n      '{$request.body#/url}':\n        $ref: item.yaml\n";
    let root_text = format!("{HEADER}paths:\n  /a:\n    $ref: item.yaml\n");
    let (_dir, root) = spec(&[("openapi.yaml", &root_text), ("item.yaml", item)]);
    let found = problems(&root);
    assert!(
        found
            .iter()
            .any(|d| d.rule == "ref-cycle" && d.file.ends_with("item.yaml")),
        "{found:#?}"
    );
}

#[test]
fn recursive_schemas_are_not_cycles() {
    let (_dir, root) = spec(&[
        ("openapi.yaml", &with_schema_ref("node.yaml")),
        (
            "node.yaml",
            "type: object\nproperties:\n  next:\n    $ref: node.yaml\n",
        ),
    ]);
    let bundled = bundle_file(&root).expect("recursion is fine");
    assert_eq!(
        bundled
            .document
            .pointer("/components/schemas/node/properties/next/$ref")
            .and_then(|v| v.as_str()),
        Some("#/components/schemas/node")
    );
}

#[test]
fn broken_yaml_in_a_referenced_file_is_reported_in_that_file() {
    let (_dir, root) = spec(&[
        ("openapi.yaml", &with_schema_ref("bad.yaml")),
        ("bad.yaml", "type: object\nproperties: [unclosed\n"),
    ]);
    let found = problems(&root);
    assert!(
        found
            .iter()
            .any(|d| d.rule == "yaml" && d.file.ends_with("bad.yaml") && d.line.is_some()),
        "{found:#?}"
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused() {
    let big = format!(
        "type: string\ndescription: '{}'\n",
        "x".repeat(33 * 1024 * 1024)
    );
    let (_dir, root) = spec(&[
        ("openapi.yaml", &with_schema_ref("big.yaml")),
        ("big.yaml", &big),
    ]);
    let d = the_one(&root, "file-too-large");
    assert!(d.message.contains("limit"), "{d}");
}

#[test]
fn too_many_files_are_refused() {
    let (_dir, root) = spec(&[
        ("openapi.yaml", &with_schema_ref("a.yaml")),
        ("a.yaml", "$ref: b.yaml#/x\n"),
        ("b.yaml", "x: {type: string}\n"),
    ]);
    let limits = Limits {
        max_files: 2,
        ..Limits::default()
    };
    match bundle_file_with(&root, limits) {
        Err(BundleError::Invalid(found)) => assert!(
            found.iter().any(|d| d.rule == "too-many-files"),
            "{found:#?}"
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_alias_bomb_and_deep_nesting_fail_cleanly() {
    let mut bomb = String::from("openapi: 3.1.0\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..10 {
        let p = i - 1;
        bomb.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    let (_dir, root) = spec(&[("openapi.yaml", &bomb)]);
    the_one(&root, "yaml");
    let deep = format!(
        "{HEADER}paths: {{}}\ncomponents:\n  schemas:\n    Deep: {}{{}}{}\n",
        "{items: ".repeat(50_000),
        "}".repeat(50_000)
    );
    let (_dir, root) = spec(&[("openapi.yaml", &deep)]);
    the_one(&root, "yaml");
}

#[test]
fn non_documents_are_refused() {
    for text in ["", "- a list\n", "swagger: '2.0'\n", "\u{0}\u{1}binary"] {
        let (_dir, root) = spec(&[("openapi.yaml", text)]);
        let found = problems(&root);
        assert!(!found.is_empty());
    }
    let (_dir, root) = spec(&[]);
    assert!(matches!(bundle_file(&root), Err(BundleError::Read { .. })));
}

#[test]
fn specs_without_operation_ids_or_tags_still_bundle() {
    let text = format!(
        "{HEADER}paths:\n  /x:\n    get:\n      responses:\n        '200':\n          description: ok\n"
    );
    let (_dir, root) = spec(&[("openapi.yaml", &text)]);
    bundle_file(&root).expect("missing operationIds are a lint finding, not a bundling error");
}

#[test]
fn all_problems_are_reported_at_once() {
    let text = format!(
        "{HEADER}paths:\n  /a:\n    $ref: a.yaml\n  /b:\n    $ref: ../../b.yaml\n  /c:\n    $ref: 'http://x/c.yaml'\n"
    );
    let (_dir, root) = spec(&[("openapi.yaml", &text)]);
    let rules: Vec<_> = problems(&root).into_iter().map(|d| d.rule).collect();
    assert_eq!(
        rules,
        ["no-unresolved-refs", "ref-outside-spec", "no-remote-refs"]
    );
}

fn run(args: &[&str]) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_generator"))
        .args(args)
        .output()
        .expect("running generator");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn the_cli_fails_cleanly_and_writes_nothing() {
    let cases = [
        with_schema_ref("../../../../../../etc/passwd"),
        with_schema_ref("missing.yaml"),
        with_schema_ref("cycle.yaml"),
        "key: [unclosed\n".to_owned(),
    ];
    for text in &cases {
        let (dir, root) = spec(&[("openapi.yaml", text), ("cycle.yaml", "$ref: cycle.yaml\n")]);
        let out_dir = dir.path().join("out");
        std::fs::create_dir(&out_dir).unwrap();
        let out = out_dir.join("bundle.json");
        let (ok, stderr) = run(&[
            "bundle",
            root.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ]);
        assert!(!ok, "bundle succeeded on:\n{text}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(stderr.contains("error["), "{stderr}");
        assert!(!out.exists(), "a failed bundle wrote {}", out.display());
        assert_eq!(std::fs::read_dir(&out_dir).unwrap().count(), 0);

        let (ok, stderr) = run(&["lint", root.to_str().unwrap()]);
        assert!(!ok);
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    let (ok, stderr) = run(&["bundle", "/nonexistent/openapi.yaml"]);
    assert!(!ok);
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn duplicate_operation_ids_bundle_but_fail_lint() {
    let text = format!(
        "{HEADER}paths:\n  /a:\n    get:\n      operationId: same\n      responses:\n        '200':\n          description: ok\n  /b:\n    get:\n      operationId: same\n      responses:\n        '200':\n          description: ok\n"
    );
    let (_dir, root) = spec(&[("openapi.yaml", &text)]);
    let bundled = bundle_file(&root).expect("bundles");
    let findings = generator::openapi::lint::lint(&bundled);
    let d = findings
        .iter()
        .find(|d| d.rule == "operation-operationId-unique")
        .expect("duplicate found");
    assert_eq!(
        (d.line, d.pointer.as_str()),
        (Some(14), "/paths/~1b/get/operationId")
    );
    let (ok, stderr) = run(&["lint", root.to_str().unwrap()]);
    assert!(
        !ok && stderr.contains("operation-operationId-unique"),
        "{stderr}"
    );
}

#[test]
fn external_example_values_are_inlined_confined_and_urls_kept() {
    let with_example = |value: &str| {
        format!(
            "{HEADER}paths:\n  /x:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              examples:\n                one:\n                  externalValue: '{value}'\n"
        )
    };
    let (_dir, root) = spec(&[("openapi.yaml", &with_example("../secret.txt"))]);
    let d = the_one(&root, "ref-outside-spec");
    assert!(d.pointer.ends_with("/examples/one/externalValue"), "{d}");

    let (_dir, root) = spec(&[(
        "openapi.yaml",
        &with_example("https://example.org/book.json"),
    )]);
    let bundled = bundle_file(&root).expect("a URL example is left to the reader");
    let example = bundled
        .document
        .pointer("/paths/~1x/get/responses/200/content/application~1json/examples/one")
        .unwrap();
    assert_eq!(example["externalValue"], "https://example.org/book.json");

    let (_dir, root) = spec(&[("openapi.yaml", &with_example("missing.json"))]);
    the_one(&root, "no-unresolved-refs");
}

#[test]
fn exponential_inlining_is_cut_off() {
    // p0 → two callbacks into p1 → two into p2 … : 2^20 copies if nothing stopped it.
    let mut files = vec![(
        "openapi.yaml".to_owned(),
        format!("{HEADER}paths:\n  /x:\n    $ref: p0.yaml\n"),
    )];
    for i in 0..20 {
        let next = format!("p{}.yaml", i + 1);
        files.push((
            format!("p{i}.yaml"),
            format!("post:\n  responses:\n    '200':\n      description: ok\n  callbacks:\n    a:\n      '{{$url}}':\n        $ref: {next}\n    b:\n      '{{$url}}':\n        $ref: {next}\n"),
        ));
    }
    files.push((
        "p20.yaml".to_owned(),
        "get:\n  responses:\n    '200':\n      description: ok\n".to_owned(),
    ));
    let borrowed: Vec<(&str, &str)> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let (_dir, root) = spec(&borrowed);
    let found = problems(&root);
    assert!(
        found
            .iter()
            .any(|d| d.rule == "bundle-too-large" && d.message.contains("inlines more than")),
        "{found:#?}"
    );
}
