//! One breaking change: which rule, where, and what changed.

use std::fmt;
use std::path::PathBuf;

/// Where a breaking change is, in the file a human edits.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Location {
    /// A 1-based line and column (protos, from the compiler's source info).
    Span { line: usize, column: usize },
    /// A spec node: the line when the bundler knows it, and the JSON pointer inside the file.
    Node {
        line: Option<usize>,
        pointer: String,
    },
}

/// One breaking change found by comparing a revision with the working tree.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    /// The file, relative to the workspace root; the new file when it still exists, otherwise
    /// the old one (as it was at the revision).
    pub file: PathBuf,
    pub location: Location,
    /// buf's rule id for protos (`FIELD_NO_DELETE`), `openapi-*` for specs.
    pub rule: String,
    pub message: String,
}

impl Finding {
    pub fn new(
        file: impl Into<PathBuf>,
        location: Location,
        rule: &str,
        message: impl Into<String>,
    ) -> Self {
        Self {
            file: file.into(),
            location,
            rule: rule.to_owned(),
            message: message.into(),
        }
    }
}

/// `file:line:column: RULE message` for protos (buf's own layout) and
/// `file:line: RULE message (at /json/pointer)` for specs.
impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        match &self.location {
            Location::Span { line, column } => {
                write!(f, ":{line}:{column}: {} {}", self.rule, self.message)
            }
            Location::Node { line, pointer } => {
                if let Some(line) = line {
                    write!(f, ":{line}")?;
                }
                write!(f, ": {} {}", self.rule, self.message)?;
                if !pointer.is_empty() {
                    write!(f, " (at {pointer})")?;
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_proto_finding_prints_like_buf() {
        let finding = Finding::new(
            "proto/a.proto",
            Location::Span { line: 5, column: 1 },
            "FIELD_NO_DELETE",
            "Previously present field \"2\" was deleted.",
        );
        assert_eq!(
            finding.to_string(),
            "proto/a.proto:5:1: FIELD_NO_DELETE Previously present field \"2\" was deleted."
        );
    }

    #[test]
    fn a_spec_finding_names_line_and_pointer() {
        let finding = Finding::new(
            "api/a.yaml",
            Location::Node {
                line: Some(7),
                pointer: "/get".into(),
            },
            "openapi-operation-removed",
            "GET /a was removed",
        );
        assert_eq!(
            finding.to_string(),
            "api/a.yaml:7: openapi-operation-removed GET /a was removed (at /get)"
        );
    }
}
