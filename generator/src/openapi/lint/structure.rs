//! `struct`: the document has the shape OpenAPI 3 requires (the parts codegen relies on):
//! required fields, object types, known keys of the main objects. Also
//! `generator-path-parameter-required`: OpenAPI says path parameters MUST be required, Redocly's
//! `struct` does not check it, and the generator cannot emit an optional path segment.

use serde_json::Value;

use super::context::{Context, Version};
use crate::diagnostics::Diagnostic;
use crate::openapi::bundle::Kind;

const RULE: &str = "struct";

/// Keys allowed in each object kind (`x-` extensions are always allowed). `None`: not checked
/// (schemas follow JSON Schema, which is open).
fn allowed(kind: Kind) -> Option<&'static [&'static str]> {
    Some(match kind {
        Kind::Root => &[
            "openapi",
            "info",
            "jsonSchemaDialect",
            "servers",
            "paths",
            "webhooks",
            "components",
            "security",
            "tags",
            "externalDocs",
            "$self",
        ],
        Kind::PathItem => &[
            "$ref",
            "summary",
            "description",
            "get",
            "put",
            "post",
            "delete",
            "options",
            "head",
            "patch",
            "trace",
            "query",
            "additionalOperations",
            "servers",
            "parameters",
        ],
        Kind::Operation => &[
            "tags",
            "summary",
            "description",
            "externalDocs",
            "operationId",
            "parameters",
            "requestBody",
            "responses",
            "callbacks",
            "deprecated",
            "security",
            "servers",
        ],
        Kind::Parameter | Kind::Header => &[
            "name",
            "in",
            "description",
            "required",
            "deprecated",
            "allowEmptyValue",
            "style",
            "explode",
            "allowReserved",
            "schema",
            "example",
            "examples",
            "content",
        ],
        Kind::RequestBody => &["description", "content", "required"],
        Kind::Response => &["description", "headers", "content", "links", "summary"],
        Kind::MediaType => &[
            "schema",
            "example",
            "examples",
            "encoding",
            "itemSchema",
            "itemEncoding",
            "prefixEncoding",
        ],
        Kind::Components => &[
            "schemas",
            "responses",
            "parameters",
            "examples",
            "requestBodies",
            "headers",
            "securitySchemes",
            "links",
            "callbacks",
            "pathItems",
            "mediaTypes",
        ],
        Kind::Example => &[
            "summary",
            "description",
            "value",
            "externalValue",
            "dataValue",
            "serializedValue",
        ],
        Kind::SecurityScheme => &[
            "type",
            "description",
            "name",
            "in",
            "scheme",
            "bearerFormat",
            "flows",
            "openIdConnectUrl",
            "deprecated",
            "oauth2MetadataUrl",
        ],
        Kind::Encoding => &[
            "contentType",
            "headers",
            "style",
            "explode",
            "allowReserved",
            "encoding",
            "prefixEncoding",
            "itemEncoding",
        ],
        Kind::Link => &[
            "operationRef",
            "operationId",
            "parameters",
            "requestBody",
            "description",
            "server",
        ],
        _ => return None,
    })
}

fn required(kind: Kind, version: Version) -> &'static [&'static str] {
    match (kind, version) {
        (Kind::Root, Version::V3_0) => &["openapi", "info", "paths"],
        (Kind::Root, _) => &["openapi", "info"],
        (Kind::Operation, Version::V3_0) => &["responses"],
        (Kind::Parameter, _) => &["name", "in"],
        (Kind::Response, _) => &["description"],
        (Kind::RequestBody, _) => &["content"],
        (Kind::SecurityScheme, _) => &["type"],
        _ => &[],
    }
}

const PARAMETER_LOCATIONS: [&str; 5] = ["query", "header", "path", "cookie", "querystring"];
const SCHEMA_TYPES: [&str; 7] = [
    "string", "number", "integer", "boolean", "array", "object", "null",
];

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    check_root(cx, out);
    for node in &cx.nodes {
        let Value::Object(map) = node.value else {
            // `additionalProperties: false` and boolean schemas are fine.
            if !(node.kind == Kind::Schema && node.value.is_boolean()) {
                out.push(cx.error(
                    RULE,
                    &node.pointer,
                    format!(
                        "expected {} to be an object, found {}",
                        kind_name(node.kind),
                        type_name(node.value)
                    ),
                    "write a mapping here (or a `$ref` to one)",
                ));
            }
            continue;
        };
        if map.contains_key("$ref") && node.kind.takes_refs() {
            continue;
        }
        for key in required(node.kind, cx.version) {
            if !map.contains_key(*key) {
                out.push(cx.error(
                    RULE,
                    &node.pointer,
                    format!("{} must have `{key}`", kind_name(node.kind)),
                    format!("add `{key}` to this {}", kind_name(node.kind)),
                ));
            }
        }
        if let Some(allowed) = allowed(node.kind) {
            unknown_keys(cx, &node.pointer, map, allowed, kind_name(node.kind), out);
        }
        match node.kind {
            Kind::Parameter => check_parameter(cx, &node.pointer, map, out),
            Kind::Schema => check_schema(cx, &node.pointer, map, out),
            _ => {}
        }
    }
}

