//! Formatting emitted Rust with `rustfmt --edition 2024`, one process per file, all at once.
//!
//! Generated files must be byte-identical to what `cargo fmt --check` accepts; running the real
//! rustfmt is the only way to guarantee that. The files are formatted in parallel because the
//! process start-up, not the formatting, dominates for files of this size.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::CodegenError;

/// The rustfmt binary: `$RUSTFMT` when set (as cargo sets it), else from `PATH`.
fn rustfmt_binary() -> String {
    std::env::var("RUSTFMT").unwrap_or_else(|_| "rustfmt".to_owned())
}

fn format_one(path: &Path, source: &str) -> Result<String, CodegenError> {
    let fail = |message: String| CodegenError::Format {
        file: path.display().to_string(),
        message,
    };
    let mut child = Command::new(rustfmt_binary())
        .args(["--edition", "2024", "--emit", "stdout", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            fail(format!(
                "cannot start rustfmt ({e}); is the rustfmt component installed?"
            ))
        })?;
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| fail("rustfmt has no stdin".to_owned()))?;
    // Write from another thread: rustfmt may fill its stdout pipe before reading all of stdin.
    let input = source.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child
        .wait_with_output()
        .map_err(|e| fail(format!("rustfmt did not finish: {e}")))?;
    writer
        .join()
        .map_err(|_| fail("writing to rustfmt panicked".to_owned()))?
        .map_err(|e| fail(format!("writing to rustfmt: {e}")))?;
    if !output.status.success() {
        return Err(fail(String::from_utf8_lossy(&output.stderr).into_owned()));
    }
    String::from_utf8(output.stdout).map_err(|e| fail(format!("rustfmt wrote invalid UTF-8: {e}")))
}

/// Format every file; the result keeps the input order.
pub fn format_all(files: &[(PathBuf, String)]) -> Result<Vec<(PathBuf, String)>, CodegenError> {
    std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .iter()
            .map(|(path, source)| scope.spawn(move || format_one(path, source)))
            .collect();
        files
            .iter()
            .zip(handles)
            .map(|((path, _), handle)| {
                let text = handle.join().map_err(|_| CodegenError::Format {
                    file: path.display().to_string(),
                    message: "the formatting thread panicked".to_owned(),
                })??;
                Ok((path.clone(), text))
            })
            .collect()
    })
}
