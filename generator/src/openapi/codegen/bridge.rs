//! gRPC messages to and from the REST port's types, for a service that serves the same resources
//! over both. The spec says which parts meet:
//!
//! ```yaml
//! # on an operation: this RPC's request carries the operation's parameters
//! x-grpc: bookstore.catalog.v1.BookService/ListBooks
//! # on a component schema: this DTO goes out as that message
//! x-proto:
//!   message: bookstore.catalog.v1.ListBooksResponse
//!   fields: {items: books}          # DTO property → message field, where the names differ
//!   omit: [stock]                   # DTO properties the message does not carry
//!   unset: [address]                # message fields the DTO does not carry (sent as zero)
//! ```
//!
//! From that the generator writes `TryFrom<request message> for <Op>Params` and
//! `From<DTO> for <message>`, so an RPC decodes into the operation's params and encodes the DTO
//! the REST conversion built: the hand-written conversions to and from the domain exist once,
//! for both transports. Every field is matched by name and type; anything it cannot map is an
//! error naming both sides, never a silent zero.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use prost_reflect::{
    DescriptorPool, EnumDescriptor, FieldDescriptor, Kind, MessageDescriptor, MethodDescriptor,
};
use serde_json::Value;

use super::CodegenError;
use super::defaults::in_module;
use super::ir::{Api, Field, Operation, Presence, Prim, Ty, TypeDef};
use super::names::snake;

/// How `bookstore.common.v1.Money` carries a decimal: whole units and nano units, one sign.
const MONEY: &str = "bookstore.common.v1.Money";
const TIMESTAMP: &str = "google.protobuf.Timestamp";

const HTTP_METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

fn unsupported(pointer: impl Into<String>, message: impl Into<String>) -> CodegenError {
    CodegenError::Unsupported {
        pointer: pointer.into(),
        message: message.into(),
    }
}

/// The Rust path of a message or enum from the service's `pb` module.
pub(super) fn pb_path(
    full_name: &str,
    package: &str,
    pointer: &str,
) -> Result<String, CodegenError> {
    let name = full_name
        .strip_prefix(package)
        .and_then(|n| n.strip_prefix('.'))
        .filter(|n| !n.contains('.'))
        .ok_or_else(|| {
            unsupported(
                pointer,
                format!("`{full_name}` is nested in a message; only top-level types are bridged"),
            )
        })?;
    Ok(format!("pb::{}::{name}", package.replace('.', "::")))
}

/// `x-proto` of a component schema.
struct Mapping {
    schema: String,
    message: MessageDescriptor,
    /// DTO property → message field, where they differ.
    renamed: BTreeMap<String, String>,
    omit: BTreeSet<String>,
    unset: BTreeSet<String>,
}

