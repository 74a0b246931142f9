//! Compiling a buf workspace's modules with protox: pure Rust, so no `protoc` is ever needed.

use std::path::{Path, PathBuf};

use anyhow::{Context, anyhow};
use prost_reflect::DescriptorPool;
use prost_types::FileDescriptorProto;

/// The compiled protos of a set of modules.
#[derive(Debug, Clone)]
pub struct Compiled {
    /// Every file, imports (well-known types) included, with source info (comments, spans).
    pub pool: DescriptorPool,
    /// The modules' own files, sorted by name (`bookstore/catalog/v1/book.proto`).
    pub files: Vec<FileDescriptorProto>,
    /// Where each of `files` lives on disk, same order.
    pub paths: Vec<PathBuf>,
}

/// Every `.proto` below `module`, as names relative to it (`/`-separated), sorted.
pub fn proto_files(module: &Path) -> anyhow::Result<Vec<String>> {
    let mut out = Vec::new();
    let mut pending = vec![module.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries =
            std::fs::read_dir(&dir).with_context(|| format!("listing {}", dir.display()))?;
        for entry in entries {
            let path = entry
                .with_context(|| format!("listing {}", dir.display()))?
                .path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "proto") {
                let relative = path
                    .strip_prefix(module)
                    .with_context(|| format!("{} is outside its module", path.display()))?;
                let name = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                out.push(name);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Compile every `.proto` file of `modules` (absolute folders); each module is an include root,
/// as in a buf workspace, so modules may import each other's files.
pub fn compile(modules: &[PathBuf]) -> anyhow::Result<Compiled> {
    let mut compiler =
        protox::Compiler::new(modules).map_err(|e| anyhow!("setting up protox: {e}"))?;
    compiler.include_source_info(true).include_imports(true);
    let mut names = Vec::new();
    for module in modules {
        for name in proto_files(module)? {
            names.push((name, module.clone()));
        }
    }
    names.sort();
    for (name, module) in &names {
        compiler.open_file(name).map_err(|e| {
            let file = e.file().unwrap_or(name);
            anyhow!("compiling {}: {e}", module.join(file).display())
        })?;
    }
    let pool = compiler.descriptor_pool();
    let mut files = Vec::with_capacity(names.len());
    let mut paths = Vec::with_capacity(names.len());
    for (name, module) in &names {
        let file = pool
            .get_file_by_name(name)
            .ok_or_else(|| anyhow!("protox did not return {name}"))?;
        files.push(file.file_descriptor_proto().clone());
        paths.push(module.join(name));
    }
    Ok(Compiled { pool, files, paths })
}
