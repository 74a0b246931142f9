//! `no-unresolved-refs`: every `$ref` left in the bundle points at something in it.

use serde_json::Value;

use super::context::Context;
use crate::diagnostics::Diagnostic;
use crate::openapi::bundle::Kind;
use crate::yaml::escape_token;

const RULE: &str = "no-unresolved-refs";

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for node in &cx.nodes {
        if node.kind.takes_refs()
            && let Some(reference) = node.value.get("$ref").and_then(Value::as_str)
        {
            check_one(cx, &format!("{}/$ref", node.pointer), reference, out);
        }
        if node.kind == Kind::Mapping
            && let Some(mapping) = node.value.as_object()
        {
            for (key, value) in mapping {
                if let Some(reference) = value.as_str().filter(|r| r.starts_with('#')) {
                    check_one(
                        cx,
                        &format!("{}/{}", node.pointer, escape_token(key)),
                        reference,
                        out,
                    );
                }
            }
        }
    }
}

fn check_one(cx: &Context<'_>, pointer: &str, reference: &str, out: &mut Vec<Diagnostic>) {
    if cx.target(reference).is_some() {
        return;
    }
    let hint = if reference.starts_with('#') {
        "point the `$ref` at an existing node, e.g. `#/components/schemas/<Name>`"
    } else {
        "the bundled document may only hold internal refs (`#/...`); bundle the spec first"
    };
    out.push(cx.error(
        RULE,
        pointer,
        format!("can't resolve `$ref: {reference}`"),
        hint,
    ));
}
