//! Breaking changes between two revisions of the workspace's OpenAPI specs (the APIs of
//! `redocly.yaml`, matched by `<name>@<version>`), from the point of view of existing clients.
//! Rule ids are ours (`openapi-*`); each finding names the operation and a JSON pointer.

mod operations;
mod schema;
mod spec;
mod view;

use std::collections::HashSet;
use std::path::Path;

use anyhow::{anyhow, bail};

use crate::breaking::finding::{Finding, Location};
use crate::openapi::bundle::{self, BundleError};
use crate::workspace::{ApiEntry, Workspace};
use schema::Direction;
pub use spec::Spec;

/// Every rule id the OpenAPI comparison reports.
pub const RULES: &[&str] = &[
    "openapi-api-removed",
    "openapi-operation-removed",
    "openapi-response-removed",
    "openapi-response-media-type-removed",
    "openapi-request-media-type-removed",
    "openapi-required-parameter-added",
    "openapi-required-request-body-added",
    "openapi-required-property-added",
    "openapi-max-length-decreased",
    "openapi-min-length-increased",
    "openapi-max-items-decreased",
    "openapi-min-items-increased",
    "openapi-minimum-increased",
    "openapi-maximum-decreased",
    "openapi-pattern-changed",
    "openapi-enum-value-removed",
    "openapi-additional-properties-refused",
    "openapi-request-property-removed",
    "openapi-response-property-removed",
    "openapi-response-property-optional",
    "openapi-property-type-changed",
    "openapi-security-changed",
];

/// The comparison of one API: both sides, and the findings so far.
pub struct Compare<'a> {
    pub old: &'a Spec,
    pub new: &'a Spec,
    pub findings: Vec<Finding>,
    /// Schema pairs already compared: stops recursive schemas, and reports a shared component
    /// once rather than once per operation using it.
    visited: HashSet<(String, String, Direction)>,
}

impl<'a> Compare<'a> {
    fn new(old: &'a Spec, new: &'a Spec) -> Self {
        Self {
            old,
            new,
            findings: Vec::new(),
            visited: HashSet::new(),
        }
    }

    /// `false` when the pair was compared before.
    fn visit(&mut self, old: &str, new: &str, direction: Direction) -> bool {
        self.visited
            .insert((old.to_owned(), new.to_owned(), direction))
    }

    /// A finding at `pointer` of the new bundle.
    fn at_new(&mut self, rule: &str, pointer: &str, message: String) {
        let (file, location) = self.new.locate(pointer);
        self.findings
            .push(Finding::new(file, location, rule, message));
    }

    /// A finding at `pointer` of the old bundle, for what no longer exists in the new one.
    fn at_old(&mut self, rule: &str, pointer: &str, message: String) {
        let (file, location) = self.old.locate(pointer);
        self.findings
            .push(Finding::new(file, location, rule, message));
    }
}

/// Every breaking change from the spec `old` to the spec `new`.
pub fn compare(old: &Spec, new: &Spec) -> Vec<Finding> {
    let mut compare = Compare::new(old, new);
    operations::compare(&mut compare);
    compare.findings
}

/// Bundle the spec `api` of the workspace (or revision) at `dir`.
pub fn load(dir: &Path, api: &ApiEntry) -> anyhow::Result<Spec> {
    let root = dir.join(&api.root);
    match bundle::bundle_file(&root) {
        Ok(bundle) => Ok(Spec {
            bundle,
            base: dir.to_path_buf(),
        }),
        Err(BundleError::Invalid(problems)) => {
            let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
            bail!(
                "{}@{} does not bundle:\n{}",
                api.name,
                api.version,
                listed.join("\n")
            )
        }
        Err(err) => Err(anyhow!(err)),
    }
}

/// The APIs `redocly.yaml` lists in `dir`; none when the file is absent (a revision from before
/// the specs existed).
fn registry(dir: &Path) -> anyhow::Result<Vec<ApiEntry>> {
    if !dir.join("redocly.yaml").is_file() {
        return Ok(Vec::new());
    }
    Workspace {
        root: dir.to_path_buf(),
    }
    .apis()
}

/// Compare every API registered in `old_dir` with the same API in `new_dir`.
pub fn compare_workspaces(old_dir: &Path, new_dir: &Path) -> anyhow::Result<Vec<Finding>> {
    let after = registry(new_dir)?;
    let mut findings = Vec::new();
    for api in registry(old_dir)? {
        let key = format!("{}@{}", api.name, api.version);
        let Some(current) = after
            .iter()
            .find(|a| a.name == api.name && a.version == api.version)
        else {
            findings.push(Finding::new(
                "redocly.yaml",
                Location::Node {
                    line: None,
                    pointer: format!("/apis/{key}"),
                },
                "openapi-api-removed",
                format!(
                    "API `{key}` ({}) was removed from the registry",
                    api.root.display()
                ),
            ));
            continue;
        };
        let old = load(old_dir, &api)?;
        let new = load(new_dir, current)?;
        findings.extend(compare(&old, &new));
    }
    Ok(findings)
}
