//! What a service needs for gRPC server reflection and health: the encoded descriptors of the
//! packages it serves, and the full names of its services.
//!
//! The descriptors are emitted as a byte-string literal rather than a `.bin` next to the code:
//! every generated file is text, and a literal keeps `generator check` byte-exact and the crate
//! free of build scripts.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use prost::Message as _;
use prost_types::{FileDescriptorProto, FileDescriptorSet};

use super::compile::Compiled;

/// Escaped bytes per line of the literal.
const LINE_WIDTH: usize = 96;

/// The served packages' files and everything they import, dependencies first, without source
/// info (reflection clients need names and types, not comments or spans).
fn served_files(compiled: &Compiled, serves: &[String]) -> Vec<FileDescriptorProto> {
    let mut wanted: BTreeSet<String> = BTreeSet::new();
    let mut pending: Vec<String> = compiled
        .files
        .iter()
        .filter(|f| serves.iter().any(|p| p == f.package()))
        .map(|f| f.name().to_owned())
        .collect();
    while let Some(name) = pending.pop() {
        if !wanted.insert(name.clone()) {
            continue;
        }
        if let Some(file) = compiled.pool.get_file_by_name(&name) {
            pending.extend(file.dependencies().map(|d| d.name().to_owned()));
        }
    }
    // The pool lists files in dependency order, which is what reflection clients expect.
    compiled
        .pool
        .files()
        .filter(|f| wanted.contains(f.name()))
        .map(|f| FileDescriptorProto {
            source_code_info: None,
            ..f.file_descriptor_proto().clone()
        })
        .collect()
}

/// `bytes` as a Rust byte-string literal split over lines with `\` continuations. Whitespace is
/// always escaped, so the continuation (which swallows leading whitespace) never eats data.
fn byte_literal(bytes: &[u8]) -> String {
    let mut out = String::from("b\"\\\n");
    let mut width = 0;
    for &b in bytes {
        let piece = match b {
            b'"' => "\\\"".to_owned(),
            b'\\' => "\\\\".to_owned(),
            0x21..=0x7e => char::from(b).to_string(),
            _ => format!("\\x{b:02x}"),
        };
        if width + piece.len() > LINE_WIDTH {
            out.push_str("\\\n");
            width = 0;
        }
        width += piece.len();
        out.push_str(&piece);
    }
    out.push('"');
    out
}

/// The encoded `FileDescriptorSet` a service serving `serves` offers through reflection.
pub fn encoded_descriptors(compiled: &Compiled, serves: &[String]) -> Vec<u8> {
    FileDescriptorSet {
        file: served_files(compiled, serves),
    }
    .encode_to_vec()
}

/// `bookstore.catalog.v1.BookService`, … for every service of the served packages.
pub fn service_names(compiled: &Compiled, serves: &[String]) -> Vec<String> {
    compiled
        .files
        .iter()
        .filter(|f| serves.iter().any(|p| p == f.package()))
        .flat_map(|f| {
            f.service
                .iter()
                .map(move |s| format!("{}.{}", f.package(), s.name()))
        })
        .collect()
}

/// Rust items for `pb/mod.rs`: `FILE_DESCRIPTOR_SET` and `SERVICE_NAMES`, or nothing when the
/// service serves no package.
pub fn items(compiled: &Compiled, serves: &[String]) -> String {
    if serves.is_empty() {
        return String::new();
    }
    let names = service_names(compiled, serves);
    let encoded = encoded_descriptors(compiled, serves);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "/// The encoded `FileDescriptorSet` of the served packages and their imports, for gRPC \
         server reflection.\npub const FILE_DESCRIPTOR_SET: &[u8] = {};\n",
        byte_literal(&encoded)
    );
    let _ = writeln!(
        out,
        "/// Full names of the served gRPC services, for health reporting.\npub const SERVICE_NAMES: \
         &[&str] = &[{}];",
        names
            .iter()
            .map(|n| format!("{n:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_literals_escape_quotes_backslashes_whitespace_and_control_bytes() {
        assert_eq!(
            byte_literal(b"a\"\\ \n\x00\xff"),
            "b\"\\\na\\\"\\\\\\x20\\x0a\\x00\\xff\""
        );
    }

    /// Undo [`byte_literal`] the way rustc reads it.
    fn unescape(literal: &str) -> Vec<u8> {
        let body = &literal[2..literal.len() - 1];
        let mut out = Vec::new();
        let mut chars = body.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(u8::try_from(c).unwrap());
                continue;
            }
            match chars.next().unwrap() {
                '\n' => {
                    while chars.peek().is_some_and(|c| c.is_whitespace()) {
                        chars.next();
                    }
                }
                'x' => {
                    let hex: String = chars.by_ref().take(2).collect();
                    out.push(u8::from_str_radix(&hex, 16).unwrap());
                }
                other => out.push(u8::try_from(other).unwrap()),
            }
        }
        out
    }

    #[test]
    fn literals_read_back_as_the_same_bytes() {
        let bytes: Vec<u8> = (0..=255u8).cycle().take(1000).collect();
        assert_eq!(unescape(&byte_literal(&bytes)), bytes);
    }

    #[test]
    fn long_literals_wrap_without_splitting_escapes() {
        let literal = byte_literal(&[0u8; 100]);
        for line in literal.lines().skip(1) {
            assert!(
                line.trim_end_matches(['\\', '"']).len() <= LINE_WIDTH,
                "{line}"
            );
            assert_eq!(line.trim_end_matches(['\\', '"']).len() % 4, 0, "{line}");
        }
    }
}
