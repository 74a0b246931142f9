//! The contract's checks: what would otherwise be a stuck saga at run time is a generator error
//! at the contract's file and line.
//!
//! - every mapping names a field that exists in its source schema (the workflow input, an
//!   earlier task's output, or, for a compensation, the failure workflow's input), with a type
//!   the target field accepts, and present whenever the target requires it;
//! - every required input field of a task is mapped, and every mapped field exists;
//! - every task's owner is a service of `redocly.yaml` or `proto/targets.yaml`;
//! - every compensable task names a compensation, and every compensation is used;
//! - names are unique, timeouts are short and consistent, schemas exist and are objects.

use std::collections::{BTreeSet, HashSet};

use regex::Regex;
use serde_json::{Value, json};

use super::contract::{Compensation, Contract, Mapping, Task, properties, resolve};
use crate::diagnostics::Diagnostic;

/// Fields Conductor adds to a failure workflow's input, beside the failed workflow's input.
pub const FAILURE_FIELDS: [(&str, bool); 4] = [
    ("workflowId", true),
    ("reason", true),
    ("failureStatus", true),
    ("failureTaskId", false),
];

/// The field carrying the W3C trace context from the starter into every task.
pub const TRACEPARENT: &str = "traceparent";

/// A parsed mapping expression: `${<root>.<input|output>.<path>}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expression {
    /// `workflow`, or a task reference name (`place_order_ref`).
    pub root: String,
    pub path: Vec<String>,
}

pub fn parse_expression(text: &str) -> Option<Expression> {
    static SHAPE: std::sync::OnceLock<Option<Regex>> = std::sync::OnceLock::new();
    let shape = SHAPE
        .get_or_init(|| {
            Regex::new(r"^\$\{([a-z][a-z0-9_]*)\.(input|output)((?:\.[A-Za-z_][A-Za-z0-9_]*)*)\}$")
                .ok()
        })
        .as_ref()?;
    let captures = shape.captures(text)?;
    let root = captures.get(1)?.as_str();
    let side = captures.get(2)?.as_str();
    // `workflow.input` and `<ref>.output` are the two sources a saga step may read.
    if (root == "workflow") != (side == "input") {
        return None;
    }
    let path = captures
        .get(3)?
        .as_str()
        .split('.')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    Some(Expression {
        root: root.to_owned(),
        path,
    })
}

struct Checker<'c> {
    contract: &'c Contract,
    problems: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn error(&mut self, rule: &str, pointer: &str, message: String, hint: &str) {
        self.problems
            .push(self.contract.error(rule, pointer, message, hint));
    }
}

/// What a mapping reads from: a schema (as a value of the bundled document or synthetic) and a
/// description for messages.
struct Source {
    schema: Value,
    what: String,
}