fn check_root(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(root) = cx.doc.as_object() else {
        return;
    };
    if let Some(version) = root.get("openapi")
        && !version.as_str().is_some_and(|v| v.starts_with("3."))
    {
        out.push(cx.error(
            RULE,
            "/openapi",
            format!("unsupported `openapi` version {version}"),
            "use `openapi: 3.1.0` (quoted or plain)",
        ));
    }
    match root.get("info") {
        Some(Value::Object(info)) => {
            for key in ["title", "version"] {
                if !info.get(key).is_some_and(Value::is_string) {
                    out.push(cx.error(
                        RULE,
                        "/info",
                        format!("`info` must have a string `{key}`"),
                        format!("add `{key}:` under `info`"),
                    ));
                }
            }
            let (info_keys, license_keys): (&[&str], &[&str]) = match cx.version {
                Version::V3_0 => (
                    &[
                        "title",
                        "description",
                        "termsOfService",
                        "contact",
                        "license",
                        "version",
                    ],
                    &["name", "url"],
                ),
                _ => (
                    &[
                        "title",
                        "summary",
                        "description",
                        "termsOfService",
                        "contact",
                        "license",
                        "version",
                    ],
                    &["name", "identifier", "url"],
                ),
            };
            unknown_keys(cx, "/info", info, info_keys, "`info`", out);
            if let Some(Value::Object(license)) = info.get("license") {
                unknown_keys(cx, "/info/license", license, license_keys, "`license`", out);
            }
        }
        Some(other) => out.push(cx.error(
            RULE,
            "/info",
            format!("`info` must be an object, found {}", type_name(other)),
            "write `info: {title: .., version: ..}`",
        )),
        None => {}
    }
    if let Some(paths) = root.get("paths")
        && !paths.is_object()
    {
        out.push(cx.error(
            RULE,
            "/paths",
            format!("`paths` must be an object, found {}", type_name(paths)),
            "map each path (`/books`) to a path item",
        ));
    }
}

fn check_parameter(
    cx: &Context<'_>,
    pointer: &str,
    map: &serde_json::Map<String, Value>,
    out: &mut Vec<Diagnostic>,
) {
    let location = map.get("in").and_then(Value::as_str);
    if let Some(location) = location
        && !PARAMETER_LOCATIONS.contains(&location)
    {
        out.push(cx.error(
            RULE,
            &format!("{pointer}/in"),
            format!("`in: {location}` is not a parameter location"),
            "use one of query, header, path, cookie",
        ));
    }
    if location == Some("path") && map.get("required") != Some(&Value::Bool(true)) {
        out.push(cx.error(
            "generator-path-parameter-required",
            pointer,
            "path parameters must have `required: true`".into(),
            "add `required: true`",
        ));
    }
    if map.contains_key("schema") && map.contains_key("content") {
        out.push(cx.error(
            RULE,
            pointer,
            "a parameter has either `schema` or `content`, not both".into(),
            "remove one of them",
        ));
    }
}

fn check_schema(
    cx: &Context<'_>,
    pointer: &str,
    map: &serde_json::Map<String, Value>,
    out: &mut Vec<Diagnostic>,
) {
    let types: Vec<&Value> = match map.get("type") {
        Some(Value::Array(items)) if cx.version >= Version::V3_1 => items.iter().collect(),
        Some(single) => vec![single],
        None => Vec::new(),
    };
    for t in types {
        if !t.as_str().is_some_and(|t| SCHEMA_TYPES.contains(&t))
            || (cx.version == Version::V3_0 && t == "null")
        {
            out.push(cx.error(
                RULE,
                &format!("{pointer}/type"),
                format!("{t} is not a schema type"),
                "use string, number, integer, boolean, array or object (and `null` in a 3.1 type list)",
            ));
        }
    }
    if let Some(required) = map.get("required")
        && !required
            .as_array()
            .is_some_and(|r| r.iter().all(Value::is_string))
    {
        out.push(cx.error(
            RULE,
            &format!("{pointer}/required"),
            "`required` must be a list of property names".into(),
            "write `required: [id, title]`",
        ));
    }
    let keys = match cx.version {
        Version::V3_0 => SCHEMA_KEYS_3_0,
        Version::V3_1 => SCHEMA_KEYS_3_1,
    };
    unknown_keys(cx, pointer, map, keys, "a schema", out);
    for (key, value) in map {
        let Some(expected) = keyword_type(key, cx.version) else {
            continue;
        };
        let fits = match expected {
            "number" => value.is_number(),
            "integer" => value.is_u64(),
            "boolean" => value.is_boolean(),
            "string" => value.is_string(),
            "object" => value.is_object(),
            _ => value.is_array(),
        };
        if !fits {
            let wanted = match expected {
                "integer" => "a non-negative integer",
                "number" => "a number",
                "boolean" => "a boolean",
                "string" => "a string",
                "object" => "an object",
                _ => "a list",
            };
            out.push(cx.error(
                RULE,
                &format!("{pointer}/{}", crate::yaml::escape_token(key)),
                format!("`{key}` must be {wanted}, found {}", type_name(value)),
                format!("write `{key}` as {wanted}"),
            ));
        }
    }
}

