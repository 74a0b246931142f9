//! `generator breaking --against <rev>`: what in the working tree's protos and OpenAPI specs
//! would break existing clients, compared with a git revision.
//!
//! The revision's contract files are read from git's object store into a temporary folder (no
//! checkout), both sides are compiled (protox) and bundled ([`crate::openapi::bundle`]) the way
//! `generate` does, and compared: protos with buf's FILE rules and ids ([`crate::proto::breaking`]),
//! specs with our `openapi-*` rules ([`crate::openapi::breaking`]). This module holds what both
//! share: the [`Finding`] they report and reading the old revision from git.

pub mod finding;
mod git;

use std::path::Path;

use anyhow::Context;

use crate::openapi::breaking as openapi;
use crate::proto::breaking::{self as proto, ProtoSide, RuleSet};
pub use finding::{Finding, Location};

/// Every breaking change from the workspace copy at `old` to the one at `new`, sorted by file
/// and location. The rules for protos come from `new`'s `buf.yaml` (`breaking.use`/`except`).
///
/// # Errors
/// When either side's protos do not compile, a spec does not bundle, or a registry is invalid.
pub fn compare_dirs(old: &Path, new: &Path) -> anyhow::Result<Vec<Finding>> {
    let rules = RuleSet::read(new)?;
    let before = ProtoSide::load(old).context("compiling the old protos")?;
    let after = ProtoSide::load(new).context("compiling the new protos")?;
    let mut findings = proto::compare(&before, &after, &rules);
    findings.extend(openapi::compare_workspaces(old, new)?);
    findings.extend(crate::saga::breaking::compare_workspaces(old, new)?);
    findings.sort();
    findings.dedup();
    Ok(findings)
}

/// Every breaking change in the working tree at `root` since the git revision `rev`.
///
/// # Errors
/// When `root` is not in a git repository, `rev` names no commit, or [`compare_dirs`] fails.
pub fn against(root: &Path, rev: &str) -> anyhow::Result<Vec<Finding>> {
    let commit = git::resolve_commit(root, rev)?;
    let old = tempfile::Builder::new()
        .prefix("generator-breaking-")
        .tempdir()
        .context("creating a temporary folder for the old revision")?;
    git::materialise(root, &commit, old.path())?;
    compare_dirs(old.path(), root).with_context(|| format!("comparing with {rev} ({commit:.12})"))
}
