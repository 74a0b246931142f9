//! JSON Schema (OpenAPI 3.0 flavour, with 3.1's `type: [.., "null"]`) → named Rust types.
//!
//! Objects, string enums and unions become named types; primitives, arrays and maps are inlined
//! with their constraints (a named schema of that kind also gets a documenting `type` alias).
//! `allOf` is merged into one object (properties and `required` of every member, through refs).
//!
//! What cannot be expressed (a `$ref` that leads nowhere, nesting deeper than [`MAX_DEPTH`], a
//! value of several types, a `pattern` the `regex` crate cannot compile, keywords such as `not`)
//! never fails the run: it degrades to `serde_json::Value` (or drops the one check) and leaves a
//! [`Warning`] naming the JSON pointer of the schema, so any spec still yields a crate that
//! builds.

use std::cell::OnceCell;
use std::collections::{BTreeMap, HashMap};

use serde_json::{Map, Value};

use super::defaults;
use super::ir::{
    Bound, Checks, EnumVariant, Field, Presence, Prim, Shape, Ty, TypeDef, UnionVariant,
};
use super::names::{Namespace, pascal, snake};
use super::{CodegenError, Warning};

/// Deepest chain of `$ref`s / `allOf`s followed before giving up (guards against cycles).
const MAX_DEPTH: usize = 32;

/// Keywords that only narrow what a schema accepts and that no generated check enforces: the
/// generated type accepts the values they forbid, which a warning says.
const UNCHECKED: &[&str] = &[
    "not",
    "if",
    "propertyNames",
    "patternProperties",
    "dependentRequired",
    "dependentSchemas",
    "unevaluatedProperties",
    "unevaluatedItems",
    "contains",
    "prefixItems",
];

pub struct Schemas<'a> {
    pub doc: &'a Value,
    pub types: Vec<TypeDef>,
    pub names: Namespace,
    /// `#/components/schemas/X` → the Rust name, for schemas that become named types.
    named: HashMap<String, String>,
    /// String enums by name, for rendering defaults.
    pub enums: HashMap<String, Vec<EnumVariant>>,
    /// Shapes of shared (`$ref`'d) parameters, so every operation uses the same type.
    pub shared_shapes: HashMap<String, Shape>,
    /// What was degraded, in the order it was met.
    pub warnings: Vec<Warning>,
    /// Addresses of the schemas being converted, innermost last: a warning names the pointer of
    /// the innermost one that is part of the document (merged `allOf`s are copies).
    trail: Vec<usize>,
    /// Address of every object in the document → its JSON pointer; built on the first warning
    /// only, so a clean spec never pays for it.
    pointers: OnceCell<HashMap<usize, String>>,
}

fn address(value: &Value) -> usize {
    std::ptr::from_ref(value) as usize
}

/// Every object and array of `doc` by address, with its JSON pointer.
fn index_pointers(doc: &Value) -> HashMap<usize, String> {
    fn walk(value: &Value, pointer: &mut String, out: &mut HashMap<usize, String>) {
        let len = pointer.len();
        match value {
            Value::Object(map) => {
                out.insert(address(value), pointer.clone());
                for (key, child) in map {
                    pointer.push('/');
                    pointer.push_str(&super::names::pointer_token(key));
                    walk(child, pointer, out);
                    pointer.truncate(len);
                }
            }
            Value::Array(items) => {
                out.insert(address(value), pointer.clone());
                for (i, child) in items.iter().enumerate() {
                    pointer.push('/');
                    pointer.push_str(&i.to_string());
                    walk(child, pointer, out);
                    pointer.truncate(len);
                }
            }
            _ => {}
        }
    }
    let mut out = HashMap::new();
    walk(doc, &mut String::new(), &mut out);
    out
}

/// Follow a local `$ref` (`#/components/...`), percent-decoding the pointer.
pub fn resolve<'v>(doc: &'v Value, reference: &str) -> Option<&'v Value> {
    let pointer = reference.strip_prefix('#')?;
    let decoded = percent_encoding::percent_decode_str(pointer)
        .decode_utf8()
        .ok()?;
    doc.pointer(&decoded)
}

/// `description` (or `title`) as a doc comment text.
pub fn doc_of(schema: &Value) -> Option<String> {
    schema
        .get("description")
        .or_else(|| schema.get("title"))
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(str::to_owned)
}

