//! Helpers shared by the generator's integration tests that compare against the reference tools.
// Each test binary compiles this module and uses only some of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

/// The workspace root (the generator crate's parent).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the generator sits in the workspace")
        .to_path_buf()
}

/// A reference CLI pinned in the workspace's `package.json` (`redocly`, `buf`), installed with
/// `npm ci` when missing. Without it a comparison cannot run: a failure on CI (`CI` set), a
/// printed notice and `None` elsewhere.
pub fn node_tool(name: &str) -> Option<PathBuf> {
    // Tests in one binary run in parallel; two `npm ci` at once would trample node_modules.
    static INSTALL: Mutex<()> = Mutex::new(());
    let _guard = INSTALL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let root = workspace_root();
    let bin = root.join("node_modules/.bin").join(name);
    if !bin.is_file() {
        let _ = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&root)
            .status();
    }
    if bin.is_file() {
        return Some(bin);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{name} is missing from node_modules even after `npm ci`"
    );
    eprintln!("notice: {name} is not installed (run `npm ci`); skipping the comparison with it");
    None
}
