//! What the mesh needs to know about each operation of a served spec: its method, its path (as
//! the gateway routes it and as an AuthorizationPolicy matches it) and who may call it, derived
//! from the operation's `security` (or the document's) exactly as the services' own
//! authenticator reads it.

use serde_json::Value;

/// Who may call an operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Access {
    /// No security requirement, or an empty alternative (`security: [{}]`): callable without a
    /// token.
    Public,
    /// A token is required; any one alternative must hold, and within an alternative every role
    /// (the requirement's scopes, checked against `realm_access.roles`) must be present. An
    /// alternative without scopes needs a valid token only.
    Roles(Vec<Vec<String>>),
}

/// One operation of a served spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operation {
    pub service: String,
    pub operation_id: String,
    /// Upper case, as Istio and HTTP write it.
    pub method: String,
    /// The spec's path template, e.g. `/api/v1/books/{id}`.
    pub path: String,
    pub access: Access,
}

/// Why an operation cannot be expressed in the mesh's terms.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PathError {
    #[error(
        "path segment `{segment}` mixes a template with literal text; Istio's `{{*}}` operator matches whole segments only"
    )]
    PartialSegment { segment: String },
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// The operations of a bundled spec, in document order.
pub fn operations(service: &str, document: &Value) -> Vec<Operation> {
    let default_security = document.get("security");
    let mut out = Vec::new();
    let Some(paths) = document.get("paths").and_then(Value::as_object) else {
        return out;
    };
    for (path, item) in paths {
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let security = op.get("security").or(default_security);
            out.push(Operation {
                service: service.to_owned(),
                operation_id: op
                    .get("operationId")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
                method: method.to_ascii_uppercase(),
                path: path.clone(),
                access: access(security),
            });
        }
    }
    out
}

/// The access an OpenAPI `security` value grants.
pub fn access(security: Option<&Value>) -> Access {
    let Some(alternatives) = security.and_then(Value::as_array) else {
        return Access::Public;
    };
    if alternatives.is_empty() {
        return Access::Public;
    }
    let mut roles = Vec::new();
    for alternative in alternatives {
        let Some(schemes) = alternative.as_object() else {
            continue;
        };
        if schemes.is_empty() {
            return Access::Public;
        }
        let mut needed: Vec<String> = schemes
            .values()
            .filter_map(Value::as_array)
            .flatten()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect();
        needed.sort();
        needed.dedup();
        if !roles.contains(&needed) {
            roles.push(needed);
        }
    }
    Access::Roles(roles)
}

/// The path segments of a template: `Ok(None)` for a literal, `Ok(Some(()))` for `{name}`.
fn segments(path: &str) -> Result<Vec<Option<&str>>, PathError> {
    path.split('/')
        .map(|segment| {
            let opens = segment.contains('{') || segment.contains('}');
            if !opens {
                Ok(Some(segment))
            } else if segment.starts_with('{')
                && segment.ends_with('}')
                && segment[1..segment.len() - 1]
                    .chars()
                    .all(|c| c != '{' && c != '}')
            {
                Ok(None)
            } else {
                Err(PathError::PartialSegment {
                    segment: segment.to_owned(),
                })
            }
        })
        .collect()
}

/// The path as an AuthorizationPolicy `paths` entry: each `{name}` becomes Istio's `{*}` (one
/// whole segment, Envoy's URI template, Istio 1.22+); a path without templates stays exact.
pub fn authorization_path(path: &str) -> Result<String, PathError> {
    Ok(segments(path)?
        .into_iter()
        .map(|segment| segment.unwrap_or("{*}"))
        .collect::<Vec<_>>()
        .join("/"))
}

/// How a VirtualService matches the path: exact for a literal path, otherwise an RE2 regex
/// (Envoy matches it against the whole path) where each `{name}` is one non-empty segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RouteMatch {
    Exact(String),
    Regex(String),
}

pub fn route_match(path: &str) -> Result<RouteMatch, PathError> {
    let segments = segments(path)?;
    if segments.iter().all(Option::is_some) {
        return Ok(RouteMatch::Exact(path.to_owned()));
    }
    Ok(RouteMatch::Regex(
        segments
            .into_iter()
            .map(|segment| match segment {
                Some(literal) => regex::escape(literal),
                None => "[^/]+".to_owned(),
            })
            .collect::<Vec<_>>()
            .join("/"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn no_security_or_an_empty_list_or_an_empty_alternative_is_public() {
        assert_eq!(access(None), Access::Public);
        assert_eq!(access(Some(&json!([]))), Access::Public);
        assert_eq!(
            access(Some(&json!([{"oidc": ["manage"]}, {}]))),
            Access::Public
        );
    }

    #[test]
    fn each_alternative_keeps_its_own_roles() {
        assert_eq!(
            access(Some(
                &json!([{"oidc": ["manage"]}, {"oidc": ["view", "profile"]}])
            )),
            Access::Roles(vec![
                vec!["manage".into()],
                vec!["profile".into(), "view".into()]
            ])
        );
    }

    #[test]
    fn a_requirement_without_scopes_needs_a_token_only() {
        assert_eq!(
            access(Some(&json!([{"oidc": []}]))),
            Access::Roles(vec![vec![]])
        );
    }

    #[test]
    fn operation_security_overrides_the_documents() {
        let doc = json!({
            "security": [{"oidc": ["manage"]}],
            "paths": {"/api/v1/books": {
                "get": {"operationId": "listBooks", "security": []},
                "post": {"operationId": "createBook"}
            }}
        });
        let ops = operations("catalog", &doc);
        assert_eq!(ops[0].method, "GET");
        assert_eq!(ops[0].access, Access::Public);
        assert_eq!(ops[1].access, Access::Roles(vec![vec!["manage".into()]]));
    }

    #[test]
    fn templates_become_istio_single_segment_operators() {
        assert_eq!(
            authorization_path("/api/v1/customers/{id}/wishlist/items/{book_id}").unwrap(),
            "/api/v1/customers/{*}/wishlist/items/{*}"
        );
        assert_eq!(
            authorization_path("/api/v1/books").unwrap(),
            "/api/v1/books"
        );
    }

    #[test]
    fn routes_are_exact_for_literal_paths_and_a_segment_regex_for_templates() {
        assert_eq!(
            route_match("/api/v1/users/me").unwrap(),
            RouteMatch::Exact("/api/v1/users/me".into())
        );
        assert_eq!(
            route_match("/api/v1/orders/{id}/cancel").unwrap(),
            RouteMatch::Regex("/api/v1/orders/[^/]+/cancel".into())
        );
        assert_eq!(
            route_match("/api/v1.2/a/{x}").unwrap(),
            RouteMatch::Regex(r"/api/v1\.2/a/[^/]+".into())
        );
    }

    #[test]
    fn a_template_inside_a_segment_is_refused() {
        for path in ["/files/{id}.json", "/a/x{id}", "/a/{b}{c}"] {
            assert!(
                matches!(
                    authorization_path(path),
                    Err(PathError::PartialSegment { .. })
                ),
                "{path}"
            );
        }
    }
}
