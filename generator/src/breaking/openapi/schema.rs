//! Schema rules. What breaks depends on who sends the data: a request schema may not get
//! stricter (clients' old requests would be refused), a response schema may not lose or retype
//! what clients read.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::Compare;
use super::spec::{At, Spec};
use crate::yaml::escape_token;

/// Nesting deeper than this is not compared (a guard against pathological specs; cycles are
/// caught earlier by the visited set).
const MAX_DEPTH: usize = 64;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// The client sends it: tightening breaks.
    Request,
    /// The server sends it: removing or retyping breaks.
    Response,
}

/// A schema with its `allOf` members folded in: the properties, required names and constraints
/// a value must meet.
struct View<'a> {
    at: At<'a>,
    types: Option<BTreeSet<String>>,
    nullable: bool,
    /// Name → (where the property is declared, its schema resolved).
    properties: BTreeMap<String, (String, At<'a>)>,
    required: BTreeSet<String>,
    items: Option<At<'a>>,
    /// `None` when absent, `Some(false)` for `additionalProperties: false`.
    additional: Option<bool>,
    enumeration: Option<Vec<Value>>,
    max_length: Option<f64>,
    min_length: Option<f64>,
    max_items: Option<f64>,
    min_items: Option<f64>,
    /// (bound, exclusive)
    minimum: Option<(f64, bool)>,
    maximum: Option<(f64, bool)>,
    pattern: Option<String>,
    one_of: Vec<At<'a>>,
    any_of: Vec<At<'a>>,
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

fn higher(a: (f64, bool), b: (f64, bool)) -> (f64, bool) {
    if a.0 > b.0 || (a.0 == b.0 && a.1) {
        a
    } else {
        b
    }
}

fn lower(a: (f64, bool), b: (f64, bool)) -> (f64, bool) {
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
    fn of(spec: &'a Spec, at: At<'a>) -> Self {
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
    fn flag(&self, name: &str, flag: &str) -> bool {
        self.properties
            .get(name)
            .and_then(|(_, at)| at.value.get(flag))
            .and_then(Value::as_bool)
            == Some(true)
    }

    /// Where a keyword of this schema sits, for locating a finding.
    fn keyword(&self, key: &str) -> String {
        if self.at.value.get(key).is_some() {
            format!("{}/{key}", self.at.pointer)
        } else {
            self.at.pointer.clone()
        }
    }
}

/// Whether every value of a type in `from` is still a value of a type in `to` (`integer` is a
/// kind of `number`).
fn types_cover(from: &BTreeSet<String>, to: &BTreeSet<String>) -> bool {
    from.iter()
        .all(|t| to.contains(t) || (t == "integer" && to.contains("number")))
}

fn type_text(types: Option<&BTreeSet<String>>, nullable: bool) -> String {
    let mut names: Vec<&str> =
        types.map_or_else(|| vec!["any"], |t| t.iter().map(String::as_str).collect());
    if nullable {
        names.push("null");
    }
    names.join("|")
}

fn show(n: f64) -> String {
    format!("{n}")
}

/// What a message names: the operation part (`GET /books: response `200``) and the property path
/// inside it (`items[].title`, empty for the schema itself).
struct Place<'p> {
    subject: &'p str,
    path: &'p str,
}

impl Place<'_> {
    fn here(&self) -> String {
        if self.path.is_empty() {
            self.subject.to_owned()
        } else {
            format!("{}: property `{}`", self.subject, self.path)
        }
    }

    fn child(&self, name: &str) -> String {
        if self.path.is_empty() {
            format!("{}: property `{name}`", self.subject)
        } else {
            format!("{}: property `{}.{name}`", self.subject, self.path)
        }
    }
}

/// Compare the schemas `old` and `new` of `subject` (`GET /books: response `200``).
pub fn compare<'a>(
    c: &mut Compare<'a>,
    subject: &str,
    direction: Direction,
    old: &At<'a>,
    new: &At<'a>,
) {
    walk(c, subject, "", direction, old.clone(), new.clone(), 0);
}

fn walk<'a>(
    c: &mut Compare<'a>,
    subject: &str,
    path: &str,
    direction: Direction,
    old: At<'a>,
    new: At<'a>,
    depth: usize,
) {
    if depth > MAX_DEPTH || !c.visit(&old.pointer, &new.pointer, direction) {
        return;
    }
    let (before, after) = (View::of(c.old, old), View::of(c.new, new));
    let place = Place { subject, path };
    types(c, &place.here(), direction, &before, &after);
    match direction {
        Direction::Request => request_constraints(c, &place, &before, &after),
        Direction::Response => response_properties(c, &place, &before, &after),
    }
    for (name, (_, old_property)) in &before.properties {
        if let Some((_, new_property)) = after.properties.get(name) {
            let nested = if path.is_empty() {
                name.clone()
            } else {
                format!("{path}.{name}")
            };
            walk(
                c,
                subject,
                &nested,
                direction,
                old_property.clone(),
                new_property.clone(),
                depth + 1,
            );
        }
    }
    if let (Some(a), Some(b)) = (&before.items, &after.items) {
        walk(
            c,
            subject,
            &format!("{path}[]"),
            direction,
            a.clone(),
            b.clone(),
            depth + 1,
        );
    }
    // Alternatives are matched by position: reordering them is rare, and a pairing by content
    // would guess.
    for (olds, news) in [
        (&before.one_of, &after.one_of),
        (&before.any_of, &after.any_of),
    ] {
        if olds.len() == news.len() {
            for (a, b) in olds.iter().zip(news.iter()) {
                walk(c, subject, path, direction, a.clone(), b.clone(), depth + 1);
            }
        }
    }
}

