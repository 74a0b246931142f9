//! Schema `default`s as Rust expressions, so serde applies them when a field is absent.

use serde_json::Value;

use super::ir::{Field, Presence, Prim, Shape, Ty};
use super::names::str_lit;
use super::schema::EnumLookup;

/// Stands for the path of the `model` module in default expressions: nothing inside `model.rs`,
/// `model::` elsewhere. A control character cannot occur in the rest of an expression (string
/// literals escape it).
pub const MODEL_PREFIX: &str = "\u{1}";

/// `expr` as written in a module that reaches model types through `prefix`.
pub fn in_module(expr: &str, prefix: &str) -> String {
    expr.replace(MODEL_PREFIX, prefix)
}

/// Make `field` defaulted when its default renders; otherwise keep it optional and say in its
/// doc that the default is the server's to apply (a default the generator cannot express, such as
/// an object literal, is documented rather than silently dropped).
pub fn apply(field: &mut Field, default: &Value, lookup: &EnumLookup<'_>) {
    match expr(&field.shape, default, lookup) {
        Some(expr) => field.presence = Presence::Defaulted(expr),
        None => {
            let note = format!("Default when absent: `{default}` (applied by the service).");
            field.doc = Some(match field.doc.take() {
                Some(doc) => format!("{doc}\n\n{note}"),
                None => note,
            });
        }
    }
}

/// The Rust expression for `value` as a value of `shape`.
pub fn expr(shape: &Shape, value: &Value, lookup: &EnumLookup<'_>) -> Option<String> {
    match (&shape.ty, value) {
        (Ty::Prim(Prim::String), Value::String(s)) => Some(format!("{}.to_owned()", str_lit(s))),
        (Ty::Prim(Prim::Bool), Value::Bool(b)) => Some(b.to_string()),
        (Ty::Prim(Prim::I32 | Prim::I64), Value::Number(n)) if n.is_i64() || n.is_u64() => {
            Some(n.to_string())
        }
        (Ty::Prim(Prim::F32 | Prim::F64), Value::Number(n)) => Some(float_lit(&n.to_string())),
        (Ty::Prim(Prim::Decimal), Value::String(s)) => decimal(s),
        (Ty::Prim(Prim::Decimal), Value::Number(n)) => decimal(&n.to_string()),
        (Ty::Named(name), Value::String(wire)) => lookup
            .variant(name, wire)
            .map(|v| format!("{MODEL_PREFIX}{name}::{v}")),
        (Ty::List(item), Value::Array(values)) => {
            let items = values
                .iter()
                .map(|v| expr(item, v, lookup))
                .collect::<Option<Vec<_>>>()?;
            Some(format!("vec![{}]", items.join(", ")))
        }
        (Ty::Nullable(inner), v) => expr(inner, v, lookup).map(|e| format!("Some({e})")),
        _ => None,
    }
}

/// A float literal (`1` → `1.0`) so the expression types as a float.
pub fn float_lit(text: &str) -> String {
    if text.contains(['.', 'e', 'E']) {
        text.to_owned()
    } else {
        format!("{text}.0")
    }
}

/// `"12.50"` → `rust_decimal::Decimal::from_parts`-free constant: `Decimal::new(1250, 2)`.
pub fn decimal(text: &str) -> Option<String> {
    let text = text.trim();
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    if int.is_empty() && frac.is_empty()
        || !int.chars().chain(frac.chars()).all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let mantissa: i64 = format!("{int}{frac}").parse().ok()?;
    let mantissa = if negative { -mantissa } else { mantissa };
    Some(format!(
        "rust_decimal::Decimal::new({mantissa}, {})",
        frac.len()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_become_exact_constructors() {
        assert_eq!(
            decimal("47.99").as_deref(),
            Some("rust_decimal::Decimal::new(4799, 2)")
        );
        assert_eq!(
            decimal("-3").as_deref(),
            Some("rust_decimal::Decimal::new(-3, 0)")
        );
        assert_eq!(decimal("abc"), None);
    }

    #[test]
    fn floats_always_look_like_floats() {
        assert_eq!(float_lit("1"), "1.0");
        assert_eq!(float_lit("2.5"), "2.5");
    }
}
