//! The view of `router.rs`: per operation its security, location structs, handler statements
//! and response arms.

use askama::Template;

use super::super::defaults::in_module;
use super::super::ir::{BodyKind, Location, Operation, Presence, ResponseVariant, StatusMatch, Ty};
use super::super::names::str_lit;
use super::super::validation::Needs;
use super::{MODEL, VariantShape, serde_attr};

#[derive(Template)]
#[template(path = "router.rs.j2", escape = "none")]
pub struct RouterFile<'a> {
    pub header: &'a str,
    pub title: &'a str,
    pub trait_name: &'a str,
    pub base_path: &'a str,
    pub ops: Vec<RouterOp>,
    /// Route registrations: (path, `get(h::<S>).post(..)`).
    pub routes: Vec<(String, String)>,
}

/// The struct one parameter location (path, query, headers, cookies) is decoded into.
pub struct LocationStruct {
    pub name: String,
    /// `#[serde(rename = "x-id")]\nx_id: String`.
    pub fields: Vec<String>,
    /// `fn default_list_books_limit() -> i64 { 20 }` for each parameter with a spec default.
    pub default_fns: Vec<String>,
    /// `let query: Option<ListBooksQuery> = openapi_runtime::server::query_params(..);`
    pub extract: String,
}

pub struct RouterOp {
    pub ident: String,
    pub method: String,
    /// The full route (base path included).
    pub route: String,
    /// `SECURITY_<OP>`, empty for a public operation.
    pub security_const: String,
    pub security: String,
    pub locations: Vec<LocationStruct>,
    /// The router's `ERRORS_<OP>` constant: what the operation may answer on failure.
    pub errors_const: String,
    pub errors_value: String,
    /// The handler's request argument (`_request` when nothing is read from it).
    pub request_arg: String,
    /// Splitting the request into parts and body, as far as the handler needs them.
    pub prologue: String,
    /// Media types of the success responses (`&["application/json"]`), for the 406 check;
    /// empty when no success response has a body.
    pub produces: String,
    /// The decoded body's type and the call decoding it (empty without a body).
    pub body_decoded_ty: String,
    pub body_decoder: String,
    /// `Some(path)` / `(Some(path), Some(body))` for the let-else that stops on decode errors;
    /// empty when nothing is decoded (and so no errors are collected).
    pub let_pattern: String,
    pub let_expr: String,
    pub params_type: Option<String>,
    /// The params struct's members, each from its location (`id: path.id`).
    pub param_sources: Vec<String>,
    /// Validating the decoded JSON body (empty for a raw body or none).
    pub body_validate: String,
    /// The let-else that answers 401 when the operation needs a principal and got none.
    pub require_principal: String,
    pub request_type: String,
    /// The request struct's members (`params`, `body`, `principal`).
    pub request_fields: Vec<&'static str>,
    pub response_type: String,
    /// Response enum value → HTTP response.
    pub response_arms: Vec<String>,
}

pub fn router_ops(ops: &[Operation], base_path: &str, needs: &Needs) -> Vec<RouterOp> {
    ops.iter()
        .map(|op| router_op(op, base_path, needs))
        .collect()
}

