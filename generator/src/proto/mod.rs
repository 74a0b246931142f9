//! Protobuf: compile `buf.yaml`'s modules with protox, lint them with buf's rule ids, emit
//! prost/tonic code once into the shared `proto` crate and a `pb` module into each service named
//! in `proto/targets.yaml` (with the gRPC port and its tonic adapter for what it serves), and
//! compare two revisions with buf's breaking-change rules.

pub mod breaking;
pub mod compile;
pub mod config;
pub mod emit;
pub mod lint;
pub mod reflection;
pub mod server;

use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::output::GeneratedFile;
use crate::rustfmt;
use crate::workspace::Workspace;

/// Every generated proto file for the workspace: the shared crate's packages, and each
/// service's `pb` module (with its gRPC port and server when it serves something).
pub fn generate(workspace: &Workspace) -> anyhow::Result<Vec<GeneratedFile>> {
    let buf = config::read_buf_yaml(&workspace.root)?;
    let modules: Vec<_> = buf.modules.iter().map(|m| workspace.root.join(m)).collect();
    let compiled = compile::compile(&modules)?;
    let targets = config::read_targets(&workspace.root)?;
    let mut files = emit::emit_shared(&compiled)?;
    for (service, target) in &targets {
        files.extend(
            emit::emit_service(&compiled, service, target)
                .with_context(|| format!("in {} (service `{service}`)", config::TARGETS_FILE))?,
        );
    }
    format(workspace, files)
}

/// The workspace's protos compiled, or `None` for a workspace without `buf.yaml`.
pub fn compile_workspace(workspace: &Workspace) -> anyhow::Result<Option<compile::Compiled>> {
    if !workspace.root.join("buf.yaml").is_file() {
        return Ok(None);
    }
    let buf = config::read_buf_yaml(&workspace.root)?;
    let modules: Vec<_> = buf.modules.iter().map(|m| workspace.root.join(m)).collect();
    compile::compile(&modules).map(Some)
}

/// rustfmt every file, reusing committed files whose fingerprint shows they are already the
/// formatted form of the same source (see [`crate::rustfmt`]): an unchanged proto costs no
/// rustfmt process at all.
fn format(workspace: &Workspace, files: Vec<GeneratedFile>) -> anyhow::Result<Vec<GeneratedFile>> {
    let sources: Vec<(PathBuf, String)> = files.into_iter().map(|f| (f.path, f.contents)).collect();
    let previous = |path: &Path| std::fs::read_to_string(workspace.root.join(path)).ok();
    let identity = rustfmt::formatter_identity(Some(&workspace.root));
    let formatted = rustfmt::format_all(&sources, &identity, &previous)?;
    Ok(formatted
        .into_iter()
        .map(|(path, text)| GeneratedFile::new(path, text))
        .collect())
}
