//! Provenance of the bundled document: which file (and pointer in it) each subtree came from.
//!
//! The walker records one region per place where the source changes (the root, every inlined or
//! hoisted target, every sibling merged next to an inlined `$ref`). A pointer into the bundle is
//! located by its longest recorded prefix, so the map stays small.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use super::loader::{FileId, SourceFile};

/// Where a node of the bundled document came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: PathBuf,
    pub line: Option<usize>,
    /// Pointer inside `file`.
    pub pointer: String,
}

#[derive(Clone, Default)]
pub struct Origins {
    files: Vec<Arc<SourceFile>>,
    /// Bundle pointer → (file, pointer in that file).
    regions: HashMap<String, (FileId, String)>,
}

/// Summarised: the files' contents would drown any `{:?}` of a [`super::Bundle`].
impl std::fmt::Debug for Origins {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Origins")
            .field(
                "files",
                &self
                    .files
                    .iter()
                    .map(|file| &file.display)
                    .collect::<Vec<_>>(),
            )
            .field("regions", &self.regions.len())
            .finish()
    }
}

impl Origins {
    pub(super) fn record(&mut self, bundle_pointer: &str, file: FileId, file_pointer: &str) {
        self.regions
            .insert(bundle_pointer.to_owned(), (file, file_pointer.to_owned()));
    }

    pub(super) fn set_files(&mut self, files: Vec<Arc<SourceFile>>) {
        self.files = files;
    }

    /// The source of the node at `pointer` in the bundle, if provenance was recorded.
    pub fn locate(&self, pointer: &str) -> Option<Origin> {
        self.locate_from(pointer, pointer)
    }

    /// Where the key of `pointer` is written: in the file that holds its parent, even when the
    /// value is a `$ref` to another file (a path item's template is written in the root file).
    pub fn locate_key(&self, pointer: &str) -> Option<Origin> {
        self.locate_from(pointer, &pointer[..pointer.rfind('/')?])
    }

    fn locate_from(&self, pointer: &str, start: &str) -> Option<Origin> {
        let mut prefix = start;
        loop {
            if let Some((file, file_pointer)) = self.regions.get(prefix) {
                let source = self.files.get(*file)?;
                let in_file = format!("{file_pointer}{}", &pointer[prefix.len()..]);
                return Some(Origin {
                    file: source.display.clone(),
                    line: source.parsed.line_of(&in_file),
                    pointer: in_file,
                });
            }
            prefix = &prefix[..prefix.rfind('/')?];
        }
    }
}