fn types(c: &mut Compare, place: &str, direction: Direction, before: &View, after: &View) {
    let (from, to) = match direction {
        // Everything a client sent before must still be accepted.
        Direction::Request => (before, after),
        // Everything the server sends now must be something clients already read.
        Direction::Response => (after, before),
    };
    let widened_enough = match (&from.types, &to.types) {
        (_, None) => true,
        (None, Some(_)) => false,
        (Some(a), Some(b)) => types_cover(a, b),
    };
    let null_ok = !from.nullable || to.nullable;
    if !widened_enough || !null_ok {
        c.at_new(
            "openapi-property-type-changed",
            &after.keyword("type"),
            format!(
                "{place}: type changed from {} to {}",
                type_text(before.types.as_ref(), before.nullable),
                type_text(after.types.as_ref(), after.nullable)
            ),
        );
    }
}

fn request_constraints(c: &mut Compare, place: &Place, before: &View, after: &View) {
    let child = |name: &str| place.child(name);
    let place = place.here();
    for name in after.required.difference(&before.required) {
        // Clients never send a read-only property, so requiring it asks nothing new of them.
        if after.flag(name, "readOnly") {
            continue;
        }
        let change = if before.properties.contains_key(name) {
            "became required"
        } else {
            "was added as required"
        };
        c.at_new(
            "openapi-required-property-added",
            &after.keyword("required"),
            format!("{} {change}", child(name)),
        );
    }
    // (rule, keyword, before, after, whether the keyword is an upper bound)
    let limits = [
        (
            "openapi-max-length-decreased",
            "maxLength",
            (before.max_length, after.max_length),
            true,
        ),
        (
            "openapi-min-length-increased",
            "minLength",
            (before.min_length, after.min_length),
            false,
        ),
        (
            "openapi-max-items-decreased",
            "maxItems",
            (before.max_items, after.max_items),
            true,
        ),
        (
            "openapi-min-items-increased",
            "minItems",
            (before.min_items, after.min_items),
            false,
        ),
    ];
    for (rule, keyword, (old, new), is_max) in limits {
        let tightened = match (old, new) {
            (_, None) => false,
            (None, Some(_)) => true,
            (Some(a), Some(b)) => {
                if is_max {
                    b < a
                } else {
                    b > a
                }
            }
        };
        if tightened {
            let old = old.map_or_else(|| "none".to_owned(), show);
            c.at_new(
                rule,
                &after.keyword(keyword),
                format!(
                    "{place}: {keyword} tightened from {old} to {}",
                    new.map_or_else(String::new, show)
                ),
            );
        }
    }
    let bounds = [
        (
            "openapi-minimum-increased",
            "minimum",
            before.minimum,
            after.minimum,
            true,
        ),
        (
            "openapi-maximum-decreased",
            "maximum",
            before.maximum,
            after.maximum,
            false,
        ),
    ];
    for (rule, keyword, old, new, is_min) in bounds {
        let tightened = match (old, new) {
            (_, None) => false,
            (None, Some(_)) => true,
            (Some(a), Some(b)) => {
                if is_min {
                    higher(a, b) == b && a != b
                } else {
                    lower(a, b) == b && a != b
                }
            }
        };
        if tightened {
            let text = |b: Option<(f64, bool)>| match b {
                None => "none".to_owned(),
                Some((n, true)) => format!("{} (exclusive)", show(n)),
                Some((n, false)) => show(n),
            };
            c.at_new(
                rule,
                &after.keyword(keyword),
                format!(
                    "{place}: {keyword} tightened from {} to {}",
                    text(old),
                    text(new)
                ),
            );
        }
    }
    if after.pattern.is_some() && before.pattern != after.pattern {
        c.at_new(
            "openapi-pattern-changed",
            &after.keyword("pattern"),
            format!(
                "{place}: pattern changed from {} to `{}`",
                before
                    .pattern
                    .as_deref()
                    .map_or_else(|| "none".to_owned(), |p| format!("`{p}`")),
                after.pattern.as_deref().unwrap_or_default()
            ),
        );
    }
    if let Some(allowed) = &after.enumeration {
        let removed: Vec<String> = match &before.enumeration {
            Some(old) => old
                .iter()
                .filter(|v| !allowed.contains(v))
                .map(Value::to_string)
                .collect(),
            None => vec!["(any value)".to_owned()],
        };
        if !removed.is_empty() {
            c.at_new(
                "openapi-enum-value-removed",
                &after.keyword("enum"),
                format!("{place}: no longer accepts {}", removed.join(", ")),
            );
        }
    }
    if after.additional == Some(false) && before.additional != Some(false) {
        c.at_new(
            "openapi-additional-properties-refused",
            &after.keyword("additionalProperties"),
            format!("{place}: properties not listed are now refused"),
        );
    } else if after.additional == Some(false) {
        // A closed schema refuses what it no longer lists: old clients still send it.
        for (name, (declared, _)) in &before.properties {
            if !after.properties.contains_key(name) {
                c.at_old(
                    "openapi-request-property-removed",
                    declared,
                    format!("{} was removed and is now refused", child(name)),
                );
            }
        }
    }
}

fn response_properties(c: &mut Compare, place: &Place, before: &View, after: &View) {
    for (name, (declared, _)) in &before.properties {
        // Servers never return a write-only property, so clients cannot miss it.
        if before.flag(name, "writeOnly") {
            continue;
        }
        if !after.properties.contains_key(name) {
            c.at_old(
                "openapi-response-property-removed",
                declared,
                format!("{} was removed", place.child(name)),
            );
        } else if before.required.contains(name) && !after.required.contains(name) {
            c.at_new(
                "openapi-response-property-optional",
                &after.keyword("required"),
                format!("{} is no longer always returned", place.child(name)),
            );
        }
    }
}
