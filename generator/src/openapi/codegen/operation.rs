//! Paths and operations → [`Operation`]s: params, body, responses and security, all named.

use serde_json::{Map, Value};

use super::CodegenError;
use super::defaults;
use super::ir::{
    Body, BodyKind, Field, Location, Operation, Param, Presence, Prim, Requirement, ResponseBody,
    ResponseHeader, ResponseVariant, Shape, StatusMatch, Ty,
};
use super::names::{Namespace, operation_name, pascal, snake};
use super::schema::{Schemas, doc_of, resolve};

const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Follow `$ref`s of a parameter, body, response or header object.
fn deref<'v>(doc: &'v Value, mut value: &'v Value) -> Result<&'v Value, CodegenError> {
    for _ in 0..32 {
        match value.get("$ref").and_then(Value::as_str) {
            Some(r) => {
                value = resolve(doc, r).ok_or_else(|| CodegenError::Unsupported {
                    pointer: r.to_owned(),
                    message: "unresolved $ref".to_owned(),
                })?
            }
            None => return Ok(value),
        }
    }
    Err(CodegenError::Unsupported {
        pointer: String::new(),
        message: "$ref chain too long (cycle?)".to_owned(),
    })
}

/// JSON media types: `application/json` and any `+json` suffix.
fn is_json(media: &str) -> bool {
    let essence = media.split(';').next().unwrap_or("").trim();
    essence == "application/json" || essence.ends_with("+json") || essence == "*/*"
}

fn essence(media: &str) -> String {
    media
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

fn is_form(media: &str) -> bool {
    essence(media) == "application/x-www-form-urlencoded"
}

fn is_text(media: &str) -> bool {
    essence(media).starts_with("text/")
}

fn is_problem(media: &str) -> bool {
    media.split(';').next().unwrap_or("").trim() == "application/problem+json"
}

/// The preferred media type of a `content` map: JSON first, else the first listed.
fn pick_media(content: &Map<String, Value>) -> Option<(&String, &Value)> {
    content
        .iter()
        .find(|(m, _)| is_json(m))
        .or_else(|| content.iter().next())
}

pub fn convert(
    schemas: &mut Schemas<'_>,
    ops_namespace: &mut Namespace,
) -> Result<Vec<Operation>, CodegenError> {
    let doc = schemas.doc;
    let mut operations = Vec::new();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return Ok(operations);
    };
    let global_security = doc.get("security");
    for (path, item) in paths {
        let item = deref(doc, item)?;
        let shared_params = item
            .get("parameters")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        for method in METHODS {
            let Some(op) = item.get(*method) else {
                continue;
            };
            let raw_name = match op.get("operationId").and_then(Value::as_str) {
                Some(id) if !id.trim().is_empty() => snake(id),
                _ => snake(&operation_name(method, path)),
            };
            let ident = ops_namespace.claim(&raw_name);
            let stem = pascal(&ident);
            let request_type = schemas.names.claim(&format!("{stem}Request"));
            let response_type = schemas.names.claim(&format!("{stem}Response"));
            let params = convert_params(schemas, &stem, &shared_params, op)?;
            let params_type = if params.is_empty() {
                None
            } else {
                Some(schemas.names.claim(&format!("{stem}Params")))
            };
            let body = convert_body(schemas, &stem, op)?;
            let responses = convert_responses(schemas, &stem, op)?;
            let security = convert_security(op.get("security").or(global_security));
            let doc_text = [op.get("summary"), op.get("description")]
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join("\n\n");
            operations.push(Operation {
                ident,
                type_stem: stem,
                method: (*method).to_owned(),
                path: path.clone(),
                doc: (!doc_text.is_empty()).then_some(doc_text),
                params,
                params_type,
                body,
                request_type,
                response_type,
                responses,
                security,
            });
        }
    }
    Ok(operations)
}

