//! Kubernetes manifests as YAML text: block style, a header comment, `---` between documents.
//!
//! The documents are built as `serde_json::Value`s (insertion-ordered) and written here, so the
//! output is deterministic and reads like a hand-written manifest. A string is written plain only
//! when YAML cannot mistake it for anything else; otherwise it is double-quoted with JSON's
//! escapes, which YAML's double-quoted style shares.

use serde_json::Value;

/// Several documents in one file, opening with `# <header>` lines.
pub fn file(header: &str, documents: &[Value]) -> String {
    let mut out = String::new();
    for line in header.lines() {
        out.push_str("# ");
        out.push_str(line);
        out.push('\n');
    }
    for document in documents {
        out.push_str("---\n");
        write_block(&mut out, document, 0);
    }
    out
}

fn plain(text: &str) -> bool {
    const RESERVED: [&str; 12] = [
        "true", "false", "null", "yes", "no", "on", "off", "y", "n", "~", "<<", "=",
    ];
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    (first.is_ascii_alphabetic() || first == '/' || first == '_')
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-./".contains(c))
        && !RESERVED.contains(&text.to_ascii_lowercase().as_str())
}

fn scalar(value: &Value) -> String {
    match value {
        Value::String(text) if plain(text) => text.clone(),
        Value::Array(items) if items.is_empty() => "[]".to_owned(),
        Value::Object(map) if map.is_empty() => "{}".to_owned(),
        // JSON's scalars (numbers, booleans, null, quoted strings) are YAML's too.
        other => other.to_string(),
    }
}

fn key(text: &str) -> String {
    if plain(text) {
        text.to_owned()
    } else {
        Value::from(text).to_string()
    }
}

fn is_block(value: &Value) -> bool {
    match value {
        Value::Array(items) => !items.is_empty(),
        Value::Object(map) => !map.is_empty(),
        _ => false,
    }
}

fn write_block(out: &mut String, value: &Value, indent: usize) {
    let pad = " ".repeat(indent);
    match value {
        Value::Object(map) if !map.is_empty() => {
            for (k, v) in map {
                out.push_str(&pad);
                out.push_str(&key(k));
                out.push(':');
                if is_block(v) {
                    out.push('\n');
                    // Sequences under a key sit at the key's indentation, as kubectl writes them.
                    let inner = if v.is_array() { indent } else { indent + 2 };
                    write_block(out, v, inner);
                } else {
                    out.push(' ');
                    out.push_str(&scalar(v));
                    out.push('\n');
                }
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for item in items {
                out.push_str(&pad);
                out.push_str("- ");
                if is_block(item) && item.is_object() {
                    // The first key goes on the dash's line, the rest indented beneath it.
                    let mut nested = String::new();
                    write_block(&mut nested, item, indent + 2);
                    out.push_str(nested.trim_start());
                } else if is_block(item) {
                    out.push('\n');
                    write_block(out, item, indent + 2);
                } else {
                    out.push_str(&scalar(item));
                    out.push('\n');
                }
            }
        }
        other => {
            out.push_str(&pad);
            out.push_str(&scalar(other));
            out.push('\n');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn writes_block_yaml_that_reads_back_as_the_same_value() {
        let doc = json!({
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {"name": "catalog", "labels": {"app.kubernetes.io/name": "catalog"}},
            "spec": {
                "ports": [{"name": "http", "port": 8080}, {"name": "grpc", "port": 9090}],
                "values": ["manage", "true", "8080", "a b", "{*}", "", "*"],
                "nested": [[1, 2], []],
                "empty": {},
                "flag": true,
                "none": null
            }
        });
        let text = file("Generated; do not edit.", std::slice::from_ref(&doc));
        assert!(text.starts_with("# Generated; do not edit.\n---\napiVersion: v1\n"));
        let back = crate::yaml::parse(
            text.trim_start_matches(|c| c != '\n')
                .trim_start_matches("\n---\n"),
        )
        .unwrap()
        .value;
        assert_eq!(back, doc);
    }

    #[test]
    fn strings_yaml_would_retype_are_quoted() {
        for text in ["true", "No", "8080", "1.5", "-x", "a: b", "#x", "{*}", ""] {
            assert!(!plain(text), "{text}");
        }
        for text in [
            "catalog",
            "/api/v1/books",
            "ISTIO_MUTUAL",
            "networking.istio.io/v1",
        ] {
            assert!(plain(text), "{text}");
        }
    }
}
