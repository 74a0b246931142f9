//! One small bad spec per rule under `tests/fixtures/lint/`: each finding names the rule, the
//! file a human edits, the line and the JSON pointer in that file, and says what to change.

use std::path::{Path, PathBuf};

use generator::diagnostics::{Diagnostic, Severity};
use generator::openapi::bundle::{BundleError, bundle_file};
use generator::openapi::lint::lint;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/lint")
        .join(name)
}

/// Bundling problems or lint findings, as `generator lint` reports them.
fn findings(path: &Path) -> Vec<Diagnostic> {
    match bundle_file(path) {
        Ok(bundle) => lint(&bundle),
        Err(BundleError::Invalid(problems)) => problems,
        Err(other) => panic!("{}: {other:?}", path.display()),
    }
}

/// (fixture, rule, file the finding names, line, pointer in that file)
const CASES: &[(&str, &str, &str, usize, &str)] = &[
    (
        "struct.yaml",
        "struct",
        "struct.yaml",
        16,
        "/paths/~1books~1{id}/get/parameters/0/in",
    ),
    (
        "no-unresolved-refs.yaml",
        "no-unresolved-refs",
        "no-unresolved-refs.yaml",
        26,
        "/paths/~1books~1{id}/get/responses/200/content/application~1json/schema/$ref",
    ),
    (
        "no-empty-servers.yaml",
        "no-empty-servers",
        "no-empty-servers.yaml",
        5,
        "/servers",
    ),
    (
        "no-server-trailing-slash.yaml",
        "no-server-trailing-slash",
        "no-server-trailing-slash.yaml",
        6,
        "/servers/0/url",
    ),
    (
        "no-undefined-server-variable.yaml",
        "no-undefined-server-variable",
        "no-undefined-server-variable.yaml",
        6,
        "/servers/0/url",
    ),
    (
        "no-server-variables-empty-enum.yaml",
        "no-server-variables-empty-enum",
        "no-server-variables-empty-enum.yaml",
        10,
        "/servers/0/variables/port/enum",
    ),
    (
        "no-enum-type-mismatch.yaml",
        "no-enum-type-mismatch",
        "no-enum-type-mismatch.yaml",
        44,
        "/components/schemas/Book/properties/id/enum/1",
    ),
    (
        "no-schema-type-mismatch.yaml",
        "no-schema-type-mismatch",
        "no-schema-type-mismatch.yaml",
        46,
        "/components/schemas/Book/properties/tags/items",
    ),
    (
        "no-example-value-and-externalValue.yaml",
        "no-example-value-and-externalValue",
        "no-example-value-and-externalValue.yaml",
        28,
        "/paths/~1books~1{id}/get/responses/200/content/application~1json/examples/one",
    ),
    (
        "no-identical-paths.yaml",
        "no-identical-paths",
        "no-identical-paths.yaml",
        33,
        "/paths/~1books~1{isbn}",
    ),
    (
        "no-identical-paths.yaml",
        "no-ambiguous-paths",
        "no-identical-paths.yaml",
        33,
        "/paths/~1books~1{isbn}",
    ),
    (
        "no-path-trailing-slash.yaml",
        "no-path-trailing-slash",
        "no-path-trailing-slash.yaml",
        33,
        "/paths/~1books~1",
    ),
    (
        "path-not-include-query.yaml",
        "path-not-include-query",
        "path-not-include-query.yaml",
        33,
        "/paths/~1books?sort=title",
    ),
    (
        "path-declaration-must-exist.yaml",
        "path-declaration-must-exist",
        "path-declaration-must-exist.yaml",
        10,
        "/paths/~1books~1{id}~1{}",
    ),
    (
        "path-parameters-defined.yaml",
        "path-parameters-defined",
        "path-parameters-defined.yaml",
        11,
        "/paths/~1books~1{id}/get",
    ),
    (
        "operation-operationId-unique.yaml",
        "operation-operationId-unique",
        "operation-operationId-unique.yaml",
        35,
        "/paths/~1books/get/operationId",
    ),
    (
        "operation-operationId-url-safe.yaml",
        "operation-operationId-url-safe",
        "operation-operationId-url-safe.yaml",
        12,
        "/paths/~1books~1{id}/get/operationId",
    ),
    (
        "operation-parameters-unique.yaml",
        "operation-parameters-unique",
        "operation-parameters-unique.yaml",
        20,
        "/paths/~1books~1{id}/get/parameters/1",
    ),
    (
        "operation-summary.yaml",
        "operation-summary",
        "operation-summary.yaml",
        11,
        "/paths/~1books~1{id}/get",
    ),
    (
        "operation-2xx-response.yaml",
        "operation-2xx-response",
        "operation-2xx-response.yaml",
        20,
        "/paths/~1books~1{id}/get/responses",
    ),
    (
        "security-defined.yaml",
        "security-defined",
        "security-defined.yaml",
        8,
        "/security/0/apiKey",
    ),
    (
        "spec-components-invalid-map-name.yaml",
        "spec-components-invalid-map-name",
        "spec-components-invalid-map-name.yaml",
        49,
        "/components/schemas/Bad Name",
    ),
    (
        "generator-operation-id.yaml",
        "generator-operation-id",
        "generator-operation-id.yaml",
        11,
        "/paths/~1books~1{id}/get",
    ),
    (
        "generator-named-body-schema.yaml",
        "generator-named-body-schema",
        "generator-named-body-schema.yaml",
        25,
        "/paths/~1books~1{id}/get/responses/200/content/application~1json/schema",
    ),
    (
        "generator-problem-json.yaml",
        "generator-problem-json",
        "generator-problem-json.yaml",
        30,
        "/paths/~1books~1{id}/get/responses/404/content/application~1json",
    ),
    (
        "struct-cases/unknown-key.yaml",
        "struct",
        "unknown-key.yaml",
        14,
        "/paths/~1books~1{id}/get/returns",
    ),
    (
        "struct-cases/missing-info-version.yaml",
        "struct",
        "missing-info-version.yaml",
        2,
        "/info",
    ),
    (
        "struct-cases/parameter-without-name.yaml",
        "struct",
        "parameter-without-name.yaml",
        15,
        "/paths/~1books~1{id}/get/parameters/0",
    ),
    (
        "struct-cases/response-without-description.yaml",
        "struct",
        "response-without-description.yaml",
        21,
        "/paths/~1books~1{id}/get/responses/200",
    ),
    (
        "struct-cases/bad-schema-type.yaml",
        "struct",
        "bad-schema-type.yaml",
        43,
        "/components/schemas/Book/properties/id/type",
    ),
    (
        "struct-cases/path-parameter-not-required.yaml",
        "generator-path-parameter-required",
        "path-parameter-not-required.yaml",
        15,
        "/paths/~1books~1{id}/get/parameters/0",
    ),
    (
        "nullable-type-sibling.yaml",
        "nullable-type-sibling",
        "nullable-type-sibling.yaml",
        45,
        "/components/schemas/Book/properties/note/nullable",
    ),
    (
        "operation-4xx-response.yaml",
        "operation-4xx-response",
        "operation-4xx-response.yaml",
        20,
        "/paths/~1books~1{id}/get/responses",
    ),
    (
        "no-unused-components.yaml",
        "no-unused-components",
        "no-unused-components.yaml",
        49,
        "/components/schemas/Unused",
    ),
    (
        "info-license.yaml",
        "info-license",
        "info-license.yaml",
        2,
        "/info",
    ),
    (
        "tag-description.yaml",
        "tag-description",
        "tag-description.yaml",
        10,
        "/tags/0",
    ),
    (
        "no-duplicated-tag-names.yaml",
        "no-duplicated-tag-names",
        "no-duplicated-tag-names.yaml",
        12,
        "/tags/1",
    ),
    (
        "no-ambiguous-paths.yaml",
        "no-ambiguous-paths",
        "no-ambiguous-paths.yaml",
        56,
        "/paths/~1books~1latest~1{part}",
    ),
    (
        "struct-cases/schema-nullable-in-3-1.yaml",
        "struct",
        "schema-nullable-in-3-1.yaml",
        44,
        "/components/schemas/Book/properties/id/nullable",
    ),
    (
        "struct-cases/schema-keyword-type.yaml",
        "struct",
        "schema-keyword-type.yaml",
        44,
        "/components/schemas/Book/properties/id/maxLength",
    ),
    // Operations under webhooks and callbacks follow the operation rules too.
    (
        "webhooks/openapi.yaml",
        "operation-summary",
        "webhooks/openapi.yaml",
        7,
        "/webhooks/bookAdded/post",
    ),
    (
        "webhooks/openapi.yaml",
        "operation-operationId-unique",
        "webhooks/openapi.yaml",
        23,
        "/paths/~1a/post/callbacks/done/{$request.body#~1url}/post/operationId",
    ),
    // Findings inside a referenced file name that file and its own pointer.
    (
        "split/openapi.yaml",
        "operation-summary",
        "split/paths/book.yaml",
        1,
        "/get",
    ),
    (
        "split/openapi.yaml",
        "generator-problem-json",
        "split/paths/book.yaml",
        19,
        "/get/responses/404/content/text~1plain",
    ),
];

