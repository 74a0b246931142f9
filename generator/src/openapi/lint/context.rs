//! What every rule needs: the document, its typed nodes, internal ref resolution, the operations,
//! and a way to turn a bundle pointer into a diagnostic naming the file a human edits.

use serde_json::Value;

use crate::diagnostics::{Diagnostic, Severity};
use crate::openapi::bundle::{Bundle, Kind, Shape};
use crate::yaml::escape_token;

/// Longest internal ref chain followed.
const MAX_HOPS: usize = 32;
/// Deeper nodes are not visited (the bundler refuses such documents anyway).
const MAX_DEPTH: usize = 256;

/// The OpenAPI minor version, where rules differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Version {
    V3_0,
    V3_1,
}

/// A typed node of the document (refs are not followed: each node is visited where it is written).
#[derive(Debug)]
pub struct Node<'a> {
    pub kind: Kind,
    pub pointer: String,
    pub value: &'a Value,
}

/// One operation under `paths`.
#[derive(Debug)]
pub struct Operation<'a> {
    pub path: &'a str,
    pub method: &'a str,
    pub pointer: String,
    pub value: &'a Value,
    /// The (resolved) path item holding it, and its pointer.
    pub path_item: &'a Value,
    pub path_item_pointer: String,
}

pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

pub struct Context<'a> {
    pub bundle: &'a Bundle,
    pub doc: &'a Value,
    pub version: Version,
    pub nodes: Vec<Node<'a>>,
    pub operations: Vec<Operation<'a>>,
}

impl<'a> Context<'a> {
    pub fn new(bundle: &'a Bundle) -> Self {
        let doc = &bundle.document;
        let version = match doc.get("openapi").and_then(Value::as_str) {
            Some(v) if v.starts_with("3.0") => Version::V3_0,
            _ => Version::V3_1,
        };
        let mut nodes = Vec::new();
        collect(doc, Kind::Root, String::new(), 0, &mut nodes);
        let mut cx = Self {
            bundle,
            doc,
            version,
            nodes,
            operations: Vec::new(),
        };
        cx.operations = cx.find_operations();
        cx
    }

    fn find_operations(&self) -> Vec<Operation<'a>> {
        let mut out = Vec::new();
        let Some(paths) = self.doc.get("paths").and_then(Value::as_object) else {
            return out;
        };
        for (path, item) in paths {
            if path.starts_with("x-") {
                continue;
            }
            let (item, item_pointer) = self.resolve(item, format!("/paths/{}", escape_token(path)));
            let Some(methods) = item.as_object() else {
                continue;
            };
            for (method, value) in methods {
                if METHODS.contains(&method.as_str()) && value.is_object() {
                    out.push(Operation {
                        path,
                        method,
                        pointer: format!("{item_pointer}/{method}"),
                        value,
                        path_item: item,
                        path_item_pointer: item_pointer.clone(),
                    });
                }
            }
        }
        out
    }

    /// Follow internal `$ref`s from `value` (found at `pointer`) to the content.
    pub fn resolve(&self, value: &'a Value, pointer: String) -> (&'a Value, String) {
        let (mut value, mut pointer) = (value, pointer);
        for _ in 0..MAX_HOPS {
            let Some(target) = value
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| self.target(r))
            else {
                break;
            };
            value = target.0;
            pointer = target.1;
        }
        (value, pointer)
    }

    /// The node an internal ref (`#/...`) points at, and its pointer.
    pub fn target(&self, reference: &str) -> Option<(&'a Value, String)> {
        let fragment = reference.strip_prefix('#')?;
        let decoded = percent_encoding::percent_decode_str(fragment)
            .decode_utf8()
            .ok()?;
        self.doc
            .pointer(&decoded)
            .map(|v| (v, decoded.into_owned()))
    }

    /// The parameters of an operation: path-level ones overridden by operation-level ones, each
    /// with its resolved value and pointer.
    pub fn parameters(&self, op: &Operation<'a>) -> Vec<(&'a Value, String)> {
        let mut out: Vec<(&'a Value, String)> = Vec::new();
        for (owner, owner_pointer) in [
            (op.path_item, &op.path_item_pointer),
            (op.value, &op.pointer),
        ] {
            let Some(list) = owner.get("parameters").and_then(Value::as_array) else {
                continue;
            };
            for (i, p) in list.iter().enumerate() {
                let (p, pointer) = self.resolve(p, format!("{owner_pointer}/parameters/{i}"));
                let key = |v: &Value| (v.get("name").cloned(), v.get("in").cloned());
                out.retain(|(existing, _)| key(existing) != key(p));
                out.push((p, pointer));
            }
        }
        out
    }

    pub fn error(
        &self,
        rule: &str,
        pointer: &str,
        message: String,
        hint: impl Into<String>,
    ) -> Diagnostic {
        self.diagnostic(Severity::Error, rule, pointer, message, hint)
    }

    pub fn warning(
        &self,
        rule: &str,
        pointer: &str,
        message: String,
        hint: impl Into<String>,
    ) -> Diagnostic {
        self.diagnostic(Severity::Warning, rule, pointer, message, hint)
    }

    /// A warning about a key (a path template), reported where the key is written rather than
    /// in the file its `$ref` value points to, as Redocly reports it.
    pub fn warning_at_key(
        &self,
        rule: &str,
        pointer: &str,
        message: String,
        hint: impl Into<String>,
    ) -> Diagnostic {
        let mut diagnostic = self.diagnostic(Severity::Warning, rule, pointer, message, hint);
        let origin = self.bundle.locate_key(pointer);
        diagnostic.file = origin.file;
        diagnostic.line = origin.line;
        diagnostic.pointer = origin.pointer;
        diagnostic
    }

    fn diagnostic(
        &self,
        severity: Severity,
        rule: &str,
        pointer: &str,
        message: String,
        hint: impl Into<String>,
    ) -> Diagnostic {
        let origin = self.bundle.locate(pointer);
        Diagnostic {
            severity,
            rule: rule.to_owned(),
            file: origin.file,
            line: origin.line,
            pointer: origin.pointer,
            message,
            hint: Some(hint.into()),
        }
    }

    /// Typed nodes of one kind.
    pub fn nodes_of(&self, kind: Kind) -> impl Iterator<Item = &Node<'a>> {
        self.nodes.iter().filter(move |n| n.kind == kind)
    }
}

fn collect<'a>(
    value: &'a Value,
    kind: Kind,
    pointer: String,
    depth: usize,
    out: &mut Vec<Node<'a>>,
) {
    if depth > MAX_DEPTH {
        return;
    }
    let Value::Object(map) = value else {
        out.push(Node {
            kind,
            pointer,
            value,
        });
        return;
    };
    // Pre-order, so "first" and "duplicate" follow the document's order.
    out.push(Node {
        kind,
        pointer: pointer.clone(),
        value,
    });
    for (key, child) in map {
        if map.contains_key("$ref") && kind.takes_refs() {
            break;
        }
        let Some(shape) = kind.child(key) else {
            continue;
        };
        let child_pointer = format!("{pointer}/{}", escape_token(key));
        match (shape, child) {
            (Shape::One(k) | Shape::List(k), Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    collect(item, k, format!("{child_pointer}/{i}"), depth + 1, out);
                }
            }
            (Shape::One(k), _) => collect(child, k, child_pointer, depth + 1, out),
            (Shape::Map(k), Value::Object(entries)) => {
                for (name, entry) in entries {
                    collect(
                        entry,
                        k,
                        format!("{child_pointer}/{}", escape_token(name)),
                        depth + 1,
                        out,
                    );
                }
            }
            _ => {}
        }
    }
}
