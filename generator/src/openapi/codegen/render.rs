//! Views handed to the askama templates (`templates/*.j2`), and the rendering itself.
//!
//! Templates own the shape of each emitted file; the fiddly expressions (serde attributes,
//! validation statements, match arms) are prepared here so templates stay readable.

use askama::Template;

use super::defaults::in_module;
use super::ir::{
    Api, BodyKind, Field, Location, Operation, Presence, ResponseVariant, StatusMatch, TypeDef,
};
use super::names::{format_body, snake, str_lit};
use super::validation::{Emitter, Needs};

/// `/// line` comments (an empty line stays `///`), newline-terminated.
pub fn doc_comment(doc: Option<&str>) -> String {
    let Some(doc) = doc else {
        return String::new();
    };
    doc.lines()
        .map(|line| {
            let line = line.trim_end();
            if line.is_empty() {
                "///\n".to_owned()
            } else {
                format!("/// {line}\n")
            }
        })
        .collect()
}

pub struct FieldView {
    pub doc: String,
    pub attr: String,
    pub ident: String,
    pub ty: String,
}

pub struct DefaultFn {
    pub name: String,
    pub ty: String,
    pub expr: String,
}

pub struct StructView {
    pub doc: String,
    pub name: String,
    pub fields: Vec<FieldView>,
    pub validate: String,
    pub defaults: Vec<DefaultFn>,
    pub closed: bool,
}

pub struct EnumVariantView {
    pub ident: String,
    pub wire: String,
}

pub struct EnumView {
    pub doc: String,
    pub name: String,
    pub variants: Vec<EnumVariantView>,
}

pub struct UnionVariantView {
    pub ident: String,
    pub ty: String,
    /// `"cat" | "Cat"` for discriminated unions.
    pub tag_pattern: String,
    /// The tag written when serializing.
    pub tag: String,
    pub validate: String,
}

pub struct UnionView {
    pub doc: String,
    pub name: String,
    pub variants: Vec<UnionVariantView>,
    /// The discriminator property as a string literal.
    pub discriminator: Option<String>,
    /// `&["cat", "dog"]`.
    pub tag_list: String,
    pub needs_validation: bool,
}

pub struct AliasView {
    pub doc: String,
    pub name: String,
    pub ty: String,
}

pub enum Item {
    Struct(StructView),
    Enum(EnumView),
    Union(UnionView),
    Alias(AliasView),
}

#[derive(Template)]
#[template(path = "model.rs.j2", escape = "none")]
pub struct ModelFile<'a> {
    pub header: &'a str,
    pub title: &'a str,
    pub patterns: String,
    pub items: Vec<Item>,
}

/// The `#[serde(...)]` attribute of a field, or an empty string.
fn serde_attr(field: &Field, ident: &str, default_fn: Option<&str>) -> String {
    let mut parts = Vec::new();
    if field.wire != ident {
        parts.push(format!("rename = {}", str_lit(&field.wire)));
    }
    match &field.presence {
        Presence::Required => {}
        Presence::RequiredNullable => parts
            .push("deserialize_with = \"openapi_runtime::tristate::required_nullable\"".to_owned()),
        Presence::Optional => {
            parts.push("default".to_owned());
            parts.push("skip_serializing_if = \"Option::is_none\"".to_owned());
        }
        Presence::OptionalNullable => {
            parts.push("default".to_owned());
            parts.push("skip_serializing_if = \"openapi_runtime::Tristate::is_absent\"".to_owned());
        }
        Presence::Defaulted(_) => {
            if let Some(f) = default_fn {
                parts.push(format!("default = {}", str_lit(f)));
            }
        }
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("#[serde({})]\n", parts.join(", "))
    }
}

