//! Writing generated files, or checking them against what is committed.

use std::fs;
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, bail};

/// A file the generator emits, with a path relative to the output root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: PathBuf,
    pub contents: String,
}

impl GeneratedFile {
    pub fn new(path: impl Into<PathBuf>, contents: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            contents: contents.into(),
        }
    }
}

/// Refuse anything that could escape `root`: absolute paths and `..` components.
fn contained(root: &Path, relative: &Path) -> anyhow::Result<PathBuf> {
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        bail!(
            "refusing to write {}: generated paths must stay inside {}",
            relative.display(),
            root.display()
        );
    }
    Ok(root.join(relative))
}

/// Write every file under `root`, touching only those whose contents changed (keeps mtimes, and
/// therefore cargo's incremental builds, stable). Returns how many files were rewritten.
pub fn write_all(root: &Path, files: &[GeneratedFile]) -> anyhow::Result<usize> {
    let mut written = 0;
    for file in files {
        let target = contained(root, &file.path)?;
        if fs::read_to_string(&target).ok().as_deref() == Some(file.contents.as_str()) {
            continue;
        }
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
        }
        fs::write(&target, &file.contents)
            .with_context(|| format!("writing {}", target.display()))?;
        written += 1;
    }
    Ok(written)
}

/// Why a committed file does not match the generator's output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drift {
    Missing(PathBuf),
    Differs { path: PathBuf, first_line: usize },
}

/// Compare what would be written with what is on disk.
pub fn drift(root: &Path, files: &[GeneratedFile]) -> anyhow::Result<Vec<Drift>> {
    let mut out = Vec::new();
    for file in files {
        let target = contained(root, &file.path)?;
        match fs::read_to_string(&target) {
            Err(_) => out.push(Drift::Missing(file.path.clone())),
            Ok(existing) if existing != file.contents => {
                let first_line = existing
                    .lines()
                    .zip(file.contents.lines())
                    .position(|(a, b)| a != b)
                    .unwrap_or_else(|| existing.lines().count().min(file.contents.lines().count()))
                    + 1;
                out.push(Drift::Differs {
                    path: file.path.clone(),
                    first_line,
                });
            }
            Ok(_) => {}
        }
    }
    Ok(out)
}
