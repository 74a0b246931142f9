//! Running `rustfmt` over emitted Rust, so generated files pass `cargo fmt --check` as committed.
//!
//! rustfmt's start-up dominates its run time on generated code, so every file is formatted by a
//! single rustfmt process working on a scratch folder.

use std::process::Command;

use anyhow::{Context, bail};

/// Format every source with the workspace's edition; the result keeps the input order.
pub fn format_all(sources: &[String]) -> anyhow::Result<Vec<String>> {
    if sources.is_empty() {
        return Ok(Vec::new());
    }
    let scratch = tempfile::tempdir().context("creating a scratch folder for rustfmt")?;
    let paths: Vec<_> = (0..sources.len())
        .map(|i| scratch.path().join(format!("generated_{i}.rs")))
        .collect();
    for (path, source) in paths.iter().zip(sources) {
        std::fs::write(path, source).with_context(|| format!("writing {}", path.display()))?;
    }
    // `$RUSTFMT` when set (cargo and rustup set it), else the one on `PATH`.
    let rustfmt = std::env::var("RUSTFMT").unwrap_or_else(|_| "rustfmt".to_owned());
    let output = Command::new(rustfmt)
        .args(["--edition", "2024", "--quiet"])
        .args(&paths)
        .output()
        .context("running rustfmt (install it with `rustup component add rustfmt`)")?;
    if !output.status.success() {
        bail!(
            "rustfmt rejected generated code: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    paths
        .iter()
        .map(|path| {
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_come_back_formatted_in_order() {
        let formatted = format_all(&["fn a(){}".to_owned(), "struct B{x:u8}".to_owned()]).unwrap();
        assert_eq!(
            formatted,
            vec!["fn a() {}\n", "struct B {\n    x: u8,\n}\n"]
        );
    }
}
