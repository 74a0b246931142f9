//! The view of `model.rs`: one item per named schema (struct, enum, union or alias).

use askama::Template;

use super::super::defaults::in_module;
use super::super::ir::{Field, Presence, TypeDef};
use super::super::names::{snake, str_lit};
use super::super::validation::Emitter;
use super::{doc_comment, serde_attr};

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
    /// `#[serde(deny_unknown_fields)]` for a schema with `additionalProperties: false`, else empty.
    pub container_attr: String,
    /// `Default, ` when every field is optional without a spec default (all absent is a valid
    /// value: `UserRepresentation { email: Some(..), ..Default::default() }`), else empty.
    pub default_derive: &'static str,
    /// `Debug, `, or empty when a secret field needs the written-out `debug_impl`.
    pub debug_derive: &'static str,
    /// `impl Debug` showing secret fields (`writeOnly`, `format: password`) as `<redacted>`.
    pub debug_impl: String,
}

pub struct EnumVariantView {
    pub ident: String,
    pub wire: String,
}

pub struct EnumView {
    pub doc: String,
    pub name: String,
    pub variants: Vec<EnumVariantView>,
    /// `impl From<Name> for <x-rust-type>`, or empty.
    pub into_rust_type: String,
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
    /// The arms of `validate_into`'s match, one per variant; empty when no variant can fail.
    pub validate_arms: Vec<String>,
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
                    container_attr: if *closed {
                        "#[serde(deny_unknown_fields)]".to_owned()
                    } else {
                        String::new()
                    },
                    debug_derive: if fields.iter().any(|f| f.secret) {
                        ""
                    } else {
                        "Debug, "
                    },
                    debug_impl: debug_impl(name, fields),
                    default_derive: if !fields.is_empty()
                        && fields.iter().all(|f| {
                            matches!(f.presence, Presence::Optional | Presence::OptionalNullable)
                        }) {
                        "Default, "
                    } else {
                        ""
                    },
                })
            }
            TypeDef::Enum {
                name,
                doc,
                variants,
                rust_type,
            } => Item::Enum(EnumView {
                into_rust_type: rust_type
                    .as_deref()
                    .map(|target| into_rust_type(name, variants, target))
                    .unwrap_or_default(),
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
                            ty: if v.boxed {
                                format!("Box<{}>", v.shape.rust())
                            } else {
                                v.shape.rust()
                            },
                            tag_pattern: tags.join(" | "),
                            tag: tags.first().cloned().unwrap_or_else(|| str_lit(&v.ident)),
                            validate,
                        }
                    })
                    .collect();
                let validate_arms = if views.iter().any(|v| !v.validate.is_empty()) {
                    views
                        .iter()
                        .map(|v| {
                            if v.validate.is_empty() {
                                format!("Self::{}(_) => {{}}", v.ident)
                            } else {
                                format!(
                                    "Self::{}(value) => {{\n                {}\n            }}",
                                    v.ident, v.validate
                                )
                            }
                        })
                        .collect()
                } else {
                    Vec::new()
                };
                Item::Union(UnionView {
                    doc: doc_comment(doc.as_deref()),
                    name: name.clone(),
                    variants: views,
                    discriminator: discriminator.as_deref().map(str_lit),
                    tag_list: format!("&[{}]", all_tags.join(", ")),
                    validate_arms,
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

/// `Debug` for a struct with secret fields: those print `<redacted>` (or `None`), so a logged
/// request never shows a password. Empty when the struct has none (it derives `Debug`).
fn debug_impl(name: &str, fields: &[Field]) -> String {
    if !fields.iter().any(|f| f.secret) {
        return String::new();
    }
    let members: String = fields
        .iter()
        .map(|f| {
            let ident = &f.ident;
            let value = match (f.secret, &f.presence) {
                (false, _) => format!("&self.{ident}"),
                (true, Presence::Optional | Presence::RequiredNullable) => {
                    format!("&self.{ident}.as_ref().map(|_| \"<redacted>\")")
                }
                (true, _) => "&\"<redacted>\"".to_owned(),
            };
            format!("\n            .field({}, {value})", str_lit(&f.wire))
        })
        .collect();
    format!(
        "impl std::fmt::Debug for {name} {{\n    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {{\n        f.debug_struct({}){members}\n            .finish()\n    }}\n}}",
        str_lit(name)
    )
}

/// `From<Name> for Target`, variant by variant: the target (the spec's `x-rust-type`) must have
/// a variant of each name, which the compiler checks where the model is built.
fn into_rust_type(
    name: &str,
    variants: &[crate::openapi::codegen::ir::EnumVariant],
    target: &str,
) -> String {
    let arms: String = variants
        .iter()
        .map(|v| format!("            {name}::{0} => Self::{0},\n", v.ident))
        .collect();
    format!(
        "\n\n/// The spec's `x-rust-type`: the same values as the service's own enum.\nimpl From<{name}> for {target} {{\n    fn from(value: {name}) -> Self {{\n        match value {{\n{arms}        }}\n    }}\n}}"
    )
}