fn types_of(schema: &Value) -> Vec<&str> {
    match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

fn main_type(schema: &Value) -> Option<&str> {
    types_of(schema).into_iter().find(|t| *t != "null")
}

fn u64_of(schema: &Value, key: &str) -> Option<u64> {
    schema.get(key).and_then(Value::as_u64)
}

fn is_null_schema(schema: &Value) -> bool {
    types_of(schema) == ["null"] || schema.get("enum") == Some(&Value::Array(vec![Value::Null]))
}

impl<'a> Schemas<'a> {
    /// Reserve a name for every component schema that becomes a named type, in document order,
    /// so refs resolve before their targets are converted.
    pub fn new(doc: &'a Value, reserved: &[&str]) -> Self {
        let mut this = Self {
            doc,
            types: Vec::new(),
            names: Namespace::with_reserved(reserved),
            named: HashMap::new(),
            enums: HashMap::new(),
            shared_shapes: HashMap::new(),
            warnings: Vec::new(),
            trail: Vec::new(),
            pointers: OnceCell::new(),
        };
        if let Some(schemas) = doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
        {
            for (key, schema) in schemas {
                if this.becomes_named(schema, 0) {
                    let name = this.names.claim(&pascal(key));
                    this.named.insert(
                        format!("#/components/schemas/{}", super::names::pointer_token(key)),
                        name,
                    );
                }
            }
        }
        this
    }

    /// Convert every component schema.
    pub fn convert_components(&mut self) -> Result<(), CodegenError> {
        let Some(schemas) = self
            .doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
        else {
            return Ok(());
        };
        for (key, schema) in schemas {
            let reference = format!("#/components/schemas/{}", super::names::pointer_token(key));
            match self.named.get(&reference).cloned() {
                Some(name) => self.define(&name, schema, 0)?,
                None => {
                    let name = self.names.claim(&pascal(key));
                    let shape = self.shape_of(schema, &name, 0)?;
                    let shape = if is_nullable(self.doc, schema) {
                        Shape {
                            ty: Ty::Nullable(Box::new(shape)),
                            checks: Checks::default(),
                        }
                    } else {
                        shape
                    };
                    self.types.push(TypeDef::Alias {
                        name,
                        doc: doc_of(schema),
                        shape,
                    });
                }
            }
        }
        Ok(())
    }

    /// Record that `schema` (or, when it is a copy, the innermost document schema around it) was
    /// degraded. The same pointer and message are reported once.
    fn warn(&mut self, schema: &Value, message: impl Into<String>) {
        let doc = self.doc;
        let pointers = self.pointers.get_or_init(|| index_pointers(doc));
        let pointer = std::iter::once(address(schema))
            .chain(self.trail.iter().rev().copied())
            .find_map(|a| pointers.get(&a))
            .map(|p| format!("#{p}"))
            .unwrap_or_else(|| "#".to_owned());
        let warning = Warning {
            pointer,
            message: message.into(),
        };
        if !self.warnings.contains(&warning) {
            self.warnings.push(warning);
        }
    }

    /// Warn about the keywords of `schema` that the generated code does not enforce.
    fn note_unchecked(&mut self, schema: &Value) {
        for key in UNCHECKED {
            if schema.get(*key).is_some() {
                self.warn(
                    schema,
                    format!("`{key}` is not checked: the generated type accepts what it forbids"),
                );
            }
        }
        if let Some((key, _)) = refinements(schema) {
            self.warn(
                schema,
                format!(
                    "the `{key}` alternatives only say which properties go together; they are \
                     not checked (a property is optional unless the object itself requires it)"
                ),
            );
        }
    }

    fn deref<'s>(&self, schema: &'s Value, depth: usize) -> Option<&'s Value>
    where
        'a: 's,
    {
        let mut current = schema;
        for _ in depth..MAX_DEPTH {
            match current.get("$ref").and_then(Value::as_str) {
                Some(r) => current = resolve(self.doc, r)?,
                None => return Some(current),
            }
        }
        None
    }

    /// Whether a schema is rendered as a named Rust type (struct, enum, union).
    fn becomes_named(&self, schema: &Value, depth: usize) -> bool {
        if depth > MAX_DEPTH {
            return false;
        }
        if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            return resolve(self.doc, r).is_some_and(|t| self.becomes_named(t, depth + 1));
        }
        if schema.get("allOf").is_some() {
            return match self.merge_all_of(schema, depth) {
                Merged::Object(..) => true,
                Merged::Passthrough(inner) => self.becomes_named(&inner, depth + 1),
            };
        }
        if let Some(members) = union_members(schema) {
            return !members.is_empty();
        }
        if is_string_enum(schema) {
            return true;
        }
        has_properties(schema)
    }

    /// Define the named type `name` from `schema`.
    fn define(&mut self, name: &str, schema: &Value, depth: usize) -> Result<(), CodegenError> {
        self.trail.push(address(schema));
        let result = self.define_here(name, schema, depth);
        self.trail.pop();
        result
    }

    /// A named type that stands for any JSON value, for a schema that cannot be expressed.
    fn define_json(&mut self, name: &str, schema: &Value) {
        self.types.push(TypeDef::Alias {
            name: name.to_owned(),
            doc: doc_of(schema),
            shape: Shape::prim(Prim::Json),
        });
    }

    fn define_here(
        &mut self,
        name: &str,
        schema: &Value,
        depth: usize,
    ) -> Result<(), CodegenError> {
        if depth > MAX_DEPTH {
            self.warn(schema, too_deep());
            self.define_json(name, schema);
            return Ok(());
        }
        self.note_unchecked(schema);
        if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            let Some(target) = self.target(schema, r) else {
                self.define_json(name, schema);
                return Ok(());
            };
            // A component that is only a ref to another named type: a struct/enum copy would
            // drift, an alias keeps them the same type.
            if let Some(other) = self.named.get(r).cloned() {
                self.types.push(TypeDef::Alias {
                    name: name.to_owned(),
                    doc: doc_of(schema),
                    shape: Shape::named(other),
                });
                return Ok(());
            }
            return self.define(name, target, depth + 1);
        }
        if let Some(target) = lone_all_of_ref(schema)
            && let Some(other) = self.named.get(target).cloned()
        {
            // `allOf: [$ref: X]` next to a description: the same type as X, not a copy.
            self.types.push(TypeDef::Alias {
                name: name.to_owned(),
                doc: doc_of(schema),
                shape: Shape::named(other),
            });
            return Ok(());
        }
        if schema.get("allOf").is_some() {
            return match self.merge_all_of(schema, depth) {
                Merged::Object(merged, origins) => {
                    self.define_struct(name, &merged, &origins, depth)
                }
                Merged::Passthrough(inner) => self.define(name, &inner, depth + 1),
            };
        }
        if let Some(members) = union_members(schema) {
            return self.define_union(name, schema, &members, depth);
        }
        if is_string_enum(schema) {
            self.define_enum(name, schema);
            return Ok(());
        }
        self.define_struct(name, schema, &HashMap::new(), depth)
    }

    /// The schema `reference` points at; `None` (with a warning) when it leads nowhere.
    fn target(&mut self, schema: &Value, reference: &str) -> Option<&'a Value> {
        let target = resolve(self.doc, reference);
        if target.is_none() {
            self.warn(
                schema,
                format!("`$ref: {reference}` leads nowhere; the value is any JSON"),
            );
        }
        target
    }

    /// The shape of a value of `schema`; `hint` names any inline type it needs.
    pub fn shape_of(
        &mut self,
        schema: &Value,
        hint: &str,
        depth: usize,
    ) -> Result<Shape, CodegenError> {
        self.trail.push(address(schema));
        let result = self.shape_here(schema, hint, depth);
        self.trail.pop();
        result
    }

    fn shape_here(
        &mut self,
        schema: &Value,
        hint: &str,
        depth: usize,
    ) -> Result<Shape, CodegenError> {
        if depth > MAX_DEPTH {
            self.warn(schema, too_deep());
            return Ok(Shape::prim(Prim::Json));
        }
        self.note_unchecked(schema);
        if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            if let Some(name) = self.named.get(r) {
                return Ok(Shape::named(name.clone()));
            }
            let Some(target) = self.target(schema, r) else {
                return Ok(Shape::prim(Prim::Json));
            };
            return self.shape_of(target, hint, depth + 1);
        }
        if schema.get("allOf").is_some() {
            return match self.merge_all_of(schema, depth) {
                Merged::Object(merged, origins) => {
                    let name = self.names.claim(hint);
                    self.define_struct(&name, &merged, &origins, depth)?;
                    Ok(Shape::named(name))
                }
                Merged::Passthrough(inner) => self.shape_of(&inner, hint, depth + 1),
            };
        }
        if let Some(members) = union_members(schema) {
            if members.len() == 1 {
                return self.shape_of(members[0], hint, depth + 1);
            }
            if !members.is_empty() {
                let name = self.names.claim(hint);
                self.define_union(&name, schema, &members, depth)?;
                return Ok(Shape::named(name));
            }
        }
        if is_string_enum(schema) {
            let name = self.names.claim(hint);
            self.define_enum(&name, schema);
            return Ok(Shape::named(name));
        }
        let types: Vec<&str> = types_of(schema)
            .into_iter()
            .filter(|t| *t != "null")
            .collect();
        if types.len() > 1 {
            self.warn(
                schema,
                format!(
                    "`type: [{}]` (a value of several types) is not supported; the value is any \
                     JSON",
                    types.join(", ")
                ),
            );
            return Ok(Shape::prim(Prim::Json));
        }
        let mut checks = Checks::default();
        let ty = match main_type(schema) {
            Some("string") => {
                checks.min_length = u64_of(schema, "minLength");
                checks.max_length = u64_of(schema, "maxLength");
                checks.pattern = schema
                    .get("pattern")
                    .and_then(Value::as_str)
                    .map(str::to_owned);
                if let Some(pattern) = &checks.pattern
                    && let Err(err) = regex::Regex::new(pattern)
                {
                    // Often an ECMA-only construct (look-around, back-references): the value is
                    // still a string, only this one check is left out.
                    let first_line = err.to_string();
                    let first_line = first_line.lines().last().unwrap_or("").trim().to_owned();
                    self.warn(
                        schema,
                        format!(
                            "`pattern: {pattern}` is not a regex the `regex` crate accepts \
                             ({first_line}); the pattern is not checked"
                        ),
                    );
                    checks.pattern = None;
                }
                let format = schema.get("format").and_then(Value::as_str);
                checks.email = format == Some("email");
                Ty::Prim(match format {
                    Some("date-time") => Prim::DateTime,
                    Some("date") => Prim::Date,
                    Some("uuid") => Prim::Uuid,
                    Some("decimal") | Some("money") => Prim::Decimal,
                    Some("byte") => Prim::Base64,
                    _ => Prim::String,
                })
            }
            Some("integer") => {
                numeric_checks(schema, &mut checks);
                Ty::Prim(match schema.get("format").and_then(Value::as_str) {
                    Some("int32") => Prim::I32,
                    _ => Prim::I64,
                })
            }
            Some("number") => {
                numeric_checks(schema, &mut checks);
                Ty::Prim(match schema.get("format").and_then(Value::as_str) {
                    Some("float") => Prim::F32,
                    Some("decimal") => Prim::Decimal,
                    _ => Prim::F64,
                })
            }
            Some("boolean") => Ty::Prim(Prim::Bool),
            Some("array") => {
                checks.min_items = u64_of(schema, "minItems");
                checks.max_items = u64_of(schema, "maxItems");
                checks.unique_items = schema.get("uniqueItems") == Some(&Value::Bool(true));
                let empty = Value::Object(Map::new());
                let items = schema.get("items").unwrap_or(&empty);
                let item_hint = format!("{hint}Item");
                let item = self.nullable_shape(items, &item_hint, depth + 1)?;
                Ty::List(Box::new(item))
            }
            _ if has_properties(schema) => {
                let name = self.names.claim(hint);
                self.define_struct(&name, schema, &HashMap::new(), depth)?;
                Ty::Named(name)
            }
            _ => match schema.get("additionalProperties") {
                Some(extra @ Value::Object(_)) if !extra.as_object().is_some_and(Map::is_empty) => {
                    checks.min_properties = u64_of(schema, "minProperties");
                    checks.max_properties = u64_of(schema, "maxProperties");
                    let value_hint = format!("{hint}Value");
                    let value = self.nullable_shape(extra, &value_hint, depth + 1)?;
                    Ty::Map(Box::new(value))
                }
                _ => Ty::Prim(Prim::Json),
            },
        };
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            checks.allowed = values.iter().filter(|v| !v.is_null()).cloned().collect();
        } else if let Some(value) = schema.get("const").filter(|v| !v.is_null()) {
            // 3.1's `const` is a one-value `enum`.
            checks.allowed = vec![value.clone()];
        }
        Ok(Shape { ty, checks })
    }

    /// Like [`Self::shape_of`], wrapped in `Option` when the schema allows `null`.
    pub fn nullable_shape(
        &mut self,
        schema: &Value,
        hint: &str,
        depth: usize,
    ) -> Result<Shape, CodegenError> {
        let shape = self.shape_of(schema, hint, depth)?;
        Ok(if is_nullable(self.doc, schema) {
            Shape {
                ty: Ty::Nullable(Box::new(shape)),
                checks: Checks::default(),
            }
        } else {
            shape
        })
    }

    /// `origins` holds the document address of each property of a merged `allOf` (a copy), so
    /// warnings about it name where it was written.
    fn define_struct(
        &mut self,
        name: &str,
        schema: &Value,
        origins: &HashMap<String, usize>,
        depth: usize,
    ) -> Result<(), CodegenError> {
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let mut idents = Namespace::default();
        let mut fields = Vec::new();
        let empty = Map::new();
        let properties = schema
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        for (wire, property) in properties {
            let hint = format!("{name}{}", pascal(wire));
            let origin = origins.get(wire).copied();
            if let Some(origin) = origin {
                self.trail.push(origin);
            }
            let shape = self.shape_of(property, &hint, depth + 1);
            if origin.is_some() {
                self.trail.pop();
            }
            let shape = shape?;
            let nullable = is_nullable(self.doc, property);
            let default = self
                .deref(property, depth)
                .and_then(|p| p.get("default"))
                .filter(|d| !d.is_null())
                .cloned();
            let presence = match (required.contains(&wire.as_str()), nullable) {
                (true, false) => Presence::Required,
                (true, true) => Presence::RequiredNullable,
                (false, false) => Presence::Optional,
                (false, true) => Presence::OptionalNullable,
            };
            let boxed = shape.ty == Ty::Named(name.to_owned());
            let secret = [Some(property), self.deref(property, depth)]
                .into_iter()
                .flatten()
                .any(|p| {
                    p.get("writeOnly") == Some(&Value::Bool(true))
                        || p.get("format").and_then(Value::as_str) == Some("password")
                });
            let mut field = Field {
                wire: wire.clone(),
                ident: idents.claim(&snake(wire)),
                doc: doc_of(property).or_else(|| self.deref(property, depth).and_then(doc_of)),
                shape,
                presence,
                boxed,
                secret,
            };
            if let Some(default) = default
                && matches!(field.presence, Presence::Optional)
            {
                defaults::apply(&mut field, &default, &self.lookup());
            }
            fields.push(field);
        }
        self.types.push(TypeDef::Struct {
            name: name.to_owned(),
            doc: doc_of(schema),
            fields,
            closed: schema.get("additionalProperties") == Some(&Value::Bool(false)),
        });
        Ok(())
    }

    /// Follow `$ref`s to the schema they name.
    pub fn deref_schema<'s>(&self, schema: &'s Value) -> Option<&'s Value>
    where
        'a: 's,
    {
        self.deref(schema, 0)
    }

    pub fn lookup(&self) -> EnumLookup<'_> {
        EnumLookup {
            enums: &self.enums,
            doc: self.doc,
            named: &self.named,
        }
    }

    fn define_enum(&mut self, name: &str, schema: &Value) {
        let mut idents = Namespace::default();
        let variants: Vec<EnumVariant> = schema
            .get("enum")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(|wire| EnumVariant {
                ident: idents.claim(&pascal(wire)),
                wire: wire.to_owned(),
            })
            .collect();
        self.enums.insert(name.to_owned(), variants.clone());
        self.types.push(TypeDef::Enum {
            name: name.to_owned(),
            doc: doc_of(schema),
            variants,
            rust_type: schema
                .get("x-rust-type")
                .and_then(Value::as_str)
                .map(str::to_owned),
        });
    }

    fn define_union(
        &mut self,
        name: &str,
        schema: &Value,
        members: &[&Value],
        depth: usize,
    ) -> Result<(), CodegenError> {
        let discriminator = schema
            .pointer("/discriminator/propertyName")
            .and_then(Value::as_str)
            .map(str::to_owned);
        let mapping: Vec<(String, String)> = schema
            .pointer("/discriminator/mapping")
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .filter_map(|(tag, target)| {
                        let target = target.as_str()?;
                        // Mapping values may be bare schema names.
                        let target = if target.starts_with('#') {
                            target.to_owned()
                        } else {
                            format!("#/components/schemas/{target}")
                        };
                        Some((tag.clone(), target))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut idents = Namespace::default();
        let mut variants = Vec::new();
        for (index, member) in members.iter().enumerate() {
            let reference = member.get("$ref").and_then(Value::as_str);
            let base = match reference {
                Some(r) => pascal(r.rsplit('/').next().unwrap_or("Variant")),
                None => variant_stem(member, index),
            };
            let shape = self.nullable_shape(member, &format!("{name}{base}"), depth + 1)?;
            let mut tags = Vec::new();
            if discriminator.is_some() {
                if let Some(r) = reference {
                    tags.extend(
                        mapping
                            .iter()
                            .filter(|(_, target)| target == r)
                            .map(|(tag, _)| tag.clone()),
                    );
                    if tags.is_empty()
                        && let Some(raw) = r.rsplit('/').next()
                    {
                        tags.push(raw.replace("~1", "/").replace("~0", "~"));
                    }
                } else {
                    tags.push(base.clone());
                }
            }
            variants.push(UnionVariant {
                ident: idents.claim(&base),
                shape,
                tags,
                boxed: false,
            });
        }
        self.types.push(TypeDef::Union {
            name: name.to_owned(),
            doc: doc_of(schema),
            variants,
            discriminator,
        });
        Ok(())
    }

    /// Flatten `allOf` (recursively, through refs) into one object schema, or pass a lone
    /// non-object member through (`allOf: [$ref: Money]` with a description next to it).
    fn merge_all_of(&self, schema: &Value, depth: usize) -> Merged {
        let mut acc = Acc::default();
        self.collect(schema, depth, &mut acc);
        if acc.object_like {
            let origins = std::mem::take(&mut acc.origins);
            let mut merged = Map::new();
            merged.insert("type".into(), Value::String("object".into()));
            merged.insert(
                "properties".into(),
                Value::Object(acc.properties.into_iter().collect()),
            );
            merged.insert(
                "required".into(),
                Value::Array(acc.required.into_iter().map(Value::String).collect()),
            );
            // Only the merged schema itself can close the result: members are closed to each
            // other's properties, which would make every allOf unsatisfiable.
            if schema.get("additionalProperties") == Some(&Value::Bool(false)) {
                merged.insert("additionalProperties".into(), Value::Bool(false));
            }
            if let Some(doc) = doc_of(schema).or(acc.doc) {
                merged.insert("description".into(), Value::String(doc));
            }
            return Merged::Object(Value::Object(merged), origins);
        }
        match acc.passthrough {
            Some(inner) => Merged::Passthrough(inner),
            None => Merged::Passthrough(Value::Object(Map::new())),
        }
    }

    fn collect(&self, schema: &Value, depth: usize, acc: &mut Acc) {
        if depth > MAX_DEPTH {
            return;
        }
        let Some(resolved) = self.deref(schema, depth) else {
            return;
        };
        if let Some(members) = resolved.get("allOf").and_then(Value::as_array) {
            for member in members {
                let target = self.deref(member, depth + 1);
                let object_like = target.is_some_and(|t| {
                    has_properties(t)
                        || t.get("allOf").is_some()
                        || main_type(t) == Some("object")
                        || (t.get("required").is_some() && main_type(t).is_none())
                });
                if object_like {
                    self.collect(member, depth + 1, acc);
                } else if acc.passthrough.is_none()
                    && (member.get("$ref").is_some() || main_type(member).is_some())
                {
                    acc.passthrough = Some(member.clone());
                }
            }
        }
        if has_properties(resolved)
            || main_type(resolved) == Some("object")
            || resolved.get("required").is_some()
        {
            acc.object_like = true;
        }
        if acc.doc.is_none() {
            acc.doc = doc_of(resolved);
        }
        if let Some(properties) = resolved.get("properties").and_then(Value::as_object) {
            for (key, value) in properties {
                acc.origins.insert(key.clone(), address(value));
                acc.properties.insert(key.clone(), value.clone());
            }
        }
        if let Some(required) = resolved.get("required").and_then(Value::as_array) {
            for r in required.iter().filter_map(Value::as_str) {
                if !acc.required.iter().any(|x| x == r) {
                    acc.required.push(r.to_owned());
                }
            }
        }
    }
}

/// What `defaults` needs to turn a default value into an expression.
pub struct EnumLookup<'s> {
    pub enums: &'s HashMap<String, Vec<EnumVariant>>,
    pub doc: &'s Value,
    pub named: &'s HashMap<String, String>,
}

