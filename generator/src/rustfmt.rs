//! Formatting emitted Rust: with `rustfmt --edition 2024` for files committed to this workspace
//! (skipping those whose formatted form is already on disk), with an in-process layout pass for
//! standalone crates.
//!
//! Files committed here must be byte-identical to what `cargo fmt --check` accepts, and running
//! the real rustfmt is the only way to guarantee that: no other formatter (prettyplease included,
//! which breaks expressions, `where` clauses and attribute lists its own way) produces what
//! rustfmt keeps. But rustfmt costs tens of milliseconds per file, far more than everything else
//! the generator does. So each file records a fingerprint on its second line: a hash of the
//! unformatted source (with the rustfmt version) and a hash of the formatted text. When the
//! committed file carries the same source hash and its text still matches its output hash
//! (nobody edited it), rustfmt's answer is already known and the file is reused; otherwise
//! rustfmt runs, all files in parallel. The output depends only on the input either way, so it
//! stays byte-identical across runs.
//!
//! A standalone crate (`generator crate`) goes to a folder of the caller's choosing: it has no
//! formatted copy to reuse, nobody checks it against rustfmt, and on a vendor spec of a few hundred
//! operations rustfmt was most of the run. There [`format_in_process`] fixes indentation in one
//! linear pass instead (see there for what it leaves to `cargo fmt`).

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

/// The module file that declares `path` with `mod x;` (`dir/mod.rs` or `dir/lib.rs` for
/// `dir/x.rs`), when `path` is not itself a module root.
fn parent_module(path: &Path) -> [PathBuf; 2] {
    let dir = path.parent().unwrap_or(Path::new(""));
    [dir.join("mod.rs"), dir.join("lib.rs")]
}

fn is_module_root(path: &Path) -> bool {
    matches!(
        path.file_name().and_then(|n| n.to_str()),
        Some("mod.rs" | "lib.rs" | "main.rs")
    )
}

/// Format the files marked `stale` in place, as few rustfmt processes as there are cores:
/// starting rustfmt costs about as much as formatting a large generated file, so one process per
/// file would double the cold-generation time.
///
/// rustfmt follows `mod x;` declarations, so the files are laid out in a scratch folder at their
/// real relative paths (current ones too, since a module file needs its children present) and
/// rustfmt is given only the files no other file declares: it reaches the rest through them.
fn format_stale(texts: &mut [(PathBuf, String)], stale: &[bool]) -> Result<(), FormatError> {
    let fail = |file: &Path, message: String| FormatError {
        file: file.display().to_string(),
        message,
    };
    let Some(first) = texts
        .iter()
        .zip(stale)
        .find(|(_, s)| **s)
        .map(|(t, _)| t.0.clone())
    else {
        return Ok(());
    };
    let scratch = tempfile::tempdir()
        .map_err(|e| fail(&first, format!("cannot create a scratch folder: {e}")))?;
    for (path, text) in texts.iter() {
        let copy = scratch.path().join(path);
        if let Some(dir) = copy.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| fail(path, format!("cannot create a scratch folder: {e}")))?;
        }
        std::fs::write(&copy, text)
            .map_err(|e| fail(path, format!("cannot write a scratch copy: {e}")))?;
    }
    let present: std::collections::BTreeSet<&Path> =
        texts.iter().map(|(p, _)| p.as_path()).collect();
    let top_of = |path: &Path| -> PathBuf {
        let mut current = path.to_path_buf();
        // Generated trees are shallow; the bound only guards against a cycle of module files.
        for _ in 0..16 {
            // A module root is declared by the module file one folder up (if generated too); any
            // other file by its folder's `mod.rs`/`lib.rs`.
            let parent = if is_module_root(&current) {
                current.parent().and_then(|dir| {
                    let up = dir.parent()?;
                    let name = dir.file_name()?.to_str()?;
                    [
                        up.join("mod.rs"),
                        up.join("lib.rs"),
                        up.join(format!("{name}.rs")),
                    ]
                    .into_iter()
                    .find(|candidate| present.contains(candidate.as_path()))
                })
            } else {
                parent_module(&current)
                    .into_iter()
                    .find(|candidate| present.contains(candidate.as_path()))
            };
            match parent {
                Some(parent) => current = parent,
                None => break,
            }
        }
        current
    };
    let tops: std::collections::BTreeSet<PathBuf> = texts
        .iter()
        .zip(stale)
        .filter(|(_, s)| **s)
        .map(|((path, _), _)| top_of(path))
        .collect();
    let tops: Vec<PathBuf> = tops.into_iter().collect();
    let processes = std::thread::available_parallelism().map_or(1, usize::from);
    let share = tops.len().div_ceil(processes).max(1);
    let mut children = Vec::new();
    for chunk in tops.chunks(share) {
        let child = Command::new(rustfmt_binary())
            .args(["--edition", "2024", "--quiet"])
            .args(chunk.iter().map(|top| scratch.path().join(top)))
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| {
                fail(
                    &chunk[0],
                    format!("cannot start rustfmt ({e}); is the rustfmt component installed?"),
                )
            })?;
        children.push((chunk, child));
    }
    for (chunk, child) in children {
        let output = child
            .wait_with_output()
            .map_err(|e| fail(&chunk[0], format!("rustfmt did not finish: {e}")))?;
        if !output.status.success() {
            // Name the generated files, not their scratch copies.
            let message = String::from_utf8_lossy(&output.stderr)
                .replace(&format!("{}/", scratch.path().display()), "");
            return Err(fail(&chunk[0], message));
        }
    }
    for ((path, text), is_stale) in texts.iter_mut().zip(stale) {
        if *is_stale {
            *text = std::fs::read_to_string(scratch.path().join(&*path))
                .map_err(|e| fail(path, format!("cannot read rustfmt's output: {e}")))?;
        }
    }
    Ok(())
}