pub fn model_items(types: &[TypeDef], emitter: &mut Emitter<'_>) -> Vec<Item> {
    let mut items = Vec::new();
    for t in types {
        items.push(match t {
            TypeDef::Struct {
                name,
                doc,
                fields,
                closed,
            } => {
                let mut defaults = Vec::new();
                let fields_view = fields
                    .iter()
                    .map(|f| {
                        let default_fn = match &f.presence {
                            Presence::Defaulted(expr) => {
                                let fn_name = format!(
                                    "default_{}_{}",
                                    snake(name),
                                    f.ident.trim_end_matches('_')
                                );
                                defaults.push(DefaultFn {
                                    name: fn_name.clone(),
                                    ty: f.rust_type(),
                                    expr: in_module(expr, ""),
                                });
                                Some(fn_name)
                            }
                            _ => None,
                        };
                        FieldView {
                            doc: doc_comment(f.doc.as_deref()),
                            attr: serde_attr(f, &f.ident, default_fn.as_deref()),
                            ident: f.ident.clone(),
                            ty: f.rust_type(),
                        }
                    })
                    .collect();
                let validate = emitter.fields(fields.iter().map(|f| (f, "")));
                Item::Struct(StructView {
                    doc: doc_comment(doc.as_deref()),
                    name: name.clone(),
                    fields: fields_view,
                    validate,
                    defaults,
                    closed: *closed,
                })
            }
            TypeDef::Enum {
                name,
                doc,
                variants,
            } => Item::Enum(EnumView {
                doc: doc_comment(doc.as_deref()),
                name: name.clone(),
                variants: variants
                    .iter()
                    .map(|v| EnumVariantView {
                        ident: v.ident.clone(),
                        wire: str_lit(&v.wire),
                    })
                    .collect(),
            }),
            TypeDef::Union {
                name,
                doc,
                variants,
                discriminator,
            } => {
                let mut all_tags = Vec::new();
                let views: Vec<UnionVariantView> = variants
                    .iter()
                    .map(|v| {
                        let mut validate = String::new();
                        emitter.shape(&v.shape, "value", "pointer", 0, &mut validate);
                        let tags: Vec<String> = v.tags.iter().map(|t| str_lit(t)).collect();
                        all_tags.extend(tags.iter().cloned());
                        UnionVariantView {
                            ident: v.ident.clone(),
                            ty: v.shape.rust(),
                            tag_pattern: tags.join(" | "),
                            tag: tags.first().cloned().unwrap_or_else(|| str_lit(&v.ident)),
                            validate,
                        }
                    })
                    .collect();
                let needs_validation = views.iter().any(|v| !v.validate.is_empty());
                Item::Union(UnionView {
                    doc: doc_comment(doc.as_deref()),
                    name: name.clone(),
                    variants: views,
                    discriminator: discriminator.as_deref().map(str_lit),
                    tag_list: format!("&[{}]", all_tags.join(", ")),
                    needs_validation,
                })
            }
            TypeDef::Alias { name, doc, shape } => Item::Alias(AliasView {
                doc: doc_comment(doc.as_deref()),
                name: name.clone(),
                ty: shape.rust(),
            }),
        });
    }
    items
}

// ---------------------------------------------------------------------------------------------
// Operations: port, router and client.

pub struct ParamView {
    pub doc: String,
    pub ident: String,
    /// Type in `port.rs` (model types prefixed).
    pub ty: String,
    /// `#[serde(...)]` for the router's location struct.
    pub attr: String,
    pub wire: String,
    pub location: &'static str,
    /// Default expression for `impl Default`, or `None` for optional params.
    pub default_expr: String,
    pub optional: bool,
}

pub struct LocationView {
    pub name: String,
    pub kind: &'static str,
    pub fields: Vec<ParamView>,
    /// `&["x-request-id"]` for headers and cookies.
    pub names: String,
}

pub struct VariantView {
    pub doc: String,
    /// The variant as declared in the enum.
    pub decl: String,
    /// `Self::Ok(_) => http::StatusCode::OK` arm (status of a value).
    pub status_arm: String,
    /// Router: response enum value → HTTP response.
    pub server_arm: String,
    /// Client: HTTP response → response enum value.
    pub client_arm: String,
}