fn convert_params(
    schemas: &mut Schemas<'_>,
    stem: &str,
    shared: &[Value],
    op: &Value,
) -> Result<Vec<Param>, CodegenError> {
    let doc = schemas.doc;
    let own = op
        .get("parameters")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    // Operation-level parameters override path-level ones with the same name and location.
    let mut merged: Vec<(Option<&str>, &Value)> = Vec::new();
    for raw in shared.iter().chain(own.iter()) {
        let reference = raw.get("$ref").and_then(Value::as_str);
        let p = deref(doc, raw)?;
        let key = (p.get("name"), p.get("in"));
        merged.retain(|(_, q)| (q.get("name"), q.get("in")) != key);
        merged.push((reference, p));
    }
    let mut idents = Namespace::default();
    let mut params = Vec::new();
    for (reference, p) in merged {
        let (Some(name), Some(location)) = (
            p.get("name").and_then(Value::as_str),
            p.get("in")
                .and_then(Value::as_str)
                .and_then(Location::parse),
        ) else {
            continue;
        };
        // OpenAPI says these header parameters are ignored: the transport owns them.
        if location == Location::Header
            && ["accept", "content-type", "authorization"]
                .contains(&name.to_ascii_lowercase().as_str())
        {
            continue;
        }
        let empty = Value::Object(Map::new());
        let schema = p
            .get("schema")
            .or_else(|| {
                p.get("content")
                    .and_then(Value::as_object)
                    .and_then(pick_media)
                    .and_then(|(_, m)| m.get("schema"))
            })
            .unwrap_or(&empty);
        // A shared parameter (`#/components/parameters/SortOrder`) gets one type for every
        // operation using it, named after the component.
        let shape = match reference.and_then(|r| schemas.shared_shapes.get(r)) {
            Some(shape) => shape.clone(),
            None => {
                let hint = match reference {
                    Some(r) => pascal(r.rsplit('/').next().unwrap_or(name)),
                    None => format!("{stem}{}", pascal(name)),
                };
                let shape = schemas.nullable_shape(schema, &hint, 0)?;
                if let Some(r) = reference {
                    schemas.shared_shapes.insert(r.to_owned(), shape.clone());
                }
                shape
            }
        };
        let required = location == Location::Path || p.get("required") == Some(&Value::Bool(true));
        let wire = if location == Location::Header {
            name.to_ascii_lowercase()
        } else {
            name.to_owned()
        };
        let ident = idents.claim(&snake(&wire));
        let mut field = Field {
            wire,
            ident,
            doc: doc_of(p),
            shape,
            presence: if required {
                Presence::Required
            } else {
                Presence::Optional
            },
            boxed: false,
            secret: false,
        };
        let default = schemas
            .deref_schema(schema)
            .and_then(|s| s.get("default"))
            .filter(|d| !d.is_null())
            .cloned();
        if let Some(default) = default
            && !required
        {
            defaults::apply(&mut field, &default, &schemas.lookup());
        }
        params.push(Param { location, field });
    }
    Ok(params)
}

fn convert_body(
    schemas: &mut Schemas<'_>,
    stem: &str,
    op: &Value,
) -> Result<Option<Body>, CodegenError> {
    let doc = schemas.doc;
    let Some(body) = op.get("requestBody") else {
        return Ok(None);
    };
    let body = deref(doc, body)?;
    let Some((media, content)) = body
        .get("content")
        .and_then(Value::as_object)
        .and_then(pick_media)
    else {
        return Ok(None);
    };
    let required = body.get("required") == Some(&Value::Bool(true));
    let empty = Value::Object(Map::new());
    let schema = content.get("schema").unwrap_or(&empty);
    let (kind, shape) = if is_json(media) {
        (
            BodyKind::Json,
            schemas.nullable_shape(schema, &format!("{stem}Body"), 0)?,
        )
    } else if is_form(media) {
        let shape = schemas.shape_of(schema, &format!("{stem}Form"), 0)?;
        if !matches!(shape.ty, Ty::Named(_)) {
            return Err(CodegenError::Unsupported {
                pointer: String::new(),
                message: format!(
                    "the `{media}` request body of `{stem}` must be an object schema (its properties are the form's fields)"
                ),
            });
        }
        (BodyKind::Form, shape)
    } else if is_text(media) {
        (BodyKind::Text, Shape::prim(Prim::String))
    } else {
        (BodyKind::Bytes, Shape::prim(Prim::Bytes))
    };
    let media_type = if media == "*/*" {
        "application/json".to_owned()
    } else {
        media.clone()
    };
    Ok(Some(Body {
        kind,
        media_type,
        shape,
        required,
    }))
}

