//! The contract as Rust, into each participant service's `src/application/port/saga/`:
//! `model.rs` holds the typed inputs and outputs of the tasks the service owns (emitted by the
//! OpenAPI codegen's model emitter, so they are serde types validated like the REST DTOs), and
//! `mod.rs` one worker trait per task, the typed business failures, and `run_<task>`, which
//! decodes and validates a task's input, calls the worker and maps its answer to what the worker
//! runtime reports. The starter service also gets a typed `StartWorkflowRequest`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use heck::{ToSnakeCase, ToUpperCamelCase};
use serde_json::{Map, Value, json};

use super::contract::{Contract, Task};
use crate::openapi::codegen::{self, CodegenError};
use crate::output::GeneratedFile;
use crate::rustfmt;

/// Where a service's saga port goes.
pub fn module_dir(service: &str) -> PathBuf {
    Path::new("services")
        .join(service)
        .join("src/application/port/saga")
}

/// Every `#/components/schemas/<name>` reachable from `value`.
fn collect_refs(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(reference)) = map.get("$ref")
                && let Some(name) = reference.strip_prefix("#/components/schemas/")
            {
                out.push(name.to_owned());
            }
            map.values().for_each(|v| collect_refs(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}

/// A document holding only the schemas `roots` reach, in the contract's order.
fn document_for(contract: &Contract, roots: &[&str]) -> Value {
    let mut wanted: BTreeSet<String> = BTreeSet::new();
    let mut queue: Vec<String> = roots.iter().map(|r| (*r).to_owned()).collect();
    while let Some(name) = queue.pop() {
        if !wanted.insert(name.clone()) {
            continue;
        }
        if let Some(schema) = contract.schema(&name) {
            collect_refs(schema, &mut queue);
        }
    }
    let mut schemas = Map::new();
    if let Some(Value::Object(all)) = contract.bundle.document.pointer("/components/schemas") {
        for (name, schema) in all {
            if wanted.contains(name) {
                schemas.insert(name.clone(), schema.clone());
            }
        }
    }
    json!({
        "openapi": "3.0.3",
        "info": {"title": "saga", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    })
}

/// The Rust name the model emitter gives a component schema.
fn type_name(schema: &str) -> String {
    schema.to_upper_camel_case()
}

fn doc_lines(text: &str, indent: &str) -> String {
    text.lines()
        .map(|l| format!("{indent}/// {l}").trim_end().to_owned() + "\n")
        .collect()
}

fn str_lit(text: &str) -> String {
    format!("{text:?}")
}

fn task_items(contract: &Contract, task: &Task, out: &mut String) {
    let pascal = task.name.to_upper_camel_case();
    let snake = task.name.to_snake_case();
    let konst = snake.to_uppercase();
    let input = type_name(&task.input);
    let output = type_name(&task.output);
    let _ = writeln!(
        out,
        "\n/// The task type of `{}`.\npub const {konst}: &str = {};",
        task.name,
        str_lit(&task.name)
    );
    let rejection = if task.business_failures.is_empty() {
        "std::convert::Infallible".to_owned()
    } else {
        let name = format!("{pascal}Rejection");
        let _ = writeln!(
            out,
            "\n/// The business failures of `{}`: terminal, never retried; the saga compensates.\n\
             #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub enum {name} {{",
            task.name
        );
        for (code, text) in &task.business_failures {
            let mut chars = text.trim_end_matches('.').chars();
            let sentence = chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default();
            out.push_str(&doc_lines(&format!("{sentence}."), "    "));
            let _ = writeln!(out, "    {},", code.to_upper_camel_case());
        }
        let _ = writeln!(
            out,
            "}}\n\nimpl {name} {{\n    /// The reason code reported to the orchestrator.\n    \
             pub fn as_str(&self) -> &'static str {{\n        match self {{"
        );
        for (code, _) in &task.business_failures {
            let _ = writeln!(
                out,
                "            Self::{} => {},",
                code.to_upper_camel_case(),
                str_lit(code)
            );
        }
        let _ = writeln!(
            out,
            "        }}\n    }}\n}}\n\nimpl std::fmt::Display for {name} {{\n    \
             fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {{\n        \
             f.write_str(self.as_str())\n    }}\n}}"
        );
        name
    };
    let compensation = if contract.compensations.iter().any(|c| c.name == task.name) {
        "\n///\n/// A compensation: it runs in the failure workflow with the failed workflow's input and \
         must do nothing when its forward step never ran, and nothing more when it already ran."
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "\n/// The worker of `{}` ({} s to answer, {} attempts at most).{compensation}\n\
         pub trait {pascal}Worker: Send + Sync + 'static {{",
        task.name,
        task.response_timeout_seconds,
        task.retry.count + 1,
    );
    out.push_str(&doc_lines(&task.description, "    "));
    let _ = writeln!(
        out,
        "    ///\n    /// # Errors\n    /// [`TaskFailure::Transient`] to be retried, \
         [`TaskFailure::Rejected`] to fail the saga.\n    \
         fn {snake}(\n        &self,\n        input: model::{input},\n    ) -> impl Future<Output = Result<model::{output}, TaskFailure<{rejection}>>> + Send;\n}}"
    );
    let _ = writeln!(
        out,
        "\n/// Runs `{}` on a task's raw input: an input that does not decode or validate fails \
         terminally (retrying cannot fix it).\n\
         pub async fn run_{snake}<W: {pascal}Worker>(worker: &W, input: serde_json::Value) -> TaskOutcome {{\n    \
         let input: model::{input} = match decode(input) {{\n        Ok(input) => input,\n        Err(outcome) => return outcome,\n    }};\n    \
         outcome(worker.{snake}(input).await)\n}}",
        task.name
    );
}

/// `workers`: one `service_kit::worker::Worker` per task the service owns, all on one value
/// that implements every worker trait, so a service wires its workers in one call.
fn workers_items(tasks: &[&Task], out: &mut String) {
    let bounds: Vec<String> = tasks
        .iter()
        .map(|t| format!("{}Worker", t.name.to_upper_camel_case()))
        .collect();
    let _ = writeln!(
        out,
        "\n/// One worker-runtime [`service_kit::worker::Worker`] per task this service runs, each \
         running at most `concurrency` tasks at once on `worker`.\n\
         pub fn workers<W>(worker: &std::sync::Arc<W>, concurrency: usize) -> Vec<service_kit::worker::Worker>\n\
         where\n    W: {},\n{{\n    vec![",
        bounds.join(" + ")
    );
    for task in tasks {
        let snake = task.name.to_snake_case();
        let konst = snake.to_uppercase();
        let _ = writeln!(
            out,
            "        {{\n            let worker = std::sync::Arc::clone(worker);\n            \
             service_kit::worker::Worker::new({konst}, concurrency, move |input| {{\n                \
             let worker = std::sync::Arc::clone(&worker);\n                \
             async move {{ run_{snake}(&*worker, input).await.into() }}\n            }})\n        }},"
        );
    }
    out.push_str("    ]\n}\n");
    out.push_str(
        "\nimpl From<TaskOutcome> for service_kit::worker::Outcome {\n    \
         fn from(outcome: TaskOutcome) -> Self {\n        match outcome {\n            \
         TaskOutcome::Completed(value) => Self::Completed(value),\n            \
         TaskOutcome::Failed(reason) => Self::Failed(reason),\n            \
         TaskOutcome::FailedTerminal(reason) => Self::FailedTerminal(reason),\n        }\n    }\n}\n",
    );
}

const SHARED: &str = r#"
/// Why a task did not complete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TaskFailure<R> {
    /// Retrying may help (a timeout, a refused connection, a deadlock): reported as `FAILED`, and
    /// the orchestrator retries the task with backoff.
    Transient(String),
    /// A business failure that retrying cannot help: reported as `FAILED_WITH_TERMINAL_ERROR`
    /// with the reason code, and the saga compensates.
    Rejected { reason: R, detail: String },
}

/// What running a task comes to, as the worker runtime reports it to the orchestrator.
#[derive(Debug, Clone, PartialEq)]
pub enum TaskOutcome {
    /// `COMPLETED`, with the task's output.
    Completed(serde_json::Value),
    /// `FAILED`: retried per the task definition.
    Failed(String),
    /// `FAILED_WITH_TERMINAL_ERROR`: never retried; the text is the `reasonForIncompletion`.
    FailedTerminal(String),
}

fn decode<T>(input: serde_json::Value) -> Result<T, TaskOutcome>
where
    T: serde::de::DeserializeOwned + openapi_runtime::Validate,
{
    let value: T = serde_json::from_value(input)
        .map_err(|e| TaskOutcome::FailedTerminal(format!("invalid_input: {e}")))?;
    openapi_runtime::Validate::validate(&value).map_err(|errors| {
        let listed: Vec<String> = errors
            .iter()
            .map(|e| format!("{} {}", e.pointer, e.detail))
            .collect();
        TaskOutcome::FailedTerminal(format!("invalid_input: {}", listed.join("; ")))
    })?;
    Ok(value)
}

fn outcome<O: serde::Serialize, R: std::fmt::Display>(
    result: Result<O, TaskFailure<R>>,
) -> TaskOutcome {
    match result {
        Ok(output) => match serde_json::to_value(&output) {
            Ok(value) => TaskOutcome::Completed(value),
            Err(e) => TaskOutcome::Failed(format!("the output does not serialise: {e}")),
        },
        Err(TaskFailure::Transient(detail)) => TaskOutcome::Failed(detail),
        Err(TaskFailure::Rejected { reason, detail }) => {
            TaskOutcome::FailedTerminal(format!("{reason}: {detail}"))
        }
    }
}
"#;

fn starter_items(contract: &Contract, out: &mut String) {
    let input = type_name(&contract.input);
    let _ = write!(
        out,
        r#"
/// Conductor's `StartWorkflowRequest` for `{name}` v{version}, with its typed input
/// (`POST /api/workflow`; the answer is the workflow id as `text/plain`).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StartWorkflowRequest {{
    pub name: &'static str,
    pub version: i32,
    pub input: model::{input},
    #[serde(skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idempotency_strategy: Option<&'static str>,
}}

impl StartWorkflowRequest {{
    /// A start of the saga's current version with `input`.
    pub fn new(input: model::{input}) -> Self {{
        Self {{
            name: WORKFLOW_NAME,
            version: WORKFLOW_VERSION,
            input,
            correlation_id: None,
            idempotency_key: None,
            idempotency_strategy: None,
        }}
    }}

    /// Tag the workflow (Conductor's correlated look-ups find it by this).
    pub fn correlation_id(mut self, id: impl Into<String>) -> Self {{
        self.correlation_id = Some(id.into());
        self
    }}

    /// Start at most once per key: a repeated start answers the first workflow's id
    /// (`RETURN_EXISTING`).
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {{
        self.idempotency_key = Some(key.into());
        self.idempotency_strategy = Some("RETURN_EXISTING");
        self
    }}
}}
"#,
        name = contract.workflow.name,
        version = contract.workflow.version,
    );
}

