//! Source positions and comments of one compiled file, looked up by descriptor path.

use std::collections::HashMap;

use prost_types::FileDescriptorProto;

/// Field numbers of `descriptor.proto`, as they appear in `SourceCodeInfo` paths.
pub mod tag {
    pub const FILE_PACKAGE: i32 = 2;
    pub const FILE_DEPENDENCY: i32 = 3;
    pub const FILE_MESSAGE: i32 = 4;
    pub const FILE_ENUM: i32 = 5;
    pub const FILE_SERVICE: i32 = 6;
    pub const FILE_OPTIONS: i32 = 8;
    pub const FILE_SYNTAX: i32 = 12;
    pub const FILE_EDITION: i32 = 14;
    pub const MESSAGE_FIELD: i32 = 2;
    pub const MESSAGE_NESTED: i32 = 3;
    pub const MESSAGE_ENUM: i32 = 4;
    pub const MESSAGE_ONEOF: i32 = 8;
    pub const ENUM_VALUE: i32 = 2;
    pub const ENUM_OPTIONS: i32 = 3;
    pub const ENUM_OPTIONS_ALLOW_ALIAS: i32 = 2;
    pub const ENUM_VALUE_NUMBER: i32 = 2;
    pub const SERVICE_METHOD: i32 = 2;
    pub const METHOD_INPUT: i32 = 2;
    pub const METHOD_OUTPUT: i32 = 3;
    /// `name` is field 1 of every named descriptor.
    pub const NAME: i32 = 1;
}

/// Where things are in one file.
pub struct Source {
    spans: HashMap<Vec<i32>, (usize, String)>,
}

impl Source {
    pub fn new(file: &FileDescriptorProto) -> Self {
        let spans = file
            .source_code_info
            .iter()
            .flat_map(|info| &info.location)
            .filter_map(|location| {
                let line = usize::try_from(*location.span.first()?).ok()? + 1;
                let comments = location.leading_comments().to_owned();
                Some((location.path.clone(), (line, comments)))
            })
            .collect();
        Self { spans }
    }

    pub fn has(&self, path: &[i32]) -> bool {
        self.spans.contains_key(path)
    }

    /// The 1-based line of `path`; for what has no position (an unset option, the file itself)
    /// the file's own span, i.e. line 1, as buf reports it.
    pub fn line(&self, path: &[i32]) -> Option<usize> {
        self.spans
            .get(path)
            .or_else(|| self.spans.get([].as_slice()))
            .map(|(line, _)| *line)
    }

    /// Whether a leading comment at `path` says `buf:lint:ignore <rule>`, buf's per-element opt-out.
    pub fn ignores(&self, path: &[i32], rule: &str) -> bool {
        self.spans.get(path).is_some_and(|(_, comments)| {
            comments.lines().any(|line| {
                line.trim()
                    .strip_prefix("buf:lint:ignore")
                    .is_some_and(|rest| rest.trim() == rule)
            })
        })
    }
}
