//! The view of `port.rs`: per operation its params struct, request struct, response enum and
//! trait method.

use askama::Template;

use super::super::defaults::in_module;
use super::super::ir::{
    Api, BodyKind, Location, Operation, Presence, Prim, ResponseVariant, StatusMatch, Ty,
};
use super::super::names::format_body;
use super::super::validation::{Emitter, Needs};
use super::{MODEL, VariantShape, doc_comment};

#[derive(Template)]
#[template(path = "port.rs.j2", escape = "none")]
pub struct PortFile<'a> {
    pub header: &'a str,
    pub title: &'a str,
    pub api_doc: String,
    pub trait_name: &'a str,
    pub patterns: String,
    pub ops: Vec<PortOp>,
    /// An outbound port (an API the service calls): the trait takes the client's arguments and
    /// answers `ClientError`s; no request structs.
    pub outbound: bool,
}

pub struct PortParam {
    pub doc: String,
    pub ident: String,
    pub ty: String,
    /// The value in `impl Default` (`None` for an optional parameter).
    pub default_expr: String,
}

pub struct PortVariant {
    pub doc: String,
    /// The variant as declared in the enum.
    pub decl: String,
    /// `Self::Ok(_) => http::StatusCode::OK` (the status of a value).
    pub status_arm: String,
}

pub struct PortOp {
    pub doc: String,
    pub ident: String,
    pub params_type: Option<String>,
    pub params: Vec<PortParam>,
    /// Every parameter is optional, so the params struct gets an `impl Default`.
    pub params_default: bool,
    /// The body of `Validate::validate_into` (empty when nothing can fail).
    pub params_validate: String,
    pub request_type: String,
    /// The request struct's members (`pub params: ListBooksParams`), with their docs.
    pub request_fields: Vec<String>,
    pub response_type: String,
    pub variants: Vec<PortVariant>,
    /// For a GET with path parameters, a function building its URL path (for `Location`).
    pub location_fn: String,
    /// The outbound trait method's arguments after `&self` (the client's).
    pub outbound_args: Vec<String>,
    /// `validate_<op>_body`, checking a body whose schema is not a struct (a constrained
    /// string, an array with `minItems`...), whose constraints no `Validate` impl carries.
    pub body_validate_fn: String,
}

/// The views of every operation, and the pattern statics their validation uses.
pub fn port_ops(api: &Api, needs: &Needs, outbound: bool) -> (Vec<PortOp>, String) {
    let mut emitter = Emitter::new(needs);
    let ops = api
        .operations
        .iter()
        .map(|op| port_op(op, &api.base_path, &mut emitter, outbound))
        .collect();
    (ops, emitter.patterns.render())
}

fn port_op(op: &Operation, base_path: &str, emitter: &mut Emitter<'_>, outbound: bool) -> PortOp {
    let params: Vec<PortParam> = op
        .params
        .iter()
        .map(|p| PortParam {
            doc: doc_comment(p.field.doc.as_deref()),
            ident: p.field.ident.clone(),
            ty: p.field.rust_type_with(MODEL),
            default_expr: match &p.field.presence {
                Presence::Defaulted(expr) => in_module(expr, MODEL),
                _ => "None".to_owned(),
            },
        })
        .collect();
    let params_default = !op.params.is_empty()
        && op
            .params
            .iter()
            .all(|p| !matches!(p.field.presence, Presence::Required));
    let params_validate = emitter.fields(op.params.iter().map(|p| {
        (
            &p.field,
            match p.location {
                Location::Path => "/path",
                Location::Query => "/query",
                Location::Header => "/header",
                Location::Cookie => "/cookie",
            },
        )
    }));
    let body_validate_fn = match &op.body {
        Some(body)
            if matches!(body.kind, BodyKind::Json)
                && !matches!(body.shape.ty, Ty::Named(_))
                && emitter.needs.shape(&body.shape) =>
        {
            let mut statements = String::new();
            emitter.shape(&body.shape, "value", "pointer", 0, &mut statements);
            format!(
                "/// Checks the spec's constraints on the body of `{ident}`.\npub fn {ident}_body_validate(value: &{ty}, pointer: &str, violations: &mut openapi_runtime::Violations) {{\n{statements}}}",
                ident = op.ident,
                ty = match &body.shape.ty {
                    Ty::Prim(Prim::String) => "str".to_owned(),
                    Ty::List(item) => format!("[{}]", item.rust_with(MODEL)),
                    _ => body.shape.rust_with(MODEL),
                },
            )
        }
        _ => String::new(),
    };
    let mut request_fields = Vec::new();
    if let Some(params_type) = &op.params_type {
        request_fields.push(format!("pub params: {params_type}"));
    }
    if let Some(body) = &op.body {
        let ty = body.shape.rust_with(MODEL);
        request_fields.push(if body.required {
            format!("pub body: {ty}")
        } else {
            format!("pub body: Option<{ty}>")
        });
    }
    if let Some(ty) = principal_ty(op) {
        request_fields.push(format!(
            "/// The authenticated caller.\n    pub principal: {ty}"
        ));
    }
    PortOp {
        doc: doc_comment(op.doc.as_deref()),
        ident: op.ident.clone(),
        params_type: op.params_type.clone(),
        params,
        params_default,
        params_validate,
        request_type: op.request_type.clone(),
        request_fields,
        response_type: op.response_type.clone(),
        variants: op.responses.iter().map(port_variant).collect(),
        location_fn: if outbound {
            String::new()
        } else {
            location_fn(op, base_path)
        },
        outbound_args: super::client::client_args(op),
        body_validate_fn,
    }
}

