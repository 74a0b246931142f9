//! A schema as a value must meet it: its `allOf` members folded into one set of properties,
//! required names and constraints, with `$ref`s followed.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::spec::{At, Spec};
use crate::yaml::escape_token;

/// A schema with its `allOf` members folded in: the properties, required names and constraints
/// a value must meet.
pub struct View<'a> {
    pub at: At<'a>,
    pub types: Option<BTreeSet<String>>,
    pub nullable: bool,
    /// Name → (where the property is declared, its schema resolved).
    pub properties: BTreeMap<String, (String, At<'a>)>,
    pub required: BTreeSet<String>,
    pub items: Option<At<'a>>,
    /// `None` when absent, `Some(false)` for `additionalProperties: false`.
    pub additional: Option<bool>,
    pub enumeration: Option<Vec<Value>>,
    pub max_length: Option<f64>,
    pub min_length: Option<f64>,
    pub max_items: Option<f64>,
    pub min_items: Option<f64>,
    /// (bound, exclusive)
    pub minimum: Option<(f64, bool)>,
    pub maximum: Option<(f64, bool)>,
    pub pattern: Option<String>,
    pub one_of: Vec<At<'a>>,
    pub any_of: Vec<At<'a>>,
}

fn number(value: &Value, key: &str) -> Option<f64> {
    value.get(key).and_then(Value::as_f64)
}

/// `minimum` with OpenAPI 3.0's boolean `exclusiveMinimum` or 3.1's numeric one.
fn bound(value: &Value, plain: &str, exclusive: &str) -> Option<(f64, bool)> {
    match value.get(exclusive) {
        Some(Value::Number(n)) => n.as_f64().map(|n| (n, true)),
        Some(Value::Bool(flag)) => number(value, plain).map(|n| (n, *flag)),
        _ => number(value, plain).map(|n| (n, false)),
    }
}

/// The tighter of two optional limits by `pick`.
fn tighter<T: Copy>(a: Option<T>, b: Option<T>, pick: fn(T, T) -> T) -> Option<T> {
    match (a, b) {
        (Some(a), Some(b)) => Some(pick(a, b)),
        (a, b) => a.or(b),
    }
}

/// The stricter of two lower bounds.
pub fn higher(a: (f64, bool), b: (f64, bool)) -> (f64, bool) {
    if a.0 > b.0 || (a.0 == b.0 && a.1) {
        a
    } else {
        b
    }
}

/// The stricter of two upper bounds.
pub fn lower(a: (f64, bool), b: (f64, bool)) -> (f64, bool) {
    if a.0 < b.0 || (a.0 == b.0 && a.1) {
        a
    } else {
        b
    }
}

fn list<'a>(spec: &'a Spec, at: &At<'a>, key: &str) -> Vec<At<'a>> {
    let Some(items) = at.get(key) else {
        return Vec::new();
    };
    let count = items.value.as_array().map_or(0, Vec::len);
    (0..count)
        .filter_map(|i| spec.child(&items, &i.to_string()))
        .collect()
}

impl<'a> View<'a> {
    pub fn of(spec: &'a Spec, at: At<'a>) -> Self {
        let mut view = View {
            at: at.clone(),
            types: None,
            nullable: false,
            properties: BTreeMap::new(),
            required: BTreeSet::new(),
            items: None,
            additional: None,
            enumeration: None,
            max_length: None,
            min_length: None,
            max_items: None,
            min_items: None,
            minimum: None,
            maximum: None,
            pattern: None,
            one_of: Vec::new(),
            any_of: Vec::new(),
        };
        let mut pending = vec![at];
        let mut seen = BTreeSet::new();
        while let Some(part) = pending.pop() {
            if !seen.insert(part.pointer.clone()) {
                continue;
            }
            view.absorb(spec, &part);
            pending.extend(list(spec, &part, "allOf"));
        }
        view
    }

