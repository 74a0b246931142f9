//! Operation-level rules: removed operations and responses, new required inputs, security.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::Compare;
use super::schema::{self, Direction};
use super::spec::{At, Spec};

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// `/books/{id}` and `/books/{bookId}` are the same endpoint: renaming a path parameter changes
/// no request a client sends.
fn normalize(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_param = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_param = true;
                out.push_str("{}");
            }
            '}' => in_param = false,
            _ if in_param => {}
            _ => out.push(c),
        }
    }
    out
}

fn entries<'a>(spec: &'a Spec, at: &At<'a>) -> Vec<(String, At<'a>)> {
    match at.value.as_object() {
        Some(map) => map
            .keys()
            .filter_map(|key| Some((key.clone(), spec.child(at, key)?)))
            .collect(),
        None => Vec::new(),
    }
}

pub fn compare(c: &mut Compare) {
    let (old, new) = (c.old, c.new);
    let new_paths: BTreeMap<String, (String, At)> = new
        .child(&new.root(), "paths")
        .map(|paths| entries(new, &paths))
        .unwrap_or_default()
        .into_iter()
        .map(|(path, item)| (normalize(&path), (path, item)))
        .collect();
    let Some(old_paths) = old.child(&old.root(), "paths") else {
        return;
    };
    for (path, old_item) in entries(old, &old_paths) {
        let new_item = new_paths.get(&normalize(&path));
        for method in METHODS {
            let Some(old_op) = old.child(&old_item, method) else {
                continue;
            };
            let operation = format!("{} {path}", method.to_uppercase());
            let found = new_item
                .and_then(|(new_path, item)| Some((new_path, item, new.child(item, method)?)));
            match found {
                Some((new_path, new_item, new_op)) => {
                    let paths = (path.as_str(), new_path.as_str());
                    compare_operation(
                        c,
                        &operation,
                        paths,
                        (&old_item, new_item),
                        (&old_op, &new_op),
                    );
                }
                None => c.at_old(
                    "openapi-operation-removed",
                    &old_op.pointer,
                    format!("{operation}: the operation was removed"),
                ),
            }
        }
    }
}

type Pair<'a, 'b> = (&'b At<'a>, &'b At<'a>);

fn compare_operation<'a>(
    c: &mut Compare<'a>,
    op: &str,
    paths: (&str, &str),
    items: Pair<'a, '_>,
    ops: Pair<'a, '_>,
) {
    parameters(c, op, paths, items, ops);
    request_body(c, op, ops);
    responses(c, op, ops);
    security(c, op, ops);
}

/// The key a parameter is matched by: `(in, name)`, except that a path parameter is known by its
/// position in the template, since renaming it changes no request.
fn parameter_key(template: &str, location: String, name: String) -> (String, String) {
    if location == "path" {
        let marker = format!("{{{name}}}");
        if let Some(at) = template.find(&marker) {
            let slot = template[..at].matches('{').count();
            return (location, format!("#{slot}"));
        }
    }
    (location, name)
}

/// Path-item and operation parameters by [`parameter_key`], each with its name; the
/// operation's override the item's.
fn parameters_of<'a>(
    spec: &'a Spec,
    template: &str,
    item: &At<'a>,
    op: &At<'a>,
) -> BTreeMap<(String, String), (String, At<'a>)> {
    let mut out = BTreeMap::new();
    for owner in [item, op] {
        let Some(list) = owner.get("parameters") else {
            continue;
        };
        let count = list.value.as_array().map_or(0, Vec::len);
        for index in 0..count {
            let Some(param) = spec.child(&list, &index.to_string()) else {
                continue;
            };
            let field = |key: &str| {
                param
                    .value
                    .get(key)
                    .and_then(Value::as_str)
                    .map(str::to_owned)
            };
            if let (Some(location), Some(name)) = (field("in"), field("name")) {
                out.insert(
                    parameter_key(template, location, name.clone()),
                    (name, param),
                );
            }
        }
    }
    out
}

fn is_required(at: &At) -> bool {
    at.value.get("required").and_then(Value::as_bool) == Some(true)
        || at.value.get("in").and_then(Value::as_str) == Some("path")
}

fn parameters<'a>(
    c: &mut Compare<'a>,
    op: &str,
    paths: (&str, &str),
    items: Pair<'a, '_>,
    ops: Pair<'a, '_>,
) {
    let (old, new) = (c.old, c.new);
    let before = parameters_of(old, paths.0, items.0, ops.0);
    let after = parameters_of(new, paths.1, items.1, ops.1);
    for (key @ (location, _), (name, new_param)) in &after {
        let old_param = before.get(key).map(|(_, param)| param);
        if is_required(new_param) && !old_param.is_some_and(is_required) {
            let change = if old_param.is_some() {
                "became required"
            } else {
                "was added as required"
            };
            c.at_new(
                "openapi-required-parameter-added",
                &new_param.pointer,
                format!("{op}: {location} parameter `{name}` {change}"),
            );
        }
        if let Some(old_param) = old_param {
            let subject = format!("{op}: {location} parameter `{name}`");
            if let (Some(a), Some(b)) = (
                old.child(old_param, "schema"),
                new.child(new_param, "schema"),
            ) {
                schema::compare(c, &subject, Direction::Request, &a, &b);
            }
        }
    }
}

fn media_types<'a>(spec: &'a Spec, at: &At<'a>) -> BTreeMap<String, At<'a>> {
    spec.child(at, "content")
        .map(|content| entries(spec, &content).into_iter().collect())
        .unwrap_or_default()
}

