//! REST DTOs to and from a service's domain values, where the spec names the Rust side:
//!
//! ```yaml
//! # on a response schema: the DTO is built from this Rust value, one accessor per property
//! Stock:
//!   x-rust-from: crate::domain::aggregate::Stock
//!   properties:
//!     id: {type: integer}                  # stock.id().into()
//!     reserved_quantity:
//!       x-rust-get: reserved               # stock.reserved().into(): the accessor's name
//! # on a request schema: each property is parsed by a domain constructor
//! BookReplace:
//!   x-rust-into: crate::domain::aggregate::BookSpec  # the struct the properties are fields of
//!   properties:
//!     title: {x-rust-parse: crate::domain::aggregate::Title::parse}
//!     description:                         # optional: absent stays `None`
//!       x-rust-parse: crate::domain::aggregate::Description::parse
//!       x-rust-blank-is-none: true         # and so does blank text
//!     author_ids:                          # each item, then the whole list
//!       x-rust-parse: crate::domain::aggregate::AuthorIds::new
//!       items: {x-rust-parse: crate::domain::aggregate::AuthorId::new}
//!     version:                             # a `$ref` target's `x-rust-parse` counts too
//!       $ref: ../../../common/schemas/Version.yaml
//!   x-rust-beside: [version]               # parsed beside the struct: `(BookSpec, Version)`
//! ```
//!
//! On a list operation, `x-rust-query` turns its parameters into the use case's query:
//!
//! ```yaml
//! x-rust-query:
//!   into: crate::application::port::repo::ListQuery<BookFilter, BookSort>  # the query type
//!   filter: crate::application::port::repo::BookFilter  # the other parameters' struct (or none: `()`)
//!   build: crate::application::usecase::list_query      # fn(Page, filter, sort, order) -> query
//! parameters:
//!   - {name: category_id, in: query, x-rust-parse: crate::domain::aggregate::CategoryId::new}
//! ```
//!
//! `limit` and `offset` become an `app_kit::Page` (its own bounds, issues at `limit`/`offset`,
//! reported first), `sort` and `order` convert by `Into` (their enums name their Rust types with
//! `x-rust-type`), every other parameter is parsed by its `x-rust-parse`, in declared order.
//!
//! Where the spec also names the protobuf side, the same conversions serve gRPC: a schema with
//! `x-rust-from` and `x-proto` gets `From<&Domain> for <message>` (through the DTO and the
//! bridge; the domain type must be this crate's, a plain `crate::` path), an operation with
//! `x-rust-query` and `x-grpc` gets `TryFrom<request message> for <query>` (through the params).
//!
//! The generator writes `From<&Author> for model::Author` (scalars by `Into`, arrays item by
//! item, optional values mapped) and `TryFrom<&model::BookReplace> for (BookSpec, Version)`:
//! every property is parsed, every refusal collected in `app_kit::FieldIssues` at the
//! property's name (`author_ids[2]` for an item) and returned together as `AppError::Invalid`.
//! Without `x-rust-into` the target is the tuple of the parsed values in property order (the
//! value itself for one property). A property the generator cannot map is an error naming it,
//! never a field left out.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use prost_reflect::DescriptorPool;
use regex::Regex;
use serde_json::Value;

use super::CodegenError;
use super::bridge::{zip_expr, zip_pattern};
use super::ir::{Api, Field, Operation, Presence, Prim, Ty, TypeDef};
use super::names::snake;

fn unsupported(pointer: impl Into<String>, message: impl Into<String>) -> CodegenError {
    CodegenError::Unsupported {
        pointer: pointer.into(),
        message: message.into(),
    }
}

/// The JSON pointer segment of a name (`~` and `/` escaped).
fn segment(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}

/// The pointer to a field's property in `schema` (at `pointer`), and the property's raw schema.
fn property<'a>(schema: &'a Value, pointer: &str, field: &Field) -> (String, &'a Value) {
    let name = segment(&field.wire);
    let raw = schema
        .pointer(&format!("/properties/{name}"))
        .unwrap_or(&Value::Null);
    (format!("{pointer}/properties/{name}"), raw)
}

/// `key` on `node`, or on the component schema it `$ref`s.
fn extension<'a>(doc: &'a Value, node: &'a Value, key: &str) -> Option<&'a Value> {
    node.get(key).or_else(|| {
        let target = node.get("$ref")?.as_str()?.strip_prefix('#')?;
        doc.pointer(target)?.get(key)
    })
}

fn text<'a>(value: Option<&'a Value>, pointer: &str) -> Result<Option<&'a str>, CodegenError> {
    value
        .map(|v| {
            v.as_str()
                .filter(|s| !s.trim().is_empty())
                .ok_or_else(|| unsupported(pointer, "expected a Rust path"))
        })
        .transpose()
}

