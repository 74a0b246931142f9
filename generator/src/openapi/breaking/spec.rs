//! One side's bundled spec: following internal `$ref`s and mapping bundle pointers back to the
//! file and line a human edits.

use std::path::{Component, Path, PathBuf};

use serde_json::Value;

use crate::breaking::finding::Location;
use crate::openapi::bundle::Bundle;
use crate::yaml::escape_token;

/// Chains longer than this are treated as unresolvable rather than followed forever.
const MAX_REF_HOPS: usize = 32;

/// A node of the bundled document and the pointer where it physically sits (after following
/// `$ref`s), so findings point at the definition to edit.
#[derive(Debug, Clone)]
pub struct At<'a> {
    pub value: &'a Value,
    pub pointer: String,
}

impl<'a> At<'a> {
    pub fn get(&self, key: &str) -> Option<At<'a>> {
        let value = match self.value {
            Value::Object(map) => map.get(key)?,
            Value::Array(items) => items.get(key.parse::<usize>().ok()?)?,
            _ => return None,
        };
        Some(At {
            value,
            pointer: format!("{}/{}", self.pointer, escape_token(key)),
        })
    }
}

/// A bundled spec and the folder its paths are shown relative to.
pub struct Spec {
    pub bundle: Bundle,
    /// The workspace root (or the materialised revision) the bundle was read from.
    pub base: PathBuf,
}

impl Spec {
    pub fn root(&self) -> At<'_> {
        At {
            value: &self.bundle.document,
            pointer: String::new(),
        }
    }

    /// Follow internal `$ref`s from `at` to the node they name; an external or dangling `$ref`
    /// stays as it is (the bundler reports those).
    pub fn resolve<'a>(&'a self, at: At<'a>) -> At<'a> {
        let mut current = at;
        for _ in 0..MAX_REF_HOPS {
            let Some(target) = current
                .value
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix('#'))
            else {
                return current;
            };
            let Some(value) = self.bundle.document.pointer(target) else {
                return current;
            };
            current = At {
                value,
                pointer: target.to_owned(),
            };
        }
        current
    }

    /// `at.get(key)`, resolved.
    pub fn child<'a>(&'a self, at: &At<'a>, key: &str) -> Option<At<'a>> {
        at.get(key).map(|child| self.resolve(child))
    }

    /// The file (relative to [`Spec::base`]) and location of the bundle node at `pointer`.
    pub fn locate(&self, pointer: &str) -> (PathBuf, Location) {
        let origin = self.bundle.locate(pointer);
        let normal = lexical(&origin.file);
        let file = normal
            .strip_prefix(lexical(&self.base))
            .map(Path::to_path_buf)
            .unwrap_or(normal);
        (
            file,
            Location::Node {
                line: origin.line,
                pointer: origin.pointer,
            },
        )
    }
}

/// `a/b/../c` → `a/c` without touching the file system (the old side lives in a temp folder
/// whose canonical form may differ from its given path).
fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec(document: Value) -> Spec {
        Spec {
            bundle: Bundle::new("/ws/api/a.yaml", document),
            base: PathBuf::from("/ws"),
        }
    }

    #[test]
    fn refs_are_followed_to_their_target() {
        let spec = spec(json!({
            "a": {"$ref": "#/b"},
            "b": {"$ref": "#/c"},
            "c": {"type": "string"}
        }));
        let resolved = spec.child(&spec.root(), "a").unwrap();
        assert_eq!(resolved.pointer, "/c");
        assert_eq!(resolved.value, &json!({"type": "string"}));
    }

    #[test]
    fn a_ref_cycle_stops() {
        let spec = spec(json!({"a": {"$ref": "#/b"}, "b": {"$ref": "#/a"}}));
        let resolved = spec.child(&spec.root(), "a").unwrap();
        assert!(resolved.value.get("$ref").is_some());
    }

    #[test]
    fn locations_are_relative_to_the_base() {
        let spec = spec(json!({}));
        let (file, _) = spec.locate("/paths");
        assert_eq!(file, PathBuf::from("api/a.yaml"));
        assert_eq!(
            lexical(Path::new("/ws/api/x/../b.yaml")),
            PathBuf::from("/ws/api/b.yaml")
        );
    }
}