fn request_body<'a>(c: &mut Compare<'a>, op: &str, ops: Pair<'a, '_>) {
    let (old, new) = (c.old, c.new);
    let before = old.child(ops.0, "requestBody");
    let Some(after) = new.child(ops.1, "requestBody") else {
        return;
    };
    let required = |body: &At| body.value.get("required").and_then(Value::as_bool) == Some(true);
    if required(&after) && !before.as_ref().is_some_and(required) {
        c.at_new(
            "openapi-required-request-body-added",
            &after.pointer,
            format!("{op}: a request body is now required"),
        );
    }
    let Some(before) = before else {
        return;
    };
    let after_types = media_types(new, &after);
    for (media_type, old_media) in media_types(old, &before) {
        let Some(new_media) = after_types.get(&media_type) else {
            c.at_new(
                "openapi-request-media-type-removed",
                &after.pointer,
                format!("{op}: the request body no longer accepts `{media_type}`"),
            );
            continue;
        };
        if let (Some(a), Some(b)) = (
            old.child(&old_media, "schema"),
            new.child(new_media, "schema"),
        ) {
            schema::compare(
                c,
                &format!("{op}: request body"),
                Direction::Request,
                &a,
                &b,
            );
        }
    }
}

fn responses<'a>(c: &mut Compare<'a>, op: &str, ops: Pair<'a, '_>) {
    let (old, new) = (c.old, c.new);
    let (Some(before), Some(after)) =
        (old.child(ops.0, "responses"), new.child(ops.1, "responses"))
    else {
        return;
    };
    let after = entries(new, &after).into_iter().collect::<BTreeMap<_, _>>();
    for (status, old_response) in entries(old, &before) {
        let Some(new_response) = after.get(&status) else {
            c.at_old(
                "openapi-response-removed",
                &old_response.pointer,
                format!("{op}: response `{status}` was removed"),
            );
            continue;
        };
        let after_types = media_types(new, new_response);
        for (media_type, old_media) in media_types(old, &old_response) {
            let Some(new_media) = after_types.get(&media_type) else {
                c.at_new(
                    "openapi-response-media-type-removed",
                    &new_response.pointer,
                    format!("{op}: response `{status}` no longer returns `{media_type}`"),
                );
                continue;
            };
            if let (Some(a), Some(b)) = (
                old.child(&old_media, "schema"),
                new.child(new_media, "schema"),
            ) {
                let subject = format!("{op}: response `{status}`");
                schema::compare(c, &subject, Direction::Response, &a, &b);
            }
        }
    }
}

/// One alternative of a security requirement: scheme name → scopes.
type Requirement = BTreeMap<String, BTreeSet<String>>;

/// The operation's `security`, else the document's; no requirement at all means anonymous
/// access, the empty alternative.
fn requirements(spec: &Spec, op: &At) -> Vec<Requirement> {
    let declared = op
        .value
        .get("security")
        .or_else(|| spec.bundle.document.get("security"));
    let Some(Value::Array(alternatives)) = declared else {
        return vec![Requirement::new()];
    };
    if alternatives.is_empty() {
        return vec![Requirement::new()];
    }
    alternatives
        .iter()
        .map(|alternative| {
            alternative
                .as_object()
                .map(|schemes| {
                    schemes
                        .iter()
                        .map(|(scheme, scopes)| {
                            let scopes = scopes
                                .as_array()
                                .map(|s| {
                                    s.iter()
                                        .filter_map(Value::as_str)
                                        .map(str::to_owned)
                                        .collect()
                                })
                                .unwrap_or_default();
                            (scheme.clone(), scopes)
                        })
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect()
}

/// Whether a client meeting `held` meets `wanted`: every scheme wanted is held with at least
/// the scopes wanted.
fn satisfies(held: &Requirement, wanted: &Requirement) -> bool {
    wanted
        .iter()
        .all(|(scheme, scopes)| held.get(scheme).is_some_and(|have| scopes.is_subset(have)))
}

fn describe(requirements: &[Requirement]) -> String {
    let alternatives: Vec<String> = requirements
        .iter()
        .map(|r| {
            if r.is_empty() {
                return "anonymous".to_owned();
            }
            r.iter()
                .map(|(scheme, scopes)| {
                    let scopes: Vec<&str> = scopes.iter().map(String::as_str).collect();
                    format!("{scheme}[{}]", scopes.join(","))
                })
                .collect::<Vec<_>>()
                .join(" + ")
        })
        .collect();
    alternatives.join(" | ")
}

/// Breaking when some client that could call the operation before (meeting one old alternative)
/// meets none of the new ones: a new scheme, a new scope, or anonymous access withdrawn.
fn security<'a>(c: &mut Compare<'a>, op: &str, ops: Pair<'a, '_>) {
    let before = requirements(c.old, ops.0);
    let after = requirements(c.new, ops.1);
    let locked_out = before
        .iter()
        .any(|held| !after.iter().any(|wanted| satisfies(held, wanted)));
    if locked_out {
        let pointer = match ops.1.value.get("security") {
            Some(_) => format!("{}/security", ops.1.pointer),
            None => ops.1.pointer.clone(),
        };
        c.at_new(
            "openapi-security-changed",
            &pointer,
            format!(
                "{op}: security changed from {} to {}",
                describe(&before),
                describe(&after)
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renamed_path_parameters_match() {
        assert_eq!(normalize("/books/{id}/x"), normalize("/books/{bookId}/x"));
        assert_ne!(normalize("/books/{id}"), normalize("/books"));
    }

    #[test]
    fn a_client_with_more_scopes_still_satisfies() {
        let held: Requirement =
            [("oidc".to_owned(), ["a".to_owned(), "b".to_owned()].into())].into();
        let wanted: Requirement = [("oidc".to_owned(), ["a".to_owned()].into())].into();
        assert!(satisfies(&held, &wanted));
        assert!(!satisfies(&wanted, &held));
        assert!(satisfies(&held, &Requirement::new()));
    }
}
