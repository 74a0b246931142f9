//! The view of `client.rs`: per operation the method's arguments, the statements building the
//! request and the arms decoding the response.

use askama::Template;

use super::super::ir::{
    Body, BodyKind, Location, Operation, Prim, ResponseVariant, StatusMatch, Ty,
};
use super::super::names::{format_body, str_lit};
use super::{MODEL, VariantShape, doc_comment};

#[derive(Template)]
#[template(path = "client.rs.j2", escape = "none")]
pub struct ClientFile<'a> {
    pub header: &'a str,
    pub title: &'a str,
    pub base_path: &'a str,
    pub ops: Vec<ClientOp>,
    /// The outbound port trait the client implements (a client-only API), if any.
    pub outbound_trait: Option<&'a str>,
}

pub struct ClientOp {
    pub doc: String,
    pub ident: String,
    /// The method's arguments after `&self` (`params: &GetBookParams`, `body: &model::Book`).
    pub args: Vec<String>,
    pub response_type: String,
    /// The URL as a `format!` body after the base URL, `{}` for each path parameter, and the
    /// arguments filling them (each with its leading `, `).
    pub url: String,
    pub url_args: String,
    /// `GET`, as `reqwest::Method` names it.
    pub method: String,
    /// `push_param(&mut query, ..)` per query parameter (empty: no query string).
    pub query: Vec<String>,
    /// `request = header(request, ..)` per header parameter.
    pub headers: Vec<String>,
    /// `push_param(&mut cookies, ..)` per cookie parameter (empty: no `Cookie` header).
    pub cookies: Vec<String>,
    /// Attaching the body (empty without one).
    pub send_body: String,
    /// What is read from the response before matching its status (headers, body bytes).
    pub reads: Vec<&'static str>,
    /// Status → response enum value, the fallback for undeclared statuses last.
    pub arms: Vec<String>,
    /// The spec declares `security` for the operation: the bearer token is sent.
    pub secured: bool,
    /// `mut request` when anything is added to the request after it is built.
    pub request_binding: &'static str,
    /// The arguments passed on by the outbound trait's method (`, params, body`).
    pub arg_names: String,
}

pub fn client_ops(ops: &[Operation]) -> Vec<ClientOp> {
    ops.iter().map(client_op).collect()
}

/// The client method's arguments after `&self` (`params: &GetBookParams`, `body: &model::Book`),
/// as the outbound port trait declares them too.
pub fn client_args(op: &Operation) -> Vec<String> {
    let mut args = Vec::new();
    if let Some(params_type) = &op.params_type {
        args.push(format!("params: &{params_type}"));
    }
    if let Some(body) = &op.body {
        let ty = body_arg_ty(body);
        args.push(if body.required {
            format!("body: &{ty}")
        } else {
            format!("body: Option<&{ty}>")
        });
    }
    args
}

/// The argument names matching [`client_args`] (`params, body`).
pub fn client_arg_names(op: &Operation) -> Vec<&'static str> {
    let mut names = Vec::new();
    if op.params_type.is_some() {
        names.push("params");
    }
    if op.body.is_some() {
        names.push("body");
    }
    names
}

/// The borrowed body's type: a slice for a JSON array, `str` for text or a JSON string, `[u8]`
/// for bytes.
fn body_arg_ty(body: &Body) -> String {
    match (body.kind, &body.shape.ty) {
        (BodyKind::Bytes, _) => "[u8]".to_owned(),
        (BodyKind::Text, _) | (BodyKind::Json, Ty::Prim(Prim::String)) => "str".to_owned(),
        (BodyKind::Json, Ty::List(item)) => format!("[{}]", item.rust_with(MODEL)),
        (BodyKind::Json | BodyKind::Form, _) => body.shape.rust_with(MODEL),
    }
}

