//! Rust identifiers from spec names: case conversion, keyword escaping and de-duplication.
//!
//! Specs from the wild repeat names (two schemas that PascalCase alike, a parameter and a body
//! field both called `id`); [`Namespace`] hands out a stable, unique name in declaration order
//! instead of failing.

use std::collections::BTreeSet;

use heck::{ToPascalCase, ToSnakeCase};

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// Keep only characters valid in an identifier, so heck sees word boundaries, not punctuation.
fn words(raw: &str) -> String {
    raw.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect()
}

/// `snake_case`, never empty, never a keyword, never starting with a digit.
pub fn snake(raw: &str) -> String {
    let mut name = words(raw).to_snake_case();
    if name.is_empty() {
        name = "value".to_owned();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, '_');
    }
    if KEYWORDS.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// `PascalCase`, never empty, never a keyword, never starting with a digit.
pub fn pascal(raw: &str) -> String {
    let mut name = words(raw).to_pascal_case();
    if name.is_empty() {
        name = "Value".to_owned();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'V');
    }
    if KEYWORDS.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// Names already taken in one Rust namespace.
#[derive(Debug, Default, Clone)]
pub struct Namespace {
    taken: BTreeSet<String>,
}

impl Namespace {
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Self {
            taken: reserved.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    /// `wanted`, or `wanted2`, `wanted3`… — the first that is free; the result is then taken.
    pub fn claim(&mut self, wanted: &str) -> String {
        let mut candidate = wanted.to_owned();
        let mut n = 2;
        while self.taken.contains(&candidate) {
            candidate = format!("{wanted}{n}");
            n += 1;
        }
        self.taken.insert(candidate.clone());
        candidate
    }
}

/// A name synthesised from method and path for operations without an `operationId`
/// (`GET /pets/{petId}/toys` → `getPetsPetIdToys`).
pub fn operation_name(method: &str, path: &str) -> String {
    let mut raw = method.to_owned();
    for segment in path.split('/') {
        let segment = segment.trim_start_matches('{').trim_end_matches('}');
        raw.push(' ');
        raw.push_str(segment);
    }
    words(&raw).to_snake_case()
}

/// Escape a JSON pointer token (`~` → `~0`, `/` → `~1`).
pub fn pointer_token(raw: &str) -> String {
    raw.replace('~', "~0").replace('/', "~1")
}

/// A Rust string literal for `raw` (quotes and escapes included).
pub fn str_lit(raw: &str) -> String {
    format!("{raw:?}")
}

/// `raw` made safe inside a `format!` string literal body (braces doubled, escapes applied).
pub fn format_body(raw: &str) -> String {
    let lit = str_lit(raw);
    lit[1..lit.len() - 1].replace('{', "{{").replace('}', "}}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_are_cased_and_escaped() {
        assert_eq!(snake("categoryId"), "category_id");
        assert_eq!(snake("type"), "type_");
        assert_eq!(snake("2fa"), "_2fa");
        assert_eq!(pascal("book-page"), "BookPage");
        assert_eq!(pascal("self"), "Self_");
        assert_eq!(pascal(""), "Value");
    }

    #[test]
    fn repeated_names_get_a_suffix() {
        let mut ns = Namespace::default();
        assert_eq!(ns.claim("Pet"), "Pet");
        assert_eq!(ns.claim("Pet"), "Pet2");
        assert_eq!(ns.claim("Pet"), "Pet3");
    }

    #[test]
    fn operations_without_id_are_named_from_method_and_path() {
        assert_eq!(
            operation_name("get", "/pets/{petId}/toys"),
            "get_pets_pet_id_toys"
        );
    }
}