/// The type a constructor path makes: `crate::domain::Title::parse` → `crate::domain::Title`.
fn constructed_type<'a>(function: &'a str, pointer: &str) -> Result<&'a str, CodegenError> {
    function
        .rsplit_once("::")
        .map(|(ty, _)| ty)
        .filter(|ty| !ty.is_empty())
        .ok_or_else(|| {
            unsupported(
                pointer,
                format!("`x-rust-parse: {function}` must name `<Type>::<function>`"),
            )
        })
}

struct Writer<'a> {
    doc: &'a Value,
    api: &'a Api,
}

/// One parsed property: the statements binding it, and the Rust type it is bound as.
struct Parsed {
    ident: String,
    statements: String,
    ty: String,
    beside: bool,
}

impl Writer<'_> {
    fn struct_fields(&self, name: &str, pointer: &str) -> Result<&[Field], CodegenError> {
        match self.api.types.iter().find(|t| t.name() == name) {
            Some(TypeDef::Struct { fields, .. }) => Ok(fields),
            _ => Err(unsupported(
                pointer,
                format!("`{name}` is not an object schema"),
            )),
        }
    }

    /// `impl From<&Domain> for model::Name`.
    fn dto_of_domain(
        &self,
        name: &str,
        schema: &Value,
        domain: &str,
    ) -> Result<String, CodegenError> {
        let pointer = format!("#/components/schemas/{}", segment(name));
        let fields = self.struct_fields(name, &pointer)?;
        let mut out = String::new();
        for field in fields {
            let (at, property) = property(schema, &pointer, field);
            let getter = text(property.get("x-rust-get"), &format!("{at}/x-rust-get"))?
                .unwrap_or(&field.ident);
            let value = format!("source.{getter}()");
            let expr = match (&field.shape.ty, &field.presence, field.boxed) {
                (_, _, true) | (_, Presence::OptionalNullable, _) => None,
                (Ty::List(_), Presence::Required | Presence::Defaulted(_), _) => {
                    Some(format!("{value}.iter().map(Into::into).collect()"))
                }
                (Ty::List(_), _, _) => None,
                (_, Presence::Required | Presence::Defaulted(_), _) => {
                    Some(format!("{value}.into()"))
                }
                (_, Presence::Optional | Presence::RequiredNullable, _) => {
                    Some(format!("{value}.map(Into::into)"))
                }
            }
            .ok_or_else(|| {
                unsupported(
                    &at,
                    format!(
                        "`{name}.{}` ({}) cannot be taken from `{domain}`",
                        field.wire,
                        field.rust_type_with("model::")
                    ),
                )
            })?;
            let _ = writeln!(out, "{}: {expr},", field.ident);
        }
        Ok(format!(
            "/// The spec's `x-rust-from`: each property from the accessor of its name, by `Into`\n\
             /// (an accessor may already return the wire type).\n\
             #[allow(clippy::useless_conversion)]\n\
             impl From<&{domain}> for model::{name} {{\n\
             \x20   fn from(source: &{domain}) -> Self {{\n\
             \x20       Self {{\n{out}}}\n\
             \x20   }}\n}}"
        ))
    }

    /// The statements parsing one property of `dto`, collecting its refusals in `issues`.
    fn parse_field(
        &self,
        field: &Field,
        property: &Value,
        at: &str,
        beside: bool,
    ) -> Result<Parsed, CodegenError> {
        let (ident, wire) = (&field.ident, &field.wire);
        let parse_at = format!("{at}/x-rust-parse");
        let function = text(extension(self.doc, property, "x-rust-parse"), &parse_at)?;
        let blank_is_none =
            extension(self.doc, property, "x-rust-blank-is-none") == Some(&Value::Bool(true));
        let cannot = |why: &str| {
            unsupported(
                at,
                format!("`{wire}` ({}) {why}", field.rust_type_with("model::")),
            )
        };
        // A value as a constructor takes it: text by reference, numbers widened where needed.
        let argument = |prim: Prim, value: &str| match prim {
            Prim::String => format!("&{value}"),
            _ => format!("{value}.into()"),
        };
        let required = matches!(field.presence, Presence::Required | Presence::Defaulted(_));
        let (statements, ty) = match (&field.shape.ty, required) {
            (Ty::Prim(prim), true) => {
                let function = function.ok_or_else(|| cannot("has no `x-rust-parse`"))?;
                let ty = constructed_type(function, &parse_at)?.to_owned();
                let arg = argument(*prim, &format!("dto.{ident}"));
                (
                    format!("let {ident} = issues.take({wire:?}, {function}({arg}));\n"),
                    ty,
                )
            }
            (Ty::Prim(prim), false) if field.presence == Presence::Optional => {
                let function = function.ok_or_else(|| cannot("has no `x-rust-parse`"))?;
                let ty = constructed_type(function, &parse_at)?;
                let raw = match (prim, blank_is_none) {
                    (Prim::String, true) => {
                        format!("dto.{ident}.as_deref().map(str::trim).filter(|v| !v.is_empty())")
                    }
                    (Prim::String, false) => format!("dto.{ident}.as_deref()"),
                    (_, false) => format!("dto.{ident}.map(Into::into)"),
                    (_, true) => {
                        return Err(cannot("is not text: `x-rust-blank-is-none` is for text"));
                    }
                };
                (
                    format!("let {ident} = issues.take_optional({wire:?}, {raw}, {function});\n"),
                    format!("Option<{ty}>"),
                )
            }
            (Ty::List(item), true) => {
                let Ty::Prim(prim) = item.ty else {
                    return Err(cannot("is a list of objects, which is not parsed"));
                };
                let items = property
                    .get("items")
                    .or_else(|| {
                        let target = property.get("$ref")?.as_str()?.strip_prefix('#')?;
                        self.doc.pointer(target)?.get("items")
                    })
                    .unwrap_or(&Value::Null);
                let items_at = format!("{at}/items/x-rust-parse");
                let item_fn = text(extension(self.doc, items, "x-rust-parse"), &items_at)?
                    .ok_or_else(|| cannot("has items without `x-rust-parse`"))?;
                let item_ty = constructed_type(item_fn, &items_at)?;
                let arg = match prim {
                    Prim::String => "v".to_owned(),
                    _ => "(*v).into()".to_owned(),
                };
                let mut statements = format!(
                    "let {ident}: Vec<Option<{item_ty}>> = dto.{ident}.iter().enumerate()\
                     .map(|(i, v)| issues.take(FieldPath::field({wire:?}).index(i), {item_fn}({arg})))\
                     .collect();\n\
                     let {ident} = {ident}.into_iter().collect::<Option<Vec<_>>>()"
                );
                let ty = match function {
                    Some(function) => {
                        let _ = write!(
                            statements,
                            ".and_then(|v| issues.take({wire:?}, {function}(v)))"
                        );
                        constructed_type(function, &parse_at)?.to_owned()
                    }
                    None => format!("Vec<{item_ty}>"),
                };
                statements.push_str(";\n");
                (statements, ty)
            }
            _ => {
                return Err(cannot(
                    "cannot be parsed (only text, numbers and lists of them)",
                ));
            }
        };
        Ok(Parsed {
            ident: ident.clone(),
            statements,
            ty,
            beside,
        })
    }

    /// `impl TryFrom<&model::Name> for <target>`.
    fn domain_of_dto(&self, name: &str, schema: &Value) -> Result<String, CodegenError> {
        let pointer = format!("#/components/schemas/{}", segment(name));
        let into = text(schema.get("x-rust-into"), &format!("{pointer}/x-rust-into"))?;
        let fields = self.struct_fields(name, &pointer)?;
        let beside_at = format!("{pointer}/x-rust-beside");
        let beside = match schema.get("x-rust-beside") {
            None => Vec::new(),
            Some(_) if into.is_none() => {
                return Err(unsupported(
                    &beside_at,
                    "`x-rust-beside` keeps properties out of the `x-rust-into` struct, and there is none",
                ));
            }
            Some(list) => list
                .as_array()
                .and_then(|l| l.iter().map(Value::as_str).collect::<Option<Vec<_>>>())
                .ok_or_else(|| unsupported(&beside_at, "expected a list of property names"))?,
        };
        if let Some(unknown) = beside
            .iter()
            .find(|b| !fields.iter().any(|f| f.wire == **b))
        {
            return Err(unsupported(
                &beside_at,
                format!("`{name}` has no property `{unknown}`"),
            ));
        }
        let mut parsed = Vec::new();
        for field in fields {
            let (at, property) = property(schema, &pointer, field);
            let one = beside.contains(&field.wire.as_str());
            parsed.push(self.parse_field(field, property, &at, one)?);
        }
        let idents: Vec<&str> = parsed.iter().map(|p| p.ident.as_str()).collect();
        let statements: String = parsed.iter().map(|p| p.statements.as_str()).collect();
        let beside: Vec<&Parsed> = parsed.iter().filter(|p| p.beside).collect();
        let (target, value) = match into {
            Some(into) => {
                let members: Vec<&str> = parsed
                    .iter()
                    .filter(|p| !p.beside)
                    .map(|p| p.ident.as_str())
                    .collect();
                let built = format!("{into} {{ {} }}", members.join(", "));
                if beside.is_empty() {
                    (into.to_owned(), built)
                } else {
                    let types: Vec<&str> = beside.iter().map(|p| p.ty.as_str()).collect();
                    let values: Vec<&str> = beside.iter().map(|p| p.ident.as_str()).collect();
                    (
                        format!("({into}, {})", types.join(", ")),
                        format!("({built}, {})", values.join(", ")),
                    )
                }
            }
            None if parsed.len() == 1 => (parsed[0].ty.clone(), idents[0].to_owned()),
            None => {
                let types: Vec<&str> = parsed.iter().map(|p| p.ty.as_str()).collect();
                (
                    format!("({})", types.join(", ")),
                    format!("({})", idents.join(", ")),
                )
            }
        };
        Ok(format!(
            "/// The spec's `x-rust-parse`: every property parsed, every refusal reported together.\n\
             #[allow(clippy::useless_conversion)]\n\
             impl TryFrom<&model::{name}> for {target} {{\n\
             \x20   type Error = AppError;\n\n\
             \x20   fn try_from(dto: &model::{name}) -> Result<Self, AppError> {{\n\
             \x20       let mut issues = FieldIssues::default();\n\
             {statements}\
             \x20       let {pattern} = issues.finish({zipped})?;\n\
             \x20       Ok({value})\n\
             \x20   }}\n}}",
            pattern = zip_pattern(&idents),
            zipped = zip_expr(&idents),
        ))
    }
}

