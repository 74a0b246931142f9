//! Snapshot test of emitted code: every fixture spec under `tests/fixtures/codegen/` is emitted
//! into `crates/codegen-fixtures/src/<fixture>/` (where it is compiled and its behaviour tested).
//! Any difference fails; `UPDATE_SNAPSHOTS=1 cargo test -p generator --test codegen_snapshots`
//! rewrites the committed files.

// Test code throughout: helpers outside `#[test]` functions may panic on failure too (clippy.toml's
// allow-unwrap/expect-in-tests covers only `#[test]` functions and `#[cfg(test)]` modules).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use generator::openapi::bundle;
use generator::openapi::codegen::{self, Layout, Target};
use generator::output::GeneratedFile;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the generator lives one level below the workspace root")
        .to_path_buf()
}

fn fixtures() -> Vec<PathBuf> {
    let dir = workspace_root().join("generator/tests/fixtures/codegen");
    let mut specs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures folder")
        .map(|e| e.expect("fixture entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    specs.sort();
    specs
}

/// Emit one fixture as the module `src/<stem>/` of the fixtures crate.
fn emit(spec: &Path) -> Vec<GeneratedFile> {
    let stem = spec.file_stem().unwrap().to_string_lossy().into_owned();
    let bundle = bundle::bundle_file(spec).expect("fixture bundles");
    let target = Target {
        api_name: stem.clone(),
        spec_display: format!("generator/tests/fixtures/codegen/{stem}.yaml"),
        crate_dir: PathBuf::from("crates/codegen-fixtures"),
        layout: Layout::Service,
    };
    let prefix = Path::new("crates/codegen-fixtures/src/application/port/openapi");
    codegen::emit(&bundle, &target)
        .unwrap_or_else(|e| panic!("{stem} does not generate: {e}"))
        .files
        .into_iter()
        .map(|f| {
            let relative = f.path.strip_prefix(prefix).expect("service layout path");
            GeneratedFile::new(
                Path::new("crates/codegen-fixtures/src")
                    .join(&stem)
                    .join(relative),
                f.contents,
            )
        })
        .collect()
}

/// Fixtures also emitted client-only (`x-generator.emit: client`), as the module
/// `src/<stem>_client/`: DTOs, the outbound port and the client implementing it.
const CLIENT_ONLY: &[&str] = &["vendor"];

fn emit_client_only(spec: &Path) -> Vec<GeneratedFile> {
    let stem = spec.file_stem().unwrap().to_string_lossy().into_owned();
    let bundle = bundle::bundle_file(spec).expect("fixture bundles");
    let target = Target {
        api_name: stem.clone(),
        spec_display: format!("generator/tests/fixtures/codegen/{stem}.yaml"),
        crate_dir: PathBuf::from("crates/codegen-fixtures"),
        layout: Layout::Client {
            dir: PathBuf::from(format!("crates/codegen-fixtures/src/{stem}_client")),
        },
    };
    codegen::emit(&bundle, &target)
        .unwrap_or_else(|e| panic!("{stem} does not generate: {e}"))
        .files
}

/// Every emitted file of every fixture, in both layouts where both apply.
fn emit_all(spec: &Path) -> Vec<GeneratedFile> {
    let mut files = emit(spec);
    let stem = spec.file_stem().unwrap().to_string_lossy().into_owned();
    if CLIENT_ONLY.contains(&stem.as_str()) {
        files.extend(emit_client_only(spec));
    }
    files
}

#[test]
fn a_client_only_api_gets_no_router_and_no_bundled_spec() {
    let spec = workspace_root().join("generator/tests/fixtures/codegen/vendor.yaml");
    let names: Vec<String> = emit_client_only(&spec)
        .iter()
        .map(|f| f.path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["mod.rs", "model.rs", "port.rs", "client.rs"]);
}

#[test]
fn emitted_code_matches_the_committed_fixtures_crate() {
    let root = workspace_root();
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut stale = Vec::new();
    for spec in fixtures() {
        let files = emit_all(&spec);
        if update {
            generator::output::write_all(&root, &files).expect("writing snapshots");
            continue;
        }
        for file in &files {
            let committed = std::fs::read_to_string(root.join(&file.path)).unwrap_or_default();
            if committed != file.contents {
                let diff = similar::TextDiff::from_lines(&committed, &file.contents);
                stale.push(format!(
                    "{}:\n{}",
                    file.path.display(),
                    diff.unified_diff().context_radius(2)
                ));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "emitted code differs (UPDATE_SNAPSHOTS=1 to accept):\n{}",
        stale.join("\n")
    );
}

#[test]
fn emission_is_deterministic() {
    for spec in fixtures() {
        assert_eq!(emit_all(&spec), emit_all(&spec), "{}", spec.display());
    }
}