pub struct OpView {
    pub doc: String,
    pub ident: String,
    pub method: String,
    pub route: String,
    pub params_type: Option<String>,
    pub params: Vec<ParamView>,
    pub params_default: bool,
    pub params_validate: String,
    pub locations: Vec<LocationView>,
    pub body_ty: Option<String>,
    /// The body as the client borrows it (`[u8]` for raw bodies).
    pub client_body_ty: String,
    pub body_required: bool,
    pub body_json: bool,
    pub media_type: String,
    pub principal_ty: Option<String>,
    pub security: String,
    pub security_const: String,
    pub request_type: String,
    pub response_type: String,
    pub variants: Vec<VariantView>,
    pub client_url: String,
    pub client_args: String,
    /// The handler's request argument (`_request` when nothing is read from it).
    pub request_arg: String,
    /// Splitting the request into parts and body, as far as the handler needs them.
    pub prologue: String,
    /// Whether anything (params, body) is decoded, so errors are collected.
    pub has_inputs: bool,
    /// `Some(path)` / `(Some(path), Some(body))` for the let-else that stops on decode errors.
    pub let_pattern: String,
    pub let_expr: String,
    /// Media types of the success responses (`&["application/json"]`), for the 406 check;
    /// empty when no success response has a body.
    pub produces: String,
    pub has_query: bool,
    pub has_cookies: bool,
    pub client_uses_headers: bool,
    pub client_uses_bytes: bool,
    pub client_has_default: bool,
    /// The router's `ERRORS_<OP>` constant: what the operation may answer on failure.
    pub errors_const: String,
    pub errors_value: String,
    /// For a GET with path parameters, a function building its URL path (for `Location`).
    pub location_fn: String,
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
            .map(|p| str_lit(&p.field.ident))
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

#[derive(Template)]
#[template(path = "port.rs.j2", escape = "none")]
pub struct PortFile<'a> {
    pub header: &'a str,
    pub title: &'a str,
    pub api_doc: String,
    pub trait_name: &'a str,
    pub patterns: String,
    pub ops: &'a [OpView],
}

#[derive(Template)]
#[template(path = "router.rs.j2", escape = "none")]
pub struct RouterFile<'a> {
    pub header: &'a str,
    pub title: &'a str,
    pub trait_name: &'a str,
    pub base_path: &'a str,
    pub ops: &'a [OpView],
    /// Route registrations: (path, `get(h::<S>).post(..)`).
    pub routes: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "client.rs.j2", escape = "none")]
pub struct ClientFile<'a> {
    pub header: &'a str,
    pub title: &'a str,
    pub base_path: &'a str,
    pub ops: &'a [OpView],
}

#[derive(Template)]
#[template(path = "mod.rs.j2", escape = "none")]
pub struct ModFile<'a> {
    pub header: &'a str,
    pub title: &'a str,
    pub api_name: &'a str,
    pub standalone: bool,
}

#[derive(Template)]
#[template(path = "Cargo.toml.j2", escape = "none")]
pub struct CargoFile<'a> {
    pub header: &'a str,
    pub crate_name: &'a str,
    pub runtime_path: &'a str,
}

const MODEL: &str = "model::";

fn status_const(code: u16) -> String {
    format!("http::StatusCode::from_u16({code}).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR)")
}

/// `http::StatusCode::OK` for well-known codes, a checked conversion otherwise.
fn status_expr(code: u16) -> String {
    let name = match code {
        200 => "OK",
        201 => "CREATED",
        202 => "ACCEPTED",
        204 => "NO_CONTENT",
        301 => "MOVED_PERMANENTLY",
        302 => "FOUND",
        303 => "SEE_OTHER",
        304 => "NOT_MODIFIED",
        400 => "BAD_REQUEST",
        401 => "UNAUTHORIZED",
        403 => "FORBIDDEN",
        404 => "NOT_FOUND",
        405 => "METHOD_NOT_ALLOWED",
        406 => "NOT_ACCEPTABLE",
        409 => "CONFLICT",
        410 => "GONE",
        412 => "PRECONDITION_FAILED",
        413 => "PAYLOAD_TOO_LARGE",
        415 => "UNSUPPORTED_MEDIA_TYPE",
        422 => "UNPROCESSABLE_ENTITY",
        429 => "TOO_MANY_REQUESTS",
        500 => "INTERNAL_SERVER_ERROR",
        502 => "BAD_GATEWAY",
        503 => "SERVICE_UNAVAILABLE",
        504 => "GATEWAY_TIMEOUT",
        _ => return status_const(code),
    };
    format!("http::StatusCode::{name}")
}