#[test]
fn each_rule_reports_file_line_and_pointer() {
    for (name, rule, file, line, pointer) in CASES {
        let found = findings(&fixture(name));
        let Some(d) = found.iter().find(|d| d.rule == *rule) else {
            panic!("{name}: no `{rule}` finding in {found:#?}");
        };
        assert!(d.file.ends_with(file), "{name}: {d}");
        assert_eq!(d.line, Some(*line), "{name}: {d}");
        assert_eq!(d.pointer, *pointer, "{name}: {d}");
        assert!(
            d.hint.as_deref().is_some_and(|h| !h.is_empty()),
            "{name}: no hint in {d}"
        );
        assert!(!d.message.is_empty());
    }
}

#[test]
fn every_bad_fixture_is_covered_and_fails() {
    let dir = fixture("");
    for entry in std::fs::read_dir(&dir).unwrap().filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name == "valid.yaml" || !name.ends_with(".yaml") {
            continue;
        }
        assert!(
            CASES.iter().any(|(fixture, ..)| *fixture == name),
            "{name} has no expectation"
        );
        let found = findings(&entry.path());
        let rule = name.trim_end_matches(".yaml");
        let d = found
            .iter()
            .find(|d| d.rule == rule)
            .unwrap_or_else(|| panic!("{name}: {found:#?}"));
        // Redocly's recommended warnings stay warnings.
        let warnings = [
            "no-ambiguous-paths",
            "operation-4xx-response",
            "no-unused-components",
            "info-license",
            "tag-description",
            "no-duplicated-tag-names",
        ];
        let expected = if warnings.contains(&rule) {
            Severity::Warning
        } else {
            Severity::Error
        };
        assert_eq!(d.severity, expected, "{d}");
    }
}