/// Schema keywords Redocly knows in OpenAPI 3.0 (a JSON Schema subset, plus `nullable`).
const SCHEMA_KEYS_3_0: &[&str] = &[
    "$ref",
    "externalDocs",
    "discriminator",
    "title",
    "multipleOf",
    "maximum",
    "minimum",
    "exclusiveMaximum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "maxProperties",
    "minProperties",
    "required",
    "enum",
    "type",
    "allOf",
    "anyOf",
    "oneOf",
    "not",
    "properties",
    "items",
    "additionalProperties",
    "description",
    "format",
    "default",
    "nullable",
    "readOnly",
    "writeOnly",
    "xml",
    "example",
    "deprecated",
];

/// Schema keywords Redocly knows in OpenAPI 3.1 (JSON Schema 2020-12; no `nullable`).
const SCHEMA_KEYS_3_1: &[&str] = &[
    "$ref",
    "$id",
    "$anchor",
    "id",
    "$schema",
    "definitions",
    "$defs",
    "$vocabulary",
    "externalDocs",
    "discriminator",
    "title",
    "multipleOf",
    "maximum",
    "minimum",
    "exclusiveMaximum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "maxProperties",
    "minProperties",
    "required",
    "enum",
    "type",
    "allOf",
    "anyOf",
    "oneOf",
    "not",
    "if",
    "then",
    "else",
    "dependentSchemas",
    "dependentRequired",
    "prefixItems",
    "contains",
    "minContains",
    "maxContains",
    "patternProperties",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "summary",
    "properties",
    "items",
    "additionalProperties",
    "description",
    "format",
    "contentEncoding",
    "contentMediaType",
    "contentSchema",
    "default",
    "readOnly",
    "writeOnly",
    "xml",
    "examples",
    "example",
    "deprecated",
    "const",
    "$comment",
    "$dynamicAnchor",
    "$dynamicRef",
];

/// The JSON type a schema keyword's value must have, where Redocly checks it.
fn keyword_type(key: &str, version: Version) -> Option<&'static str> {
    Some(match key {
        "multipleOf" | "maximum" | "minimum" => "number",
        "exclusiveMaximum" | "exclusiveMinimum" if version == Version::V3_0 => "boolean",
        "exclusiveMaximum" | "exclusiveMinimum" => "number",
        "maxLength" | "minLength" | "maxItems" | "minItems" | "maxProperties" | "minProperties"
        | "minContains" | "maxContains" => "integer",
        "uniqueItems" | "readOnly" | "writeOnly" | "deprecated" | "nullable" => "boolean",
        "title" | "pattern" | "description" | "format" | "$comment" => "string",
        "properties" | "patternProperties" | "$defs" | "definitions" | "dependentSchemas" => {
            "object"
        }
        "enum" | "allOf" | "anyOf" | "oneOf" | "prefixItems" => "array",
        "examples" if version == Version::V3_1 => "array",
        _ => return None,
    })
}

pub fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Root => "the document",
        Kind::Paths => "`paths`",
        Kind::PathItem => "a path item",
        Kind::Operation => "an operation",
        Kind::Callback => "a callback",
        Kind::Responses => "`responses`",
        Kind::Response => "a response",
        Kind::Parameter => "a parameter",
        Kind::Header => "a header",
        Kind::RequestBody => "a request body",
        Kind::MediaType => "a media type",
        Kind::Encoding => "an encoding",
        Kind::Example => "an example",
        Kind::Link => "a link",
        Kind::SecurityScheme => "a security scheme",
        Kind::Components => "`components`",
        Kind::Schema => "a schema",
        Kind::Discriminator => "a discriminator",
        Kind::Mapping => "a discriminator mapping",
    }
}

pub fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn unknown_keys(
    cx: &Context<'_>,
    pointer: &str,
    map: &serde_json::Map<String, Value>,
    allowed: &[&str],
    what: &str,
    out: &mut Vec<Diagnostic>,
) {
    for key in map.keys() {
        if !key.starts_with("x-") && !allowed.contains(&key.as_str()) {
            out.push(cx.error(
                RULE,
                &format!("{pointer}/{}", crate::yaml::escape_token(key)),
                format!("property `{key}` is not expected in {what}"),
                format!(
                    "remove `{key}` or prefix it with `x-`; allowed: {}",
                    allowed.join(", ")
                ),
            ));
        }
    }
}