fn router_op(op: &Operation, base_path: &str, needs: &Needs) -> RouterOp {
    let locations: Vec<(Location, LocationStruct)> = [
        Location::Path,
        Location::Query,
        Location::Header,
        Location::Cookie,
    ]
    .into_iter()
    .filter_map(|location| location_struct(op, location).map(|s| (location, s)))
    .collect();
    let param_sources = locations
        .iter()
        .flat_map(|(location, _)| {
            op.params
                .iter()
                .filter(move |p| p.location == *location)
                .map(move |p| format!("{0}: {1}.{0}", p.field.ident, location.as_str()))
        })
        .collect();

    let has_path = op.params.iter().any(|p| p.location == Location::Path);
    let produces_body = op
        .responses
        .iter()
        .any(|v| v.body.is_some() && is_success(&v.status));
    let needs_parts =
        op.has_security() || !op.params.is_empty() || op.body.is_some() || produces_body;
    let prologue = match (needs_parts, op.body.is_some(), has_path) {
        (false, _, _) => String::new(),
        (true, true, true) => "let (mut parts, body) = request.into_parts();".to_owned(),
        (true, true, false) => "let (parts, body) = request.into_parts();".to_owned(),
        (true, false, true) => "let (mut parts, _) = request.into_parts();".to_owned(),
        (true, false, false) => "let (parts, _) = request.into_parts();".to_owned(),
    };

    let (body_decoded_ty, body_decoder) = match &op.body {
        None => (String::new(), String::new()),
        Some(body) => {
            let ty = body.shape.rust_with(MODEL);
            let optional = if body.required { "" } else { "optional_" };
            let decoded_ty = if body.required {
                format!("Option<{ty}>")
            } else {
                format!("Option<Option<{ty}>>")
            };
            let decoder = match body.kind {
                BodyKind::Json => format!(
                    "openapi_runtime::server::{optional}json_body(&parts.headers, body, state.config.body_limit, &mut errors).await"
                ),
                BodyKind::Form => format!(
                    "openapi_runtime::server::{optional}form_body(&parts.headers, body, state.config.body_limit, &mut errors).await"
                ),
                BodyKind::Text => format!(
                    "openapi_runtime::server::{optional}text_body(&parts.headers, {}, body, state.config.body_limit, &mut errors).await",
                    str_lit(&body.media_type)
                ),
                BodyKind::Bytes => format!(
                    "openapi_runtime::server::{optional}bytes_body(&parts.headers, {}, body, state.config.body_limit, &mut errors).await",
                    str_lit(&body.media_type)
                ),
            };
            (decoded_ty, decoder)
        }
    };

    let mut bound: Vec<&str> = locations.iter().map(|(l, _)| l.as_str()).collect();
    if op.body.is_some() {
        bound.push("body");
    }
    let (let_pattern, let_expr) = match bound.as_slice() {
        [] => (String::new(), String::new()),
        [one] => (format!("Some({one})"), (*one).to_owned()),
        many => (
            format!(
                "({})",
                many.iter()
                    .map(|b| format!("Some({b})"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            format!("({})", many.join(", ")),
        ),
    };

    let mut request_fields = Vec::new();
    if op.params_type.is_some() {
        request_fields.push("params");
    }
    if op.body.is_some() {
        request_fields.push("body");
    }
    if op.has_security() {
        request_fields.push("principal");
    }

    let mut media: Vec<String> = Vec::new();
    for v in &op.responses {
        if let Some(b) = v.body.as_ref().filter(|_| is_success(&v.status))
            && !media.contains(&b.media_type)
        {
            media.push(b.media_type.clone());
        }
    }
    let produces = if media.is_empty() {
        String::new()
    } else {
        let media: Vec<String> = media.iter().map(|m| str_lit(m)).collect();
        format!("&[{}]", media.join(", "))
    };

    RouterOp {
        ident: op.ident.clone(),
        method: op.method.clone(),
        route: format!("{base_path}{}", op.path),
        security_const: if op.has_security() {
            format!("SECURITY_{}", op.ident.to_ascii_uppercase())
        } else {
            String::new()
        },
        security: security_expr(op),
        locations: locations.into_iter().map(|(_, s)| s).collect(),
        errors_const: format!("ERRORS_{}", op.ident.to_ascii_uppercase()),
        errors_value: errors_value(op),
        request_arg: if needs_parts { "request" } else { "_request" }.to_owned(),
        prologue,
        produces,
        body_decoded_ty,
        body_decoder,
        let_pattern,
        let_expr,
        params_type: op.params_type.clone(),
        param_sources,
        body_validate: match &op.body {
            // A body that is not a struct carries its constraints in the port's
            // `<op>_body_validate`, when it has any.
            Some(b) if b.kind == BodyKind::Json && !matches!(b.shape.ty, Ty::Named(_)) => {
                if needs.shape(&b.shape) {
                    format!(
                        "{{\n        let mut violations = openapi_runtime::Violations::default();\n        {}_body_validate(&body, \"/body\", &mut violations);\n        errors.extend(violations.errors);\n    }}",
                        op.ident
                    )
                } else {
                    "openapi_runtime::server::validate(&body, \"/body\", &mut errors);".to_owned()
                }
            }
            Some(b) if matches!(b.kind, BodyKind::Json | BodyKind::Form) => {
                "openapi_runtime::server::validate(&body, \"/body\", &mut errors);".to_owned()
            }
            _ => String::new(),
        },
        require_principal: if op.auth_required() {
            "let Some(principal) = principal else {\n        return openapi_runtime::Problem::unauthorized(\"this operation requires a bearer token\").into_response();\n    };".to_owned()
        } else {
            String::new()
        },
        request_type: op.request_type.clone(),
        request_fields,
        response_type: op.response_type.clone(),
        response_arms: op.responses.iter().map(|v| response_arm(op, v)).collect(),
    }
}

/// Whether a response with this status is a success (2XX).
fn is_success(status: &StatusMatch) -> bool {
    match *status {
        StatusMatch::Exact(code) => (200..300).contains(&code),
        StatusMatch::Range(d) => d == 2,
        StatusMatch::Default => false,
    }
}

/// The struct the parameters sent in `location` are decoded into, or `None` when none are.
fn location_struct(op: &Operation, location: Location) -> Option<LocationStruct> {
    let params: Vec<_> = op
        .params
        .iter()
        .filter(|p| p.location == location)
        .collect();
    if params.is_empty() {
        return None;
    }
    let name = format!(
        "{}{}",
        op.type_stem,
        match location {
            Location::Path => "Path",
            Location::Query => "Query",
            Location::Header => "Headers",
            Location::Cookie => "Cookies",
        }
    );
    let mut fields = Vec::new();
    let mut default_fns = Vec::new();
    for p in &params {
        let f = &p.field;
        let ty = f.rust_type_with(MODEL);
        let default_fn = match &f.presence {
            Presence::Defaulted(expr) => {
                let fn_name = format!("default_{}_{}", op.ident, f.ident.trim_end_matches('_'));
                default_fns.push(format!(
                    "fn {fn_name}() -> {ty} {{\n    {}\n}}",
                    in_module(expr, MODEL)
                ));
                Some(fn_name)
            }
            _ => None,
        };
        // Location structs always accept a missing optional value.
        let attr = match f.presence {
            Presence::Optional | Presence::OptionalNullable if f.wire != f.ident => {
                format!("#[serde(rename = {}, default)]\n", str_lit(&f.wire))
            }
            Presence::Optional | Presence::OptionalNullable => "#[serde(default)]\n".to_owned(),
            _ => serde_attr(f, &f.ident, default_fn.as_deref()),
        };
        fields.push(format!("{attr}{}: {ty}", f.ident));
    }
    let names: Vec<String> = params.iter().map(|p| str_lit(&p.field.wire)).collect();
    let names = format!("&[{}]", names.join(", "));
    let kind = location.as_str();
    let extract = match location {
        Location::Path => format!(
            "let {kind}: Option<{name}> = openapi_runtime::server::path_params(&mut parts, &mut errors).await;"
        ),
        Location::Query => format!(
            "let {kind}: Option<{name}> = openapi_runtime::server::query_params(&parts, &mut errors);"
        ),
        Location::Header => format!(
            "let {kind}: Option<{name}> = openapi_runtime::server::header_params(&parts, {names}, &mut errors);"
        ),
        Location::Cookie => format!(
            "let {kind}: Option<{name}> = openapi_runtime::server::cookie_params(&parts, {names}, &mut errors);"
        ),
    };
    Some(LocationStruct {
        name,
        fields,
        default_fns,
        extract,
    })
}

/// `Ok(body) => json_response(..)`: one response enum value sent as HTTP.
fn response_arm(op: &Operation, v: &ResponseVariant) -> String {
    let shape = VariantShape::of(v);
    let rt = &op.response_type;
    let ident = &v.ident;
    let pattern = if shape.struct_like {
        let mut names = Vec::new();
        if shape.exact.is_none() {
            names.push("status".to_owned());
        }
        if shape.body_ty.is_some() {
            names.push("body".to_owned());
        }
        names.extend(v.headers.iter().map(|h| h.ident.clone()));
        format!("{rt}::{ident} {{ {} }}", names.join(", "))
    } else if shape.body_ty.is_some() {
        format!("{rt}::{ident}(body)")
    } else {
        format!("{rt}::{ident}")
    };
    let status_value = shape.status_value();
    let build = match &v.body {
        Some(b) if b.kind == BodyKind::Json => format!(
            "openapi_runtime::server::json_response({status_value}, {}, &body)",
            str_lit(&b.media_type)
        ),
        Some(b) if b.kind == BodyKind::Text => format!(
            "openapi_runtime::server::text_response({status_value}, {}, body)",
            str_lit(&b.media_type)
        ),
        Some(b) => format!(
            "openapi_runtime::server::bytes_response({status_value}, {}, body)",
            str_lit(&b.media_type)
        ),
        None => format!("openapi_runtime::server::empty_response({status_value})"),
    };
    if v.headers.is_empty() {
        return format!("{pattern} => {build},");
    }
    let mut server = format!("let mut response = {build};\n");
    for h in &v.headers {
        let name = str_lit(&h.wire);
        if h.required {
            server.push_str(&format!(
                "openapi_runtime::server::set_header(&mut response, {name}, &{});\n",
                h.ident
            ));
        } else {
            server.push_str(&format!(
                "if let Some(value) = &{} {{\nopenapi_runtime::server::set_header(&mut response, {name}, value);\n}}\n",
                h.ident
            ));
        }
    }
    format!("{pattern} => {{\n{server}response\n}}")
}

/// The `openapi_runtime::OperationErrors` value of an operation: its declared error statuses
/// and where each of its inputs is sent.
fn errors_value(op: &Operation) -> String {
    let mut statuses = Vec::new();
    let mut ranges = Vec::new();
    let mut default = false;
    for v in &op.responses {
        match v.status {
            StatusMatch::Exact(code) if code >= 400 => statuses.push(code.to_string()),
            StatusMatch::Range(d) if d >= 4 => ranges.push(d.to_string()),
            StatusMatch::Default => default = true,
            _ => {}
        }
    }
    let names = |location: Location| {
        let names: Vec<String> = op
            .params
            .iter()
            .filter(|p| p.location == location)
            .map(|p| format!("({}, {})", str_lit(&p.field.ident), str_lit(&p.field.wire)))
            .collect();
        format!("&[{}]", names.join(", "))
    };
    format!(
        "openapi_runtime::OperationErrors {{ operation_id: {}, statuses: &[{}], ranges: &[{}], default: {default}, \
         locations: openapi_runtime::InputLocations {{ path: {}, query: {}, header: {}, cookie: {} }} }}",
        str_lit(&op.ident),
        statuses.join(", "),
        ranges.join(", "),
        names(Location::Path),
        names(Location::Query),
        names(Location::Header),
        names(Location::Cookie),
    )
}

fn security_expr(op: &Operation) -> String {
    let alternatives: Vec<String> = op
        .security
        .iter()
        .map(|alt| {
            let reqs: Vec<String> = alt
                .iter()
                .map(|r| {
                    let roles: Vec<String> = r.roles.iter().map(|x| str_lit(x)).collect();
                    format!(
                        "openapi_runtime::auth::SecurityRequirement {{ scheme: {}, roles: &[{}] }}",
                        str_lit(&r.scheme),
                        roles.join(", ")
                    )
                })
                .collect();
            format!("&[{}]", reqs.join(", "))
        })
        .collect();
    format!("&[{}]", alternatives.join(", "))
}

/// Route registrations grouped by path, methods in a fixed order.
pub fn routes(ops: &[RouterOp]) -> Vec<(String, String)> {
    let mut routes: Vec<(String, Vec<String>)> = Vec::new();
    for op in ops {
        let registration = format!("{}({}::<S>)", op.method, op.ident);
        match routes.iter_mut().find(|(path, _)| *path == op.route) {
            Some((_, methods)) => methods.push(registration),
            None => routes.push((op.route.clone(), vec![registration])),
        }
    }
    routes
        .into_iter()
        .map(|(path, methods)| {
            let chain = methods
                .iter()
                .enumerate()
                .map(|(i, m)| {
                    if i == 0 {
                        format!("axum::routing::{m}")
                    } else {
                        format!(".{m}")
                    }
                })
                .collect::<String>();
            (str_lit(&path), chain)
        })
        .collect()
}
