//! The verbs of the `generator` binary. Each returns the process exit code.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;

use crate::deploy;
use crate::diagnostics::{Diagnostic, has_errors};
use crate::openapi::bundle::{self, Bundle, BundleError};
use crate::openapi::codegen::{self, Layout, Target};
use crate::openapi::lint;
use crate::output::{self, Drift, GeneratedFile};
use crate::proto;
use crate::workspace::{Emit, Workspace};

/// Bundle a spec, turning bundling problems into printed diagnostics.
fn load(root_file: &Path) -> anyhow::Result<Result<Bundle, Vec<Diagnostic>>> {
    match bundle::bundle_file(root_file) {
        Ok(bundle) => Ok(Ok(bundle)),
        Err(BundleError::Invalid(diagnostics)) => Ok(Err(diagnostics)),
        Err(err) => Err(err.into()),
    }
}

fn print(diagnostics: &[Diagnostic]) {
    for d in diagnostics {
        eprintln!("{d}");
    }
}

/// Everything the workspace generates, or the diagnostics that stop generation.
fn generate_all(ws: &Workspace) -> anyhow::Result<Result<Vec<GeneratedFile>, Vec<Diagnostic>>> {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let mut served = Vec::new();
    let protos = proto::compile_workspace(ws)?;
    for api in ws.apis()? {
        let bundle = match load(&ws.root.join(&api.root))? {
            Ok(bundle) => bundle,
            Err(diagnostics) => {
                problems.extend(diagnostics);
                continue;
            }
        };
        let findings = lint::lint(&bundle);
        if has_errors(&findings) {
            problems.extend(findings);
            continue;
        }
        let target = Target {
            api_name: api.name.clone(),
            spec_display: api.root.display().to_string(),
            crate_dir: api.service_dir(),
            layout: match &api.emit {
                Emit::Server => Layout::Service,
                Emit::Client { into } => Layout::Client { dir: into.clone() },
            },
        };
        let emitted =
            codegen::emit(&bundle, &target).with_context(|| format!("generating {}", api.name))?;
        for warning in &emitted.warnings {
            eprintln!("{}: {warning}", api.root.display());
        }
        files.extend(emitted.files);
        files.extend(
            codegen::emit_bridge(&bundle, &target, protos.as_ref().map(|c| &c.pool))
                .with_context(|| format!("bridging {} to its protos", api.name))?,
        );
        files.extend(
            codegen::emit_mapping(&bundle, &target, protos.as_ref().map(|c| &c.pool))
                .with_context(|| format!("mapping {} to its domain", api.name))?,
        );
        if api.emit == Emit::Server {
            served.push((api, bundle.document));
        }
    }
    files.extend(proto::generate(ws)?);
    // A workspace without gRPC (a fixture, a fresh project) has no targets file: no callers.
    let targets = if ws.root.join("proto/targets.yaml").is_file() {
        proto::config::read_targets(&ws.root)?
    } else {
        Default::default()
    };
    let served: Vec<_> = served
        .iter()
        .map(|(api, document)| deploy::Served {
            name: &api.name,
            root: api.root.clone(),
            document,
        })
        .collect();
    match deploy::generate(&served, &targets) {
        Ok(deployment) => files.extend(deployment),
        Err(diagnostics) => problems.extend(diagnostics),
    }
    match crate::saga::generate(ws)? {
        Ok(saga) => files.extend(saga),
        Err(diagnostics) => problems.extend(diagnostics),
    }
    if problems.is_empty() {
        Ok(Ok(files))
    } else {
        Ok(Err(problems))
    }
}

pub fn generate(ws: &Workspace) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let files = match generate_all(ws)? {
        Ok(files) => files,
        Err(problems) => {
            print(&problems);
            return Ok(ExitCode::FAILURE);
        }
    };
    let written = output::write_all(&ws.root, &files)?;
    eprintln!(
        "generated {} files ({written} changed) in {:.0?}",
        files.len(),
        started.elapsed()
    );
    Ok(ExitCode::SUCCESS)
}

