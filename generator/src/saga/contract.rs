//! The saga contract as typed values, read from its bundled document. Every value remembers the
//! JSON pointer it came from, so a check can name the file and line to edit.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::diagnostics::{Diagnostic, Severity};
use crate::openapi::bundle::Bundle;
use crate::yaml::escape_token;

/// A workflow of the contract (the saga itself, or its failure workflow).
#[derive(Debug, Clone, PartialEq)]
pub struct Workflow {
    pub name: String,
    pub version: u32,
    pub description: String,
    pub timeout_seconds: u64,
}

/// How a task is retried after a transient failure (Conductor's `retryCount`, `retryLogic`,
/// `retryDelaySeconds`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Retry {
    pub count: u32,
    pub logic: String,
    pub delay_seconds: u64,
}

pub const RETRY_LOGICS: [&str; 3] = ["FIXED", "LINEAR_BACKOFF", "EXPONENTIAL_BACKOFF"];

/// One input field's source: a Conductor expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapping {
    /// The field of the task's input (or of the workflow's output).
    pub field: String,
    /// `${workflow.input.order_id}`, as written.
    pub expression: String,
    pub pointer: String,
}

/// Whether and how a forward task is undone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Compensation {
    /// `compensation: <name>`.
    By { name: String, pointer: String },
    /// `compensable: false`: another compensation covers it, or there is nothing to undo.
    NotCompensable,
    /// Neither was said.
    Missing,
}

/// A task: a forward step of the saga or a compensation.
#[derive(Debug, Clone, PartialEq)]
pub struct Task {
    pub name: String,
    pub owner: String,
    pub description: String,
    /// Schema names in `components/schemas`.
    pub input: String,
    pub output: String,
    pub mappings: Vec<Mapping>,
    pub retry: Retry,
    pub response_timeout_seconds: u64,
    pub timeout_seconds: u64,
    pub poll_timeout_seconds: u64,
    /// Reason code → description, in contract order.
    pub business_failures: Vec<(String, String)>,
    pub compensation: Compensation,
    /// Where the task is declared (`/tasks/0`).
    pub pointer: String,
}

impl Task {
    pub fn reference_name(&self) -> String {
        format!("{}_ref", self.name)
    }
}

/// The whole contract.
#[derive(Debug, Clone)]
pub struct Contract {
    /// The contract file as shown in headers and diagnostics (workspace-relative).
    pub display: String,
    pub bundle: Bundle,
    pub workflow: Workflow,
    pub failure_workflow: Workflow,
    pub owner_email: String,
    /// The service that starts the workflow.
    pub starter: String,
    /// The workflow input's schema name.
    pub input: String,
    pub output: Vec<Mapping>,
    pub tasks: Vec<Task>,
    pub compensations: Vec<Task>,
}

impl Contract {
    /// A component schema by name.
    pub fn schema(&self, name: &str) -> Option<&Value> {
        self.bundle
            .document
            .pointer(&format!("/components/schemas/{}", escape_token(name)))
    }

    pub fn all_tasks(&self) -> impl Iterator<Item = &Task> {
        self.tasks.iter().chain(&self.compensations)
    }

    /// A diagnostic at `pointer` of the bundled document.
    pub fn error(&self, rule: &str, pointer: &str, message: String, hint: &str) -> Diagnostic {
        diagnostic(&self.bundle, rule, pointer, message, hint)
    }
}

pub fn diagnostic(
    bundle: &Bundle,
    rule: &str,
    pointer: &str,
    message: String,
    hint: &str,
) -> Diagnostic {
    let origin = bundle.locate(pointer);
    Diagnostic {
        severity: Severity::Error,
        rule: rule.to_owned(),
        file: origin.file,
        line: origin.line,
        pointer: origin.pointer,
        message,
        hint: (!hint.is_empty()).then(|| hint.to_owned()),
    }
}

/// Reads the typed contract out of a bundled document, collecting every problem.
struct Reader<'a> {
    bundle: &'a Bundle,
    problems: Vec<Diagnostic>,
}

impl<'a> Reader<'a> {
    fn problem(&mut self, pointer: &str, message: String, hint: &str) {
        self.problems.push(diagnostic(
            self.bundle,
            "saga-structure",
            pointer,
            message,
            hint,
        ));
    }