impl EnumLookup<'_> {
    /// The variant of enum `name` whose wire value is `wire`; enums not yet converted are read
    /// from their schema (same naming rule as [`Schemas::define_enum`]).
    pub fn variant(&self, name: &str, wire: &str) -> Option<String> {
        if let Some(variants) = self.enums.get(name) {
            return variants
                .iter()
                .find(|v| v.wire == wire)
                .map(|v| v.ident.clone());
        }
        let (reference, _) = self.named.iter().find(|(_, n)| n.as_str() == name)?;
        let schema = resolve(self.doc, reference)?;
        let mut idents = Namespace::default();
        schema
            .get("enum")?
            .as_array()?
            .iter()
            .filter_map(Value::as_str)
            .map(|w| (w, idents.claim(&pascal(w))))
            .find(|(w, _)| *w == wire)
            .map(|(_, ident)| ident)
    }
}

enum Merged {
    /// The merged object, and the address of each property where the document holds it.
    Object(Value, HashMap<String, usize>),
    Passthrough(Value),
}

#[derive(Default)]
struct Acc {
    properties: BTreeMapInOrder,
    origins: HashMap<String, usize>,
    required: Vec<String>,
    doc: Option<String>,
    object_like: bool,
    passthrough: Option<Value>,
}

/// Properties in first-seen order; a later member redefining a property replaces it in place.
#[derive(Default)]
struct BTreeMapInOrder {
    order: Vec<String>,
    values: BTreeMap<String, Value>,
}

