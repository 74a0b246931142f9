//! Formatting emitted Rust with `rustfmt --edition 2024`, skipping files whose formatted form is
//! already on disk.
//!
//! Generated files must be byte-identical to what `cargo fmt --check` accepts, and running the
//! real rustfmt is the only way to guarantee that — but it costs tens of milliseconds per file,
//! far more than everything else the generator does. So each file records a fingerprint on its
//! second line: a hash of the unformatted source (with the rustfmt version) and a hash of the
//! formatted text. When the committed file carries the same source hash and its text still
//! matches its output hash (nobody edited it), rustfmt's answer is already known and the file is
//! reused; otherwise rustfmt runs, all files in parallel. The output depends only on the input
//! either way, so it stays byte-identical across runs.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

/// rustfmt could not format one generated file.
#[derive(Debug, thiserror::Error)]
#[error("formatting the generated {file} with rustfmt: {message}")]
pub struct FormatError {
    pub file: String,
    pub message: String,
}

const FINGERPRINT: &str = "// fingerprint: ";

/// The rustfmt binary: `$RUSTFMT` when set; else, under rustup (which exports the active
/// toolchain to everything `cargo run` starts), that toolchain's own binary — going through the
/// rustup proxy on `PATH` costs a second process start per file, about half of rustfmt's time on
/// a generated file; else `rustfmt` from `PATH`.
fn rustfmt_binary() -> String {
    static BINARY: OnceLock<String> = OnceLock::new();
    BINARY
        .get_or_init(|| {
            if let Ok(explicit) = std::env::var("RUSTFMT") {
                return explicit;
            }
            let (Some(home), Some(toolchain)) = (
                std::env::var_os("RUSTUP_HOME"),
                std::env::var_os("RUSTUP_TOOLCHAIN"),
            ) else {
                return "rustfmt".to_owned();
            };
            let direct = Path::new(&home)
                .join("toolchains")
                .join(toolchain)
                .join("bin")
                .join("rustfmt");
            if direct.is_file() {
                direct.display().to_string()
            } else {
                "rustfmt".to_owned()
            }
        })
        .clone()
}

/// What decides rustfmt's output, part of every fingerprint so a new rustfmt reformats
/// everything: the pinned toolchain file of the workspace when there is one (reading it is far
/// cheaper than starting rustfmt through the rustup proxy), else `rustfmt --version`.
pub fn formatter_identity(root: Option<&Path>) -> String {
    if std::env::var_os("RUSTFMT").is_none()
        && let Some(root) = root
    {
        for name in ["rust-toolchain.toml", "rust-toolchain"] {
            if let Ok(text) = std::fs::read_to_string(root.join(name)) {
                return format!("toolchain file: {text}");
            }
        }
    }
    rustfmt_version().to_owned()
}

/// `rustfmt --version`.
fn rustfmt_version() -> &'static str {
    static VERSION: OnceLock<String> = OnceLock::new();
    VERSION.get_or_init(|| {
        Command::new(rustfmt_binary())
            .arg("--version")
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
            .unwrap_or_default()
    })
}

/// 64-bit FNV-1a: tiny, stable across Rust releases (unlike `DefaultHasher`), and collisions
/// only cost a skipped reformat of a file whose source also changed in a colliding way.
fn fnv1a(parts: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain([0xff]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    hash
}

/// `text` with its fingerprint line (the second line) removed, and that line's value.
fn split_fingerprint(text: &str) -> Option<(String, &str)> {
    let (first, rest) = text.split_once('\n')?;
    let (second, rest) = rest.split_once('\n')?;
    let value = second.strip_prefix(FINGERPRINT)?;
    Some((format!("{first}\n{rest}"), value))
}

/// Insert the fingerprint after the first line (the "generated from" header).
fn with_fingerprint(formatted: &str, source_hash: u64) -> String {
    let output_hash = fnv1a(&[formatted]);
    match formatted.split_once('\n') {
        Some((first, rest)) => {
            format!("{first}\n{FINGERPRINT}{source_hash:016x}-{output_hash:016x}\n{rest}")
        }
        None => formatted.to_owned(),
    }
}

/// The committed text, when it is the formatted form of a source with `source_hash`.
fn reusable(previous: Option<&str>, source_hash: u64) -> Option<String> {
    let (body, value) = split_fingerprint(previous?)?;
    let (source, output) = value.split_once('-')?;
    let expected_output = format!("{:016x}", fnv1a(&[&body]));
    (source == format!("{source_hash:016x}") && output == expected_output)
        .then(|| previous.map(str::to_owned))
        .flatten()
}

fn format_one(path: &Path, source: &str) -> Result<String, FormatError> {
    let fail = |message: String| FormatError {
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

/// Format every file (`previous` reads what is on disk, if anything); the result keeps the
/// input order and carries fingerprints.
pub fn format_all(
    files: &[(PathBuf, String)],
    identity: &str,
    previous: &(dyn Fn(&Path) -> Option<String> + Sync),
) -> Result<Vec<(PathBuf, String)>, FormatError> {
    let version = identity;
    std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .iter()
            .map(|(path, source)| {
                scope.spawn(move || {
                    let source_hash = fnv1a(&[version, source]);
                    if let Some(text) = reusable(previous(path).as_deref(), source_hash) {
                        return Ok(text);
                    }
                    format_one(path, source).map(|f| with_fingerprint(&f, source_hash))
                })
            })
            .collect();
        files
            .iter()
            .zip(handles)
            .map(|((path, _), handle)| {
                let text = handle.join().map_err(|_| FormatError {
                    file: path.display().to_string(),
                    message: "the formatting thread panicked".to_owned(),
                })??;
                Ok((path.clone(), text))
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fingerprinted_file_is_reused_only_while_untouched() {
        let formatted = "// header\nfn main() {}\n";
        let text = with_fingerprint(formatted, 42);
        assert!(text.starts_with("// header\n// fingerprint: 000000000000002a-"));
        assert_eq!(reusable(Some(&text), 42).as_deref(), Some(text.as_str()));
        assert_eq!(reusable(Some(&text), 43), None, "another source");
        let edited = text.replace("main", "main2");
        assert_eq!(reusable(Some(&edited), 42), None, "hand-edited");
        assert_eq!(reusable(None, 42), None);
    }
}