impl Writer<'_> {
    /// `impl TryFrom<port::<Op>Params> for <query>` from the operation's `x-rust-query`.
    fn query(&self, op: &Operation, raw: &Value, pointer: &str) -> Result<String, CodegenError> {
        let ext = raw.get("x-rust-query").unwrap_or(&Value::Null);
        let at = format!("{pointer}/x-rust-query");
        let key = |k: &str| text(ext.get(k), &format!("{at}/{k}"));
        let (Some(into), Some(build)) = (key("into")?, key("build")?) else {
            return Err(unsupported(&at, "`x-rust-query` needs `into` and `build`"));
        };
        let filter = key("filter")?;
        let Some(params_type) = &op.params_type else {
            return Err(unsupported(
                &at,
                format!("`{}` has no parameters", op.ident),
            ));
        };
        for needed in ["limit", "offset", "sort", "order"] {
            if !op.params.iter().any(|p| p.field.wire == needed) {
                return Err(unsupported(
                    &at,
                    format!(
                        "a list query needs a `{needed}` parameter, which `{}` lacks",
                        op.ident
                    ),
                ));
            }
        }
        let raw_params: Vec<&Value> = raw
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|p| {
                p.get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| r.strip_prefix('#'))
                    .and_then(|r| self.doc.pointer(r))
                    .unwrap_or(p)
            })
            .collect();
        let mut statements = String::from(
            "let page = Page::parse(Some(i64::from(p.limit)), i64::from(p.offset), &mut issues);\n",
        );
        let mut idents = vec!["page"];
        for param in &op.params {
            let field = &param.field;
            if ["limit", "offset", "sort", "order"].contains(&field.wire.as_str()) {
                continue;
            }
            let param_at = format!("{pointer}/parameters/{}", segment(&field.wire));
            let function = raw_params
                .iter()
                .find(|p| p.get("name").and_then(Value::as_str) == Some(field.wire.as_str()))
                .and_then(|p| p.get("x-rust-parse"));
            let function =
                text(function, &format!("{param_at}/x-rust-parse"))?.ok_or_else(|| {
                    unsupported(
                        &param_at,
                        format!("parameter `{}` has no `x-rust-parse`", field.wire),
                    )
                })?;
            constructed_type(function, &param_at)?;
            let (ident, wire) = (&field.ident, &field.wire);
            let take = match field.presence {
                Presence::Optional => {
                    format!("issues.take_optional({wire:?}, p.{ident}, {function})")
                }
                Presence::Required | Presence::Defaulted(_) => {
                    format!("issues.take({wire:?}, {function}(p.{ident}))")
                }
                _ => {
                    return Err(unsupported(
                        &param_at,
                        format!("parameter `{wire}` cannot be parsed"),
                    ));
                }
            };
            let _ = writeln!(statements, "let {ident} = {take};");
            idents.push(ident);
        }
        let filter_value = match filter {
            Some(filter) => format!("{filter} {{ {} }}", idents[1..].join(", ")),
            None if idents.len() == 1 => "()".to_owned(),
            None => {
                return Err(unsupported(
                    &at,
                    "parameters besides the page, sort and order need a `filter` struct",
                ));
            }
        };
        Ok(format!(
            "/// The spec's `x-rust-query`: the page, the filter and the sort, every refused \
             parameter\n/// reported together.\n\
             #[allow(clippy::useless_conversion)]\n\
             impl TryFrom<port::{params_type}> for {into} {{\n\
             \x20   type Error = AppError;\n\n\
             \x20   fn try_from(p: port::{params_type}) -> Result<Self, AppError> {{\n\
             \x20       let mut issues = FieldIssues::default();\n\
             {statements}\
             \x20       let {pattern} = issues.finish({zipped})?;\n\
             \x20       Ok({build}(page, {filter_value}, p.sort.into(), p.order.into()))\n\
             \x20   }}\n}}",
            pattern = zip_pattern(&idents),
            zipped = zip_expr(&idents),
        ))
    }
}

