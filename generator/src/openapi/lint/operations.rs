//! Operation rules: `operation-operationId-unique`, `operation-operationId-url-safe`,
//! `operation-parameters-unique`, `operation-summary`, `operation-2xx-response`,
//! `operation-4xx-response` and `security-defined`.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use super::context::{Context, Operation};
use crate::diagnostics::Diagnostic;
use crate::openapi::bundle::Kind;

/// Every operation object in the document (under `paths`, `webhooks`, callbacks and
/// `components/pathItems`), as Redocly's operation rules see them, with a readable label.
fn every_operation<'a>(cx: &Context<'a>) -> Vec<(String, &'a Value, String)> {
    cx.nodes_of(Kind::Operation)
        .map(|node| (node.pointer.clone(), node.value, label(&node.pointer)))
        .collect()
}

/// `GET /books` for a path operation, else where the operation sits.
fn label(pointer: &str) -> String {
    let tokens: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .collect();
    match tokens.as_slice() {
        [paths, path, method] if paths == "paths" => format!("{} {path}", method.to_uppercase()),
        _ => format!("the operation at {pointer}"),
    }
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mut ids: HashMap<&str, String> = HashMap::new();
    for (pointer, op, label) in every_operation(cx) {
        if let Some(id) = op.get("operationId").and_then(Value::as_str) {
            let at = format!("{pointer}/operationId");
            match ids.get(id) {
                Some(first) => out.push(cx.error(
                    "operation-operationId-unique",
                    &at,
                    format!("operationId `{id}` of {label} is already used by {first}"),
                    "give every operation its own operationId",
                )),
                None => {
                    ids.insert(id, label.clone());
                }
            }
            if !id.chars().all(url_safe) {
                out.push(cx.error(
                    "operation-operationId-url-safe",
                    &at,
                    format!("operationId `{id}` has characters that are not URL-safe"),
                    "use letters, digits and `-._~` only, e.g. camelCase `listBooks`",
                ));
            }
        }
        if op
            .get("summary")
            .and_then(Value::as_str)
            .is_none_or(|s| s.trim().is_empty())
        {
            out.push(cx.error(
                "operation-summary",
                &pointer,
                format!("{label} has no `summary`"),
                "add a one-line `summary:` saying what the operation does",
            ));
        }
        // Redocly does not ask webhooks for response classes.
        if !pointer.starts_with("/webhooks/") {
            responses(cx, op, &pointer, &label, out);
        }
    }
    for op in &cx.operations {
        parameters_unique(cx, op, out);
    }
    security_defined(cx, out);
}

/// Redocly's set: unreserved and reserved URI characters.
fn url_safe(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=".contains(c)
}

fn parameters_unique(cx: &Context<'_>, op: &Operation<'_>, out: &mut Vec<Diagnostic>) {
    for (owner, owner_pointer) in [
        (op.path_item, &op.path_item_pointer),
        (op.value, &op.pointer),
    ] {
        let Some(list) = owner.get("parameters").and_then(Value::as_array) else {
            continue;
        };
        let mut seen = HashSet::new();
        for (i, p) in list.iter().enumerate() {
            let (p, _) = cx.resolve(p, String::new());
            let (Some(name), Some(location)) = (
                p.get("name").and_then(Value::as_str),
                p.get("in").and_then(Value::as_str),
            ) else {
                continue;
            };
            if !seen.insert((name, location)) {
                out.push(cx.error(
                    "operation-parameters-unique",
                    &format!("{owner_pointer}/parameters/{i}"),
                    format!("parameter `{name}` (in {location}) is declared twice"),
                    "remove the duplicate; parameters are unique by `name` and `in`",
                ));
            }
        }
    }
}

fn responses(cx: &Context<'_>, op: &Value, pointer: &str, label: &str, out: &mut Vec<Diagnostic>) {
    let Some(responses) = op.get("responses").and_then(Value::as_object) else {
        return;
    };
    let at = format!("{pointer}/responses");
    let class = |digit: char| {
        responses.keys().any(|code| {
            code.len() == 3
                && code.starts_with(digit)
                && code[1..]
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == 'X' || c == 'x')
        })
    };
    if !class('2') && !responses.contains_key("default") {
        out.push(cx.error(
            "operation-2xx-response",
            &at,
            format!("{label} has no success (2XX) response"),
            "add the success response, e.g. `'200': {description: .., content: ..}`",
        ));
    }
    if !class('4') {
        out.push(cx.warning(
            "operation-4xx-response",
            &at,
            format!("{label} has no client-error (4XX) response"),
            "add the 4XX responses the operation can return (problem+json)",
        ));
    }
}

/// Requirements name defined schemes, and every operation has requirements (its own or the root's;
/// `security: []` declares a public operation).
fn security_defined(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    const RULE: &str = "security-defined";
    let schemes: HashSet<&str> = cx
        .doc
        .pointer("/components/securitySchemes")
        .and_then(Value::as_object)
        .map(|m| m.keys().map(String::as_str).collect())
        .unwrap_or_default();
    let check_list = |list: &Value, pointer: &str, out: &mut Vec<Diagnostic>| {
        let Some(list) = list.as_array() else { return };
        for (i, requirement) in list.iter().enumerate() {
            let Some(requirement) = requirement.as_object() else {
                continue;
            };
            for name in requirement.keys() {
                if !schemes.contains(name.as_str()) {
                    out.push(cx.error(
                        RULE,
                        &format!("{pointer}/{i}/{}", crate::yaml::escape_token(name)),
                        format!("there is no `{name}` security scheme defined"),
                        format!(
                            "define `{name}` under `components/securitySchemes` or fix the name"
                        ),
                    ));
                }
            }
        }
    };
    let root_security = cx.doc.get("security");
    if let Some(list) = root_security {
        check_list(list, "/security", out);
    }
    for (pointer, op, label) in every_operation(cx) {
        match op.get("security") {
            Some(list) => check_list(list, &format!("{pointer}/security"), out),
            None if root_security.is_none() => out.push(cx.error(
                RULE,
                &pointer,
                format!("{label} has no security requirement, and there is none at the root"),
                "add `security: [{bearerAuth: []}]` (or `security: []` for a public operation), or a root-level `security`",
            )),
            None => {}
        }
    }
}
