//! Conductor's parameter expressions: `${workflow.input.x}`, `${ref.output.y.z}`,
//! `${ref.output}` (the whole object), `${ref.output.items[0]}`, nested in objects and arrays,
//! or embedded in a longer string (`"Hello ${workflow.input.name}"`, which yields text).

use std::collections::BTreeMap;

use serde_json::{Map, Value};

/// The values an expression can name: `workflow` and each task reference name, each a JSON
/// object (`{"input": .., "output": .., ...}`).
pub trait Scope {
    fn root(&self, name: &str) -> Option<&Value>;
}

impl Scope for BTreeMap<String, Value> {
    fn root(&self, name: &str) -> Option<&Value> {
        self.get(name)
    }
}

/// Evaluate every expression in `params` (recursively); names that resolve to nothing are `null`.
pub fn evaluate(params: &Map<String, Value>, scope: &dyn Scope) -> Map<String, Value> {
    params
        .iter()
        .map(|(key, value)| (key.clone(), evaluate_value(value, scope)))
        .collect()
}

fn evaluate_value(value: &Value, scope: &dyn Scope) -> Value {
    match value {
        Value::String(text) => evaluate_string(text, scope),
        Value::Array(items) => {
            Value::Array(items.iter().map(|v| evaluate_value(v, scope)).collect())
        }
        Value::Object(map) => Value::Object(evaluate(map, scope)),
        other => other.clone(),
    }
}

fn evaluate_string(text: &str, scope: &dyn Scope) -> Value {
    let spans = expressions(text);
    match spans.as_slice() {
        [] => Value::String(text.to_owned()),
        // The whole string is one expression: its value keeps its JSON type.
        [(start, end, path)] if *start == 0 && *end == text.len() => resolve(path, scope),
        _ => {
            let mut out = String::with_capacity(text.len());
            let mut last = 0;
            for (start, end, path) in &spans {
                out.push_str(&text[last..*start]);
                match resolve(path, scope) {
                    Value::Null => {}
                    Value::String(s) => out.push_str(&s),
                    other => out.push_str(&other.to_string()),
                }
                last = *end;
            }
            out.push_str(&text[last..]);
            Value::String(out)
        }
    }
}

/// `(start, end, inner path)` of every `${…}` in `text`.
fn expressions(text: &str) -> Vec<(usize, usize, &str)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(offset) = text[from..].find("${") {
        let start = from + offset;
        let Some(close) = text[start..].find('}') else {
            break;
        };
        let end = start + close + 1;
        found.push((start, end, text[start + 2..end - 1].trim()));
        from = end;
    }
    found
}

fn resolve(path: &str, scope: &dyn Scope) -> Value {
    let mut segments = split_path(path).into_iter();
    let Some(Segment::Key(root)) = segments.next() else {
        return Value::Null;
    };
    let Some(mut current) = scope.root(root) else {
        return Value::Null;
    };
    // Walked by reference: only the value named is copied, not the object it is in.
    for segment in segments {
        let next = match (segment, current) {
            (Segment::Key(key), Value::Object(map)) => map.get(key),
            (Segment::Index(index), Value::Array(items)) => items.get(index),
            _ => None,
        };
        let Some(next) = next else {
            return Value::Null;
        };
        current = next;
    }
    current.clone()
}

enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

fn split_path(path: &str) -> Vec<Segment<'_>> {
    let mut segments = Vec::new();
    for part in path.split('.') {
        let (key, mut rest) = match part.find('[') {
            Some(bracket) => (&part[..bracket], &part[bracket..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            segments.push(Segment::Key(key));
        }
        while let Some(close) = rest.find(']') {
            match rest[1..close].trim().parse::<usize>() {
                Ok(index) => segments.push(Segment::Index(index)),
                Err(_) => segments.push(Segment::Key(rest[1..close].trim_matches(['\'', '"']))),
            }
            rest = &rest[close + 1..];
        }
    }
    segments
}

/// The root names (`workflow`, task reference names) of every expression in `value`, each with
/// one expression that names it.
pub fn referenced_names(value: &Value, into: &mut BTreeMap<String, String>) {
    match value {
        Value::String(text) => {
            for (start, end, path) in expressions(text) {
                if let Some(Segment::Key(root)) = split_path(path).into_iter().next() {
                    into.entry(root.to_owned())
                        .or_insert_with(|| text[start..end].to_owned());
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| referenced_names(v, into)),
        Value::Object(map) => map.values().for_each(|v| referenced_names(v, into)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn scope() -> BTreeMap<String, Value> {
        BTreeMap::from([
            (
                "workflow".to_owned(),
                json!({"input": {"name": "Ada", "qty": 2}}),
            ),
            (
                "order_ref".to_owned(),
                json!({"output": {"id": "o-1", "lines": [{"isbn": "978"}], "total": {"amount": 5}}}),
            ),
        ])
    }

    fn eval(params: Value) -> Value {
        let Value::Object(map) = params else {
            panic!("object expected")
        };
        Value::Object(evaluate(&map, &scope()))
    }

    #[test]
    fn a_whole_string_expression_keeps_the_json_type_of_its_value() {
        assert_eq!(
            eval(json!({"q": "${workflow.input.qty}", "total": "${order_ref.output.total}"})),
            json!({"q": 2, "total": {"amount": 5}})
        );
    }

    #[test]
    fn nested_paths_and_array_indexes_resolve() {
        assert_eq!(
            eval(
                json!({"isbn": "${order_ref.output.lines[0].isbn}", "deep": {"list": ["${order_ref.output.id}"]}})
            ),
            json!({"isbn": "978", "deep": {"list": ["o-1"]}})
        );
    }

    #[test]
    fn an_expression_inside_text_is_interpolated() {
        assert_eq!(
            eval(json!({"greeting": "Hello ${workflow.input.name}, order ${order_ref.output.id}"})),
            json!({"greeting": "Hello Ada, order o-1"})
        );
    }

    #[test]
    fn a_missing_value_is_null_and_literals_pass_through() {
        assert_eq!(
            eval(json!({"missing": "${workflow.input.nope}", "n": 3, "s": "plain"})),
            json!({"missing": null, "n": 3, "s": "plain"})
        );
    }

    #[test]
    fn referenced_names_lists_the_roots_of_every_expression() {
        let mut names = BTreeMap::new();
        referenced_names(
            &json!({"a": "${workflow.input.x}", "b": ["x ${t1.output.y}"], "c": {"d": "${t2.output}"}}),
            &mut names,
        );
        assert_eq!(names.keys().collect::<Vec<_>>(), ["t1", "t2", "workflow"]);
    }
}
