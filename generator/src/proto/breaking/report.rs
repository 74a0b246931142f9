//! Collecting proto findings at buf's locations: the element's span in the new file.

use std::path::PathBuf;

use prost_reflect::FileDescriptor;

use super::rules::RuleSet;
use crate::breaking::finding::{Finding, Location};

/// One compiled `.proto` file and the path it is shown under (relative to the workspace root).
#[derive(Debug, Clone)]
pub struct ProtoFile {
    pub descriptor: FileDescriptor,
    pub display: PathBuf,
}

impl ProtoFile {
    /// The 1-based line and column where the element at `path` (a source-info path such as
    /// `[4, 0, 2, 1]` for the second field of the first message) starts. Elements the compiler
    /// synthesised (a map field's entry message) have no span: the nearest enclosing element's
    /// is used, and the file's start when there is none.
    pub fn span(&self, path: &[i32]) -> Location {
        let locations = self
            .descriptor
            .file_descriptor_proto()
            .source_code_info
            .as_ref()
            .map_or(&[][..], |info| &info.location[..]);
        let start = (0..=path.len())
            .rev()
            .find_map(|len| locations.iter().find(|l| l.path == path[..len]))
            .and_then(|l| Some((l.span.first()?, l.span.get(1)?)));
        match start {
            Some((line, column)) => Location::Span {
                line: usize::try_from(*line).unwrap_or(0) + 1,
                column: usize::try_from(*column).unwrap_or(0) + 1,
            },
            None => Location::Span { line: 1, column: 1 },
        }
    }
}

/// The findings of enabled rules.
pub struct Report<'r> {
    rules: &'r RuleSet,
    pub findings: Vec<Finding>,
}

impl<'r> Report<'r> {
    pub fn new(rules: &'r RuleSet) -> Self {
        Self {
            rules,
            findings: Vec::new(),
        }
    }

    pub fn enabled(&self, rule: &str) -> bool {
        self.rules.is_enabled(rule)
    }

    /// Record a finding of `rule` at the element at `path` of `file`, if the rule is enabled.
    pub fn add(&mut self, rule: &str, file: &ProtoFile, path: &[i32], message: String) {
        if self.enabled(rule) {
            self.findings
                .push(Finding::new(&file.display, file.span(path), rule, message));
        }
    }
}

/// Whether `file` is proto3; the features editions made explicit (open enums, JSON support,
/// UTF-8 checks) follow from this for the proto2/proto3 files protox compiles.
pub fn is_proto3(file: &FileDescriptor) -> bool {
    file.file_descriptor_proto().syntax() == "proto3"
}

/// JSON format support: proto3 types fully support JSON, proto2 ones only on a best-effort basis.
pub fn json_format(file: &FileDescriptor) -> &'static str {
    if is_proto3(file) {
        "ALLOW"
    } else {
        "LEGACY_BEST_EFFORT"
    }
}

/// `reserved 9;` is shown as `[9]`, `reserved 9 to 12;` as `[9,12]`, as buf does.
pub fn range_text(start: i64, end_inclusive: i64) -> String {
    if start == end_inclusive {
        format!("[{start}]")
    } else {
        format!("[{start},{end_inclusive}]")
    }
}

/// Whether the half-open `[start, end)` is covered by the union of `ranges` (half-open too).
pub fn covered(start: i64, end: i64, ranges: &[(i64, i64)]) -> bool {
    let mut sorted = ranges.to_vec();
    sorted.sort_unstable();
    let mut reached = start;
    for (from, to) in sorted {
        if from > reached {
            break;
        }
        reached = reached.max(to);
    }
    reached >= end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjacent_ranges_cover_a_wider_one() {
        assert!(covered(5, 10, &[(8, 12), (5, 8)]));
        assert!(!covered(5, 10, &[(5, 7), (8, 12)]));
        assert!(covered(3, 4, &[(1, 100)]));
    }

    #[test]
    fn ranges_print_like_buf() {
        assert_eq!(range_text(9, 9), "[9]");
        assert_eq!(range_text(9, 12), "[9,12]");
    }
}