impl BTreeMapInOrder {
    fn insert(&mut self, key: String, value: Value) {
        if !self.values.contains_key(&key) {
            self.order.push(key.clone());
        }
        self.values.insert(key, value);
    }
}

impl IntoIterator for BTreeMapInOrder {
    type Item = (String, Value);
    type IntoIter = std::vec::IntoIter<(String, Value)>;

    fn into_iter(mut self) -> Self::IntoIter {
        self.order
            .into_iter()
            .filter_map(|k| self.values.remove(&k).map(|v| (k, v)))
            .collect::<Vec<_>>()
            .into_iter()
    }
}

/// The target of `allOf: [{$ref}]` when the schema adds nothing but documentation.
fn lone_all_of_ref(schema: &Value) -> Option<&str> {
    let members = schema.get("allOf")?.as_array()?;
    if members.len() != 1 || has_properties(schema) || schema.get("required").is_some() {
        return None;
    }
    members[0].get("$ref")?.as_str()
}

fn too_deep() -> String {
    format!(
        "nests or refers to itself more than {MAX_DEPTH} levels deep without a named type in \
         between; the value is any JSON"
    )
}

fn has_properties(schema: &Value) -> bool {
    schema
        .get("properties")
        .and_then(Value::as_object)
        .is_some_and(|p| !p.is_empty())
}

