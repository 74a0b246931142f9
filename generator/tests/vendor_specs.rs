//! `generator crate` on real vendor specs nobody here wrote (see `fixtures/vendor/README.md`):
//! hundreds of operations, most without an `operationId`, inline schemas, several request media
//! types per operation, `allOf`s of every shape, OpenAPI 3.0 and 3.1.
//!
//! Each spec must give a crate that `cargo check`s, the same bytes on a second run, and a warning
//! naming a JSON pointer of the spec for everything it had to degrade — never a panic or an
//! error. The crates are checked one after the other in one test, sharing a target folder under
//! this workspace's (`<target>/vendor-specs/`), so their dependencies build once.

// Helpers outside #[test] functions: a panic is the failure report here too.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

struct Vendor {
    /// `fixtures/vendor/<name>.yaml.gz`.
    name: &'static str,
    /// Operations in the spec: each becomes one method of the port trait.
    operations: usize,
}

const VENDORS: &[Vendor] = &[
    Vendor {
        name: "blockfrost",
        operations: 129,
    },
    Vendor {
        name: "openai",
        operations: 271,
    },
];

fn generator() -> &'static str {
    env!("CARGO_BIN_EXE_generator")
}

/// The cargo target folder this test binary was built into.
fn target_dir() -> PathBuf {
    // <target>/debug/generator
    Path::new(generator())
        .parent()
        .and_then(Path::parent)
        .expect("the generator binary sits in <target>/<profile>/")
        .to_path_buf()
}

/// The spec of `vendor`, decompressed into `dir`.
fn unpack(vendor: &Vendor, dir: &Path) -> PathBuf {
    let packed = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/vendor")
        .join(format!("{}.yaml.gz", vendor.name));
    let output = Command::new("gzip")
        .arg("-dc")
        .arg(&packed)
        .output()
        .expect("gzip runs");
    assert!(output.status.success(), "gzip -dc {}", packed.display());
    let spec = dir.join(format!("{}.yaml", vendor.name));
    std::fs::write(&spec, output.stdout).unwrap();
    spec
}

/// Run `generator crate`, returning its stderr; fails on any exit but success.
fn generate(spec: &Path, out: &Path) -> String {
    let output = Command::new(generator())
        .arg("crate")
        .arg(spec)
        .arg("--out")
        .arg(out)
        .output()
        .expect("the generator runs");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(
        output.status.success(),
        "generator crate {} failed:\n{stderr}",
        spec.display()
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

/// Every file under `dir`, by relative path.
fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let relative = path.strip_prefix(root).unwrap().to_path_buf();
                out.insert(relative, std::fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// The warnings of a run: `<spec>: warning: <pointer>: <message>`, as (pointer, message).
fn warnings(stderr: &str) -> Vec<(String, String)> {
    stderr
        .lines()
        .filter_map(|line| line.split_once(": warning: "))
        .map(|(_, rest)| {
            let (pointer, message) = rest.split_once(": ").expect("pointer: message");
            (pointer.to_owned(), message.to_owned())
        })
        .collect()
}

fn cargo_check(crate_dir: &Path, target: &Path) {
    // The workspace's lock file: the same dependency versions as the workspace, all already
    // downloaded, so the check needs no network.
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    std::fs::copy(workspace.join("Cargo.lock"), crate_dir.join("Cargo.lock")).unwrap();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        // Inside the workspace's target folder, so rustup picks the pinned toolchain.
        .current_dir(crate_dir)
        .args(["check", "--offline", "--quiet", "--message-format=short"])
        .env("CARGO_TARGET_DIR", target)
        // Flags meant for the workspace (say `-D warnings`) are not the generated crate's.
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "the crate generated in {} does not build:\n{}",
        crate_dir.display(),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn vendor_specs_become_crates_that_build_the_same_every_time() {
    let root = target_dir().join("vendor-specs");
    let scratch = tempfile::tempdir().unwrap();
    for vendor in VENDORS {
        // At a fixed path: the path is in every generated file's header, so a crate generated
        // from a fresh temporary copy would differ on each test run and be checked again.
        std::fs::create_dir_all(&root).unwrap();
        let spec = unpack(vendor, &root);
        // Kept between test runs: the generator rewrites only files whose contents changed, so an
        // unchanged crate is not checked again. A file left over from an older run shows up as a
        // difference from the second, fresh output.
        let crate_dir = root.join(vendor.name);
        let first = generate(&spec, &crate_dir);
        let again = scratch.path().join(format!("{}-again", vendor.name));
        let second = generate(&spec, &again);

        let (mut a, b) = (files(&crate_dir), files(&again));
        // Copied in by `cargo_check`, not generated.
        a.remove(Path::new("Cargo.lock"));
        assert_eq!(
            a.keys().collect::<Vec<_>>(),
            b.keys().collect::<Vec<_>>(),
            "{}: the same files on both runs",
            vendor.name
        );
        for (path, bytes) in &a {
            assert!(
                b[path] == *bytes,
                "{}: {} differs between two runs",
                vendor.name,
                path.display()
            );
        }
        assert_eq!(warnings(&first), warnings(&second), "{}", vendor.name);

        // Every warning names a pointer into the spec as generated (the bundled document).
        let bundled: serde_json::Value =
            serde_json::from_slice(&a[Path::new("src/openapi.json")]).unwrap();
        for (pointer, message) in warnings(&first) {
            let at = pointer.strip_prefix('#').expect("a URI fragment");
            assert!(
                bundled.pointer(at).is_some(),
                "{}: `{pointer}` ({message}) is not a pointer into the spec",
                vendor.name
            );
        }

        let port = String::from_utf8(a[Path::new("src/port.rs")].clone()).unwrap();
        let start = port.find("\npub trait ").expect("the port trait");
        let end = start + port[start..].find("\n}\n").expect("the trait's end");
        let methods = port[start..end]
            .lines()
            .filter(|l| l.starts_with("    fn "))
            .count();
        assert_eq!(
            methods, vendor.operations,
            "{}: one port method per operation",
            vendor.name
        );
    }
    let target = root.join("target");
    for vendor in VENDORS {
        cargo_check(&root.join(vendor.name), &target);
    }
}
