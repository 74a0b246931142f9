//! Rules on the path templates: `no-identical-paths`, `no-ambiguous-paths`,
//! `no-path-trailing-slash`, `path-not-include-query`, `path-declaration-must-exist` and
//! `path-parameters-defined`.

use std::collections::HashMap;

use serde_json::Value;

use super::context::Context;
use crate::diagnostics::Diagnostic;
use crate::yaml::escape_token;

/// The `{name}`s of a path template, in order.
pub fn template_params(path: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        out.push(&rest[start + 1..start + len]);
        rest = &rest[start + len + 1..];
    }
    out
}

fn paths<'a>(cx: &Context<'a>) -> Vec<&'a str> {
    cx.doc
        .get("paths")
        .and_then(Value::as_object)
        .map(|p| {
            p.keys()
                .filter(|k| !k.starts_with("x-"))
                .map(String::as_str)
                .collect()
        })
        .unwrap_or_default()
}

fn pointer(path: &str) -> String {
    format!("/paths/{}", escape_token(path))
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let all = paths(cx);
    let mut shapes: HashMap<String, &str> = HashMap::new();
    for (i, path) in all.iter().enumerate() {
        let at = pointer(path);
        if path.ends_with('/') && *path != "/" {
            out.push(cx.error(
                "no-path-trailing-slash",
                &at,
                format!("`{path}` should not have a trailing slash"),
                format!("rename it to `{}`", path.trim_end_matches('/')),
            ));
        }
        if path.contains('?') {
            out.push(cx.error(
                "path-not-include-query",
                &at,
                format!("`{path}` includes a query string"),
                "declare query parameters with `in: query` instead",
            ));
        }
        if path.contains("{}") {
            out.push(cx.error(
                "path-declaration-must-exist",
                &at,
                format!("`{path}` has an empty path parameter `{{}}`"),
                "name the parameter, e.g. `{id}`",
            ));
        }
        let shape = normalized(path);
        if let Some(first) = shapes.get(&shape) {
            out.push(cx.error(
                "no-identical-paths",
                &at,
                format!("`{path}` is identical to `{first}` except for parameter names"),
                "merge the two paths into one and use one parameter name",
            ));
        } else {
            shapes.insert(shape, path);
        }
        for other in &all[..i] {
            if ambiguous(path, other) {
                out.push(cx.warning_at_key(
                    "no-ambiguous-paths",
                    &at,
                    format!("`{path}` is ambiguous with `{other}`: a request can match both"),
                    "make a literal segment distinguish them, e.g. `/books/by-isbn/{isbn}`",
                ));
            }
        }
    }
    parameters_defined(cx, out);
}

fn normalized(path: &str) -> String {
    path.split('/')
        .map(|segment| if is_template(segment) { "{}" } else { segment })
        .collect::<Vec<_>>()
        .join("/")
}

fn is_template(segment: &str) -> bool {
    segment.len() > 2 && segment.starts_with('{') && segment.ends_with('}')
}

/// Redocly's definition: same length, literal segments equal wherever both are literal, and the
/// same number of templated segments (so identical templates are ambiguous too).
fn ambiguous(a: &str, b: &str) -> bool {
    let (pa, pb): (Vec<_>, Vec<_>) = (a.split('/').collect(), b.split('/').collect());
    if pa.len() != pb.len() {
        return false;
    }
    let (mut va, mut vb) = (0, 0);
    for (x, y) in pa.iter().zip(&pb) {
        let (tx, ty) = (is_template(x), is_template(y));
        va += usize::from(tx);
        vb += usize::from(ty);
        if !tx && !ty && x != y {
            return false;
        }
    }
    va == vb
}

/// `path-parameters-defined`: each `{name}` is declared `in: path`, each declared path parameter
/// appears in the template, and no name repeats.
fn parameters_defined(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    const RULE: &str = "path-parameters-defined";
    for op in &cx.operations {
        let template = template_params(op.path);
        for (i, name) in template.iter().enumerate() {
            if template[..i].contains(name) {
                out.push(cx.error(
                    RULE,
                    &pointer(op.path),
                    format!("path parameter `{{{name}}}` appears twice in `{}`", op.path),
                    "give each path parameter its own name",
                ));
            }
        }
        let declared: Vec<(&str, String)> = cx
            .parameters(op)
            .into_iter()
            .filter(|(p, _)| p.get("in").and_then(Value::as_str) == Some("path"))
            .filter_map(|(p, at)| p.get("name").and_then(Value::as_str).map(|n| (n, at)))
            .collect();
        for name in &template {
            if !name.is_empty() && !declared.iter().any(|(d, _)| d == name) {
                out.push(cx.error(
                    RULE,
                    &op.pointer,
                    format!("{} `{}` does not define the path parameter `{{{name}}}`", op.method.to_uppercase(), op.path),
                    format!("add `{{name: {name}, in: path, required: true, schema: {{type: string}}}}` to the path item's or the operation's `parameters`"),
                ));
            }
        }
        for (name, at) in &declared {
            if !template.contains(name) {
                out.push(cx.error(
                    RULE,
                    at,
                    format!("path parameter `{name}` is not used in `{}`", op.path),
                    format!("add `{{{name}}}` to the path or remove the parameter"),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_are_extracted() {
        assert_eq!(
            template_params("/books/{id}/reviews/{reviewId}"),
            ["id", "reviewId"]
        );
        assert!(template_params("/books").is_empty());
    }

    #[test]
    fn ambiguity_follows_redocly() {
        assert!(ambiguous("/a/{x}/b", "/a/c/{y}"));
        assert!(!ambiguous("/books/{id}", "/books/search"));
        assert!(ambiguous("/books/{id}", "/books/{isbn}"));
        assert!(!ambiguous("/a/b", "/a/c"));
    }
}