fn is_string_enum(schema: &Value) -> bool {
    let Some(values) = schema.get("enum").and_then(Value::as_array) else {
        return false;
    };
    let non_null: Vec<&Value> = values.iter().filter(|v| !v.is_null()).collect();
    !non_null.is_empty()
        && non_null.iter().all(|v| v.is_string())
        && matches!(main_type(schema), None | Some("string"))
}

/// The non-null members of `oneOf`/`anyOf`, unless they are only [`refinements`] of an object.
fn union_members(schema: &Value) -> Option<Vec<&Value>> {
    if refinements(schema).is_some() {
        return None;
    }
    let members = schema
        .get("oneOf")
        .or_else(|| schema.get("anyOf"))
        .and_then(Value::as_array)?;
    Some(members.iter().filter(|m| !is_null_schema(m)).collect())
}

/// An object whose `oneOf`/`anyOf` members only constrain its own properties (`anyOf: [{required:
/// [a]}, {required: [b]}]`: "a or b must be there"): the keyword and its members. Such a schema is
/// the object, not a union of shapeless alternatives.
fn refinements(schema: &Value) -> Option<(&'static str, &Vec<Value>)> {
    let properties = schema.get("properties").and_then(Value::as_object)?;
    let (key, members) = ["oneOf", "anyOf"]
        .into_iter()
        .find_map(|key| Some((key, schema.get(key)?.as_array()?)))?;
    let constrains_only = |member: &Value| {
        let shaping = ["$ref", "items", "enum", "const", "allOf", "oneOf", "anyOf"];
        member.is_object()
            && !shaping.iter().any(|k| member.get(*k).is_some())
            && matches!(main_type(member), None | Some("object"))
            && !member
                .get("additionalProperties")
                .is_some_and(Value::is_object)
            && member
                .get("properties")
                .and_then(Value::as_object)
                .is_none_or(|own| own.keys().all(|k| properties.contains_key(k)))
    };
    (!members.is_empty() && members.iter().all(constrains_only)).then_some((key, members))
}