fn variant_view(op: &Operation, v: &ResponseVariant) -> VariantView {
    let rt = &op.response_type;
    let ident = &v.ident;
    let body_ty = v.body.as_ref().map(|b| b.shape.rust_with(MODEL));
    let exact = match v.status {
        StatusMatch::Exact(code) => Some(code),
        _ => None,
    };
    let header_ty = |h: &super::ir::ResponseHeader| {
        let ty = h.shape.rust_with(MODEL);
        if h.required {
            ty
        } else {
            format!("Option<{ty}>")
        }
    };
    let struct_like = exact.is_none() || !v.headers.is_empty();
    let mut doc = match &v.status {
        StatusMatch::Exact(code) => format!("{code}"),
        StatusMatch::Range(d) => format!("{d}XX"),
        StatusMatch::Default => "Any other status".to_owned(),
    };
    if let Some(d) = &v.doc {
        doc = format!("{doc}: {d}");
    }
    let decl;
    let pattern;
    let status_value;
    if struct_like {
        let mut members = Vec::new();
        let mut names = Vec::new();
        if exact.is_none() {
            members.push("status: http::StatusCode".to_owned());
            names.push("status".to_owned());
        }
        if let Some(ty) = &body_ty {
            members.push(format!("body: {ty}"));
            names.push("body".to_owned());
        }
        for h in &v.headers {
            members.push(format!("{}: {}", h.ident, header_ty(h)));
            names.push(h.ident.clone());
        }
        decl = format!("{ident} {{ {} }}", members.join(", "));
        pattern = format!("{rt}::{ident} {{ {} }}", names.join(", "));
        status_value = match exact {
            Some(code) => status_expr(code),
            None => "status".to_owned(),
        };
    } else if let Some(ty) = &body_ty {
        decl = format!("{ident}({ty})");
        pattern = format!("{rt}::{ident}(body)");
        status_value = status_expr(exact.unwrap_or(500));
    } else {
        decl = ident.clone();
        pattern = format!("{rt}::{ident}");
        status_value = status_expr(exact.unwrap_or(500));
    }
    let status_arm = if struct_like && exact.is_none() {
        format!("Self::{ident} {{ status, .. }} => *status")
    } else if struct_like {
        format!("Self::{ident} {{ .. }} => {status_value}")
    } else if body_ty.is_some() {
        format!("Self::{ident}(_) => {status_value}")
    } else {
        format!("Self::{ident} => {status_value}")
    };

    // Router arm.
    let build = match &v.body {
        Some(b) if b.kind == BodyKind::Json => format!(
            "openapi_runtime::server::json_response({status_value}, {}, &body)",
            str_lit(&b.media_type)
        ),
        Some(b) => format!(
            "openapi_runtime::server::bytes_response({status_value}, {}, body)",
            str_lit(&b.media_type)
        ),
        None => format!("openapi_runtime::server::empty_response({status_value})"),
    };
    let server_arm = if v.headers.is_empty() {
        format!("{pattern} => {build},")
    } else {
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
    };

    // Client arm.
    let matcher = match &v.status {
        StatusMatch::Exact(code) => format!("{code}"),
        StatusMatch::Range(d) => format!("{}..={}", d * 100, d * 100 + 99),
        StatusMatch::Default => "_".to_owned(),
    };
    let body_expr = match &v.body {
        Some(b) if b.kind == BodyKind::Json => {
            "openapi_runtime::client::decode_json(status, &bytes)?".to_owned()
        }
        Some(_) => "bytes.to_vec()".to_owned(),
        None => String::new(),
    };
    let value = if struct_like {
        let mut members = Vec::new();
        if exact.is_none() {
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
    let client_arm = format!("{matcher} => Ok({value}),");
    VariantView {
        doc: doc_comment(Some(&doc)),
        decl,
        status_arm,
        server_arm,
        client_arm,
    }
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

pub fn op_view(op: &Operation, base_path: &str, emitter: &mut Emitter<'_>) -> OpView {
    let params: Vec<ParamView> = op
        .params
        .iter()
        .map(|p| {
            let f = &p.field;
            let default_expr = match &f.presence {
                Presence::Defaulted(expr) => in_module(expr, MODEL),
                _ => "None".to_owned(),
            };
            let fn_name = format!("default_{}_{}", op.ident, f.ident.trim_end_matches('_'));
            let default_fn = matches!(f.presence, Presence::Defaulted(_)).then_some(fn_name);
            // Location structs always accept a missing optional value.
            let mut attr = serde_attr(f, &f.ident, default_fn.as_deref());
            if matches!(f.presence, Presence::Optional | Presence::OptionalNullable) {
                attr = match f.wire != f.ident {
                    true => format!("#[serde(rename = {}, default)]\n", str_lit(&f.wire)),
                    false => "#[serde(default)]\n".to_owned(),
                };
            }
            ParamView {
                doc: doc_comment(f.doc.as_deref()),
                ident: f.ident.clone(),
                ty: f.rust_type_with(MODEL),
                attr,
                wire: str_lit(&f.wire),
                location: p.location.as_str(),
                default_expr,
                optional: !matches!(f.presence, Presence::Required),
            }
        })
        .collect();
    let params_default = !params.is_empty() && params.iter().all(|p| p.optional);
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
    let mut locations = Vec::new();
    for location in [
        Location::Path,
        Location::Query,
        Location::Header,
        Location::Cookie,
    ] {
        let fields: Vec<ParamView> = op
            .params
            .iter()
            .zip(params.iter())
            .filter(|(p, _)| p.location == location)
            .map(|(p, view)| ParamView {
                doc: String::new(),
                ident: view.ident.clone(),
                ty: p.field.rust_type_with(MODEL),
                attr: view.attr.clone(),
                wire: view.wire.clone(),
                location: view.location,
                default_expr: view.default_expr.clone(),
                optional: view.optional,
            })
            .collect();
        if fields.is_empty() {
            continue;
        }
        let names = fields
            .iter()
            .map(|f| f.wire.clone())
            .collect::<Vec<_>>()
            .join(", ");
        locations.push(LocationView {
            name: format!(
                "{}{}",
                op.type_stem,
                match location {
                    Location::Path => "Path",
                    Location::Query => "Query",
                    Location::Header => "Headers",
                    Location::Cookie => "Cookies",
                }
            ),
            kind: location.as_str(),
            fields,
            names: format!("&[{names}]"),
        });
    }
    let principal_ty = if op.auth_required() {
        Some("openapi_runtime::Principal".to_owned())
    } else if op.has_security() {
        Some("Option<openapi_runtime::Principal>".to_owned())
    } else {
        None
    };
    let route = format!("{base_path}{}", op.path);
    // Client URL: a `format!` body with `{}` for each path parameter, and its arguments.
    let mut client_url = String::new();
    let mut client_args = Vec::new();
    // The client's base URL already ends with the base path.
    let mut rest = op.path.as_str();
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        client_url.push_str(&format_body(&rest[..open]));
        let wire = &rest[open + 1..close];
        match op
            .params
            .iter()
            .find(|p| p.location == Location::Path && p.field.wire == wire)
        {
            Some(p) => {
                client_url.push_str("{}");
                client_args.push(format!(
                    "openapi_runtime::client::path_segment(&params.{})?",
                    p.field.ident
                ));
            }
            None => client_url.push_str(&format_body(&rest[open..=close])),
        }
        rest = &rest[close + 1..];
    }
    client_url.push_str(&format_body(rest));

    let client_has_default = op
        .responses
        .iter()
        .any(|v| v.status == StatusMatch::Default);
    let has_path = op.params.iter().any(|p| p.location == Location::Path);
    let produces_body = op.responses.iter().any(|v| {
        v.body.is_some()
            && match v.status {
                StatusMatch::Exact(code) => (200..300).contains(&code),
                StatusMatch::Range(d) => d == 2,
                StatusMatch::Default => false,
            }
    });
    let needs_parts =
        op.has_security() || !op.params.is_empty() || op.body.is_some() || produces_body;
    let prologue = match (needs_parts, op.body.is_some(), has_path) {
        (false, _, _) => String::new(),
        (true, true, true) => "let (mut parts, body) = request.into_parts();".to_owned(),
        (true, true, false) => "let (parts, body) = request.into_parts();".to_owned(),
        (true, false, true) => "let (mut parts, _) = request.into_parts();".to_owned(),
        (true, false, false) => "let (parts, _) = request.into_parts();".to_owned(),
    };
    let mut bound: Vec<&str> = locations.iter().map(|l| l.kind).collect();
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
    OpView {
        doc: doc_comment(op.doc.as_deref()),
        ident: op.ident.clone(),
        method: op.method.clone(),
        route,
        params_type: op.params_type.clone(),
        params,
        params_default,
        params_validate,
        locations,
        body_ty: op.body.as_ref().map(|b| b.shape.rust_with(MODEL)),
        client_body_ty: match &op.body {
            Some(b) if b.kind == BodyKind::Bytes => "[u8]".to_owned(),
            Some(b) => b.shape.rust_with(MODEL),
            None => String::new(),
        },
        body_required: op.body.as_ref().is_some_and(|b| b.required),
        body_json: op.body.as_ref().is_none_or(|b| b.kind == BodyKind::Json),
        media_type: str_lit(
            op.body
                .as_ref()
                .map(|b| b.media_type.as_str())
                .unwrap_or("application/json"),
        ),
        principal_ty,
        security: security_expr(op),
        security_const: format!("SECURITY_{}", op.ident.to_ascii_uppercase()),
        request_type: op.request_type.clone(),
        response_type: op.response_type.clone(),
        variants: op.responses.iter().map(|v| variant_view(op, v)).collect(),
        client_url,
        client_args: client_args
            .iter()
            .map(|a| format!(", {a}"))
            .collect::<String>(),
        request_arg: if needs_parts { "request" } else { "_request" }.to_owned(),
        prologue,
        has_inputs: !bound.is_empty(),
        let_pattern,
        let_expr,
        produces: {
            let mut media: Vec<String> = Vec::new();
            for v in &op.responses {
                let success = match v.status {
                    StatusMatch::Exact(code) => (200..300).contains(&code),
                    StatusMatch::Range(d) => d == 2,
                    StatusMatch::Default => false,
                };
                if let Some(b) = v.body.as_ref().filter(|_| success)
                    && !media.contains(&b.media_type)
                {
                    media.push(b.media_type.clone());
                }
            }
            if media.is_empty() {
                String::new()
            } else {
                format!(
                    "&[{}]",
                    media
                        .iter()
                        .map(|m| str_lit(m))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            }
        },
        has_query: op.params.iter().any(|p| p.location == Location::Query),
        has_cookies: op.params.iter().any(|p| p.location == Location::Cookie),
        client_uses_headers: op.responses.iter().any(|v| !v.headers.is_empty()),
        client_uses_bytes: !client_has_default || op.responses.iter().any(|v| v.body.is_some()),
        client_has_default,
        errors_const: format!("ERRORS_{}", op.ident.to_ascii_uppercase()),
        errors_value: errors_value(op),
        location_fn: location_fn(op, base_path),
    }
}

/// Route registrations grouped by path, methods in a fixed order.
pub fn routes(ops: &[OpView]) -> Vec<(String, String)> {
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

pub fn api_views(api: &Api, needs: &Needs) -> (Vec<OpView>, String) {
    let mut emitter = Emitter::new(needs);
    let ops = api
        .operations
        .iter()
        .map(|op| op_view(op, &api.base_path, &mut emitter))
        .collect();
    (ops, emitter.patterns.render())
}