/// `From<&Domain> for <message>`, through the DTO: a schema with both `x-rust-from` and `x-proto`
/// sends a domain value over gRPC as the REST answer's DTO, encoded by the bridge.
fn through_dto(name: &str, domain: &str, message: &str) -> String {
    let path = format!("pb::{}", message.replace('.', "::"));
    format!(
        "/// `{name}` as `{message}` (`x-rust-from` and `x-proto`): the REST DTO, encoded by the \
         bridge.\n\
         impl From<&{domain}> for {path} {{\n\
         \x20   fn from(source: &{domain}) -> Self {{\n\
         \x20       model::{name}::from(source).into()\n\
         \x20   }}\n}}"
    )
}

/// `TryFrom<request message> for <query>`, through the params: an operation with both `x-grpc` and
/// `x-rust-query` decodes its RPC's request (the bridge) and builds the same query as REST.
fn query_from_message(op: &Operation, message: &str, into: &str) -> String {
    let params = op.params_type.as_deref().unwrap_or_default();
    format!(
        "/// The request of `{}`'s RPC as its query (`x-grpc` and `x-rust-query`): decoded into \
         the\n/// operation's parameters by the bridge, then parsed as over REST.\n\
         impl TryFrom<{message}> for {into} {{\n\
         \x20   type Error = AppError;\n\n\
         \x20   fn try_from(m: {message}) -> Result<Self, AppError> {{\n\
         \x20       port::{params}::try_from(m)?.try_into()\n\
         \x20   }}\n}}",
        op.ident
    )
}

