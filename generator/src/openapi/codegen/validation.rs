//! The body of each generated `Validate::validate_into`: one check per declared constraint, with
//! the JSON pointer of the checked value.

use std::collections::BTreeSet;

use super::defaults::{decimal, float_lit};
use super::ir::{Checks, Field, Presence, Prim, Shape, Ty, TypeDef};
use super::names::{format_body, pointer_token, str_lit};

/// Which named types have anything to validate (directly or through their fields), so calls
/// into types that cannot fail are not emitted.
#[derive(Debug, Default)]
pub struct Needs {
    named: BTreeSet<String>,
}

impl Needs {
    pub fn compute(types: &[TypeDef]) -> Self {
        let mut needs = Needs::default();
        loop {
            let before = needs.named.len();
            for t in types {
                let needed = match t {
                    TypeDef::Struct { fields, .. } => fields.iter().any(|f| needs.shape(&f.shape)),
                    TypeDef::Union { variants, .. } => {
                        variants.iter().any(|v| needs.shape(&v.shape))
                    }
                    TypeDef::Alias { shape, .. } => needs.shape(shape),
                    TypeDef::Enum { .. } => false,
                };
                if needed {
                    needs.named.insert(t.name().to_owned());
                }
            }
            if needs.named.len() == before {
                return needs;
            }
        }
    }

    pub fn shape(&self, shape: &Shape) -> bool {
        applicable(&shape.checks, &shape.ty)
            || match &shape.ty {
                Ty::Prim(_) => false,
                Ty::Named(n) => self.named.contains(n),
                Ty::List(inner) | Ty::Map(inner) | Ty::Nullable(inner) => self.shape(inner),
            }
    }

    pub fn field(&self, field: &Field) -> bool {
        self.shape(&field.shape)
    }
}

/// Patterns become statics compiled once; this collects them per emitted file.
#[derive(Debug, Default)]
pub struct Patterns {
    pub statics: Vec<(String, String)>,
}

impl Patterns {
    fn name_for(&mut self, pattern: &str) -> String {
        if let Some((name, _)) = self.statics.iter().find(|(_, p)| p == pattern) {
            return name.clone();
        }
        let name = format!("PATTERN_{}", self.statics.len() + 1);
        self.statics.push((name.clone(), pattern.to_owned()));
        name
    }

    /// `static PATTERN_1: Pattern = Pattern::new("…");` lines.
    pub fn render(&self) -> String {
        self.statics
            .iter()
            .map(|(name, pattern)| {
                format!(
                    "static {name}: openapi_runtime::validate::Pattern = openapi_runtime::validate::Pattern::new({});\n",
                    str_lit(pattern)
                )
            })
            .collect()
    }
}

pub struct Emitter<'n> {
    pub needs: &'n Needs,
    pub patterns: Patterns,
}

impl<'n> Emitter<'n> {
    pub fn new(needs: &'n Needs) -> Self {
        Self {
            needs,
            patterns: Patterns::default(),
        }
    }