fn variant_stem(member: &Value, index: usize) -> String {
    match main_type(member) {
        Some("string") => "String".to_owned(),
        Some("integer") => "Integer".to_owned(),
        Some("number") => "Number".to_owned(),
        Some("boolean") => "Boolean".to_owned(),
        Some("array") => "List".to_owned(),
        _ => member
            .get("title")
            .and_then(Value::as_str)
            .map(pascal)
            .unwrap_or_else(|| format!("Variant{}", index + 1)),
    }
}

fn numeric_checks(schema: &Value, checks: &mut Checks) {
    let number = |key: &str| match schema.get(key) {
        Some(Value::Number(n)) => Some(n.clone()),
        _ => None,
    };
    // 3.0 uses boolean `exclusiveMinimum` next to `minimum`; 3.1 puts the bound in it.
    checks.minimum = match (number("minimum"), schema.get("exclusiveMinimum")) {
        (_, Some(Value::Number(n))) => Some(Bound {
            value: n.clone(),
            exclusive: true,
        }),
        (Some(value), exclusive) => Some(Bound {
            value,
            exclusive: exclusive == Some(&Value::Bool(true)),
        }),
        (None, _) => None,
    };
    checks.maximum = match (number("maximum"), schema.get("exclusiveMaximum")) {
        (_, Some(Value::Number(n))) => Some(Bound {
            value: n.clone(),
            exclusive: true,
        }),
        (Some(value), exclusive) => Some(Bound {
            value,
            exclusive: exclusive == Some(&Value::Bool(true)),
        }),
        (None, _) => None,
    };
    checks.multiple_of = number("multipleOf");
}