/// The principal's type in the request (`None` for a public operation): guaranteed when every
/// security alternative needs a scheme, optional when one of them is anonymous.
fn principal_ty(op: &Operation) -> Option<&'static str> {
    if op.auth_required() {
        Some("openapi_runtime::Principal")
    } else if op.has_security() {
        Some("Option<openapi_runtime::Principal>")
    } else {
        None
    }
}

fn port_variant(v: &ResponseVariant) -> PortVariant {
    let shape = VariantShape::of(v);
    let ident = &v.ident;
    let decl = if shape.struct_like {
        let mut members = Vec::new();
        if shape.exact.is_none() {
            members.push("status: http::StatusCode".to_owned());
        }
        if let Some(ty) = &shape.body_ty {
            members.push(format!("body: {ty}"));
        }
        for h in &v.headers {
            let ty = h.shape.rust_with(MODEL);
            members.push(if h.required {
                format!("{}: {ty}", h.ident)
            } else {
                format!("{}: Option<{ty}>", h.ident)
            });
        }
        format!("{ident} {{ {} }}", members.join(", "))
    } else if let Some(ty) = &shape.body_ty {
        format!("{ident}({ty})")
    } else {
        ident.clone()
    };
    let status_value = shape.status_value();
    let status_arm = if shape.struct_like && shape.exact.is_none() {
        format!("Self::{ident} {{ status, .. }} => *status")
    } else if shape.struct_like {
        format!("Self::{ident} {{ .. }} => {status_value}")
    } else if shape.body_ty.is_some() {
        format!("Self::{ident}(_) => {status_value}")
    } else {
        format!("Self::{ident} => {status_value}")
    };
    let mut doc = match &v.status {
        StatusMatch::Exact(code) => format!("{code}"),
        StatusMatch::Range(d) => format!("{d}XX"),
        StatusMatch::Default => "Any other status".to_owned(),
    };
    if let Some(d) = &v.doc {
        doc = format!("{doc}: {d}");
    }
    PortVariant {
        doc: doc_comment(Some(&doc)),
        decl,
        status_arm,
    }
}

/// `pub fn get_book_location(id: i64) -> String`: the path of the resource a GET with path
/// parameters reads, so a create answers `Location` from the spec rather than a hand-built
/// string.
fn location_fn(op: &Operation, base_path: &str) -> String {
    if op.method != "get" || !op.params.iter().any(|p| p.location == Location::Path) {
        return String::new();
    }
    let mut args = Vec::new();
    let mut format_args = Vec::new();
    let mut template = String::new();
    let mut rest = format!("{base_path}{}", op.path);
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        template.push_str(&format_body(&rest[..open]));
        let wire = rest[open + 1..close].to_owned();
        let Some(p) = op
            .params
            .iter()
            .find(|p| p.location == Location::Path && p.field.wire == wire)
        else {
            return String::new();
        };
        let ty = p.field.rust_type_with(MODEL);
        args.push(format!(
            "{}: {}",
            p.field.ident,
            if ty == "String" {
                "&str".to_owned()
            } else {
                ty
            }
        ));
        template.push_str("{}");
        format_args.push(format!(
            "openapi_runtime::text::path_segment(&{})",
            p.field.ident
        ));
        rest = rest[close + 1..].to_owned();
    }
    template.push_str(&format_body(&rest));
    format!(
        "/// The path `{}` reads, for a `Location` header.\npub fn {}_location({}) -> String {{\nformat!(\"{template}\", {})\n}}",
        op.ident,
        op.ident,
        args.join(", "),
        format_args.join(", ")
    )
}