    /// Statements validating `self.<field>` for each field; `location` prefixes the pointer
    /// (`""` for bodies, `/query` for a query parameter…).
    pub fn fields<'f>(&mut self, fields: impl IntoIterator<Item = (&'f Field, &'f str)>) -> String {
        let mut out = String::new();
        for (field, location) in fields {
            if !self.needs.field(field) {
                continue;
            }
            let pointer = format!(
                "format!(\"{{pointer}}{}/{}\")",
                format_body(location),
                format_body(&pointer_token(&field.wire))
            );
            let ident = &field.ident;
            let mut inner = String::new();
            self.shape(&field.shape, "value", "&ptr", 0, &mut inner);
            match field.presence {
                Presence::Required | Presence::Defaulted(_) => {
                    out.push_str(&format!(
                        "{{\nlet value = &self.{ident};\nlet ptr = {pointer};\n{inner}}}\n"
                    ));
                }
                Presence::RequiredNullable | Presence::Optional => out.push_str(&format!(
                    "if let Some(value) = &self.{ident} {{\nlet ptr = {pointer};\n{inner}}}\n"
                )),
                Presence::OptionalNullable => out.push_str(&format!(
                    "if let openapi_runtime::Tristate::Value(value) = &self.{ident} {{\nlet ptr = {pointer};\n{inner}}}\n"
                )),
            }
        }
        out
    }

    /// Statements validating `value` (an expression of type `&T`) at pointer `ptr` (`&str`).
    pub fn shape(&mut self, shape: &Shape, value: &str, ptr: &str, depth: usize, out: &mut String) {
        self.checks(&shape.checks, &shape.ty, value, ptr, out);
        match &shape.ty {
            Ty::Prim(_) => {}
            Ty::Named(name) => {
                if self.needs.named.contains(name) {
                    out.push_str(&format!(
                        "openapi_runtime::Validate::validate_into({value}, {ptr}, violations);\n"
                    ));
                }
            }
            Ty::List(item) => {
                if self.needs.shape(item) {
                    let (item_var, ptr_var) = (format!("item{depth}"), format!("ptr{depth}"));
                    let mut inner = String::new();
                    self.shape(
                        item,
                        &item_var,
                        &format!("&{ptr_var}"),
                        depth + 1,
                        &mut inner,
                    );
                    out.push_str(&format!(
                        "for (index, {item_var}) in {value}.iter().enumerate() {{\nlet {ptr_var} = format!(\"{{}}/{{index}}\", {ptr});\n{inner}}}\n"
                    ));
                }
            }
            Ty::Map(entry) => {
                if self.needs.shape(entry) {
                    let (item_var, ptr_var) = (format!("item{depth}"), format!("ptr{depth}"));
                    let mut inner = String::new();
                    self.shape(
                        entry,
                        &item_var,
                        &format!("&{ptr_var}"),
                        depth + 1,
                        &mut inner,
                    );
                    out.push_str(&format!(
                        "for (key, {item_var}) in {value} {{\nlet {ptr_var} = openapi_runtime::validate::child({ptr}, key);\n{inner}}}\n"
                    ));
                }
            }
            Ty::Nullable(inner_shape) => {
                if self.needs.shape(inner_shape) {
                    let var = format!("inner{depth}");
                    let mut inner = String::new();
                    self.shape(inner_shape, &var, ptr, depth + 1, &mut inner);
                    out.push_str(&format!("if let Some({var}) = {value} {{\n{inner}}}\n"));
                }
            }
        }
    }

    fn checks(&mut self, checks: &Checks, ty: &Ty, value: &str, ptr: &str, out: &mut String) {
        if !applicable(checks, ty) {
            return;
        }
        let v = "violations";
        match ty {
            Ty::Prim(prim) if prim.is_number() => {
                // A decimal keeps the scale it was written with (`"5"` vs `"5.00"`), so its
                // canonical text is what the spec's pattern (e.g. exactly two places) judges.
                if *prim == Prim::Decimal
                    && let Some(pattern) = &checks.pattern
                {
                    let name = self.patterns.name_for(pattern);
                    out.push_str(&format!(
                        "{v}.check_pattern({ptr}, &{value}.to_string(), &{name});\n"
                    ));
                }
                let lit = |n: &serde_json::Number| number_lit(*prim, n);
                if let Some(bound) = &checks.minimum
                    && let Some(b) = lit(&bound.value)
                {
                    out.push_str(&format!(
                        "{v}.check_minimum({ptr}, *{value}, {b}, {});\n",
                        bound.exclusive
                    ));
                }
                if let Some(bound) = &checks.maximum
                    && let Some(b) = lit(&bound.value)
                {
                    out.push_str(&format!(
                        "{v}.check_maximum({ptr}, *{value}, {b}, {});\n",
                        bound.exclusive
                    ));
                }
                if let Some(m) = checks.multiple_of.as_ref().and_then(lit) {
                    out.push_str(&format!("{v}.check_multiple_of({ptr}, *{value}, {m});\n"));
                }
                if !checks.allowed.is_empty() {
                    let allowed: Option<Vec<String>> = checks
                        .allowed
                        .iter()
                        .map(|a| a.as_number().and_then(lit))
                        .collect();
                    if let Some(allowed) = allowed {
                        out.push_str(&format!(
                            "{v}.check_allowed({ptr}, *{value}, &[{}]);\n",
                            allowed.join(", ")
                        ));
                    }
                }
            }
            Ty::Prim(Prim::String) => {
                if checks.min_length.is_some() || checks.max_length.is_some() {
                    out.push_str(&format!(
                        "{v}.check_length({ptr}, {value}, {}, {});\n",
                        opt(checks.min_length),
                        opt(checks.max_length)
                    ));
                }
                if let Some(pattern) = &checks.pattern {
                    let name = self.patterns.name_for(pattern);
                    out.push_str(&format!("{v}.check_pattern({ptr}, {value}, &{name});\n"));
                }
                if checks.email {
                    out.push_str(&format!("{v}.check_email({ptr}, {value});\n"));
                }
                if !checks.allowed.is_empty() {
                    let allowed: Vec<String> = checks
                        .allowed
                        .iter()
                        .filter_map(|a| a.as_str().map(str_lit))
                        .collect();
                    out.push_str(&format!(
                        "{v}.check_allowed({ptr}, {value}.as_str(), &[{}]);\n",
                        allowed.join(", ")
                    ));
                }
            }
            Ty::Prim(Prim::Bool) if !checks.allowed.is_empty() => {
                let allowed: Vec<String> = checks
                    .allowed
                    .iter()
                    .filter_map(|a| a.as_bool().map(|b| b.to_string()))
                    .collect();
                out.push_str(&format!(
                    "{v}.check_allowed({ptr}, *{value}, &[{}]);\n",
                    allowed.join(", ")
                ));
            }
            // `applicable` has checked that a list or map constraint is present.
            Ty::List(_) => out.push_str(&format!(
                "{v}.check_items({ptr}, {value}, {}, {}, {});\n",
                opt(checks.min_items),
                opt(checks.max_items),
                checks.unique_items
            )),
            Ty::Map(_) => out.push_str(&format!(
                "{v}.check_properties({ptr}, {value}.len(), {}, {});\n",
                opt(checks.min_properties),
                opt(checks.max_properties)
            )),
            _ => {}
        }
    }
}