/// Whether `null` is a valid value (3.0 `nullable`, 3.1 `type: [.., null]`, a null `oneOf`
/// member), following refs.
pub fn is_nullable(doc: &Value, schema: &Value) -> bool {
    let mut current = schema;
    for _ in 0..MAX_DEPTH {
        if current.get("nullable") == Some(&Value::Bool(true))
            || types_of(current).contains(&"null")
            || current
                .get("oneOf")
                .or_else(|| current.get("anyOf"))
                .and_then(Value::as_array)
                .is_some_and(|ms| ms.iter().any(is_null_schema))
        {
            return true;
        }
        match current.get("$ref").and_then(Value::as_str) {
            Some(r) => match resolve(doc, r) {
                Some(target) => current = target,
                None => return false,
            },
            None => return false,
        }
    }
    false
}

/// The named types a value of `shape` contains by value (through `Option`, not through a `Vec`
/// or a map, which are pointers already).
fn by_value<'s>(shape: &'s Shape, out: &mut Vec<&'s str>) {
    match &shape.ty {
        Ty::Named(name) => out.push(name),
        Ty::Nullable(inner) => by_value(inner, out),
        _ => {}
    }
}

/// Box every by-value reference that closes a cycle of named types (`A { b: Option<B> }` and
/// `B { a: A }`, or a union with a variant that holds the union), so every type has a finite
/// size. One box per cycle would do, but which one would depend on the order types were met;
/// boxing every direct reference inside a strongly connected component is order-independent and
/// costs an allocation only on recursive data.
pub fn box_cycles(types: &mut [TypeDef]) {
    let index: HashMap<String, usize> = types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.name().to_owned(), i))
        .collect();
    let edges: Vec<Vec<usize>> = types
        .iter()
        .map(|t| {
            let mut names = Vec::new();
            match t {
                TypeDef::Struct { fields, .. } => fields
                    .iter()
                    .filter(|f| !f.boxed)
                    .for_each(|f| by_value(&f.shape, &mut names)),
                TypeDef::Union { variants, .. } => variants
                    .iter()
                    .filter(|v| !v.boxed)
                    .for_each(|v| by_value(&v.shape, &mut names)),
                TypeDef::Alias { shape, .. } => by_value(shape, &mut names),
                TypeDef::Enum { .. } => {}
            }
            names
                .iter()
                .filter_map(|n| index.get(*n).copied())
                .collect()
        })
        .collect();
    let component = components(&edges);
    let in_cycle = |owner: usize, shape: &Shape| match &shape.ty {
        Ty::Named(name) => index
            .get(name)
            .is_some_and(|&target| component[target] == component[owner]),
        _ => false,
    };
    for (owner, t) in types.iter_mut().enumerate() {
        match t {
            TypeDef::Struct { fields, .. } => {
                for field in fields.iter_mut().filter(|f| in_cycle(owner, &f.shape)) {
                    field.boxed = true;
                }
            }
            TypeDef::Union { variants, .. } => {
                for variant in variants.iter_mut().filter(|v| in_cycle(owner, &v.shape)) {
                    variant.boxed = true;
                }
            }
            TypeDef::Alias { .. } | TypeDef::Enum { .. } => {}
        }
    }
}