fn client_op(op: &Operation) -> ClientOp {
    let args = client_args(op);
    let mut send_body = String::new();
    if let Some(body) = &op.body {
        let media = str_lit(&body.media_type);
        let attach = match body.kind {
            BodyKind::Json => {
                format!("request = openapi_runtime::client::json_body(request, {media}, body)?;")
            }
            BodyKind::Form => {
                format!("request = openapi_runtime::client::form_body(request, {media}, body)?;")
            }
            BodyKind::Text => {
                format!("request = openapi_runtime::client::text_body(request, {media}, body);")
            }
            BodyKind::Bytes => {
                format!("request = openapi_runtime::client::bytes_body(request, {media}, body);")
            }
        };
        send_body = if body.required {
            attach
        } else {
            format!("if let Some(body) = body {{\n            {attach}\n        }}")
        };
    }
    let params_in = |location: Location, push: &dyn Fn(&str, &str) -> String| -> Vec<String> {
        op.params
            .iter()
            .filter(|p| p.location == location)
            .map(|p| push(&str_lit(&p.field.wire), &p.field.ident))
            .collect()
    };
    let query = params_in(Location::Query, &|wire, ident| {
        format!("openapi_runtime::client::push_param(&mut query, {wire}, &params.{ident})?;")
    });
    let headers = params_in(Location::Header, &|wire, ident| {
        format!("request = openapi_runtime::client::header(request, {wire}, &params.{ident})?;")
    });
    let cookies = params_in(Location::Cookie, &|wire, ident| {
        format!("openapi_runtime::client::push_param(&mut cookies, {wire}, &params.{ident})?;")
    });

    let has_default = op
        .responses
        .iter()
        .any(|v| v.status == StatusMatch::Default);
    let mut reads = Vec::new();
    if op.responses.iter().any(|v| !v.headers.is_empty()) {
        reads.push("let headers = response.headers().clone();");
    }
    if !has_default || op.responses.iter().any(|v| v.body.is_some()) {
        reads.push("let bytes = response.bytes().await?;");
    }
    let mut arms: Vec<String> = op.responses.iter().map(|v| arm(op, v)).collect();
    if !has_default {
        arms.push("_ => Err(ClientError::unexpected_status(status, &bytes)),".to_owned());
    }
    let (url, url_args) = url(op);
    let request_binding =
        if query.is_empty() && headers.is_empty() && cookies.is_empty() && send_body.is_empty() {
            "request"
        } else {
            "mut request"
        };
    ClientOp {
        doc: doc_comment(op.doc.as_deref()),
        ident: op.ident.clone(),
        args,
        response_type: op.response_type.clone(),
        url,
        url_args,
        method: op.method.to_uppercase(),
        query,
        headers,
        cookies,
        send_body,
        reads,
        arms,
        secured: op.has_security(),
        request_binding,
        arg_names: client_arg_names(op)
            .iter()
            .map(|name| format!(", {name}"))
            .collect(),
    }
}

/// The URL after the base URL (which already ends with the base path) as a `format!` body with
/// `{}` for each path parameter, and its arguments.
fn url(op: &Operation) -> (String, String) {
    let mut url = String::new();
    let mut args = String::new();
    let mut rest = op.path.as_str();
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        url.push_str(&format_body(&rest[..open]));
        let wire = &rest[open + 1..close];
        match op
            .params
            .iter()
            .find(|p| p.location == Location::Path && p.field.wire == wire)
        {
            Some(p) => {
                url.push_str("{}");
                args.push_str(&format!(
                    ", openapi_runtime::client::path_segment(&params.{})?",
                    p.field.ident
                ));
            }
            None => url.push_str(&format_body(&rest[open..=close])),
        }
        rest = &rest[close + 1..];
    }
    url.push_str(&format_body(rest));
    (url, args)
}

/// `200 => Ok(GetBookResponse::Ok(decode_json(..)?)),`: one declared status decoded.
fn arm(op: &Operation, v: &ResponseVariant) -> String {
    let shape = VariantShape::of(v);
    let rt = &op.response_type;
    let ident = &v.ident;
    let matcher = match &v.status {
        StatusMatch::Exact(code) => format!("{code}"),
        StatusMatch::Range(d) => format!("{}..={}", d * 100, d * 100 + 99),
        StatusMatch::Default => "_".to_owned(),
    };
    let body_expr = match &v.body {
        Some(b) => match b.kind {
            BodyKind::Json | BodyKind::Form => {
                "openapi_runtime::client::decode_json(status, &bytes)?".to_owned()
            }
            BodyKind::Text => "openapi_runtime::client::decode_text(status, &bytes)?".to_owned(),
            BodyKind::Bytes => "bytes.to_vec()".to_owned(),
        },
        None => String::new(),
    };
    let value = if shape.struct_like {
        let mut members = Vec::new();
        if shape.exact.is_none() {
            members.push("status".to_owned());
        }
        if v.body.is_some() {
            members.push(format!("body: {body_expr}"));
        }
        for h in &v.headers {
            let f = if h.required {
                "required_header"
            } else {
                "optional_header"
            };
            members.push(format!(
                "{}: openapi_runtime::client::{f}(&headers, {})?",
                h.ident,
                str_lit(&h.wire)
            ));
        }
        format!("{rt}::{ident} {{ {} }}", members.join(", "))
    } else if v.body.is_some() {
        format!("{rt}::{ident}({body_expr})")
    } else {
        format!("{rt}::{ident}")
    };
    format!("{matcher} => Ok({value}),")
}