/// Every problem in `contract`; `owners` are the services that exist.
pub fn check(contract: &Contract, owners: &BTreeSet<String>) -> Vec<Diagnostic> {
    let mut checker = Checker {
        contract,
        problems: Vec::new(),
    };
    names(&mut checker);
    if !owners.contains(&contract.starter) {
        checker.error(
            "saga-owner-unknown",
            "/workflow/starter",
            format!(
                "starter `{}` is not a service of redocly.yaml or proto/targets.yaml",
                contract.starter
            ),
            "name one of the registered services",
        );
    }
    object_schema(&mut checker, &contract.input, "/workflow/input");
    let workflow_input = json!({"$ref": format!("#/components/schemas/{}", contract.input)});
    let mut done: Vec<&Task> = Vec::new();
    for task in &contract.tasks {
        check_task(&mut checker, task, owners);
        let sources = |root: &str| -> Option<Source> {
            if root == "workflow" {
                return Some(Source {
                    schema: workflow_input.clone(),
                    what: format!("the workflow input ({})", contract.input),
                });
            }
            done.iter()
                .find(|t| t.reference_name() == root)
                .map(|t| Source {
                    schema: json!({"$ref": format!("#/components/schemas/{}", t.output)}),
                    what: format!("the output of `{}` ({})", t.name, t.output),
                })
        };
        check_mappings(&mut checker, task, &sources, "an earlier task");
        done.push(task);
    }
    // The workflow output may read any forward task.
    for mapping in &contract.output {
        let sources = |root: &str| -> Option<Source> {
            if root == "workflow" {
                return Some(Source {
                    schema: workflow_input.clone(),
                    what: format!("the workflow input ({})", contract.input),
                });
            }
            contract
                .tasks
                .iter()
                .find(|t| t.reference_name() == root)
                .map(|t| Source {
                    schema: json!({"$ref": format!("#/components/schemas/{}", t.output)}),
                    what: format!("the output of `{}` ({})", t.name, t.output),
                })
        };
        source_schema(&mut checker, mapping, &sources, "a task of the workflow");
    }
    let failure_input = failure_input_schema(contract);
    let run_order = crate::saga::conductor::compensation_order(contract);
    for compensation in &contract.compensations {
        check_task(&mut checker, compensation, owners);
        // A compensation may also read the output of one that runs before it in the failure
        // workflow (every compensation runs there, and one that fails stops the rest).
        let before: Vec<&Task> = run_order
            .iter()
            .take_while(|c| c.name != compensation.name)
            .copied()
            .collect();
        let sources = |root: &str| -> Option<Source> {
            if root == "workflow" {
                return Some(Source {
                    schema: failure_input.clone(),
                    what: format!(
                        "the failure workflow's input ({} and Conductor's {})",
                        contract.input,
                        FAILURE_FIELDS.map(|(f, _)| f).join(", ")
                    ),
                });
            }
            before
                .iter()
                .find(|t| t.reference_name() == root)
                .map(|t| Source {
                    schema: json!({"$ref": format!("#/components/schemas/{}", t.output)}),
                    what: format!(
                        "the output of `{}` ({}), which runs earlier in the failure workflow",
                        t.name, t.output
                    ),
                })
        };
        check_mappings(
            &mut checker,
            compensation,
            &sources,
            "`workflow` or a compensation that runs earlier in the failure workflow",
        );
    }
    compensations(&mut checker);
    checker.problems
}

/// The failure workflow's input: the failed workflow's input fields and Conductor's own.
pub fn failure_input_schema(contract: &Contract) -> Value {
    let doc = &contract.bundle.document;
    let mut props = serde_json::Map::new();
    let mut required = Vec::new();
    if let Some(schema) = contract.schema(&contract.input) {
        for (name, value, is_required) in properties(doc, schema) {
            props.insert(name.to_owned(), value.clone());
            if is_required {
                required.push(Value::from(name));
            }
        }
    }
    for (name, is_required) in FAILURE_FIELDS {
        props.insert(name.to_owned(), json!({"type": "string"}));
        if is_required {
            required.push(Value::from(name));
        }
    }
    json!({"type": "object", "required": required, "properties": props})
}

fn names(checker: &mut Checker<'_>) {
    let contract = checker.contract;
    let mut seen = HashSet::new();
    for task in contract.all_tasks() {
        let valid = task
            .name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
            && task
                .name
                .bytes()
                .next()
                .is_some_and(|b| b.is_ascii_lowercase());
        if !valid {
            checker.error(
                "saga-task-name",
                &format!("{}/name", task.pointer),
                format!("task name `{}` must be snake_case", task.name),
                "",
            );
        }
        if !seen.insert(task.name.as_str()) {
            checker.error(
                "saga-task-duplicate",
                &format!("{}/name", task.pointer),
                format!("task `{}` is declared twice", task.name),
                "",
            );
        }
    }
    if contract.workflow.name == contract.failure_workflow.name {
        checker.error(
            "saga-structure",
            "/workflow/failureWorkflow/name",
            "the failure workflow needs a name of its own".into(),
            "",
        );
    }
}

