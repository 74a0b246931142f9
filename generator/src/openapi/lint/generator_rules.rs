//! What the generator itself needs from a spec: `generator-operation-id` (every operation is
//! named, since method and type names derive from it), `generator-named-body-schema` (JSON
//! bodies `$ref` a named schema, which becomes a DTO) and `generator-problem-json` (errors are
//! RFC 9457 `application/problem+json`, which the runtime's error type speaks). The last states
//! our house style only: a vendor's contract (`x-generator.lint: vendor` in `redocly.yaml`) is
//! linted without it, see [`crate::workspace::LintProfile`].

use serde_json::Value;

use super::context::{Context, Operation};
use crate::diagnostics::Diagnostic;
use crate::yaml::escape_token;

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for op in &cx.operations {
        let label = format!("{} {}", op.method.to_uppercase(), op.path);
        if op
            .value
            .get("operationId")
            .and_then(Value::as_str)
            .is_none_or(str::is_empty)
        {
            out.push(cx.error(
                "generator-operation-id",
                &op.pointer,
                format!("{label} has no operationId"),
                "add `operationId: <verbNoun>` (camelCase, e.g. `listBooks`); the generated method is named after it",
            ));
        }
        if let Some(body) = op.value.get("requestBody") {
            let (body, at) = cx.resolve(body, format!("{}/requestBody", op.pointer));
            named_bodies(cx, body, &at, &format!("the request body of {label}"), out);
        }
        responses(cx, op, &label, out);
    }
}

fn responses(cx: &Context<'_>, op: &Operation<'_>, label: &str, out: &mut Vec<Diagnostic>) {
    let Some(responses) = op.value.get("responses").and_then(Value::as_object) else {
        return;
    };
    for (code, response) in responses {
        let (response, at) = cx.resolve(
            response,
            format!("{}/responses/{}", op.pointer, escape_token(code)),
        );
        named_bodies(
            cx,
            response,
            &at,
            &format!("the {code} response of {label}"),
            out,
        );
        if !(code.starts_with('4') || code.starts_with('5')) {
            continue;
        }
        let Some(content) = response.get("content").and_then(Value::as_object) else {
            continue;
        };
        for media in content.keys() {
            if media != "application/problem+json" {
                out.push(cx.error(
                    "generator-problem-json",
                    &format!("{at}/content/{}", escape_token(media)),
                    format!("the {code} response of {label} is `{media}`"),
                    "error responses must be `application/problem+json` with the shared Problem schema",
                ));
            }
        }
    }
}

/// Every JSON media type under `content` has `schema: {$ref: '#/components/schemas/<Name>'}`.
fn named_bodies(cx: &Context<'_>, holder: &Value, at: &str, what: &str, out: &mut Vec<Diagnostic>) {
    let Some(content) = holder.get("content").and_then(Value::as_object) else {
        return;
    };
    for (media, body) in content {
        if !is_json(media) {
            continue;
        }
        let named = body
            .get("schema")
            .and_then(|s| s.get("$ref"))
            .and_then(Value::as_str)
            .is_some_and(|r| r.starts_with("#/components/schemas/"));
        if !named {
            out.push(cx.error(
                "generator-named-body-schema",
                &format!("{at}/content/{}/schema", escape_token(media)),
                format!("{what} (`{media}`) does not `$ref` a named schema"),
                "move the schema into `components/schemas/<Name>` and write `schema: {$ref: '#/components/schemas/<Name>'}`",
            ));
        }
    }
}

fn is_json(media: &str) -> bool {
    let essence = media.split(';').next().unwrap_or(media).trim();
    essence == "application/json" || essence.ends_with("+json")
}