    fn node(&self, pointer: &str) -> Option<&'a Value> {
        self.bundle.document.pointer(pointer)
    }

    fn string(&mut self, pointer: &str) -> String {
        match self.node(pointer) {
            Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_owned(),
            Some(_) => {
                self.problem(
                    pointer,
                    format!("`{pointer}` must be a non-empty string"),
                    "",
                );
                String::new()
            }
            None => {
                self.problem(pointer, format!("`{pointer}` is required"), "");
                String::new()
            }
        }
    }

    fn number(&mut self, pointer: &str) -> u64 {
        match self.node(pointer) {
            Some(value) => match value.as_u64() {
                Some(n) => n,
                None => {
                    self.problem(
                        pointer,
                        format!("`{pointer}` must be a whole number ≥ 0"),
                        "",
                    );
                    0
                }
            },
            None => {
                self.problem(pointer, format!("`{pointer}` is required"), "");
                0
            }
        }
    }

    fn optional_number(&mut self, pointer: &str) -> u64 {
        if self.node(pointer).is_some() {
            self.number(pointer)
        } else {
            0
        }
    }

    fn small(&mut self, pointer: &str) -> u32 {
        let n = self.number(pointer);
        u32::try_from(n).unwrap_or_else(|_| {
            self.problem(pointer, format!("`{pointer}` is too large"), "");
            0
        })
    }

    fn workflow(&mut self, pointer: &str) -> Workflow {
        Workflow {
            name: self.string(&format!("{pointer}/name")),
            version: self.small(&format!("{pointer}/version")),
            description: self.string(&format!("{pointer}/description")),
            timeout_seconds: self.number(&format!("{pointer}/timeoutSeconds")),
        }
    }

    fn mappings(&mut self, pointer: &str) -> Vec<Mapping> {
        match self.node(pointer) {
            Some(Value::Object(map)) => map
                .iter()
                .map(|(field, expression)| {
                    let at = format!("{pointer}/{}", escape_token(field));
                    let expression = match expression {
                        Value::String(s) => s.clone(),
                        _ => {
                            self.problem(
                                &at,
                                format!("the mapping of `{field}` must be a string"),
                                "write `${workflow.input.x}` or `${<task>_ref.output.y}`",
                            );
                            String::new()
                        }
                    };
                    Mapping {
                        field: field.clone(),
                        expression,
                        pointer: at,
                    }
                })
                .collect(),
            Some(_) => {
                self.problem(pointer, format!("`{pointer}` must be a mapping"), "");
                Vec::new()
            }
            None => Vec::new(),
        }
    }

    fn retries(&mut self) -> BTreeMap<String, Retry> {
        let mut out = BTreeMap::new();
        let Some(Value::Object(map)) = self.node("/retries") else {
            self.problem(
                "/retries",
                "`retries` must map policy names to `{count, logic, delaySeconds}`".into(),
                "",
            );
            return out;
        };
        for name in map.keys() {
            let at = format!("/retries/{}", escape_token(name));
            let logic = self.string(&format!("{at}/logic"));
            if !logic.is_empty() && !RETRY_LOGICS.contains(&logic.as_str()) {
                self.problem(
                    &format!("{at}/logic"),
                    format!("unknown retry logic `{logic}`"),
                    "use FIXED, LINEAR_BACKOFF or EXPONENTIAL_BACKOFF",
                );
            }
            let retry = Retry {
                count: self.small(&format!("{at}/count")),
                logic,
                delay_seconds: self.number(&format!("{at}/delaySeconds")),
            };
            out.insert(name.clone(), retry);
        }
        out
    }

    fn task(&mut self, pointer: &str, retries: &BTreeMap<String, Retry>, forward: bool) -> Task {
        let retry_at = format!("{pointer}/retry");
        let retry_name = self.string(&retry_at);
        let retry = match retries.get(&retry_name) {
            Some(retry) => retry.clone(),
            None => {
                if !retry_name.is_empty() {
                    self.problem(
                        &retry_at,
                        format!("no retry policy named `{retry_name}` under `retries`"),
                        "",
                    );
                }
                Retry {
                    count: 0,
                    logic: "FIXED".into(),
                    delay_seconds: 0,
                }
            }
        };
        let business_at = format!("{pointer}/businessFailures");
        let business_failures = match self.node(&business_at) {
            None => Vec::new(),
            Some(Value::Object(map)) => map
                .iter()
                .map(|(code, text)| {
                    let text = text.as_str().unwrap_or_default().trim().to_owned();
                    let valid = !code.is_empty()
                        && code
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
                        && code.as_bytes()[0].is_ascii_lowercase();
                    if !valid || text.is_empty() {
                        self.problem(
                            &format!("{business_at}/{}", escape_token(code)),
                            format!("business failure `{code}` needs a snake_case code and a description"),
                            "",
                        );
                    }
                    (code.clone(), text)
                })
                .collect(),
            Some(_) => {
                self.problem(
                    &business_at,
                    "`businessFailures` must map reason codes to descriptions".into(),
                    "",
                );
                Vec::new()
            }
        };
        let compensation = if !forward {
            Compensation::NotCompensable
        } else if let Some(value) = self.node(&format!("{pointer}/compensation")) {
            match value.as_str() {
                Some(name) if !name.trim().is_empty() => Compensation::By {
                    name: name.trim().to_owned(),
                    pointer: format!("{pointer}/compensation"),
                },
                _ => {
                    self.problem(
                        &format!("{pointer}/compensation"),
                        "`compensation` must name a task under `compensations`".into(),
                        "",
                    );
                    Compensation::Missing
                }
            }
        } else if self.node(&format!("{pointer}/compensable")) == Some(&Value::Bool(false)) {
            Compensation::NotCompensable
        } else {
            Compensation::Missing
        };
        Task {
            name: self.string(&format!("{pointer}/name")),
            owner: self.string(&format!("{pointer}/owner")),
            description: self.string(&format!("{pointer}/description")),
            input: self.string(&format!("{pointer}/input")),
            output: self.string(&format!("{pointer}/output")),
            mappings: self.mappings(&format!("{pointer}/inputMapping")),
            retry,
            response_timeout_seconds: self.number(&format!("{pointer}/timeouts/responseSeconds")),
            timeout_seconds: self.number(&format!("{pointer}/timeouts/totalSeconds")),
            poll_timeout_seconds: self.optional_number(&format!("{pointer}/timeouts/pollSeconds")),
            business_failures,
            compensation,
            pointer: pointer.to_owned(),
        }
    }

    fn tasks(&mut self, key: &str, retries: &BTreeMap<String, Retry>, forward: bool) -> Vec<Task> {
        let pointer = format!("/{key}");
        match self.node(&pointer) {
            Some(Value::Array(items)) => (0..items.len())
                .map(|i| self.task(&format!("{pointer}/{i}"), retries, forward))
                .collect(),
            _ => {
                self.problem(&pointer, format!("`{key}` must be a list of tasks"), "");
                Vec::new()
            }
        }
    }
}