fn object_schema(checker: &mut Checker<'_>, name: &str, pointer: &str) {
    let doc = &checker.contract.bundle.document;
    match checker.contract.schema(name) {
        None => checker.error(
            "saga-schema-unknown",
            pointer,
            format!("no schema `{name}` under components/schemas"),
            "declare it under components/schemas, or $ref it from there",
        ),
        Some(schema) => {
            let schema = resolve(doc, schema);
            if schema.get("type").and_then(Value::as_str) != Some("object") {
                checker.error(
                    "saga-schema-not-object",
                    pointer,
                    format!("schema `{name}` must be an object (`type: object`)"),
                    "task inputs and outputs are JSON objects in Conductor",
                );
            }
        }
    }
}

fn check_task(checker: &mut Checker<'_>, task: &Task, owners: &BTreeSet<String>) {
    let contract = checker.contract;
    if !owners.contains(&task.owner) {
        checker.error(
            "saga-owner-unknown",
            &format!("{}/owner", task.pointer),
            format!(
                "task `{}` is owned by `{}`, which is not a service of redocly.yaml or proto/targets.yaml",
                task.name, task.owner
            ),
            &format!(
                "one of: {}",
                owners.iter().cloned().collect::<Vec<_>>().join(", ")
            ),
        );
    }
    object_schema(checker, &task.input, &format!("{}/input", task.pointer));
    object_schema(checker, &task.output, &format!("{}/output", task.pointer));
    let timeouts = format!("{}/timeouts", task.pointer);
    if task.response_timeout_seconds == 0 {
        checker.error(
            "saga-timeout",
            &format!("{timeouts}/responseSeconds"),
            format!(
                "task `{}` needs a response timeout of at least 1 s",
                task.name
            ),
            "",
        );
    }
    if task.response_timeout_seconds > task.timeout_seconds {
        checker.error(
            "saga-timeout",
            &format!("{timeouts}/responseSeconds"),
            format!(
                "task `{}`: responseSeconds ({}) exceeds totalSeconds ({})",
                task.name, task.response_timeout_seconds, task.timeout_seconds
            ),
            "",
        );
    }
    let limit = contract
        .workflow
        .timeout_seconds
        .max(contract.failure_workflow.timeout_seconds);
    if task.timeout_seconds > limit {
        checker.error(
            "saga-timeout",
            &format!("{timeouts}/totalSeconds"),
            format!(
                "task `{}`: totalSeconds ({}) exceeds its workflow's timeoutSeconds ({limit})",
                task.name, task.timeout_seconds
            ),
            "a stuck task must be noticed before the workflow gives up",
        );
    }
}

/// The schema of the field a mapping reads, or a diagnostic.
fn source_schema(
    checker: &mut Checker<'_>,
    mapping: &Mapping,
    sources: &dyn Fn(&str) -> Option<Source>,
    allowed: &str,
) -> Option<(Value, bool)> {
    let doc = &checker.contract.bundle.document;
    let Some(expression) = parse_expression(&mapping.expression) else {
        checker.error(
            "saga-mapping-syntax",
            &mapping.pointer,
            format!("`{}` is not a mapping expression", mapping.expression),
            "write `${workflow.input.<field>}` or `${<task>_ref.output.<field>}`",
        );
        return None;
    };
    let Some(source) = sources(&expression.root) else {
        checker.error(
            "saga-mapping-source",
            &mapping.pointer,
            format!(
                "`{}` reads `{}`, which is not {allowed}",
                mapping.expression, expression.root
            ),
            "",
        );
        return None;
    };
    let mut schema = source.schema;
    let mut certain = true;
    let mut walked = String::new();
    for segment in &expression.path {
        let resolved = resolve(doc, &schema).clone();
        let props = properties(doc, &resolved);
        let Some((_, child, required)) = props.iter().find(|(name, _, _)| name == segment) else {
            let known: Vec<&str> = props.iter().map(|(n, _, _)| *n).collect();
            checker.error(
                "saga-mapping-field-unknown",
                &mapping.pointer,
                format!(
                    "`{}`: {} has no field `{walked}{segment}`",
                    mapping.expression, source.what
                ),
                &format!("its fields: {}", known.join(", ")),
            );
            return None;
        };
        certain &= *required;
        walked.push_str(segment);
        walked.push('.');
        schema = (*child).clone();
    }
    Some((schema, certain))
}

