//! Views handed to the askama templates (`templates/*.j2`), and the rendering itself.
//!
//! Templates own the shape of each emitted file; the Rust-shaped parts (serde attributes,
//! validation statements, match arms, the statements that differ between operations) are
//! rendered to text here, so a template interpolates them rather than deciding them. Each
//! artifact has its own view, built by its own function: [`port`], [`router`], [`client`] and
//! [`model`].

pub mod client;
pub mod model;
pub mod port;
pub mod router;

use askama::Template;

use super::ir::{Field, Presence, ResponseVariant, StatusMatch};
use super::names::str_lit;

/// Model types as the port, router and client name them.
const MODEL: &str = "model::";

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
        // `null` is not absent: a schema that does not allow it must refuse it, which serde's
        // plain `Option` would not.
        Presence::Optional => {
            parts.push("default".to_owned());
            parts.push(
                "deserialize_with = \"openapi_runtime::tristate::optional_not_null\"".to_owned(),
            );
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

/// How a response variant is declared in the port's enum, which the router's and the client's
/// match arms follow.
struct VariantShape {
    /// A struct variant (`Created { body, location }`): when the status is not fixed or headers
    /// ride along; a tuple or unit variant otherwise.
    struct_like: bool,
    /// The status, when the variant stands for exactly one.
    exact: Option<u16>,
    body_ty: Option<String>,
}

impl VariantShape {
    fn of(v: &ResponseVariant) -> Self {
        let exact = match v.status {
            StatusMatch::Exact(code) => Some(code),
            _ => None,
        };
        Self {
            struct_like: exact.is_none() || !v.headers.is_empty(),
            exact,
            body_ty: v.body.as_ref().map(|b| b.shape.rust_with(MODEL)),
        }
    }

    /// The status of a value of this variant: a constant, or the `status` member it carries.
    fn status_value(&self) -> String {
        match (self.struct_like, self.exact) {
            (true, None) => "status".to_owned(),
            (_, code) => status_expr(code.unwrap_or(500)),
        }
    }
}

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

#[derive(Template)]
#[template(path = "mod.rs.j2", escape = "none")]
pub struct ModFile<'a> {
    pub header: &'a str,
    pub title: &'a str,
    pub api_name: &'a str,
    pub standalone: bool,
    /// Only the client side of someone else's API: no router, no bundled spec.
    pub client_only: bool,
}

#[derive(Template)]
#[template(path = "Cargo.toml.j2", escape = "none")]
pub struct CargoFile<'a> {
    pub header: &'a str,
    pub crate_name: &'a str,
    pub runtime_path: &'a str,
}
