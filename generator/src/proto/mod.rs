//! Protobuf: compile `buf.yaml`'s modules with protox, lint them with buf's rule ids, and emit
//! prost/tonic code into the services named in `proto/targets.yaml`.

pub mod compile;
pub mod config;
pub mod emit;
pub mod lint;
pub mod reflection;
pub mod rustfmt;

use std::collections::BTreeMap;

use anyhow::Context;

use crate::output::GeneratedFile;
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
    format(files)
}

/// rustfmt every file, each distinct text once (services share most packages' code).
fn format(mut files: Vec<GeneratedFile>) -> anyhow::Result<Vec<GeneratedFile>> {
    let mut distinct: BTreeMap<String, usize> = BTreeMap::new();
    for file in &files {
        let next = distinct.len();
        distinct.entry(file.contents.clone()).or_insert(next);
    }
    let mut sources = vec![String::new(); distinct.len()];
    for (text, index) in &distinct {
        sources[*index] = text.clone();
    }
    let formatted = rustfmt::format_all(&sources)?;
    for file in &mut files {
        file.contents = formatted[distinct[&file.contents]].clone();
    }
    Ok(files)
}
