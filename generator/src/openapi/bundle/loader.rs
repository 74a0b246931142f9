//! Loading the files of a split spec: each parsed once, cached by canonical path, and confined to
//! the spec base so a `$ref` cannot read arbitrary files (`../../etc/passwd`).

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use crate::yaml::{self, Parsed, YamlError};

/// Index of a loaded file in [`Loader::files`].
pub type FileId = usize;

/// Resource limits against hostile specs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest file that is read.
    pub max_file_bytes: u64,
    /// Most files one spec may pull in.
    pub max_files: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_file_bytes: 32 * 1024 * 1024,
            max_files: 10_000,
        }
    }
}

/// One parsed file of the spec.
#[derive(Debug)]
pub struct SourceFile {
    pub canonical: PathBuf,
    /// The path shown to humans: relative to the root file's folder, as the spec author wrote it.
    pub display: PathBuf,
    pub parsed: Parsed,
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{} does not exist or cannot be read", .path.display())]
    Missing {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} is outside the spec folder {}", .path.display(), .base.display())]
    Outside { path: PathBuf, base: PathBuf },
    #[error("{} is not a regular file", .path.display())]
    NotAFile { path: PathBuf },
    #[error("{} is {size} bytes, more than the {limit}-byte limit", .path.display())]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    #[error("the spec pulls in more than {limit} files")]
    TooMany { limit: usize },
    #[error("{} is not valid UTF-8 text", .path.display())]
    NotText { path: PathBuf },
    #[error("{}: {source}", .path.display())]
    Yaml { path: PathBuf, source: YamlError },
}

/// The files loaded so far.
#[derive(Debug)]
pub struct Loader {
    /// Canonical spec base: refs may not leave it.
    pub base: PathBuf,
    /// Canonical folder of the root file, for display paths.
    root_dir: PathBuf,
    /// The root file as the user named it, for display paths.
    root_display: PathBuf,
    /// Shared so the walker can hold a file's value while loading more files.
    pub files: Vec<Arc<SourceFile>>,
    by_path: HashMap<PathBuf, FileId>,
    limits: Limits,
}

impl Loader {
    /// Prepare loading the spec whose root file is `root` (canonical) and named `root_display`.
    pub fn new(root: &Path, root_display: &Path, limits: Limits) -> Self {
        let root_dir = root.parent().map(Path::to_path_buf).unwrap_or_default();
        Self {
            base: spec_base(&root_dir),
            root_dir,
            root_display: root_display.to_path_buf(),
            files: Vec::new(),
            by_path: HashMap::new(),
            limits,
        }
    }

    /// Load (once) the file at `path`, which may be relative to the current directory and contain
    /// `..`; the cache key is its canonical path, so one file reached by two paths is one file.
    ///
    /// # Errors
    /// Missing files, files outside the base (checked before and after following symlinks),
    /// oversized files, too many files, and YAML syntax errors.
    pub fn load(&mut self, path: &Path) -> Result<FileId, LoadError> {
        let (canonical, lexical) = self.admit(path)?;
        if let Some(id) = self.by_path.get(&canonical) {
            return Ok(*id);
        }
        if self.files.len() >= self.limits.max_files {
            return Err(LoadError::TooMany {
                limit: self.limits.max_files,
            });
        }
        let text = self.read(&canonical, lexical)?;
        let display = self.display_path(&canonical);
        let parsed = yaml::parse(&text).map_err(|source| LoadError::Yaml {
            path: display.clone(),
            source,
        })?;
        let id = self.files.len();
        self.files.push(Arc::new(SourceFile {
            canonical: canonical.clone(),
            display,
            parsed,
        }));
        self.by_path.insert(canonical, id);
        Ok(id)
    }

    /// The text of a file that is not a spec document (an example's `externalValue`), with the
    /// same confinement and size checks.
    ///
    /// # Errors
    /// As [`Loader::load`], YAML errors aside.
    pub fn read_text(&self, path: &Path) -> Result<String, LoadError> {
        let (canonical, lexical) = self.admit(path)?;
        self.read(&canonical, lexical)
    }

    /// Confinement: the path must stay in the base, lexically (so a missing file outside the base
    /// is reported as an escape rather than leaking whether it exists) and after following
    /// symlinks. Returns the canonical and the lexical path.
    fn admit(&self, path: &Path) -> Result<(PathBuf, PathBuf), LoadError> {
        let lexical = normalize(path);
        if !lexical.starts_with(&self.base) {
            return Err(LoadError::Outside {
                path: lexical,
                base: self.base.clone(),
            });
        }
        let canonical = std::fs::canonicalize(path).map_err(|source| LoadError::Missing {
            path: lexical.clone(),
            source,
        })?;
        if !canonical.starts_with(&self.base) {
            return Err(LoadError::Outside {
                path: canonical,
                base: self.base.clone(),
            });
        }
        Ok((canonical, lexical))
    }

    /// Read a regular file of at most the size limit as UTF-8.
    fn read(&self, canonical: &Path, lexical: PathBuf) -> Result<String, LoadError> {
        let meta = std::fs::metadata(canonical).map_err(|source| LoadError::Missing {
            path: lexical.clone(),
            source,
        })?;
        if !meta.is_file() {
            return Err(LoadError::NotAFile { path: lexical });
        }
        if meta.len() > self.limits.max_file_bytes {
            return Err(LoadError::TooLarge {
                path: lexical,
                size: meta.len(),
                limit: self.limits.max_file_bytes,
            });
        }
        let bytes = std::fs::read(canonical).map_err(|source| LoadError::Missing {
            path: lexical.clone(),
            source,
        })?;
        String::from_utf8(bytes).map_err(|_| LoadError::NotText { path: lexical })
    }

    /// `root_display`'s folder joined with the file's path relative to the root's folder.
    fn display_path(&self, canonical: &Path) -> PathBuf {
        if self.files.is_empty() {
            return self.root_display.clone();
        }
        let parent = self.root_display.parent().unwrap_or(Path::new(""));
        parent.join(relative(&self.root_dir, canonical))
    }
}

/// The nearest ancestor of the root's folder holding `redocly.yaml` (the workspace, so
/// `api/catalog` may use `api/common`), else the root's own folder.
fn spec_base(root_dir: &Path) -> PathBuf {
    root_dir
        .ancestors()
        .find(|dir| dir.join("redocly.yaml").is_file())
        .unwrap_or(root_dir)
        .to_path_buf()
}

/// Resolve `.` and `..` without touching the file system.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                // `/..` is `/`, as the OS has it; a relative path keeps its leading `..`.
                if !out.pop() && !out.has_root() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// `target` relative to the folder `from` (both canonical), with `..` where needed.
fn relative(from: &Path, target: &Path) -> PathBuf {
    let from: Vec<_> = from.components().collect();
    let to: Vec<_> = target.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..from.len() {
        out.push("..");
    }
    for part in &to[common..] {
        out.push(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_removes_dots() {
        assert_eq!(
            normalize(Path::new("/a/b/../c/./d.yaml")),
            PathBuf::from("/a/c/d.yaml")
        );
        assert_eq!(
            normalize(Path::new("/a/../../etc/passwd")),
            PathBuf::from("/etc/passwd")
        );
    }

    #[test]
    fn relative_paths_climb_with_dot_dot() {
        assert_eq!(
            relative(
                Path::new("/w/api/catalog"),
                Path::new("/w/api/common/e.yaml")
            ),
            PathBuf::from("../common/e.yaml")
        );
        assert_eq!(
            relative(Path::new("/w/api"), Path::new("/w/api/p/b.yaml")),
            PathBuf::from("p/b.yaml")
        );
    }
}
