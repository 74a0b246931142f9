//! Proto lint with buf's rule ids, so `generator lint` and `buf lint` speak the same language.
//!
//! Implements every rule of buf's STANDARD set (and so MINIMAL and BASIC) except PROTOVALIDATE,
//! which only matters for protovalidate annotations (this workspace has none). `buf.yaml`'s
//! `lint.use` (rule ids and the MINIMAL/BASIC/STANDARD/DEFAULT categories) and `lint.except` are
//! honoured, and so are `// buf:lint:ignore <RULE_ID>` comments on the offending element or on
//! the message, enum or service around it.

mod case;
mod imports;
mod rules;
mod source;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::compile::{self, Compiled};
use super::config::{self, LintConfig};
use crate::diagnostics::{Diagnostic, Severity};

const MINIMAL: &[&str] = &[
    "DIRECTORY_SAME_PACKAGE",
    "PACKAGE_DEFINED",
    "PACKAGE_DIRECTORY_MATCH",
    "PACKAGE_NO_IMPORT_CYCLE",
    "PACKAGE_SAME_DIRECTORY",
];

const BASIC_EXTRA: &[&str] = &[
    "ENUM_FIRST_VALUE_ZERO",
    "ENUM_NO_ALLOW_ALIAS",
    "ENUM_PASCAL_CASE",
    "ENUM_VALUE_UPPER_SNAKE_CASE",
    "FIELD_LOWER_SNAKE_CASE",
    "FIELD_NOT_REQUIRED",
    "IMPORT_NO_PUBLIC",
    "IMPORT_USED",
    "MESSAGE_PASCAL_CASE",
    "ONEOF_LOWER_SNAKE_CASE",
    "PACKAGE_LOWER_SNAKE_CASE",
    "PACKAGE_SAME_CSHARP_NAMESPACE",
    "PACKAGE_SAME_GO_PACKAGE",
    "PACKAGE_SAME_JAVA_MULTIPLE_FILES",
    "PACKAGE_SAME_JAVA_PACKAGE",
    "PACKAGE_SAME_PHP_NAMESPACE",
    "PACKAGE_SAME_RUBY_PACKAGE",
    "PACKAGE_SAME_SWIFT_PREFIX",
    "RPC_PASCAL_CASE",
    "SERVICE_PASCAL_CASE",
    "SYNTAX_SPECIFIED",
];

const STANDARD_EXTRA: &[&str] = &[
    "ENUM_VALUE_PREFIX",
    "ENUM_ZERO_VALUE_SUFFIX",
    "FILE_LOWER_SNAKE_CASE",
    "PACKAGE_VERSION_SUFFIX",
    "RPC_REQUEST_RESPONSE_UNIQUE",
    "RPC_REQUEST_STANDARD_NAME",
    "RPC_RESPONSE_STANDARD_NAME",
    "SERVICE_SUFFIX",
];

/// Every rule id this linter implements.
pub fn implemented_rules() -> BTreeSet<&'static str> {
    MINIMAL
        .iter()
        .chain(BASIC_EXTRA)
        .chain(STANDARD_EXTRA)
        .copied()
        .collect()
}

/// The rule ids `config` turns on (unknown ids and PROTOVALIDATE simply never fire).
pub fn enabled_rules(config: &LintConfig) -> BTreeSet<String> {
    let mut enabled = BTreeSet::new();
    for entry in &config.use_rules {
        let rules: Vec<&str> = match entry.as_str() {
            "MINIMAL" => MINIMAL.to_vec(),
            "BASIC" => MINIMAL.iter().chain(BASIC_EXTRA).copied().collect(),
            "STANDARD" | "DEFAULT" => implemented_rules().into_iter().collect(),
            id => vec![id],
        };
        enabled.extend(rules.into_iter().map(str::to_owned));
    }
    for id in &config.except {
        enabled.remove(id);
    }
    enabled
}

/// Lint compiled modules.
pub fn lint(compiled: &Compiled, config: &LintConfig) -> Vec<Diagnostic> {
    let files = &compiled.files;
    let sources: Vec<source::Source> = files.iter().map(source::Source::new).collect();
    let packages: BTreeMap<String, String> = compiled
        .pool
        .files()
        .map(|f| (f.name().to_owned(), f.package_name().to_owned()))
        .collect();
    let names: Vec<&str> = files.iter().map(|f| f.name()).collect();

    let mut findings = Vec::new();
    rules::per_file(files, &sources, &mut findings);
    rules::request_response_unique(files, &mut findings);
    rules::package_layout(files, &mut findings);
    rules::package_same_options(files, &mut findings);
    rules::package_import_cycles(files, &packages, &mut findings);
    imports::check(&compiled.pool, &names, &mut findings);

    let enabled = enabled_rules(config);
    let mut out: Vec<Diagnostic> = findings
        .into_iter()
        .filter(|f| enabled.contains(f.rule))
        .filter(|f| {
            let source = &sources[f.file];
            !std::iter::once(&f.path)
                .chain(&f.ignore_at)
                .any(|path| source.ignores(path, f.rule))
        })
        .map(|f| Diagnostic {
            severity: Severity::Error,
            rule: f.rule.to_owned(),
            file: compiled.paths[f.file].clone(),
            line: sources[f.file].line(&f.path),
            pointer: f.symbol,
            message: f.message,
            hint: None,
        })
        .collect();
    out.sort_by(|a, b| {
        (&a.file, a.line, &a.rule, &a.pointer).cmp(&(&b.file, b.line, &b.rule, &b.pointer))
    });
    out.dedup();
    out
}

/// Lint the buf workspace whose `buf.yaml` is in `dir`, as `buf lint <dir>` would; files that do
/// not compile are reported as buf does, under the id `COMPILE`.
pub fn lint_dir(dir: &Path) -> anyhow::Result<Vec<Diagnostic>> {
    let buf = config::read_buf_yaml(dir)?;
    let modules: Vec<_> = buf.modules.iter().map(|m| dir.join(m)).collect();
    match compile::compile(&modules) {
        Ok(compiled) => Ok(lint(&compiled, &buf.lint)),
        Err(err) => match err.downcast_ref::<compile::CompileError>() {
            Some(compile_error) => Ok(vec![compile_error.to_diagnostic()]),
            None => Err(err),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(use_rules: &[&str], except: &[&str]) -> LintConfig {
        LintConfig {
            use_rules: use_rules.iter().map(|s| (*s).to_owned()).collect(),
            except: except.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    #[test]
    fn standard_is_every_implemented_rule_minus_the_exceptions() {
        let enabled = enabled_rules(&config(&["STANDARD"], &["SERVICE_SUFFIX"]));
        assert_eq!(enabled.len(), implemented_rules().len() - 1);
        assert!(!enabled.contains("SERVICE_SUFFIX"));
        assert!(enabled.contains("ENUM_ZERO_VALUE_SUFFIX"));
    }

    #[test]
    fn categories_nest_and_single_ids_can_be_added() {
        let minimal = enabled_rules(&config(&["MINIMAL"], &[]));
        let basic = enabled_rules(&config(&["BASIC"], &[]));
        assert!(minimal.is_subset(&basic));
        assert!(!basic.contains("ENUM_VALUE_PREFIX"));
        let mixed = enabled_rules(&config(&["MINIMAL", "ENUM_VALUE_PREFIX"], &[]));
        assert_eq!(mixed.len(), minimal.len() + 1);
    }
}