/// Format every file (`previous` reads what is on disk, if anything); the result keeps the
/// input order and carries fingerprints. Files whose fingerprint shows they are current are
/// reused as they are.
pub fn format_all(
    files: &[(PathBuf, String)],
    identity: &str,
    previous: &(dyn Fn(&Path) -> Option<String> + Sync),
) -> Result<Vec<(PathBuf, String)>, FormatError> {
    let hashes: Vec<u64> = files
        .iter()
        .map(|(_, source)| fnv1a(&[identity, source]))
        .collect();
    let mut stale = Vec::with_capacity(files.len());
    let mut texts: Vec<(PathBuf, String)> = files
        .iter()
        .zip(&hashes)
        .map(|((path, source), hash)| {
            let current = reusable(previous(path).as_deref(), *hash);
            stale.push(current.is_none());
            (path.clone(), current.unwrap_or_else(|| source.clone()))
        })
        .collect();
    format_stale(&mut texts, &stale)?;
    for (((_, text), hash), is_stale) in texts.iter_mut().zip(&hashes).zip(&stale) {
        if *is_stale {
            *text = with_fingerprint(text, *hash);
        }
    }
    Ok(texts)
}

/// Lay out generated files in process: every line re-indented by its bracket depth, trailing
/// whitespace and runs of blank lines removed. One linear pass, no parsing: the 5 MB crate of the
/// OpenAI spec takes about 20 ms, where rustfmt took 3.4 s and syn + prettyplease (tried first)
/// 1.6 s — either would be 80–90% of the run.
///
/// The templates already break lines where rustfmt would for all but long signatures, literals
/// and attribute lists; what they cannot get right is indentation, because a template's own
/// nesting is not the output's (a field's doc comment comes from one helper, its attribute from
/// another). So this fixes indentation and leaves line breaks alone: the result is consistently
/// indented, keeps every comment and blank line between items, and has some lines longer than
/// rustfmt's 100 columns — `cargo fmt` in the generated crate finishes the job for whoever wants
/// it. The output depends only on the input, so it is byte-identical across runs.
pub fn format_in_process(files: &[(PathBuf, String)]) -> Vec<(PathBuf, String)> {
    files
        .iter()
        .map(|(path, source)| (path.clone(), reindent(source)))
        .collect()
}