/// The contract in `bundle`, or every structural problem found in it.
///
/// # Errors
/// One diagnostic per missing or mistyped key.
pub fn read(bundle: Bundle, display: String) -> Result<Contract, Vec<Diagnostic>> {
    let mut reader = Reader {
        bundle: &bundle,
        problems: Vec::new(),
    };
    if reader.node("/saga") != Some(&Value::from(1)) {
        reader.problem(
            "/saga",
            "a saga contract starts with `saga: 1` (the contract format's version)".into(),
            "",
        );
    }
    let workflow = reader.workflow("/workflow");
    let failure_workflow = reader.workflow("/workflow/failureWorkflow");
    let owner_email = reader.string("/workflow/ownerEmail");
    let starter = reader.string("/workflow/starter");
    let input = reader.string("/workflow/input");
    let output = reader.mappings("/workflow/output");
    let retries = reader.retries();
    let tasks = reader.tasks("tasks", &retries, true);
    let compensations = reader.tasks("compensations", &retries, false);
    if !matches!(
        bundle.document.pointer("/components/schemas"),
        Some(Value::Object(_))
    ) {
        reader.problem(
            "/components/schemas",
            "the task schemas belong under `components/schemas`".into(),
            "",
        );
    }
    let problems = reader.problems;
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Contract {
        display,
        bundle,
        workflow,
        failure_workflow,
        owner_email,
        starter,
        input,
        output,
        tasks,
        compensations,
    })
}

/// The properties of an object schema (after following refs), with their required flags.
pub fn properties<'v>(doc: &'v Value, schema: &'v Value) -> Vec<(&'v str, &'v Value, bool)> {
    let schema = resolve(doc, schema);
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let Some(props) = schema.get("properties").and_then(Value::as_object) else {
        return Vec::new();
    };
    props
        .iter()
        .map(|(name, value)| (name.as_str(), value, required.contains(&name.as_str())))
        .collect()
}

/// Follow internal `$ref`s (a bounded number of hops).
pub fn resolve<'v>(doc: &'v Value, mut schema: &'v Value) -> &'v Value {
    for _ in 0..32 {
        match schema.get("$ref").and_then(Value::as_str) {
            Some(reference) => match reference
                .strip_prefix('#')
                .and_then(|pointer| doc.pointer(pointer))
            {
                Some(target) => schema = target,
                None => return schema,
            },
            None => return schema,
        }
    }
    schema
}