    fn absorb(&mut self, spec: &'a Spec, part: &At<'a>) {
        let value = part.value;
        let types: Option<BTreeSet<String>> = match value.get("type") {
            Some(Value::String(t)) => Some([t.clone()].into()),
            Some(Value::Array(ts)) => Some(
                ts.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect(),
            ),
            _ => None,
        };
        if let Some(mut types) = types {
            if types.remove("null") {
                self.nullable = true;
            }
            self.types.get_or_insert(types);
        }
        if value.get("nullable").and_then(Value::as_bool) == Some(true) {
            self.nullable = true;
        }
        if let Some(properties) = part.get("properties") {
            for key in properties
                .value
                .as_object()
                .map(|m| m.keys().cloned().collect::<Vec<_>>())
                .unwrap_or_default()
            {
                let declared = format!("{}/{}", properties.pointer, escape_token(&key));
                if let Some(property) = spec.child(&properties, &key) {
                    self.properties.entry(key).or_insert((declared, property));
                }
            }
        }
        if let Some(Value::Array(names)) = value.get("required") {
            self.required
                .extend(names.iter().filter_map(Value::as_str).map(str::to_owned));
        }
        if self.items.is_none() {
            self.items = spec.child(part, "items");
        }
        if value.get("additionalProperties") == Some(&Value::Bool(false)) {
            self.additional = Some(false);
        }
        if self.enumeration.is_none() {
            self.enumeration = value.get("enum").and_then(Value::as_array).cloned();
        }
        self.max_length = tighter(self.max_length, number(value, "maxLength"), f64::min);
        self.min_length = tighter(self.min_length, number(value, "minLength"), f64::max);
        self.max_items = tighter(self.max_items, number(value, "maxItems"), f64::min);
        self.min_items = tighter(self.min_items, number(value, "minItems"), f64::max);
        self.minimum = tighter(
            self.minimum,
            bound(value, "minimum", "exclusiveMinimum"),
            higher,
        );
        self.maximum = tighter(
            self.maximum,
            bound(value, "maximum", "exclusiveMaximum"),
            lower,
        );
        if self.pattern.is_none() {
            self.pattern = value
                .get("pattern")
                .and_then(Value::as_str)
                .map(str::to_owned);
        }
        if self.one_of.is_empty() {
            self.one_of = list(spec, part, "oneOf");
        }
        if self.any_of.is_empty() {
            self.any_of = list(spec, part, "anyOf");
        }
    }

    /// Whether the property `name` is marked with the boolean keyword `flag` (`readOnly`).
    pub fn flag(&self, name: &str, flag: &str) -> bool {
        self.properties
            .get(name)
            .and_then(|(_, at)| at.value.get(flag))
            .and_then(Value::as_bool)
            == Some(true)
    }

    /// Where a keyword of this schema sits, for locating a finding.
    pub fn keyword(&self, key: &str) -> String {
        if self.at.value.get(key).is_some() {
            format!("{}/{key}", self.at.pointer)
        } else {
            self.at.pointer.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use serde_json::json;

    use super::*;
    use crate::openapi::bundle::Bundle;

    #[test]
    fn all_of_members_fold_into_one_view_with_the_tightest_limits() {
        let spec = Spec {
            bundle: Bundle::new(
                "/ws/a.yaml",
                json!({
                    "s": {
                        "allOf": [{"$ref": "#/base"}, {"required": ["b"], "properties": {"b": {"type": "string"}}}],
                        "maxLength": 10
                    },
                    "base": {"type": "object", "required": ["a"], "maxLength": 5, "minimum": 1,
                             "exclusiveMinimum": true, "properties": {"a": {"type": "integer"}}}
                }),
            ),
            base: PathBuf::from("/ws"),
        };
        let at = spec.child(&spec.root(), "s").unwrap();
        let view = View::of(&spec, at);
        assert_eq!(view.required, ["a".to_owned(), "b".to_owned()].into());
        assert_eq!(view.properties["a"].0, "/base/properties/a");
        assert_eq!(view.max_length, Some(5.0));
        assert_eq!(view.minimum, Some((1.0, true)));
        assert_eq!(view.types, Some(["object".to_owned()].into()));
    }

    #[test]
    fn the_stricter_bound_wins_and_exclusive_is_stricter_at_equal_values() {
        assert_eq!(higher((1.0, false), (2.0, false)), (2.0, false));
        assert_eq!(higher((1.0, false), (1.0, true)), (1.0, true));
        assert_eq!(lower((5.0, false), (3.0, false)), (3.0, false));
    }
}
