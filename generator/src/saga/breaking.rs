//! `generator breaking` for the saga contract: what would strand a running saga or break a
//! worker of the previous version. A task or a task's input/output field that disappears, a
//! field whose type changes, a required input field that appears, and the same for the workflow
//! input the starter sends.

use std::path::Path;

use anyhow::bail;
use serde_json::Value;

use super::contract::{Contract, Task, properties, resolve};
use crate::breaking::finding::{Finding, Location};

/// Every rule id the saga comparison reports.
pub const RULES: &[&str] = &[
    "saga-task-removed",
    "saga-field-removed",
    "saga-field-retyped",
    "saga-required-input-added",
];

/// `integer/int64`, `array<string/uuid>`, `object`: what a field's value looks like on the wire.
fn signature(doc: &Value, schema: &Value) -> String {
    let schema = resolve(doc, schema);
    let ty = match schema.get("type") {
        Some(Value::String(t)) => t.clone(),
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null")
            .unwrap_or("null")
            .to_owned(),
        _ => "any".to_owned(),
    };
    match (ty.as_str(), schema.get("format").and_then(Value::as_str)) {
        ("array", _) => format!(
            "array<{}>",
            schema
                .get("items")
                .map(|items| signature(doc, items))
                .unwrap_or_else(|| "any".into())
        ),
        (_, Some(format)) => format!("{ty}/{format}"),
        _ => ty,
    }
}

struct Side<'a> {
    contract: &'a Contract,
    base: &'a Path,
}

impl Side<'_> {
    fn locate(&self, pointer: &str) -> (std::path::PathBuf, Location) {
        let origin = self.contract.bundle.locate(pointer);
        let file = origin
            .file
            .strip_prefix(self.base)
            .map(Path::to_path_buf)
            .unwrap_or(origin.file);
        (
            file,
            Location::Node {
                line: origin.line,
                pointer: origin.pointer,
            },
        )
    }

    fn finding(&self, pointer: &str, rule: &str, message: String) -> Finding {
        let (file, location) = self.locate(pointer);
        Finding::new(file, location, rule, message)
    }

    /// The pointer of a field of schema `name` (for locating it).
    fn field_pointer(&self, schema: &str, field: &str) -> String {
        format!(
            "/components/schemas/{}/properties/{}",
            crate::yaml::escape_token(schema),
            crate::yaml::escape_token(field)
        )
    }
}

/// Compare the fields of one schema, old → new. `input` decides whether a new required field is
/// breaking (senders of the old version do not send it).
fn compare_schema(
    old: &Side<'_>,
    new: &Side<'_>,
    old_schema: &str,
    new_schema: &str,
    what: &str,
    input: bool,
    findings: &mut Vec<Finding>,
) {
    let (Some(before), Some(after)) = (
        old.contract.schema(old_schema),
        new.contract.schema(new_schema),
    ) else {
        return;
    };
    let old_doc = &old.contract.bundle.document;
    let new_doc = &new.contract.bundle.document;
    let before = properties(old_doc, before);
    let after = properties(new_doc, after);
    for (name, schema, _) in &before {
        match after.iter().find(|(n, _, _)| n == name) {
            None => findings.push(old.finding(
                &old.field_pointer(old_schema, name),
                "saga-field-removed",
                format!("{what}: field `{name}` was removed"),
            )),
            Some((_, new_field, _)) => {
                let (from, to) = (signature(old_doc, schema), signature(new_doc, new_field));
                if from != to {
                    findings.push(new.finding(
                        &new.field_pointer(new_schema, name),
                        "saga-field-retyped",
                        format!("{what}: field `{name}` changed from `{from}` to `{to}`"),
                    ));
                }
            }
        }
    }
    if input {
        for (name, _, required) in &after {
            let was_required = before.iter().any(|(n, _, r)| n == name && *r);
            if *required && !was_required {
                findings.push(new.finding(
                    &new.field_pointer(new_schema, name),
                    "saga-required-input-added",
                    format!("{what}: field `{name}` is now required"),
                ));
            }
        }
    }
}

fn find<'c>(contract: &'c Contract, name: &str) -> Option<&'c Task> {
    contract.all_tasks().find(|t| t.name == name)
}

/// Every breaking change from `old` (read from the workspace copy at `old_base`) to `new`.
pub fn compare(old: &Contract, old_base: &Path, new: &Contract, new_base: &Path) -> Vec<Finding> {
    let old = Side {
        contract: old,
        base: old_base,
    };
    let new = Side {
        contract: new,
        base: new_base,
    };
    let mut findings = Vec::new();
    compare_schema(
        &old,
        &new,
        &old.contract.input,
        &new.contract.input,
        &format!("workflow `{}` input", new.contract.workflow.name),
        true,
        &mut findings,
    );
    for task in old.contract.all_tasks() {
        let Some(current) = find(new.contract, &task.name) else {
            findings.push(old.finding(
                &format!("{}/name", task.pointer),
                "saga-task-removed",
                format!("task `{}` was removed", task.name),
            ));
            continue;
        };
        compare_schema(
            &old,
            &new,
            &task.input,
            &current.input,
            &format!("task `{}` input", task.name),
            true,
            &mut findings,
        );
        compare_schema(
            &old,
            &new,
            &task.output,
            &current.output,
            &format!("task `{}` output", task.name),
            false,
            &mut findings,
        );
    }
    findings
}

/// Compare the saga contract of the workspace copy at `old_dir` with the one at `new_dir` (none
/// on either side: nothing to compare).
///
/// # Errors
/// When a side's contract does not bundle or read.
pub fn compare_workspaces(old_dir: &Path, new_dir: &Path) -> anyhow::Result<Vec<Finding>> {
    let mut findings = Vec::new();
    for file in super::contract_files(old_dir)? {
        let old = load(old_dir, &file)?;
        if !new_dir.join(&file).is_file() {
            findings.push(Finding::new(
                &file,
                Location::Node {
                    line: None,
                    pointer: String::new(),
                },
                "saga-task-removed",
                format!(
                    "the saga contract {} was removed, with every task of `{}`",
                    file.display(),
                    old.workflow.name
                ),
            ));
            continue;
        }
        let new = load(new_dir, &file)?;
        findings.extend(compare(&old, old_dir, &new, new_dir));
    }
    Ok(findings)
}

fn load(dir: &Path, file: &Path) -> anyhow::Result<Contract> {
    match super::read(dir, file)? {
        Ok(contract) => Ok(contract),
        Err(problems) => {
            let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
            bail!("{} does not read:\n{}", file.display(), listed.join("\n"))
        }
    }
}
