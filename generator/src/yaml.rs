//! YAML → `serde_json::Value`, remembering the line of every node so diagnostics can point at it.
//!
//! Specs are YAML but everything downstream works on JSON values (JSON is a subset of YAML, so
//! `.json` files parse too). Plain scalars follow YAML 1.2's core schema, as Redocly does: `true`,
//! `null`, `12`, `1.5` are typed; quoted scalars are always strings. Aliases are expanded, with a
//! node budget so a "billion laughs" document fails cleanly instead of exhausting memory.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Number, Value};
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

/// Refuse documents that expand to more nodes than this (aliases included).
const MAX_NODES: usize = 2_000_000;

#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub value: Value,
    /// 1-based line of each node, keyed by JSON pointer (`""` is the root).
    pub lines: HashMap<String, usize>,
}

impl Parsed {
    /// The line of the node at `pointer`, or of its nearest ancestor that has one.
    pub fn line_of(&self, pointer: &str) -> Option<usize> {
        let mut p = pointer;
        loop {
            if let Some(line) = self.lines.get(p) {
                return Some(*line);
            }
            match p.rfind('/') {
                Some(i) => p = &p[..i],
                None => return None,
            }
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("invalid YAML at line {line}, column {column}: {message}")]
pub struct YamlError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Escape one reference token for a JSON pointer (RFC 6901).
pub fn escape_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

enum Frame {
    Seq {
        items: Vec<Value>,
        anchor: usize,
        pointer: String,
    },
    Map {
        map: Map<String, Value>,
        pending_key: Option<String>,
        /// Keys that came from a `<<` merge: an explicit key may override them.
        merged: HashSet<String>,
        anchor: usize,
        pointer: String,
    },
}

struct Builder {
    stack: Vec<Frame>,
    root: Option<Value>,
    anchors: HashMap<usize, Value>,
    lines: HashMap<String, usize>,
    nodes: usize,
    error: Option<YamlError>,
}

impl Builder {
    /// Pointer of the node about to be inserted into the current container.
    fn child_pointer(&self) -> String {
        match self.stack.last() {
            None => String::new(),
            Some(Frame::Seq { items, pointer, .. }) => format!("{pointer}/{}", items.len()),
            Some(Frame::Map {
                pending_key: Some(k),
                pointer,
                ..
            }) => format!("{pointer}/{}", escape_token(k)),
            // A key is being read; its pointer is never recorded.
            Some(Frame::Map { .. }) => String::new(),
        }
    }

    fn expecting_key(&self) -> bool {
        matches!(
            self.stack.last(),
            Some(Frame::Map {
                pending_key: None,
                ..
            })
        )
    }

    fn count(&mut self, n: usize, mark: Marker) {
        self.nodes += n;
        if self.nodes > MAX_NODES && self.error.is_none() {
            self.error = Some(YamlError {
                line: mark.line(),
                column: mark.col() + 1,
                message: format!("document expands to more than {MAX_NODES} nodes (alias bomb?)"),
            });
        }
    }

    fn insert(&mut self, value: Value, mark: Marker) {
        match self.stack.last_mut() {
            None => self.root = Some(value),
            Some(Frame::Seq { items, .. }) => items.push(value),
            Some(Frame::Map {
                map,
                pending_key,
                merged,
                ..
            }) => match pending_key.take() {
                // A merge key (`<<: *base`, or a list of them): the mappings' entries join this
                // one unless already set; earlier sources win, as YAML's merge type says.
                Some(key) if key == MERGE_KEY && mergeable(&value) => {
                    let sources = match value {
                        Value::Array(items) => items,
                        other => vec![other],
                    };
                    for source in sources {
                        let Value::Object(entries) = source else {
                            continue;
                        };
                        for (k, v) in entries {
                            if !map.contains_key(&k) {
                                merged.insert(k.clone());
                                map.insert(k, v);
                            }
                        }
                    }
                }
                Some(key) => {
                    if map.contains_key(&key) && !merged.remove(&key) && self.error.is_none() {
                        self.error = Some(YamlError {
                            line: mark.line(),
                            column: mark.col() + 1,
                            message: format!("duplicate key `{key}`"),
                        });
                    }
                    map.insert(key, value);
                }
                None => *pending_key = Some(key_string(&value)),
            },
        }
    }
}

const MERGE_KEY: &str = "<<";

fn mergeable(value: &Value) -> bool {
    match value {
        Value::Object(_) => true,
        Value::Array(items) => items.iter().all(Value::is_object),
        _ => false,
    }
}

fn key_string(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => "null".to_owned(),
        other => other.to_string(),
    }
}

fn count_nodes(value: &Value) -> usize {
    match value {
        Value::Array(items) => 1 + items.iter().map(count_nodes).sum::<usize>(),
        Value::Object(map) => 1 + map.values().map(count_nodes).sum::<usize>(),
        _ => 1,
    }
}

/// YAML 1.2 core schema resolution of a plain scalar. Numbers then follow JavaScript, as Redocly
/// reads them: a float with an integral value is an integer (`100.0` and `1e3` are `100` and
/// `1000`), so bundles compare equal to Redocly's.
fn plain_scalar(text: &str) -> Value {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    let is_int = {
        let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
        !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
    };
    if is_int {
        if let Ok(i) = text.parse::<i64>() {
            return Value::Number(i.into());
        }
        if let Ok(u) = text.parse::<u64>() {
            return Value::Number(u.into());
        }
    }
    let radix = [("0x", 16), ("0o", 8)]
        .into_iter()
        .find_map(|(prefix, radix)| text.strip_prefix(prefix).map(|digits| (digits, radix)));
    if let Some((digits, radix)) = radix
        && let Ok(n) = u64::from_str_radix(digits, radix)
    {
        return Value::Number(n.into());
    }
    let looks_float = text.bytes().any(|b| b.is_ascii_digit())
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E'));
    if looks_float && let Ok(f) = text.parse::<f64>() {
        // 2^53: beyond it an f64 no longer holds every integer, and JavaScript keeps the float.
        if f.fract() == 0.0 && f.abs() < 9_007_199_254_740_992.0 {
            return Value::Number((f as i64).into());
        }
        if let Some(n) = Number::from_f64(f) {
            return Value::Number(n);
        }
    }
    Value::String(text.to_owned())
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, event: Event, mark: Marker) {
        if self.error.is_some() {
            return;
        }
        match event {
            Event::Scalar(text, style, anchor, _tag) => {
                let value = if style == TScalarStyle::Plain {
                    plain_scalar(&text)
                } else {
                    Value::String(text)
                };
                if let Some(Frame::Map {
                    pending_key: None,
                    pointer,
                    ..
                }) = self.stack.last()
                {
                    // A key: its line is the line of the entry (a block value starts below it).
                    let entry = format!("{pointer}/{}", escape_token(&key_string(&value)));
                    self.lines.insert(entry, mark.line());
                } else {
                    let pointer = self.child_pointer();
                    self.lines.entry(pointer).or_insert(mark.line());
                }
                if anchor > 0 {
                    self.anchors.insert(anchor, value.clone());
                }
                self.count(1, mark);
                self.insert(value, mark);
            }
            Event::Alias(id) => {
                let value = self.anchors.get(&id).cloned().unwrap_or(Value::Null);
                self.count(count_nodes(&value), mark);
                if !self.expecting_key() {
                    let pointer = self.child_pointer();
                    self.lines.entry(pointer).or_insert(mark.line());
                }
                self.insert(value, mark);
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                let pointer = self.child_pointer();
                self.lines.entry(pointer.clone()).or_insert(mark.line());
                self.count(1, mark);
                let frame = if matches!(event, Event::SequenceStart(..)) {
                    Frame::Seq {
                        items: Vec::new(),
                        anchor,
                        pointer,
                    }
                } else {
                    Frame::Map {
                        map: Map::new(),
                        pending_key: None,
                        merged: HashSet::new(),
                        anchor,
                        pointer,
                    }
                };
                self.stack.push(frame);
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let (value, anchor) = match self.stack.pop() {
                    Some(Frame::Seq { items, anchor, .. }) => (Value::Array(items), anchor),
                    Some(Frame::Map { map, anchor, .. }) => (Value::Object(map), anchor),
                    None => return,
                };
                if anchor > 0 {
                    self.anchors.insert(anchor, value.clone());
                }
                self.insert(value, mark);
            }
            Event::Nothing
            | Event::StreamStart
            | Event::StreamEnd
            | Event::DocumentStart
            | Event::DocumentEnd => {}
        }
    }
}

