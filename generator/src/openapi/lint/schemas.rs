//! Schema and component rules: `no-enum-type-mismatch`, `no-schema-type-mismatch`,
//! `nullable-type-sibling`, `no-example-value-and-externalValue` and
//! `spec-components-invalid-map-name`.

use serde_json::Value;

use super::context::{Context, Version};
use super::structure::type_name;
use crate::diagnostics::Diagnostic;
use crate::openapi::bundle::Kind;
use crate::yaml::escape_token;

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for node in cx.nodes_of(Kind::Schema) {
        let Some(schema) = node.value.as_object() else {
            continue;
        };
        if schema.contains_key("$ref") && cx.version == Version::V3_0 {
            continue;
        }
        let types: Vec<&str> = match schema.get("type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        let nullable = schema.get("nullable") == Some(&Value::Bool(true));
        if let Some(values) = schema.get("enum").and_then(Value::as_array)
            && !types.is_empty()
        {
            for (i, value) in values.iter().enumerate() {
                let fits =
                    types.iter().any(|t| matches_type(value, t)) || (value.is_null() && nullable);
                if !fits {
                    out.push(cx.error(
                        "no-enum-type-mismatch",
                        &format!("{}/enum/{i}", node.pointer),
                        format!(
                            "enum value {value} is {} but the schema's type is {}",
                            type_name(value),
                            types.join(" or ")
                        ),
                        "make every enum value match `type` (quote numbers meant as strings)",
                    ));
                }
            }
        }
        let has = |t: &str| types.contains(&t);
        if has("object") && !has("array") && schema.contains_key("items") {
            out.push(cx.error(
                "no-schema-type-mismatch",
                &format!("{}/items", node.pointer),
                "a schema of type object has `items`".into(),
                "use `type: array` or `properties`",
            ));
        }
        if has("array") && !has("object") && schema.contains_key("properties") {
            out.push(cx.error(
                "no-schema-type-mismatch",
                &format!("{}/properties", node.pointer),
                "a schema of type array has `properties`".into(),
                "move the properties into `items` or use `type: object`",
            ));
        }
        if cx.version == Version::V3_0
            && schema.contains_key("nullable")
            && !schema.contains_key("type")
        {
            out.push(cx.error(
                "nullable-type-sibling",
                &format!("{}/nullable", node.pointer),
                "`nullable` needs a `type` next to it".into(),
                "add the `type` of the non-null values",
            ));
        }
    }
    for node in cx.nodes_of(Kind::Example) {
        if node.value.get("value").is_some() && node.value.get("externalValue").is_some() {
            out.push(cx.error(
                "no-example-value-and-externalValue",
                &node.pointer,
                "an example has both `value` and `externalValue`".into(),
                "keep one of them",
            ));
        }
    }
    components_map_names(cx, out);
}

fn matches_type(value: &Value, t: &str) -> bool {
    match t {
        "string" => value.is_string(),
        "number" => value.is_number(),
        "integer" => {
            value.is_i64() || value.is_u64() || value.as_f64().is_some_and(|f| f.fract() == 0.0)
        }
        "boolean" => value.is_boolean(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        "null" => value.is_null(),
        _ => true,
    }
}

fn components_map_names(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(components) = cx.doc.get("components").and_then(Value::as_object) else {
        return;
    };
    for (section, entries) in components {
        let Some(entries) = entries.as_object() else {
            continue;
        };
        for name in entries.keys() {
            if !name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
                || name.is_empty()
            {
                out.push(cx.error(
                    "spec-components-invalid-map-name",
                    &format!("/components/{}/{}", escape_token(section), escape_token(name)),
                    format!("component name `{name}` in `{section}` has characters other than A-Z a-z 0-9 . - _"),
                    "rename the component (and every `$ref` to it)",
                ));
            }
        }
    }
}
