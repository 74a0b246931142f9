//! Breaking changes between two compilations of a buf workspace, with buf's rule ids and
//! messages. Files are matched by their import path (`bookstore/catalog/v1/book.proto`) and the
//! elements of a file by their name inside its package, as `buf breaking` does for FILE.

mod enums;
mod fields;
mod files;
mod messages;
mod report;
pub mod rules;
mod services;

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, anyhow};

use crate::breaking::finding::{Finding, Location};
use crate::proto::{compile, config};
pub use report::ProtoFile;
use report::Report;
pub use rules::RuleSet;

/// The compiled protos of one side of the comparison, by import path.
#[derive(Debug, Clone, Default)]
pub struct ProtoSide {
    pub files: BTreeMap<String, ProtoFile>,
}

impl ProtoSide {
    /// Compile the modules `<dir>/buf.yaml` lists; no files when there is no `buf.yaml` (a
    /// revision from before the protos existed). Modules missing from `dir` are skipped: git does
    /// not record empty folders.
    pub fn load(dir: &Path) -> anyhow::Result<Self> {
        if !dir.join("buf.yaml").is_file() {
            return Ok(Self::default());
        }
        let buf = config::read_buf_yaml(dir)?;
        let modules: Vec<_> = buf
            .modules
            .iter()
            .map(|m| dir.join(m))
            .filter(|m| m.is_dir())
            .collect();
        if modules.is_empty() {
            return Ok(Self::default());
        }
        let compiled = compile::compile(&modules)?;
        let mut files = BTreeMap::new();
        for (proto, path) in compiled.files.iter().zip(&compiled.paths) {
            let name = proto.name().to_owned();
            let descriptor = compiled
                .pool
                .get_file_by_name(&name)
                .ok_or_else(|| anyhow!("the compiled pool lacks {name}"))?;
            let display = path
                .strip_prefix(dir)
                .with_context(|| format!("{} is outside {}", path.display(), dir.display()))?
                .to_path_buf();
            files.insert(
                name,
                ProtoFile {
                    descriptor,
                    display,
                },
            );
        }
        Ok(Self { files })
    }
}

/// Every breaking change from `old` to `new` under the enabled `rules`.
pub fn compare(old: &ProtoSide, new: &ProtoSide, rules: &RuleSet) -> Vec<Finding> {
    let mut report = Report::new(rules);
    for (name, old_file) in &old.files {
        match new.files.get(name) {
            Some(new_file) => files::compare(&mut report, old_file, new_file),
            None if report.enabled("FILE_NO_DELETE") => report.findings.push(Finding::new(
                &old_file.display,
                Location::Span { line: 1, column: 1 },
                "FILE_NO_DELETE",
                format!("Previously present file \"{name}\" was deleted."),
            )),
            None => {}
        }
    }
    report.findings
}