pub fn check(ws: &Workspace) -> anyhow::Result<ExitCode> {
    let files = match generate_all(ws)? {
        Ok(files) => files,
        Err(problems) => {
            print(&problems);
            return Ok(ExitCode::FAILURE);
        }
    };
    let drift = output::drift(&ws.root, &files)?;
    if drift.is_empty() {
        eprintln!("{} generated files are up to date", files.len());
        return Ok(ExitCode::SUCCESS);
    }
    for d in &drift {
        match d {
            Drift::Missing(path) => eprintln!("missing: {}", path.display()),
            Drift::Differs { path, first_line } => {
                eprintln!(
                    "stale or hand-edited: {} (first difference at line {first_line})",
                    path.display()
                )
            }
        }
    }
    eprintln!(
        "{} generated file(s) differ; run `cargo run -p generator` and commit the result",
        drift.len()
    );
    Ok(ExitCode::FAILURE)
}

pub fn bundle(root_file: &Path, output: Option<&Path>) -> anyhow::Result<ExitCode> {
    let bundle = match load(root_file)? {
        Ok(bundle) => bundle,
        Err(problems) => {
            print(&problems);
            return Ok(ExitCode::FAILURE);
        }
    };
    let text = serde_json::to_string_pretty(&bundle.document)? + "\n";
    match output {
        Some(path) => {
            std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))?
        }
        None => print!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}

pub fn lint_workspace(ws: &Workspace) -> anyhow::Result<ExitCode> {
    let files: Vec<_> = ws
        .apis()?
        .into_iter()
        .map(|api| ws.root.join(api.root))
        .collect();
    let openapi = lint_files(&files)?;
    let mut findings = proto::lint::lint_dir(&ws.root)?;
    for contract in crate::saga::contract_files(&ws.root)? {
        match crate::saga::load(&ws.root, &contract)? {
            Ok(_) => eprintln!("{}: no problems", contract.display()),
            Err(problems) => findings.extend(problems),
        }
    }
    print(&findings);
    if findings.is_empty() {
        eprintln!("{}: no problems", ws.root.join("buf.yaml").display());
    }
    Ok(if has_errors(&findings) {
        ExitCode::FAILURE
    } else {
        openapi
    })
}

pub fn lint_files(files: &[impl AsRef<Path>]) -> anyhow::Result<ExitCode> {
    let mut failed = false;
    for file in files {
        let findings = match load(file.as_ref())? {
            Ok(bundle) => lint::lint(&bundle),
            Err(problems) => problems,
        };
        print(&findings);
        failed |= has_errors(&findings);
        if findings.is_empty() {
            eprintln!("{}: no problems", file.as_ref().display());
        }
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

pub fn standalone_crate(spec: &Path, out: &Path, name: Option<&str>) -> anyhow::Result<ExitCode> {
    let bundle = match load(spec)? {
        Ok(bundle) => bundle,
        Err(problems) => {
            print(&problems);
            return Ok(ExitCode::FAILURE);
        }
    };
    let crate_name = match name {
        Some(name) => name.to_owned(),
        None => codegen::crate_name_for(&bundle.document),
    };
    let target = Target {
        api_name: crate_name.clone(),
        spec_display: spec.display().to_string(),
        crate_dir: Default::default(),
        layout: Layout::Standalone { crate_name },
    };
    let emitted = codegen::emit(&bundle, &target)?;
    for warning in &emitted.warnings {
        eprintln!("{}: {warning}", spec.display());
    }
    let written = output::write_all(out, &emitted.files)?;
    eprintln!("wrote {written} files to {}", out.display());
    Ok(ExitCode::SUCCESS)
}

pub fn breaking(ws: &Workspace, against: &str) -> anyhow::Result<ExitCode> {
    let findings = crate::breaking::against(&ws.root, against)?;
    if findings.is_empty() {
        println!("no breaking changes against {against}");
        return Ok(ExitCode::SUCCESS);
    }
    for finding in &findings {
        println!("{finding}");
    }
    eprintln!("{} breaking change(s) against {against}", findings.len());
    Ok(ExitCode::FAILURE)
}