fn strings(value: Option<&Value>, pointer: &str) -> Result<BTreeSet<String>, CodegenError> {
    let Some(value) = value else {
        return Ok(BTreeSet::new());
    };
    value
        .as_array()
        .and_then(|items| {
            items
                .iter()
                .map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .ok_or_else(|| unsupported(pointer, "expected a list of names"))
}

fn mappings(doc: &Value, pool: &DescriptorPool) -> Result<Vec<Mapping>, CodegenError> {
    let mut out = Vec::new();
    let Some(schemas) = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return Ok(out);
    };
    for (name, schema) in schemas {
        let Some(ext) = schema.get("x-proto") else {
            continue;
        };
        let pointer = format!("#/components/schemas/{name}/x-proto");
        let message_name = ext.get("message").and_then(Value::as_str).ok_or_else(|| {
            unsupported(&pointer, "`x-proto` needs `message: <package>.<Message>`")
        })?;
        let message = pool
            .get_message_by_name(message_name)
            .ok_or_else(|| unsupported(&pointer, format!("no proto message `{message_name}`")))?;
        let renamed = match ext.get("fields") {
            None => BTreeMap::new(),
            Some(fields) => fields
                .as_object()
                .and_then(|m| {
                    m.iter()
                        .map(|(k, v)| v.as_str().map(|v| (k.clone(), v.to_owned())))
                        .collect()
                })
                .ok_or_else(|| {
                    unsupported(&pointer, "`fields` maps DTO properties to message fields")
                })?,
        };
        out.push(Mapping {
            schema: name.clone(),
            message,
            renamed,
            omit: strings(ext.get("omit"), &format!("{pointer}/omit"))?,
            unset: strings(ext.get("unset"), &format!("{pointer}/unset"))?,
        });
    }
    Ok(out)
}

/// Operations naming an RPC (`x-grpc: <package>.<Service>/<Method>`), with the pointer to it.
pub(super) fn rpcs(
    doc: &Value,
    pool: &DescriptorPool,
) -> Result<Vec<(String, String, MethodDescriptor)>, CodegenError> {
    let mut out = Vec::new();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return Ok(out);
    };
    for (path, item) in paths {
        for method in HTTP_METHODS {
            let Some(op) = item.get(*method) else {
                continue;
            };
            let Some(rpc) = op.get("x-grpc") else {
                continue;
            };
            let pointer = format!(
                "#/paths/{}/{method}/x-grpc",
                path.replace('~', "~0").replace('/', "~1")
            );
            let rpc = rpc.as_str().unwrap_or_default();
            let (service, name) = rpc.split_once('/').ok_or_else(|| {
                unsupported(
                    &pointer,
                    format!("`{rpc}` is not `<package>.<Service>/<Method>`"),
                )
            })?;
            let rpc_method = pool
                .get_service_by_name(service)
                .and_then(|s| s.methods().find(|m| m.name() == name))
                .ok_or_else(|| unsupported(&pointer, format!("no RPC `{rpc}`")))?;
            let operation_id = op
                .get("operationId")
                .and_then(Value::as_str)
                .ok_or_else(|| {
                    unsupported(
                        &pointer,
                        "an operation with `x-grpc` needs an `operationId`",
                    )
                })?;
            out.push((snake(operation_id), pointer, rpc_method));
        }
    }
    Ok(out)
}

/// The Rust primitive a proto scalar kind is, when the two are the same values.
fn same_scalar(kind: &Kind, prim: Prim) -> bool {
    matches!(
        (kind, prim),
        (Kind::Int64 | Kind::Sint64 | Kind::Sfixed64, Prim::I64)
            | (Kind::Int32 | Kind::Sint32 | Kind::Sfixed32, Prim::I32)
            | (Kind::String, Prim::String)
            | (Kind::Bool, Prim::Bool)
            | (Kind::Double, Prim::F64)
            | (Kind::Float, Prim::F32)
    )
}

fn proto3_optional(field: &FieldDescriptor) -> bool {
    field.field_descriptor_proto().proto3_optional()
}

/// Every conversion of one API, rendered.
struct Writer<'a> {
    api: &'a Api,
    mappings: &'a [Mapping],
    /// Helper functions, by name: one per proto enum converted, and the money helper.
    helpers: BTreeMap<String, String>,
    uses_port: bool,
    uses_issues: bool,
}