/// The Rust types the spec names, imported by their last segment where that name is theirs alone
/// (`crate::domain::aggregate::Title::parse` → `Title::parse`), so the impls read as Rust
/// written by hand would. `model::`, `port::`, `pb::` and the kit's items the module imports
/// stay as they are.
fn shorten(body: &str) -> (String, BTreeSet<String>) {
    let Ok(path) = Regex::new(r"\b[a-z_][a-z0-9_]*(?:::[a-z_][a-z0-9_]*)*::[A-Z][A-Za-z0-9_]*\b")
    else {
        return (body.to_owned(), BTreeSet::new());
    };
    let mut by_name: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for found in path.find_iter(body) {
        let full = found.as_str();
        if ["model::", "port::", "pb::"]
            .iter()
            .any(|m| full.starts_with(m))
        {
            continue;
        }
        let name = full.rsplit("::").next().unwrap_or(full);
        by_name.entry(name).or_default().insert(full);
    }
    let reserved = ["AppError", "FieldIssues", "FieldPath", "Page"];
    let uses: BTreeSet<String> = by_name
        .iter()
        .filter(|(name, paths)| paths.len() == 1 && !reserved.contains(name))
        .flat_map(|(_, paths)| paths.iter().map(|p| (*p).to_owned()))
        .collect();
    let text = path.replace_all(body, |found: &regex::Captures<'_>| {
        let full = &found[0];
        if uses.contains(full) {
            full.rsplit("::").next().unwrap_or(full).to_owned()
        } else {
            full.to_owned()
        }
    });
    (text.into_owned(), uses)
}

/// Every operation of the document, with its pointer and the IR operation of the same id.
fn operations<'a>(doc: &'a Value, api: &'a Api) -> Vec<(String, &'a Value, &'a Operation)> {
    let mut out = Vec::new();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return out;
    };
    for (path, item) in paths {
        let Some(item) = item.as_object() else {
            continue;
        };
        for (method, raw) in item {
            let Some(id) = raw.get("operationId").and_then(Value::as_str) else {
                continue;
            };
            if let Some(op) = api.operations.iter().find(|o| o.ident == snake(id)) {
                out.push((format!("#/paths/{}/{method}", segment(path)), raw, op));
            }
        }
    }
    out
}

/// Whether a request schema asks to be parsed: `x-rust-into`, or `x-rust-parse` written on one
/// of its own properties.
fn parsed_schema(schema: &Value) -> bool {
    schema.get("x-rust-into").is_some()
        || schema
            .get("properties")
            .and_then(Value::as_object)
            .is_some_and(|p| p.values().any(|p| p.get("x-rust-parse").is_some()))
}