fn check_mappings(
    checker: &mut Checker<'_>,
    task: &Task,
    sources: &dyn Fn(&str) -> Option<Source>,
    allowed: &str,
) {
    let doc = &checker.contract.bundle.document;
    let Some(input) = checker.contract.schema(&task.input) else {
        return;
    };
    let targets = properties(doc, input);
    for mapping in &task.mappings {
        let Some((_, target, target_required)) =
            targets.iter().find(|(name, _, _)| *name == mapping.field)
        else {
            checker.error(
                "saga-mapping-target-unknown",
                &mapping.pointer,
                format!(
                    "task `{}` maps `{}`, which its input {} does not have",
                    task.name, mapping.field, task.input
                ),
                "",
            );
            continue;
        };
        let Some((source, certain)) = source_schema(checker, mapping, sources, allowed) else {
            continue;
        };
        if *target_required && !certain {
            checker.error(
                "saga-mapping-optional",
                &mapping.pointer,
                format!(
                    "`{}` may be absent, but `{}` of {} is required",
                    mapping.expression, mapping.field, task.input
                ),
                "make the source field required, or the target optional",
            );
        }
        let mut visited = 0;
        if let Err(why) = compatible(doc, &source, target, &mut visited) {
            checker.error(
                "saga-mapping-type",
                &mapping.pointer,
                format!(
                    "`{}` cannot fill `{}` of {}: {why}",
                    mapping.expression, mapping.field, task.input
                ),
                "",
            );
        }
    }
    for (name, _, required) in &targets {
        if *required && !task.mappings.iter().any(|m| m.field == *name) {
            checker.error(
                "saga-mapping-missing",
                &format!("{}/inputMapping", task.pointer),
                format!(
                    "task `{}` does not map `{name}`, which its input {} requires",
                    task.name, task.input
                ),
                "",
            );
        }
    }
}

fn main_type(schema: &Value) -> Option<&str> {
    match schema.get("type") {
        Some(Value::String(t)) => Some(t.as_str()),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).find(|t| *t != "null"),
        _ => None,
    }
}

fn format_of(schema: &Value) -> Option<&str> {
    schema.get("format").and_then(Value::as_str)
}