/// Parse one YAML (or JSON) document.
pub fn parse(text: &str) -> Result<Parsed, YamlError> {
    let mut builder = Builder {
        stack: Vec::new(),
        root: None,
        anchors: HashMap::new(),
        lines: HashMap::new(),
        nodes: 0,
        error: None,
    };
    let mut parser = Parser::new_from_str(text);
    parser.load(&mut builder, false).map_err(|e| YamlError {
        line: e.marker().line(),
        column: e.marker().col() + 1,
        message: e.info().to_owned(),
    })?;
    if let Some(err) = builder.error {
        return Err(err);
    }
    Ok(Parsed {
        value: builder.root.unwrap_or(Value::Null),
        lines: builder.lines,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn scalars_follow_the_core_schema() {
        let parsed = parse("a: 1\nb: '1'\nc: true\nd: ~\ne: 1.5\nf: 0755x\ng: \"null\"\n").unwrap();
        assert_eq!(
            parsed.value,
            json!({"a": 1, "b": "1", "c": true, "d": null, "e": 1.5, "f": "0755x", "g": "null"})
        );
    }

    #[test]
    fn numbers_read_like_redocly_reads_them() {
        let parsed =
            parse("a: 100.0\nb: 1e3\nc: 0x1F\nd: 0o17\ne: 2.5\nf: -0.0\ng: 0xZZ\n").unwrap();
        assert_eq!(
            parsed.value,
            json!({"a": 100, "b": 1000, "c": 31, "d": 15, "e": 2.5, "f": 0, "g": "0xZZ"})
        );
    }

    #[test]
    fn merge_keys_merge_and_explicit_keys_win() {
        let text = "base: &b {type: object, description: base}\nextra: &e {title: x}\nderived:\n  <<: [*b, *e]\n  description: derived\n";
        let parsed = parse(text).unwrap();
        assert_eq!(
            parsed.value["derived"],
            json!({"type": "object", "description": "derived", "title": "x"})
        );
        assert!(
            parse("a:\n  x: 1\n  x: 2\n").is_err(),
            "plain duplicates are still errors"
        );
    }

    #[test]
    fn lines_are_recorded_per_pointer() {
        let parsed = parse("paths:\n  /books:\n    get:\n      operationId: listBooks\n").unwrap();
        assert_eq!(parsed.line_of("/paths/~1books/get/operationId"), Some(4));
        assert_eq!(parsed.line_of("/paths/~1books/get"), Some(3));
        assert_eq!(parsed.line_of("/paths/~1books/get/missing"), Some(3));
    }

    #[test]
    fn aliases_expand_and_keys_keep_their_order() {
        let parsed = parse("base: &b {x: 1}\nz: *b\na: [1, 2]\n").unwrap();
        assert_eq!(
            parsed.value,
            json!({"base": {"x": 1}, "z": {"x": 1}, "a": [1, 2]})
        );
        let keys: Vec<_> = parsed.value.as_object().unwrap().keys().cloned().collect();
        assert_eq!(keys, ["base", "z", "a"]);
    }

    #[test]
    fn an_alias_bomb_fails_cleanly() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let prev = i - 1;
            text.push_str(&format!("a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"));
        }
        let err = parse(&text).unwrap_err();
        assert!(err.message.contains("nodes"), "{err}");
    }

    #[test]
    fn duplicate_keys_and_syntax_errors_name_the_line() {
        assert_eq!(parse("a: 1\nb: 2\na: 3\n").unwrap_err().line, 3);
        assert!(parse("a: [1, 2\n").is_err());
    }
}
