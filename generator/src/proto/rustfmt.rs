//! Running `rustfmt` over emitted Rust, so generated files pass `cargo fmt --check` as committed.
//!
//! rustfmt's start-up is a large part of its run time on generated code, so the files are written
//! to a scratch folder and formatted by one rustfmt process per core, each taking a share.

use std::process::{Command, Stdio};

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
    let processes = std::thread::available_parallelism().map_or(1, usize::from);
    let share = paths.len().div_ceil(processes);
    let children = paths
        .chunks(share)
        .map(|chunk| {
            Command::new(&rustfmt)
                .args(["--edition", "2024", "--quiet"])
                .args(chunk)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .context("running rustfmt (install it with `rustup component add rustfmt`)")
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    for child in children {
        let output = child.wait_with_output().context("waiting for rustfmt")?;
        if !output.status.success() {
            bail!(
                "rustfmt rejected generated code: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
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
