//! Invalid input named by where it sits in the request, independent of the wire.
//!
//! Use cases name a field by its logical path (`author_ids[3]`, `limit`) and never by a JSON
//! pointer or a protobuf field path: whether `limit` was a query parameter or a body field is
//! the adapter's knowledge. The generated router turns a [`FieldPath`] into a JSON pointer for
//! problem+json (`/query/limit`, `/body/author_ids/3`) from the operation's declared parameters;
//! the gRPC adapter turns it into a dot path (`author_ids[3]`).

use std::fmt;

/// One step of a [`FieldPath`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Segment {
    Name(String),
    Index(usize),
}

/// Where an invalid value sits: a field name followed by names and indexes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct FieldPath(Vec<Segment>);

impl FieldPath {
    /// The path of one top-level field.
    pub fn field(name: impl Into<String>) -> Self {
        Self(vec![Segment::Name(name.into())])
    }

    /// This path, one field deeper.
    #[must_use]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.0.push(Segment::Name(name.into()));
        self
    }

    /// This path, at one item of a list.
    #[must_use]
    pub fn index(mut self, index: usize) -> Self {
        self.0.push(Segment::Index(index));
        self
    }

    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    /// The top-level field name, when the path starts with one.
    pub fn head(&self) -> Option<&str> {
        match self.0.first() {
            Some(Segment::Name(name)) => Some(name),
            _ => None,
        }
    }

    /// A JSON pointer (RFC 6901) below `prefix`: `/body` + `author_ids[3]` → `/body/author_ids/3`.
    pub fn pointer_below(&self, prefix: &str) -> String {
        let mut pointer = prefix.to_owned();
        for segment in &self.0 {
            pointer.push('/');
            match segment {
                Segment::Name(name) => pointer.push_str(&escape(name)),
                Segment::Index(index) => pointer.push_str(&index.to_string()),
            }
        }
        pointer
    }
}

/// The dot path gRPC's `google.rpc.BadRequest` uses: `items[0].quantity`.
impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Name(name) if i == 0 => f.write_str(name)?,
                Segment::Name(name) => write!(f, ".{name}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

impl From<&str> for FieldPath {
    fn from(name: &str) -> Self {
        Self::field(name)
    }
}

/// One invalid value and what is wrong with it, in words a client can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldIssue {
    pub path: FieldPath,
    pub detail: String,
}

impl FieldIssue {
    pub fn new(path: impl Into<FieldPath>, detail: impl fmt::Display) -> Self {
        Self {
            path: path.into(),
            detail: detail.to_string(),
        }
    }
}

/// Where each top-level name of an operation's input was sent, so a [`FieldPath`] becomes the
/// pointer the generated validation would have produced for the same value. Each parameter is
/// `(Rust field name, name on the wire)`: a use case names the field (`idempotency_key`), the
/// pointer names what the client sent (`/header/idempotency-key`).
#[derive(Debug, Clone, Copy, Default)]
pub struct InputLocations {
    pub path: &'static [(&'static str, &'static str)],
    pub query: &'static [(&'static str, &'static str)],
    pub header: &'static [(&'static str, &'static str)],
    pub cookie: &'static [(&'static str, &'static str)],
}

impl InputLocations {
    /// `/path/id`, `/query/limit`, `/header/x-id`, `/cookie/session`, or `/body/...` for
    /// anything that is not a declared parameter.
    pub fn pointer(&self, path: &FieldPath) -> String {
        let head = path.head().unwrap_or("");
        let declared = [
            ("/path", self.path),
            ("/query", self.query),
            ("/header", self.header),
            ("/cookie", self.cookie),
        ];
        for (prefix, params) in declared {
            if let Some((_, wire)) = params.iter().find(|(field, _)| *field == head) {
                let mut pointer = path.pointer_below(prefix);
                // The head's segment, written as the field, becomes the wire name.
                let field_segment = format!("{prefix}/{}", escape(head));
                pointer.replace_range(..field_segment.len(), &format!("{prefix}/{}", escape(wire)));
                return pointer;
            }
        }
        path.pointer_below("/body")
    }
}

/// A name as one JSON pointer segment (RFC 6901).
fn escape(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}

/// What the spec says one operation may answer when it fails, so the router can hold a handler
/// to it: the statuses declared exactly, the `4XX`/`5XX` ranges, and `default`.
#[derive(Debug, Clone, Copy)]
pub struct OperationErrors {
    pub operation_id: &'static str,
    pub statuses: &'static [u16],
    /// Hundreds digits of declared ranges (`4` for `4XX`).
    pub ranges: &'static [u16],
    /// Whether the operation declares a `default` response.
    pub default: bool,
    pub locations: InputLocations,
}

impl OperationErrors {
    /// Whether the spec declares `status` for this operation. A 500 is always allowed: it is the
    /// answer to a fault, whatever the spec lists.
    pub fn declares(&self, status: u16) -> bool {
        status == 500
            || self.default
            || self.statuses.contains(&status)
            || self.ranges.contains(&(status / 100))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_reads_as_a_dot_path_for_grpc() {
        let path = FieldPath::field("items").index(0).name("quantity");
        assert_eq!(path.to_string(), "items[0].quantity");
    }

    #[test]
    fn a_path_becomes_the_pointer_of_where_its_field_was_sent() {
        let locations = InputLocations {
            path: &[("id", "id")],
            query: &[("limit", "limit")],
            header: &[("idempotency_key", "Idempotency-Key")],
            ..InputLocations::default()
        };
        assert_eq!(locations.pointer(&"id".into()), "/path/id");
        assert_eq!(locations.pointer(&"limit".into()), "/query/limit");
        // A use case names the Rust field; the pointer names the header the client sent.
        assert_eq!(
            locations.pointer(&"idempotency_key".into()),
            "/header/Idempotency-Key"
        );
        assert_eq!(
            locations.pointer(&FieldPath::field("author_ids").index(3)),
            "/body/author_ids/3"
        );
    }

    #[test]
    fn only_declared_statuses_and_500_are_allowed() {
        let errors = OperationErrors {
            operation_id: "getBook",
            statuses: &[404, 422],
            ranges: &[],
            default: false,
            locations: InputLocations::default(),
        };
        assert!(errors.declares(404));
        assert!(errors.declares(500));
        assert!(!errors.declares(409));
        let ranged = OperationErrors {
            ranges: &[4],
            ..errors
        };
        assert!(ranged.declares(409));
        assert!(!ranged.declares(503));
    }

    #[test]
    fn pointer_segments_are_escaped() {
        assert_eq!(FieldPath::field("a/b~c").pointer_below(""), "/a~1b~0c");
    }
}
