//! Schema rules. What breaks depends on who sends the data: a request schema may not get
//! stricter (clients' old requests would be refused), a response schema may not lose or retype
//! what clients read.

use std::collections::BTreeSet;

use serde_json::Value;

use super::Compare;
use super::spec::At;
use super::view::{View, higher, lower};

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