/// Whether any of `checks` applies to values of `ty` (a `pattern` on an integer, say, is
/// meaningless and emits nothing).
fn applicable(checks: &Checks, ty: &Ty) -> bool {
    match ty {
        Ty::Prim(p) if p.is_number() => {
            (*p == Prim::Decimal && checks.pattern.is_some())
                || checks.minimum.is_some()
                || checks.maximum.is_some()
                || checks.multiple_of.is_some()
                || !checks.allowed.is_empty()
        }
        Ty::Prim(Prim::String) => {
            checks.min_length.is_some()
                || checks.max_length.is_some()
                || checks.pattern.is_some()
                || checks.email
                || !checks.allowed.is_empty()
        }
        Ty::Prim(Prim::Bool) => !checks.allowed.is_empty(),
        Ty::List(_) => {
            checks.min_items.is_some() || checks.max_items.is_some() || checks.unique_items
        }
        Ty::Map(_) => checks.min_properties.is_some() || checks.max_properties.is_some(),
        _ => false,
    }
}

fn opt(n: Option<u64>) -> String {
    match n {
        Some(n) => format!("Some({n})"),
        None => "None".to_owned(),
    }
}

/// A bound as a literal of the checked type (integer bounds on integer fields, exact decimals).
fn number_lit(prim: Prim, n: &serde_json::Number) -> Option<String> {
    match prim {
        Prim::I32 | Prim::I64 => n
            .as_i64()
            .map(|i| i.to_string())
            .or_else(|| n.as_f64().map(|f| format!("{}", f.trunc() as i64))),
        Prim::F32 | Prim::F64 => Some(float_lit(&n.to_string())),
        Prim::Decimal => decimal(&n.to_string()),
        _ => None,
    }
}