impl Writer<'_> {
    fn type_def(&self, name: &str) -> Option<&TypeDef> {
        self.api.types.iter().find(|t| t.name() == name)
    }

    /// `fn <enum>(value, default)`: a proto enum number as the model enum with the same value
    /// names; 0 (`*_UNSPECIFIED`) is the parameter's default.
    fn enum_helper(
        &mut self,
        proto: &EnumDescriptor,
        model: &str,
        pointer: &str,
    ) -> Result<String, CodegenError> {
        let Some(TypeDef::Enum { variants, .. }) = self.type_def(model) else {
            return Err(unsupported(pointer, format!("`{model}` is not an enum")));
        };
        let fn_name = proto.name().to_snake_case();
        let path = pb_path(proto.full_name(), proto.package_name(), pointer)?;
        let prefix = format!("{}_", proto.name().to_shouty_snake_case());
        let mut arms = String::new();
        for value in proto.values() {
            let stripped = value.name().strip_prefix(&prefix).unwrap_or(value.name());
            let ident = stripped.to_upper_camel_case();
            if value.number() == 0 {
                let _ = writeln!(arms, "        Ok(Pb::{ident}) => default,");
                continue;
            }
            let wire = stripped.to_ascii_lowercase();
            let variant = variants.iter().find(|v| v.wire == wire).ok_or_else(|| {
                unsupported(
                    pointer,
                    format!(
                        "`{}` of `{}` has no value `{wire}` in the spec's `{model}`",
                        value.name(),
                        proto.full_name()
                    ),
                )
            })?;
            let _ = writeln!(
                arms,
                "        Ok(Pb::{ident}) => model::{model}::{},",
                variant.ident
            );
        }
        let helper = format!(
            "/// `{full}` as `model::{model}`; unset (0) is the parameter's default.\n\
             fn {fn_name}(value: i32, default: model::{model}) -> Result<model::{model}, &'static str> {{\n\
             \x20   use {path} as Pb;\n\
             \x20   Ok(match Pb::try_from(value) {{\n{arms}\
             \x20       Err(_) => return Err(\"is not a known {full}\"),\n\
             \x20   }})\n}}",
            full = proto.full_name(),
        );
        self.helpers.insert(fn_name.clone(), helper);
        Ok(fn_name)
    }

    fn money_helper(&mut self) {
        self.helpers.insert(
            "decimal_money".to_owned(),
            "/// A decimal as `bookstore.common.v1.Money`: whole units and nano units, both carrying \
             the\n/// sign (47.99 → 47 and 990000000). Amounts the spec allows have at most nine \
             places and\n/// fit `i64` units; nothing is rounded for them.\n\
             pub fn decimal_money(amount: rust_decimal::Decimal) -> pb::bookstore::common::v1::Money {\n\
             \x20   let units = amount.trunc();\n\
             \x20   let nanos = ((amount - units) * rust_decimal::Decimal::from(1_000_000_000)).trunc();\n\
             \x20   pb::bookstore::common::v1::Money {\n\
             \x20       units: i64::try_from(units).unwrap_or(if units.is_sign_negative() { i64::MIN } else { i64::MAX }),\n\
             \x20       nanos: i32::try_from(nanos).unwrap_or(0),\n\
             \x20   }\n}"
                .to_owned(),
        );
    }

    /// `TryFrom<request message> for <Op>Params`.
    fn request(
        &mut self,
        op: &Operation,
        pointer: &str,
        rpc: &MethodDescriptor,
    ) -> Result<String, CodegenError> {
        let input = rpc.input();
        let Some(params_type) = &op.params_type else {
            return Err(unsupported(
                pointer,
                format!(
                    "`{}` has no parameters for `{}` to carry",
                    op.ident,
                    input.full_name()
                ),
            ));
        };
        let message = pb_path(input.full_name(), input.package_name(), pointer)?;
        let mut checked = Vec::new();
        let mut fields = Vec::new();
        let mut taken = BTreeSet::new();
        for field in input.fields() {
            let name = field.name();
            let param = op
                .params
                .iter()
                .map(|p| &p.field)
                .find(|p| p.wire == name)
                .ok_or_else(|| {
                    unsupported(
                        pointer,
                        format!(
                            "`{}.{name}` has no parameter `{name}` in `{}`",
                            input.full_name(),
                            op.ident
                        ),
                    )
                })?;
            taken.insert(param.ident.clone());
            let mismatch = || {
                unsupported(
                    pointer,
                    format!(
                        "`{}.{name}` ({:?}{}) cannot carry parameter `{name}` of `{}` ({})",
                        input.full_name(),
                        field.kind(),
                        if field.is_list() { ", repeated" } else { "" },
                        op.ident,
                        param.rust_type_with("model::")
                    ),
                )
            };
            if field.is_list() || field.is_map() {
                return Err(mismatch());
            }
            let ident = &param.ident;
            let expr = match (&field.kind(), &param.shape.ty, &param.presence) {
                (Kind::Enum(proto), Ty::Named(model), Presence::Defaulted(default)) => {
                    let helper = self.enum_helper(proto, model, pointer)?;
                    let default = in_module(default, "model::");
                    checked.push((
                        ident.clone(),
                        format!("issues.take({name:?}, {helper}(m.{ident}, {default}))"),
                    ));
                    ident.clone()
                }
                (kind, Ty::Prim(prim), Presence::Optional)
                    if proto3_optional(&field) && same_scalar(kind, *prim) =>
                {
                    format!("m.{ident}")
                }
                (kind, Ty::Prim(prim), Presence::Required)
                    if !proto3_optional(&field) && same_scalar(kind, *prim) =>
                {
                    format!("m.{ident}")
                }
                // proto3 cannot tell an unset number from zero: zero takes the spec's default.
                (kind, Ty::Prim(prim), Presence::Defaulted(default))
                    if !proto3_optional(&field) && prim.is_number() && same_scalar(kind, *prim) =>
                {
                    let default = in_module(default, "model::");
                    if default == "0" {
                        format!("m.{ident}")
                    } else {
                        format!("if m.{ident} == 0 {{ {default} }} else {{ m.{ident} }}")
                    }
                }
                _ => return Err(mismatch()),
            };
            fields.push(if &expr == ident {
                format!("{ident},")
            } else {
                format!("{ident}: {expr},")
            });
        }
        for p in op.params.iter().map(|p| &p.field) {
            if taken.contains(&p.ident) {
                continue;
            }
            let value = match &p.presence {
                Presence::Defaulted(default) => in_module(default, "model::"),
                Presence::Optional => "None".to_owned(),
                _ => {
                    return Err(unsupported(
                        pointer,
                        format!(
                            "required parameter `{}` of `{}` is not a field of `{}`",
                            p.wire,
                            op.ident,
                            input.full_name()
                        ),
                    ));
                }
            };
            fields.push(format!("{}: {value},", p.ident));
        }
        self.uses_port = true;
        let mut body = String::new();
        if !checked.is_empty() {
            self.uses_issues = true;
            body.push_str("let mut issues = FieldIssues::default();\n");
            for (ident, take) in &checked {
                let _ = writeln!(body, "let {ident} = {take};");
            }
            let idents: Vec<&str> = checked.iter().map(|(i, _)| i.as_str()).collect();
            let _ = writeln!(
                body,
                "let {} = issues.finish({})?;",
                zip_pattern(&idents),
                zip_expr(&idents)
            );
        }
        Ok(format!(
            "/// The request of `{rpc}` as the parameters of `{op}`; an unknown enum number is\n\
             /// refused at its proto field.\n\
             impl TryFrom<{message}> for port::{params_type} {{\n\
             \x20   type Error = AppError;\n\n\
             \x20   fn try_from(m: {message}) -> Result<Self, AppError> {{\n\
             {body}\
             \x20       Ok(Self {{\n{fields}\n}})\n\
             \x20   }}\n}}",
            rpc = rpc.full_name(),
            op = op.ident,
            fields = fields.join("\n"),
        ))
    }

    /// `From<DTO> for message`.
    fn response(&mut self, mapping: &Mapping) -> Result<String, CodegenError> {
        let pointer = format!("#/components/schemas/{}/x-proto", mapping.schema);
        let Some(TypeDef::Struct { name, fields, .. }) = self.type_def(&mapping.schema) else {
            return Err(unsupported(
                &pointer,
                format!("`{}` is not an object schema", mapping.schema),
            ));
        };
        let (name, dto_fields) = (name.clone(), fields.clone());
        let message = &mapping.message;
        let path = pb_path(message.full_name(), message.package_name(), &pointer)?;
        let proto_name = |f: &Field| {
            mapping
                .renamed
                .get(&f.wire)
                .cloned()
                .unwrap_or_else(|| f.wire.clone())
        };
        let mut used = BTreeSet::new();
        let mut out = Vec::new();
        for field in message.fields() {
            let fname = field.name();
            let ident = fname.to_snake_case();
            let Some(dto) = dto_fields.iter().find(|f| proto_name(f) == fname) else {
                if mapping.unset.contains(fname) {
                    out.push(format!("{ident}: Default::default(),"));
                    continue;
                }
                return Err(unsupported(
                    &pointer,
                    format!(
                        "`{}.{fname}` has no property in `{name}`: map one in `x-proto.fields` or \
                         list it in `x-proto.unset`",
                        message.full_name()
                    ),
                ));
            };
            used.insert(dto.wire.clone());
            let expr = self.outbound(dto, &field).ok_or_else(|| {
                unsupported(
                    &pointer,
                    format!(
                        "`{name}.{}` ({}) cannot become `{}.{fname}` ({:?}{})",
                        dto.wire,
                        dto.rust_type_with("model::"),
                        message.full_name(),
                        field.kind(),
                        if field.is_list() { ", repeated" } else { "" },
                    ),
                )
            })?;
            out.push(format!("{ident}: {expr},"));
        }
        if let Some(left) = dto_fields
            .iter()
            .find(|f| !used.contains(&f.wire) && !mapping.omit.contains(&f.wire))
        {
            return Err(unsupported(
                &pointer,
                format!(
                    "`{name}.{}` has no field in `{}`: map it in `x-proto.fields` or list it in \
                     `x-proto.omit`",
                    left.wire,
                    message.full_name()
                ),
            ));
        }
        let omitted = if mapping.omit.is_empty() {
            String::new()
        } else {
            format!(
                " (`{}` not carried)",
                mapping
                    .omit
                    .iter()
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("`, `")
            )
        };
        Ok(format!(
            "/// `{name}` as `{full}`{omitted}.\n\
             impl From<model::{name}> for {path} {{\n\
             \x20   fn from(v: model::{name}) -> Self {{\n\
             \x20       Self {{\n{fields}\n}}\n\
             \x20   }}\n}}",
            full = message.full_name(),
            fields = out.join("\n"),
        ))
    }

    /// The expression turning DTO field `dto` (of `v`) into the message field `field`.
    fn outbound(&mut self, dto: &Field, field: &FieldDescriptor) -> Option<String> {
        if dto.boxed {
            return None;
        }
        let v = format!("v.{}", dto.ident);
        let kind = field.kind();
        let optional = !matches!(dto.presence, Presence::Required | Presence::Defaulted(_));
        let message_name = match &kind {
            Kind::Message(m) => Some(m.full_name().to_owned()),
            _ => None,
        };
        match (&dto.shape.ty, field.is_list(), optional) {
            (Ty::Prim(prim), false, false) if same_scalar(&kind, *prim) => Some(v),
            (Ty::Prim(prim), false, true) if same_scalar(&kind, *prim) => {
                if proto3_optional(field) {
                    Some(v)
                } else {
                    // proto3 sends an absent value as its zero.
                    Some(format!("{v}.unwrap_or_default()"))
                }
            }
            (Ty::Prim(Prim::DateTime), false, opt)
                if message_name.as_deref() == Some(TIMESTAMP) =>
            {
                Some(if opt {
                    format!("{v}.map(|at| std::time::SystemTime::from(at).into())")
                } else {
                    format!("Some(std::time::SystemTime::from({v}).into())")
                })
            }
            (Ty::Prim(Prim::Decimal), false, opt) if message_name.as_deref() == Some(MONEY) => {
                self.money_helper();
                Some(if opt {
                    format!("{v}.map(decimal_money)")
                } else {
                    format!("Some(decimal_money({v}))")
                })
            }
            (Ty::Named(n), false, opt) if self.maps_to(n, message_name.as_deref()) => {
                Some(if opt {
                    format!("{v}.map(Into::into)")
                } else {
                    format!("Some({v}.into())")
                })
            }
            (Ty::List(item), true, false) => match &item.ty {
                Ty::Prim(prim) if same_scalar(&kind, *prim) => Some(v),
                Ty::Named(n) if self.maps_to(n, message_name.as_deref()) => {
                    Some(format!("{v}.into_iter().map(Into::into).collect()"))
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether the DTO `schema` is bridged to the message `full_name`.
    fn maps_to(&self, schema: &str, full_name: Option<&str>) -> bool {
        self.mappings
            .iter()
            .any(|m| m.schema == schema && Some(m.message.full_name()) == full_name)
    }
}

/// `a`, `(a, b)`, `(a, (b, c))`: the pattern `zip_expr` produces.
pub(super) fn zip_pattern(idents: &[&str]) -> String {
    match idents {
        [one] => (*one).to_owned(),
        [first, rest @ ..] => format!("({first}, {})", zip_pattern(rest)),
        [] => "()".to_owned(),
    }
}

pub(super) fn zip_expr(idents: &[&str]) -> String {
    match idents {
        [one] => (*one).to_owned(),
        [first, rest @ ..] => format!("{first}.zip({})", zip_expr(rest)),
        [] => "Some(())".to_owned(),
    }
}

/// The bridge module's source, unformatted, or `None` when the spec bridges nothing.
///
/// # Errors
/// An `x-grpc` or `x-proto` naming what does not exist, or a field the two sides cannot share.
pub fn source(
    doc: &Value,
    api: &Api,
    pool: Option<&DescriptorPool>,
    header: &str,
) -> Result<Option<String>, CodegenError> {
    let wants_bridge = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .is_some_and(|s| s.values().any(|s| s.get("x-proto").is_some()))
        || doc
            .get("paths")
            .and_then(Value::as_object)
            .is_some_and(|paths| {
                paths.values().any(|item| {
                    HTTP_METHODS
                        .iter()
                        .any(|m| item.get(*m).and_then(|op| op.get("x-grpc")).is_some())
                })
            });
    if !wants_bridge {
        return Ok(None);
    }
    let pool = pool.ok_or_else(|| {
        unsupported(
            "#",
            "the spec uses `x-grpc`/`x-proto` but the workspace has no protos",
        )
    })?;
    let mappings = mappings(doc, pool)?;
    let rpcs = rpcs(doc, pool)?;
    let mut writer = Writer {
        api,
        mappings: &mappings,
        helpers: BTreeMap::new(),
        uses_port: false,
        uses_issues: false,
    };
    let mut items = Vec::new();
    for (ident, pointer, rpc) in &rpcs {
        let op = api
            .operations
            .iter()
            .find(|o| &o.ident == ident)
            .ok_or_else(|| unsupported(pointer, format!("no operation `{ident}`")))?;
        items.push(writer.request(op, pointer, rpc)?);
    }
    for mapping in &mappings {
        items.push(writer.response(mapping)?);
    }
    let body: String = items
        .iter()
        .chain(writer.helpers.values())
        .map(|item| format!("\n{item}\n"))
        .collect();
    let mut imports = String::new();
    match (writer.uses_port, writer.uses_issues) {
        (true, true) => imports.push_str("use app_kit::{AppError, FieldIssues};\n\n"),
        (true, false) => imports.push_str("use app_kit::AppError;\n\n"),
        _ => {}
    }
    match (body.contains("model::"), writer.uses_port) {
        (true, true) => imports.push_str("use super::openapi::{model, port};\n"),
        (true, false) => imports.push_str("use super::openapi::model;\n"),
        (false, true) => imports.push_str("use super::openapi::port;\n"),
        (false, false) => {}
    }
    imports.push_str("use super::pb;\n");
    Ok(Some(format!(
        "{header}\n//! The protobuf messages this service shares with its REST API (`x-grpc` and \
         `x-proto` in the\n//! spec), converted to and from the REST port's types: an RPC \
         decodes its request into the\n//! operation's parameters and encodes the DTO the REST \
         conversion built, so the conversions to\n//! and from the domain are written once for \
         both.\n\n{imports}{body}"
    )))
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::openapi::bundle::bundle_file;
    use crate::openapi::codegen::{Layout, Target, model_of};
    use crate::proto::compile::compile;

    const PROTO: &str = r#"syntax = "proto3";
package shop.v1;
import "google/protobuf/timestamp.proto";
service PetService {
  rpc ListPets(ListPetsRequest) returns (ListPetsResponse);
}
enum PetSort {
  PET_SORT_UNSPECIFIED = 0;
  PET_SORT_NAME = 1;
  PET_SORT_CREATED_AT = 2;
}
message Pet {
  int64 id = 1;
  string name = 2;
  string nickname = 3;
  google.protobuf.Timestamp born_at = 4;
  int64 owner_id = 5;
}
message ListPetsRequest {
  int32 limit = 1;
  PetSort sort = 2;
  optional string name = 3;
}
message ListPetsResponse {
  int64 total = 1;
  repeated Pet pets = 2;
}
"#;

    /// A spec around `pet_extra` (more properties of `Pet`) and `pet_proto` (its `x-proto`).
    fn spec(pet_extra: &str, pet_proto: &str, list_extra: &str) -> String {
        format!(
            r#"openapi: 3.1.0
info: {{title: Shop, version: "1"}}
paths:
  /pets:
    get:
      operationId: listPets
      x-grpc: shop.v1.PetService/ListPets
      parameters:
        - {{name: limit, in: query, schema: {{type: integer, format: int32, default: 10}}}}
        - {{name: sort, in: query, schema: {{type: string, enum: [name, created_at], default: created_at}}}}
        - {{name: name, in: query, schema: {{type: string}}}}
{list_extra}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {{$ref: '#/components/schemas/PetPage'}}
components:
  schemas:
    Pet:
      type: object
      x-proto: {pet_proto}
      required: [id, name, born_at]
      properties:
        id: {{type: integer, format: int64}}
        name: {{type: string}}
        nickname: {{type: string}}
        born_at: {{type: string, format: date-time}}
{pet_extra}
    PetPage:
      type: object
      x-proto: {{message: shop.v1.ListPetsResponse, fields: {{items: pets}}}}
      required: [total, items]
      properties:
        total: {{type: integer, format: int64}}
        items: {{type: array, items: {{$ref: '#/components/schemas/Pet'}}}}
"#
        )
    }

    fn bridge(spec: &str) -> Result<Option<String>, CodegenError> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("proto/shop/v1")).unwrap();
        std::fs::write(dir.path().join("proto/shop/v1/pet.proto"), PROTO).unwrap();
        std::fs::write(dir.path().join("openapi.yaml"), spec).unwrap();
        let protos = compile(&[dir.path().join("proto")]).unwrap();
        let bundle = bundle_file(&dir.path().join("openapi.yaml")).unwrap();
        let target = Target {
            api_name: "shop".to_owned(),
            spec_display: "openapi.yaml".to_owned(),
            crate_dir: PathBuf::from("services/shop"),
            layout: Layout::Service,
        };
        let (api, _) = model_of(&bundle, &target)?;
        source(&bundle.document, &api, Some(&protos.pool), "// header")
    }

    const PET: &str = "{message: shop.v1.Pet, unset: [owner_id]}";

    #[test]
    fn requests_become_params_and_dtos_become_messages() {
        let text = bridge(&spec("", PET, "")).unwrap().unwrap();
        for expected in [
            "impl TryFrom<pb::shop::v1::ListPetsRequest> for port::ListPetsParams",
            // proto3's zero is the spec's default, an unknown enum number a field issue.
            "limit: if m.limit == 0 { 10 } else { m.limit },",
            "pet_sort(m.sort, model::ListPetsSort::CreatedAt)",
            "Ok(Pb::Unspecified) => default,",
            "Ok(Pb::CreatedAt) => model::ListPetsSort::CreatedAt,",
            "name: m.name,",
            "impl From<model::Pet> for pb::shop::v1::Pet",
            "nickname: v.nickname.unwrap_or_default(),",
            "born_at: Some(std::time::SystemTime::from(v.born_at).into()),",
            "owner_id: Default::default(),",
            "pets: v.items.into_iter().map(Into::into).collect(),",
        ] {
            assert!(text.contains(expected), "missing `{expected}` in:\n{text}");
        }
    }

    #[test]
    fn a_spec_without_bridges_gets_no_module() {
        let plain = spec("", PET, "")
            .replace("      x-grpc: shop.v1.PetService/ListPets\n", "")
            .replace(&format!("      x-proto: {PET}\n"), "")
            .replace(
                "      x-proto: {message: shop.v1.ListPetsResponse, fields: {items: pets}}\n",
                "",
            );
        assert_eq!(bridge(&plain).unwrap(), None);
    }

    #[test]
    fn what_cannot_be_mapped_is_an_error_naming_both_sides() {
        let cases = [
            // a DTO property the message lacks
            (
                spec("        colour: {type: string}", PET, ""),
                "`Pet.colour` has no field in `shop.v1.Pet`",
            ),
            // a message field the DTO lacks
            (
                spec("", "{message: shop.v1.Pet}", ""),
                "`shop.v1.Pet.owner_id` has no property in `Pet`",
            ),
            // a type the two sides do not share
            (
                spec("", PET, "").replace(
                    "nickname: {type: string}",
                    "nickname: {type: integer, format: int64}",
                ),
                "`Pet.nickname` (Option<i64>) cannot become `shop.v1.Pet.nickname`",
            ),
            // an enum value the spec does not have
            (
                spec("", PET, "").replace("enum: [name, created_at]", "enum: [created_at]"),
                "`PET_SORT_NAME` of `shop.v1.PetSort` has no value `name`",
            ),
            // a required parameter the request message does not carry
            (
                spec(
                    "",
                    PET,
                    "        - {name: shelf, in: query, required: true, schema: {type: string}}",
                ),
                "required parameter `shelf` of `list_pets` is not a field of `shop.v1.ListPetsRequest`",
            ),
            // an RPC that does not exist
            (
                spec("", PET, "").replace("PetService/ListPets", "PetService/ListDogs"),
                "no RPC `shop.v1.PetService/ListDogs`",
            ),
        ];
        for (spec, expected) in cases {
            let err = bridge(&spec).unwrap_err().to_string();
            assert!(err.contains(expected), "expected `{expected}`, got: {err}");
        }
    }
}
