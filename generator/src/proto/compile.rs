//! Compiling a buf workspace's modules with protox: pure Rust, so no `protoc` is ever needed.

use std::path::{Path, PathBuf};

use anyhow::{Context, anyhow};
use miette::Diagnostic as _;
use prost_reflect::DescriptorPool;
use prost_types::FileDescriptorProto;

use crate::diagnostics::{Diagnostic, Severity};

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

/// Why the protos did not compile: where, and protox's explanation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    pub file: PathBuf,
    /// 1-based line, when protox points at one.
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for CompileError {}

impl CompileError {
    /// As a finding with buf's id for files that do not compile.
    pub fn to_diagnostic(&self) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            rule: "COMPILE".to_owned(),
            file: self.file.clone(),
            line: self.line,
            pointer: String::new(),
            message: self.message.clone(),
            hint: None,
        }
    }

    /// Locate protox's error: the file it names (found in one of the modules) and the line of
    /// its first labelled span.
    fn new(error: &protox::Error, opened: &str, modules: &[PathBuf]) -> Self {
        let name = error.file().unwrap_or(opened);
        let file = modules
            .iter()
            .map(|m| m.join(name))
            .find(|p| p.is_file())
            .unwrap_or_else(|| PathBuf::from(name));
        let offset = error
            .labels()
            .and_then(|mut labels| labels.next())
            .map(|label| label.offset());
        let line = offset.and_then(|offset| {
            let text = std::fs::read_to_string(&file).ok()?;
            let before = text.get(..offset)?;
            Some(before.matches('\n').count() + 1)
        });
        Self {
            file,
            line,
            message: error.to_string(),
        }
    }
}

/// Compile every `.proto` file of `modules` (absolute folders); each module is an include root,
/// as in a buf workspace, so modules may import each other's files.
///
/// # Errors
/// A [`CompileError`] (inside the `anyhow::Error`) when a file does not parse or resolve.
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
    for (name, _) in &names {
        compiler
            .open_file(name)
            .map_err(|e| CompileError::new(&e, name, modules))?;
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