/// A status code's reason phrase, PascalCased, as the response variant name.
fn status_ident(code: u16) -> String {
    let reason = match code {
        100 => "Continue",
        101 => "Switching Protocols",
        200 => "Ok",
        201 => "Created",
        202 => "Accepted",
        203 => "Non Authoritative Information",
        204 => "No Content",
        205 => "Reset Content",
        206 => "Partial Content",
        207 => "Multi Status",
        300 => "Multiple Choices",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        412 => "Precondition Failed",
        413 => "Payload Too Large",
        415 => "Unsupported Media Type",
        422 => "Unprocessable Entity",
        423 => "Locked",
        425 => "Too Early",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => return format!("Status{code}"),
    };
    pascal(reason)
}

fn parse_status(key: &str) -> Option<StatusMatch> {
    if key == "default" {
        return Some(StatusMatch::Default);
    }
    if let Ok(code) = key.parse::<u16>()
        && (100..600).contains(&code)
    {
        return Some(StatusMatch::Exact(code));
    }
    let upper = key.to_ascii_uppercase();
    let digit = upper.strip_suffix("XX")?.parse::<u16>().ok()?;
    (1..=5)
        .contains(&digit)
        .then_some(StatusMatch::Range(digit))
}

fn status_order(s: &StatusMatch) -> (u16, u16) {
    match s {
        StatusMatch::Exact(c) => (0, *c),
        StatusMatch::Range(d) => (1, *d),
        StatusMatch::Default => (2, 0),
    }
}

fn convert_responses(
    schemas: &mut Schemas<'_>,
    stem: &str,
    op: &Value,
) -> Result<Vec<ResponseVariant>, CodegenError> {
    let doc = schemas.doc;
    let Some(responses) = op.get("responses").and_then(Value::as_object) else {
        return Ok(Vec::new());
    };
    let mut keyed: Vec<(StatusMatch, &Value)> = responses
        .iter()
        .filter_map(|(k, v)| parse_status(k).map(|s| (s, v)))
        .collect();
    keyed.sort_by_key(|(s, _)| status_order(s));
    let mut idents = Namespace::default();
    let mut variants = Vec::new();
    for (status, response) in keyed {
        let response = deref(doc, response)?;
        let ident = idents.claim(&match &status {
            StatusMatch::Exact(code) => status_ident(*code),
            StatusMatch::Range(1) => "Informational".to_owned(),
            StatusMatch::Range(2) => "Success".to_owned(),
            StatusMatch::Range(3) => "Redirection".to_owned(),
            StatusMatch::Range(4) => "ClientError".to_owned(),
            StatusMatch::Range(_) => "ServerError".to_owned(),
            StatusMatch::Default => "Default".to_owned(),
        });
        let body = match response
            .get("content")
            .and_then(Value::as_object)
            .and_then(pick_media)
        {
            None => None,
            Some((media, _)) if is_problem(media) => Some(ResponseBody {
                kind: BodyKind::Json,
                media_type: media.clone(),
                shape: Shape::named("openapi_runtime::Problem"),
            }),
            Some((media, content)) if is_json(media) => {
                let empty = Value::Object(Map::new());
                let schema = content.get("schema").unwrap_or(&empty);
                Some(ResponseBody {
                    kind: BodyKind::Json,
                    media_type: if media == "*/*" {
                        "application/json".to_owned()
                    } else {
                        media.clone()
                    },
                    shape: schemas.nullable_shape(schema, &format!("{stem}{ident}Body"), 0)?,
                })
            }
            Some((media, _)) if is_text(media) => Some(ResponseBody {
                kind: BodyKind::Text,
                media_type: media.clone(),
                shape: Shape::prim(Prim::String),
            }),
            Some((media, _)) => Some(ResponseBody {
                kind: BodyKind::Bytes,
                media_type: media.clone(),
                shape: Shape::prim(Prim::Bytes),
            }),
        };
        let mut header_idents = Namespace::with_reserved(&["body", "status"]);
        let mut headers = Vec::new();
        if let Some(declared) = response.get("headers").and_then(Value::as_object) {
            for (name, header) in declared {
                if name.eq_ignore_ascii_case("content-type") {
                    continue;
                }
                let header = deref(doc, header)?;
                let empty = Value::Object(Map::new());
                let schema = header.get("schema").unwrap_or(&empty);
                let shape =
                    schemas.shape_of(schema, &format!("{stem}{ident}{}", pascal(name)), 0)?;
                // Headers carry text; anything structured is sent as its JSON text form.
                let shape = match shape.ty {
                    Ty::Prim(_) | Ty::Named(_) => shape,
                    _ => Shape::prim(Prim::String),
                };
                headers.push(ResponseHeader {
                    wire: name.to_ascii_lowercase(),
                    ident: header_idents.claim(&snake(&name.to_ascii_lowercase())),
                    shape,
                    required: header.get("required") == Some(&Value::Bool(true)),
                });
            }
        }
        variants.push(ResponseVariant {
            ident,
            status,
            doc: response
                .get("description")
                .and_then(Value::as_str)
                .map(str::trim)
                .filter(|d| !d.is_empty())
                .map(str::to_owned),
            body,
            headers,
        });
    }
    Ok(variants)
}