/// Whether every value of `source` is a value of `target` (as far as types, formats, enums and
/// required properties tell).
pub fn compatible(
    doc: &Value,
    source: &Value,
    target: &Value,
    visited: &mut usize,
) -> Result<(), String> {
    *visited += 1;
    if *visited > 256 {
        return Ok(());
    }
    let source = resolve(doc, source);
    let target = resolve(doc, target);
    let Some(target_type) = main_type(target) else {
        return Ok(());
    };
    let Some(source_type) = main_type(source) else {
        return Err(format!("an untyped value into a `{target_type}`"));
    };
    let widening = source_type == "integer" && target_type == "number";
    if source_type != target_type && !widening {
        return Err(format!("a `{source_type}` into a `{target_type}`"));
    }
    match target_type {
        "string" | "integer" | "number" => {
            let (from, to) = (format_of(source), format_of(target));
            let fits = match (from, to) {
                (_, None) => true,
                (Some(a), Some(b)) if a == b => true,
                (Some("int32"), Some("int64")) => true,
                _ => false,
            };
            if !fits && !widening {
                return Err(format!(
                    "format `{}` into format `{}`",
                    from.unwrap_or("none"),
                    to.unwrap_or("none")
                ));
            }
            if let Some(allowed) = target.get("enum").and_then(Value::as_array) {
                match source.get("enum").and_then(Value::as_array) {
                    Some(values) => {
                        if let Some(extra) = values.iter().find(|v| !allowed.contains(v)) {
                            return Err(format!("the value {extra} is not allowed there"));
                        }
                    }
                    None => return Err("any value into an enum".into()),
                }
            }
            Ok(())
        }
        "array" => {
            let (Some(from), Some(to)) = (source.get("items"), target.get("items")) else {
                return Ok(());
            };
            compatible(doc, from, to, visited).map_err(|why| format!("items: {why}"))
        }
        "object" => {
            let from = properties(doc, source);
            for (name, to, required) in properties(doc, target) {
                match from.iter().find(|(n, _, _)| *n == name) {
                    Some((_, value, present)) => {
                        if required && !present {
                            return Err(format!("`{name}` may be absent but is required"));
                        }
                        compatible(doc, value, to, visited)
                            .map_err(|why| format!("`{name}`: {why}"))?;
                    }
                    None if required => return Err(format!("no `{name}`, which is required")),
                    None => {}
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

fn compensations(checker: &mut Checker<'_>) {
    let contract = checker.contract;
    let mut used = BTreeSet::new();
    for task in &contract.tasks {
        match &task.compensation {
            Compensation::By { name, pointer } => {
                if contract.compensations.iter().any(|c| &c.name == name) {
                    used.insert(name.clone());
                } else {
                    checker.error(
                        "saga-compensation-unknown",
                        pointer,
                        format!(
                            "task `{}` is compensated by `{name}`, which is not under `compensations`",
                            task.name
                        ),
                        "",
                    );
                }
            }
            Compensation::NotCompensable => {}
            Compensation::Missing => checker.error(
                "saga-compensation-missing",
                &task.pointer,
                format!(
                    "task `{}` is compensable but names no compensation",
                    task.name
                ),
                "add `compensation: <task under compensations>`, or `compensable: false` when another compensation undoes it",
            ),
        }
    }
    for compensation in &contract.compensations {
        if !used.contains(&compensation.name) {
            checker.error(
                "saga-compensation-unused",
                &format!("{}/name", compensation.pointer),
                format!("compensation `{}` undoes no task", compensation.name),
                "name it in a task's `compensation`, or remove it",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expressions_name_the_workflow_input_or_a_task_output() {
        assert_eq!(
            parse_expression("${workflow.input.order_id}"),
            Some(Expression {
                root: "workflow".into(),
                path: vec!["order_id".into()]
            })
        );
        assert_eq!(
            parse_expression("${place_order_ref.output.items}").map(|e| e.root),
            Some("place_order_ref".into())
        );
        assert_eq!(parse_expression("${workflow.output.x}"), None);
        assert_eq!(parse_expression("${a_ref.input.x}"), None);
        assert_eq!(parse_expression("order ${workflow.input.x}"), None);
    }

    #[test]
    fn an_int64_does_not_fit_an_int32_but_an_int32_fits_an_int64() {
        let doc = json!({});
        let int32 = json!({"type": "integer", "format": "int32"});
        let int64 = json!({"type": "integer", "format": "int64"});
        assert!(compatible(&doc, &int32, &int64, &mut 0).is_ok());
        assert!(compatible(&doc, &int64, &int32, &mut 0).is_err());
    }

    #[test]
    fn an_enum_fits_a_wider_enum_only() {
        let doc = json!({});
        let narrow = json!({"type": "string", "enum": ["a"]});
        let wide = json!({"type": "string", "enum": ["a", "b"]});
        assert!(compatible(&doc, &narrow, &wide, &mut 0).is_ok());
        assert!(compatible(&doc, &wide, &narrow, &mut 0).is_err());
        assert!(compatible(&doc, &json!({"type": "string"}), &narrow, &mut 0).is_err());
    }
}