/// Strongly connected components (Tarjan's algorithm, iterative: specs nest deeply enough to
/// make recursion a risk): the component number of every node.
fn components(edges: &[Vec<usize>]) -> Vec<usize> {
    const UNSEEN: usize = usize::MAX;
    let n = edges.len();
    let mut order = vec![UNSEEN; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut component = vec![UNSEEN; n];
    let mut next_order = 0;
    let mut next_component = 0;
    for root in 0..n {
        if order[root] != UNSEEN {
            continue;
        }
        order[root] = next_order;
        low[root] = next_order;
        next_order += 1;
        stack.push(root);
        on_stack[root] = true;
        let mut work = vec![(root, 0usize)];
        while let Some(top) = work.last_mut() {
            let v = top.0;
            if let Some(&w) = edges[v].get(top.1) {
                top.1 += 1;
                if order[w] == UNSEEN {
                    order[w] = next_order;
                    low[w] = next_order;
                    next_order += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(order[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == order[v] {
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    component[w] = next_component;
                    if w == v {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(wire: &str, shape: Shape) -> Field {
        Field {
            wire: wire.to_owned(),
            ident: wire.to_owned(),
            doc: None,
            shape,
            presence: Presence::Optional,
            boxed: false,
            secret: false,
        }
    }

    fn boxed_fields(types: &[TypeDef]) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for t in types {
            match t {
                TypeDef::Struct { name, fields, .. } => out.extend(
                    fields
                        .iter()
                        .filter(|f| f.boxed)
                        .map(|f| (name.clone(), f.wire.clone())),
                ),
                TypeDef::Union { name, variants, .. } => out.extend(
                    variants
                        .iter()
                        .filter(|v| v.boxed)
                        .map(|v| (name.clone(), v.ident.clone())),
                ),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn references_that_close_a_cycle_are_boxed_and_others_are_not() {
        let strukt = |name: &str, fields: Vec<Field>| TypeDef::Struct {
            name: name.to_owned(),
            doc: None,
            fields,
            closed: false,
        };
        let mut types = vec![
            // A -> B -> A through Option, C -> A (not on the cycle), D -> Vec<D> (a Vec is enough)
            strukt("A", vec![field("b", Shape::named("B"))]),
            strukt(
                "B",
                vec![
                    field("a", Shape::named("A")),
                    field("n", Shape::prim(Prim::I32)),
                ],
            ),
            strukt("C", vec![field("a", Shape::named("A"))]),
            strukt(
                "D",
                vec![field(
                    "children",
                    Shape {
                        ty: Ty::List(Box::new(Shape::named("D"))),
                        checks: Checks::default(),
                    },
                )],
            ),
            TypeDef::Union {
                name: "U".to_owned(),
                doc: None,
                variants: vec![UnionVariant {
                    ident: "Node".to_owned(),
                    shape: Shape::named("N"),
                    tags: Vec::new(),
                    boxed: false,
                }],
                discriminator: None,
            },
            strukt("N", vec![field("next", Shape::named("U"))]),
        ];
        box_cycles(&mut types);
        assert_eq!(
            boxed_fields(&types),
            [
                ("A".to_owned(), "b".to_owned()),
                ("B".to_owned(), "a".to_owned()),
                ("U".to_owned(), "Node".to_owned()),
                ("N".to_owned(), "next".to_owned()),
            ]
        );
    }

    #[test]
    fn a_dangling_ref_and_an_invalid_pattern_degrade_with_a_warning_naming_the_pointer() {
        let doc = serde_json::json!({
            "components": {"schemas": {
                "Pet": {"type": "object", "properties": {
                    "owner": {"$ref": "#/components/schemas/Nobody"},
                    "code": {"type": "string", "pattern": "^(?!x)[a-z]+$"}
                }}
            }}
        });
        let mut schemas = Schemas::new(&doc, &[]);
        schemas.convert_components().unwrap();
        let TypeDef::Struct { fields, .. } = &schemas.types[0] else {
            panic!("{:?}", schemas.types);
        };
        assert_eq!(fields[0].shape, Shape::prim(Prim::Json));
        assert_eq!(fields[1].shape.ty, Ty::Prim(Prim::String));
        assert_eq!(fields[1].shape.checks.pattern, None);
        let pointers: Vec<&str> = schemas
            .warnings
            .iter()
            .map(|w| w.pointer.as_str())
            .collect();
        assert_eq!(
            pointers,
            [
                "#/components/schemas/Pet/properties/owner",
                "#/components/schemas/Pet/properties/code"
            ]
        );
        assert!(schemas.warnings[0].message.contains("Nobody"));
        assert!(schemas.warnings[1].message.contains("(?!x)"));
    }

    #[test]
    fn a_warning_inside_a_merged_all_of_names_the_member_that_wrote_it() {
        let doc = serde_json::json!({
            "components": {"schemas": {
                "Base": {"type": "object", "properties": {"id": {"type": "string"}}},
                "Pet": {"allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {"type": "object", "properties": {"tag": {"$ref": "#/nowhere"}}}
                ]}
            }}
        });
        let mut schemas = Schemas::new(&doc, &[]);
        schemas.convert_components().unwrap();
        assert_eq!(schemas.warnings.len(), 1, "{:?}", schemas.warnings);
        assert_eq!(
            schemas.warnings[0].pointer,
            "#/components/schemas/Pet/allOf/1/properties/tag"
        );
    }

    #[test]
    fn an_object_whose_any_of_only_requires_some_of_its_properties_stays_an_object() {
        let doc = serde_json::json!({
            "components": {"schemas": {
                "ImageRef": {
                    "type": "object",
                    "properties": {"image_url": {"type": "string"}, "file_id": {"type": "string"}},
                    "anyOf": [{"required": ["image_url"]}, {"required": ["file_id"]}],
                    "not": {"required": ["image_url", "file_id"]}
                },
                "Either": {"oneOf": [{"type": "string"}, {"type": "object", "properties": {"a": {"type": "integer"}}}]}
            }}
        });
        let mut schemas = Schemas::new(&doc, &[]);
        schemas.convert_components().unwrap();
        let TypeDef::Struct { name, fields, .. } = &schemas.types[0] else {
            panic!("{:?}", schemas.types[0]);
        };
        assert_eq!(name, "ImageRef");
        let wires: Vec<&str> = fields.iter().map(|f| f.wire.as_str()).collect();
        assert_eq!(wires, ["image_url", "file_id"]);
        assert!(fields.iter().all(|f| f.presence == Presence::Optional));
        assert!(
            schemas
                .types
                .iter()
                .any(|t| matches!(t, TypeDef::Union { name, .. } if name == "Either")),
            "a union of real shapes stays a union: {:?}",
            schemas.types
        );
        let messages: Vec<(&str, &str)> = schemas
            .warnings
            .iter()
            .map(|w| (w.pointer.as_str(), w.message.as_str()))
            .collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(
            messages
                .iter()
                .all(|(p, _)| *p == "#/components/schemas/ImageRef")
        );
        assert!(messages[0].1.starts_with("`not` is not checked"));
        assert!(messages[1].1.starts_with("the `anyOf` alternatives"));
    }

    #[test]
    fn a_value_of_several_types_is_any_json_and_const_is_checked() {
        let doc = serde_json::json!({
            "components": {"schemas": {
                "Turn": {"type": "object", "properties": {
                    "kind": {"type": "string", "const": "server_vad"},
                    "size": {"type": ["string", "integer", "null"]}
                }}
            }}
        });
        let mut schemas = Schemas::new(&doc, &[]);
        schemas.convert_components().unwrap();
        let TypeDef::Struct { fields, .. } = &schemas.types[0] else {
            panic!("{:?}", schemas.types[0]);
        };
        assert_eq!(
            fields[0].shape.checks.allowed,
            [serde_json::json!("server_vad")]
        );
        assert_eq!(fields[1].shape, Shape::prim(Prim::Json));
        assert_eq!(schemas.warnings.len(), 1);
        assert_eq!(
            schemas.warnings[0].pointer,
            "#/components/schemas/Turn/properties/size"
        );
        assert!(schemas.warnings[0].message.contains("string, integer"));
    }
}
