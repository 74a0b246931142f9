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

#[test]
fn emitted_code_matches_the_committed_fixtures_crate() {
    let root = workspace_root();
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut stale = Vec::new();
    for spec in fixtures() {
        let files = emit(&spec);
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
        assert_eq!(emit(&spec), emit(&spec), "{}", spec.display());
    }
}