#[test]
fn the_valid_fixture_has_no_findings() {
    let found = findings(&fixture("valid.yaml"));
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn findings_are_sorted_and_deduplicated() {
    let found = findings(&fixture("split/openapi.yaml"));
    let mut sorted = found.clone();
    sorted.sort_by(|a, b| {
        (&a.file, a.line, &a.rule, &a.pointer, &a.message)
            .cmp(&(&b.file, b.line, &b.rule, &b.pointer, &b.message))
    });
    sorted.dedup();
    assert_eq!(found, sorted);
}

#[test]
fn the_workspace_specs_lint_clean() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let apis = generator::workspace::Workspace {
        root: root.to_path_buf(),
    }
    .apis()
    .expect("redocly.yaml");
    for api in apis {
        let found: Vec<_> = findings(&root.join(&api.root))
            .into_iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        assert!(
            found.is_empty(),
            "{}: {}",
            api.name,
            found
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

#[test]
fn redocly_yaml_rule_settings_are_honoured() {
    let found = findings(&fixture("configured/openapi.yaml"));
    assert!(
        !found.iter().any(|d| d.rule == "operation-summary"),
        "turned off: {found:#?}"
    );
    let servers = found
        .iter()
        .find(|d| d.rule == "no-empty-servers")
        .expect("still reported");
    assert_eq!(servers.severity, Severity::Warning);
    let four = found
        .iter()
        .find(|d| d.rule == "operation-4xx-response")
        .expect("reported");
    assert_eq!(four.severity, Severity::Error, "the API's own rules apply");
}

/// A spec whose 400 is a vendor's JSON error body, in a workspace whose `redocly.yaml` gives it
/// `settings` (an `x-generator` mapping, or nothing).
// A test helper: a failure to set up the workspace fails the test.
#[allow(clippy::expect_used)]
fn vendor_error_findings(settings: &str) -> Vec<String> {
    let dir = tempfile::tempdir().expect("temporary workspace");
    let registry = format!("apis:\n  idp@v1:\n    root: api.yaml\n{settings}");
    std::fs::write(dir.path().join("redocly.yaml"), registry).expect("registry");
    let spec = r#"openapi: 3.0.3
info: {title: Vendor, version: '1', license: {name: MIT, url: https://opensource.org/licenses/MIT}}
servers: [{url: 'http://localhost:8080'}]
paths:
  /token:
    post:
      operationId: requestToken
      summary: Obtain a token
      security: []
      responses:
        '200':
          description: the token
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Token'}
        '400':
          description: refused
          content:
            application/json:
              schema: {$ref: '#/components/schemas/OAuthError'}
components:
  schemas:
    Token: {type: object, properties: {access_token: {type: string}}}
    OAuthError: {type: object, properties: {error: {type: string}}}
"#;
    let root = dir.path().join("api.yaml");
    std::fs::write(&root, spec).expect("spec");
    findings(&root)
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.rule)
        .collect()
}

#[test]
fn the_vendor_profile_turns_the_house_rules_off() {
    assert_eq!(vendor_error_findings(""), ["generator-problem-json"]);
    let house = "    x-generator: {emit: client, into: out, lint: house}\n";
    assert_eq!(vendor_error_findings(house), ["generator-problem-json"]);
    let vendor = "    x-generator: {emit: client, into: out, lint: vendor}\n";
    assert!(vendor_error_findings(vendor).is_empty());
}