/// The saga port of every participant service (unformatted sources).
fn sources(contract: &Contract) -> Result<Vec<(PathBuf, String)>, CodegenError> {
    let header = format!(
        "// Generated from {} by `cargo run -p generator`. Do not edit.",
        contract.display
    );
    let mut by_owner: BTreeMap<&str, Vec<&Task>> = BTreeMap::new();
    for task in contract.all_tasks() {
        by_owner.entry(task.owner.as_str()).or_default().push(task);
    }
    by_owner.entry(contract.starter.as_str()).or_default();
    let mut files = Vec::new();
    for (service, tasks) in by_owner {
        let starter = service == contract.starter;
        let mut roots: Vec<&str> = tasks
            .iter()
            .flat_map(|t| [t.input.as_str(), t.output.as_str()])
            .collect();
        if starter {
            roots.push(&contract.input);
        }
        let document = document_for(contract, &roots);
        let title = format!(
            "the `{}` saga's tasks run by {service}",
            contract.workflow.name
        );
        let model = codegen::model_source(&document, &title, &header, &[])?;
        let mut module = format!(
            "{header}\n//! The `{name}` v{version} saga, as {service} takes part in it: the typed inputs and \
             outputs of its tasks (`model`), one worker trait per task, and `run_<task>`, which the \
             worker runtime calls with a task's raw input.\n\npub mod model;\n\n\
             /// The saga's workflow and its version.\npub const WORKFLOW_NAME: &str = {wf};\n\
             pub const WORKFLOW_VERSION: i32 = {version};\n\
             /// The workflow that compensates a failed saga.\npub const FAILURE_WORKFLOW_NAME: &str = {fwf};\n\n\
             /// The task types this service's workers poll for.\npub const TASK_TYPES: &[&str] = &[{types}];\n",
            name = contract.workflow.name,
            version = contract.workflow.version,
            wf = str_lit(&contract.workflow.name),
            fwf = str_lit(&contract.failure_workflow.name),
            types = tasks
                .iter()
                .map(|t| str_lit(&t.name))
                .collect::<Vec<_>>()
                .join(", "),
        );
        if !tasks.is_empty() {
            module.push_str(SHARED);
        }
        for task in &tasks {
            task_items(contract, task, &mut module);
        }
        if !tasks.is_empty() {
            workers_items(&tasks, &mut module);
        }
        if starter {
            starter_items(contract, &mut module);
        }
        let dir = module_dir(service);
        files.push((dir.join("mod.rs"), module));
        files.push((dir.join("model.rs"), model));
    }
    Ok(files)
}

/// The formatted saga ports; `root` is the workspace, to reuse files already formatted.
///
/// # Errors
/// A schema the model emitter does not support, or rustfmt failing.
pub fn emit(contract: &Contract, root: &Path) -> Result<Vec<GeneratedFile>, CodegenError> {
    let files = sources(contract)?;
    let previous = |path: &Path| std::fs::read_to_string(root.join(path)).ok();
    let identity = rustfmt::formatter_identity(Some(root));
    Ok(rustfmt::format_all(&files, &identity, &previous)?
        .into_iter()
        .map(|(path, text)| GeneratedFile::new(path, text))
        .collect())
}
