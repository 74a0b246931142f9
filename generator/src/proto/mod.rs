//! Protobuf: compile `buf.yaml`'s modules with protox, lint them with buf's rule ids, emit
//! prost/tonic code into the services named in `proto/targets.yaml`, and compare two revisions
//! with buf's breaking-change rules.

pub mod breaking;
pub mod compile;
pub mod config;
pub mod emit;
pub mod lint;
pub mod reflection;

use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::output::GeneratedFile;
use crate::rustfmt;
use crate::workspace::Workspace;

/// Every generated proto file for the workspace.
pub fn generate(workspace: &Workspace) -> anyhow::Result<Vec<GeneratedFile>> {
    let buf = config::read_buf_yaml(&workspace.root)?;
    let modules: Vec<_> = buf.modules.iter().map(|m| workspace.root.join(m)).collect();
    let compiled = compile::compile(&modules)?;
    let targets = config::read_targets(&workspace.root)?;
    // Services are independent: generate them in parallel (prost/tonic codegen is CPU-bound).
    let per_service: Vec<anyhow::Result<Vec<GeneratedFile>>> = std::thread::scope(|scope| {
        let handles: Vec<_> = targets
            .iter()
            .map(|(service, target)| {
                let compiled = &compiled;
                scope.spawn(move || {
                    emit::emit_service(compiled, service, target).with_context(|| {
                        format!("in {} (service `{service}`)", config::TARGETS_FILE)
                    })
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|handle| {
                handle
                    .join()
                    .unwrap_or_else(|_| Err(anyhow::anyhow!("proto generation panicked")))
            })
            .collect()
    });
    let mut files = Vec::new();
    for result in per_service {
        files.extend(result?);
    }
    format(workspace, files)
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
