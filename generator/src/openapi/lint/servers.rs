//! Server rules: `no-empty-servers`, `no-server-trailing-slash`, `no-undefined-server-variable`
//! and `no-server-variables-empty-enum`.

use serde_json::Value;

use super::context::Context;
use super::paths::template_params;
use crate::diagnostics::Diagnostic;

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    match cx.doc.get("servers") {
        None => out.push(cx.error(
            "no-empty-servers",
            "",
            "the document has no `servers`".into(),
            "add `servers: [{url: /api/v1}]` (a relative URL is fine)",
        )),
        Some(Value::Array(list)) if list.is_empty() => out.push(cx.error(
            "no-empty-servers",
            "/servers",
            "`servers` is empty".into(),
            "list at least one server, e.g. `{url: /api/v1}`",
        )),
        _ => {}
    }
    let mut lists = vec![("/servers".to_owned(), cx.doc.get("servers"))];
    for op in &cx.operations {
        lists.push((
            format!("{}/servers", op.path_item_pointer),
            op.path_item.get("servers"),
        ));
        lists.push((format!("{}/servers", op.pointer), op.value.get("servers")));
    }
    lists.sort_by(|a, b| a.0.cmp(&b.0));
    lists.dedup_by(|a, b| a.0 == b.0);
    for (pointer, list) in lists {
        let Some(list) = list.and_then(Value::as_array) else {
            continue;
        };
        for (i, server) in list.iter().enumerate() {
            server_rules(cx, &format!("{pointer}/{i}"), server, out);
        }
    }
}

fn server_rules(cx: &Context<'_>, at: &str, server: &Value, out: &mut Vec<Diagnostic>) {
    let Some(url) = server.get("url").and_then(Value::as_str) else {
        return;
    };
    if url.ends_with('/') && url != "/" {
        out.push(cx.error(
            "no-server-trailing-slash",
            &format!("{at}/url"),
            format!("server URL `{url}` ends with a slash"),
            format!("write `{}`", url.trim_end_matches('/')),
        ));
    }
    let used = template_params(url);
    let variables = server.get("variables").and_then(Value::as_object);
    for name in &used {
        if !variables.is_some_and(|v| v.contains_key(*name)) {
            out.push(cx.error(
                "no-undefined-server-variable",
                &format!("{at}/url"),
                format!("the `{name}` variable is not defined in the server's `variables`"),
                format!("add `variables: {{{name}: {{default: ..}}}}` or remove `{{{name}}}` from the URL"),
            ));
        }
    }
    let Some(variables) = variables else { return };
    for (name, variable) in variables {
        let var_at = format!("{at}/variables/{}", crate::yaml::escape_token(name));
        if !used.contains(&name.as_str()) {
            out.push(cx.error(
                "no-undefined-server-variable",
                &var_at,
                format!("the `{name}` variable is not used in the server's `url`"),
                format!("use `{{{name}}}` in the URL or remove the variable"),
            ));
        }
        if variable
            .get("enum")
            .and_then(Value::as_array)
            .is_some_and(Vec::is_empty)
        {
            out.push(cx.error(
                "no-server-variables-empty-enum",
                &format!("{var_at}/enum"),
                format!("server variable `{name}` has an empty `enum`"),
                "list the allowed values or remove `enum`",
            ));
        }
    }
}
