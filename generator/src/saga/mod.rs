//! The saga contract (`api/saga/*.yaml`): read with the specs' line-aware loader and bundler (so
//! its schemas may `$ref` into `api/common/` and the services' specs, and every problem names a
//! file and line), checked ([`check`]), and emitted as Conductor definitions
//! ([`conductor`], under `deploy/conductor/`) and as each participant service's saga port
//! ([`rust`], under `services/<owner>/src/application/port/saga/`).
//!
//! The contract's layout is documented in `api/saga/README.md`. One contract per workspace: the
//! services' saga port and `deploy/conductor/README.md` have one place each.

pub mod breaking;
pub mod check;
pub mod conductor;
pub mod contract;
pub mod rust;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::diagnostics::{Diagnostic, Severity};
use crate::openapi::bundle::{self, BundleError};
use crate::output::GeneratedFile;
use crate::proto::config::read_targets;
use crate::workspace::Workspace;
pub use contract::Contract;

/// Where saga contracts live, relative to the workspace root.
pub const CONTRACT_DIR: &str = "api/saga";

/// The contract files (`*.yaml`) under [`CONTRACT_DIR`], workspace-relative and sorted.
///
/// # Errors
/// When the folder exists but cannot be listed.
pub fn contract_files(root: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let dir = root.join(CONTRACT_DIR);
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&dir).with_context(|| format!("listing {}", dir.display()))? {
        let entry = entry.with_context(|| format!("listing {}", dir.display()))?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.ends_with(".yaml") || name.ends_with(".yml") {
            files.push(Path::new(CONTRACT_DIR).join(&*name));
        }
    }
    files.sort();
    Ok(files)
}

/// The services a task may be owned by: those of `redocly.yaml` and `proto/targets.yaml`.
///
/// # Errors
/// When a registry cannot be read.
pub fn services(root: &Path) -> anyhow::Result<BTreeSet<String>> {
    let ws = Workspace {
        root: root.to_path_buf(),
    };
    let mut names: BTreeSet<String> = ws.apis()?.into_iter().map(|api| api.name).collect();
    if root.join("proto/targets.yaml").is_file() {
        names.extend(read_targets(root)?.into_keys());
    }
    Ok(names)
}

/// Bundle and read the contract at `relative` (to `root`), without the semantic checks.
///
/// # Errors
/// `Ok(Err(..))` with the diagnostics of a contract that does not bundle or read; `Err` when the
/// file cannot be read at all.
pub fn read(root: &Path, relative: &Path) -> anyhow::Result<Result<Contract, Vec<Diagnostic>>> {
    let file = root.join(relative);
    let bundle = match bundle::bundle_file(&file) {
        Ok(bundle) => bundle,
        Err(BundleError::Invalid(diagnostics)) => return Ok(Err(diagnostics)),
        Err(err) => return Err(err).with_context(|| format!("reading {}", file.display())),
    };
    Ok(contract::read(bundle, relative.display().to_string()))
}

/// Read and check the contract at `relative`.
///
/// # Errors
/// As [`read`]; the check's findings come back as `Ok(Err(..))`.
pub fn load(root: &Path, relative: &Path) -> anyhow::Result<Result<Contract, Vec<Diagnostic>>> {
    let contract = match read(root, relative)? {
        Ok(contract) => contract,
        Err(problems) => return Ok(Err(problems)),
    };
    let problems = check::check(&contract, &services(root)?);
    if problems.is_empty() {
        Ok(Ok(contract))
    } else {
        Ok(Err(problems))
    }
}

/// Everything the saga contract emits, or the problems that stop it.
///
/// # Errors
/// When a contract or registry cannot be read, or rustfmt fails.
pub fn generate(ws: &Workspace) -> anyhow::Result<Result<Vec<GeneratedFile>, Vec<Diagnostic>>> {
    let files = contract_files(&ws.root)?;
    if files.len() > 1 {
        return Ok(Err(vec![Diagnostic {
            severity: Severity::Error,
            rule: "saga-one-contract".into(),
            file: files[1].clone(),
            line: None,
            pointer: String::new(),
            message: format!(
                "{} saga contracts under {CONTRACT_DIR}; the generator supports one",
                files.len()
            ),
            hint: Some("add the workflow's tasks to the existing contract".into()),
        }]));
    }
    let mut out = Vec::new();
    for file in files {
        let contract = match load(&ws.root, &file)? {
            Ok(contract) => contract,
            Err(problems) => return Ok(Err(problems)),
        };
        out.extend(conductor::emit(&contract));
        out.extend(
            rust::emit(&contract, &ws.root)
                .with_context(|| format!("generating the saga ports of {}", file.display()))?,
        );
    }
    Ok(Ok(out))
}