/// Where the scanner is at the end of a line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lexed {
    Code,
    /// Inside a string literal; the `#`s that close a raw one (`None` for a cooked one).
    Str(Option<usize>),
    /// Inside `/* */`, nested this deep.
    Block(usize),
}

/// Indentation from bracket depth; see [`format_in_process`].
fn reindent(source: &str) -> String {
    const INDENT: &str = "    ";
    let mut out = String::with_capacity(source.len() + source.len() / 8);
    let mut depth: usize = 0;
    let mut state = Lexed::Code;
    // A blank line is written only once the next line shows it is not just inside a bracket.
    let mut pending_blank = false;
    let mut after_opener = true;
    for line in source.lines() {
        if let Lexed::Str(_) = state {
            // Inside a multi-line string literal the whitespace is the string's: keep it.
            out.push_str(line);
            out.push('\n');
            state = scan(line, state, &mut depth);
            continue;
        }
        let text = line.trim();
        if text.is_empty() {
            pending_blank = true;
            continue;
        }
        let closers = text
            .bytes()
            .take_while(|b| matches!(b, b')' | b']' | b'}'))
            .count();
        if pending_blank && !after_opener && closers == 0 {
            out.push('\n');
        }
        pending_blank = false;
        let mut level = depth.saturating_sub(closers);
        // A method chain or an operator continuing the previous line.
        if state == Lexed::Code
            && (text.starts_with('.') && !text.starts_with("..")
                || text.starts_with("&& ")
                || text.starts_with("|| "))
        {
            level += 1;
        }
        if let Lexed::Block(_) = state {
            // Inside a block comment: keep its own alignment relative to the code.
            out.push_str(&INDENT.repeat(level));
            out.push(' ');
        } else {
            out.push_str(&INDENT.repeat(level));
        }
        out.push_str(text);
        out.push('\n');
        state = scan(text, state, &mut depth);
        after_opener = state == Lexed::Code && text.ends_with(['{', '(', '[']);
    }
    out
}