/// The mapping module's source, unformatted, or `None` when the spec maps nothing.
///
/// # Errors
/// A property that cannot be taken from the named Rust value or parsed into one.
pub fn source(
    doc: &Value,
    api: &Api,
    protos: Option<&DescriptorPool>,
    header: &str,
) -> Result<Option<String>, CodegenError> {
    let Some(schemas) = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return Ok(None);
    };
    let writer = Writer { doc, api };
    let mut items = Vec::new();
    let mut parses = false;
    let mut messages = false;
    for (name, schema) in schemas {
        let from_at = format!("#/components/schemas/{}/x-rust-from", segment(name));
        if let Some(domain) = text(schema.get("x-rust-from"), &from_at)? {
            items.push(writer.dto_of_domain(name, schema, domain)?);
            // A message type is foreign (the shared proto crate), so the domain type must be
            // this crate's own for the impl to be allowed: a plain `crate::` path.
            let local = domain.starts_with("crate::") && !domain.contains('<');
            let message = schema.pointer("/x-proto/message").and_then(Value::as_str);
            if let (true, Some(message)) = (local, message) {
                messages = true;
                items.push(through_dto(name, domain, message));
            }
        }
        if parsed_schema(schema) {
            parses = true;
            items.push(writer.domain_of_dto(name, schema)?);
        }
    }
    let mut queries = false;
    let rpcs = match protos {
        Some(pool) => super::bridge::rpcs(doc, pool)?,
        None => Vec::new(),
    };
    for (pointer, raw, op) in operations(doc, api) {
        if raw.get("x-rust-query").is_none() {
            continue;
        }
        queries = true;
        items.push(writer.query(op, raw, &pointer)?);
        let into = raw.pointer("/x-rust-query/into").and_then(Value::as_str);
        let rpc = rpcs.iter().find(|(ident, ..)| *ident == op.ident);
        if let (Some(into), Some((_, at, rpc))) = (into, rpc) {
            messages = true;
            let input = rpc.input();
            let message = super::bridge::pb_path(input.full_name(), input.package_name(), at)?;
            items.push(query_from_message(op, &message, into));
        }
    }
    if items.is_empty() {
        return Ok(None);
    }
    let body: String = items.iter().map(|item| format!("\n{item}\n")).collect();
    let (body, uses) = shorten(&body);
    let mut imports = String::new();
    if parses || queries {
        let mut kit = vec!["AppError", "FieldIssues"];
        if body.contains("FieldPath::") {
            kit.push("FieldPath");
        }
        if queries {
            kit.push("Page");
        }
        let _ = writeln!(imports, "use app_kit::{{{}}};\n", kit.join(", "));
    }
    imports.push_str(if queries {
        "use super::openapi::{model, port};\n"
    } else {
        "use super::openapi::model;\n"
    });
    if messages {
        imports.push_str("use super::pb;\n");
    }
    let mut by_module: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for path in &uses {
        if let Some((module, name)) = path.rsplit_once("::") {
            by_module.entry(module).or_default().push(name);
        }
    }
    for (module, names) in by_module {
        match names.as_slice() {
            [one] => {
                let _ = writeln!(imports, "use {module}::{one};");
            }
            _ => {
                let _ = writeln!(imports, "use {module}::{{{}}};", names.join(", "));
            }
        }
    }
    Ok(Some(format!(
        "{header}\n//! REST DTOs built from the domain values the spec names (`x-rust-from`), and \
         requests parsed\n//! into them (`x-rust-parse`, `x-rust-query`): the mechanical half \
         of the REST adapter's\n//! conversions.\n\n{imports}{body}"
    )))
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::openapi::bundle::bundle_file;
    use crate::openapi::codegen::{Layout, Target, model_of};

    /// A spec whose `Pet` response is built from `crate::Pet` and whose `PetReplace` request is
    /// parsed; `extra` is appended to `PetReplace`'s properties.
    fn spec(extra: &str) -> String {
        format!(
            r#"openapi: 3.0.3
info: {{title: Shop, version: "1"}}
paths:
  /pets/{{id}}:
    put:
      operationId: replacePet
      parameters:
        - {{name: id, in: path, required: true, schema: {{type: integer, format: int64}}}}
      requestBody:
        required: true
        content:
          application/json:
            schema: {{$ref: '#/components/schemas/PetReplace'}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {{$ref: '#/components/schemas/Pet'}}
components:
  schemas:
    Version:
      type: integer
      format: int64
      x-rust-parse: app_kit::Version::new
    Pet:
      type: object
      x-rust-from: crate::Pet
      required: [id, name, tag_ids, at]
      properties:
        id: {{type: integer, format: int64}}
        name: {{type: string}}
        nickname: {{type: string}}
        tag_ids: {{type: array, items: {{type: integer, format: int64}}}}
        at: {{type: integer, format: int32, x-rust-get: born_at}}
    PetReplace:
      type: object
      x-rust-into: crate::PetSpec
      required: [name, tag_ids, size, version]
      properties:
        name: {{type: string, x-rust-parse: crate::Name::parse}}
        note: {{type: string, x-rust-parse: crate::Note::parse, x-rust-blank-is-none: true}}
        tag_ids:
          type: array
          x-rust-parse: crate::TagIds::new
          items: {{type: integer, format: int64, x-rust-parse: crate::TagId::new}}
        size: {{type: integer, format: int32, x-rust-parse: crate::Size::new}}
        version:
          $ref: '#/components/schemas/Version'
{extra}
      x-rust-beside: [version]
"#
        )
    }

    fn mapping(spec: &str) -> Result<Option<String>, CodegenError> {
        mapping_with(spec, None)
    }

    /// The mapping of `spec`, with `proto` (a `shop/v1/pet.proto`) compiled beside it.
    fn mapping_with(spec: &str, proto: Option<&str>) -> Result<Option<String>, CodegenError> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("openapi.yaml"), spec).unwrap();
        let protos = proto.map(|proto| {
            std::fs::create_dir_all(dir.path().join("proto/shop/v1")).unwrap();
            std::fs::write(dir.path().join("proto/shop/v1/pet.proto"), proto).unwrap();
            crate::proto::compile::compile(&[dir.path().join("proto")]).unwrap()
        });
        let bundle = bundle_file(&dir.path().join("openapi.yaml")).unwrap();
        let target = Target {
            api_name: "shop".to_owned(),
            spec_display: "openapi.yaml".to_owned(),
            crate_dir: PathBuf::from("services/shop"),
            layout: Layout::Service,
        };
        let (api, _) = model_of(&bundle, &target)?;
        let pool = protos.as_ref().map(|p| &p.pool);
        source(&bundle.document, &api, pool, "// header")
    }

    #[test]
    fn responses_are_built_from_accessors_and_requests_parsed_field_by_field() {
        let text = mapping(&spec("")).unwrap().unwrap();
        for expected in [
            "impl From<&Pet> for model::Pet",
            "id: source.id().into(),",
            "nickname: source.nickname().map(Into::into),",
            "tag_ids: source.tag_ids().iter().map(Into::into).collect(),",
            "at: source.born_at().into(),",
            "impl TryFrom<&model::PetReplace> for (PetSpec, Version)",
            "let name = issues.take(\"name\", Name::parse(&dto.name));",
            "issues.take_optional(\"note\", dto.note.as_deref().map(str::trim).filter(|v| !v.is_empty()), Note::parse)",
            "issues.take(FieldPath::field(\"tag_ids\").index(i), TagId::new((*v).into()))",
            ".and_then(|v| issues.take(\"tag_ids\", TagIds::new(v)))",
            "let size = issues.take(\"size\", Size::new(dto.size.into()));",
            "let version = issues.take(\"version\", Version::new(dto.version.into()));",
            "let (name, (note, (tag_ids, (size, version)))) = issues.finish(name.zip(note.zip(tag_ids.zip(size.zip(version)))))?;",
            "Ok((PetSpec { name, note, tag_ids, size }, version))",
            "use crate::{Name, Note, Pet, PetSpec, Size, TagId, TagIds};",
            "use app_kit::Version;",
            "use app_kit::{AppError, FieldIssues, FieldPath};",
        ] {
            assert!(text.contains(expected), "missing `{expected}` in:\n{text}");
        }
    }

    /// `spec("")` plus a list operation: `listPets` with a filter, or without (`filter` empty).
    fn list_spec(filter: &str, extra_param: &str) -> String {
        spec("").replace(
            "components:\n",
            &format!(
                r#"  /pets:
    get:
      operationId: listPets
      x-rust-query:
        into: crate::PetQuery
{filter}        build: crate::pet_query
      parameters:
        - {{name: name, in: query, x-rust-parse: crate::name_filter, schema: {{type: string}}}}
        - {{name: owner_id, in: query, x-rust-parse: crate::OwnerId::new, schema: {{type: integer, format: int64}}}}
{extra_param}        - {{name: limit, in: query, schema: {{type: integer, format: int32, default: 10}}}}
        - {{name: offset, in: query, schema: {{type: integer, format: int32, default: 0}}}}
        - {{name: sort, in: query, schema: {{type: string, enum: [name], default: name}}}}
        - {{name: order, in: query, schema: {{type: string, enum: [asc, desc], default: asc}}}}
      responses:
        '200':
          description: ok
components:
"#
            ),
        )
    }

    #[test]
    fn list_parameters_become_the_query_page_first() {
        let text = mapping(&list_spec("        filter: crate::PetFilter\n", ""))
            .unwrap()
            .unwrap();
        for expected in [
            "impl TryFrom<port::ListPetsParams> for PetQuery",
            "let page = Page::parse(Some(i64::from(p.limit)), i64::from(p.offset), &mut issues);",
            "let name = issues.take_optional(\"name\", p.name, crate::name_filter);",
            "let owner_id = issues.take_optional(\"owner_id\", p.owner_id, OwnerId::new);",
            "let (page, (name, owner_id)) = issues.finish(page.zip(name.zip(owner_id)))?;",
            "Ok(crate::pet_query(page, PetFilter { name, owner_id }, p.sort.into(), p.order.into()))",
            "use app_kit::{AppError, FieldIssues, FieldPath, Page};",
            "use super::openapi::{model, port};",
        ] {
            assert!(text.contains(expected), "missing `{expected}` in:\n{text}");
        }
        // Filter parameters need a struct to go in, and each one its constructor.
        let err = mapping(&list_spec("", "")).unwrap_err().to_string();
        assert!(err.contains("need a `filter` struct"), "{err}");
        let unparsed = "        - {name: colour, in: query, schema: {type: string}}\n";
        let err = mapping(&list_spec("        filter: crate::PetFilter\n", unparsed))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("parameter `colour` has no `x-rust-parse`"),
            "{err}"
        );
    }

    #[test]
    fn an_rpc_carrying_the_parameters_decodes_into_the_same_query() {
        let proto = r#"syntax = "proto3";
package shop.v1;
service PetService {
  rpc ListPets(ListPetsRequest) returns (ListPetsResponse);
}
message ListPetsRequest {
  int32 limit = 1;
}
message ListPetsResponse {
  int64 total = 1;
}
"#;
        let spec = list_spec("        filter: crate::PetFilter\n", "").replace(
            "      operationId: listPets\n",
            "      operationId: listPets\n      x-grpc: shop.v1.PetService/ListPets\n",
        );
        let text = mapping_with(&spec, Some(proto)).unwrap().unwrap();
        for expected in [
            "impl TryFrom<pb::shop::v1::ListPetsRequest> for PetQuery",
            "port::ListPetsParams::try_from(m)?.try_into()",
            "use super::pb;",
        ] {
            assert!(text.contains(expected), "missing `{expected}` in:\n{text}");
        }
    }

    #[test]
    fn a_list_operation_without_paging_is_refused() {
        let spec = list_spec("        filter: crate::PetFilter\n", "").replace(
            "        - {name: offset, in: query, schema: {type: integer, format: int32, default: 0}}\n",
            "",
        );
        let err = mapping(&spec).unwrap_err().to_string();
        assert!(err.contains("needs a `offset` parameter"), "{err}");
    }

    #[test]
    fn a_value_with_a_message_goes_out_through_its_dto() {
        let spec = spec("").replace(
            "      x-rust-from: crate::Pet\n",
            "      x-rust-from: crate::Pet\n      x-proto: {message: shop.v1.Pet}\n",
        );
        let text = mapping(&spec).unwrap().unwrap();
        for expected in [
            "use super::pb;",
            "impl From<&Pet> for pb::shop::v1::Pet",
            "model::Pet::from(source).into()",
        ] {
            assert!(text.contains(expected), "missing `{expected}` in:\n{text}");
        }
    }

    #[test]
    fn without_a_struct_the_parsed_values_are_a_tuple_or_the_one_value() {
        let spec = spec("").replace("      x-rust-into: crate::PetSpec\n", "");
        let err = mapping(&spec).unwrap_err().to_string();
        assert!(err.contains("there is none"), "{err}");
        let spec = spec.replace("      x-rust-beside: [version]\n", "");
        let text = mapping(&spec).unwrap().unwrap();
        assert!(text.contains("for (Name, Option<Note>, TagIds, Size, Version)"));
        assert!(text.contains("Ok((name, note, tag_ids, size, version))"));
    }

    #[test]
    fn a_spec_that_names_no_rust_values_gets_no_module() {
        let plain = spec("")
            .lines()
            .filter(|l| !l.contains("x-rust-"))
            .collect::<Vec<_>>()
            .join("\n");
        assert_eq!(mapping(&plain).unwrap(), None);
    }

    #[test]
    fn a_property_that_cannot_be_mapped_is_an_error_naming_it() {
        let cases = [
            // a request property without a constructor
            (
                spec("        colour: {type: string}"),
                "`colour` (Option<String>) has no `x-rust-parse`",
            ),
            // a constructor path that names no type
            (
                spec("").replace("crate::Size::new", "new"),
                "`x-rust-parse: new` must name `<Type>::<function>`",
            ),
            // a property beside the struct that the schema does not have
            (
                spec("").replace("[version]", "[edition]"),
                "`PetReplace` has no property `edition`",
            ),
            // blank text on a number
            (
                spec(
                    "        weight: {type: integer, x-rust-parse: crate::W::new, x-rust-blank-is-none: true}",
                ),
                "`x-rust-blank-is-none` is for text",
            ),
        ];
        for (spec, expected) in cases {
            let err = mapping(&spec).unwrap_err().to_string();
            assert!(err.contains(expected), "expected `{expected}`, got: {err}");
        }
    }
}