fn convert_security(security: Option<&Value>) -> Vec<Vec<Requirement>> {
    let Some(alternatives) = security.and_then(Value::as_array) else {
        return Vec::new();
    };
    alternatives
        .iter()
        .filter_map(Value::as_object)
        .map(|alternative| {
            alternative
                .iter()
                .map(|(scheme, roles)| Requirement {
                    scheme: scheme.clone(),
                    roles: roles
                        .as_array()
                        .map(|r| {
                            r.iter()
                                .filter_map(Value::as_str)
                                .map(str::to_owned)
                                .collect()
                        })
                        .unwrap_or_default(),
                })
                .collect()
        })
        .collect()
}

/// The path prefix of the first server URL (`https://host/api/v1` → `/api/v1`), with server
/// variables replaced by their defaults.
pub fn base_path(doc: &Value) -> String {
    let Some(server) = doc.pointer("/servers/0") else {
        return String::new();
    };
    let mut url = server
        .get("url")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned();
    if let Some(variables) = server.get("variables").and_then(Value::as_object) {
        for (name, variable) in variables {
            if let Some(default) = variable.get("default").and_then(Value::as_str) {
                url = url.replace(&format!("{{{name}}}"), default);
            }
        }
    }
    let path = match url.split_once("://") {
        Some((_, rest)) => rest.find('/').map(|i| &rest[i..]).unwrap_or(""),
        None => url.as_str(),
    };
    let path = path.split(['?', '#']).next().unwrap_or("");
    if !path.starts_with('/') || path.contains('{') {
        return String::new();
    }
    path.trim_end_matches('/').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_paths_come_from_the_first_server() {
        let doc = serde_json::json!({"servers": [{"url": "https://example.com/api/v1/"}]});
        assert_eq!(base_path(&doc), "/api/v1");
        let doc = serde_json::json!({"servers": [{"url": "/{v}", "variables": {"v": {"default": "v2"}}}]});
        assert_eq!(base_path(&doc), "/v2");
        assert_eq!(base_path(&serde_json::json!({})), "");
    }

    #[test]
    fn statuses_name_their_variants() {
        assert_eq!(status_ident(201), "Created");
        assert_eq!(status_ident(299), "Status299");
        assert_eq!(parse_status("4XX"), Some(StatusMatch::Range(4)));
    }
}