/// Scan one line from `state`, tracking the bracket depth outside literals and comments.
fn scan(line: &str, mut state: Lexed, depth: &mut usize) -> Lexed {
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match state {
            Lexed::Str(raw) => {
                match (bytes[i], raw) {
                    (b'\\', None) => i += 1,
                    (b'"', None) => state = Lexed::Code,
                    (b'"', Some(hashes)) => {
                        let closing = bytes[i + 1..].iter().take_while(|b| **b == b'#').count();
                        if closing >= hashes {
                            state = Lexed::Code;
                            i += hashes;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            Lexed::Block(nesting) => {
                if bytes[i..].starts_with(b"*/") {
                    state = if nesting == 1 {
                        Lexed::Code
                    } else {
                        Lexed::Block(nesting - 1)
                    };
                    i += 2;
                } else if bytes[i..].starts_with(b"/*") {
                    state = Lexed::Block(nesting + 1);
                    i += 2;
                } else {
                    i += 1;
                }
            }
            Lexed::Code => {
                let b = bytes[i];
                match b {
                    b'/' if bytes.get(i + 1) == Some(&b'/') => return state,
                    b'/' if bytes.get(i + 1) == Some(&b'*') => {
                        state = Lexed::Block(1);
                        i += 2;
                        continue;
                    }
                    b'"' => state = Lexed::Str(None),
                    b'r' | b'b' if i == 0 || !is_ident(bytes[i - 1]) => {
                        // r"..", r#".."#, br".."; b".." is a cooked string.
                        let after_b = if b == b'b' { i + 1 } else { i };
                        if b == b'b' && bytes.get(i + 1) == Some(&b'"') {
                            state = Lexed::Str(None);
                            i += 2;
                            continue;
                        }
                        if bytes.get(after_b) == Some(&b'r') {
                            let hashes = bytes[after_b + 1..]
                                .iter()
                                .take_while(|c| **c == b'#')
                                .count();
                            if bytes.get(after_b + 1 + hashes) == Some(&b'"') {
                                state = Lexed::Str(Some(hashes));
                                i = after_b + hashes + 2;
                                continue;
                            }
                        }
                    }
                    b'\'' => {
                        // A char literal ('a', '\n', '{') or a lifetime ('a): only the
                        // literal is skipped, so a quoted bracket is not counted.
                        if bytes.get(i + 1) == Some(&b'\\') {
                            // '\n', '\'', '\u{7b}': the escaped character, then the quote.
                            if let Some(end) = bytes
                                .get(i + 3..)
                                .and_then(|rest| rest.iter().position(|c| *c == b'\''))
                            {
                                i += end + 4;
                                continue;
                            }
                        } else if let Some(c) = line[i + 1..].chars().next()
                            && line[i + 1 + c.len_utf8()..].starts_with('\'')
                        {
                            i += 2 + c.len_utf8();
                            continue;
                        }
                    }
                    b'(' | b'[' | b'{' => *depth += 1,
                    b')' | b']' | b'}' => *depth = depth.saturating_sub(1),
                    _ => {}
                }
                i += 1;
            }
        }
    }
    state
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_module_tree_is_formatted_together_and_current_children_are_kept() {
        let files = vec![
            (
                PathBuf::from("api/mod.rs"),
                "// header\npub mod model;\npub mod port;\n".to_owned(),
            ),
            (
                PathBuf::from("api/model.rs"),
                "// header\nstruct A{x:u8}\n".to_owned(),
            ),
            (
                PathBuf::from("api/port.rs"),
                "// header\nfn f(){}\n".to_owned(),
            ),
            (
                PathBuf::from("pb/a.rs"),
                "// header\nfn g( ){}\n".to_owned(),
            ),
        ];
        let first = format_all(&files, "test", &|_| None).unwrap();
        assert!(
            first[1].1.ends_with("struct A {\n    x: u8,\n}\n"),
            "{}",
            first[1].1
        );
        assert!(first[3].1.ends_with("fn g() {}\n"));
        assert!(
            first
                .iter()
                .all(|(_, text)| text.lines().nth(1).unwrap().starts_with(FINGERPRINT))
        );

        // Only the port changes: the others are reused byte for byte.
        let mut changed = files.clone();
        changed[2].1 = "// header\nfn f( x:u8 ){}\n".to_owned();
        let on_disk = |path: &Path| {
            first
                .iter()
                .find(|(p, _)| p == path)
                .map(|(_, t)| t.clone())
        };
        let second = format_all(&changed, "test", &on_disk).unwrap();
        assert_eq!(second[1], first[1]);
        assert!(second[2].1.ends_with("fn f(x: u8) {}\n"), "{}", second[2].1);
    }

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

    #[test]
    fn in_process_layout_indents_by_bracket_depth() {
        let source = "// header\n//! Module docs.\n\n\n/// A pet.\npub struct Pet {\n/// Its name.\n  pub name: String,\n\n}\n\nfn f() {\nlet x = g(a,\nb);   \nmatch x {\n'{' => h(\"}\"),\n_ => {}\n}\nlet s = \"line one\n  line two {\";\nlet r = r#\"raw \" {\n\"#;\nlet c = x\n.len();\n}\n";
        let files = vec![(PathBuf::from("src/model.rs"), source.to_owned())];
        let laid_out = format_in_process(&files);
        assert_eq!(
            laid_out[0].1,
            "// header\n//! Module docs.\n\n/// A pet.\npub struct Pet {\n    /// Its name.\n    pub name: String,\n}\n\nfn f() {\n    let x = g(a,\n        b);\n    match x {\n        '{' => h(\"}\"),\n        _ => {}\n    }\n    let s = \"line one\n  line two {\";\n    let r = r#\"raw \" {\n\"#;\n    let c = x\n        .len();\n}\n"
        );
    }

    #[test]
    fn in_process_layout_ignores_brackets_in_comments_and_lifetimes() {
        let source = "/* { ( */\nfn f<'a>(x: &'a str) -> &'a str {\n// }\nlet q = ['\\'', '\\u{7b}', b'('];\nx\n}\n";
        let laid_out = reindent(source);
        assert_eq!(
            laid_out,
            "/* { ( */\nfn f<'a>(x: &'a str) -> &'a str {\n    // }\n    let q = ['\\'', '\\u{7b}', b'('];\n    x\n}\n"
        );
    }
}
