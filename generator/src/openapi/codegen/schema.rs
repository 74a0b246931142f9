//! JSON Schema (OpenAPI 3.0 flavour, with 3.1's `type: [.., "null"]`) → named Rust types.
//!
//! Objects, string enums and unions become named types; primitives, arrays and maps are inlined
//! with their constraints (a named schema of that kind also gets a documenting `type` alias).
//! `allOf` is merged into one object (properties and `required` of every member, through refs).

use std::collections::{BTreeMap, HashMap};

use serde_json::{Map, Value};

use super::CodegenError;
use super::defaults;
use super::ir::{
    Bound, Checks, EnumVariant, Field, Presence, Prim, Shape, Ty, TypeDef, UnionVariant,
};
use super::names::{Namespace, pascal, snake};

/// Deepest chain of `$ref`s / `allOf`s followed before giving up (guards against cycles).
const MAX_DEPTH: usize = 32;

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
                Merged::Object(_) => true,
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
        if depth > MAX_DEPTH {
            return Err(CodegenError::Unsupported {
                pointer: name.to_owned(),
                message: "schema nests or refers to itself too deeply".to_owned(),
            });
        }
        if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            let target = self.target(r)?;
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
                Merged::Object(merged) => self.define_struct(name, &merged, depth),
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
        self.define_struct(name, schema, depth)
    }

    fn target(&self, reference: &str) -> Result<&'a Value, CodegenError> {
        resolve(self.doc, reference).ok_or_else(|| CodegenError::Unsupported {
            pointer: reference.to_owned(),
            message: "unresolved $ref (the bundle should contain only internal, resolvable refs)"
                .to_owned(),
        })
    }

    /// The shape of a value of `schema`; `hint` names any inline type it needs.
    pub fn shape_of(
        &mut self,
        schema: &Value,
        hint: &str,
        depth: usize,
    ) -> Result<Shape, CodegenError> {
        if depth > MAX_DEPTH {
            return Err(CodegenError::Unsupported {
                pointer: hint.to_owned(),
                message: "schema nests or refers to itself too deeply".to_owned(),
            });
        }
        if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            if let Some(name) = self.named.get(r) {
                return Ok(Shape::named(name.clone()));
            }
            let target = self.target(r)?;
            return self.shape_of(target, hint, depth + 1);
        }
        if schema.get("allOf").is_some() {
            return match self.merge_all_of(schema, depth) {
                Merged::Object(merged) => {
                    let name = self.names.claim(hint);
                    self.define_struct(&name, &merged, depth)?;
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
                    return Err(CodegenError::Unsupported {
                        pointer: hint.to_owned(),
                        message: format!("pattern `{pattern}` is not a valid regex: {err}"),
                    });
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
                self.define_struct(&name, schema, depth)?;
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

    fn define_struct(
        &mut self,
        name: &str,
        schema: &Value,
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
            let shape = self.shape_of(property, &hint, depth + 1)?;
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
            return Merged::Object(Value::Object(merged));
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
    Object(Value),
    Passthrough(Value),
}

#[derive(Default)]
struct Acc {
    properties: BTreeMapInOrder,
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

/// The non-null members of `oneOf`/`anyOf`.
fn union_members(schema: &Value) -> Option<Vec<&Value>> {
    let members = schema
        .get("oneOf")
        .or_else(|| schema.get("anyOf"))
        .and_then(Value::as_array)?;
    Some(members.iter().filter(|m| !is_null_schema(m)).collect())
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
