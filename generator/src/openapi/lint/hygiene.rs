//! Redocly's recommended warnings that cost little: `info-license`, `no-unused-components`,
//! `tag-description` and `no-duplicated-tag-names`.

use std::collections::HashSet;

use serde_json::Value;

use super::context::Context;
use crate::diagnostics::Diagnostic;
use crate::yaml::escape_token;

/// Sections whose entries are used through `$ref` (security schemes also by name, in security
/// requirements).
const REFERENCED_SECTIONS: [&str; 9] = [
    "securitySchemes",
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "links",
    "callbacks",
];

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    if let Some(info) = cx.doc.get("info").and_then(Value::as_object)
        && !info.contains_key("license")
    {
        out.push(cx.warning(
            "info-license",
            "/info",
            "`info` has no `license`".into(),
            "add `license: {name: Apache-2.0, identifier: Apache-2.0}`",
        ));
    }
    unused_components(cx, out);
    tags(cx, out);
}

fn unused_components(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mut used = HashSet::new();
    collect_refs(cx.doc, &mut used);
    for requirement in security_requirements(cx) {
        used.insert(format!(
            "/components/securitySchemes/{}",
            escape_token(requirement)
        ));
    }
    let Some(components) = cx.doc.get("components").and_then(Value::as_object) else {
        return;
    };
    for section in REFERENCED_SECTIONS {
        let Some(entries) = components.get(section).and_then(Value::as_object) else {
            continue;
        };
        for name in entries.keys() {
            let pointer = format!("/components/{section}/{}", escape_token(name));
            if !used.contains(&pointer) {
                out.push(cx.warning(
                    "no-unused-components",
                    &pointer,
                    format!("component `{name}` in `{section}` is never used"),
                    "remove it, or `$ref` it where it belongs",
                ));
            }
        }
    }
}

/// Scheme names used by the root's and the operations' security requirements.
fn security_requirements<'a>(cx: &Context<'a>) -> Vec<&'a str> {
    let lists = std::iter::once(cx.doc.get("security"))
        .chain(cx.operations.iter().map(|op| op.value.get("security")));
    lists
        .flatten()
        .filter_map(Value::as_array)
        .flatten()
        .filter_map(Value::as_object)
        .flat_map(|requirement| requirement.keys().map(String::as_str))
        .collect()
}

/// Every internal ref target, as a decoded pointer, including discriminator mappings.
fn collect_refs(value: &Value, used: &mut HashSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                match (key.as_str(), child) {
                    ("$ref", Value::String(r)) => {
                        if let Some(fragment) = r.strip_prefix('#') {
                            used.insert(
                                percent_encoding::percent_decode_str(fragment)
                                    .decode_utf8_lossy()
                                    .into_owned(),
                            );
                        }
                    }
                    ("mapping", Value::Object(mapping)) => {
                        for target in mapping.values().filter_map(Value::as_str) {
                            if let Some(fragment) = target.strip_prefix('#') {
                                used.insert(fragment.to_owned());
                            }
                        }
                    }
                    _ => collect_refs(child, used),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(v, used)),
        _ => {}
    }
}

fn tags(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(tags) = cx.doc.get("tags").and_then(Value::as_array) else {
        return;
    };
    let mut seen = HashSet::new();
    for (i, tag) in tags.iter().enumerate() {
        let Some(name) = tag.get("name").and_then(Value::as_str) else {
            continue;
        };
        let at = format!("/tags/{i}");
        if !seen.insert(name) {
            out.push(cx.warning(
                "no-duplicated-tag-names",
                &at,
                format!("tag `{name}` is declared twice"),
                "remove the duplicate tag",
            ));
        }
        if tag
            .get("description")
            .and_then(Value::as_str)
            .is_none_or(|d| d.trim().is_empty())
        {
            out.push(cx.warning(
                "tag-description",
                &at,
                format!("tag `{name}` has no description"),
                "add a `description:` to the tag",
            ));
        }
    }
}
