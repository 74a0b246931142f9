//! The contract as Conductor definitions: the task definitions, the workflow and its failure
//! workflow, in the JSON shape Conductor's metadata API takes (`POST /api/metadata/taskdefs`,
//! `POST /api/metadata/workflow`).
//!
//! Every field the official SDK's models serialise is written out, defaults included, so a
//! definition read into those models and written back is the same JSON (a test holds us to it).
//! JSON has no comments: `deploy/conductor/README.md` says the files are generated.
//!
//! The failure workflow runs the compensations of the compensable steps in reverse order. Only
//! SIMPLE tasks exist on the embedded orchestrator (no SWITCH), so each compensation is guarded
//! by its worker: it gets the failed workflow's input and does nothing when its forward step
//! never ran (no reservation to release, no charge to refund).

use serde_json::{Map, Value, json};

use super::check::{FAILURE_FIELDS, TRACEPARENT};
use super::contract::{Compensation, Contract, Mapping, Task, properties};
use crate::output::GeneratedFile;

pub const DIR: &str = "deploy/conductor";

fn generated_note(contract: &Contract) -> String {
    format!(
        "Generated from {} by `cargo run -p generator`; do not edit.",
        contract.display
    )
}

fn keys(contract: &Contract, schema: &str) -> Vec<Value> {
    contract
        .schema(schema)
        .map(|s| {
            properties(&contract.bundle.document, s)
                .into_iter()
                .map(|(name, _, _)| Value::from(name))
                .collect()
        })
        .unwrap_or_default()
}

fn task_def(contract: &Contract, task: &Task) -> Value {
    json!({
        "name": task.name,
        "description": task.description,
        "retryCount": task.retry.count,
        "retryLogic": task.retry.logic,
        "retryDelaySeconds": task.retry.delay_seconds,
        "backoffScaleFactor": 1,
        "timeoutSeconds": task.timeout_seconds,
        "responseTimeoutSeconds": task.response_timeout_seconds,
        "pollTimeoutSeconds": task.poll_timeout_seconds,
        // A task that outlives its timeout is timed out and retried like a transient failure.
        "timeoutPolicy": "RETRY",
        "concurrentExecLimit": 0,
        "rateLimitPerFrequency": 0,
        "rateLimitFrequencyInSeconds": 1,
        "ownerEmail": contract.owner_email,
        "inputKeys": keys(contract, &task.input),
        "outputKeys": keys(contract, &task.output),
        "inputTemplate": {},
    })
}

/// Whether the workflow input carries the trace context, so every task gets it.
fn traces(contract: &Contract) -> bool {
    contract.schema(&contract.input).is_some_and(|s| {
        properties(&contract.bundle.document, s)
            .iter()
            .any(|(n, _, _)| *n == TRACEPARENT)
    })
}

fn parameters(contract: &Contract, mappings: &[Mapping]) -> Map<String, Value> {
    let mut params: Map<String, Value> = mappings
        .iter()
        .map(|m| (m.field.clone(), Value::from(m.expression.clone())))
        .collect();
    if traces(contract) && !params.contains_key(TRACEPARENT) {
        params.insert(
            TRACEPARENT.to_owned(),
            Value::from(format!("${{workflow.input.{TRACEPARENT}}}")),
        );
    }
    params
}

fn workflow_task(contract: &Contract, task: &Task) -> Value {
    json!({
        "name": task.name,
        "taskReferenceName": task.reference_name(),
        "type": "SIMPLE",
        "description": task.description,
        "inputParameters": parameters(contract, &task.mappings),
        "decisionCases": {},
        "defaultCase": [],
        "forkTasks": [],
        "startDelay": 0,
        "joinOn": [],
        "optional": false,
        "asyncComplete": false,
        "loopOver": [],
        "rateLimited": false,
    })
}

fn workflow_def(
    contract: &Contract,
    which: &super::contract::Workflow,
    tasks: Vec<Value>,
    input_parameters: Vec<Value>,
    output: Map<String, Value>,
    failure_workflow: Option<&str>,
) -> Value {
    let mut def = json!({
        "name": which.name,
        "description": format!("{} {}", which.description, generated_note(contract)),
        "version": which.version,
        "tasks": tasks,
        "inputParameters": input_parameters,
        "outputParameters": output,
        "schemaVersion": 2,
        "restartable": true,
        "workflowStatusListenerEnabled": false,
        "ownerEmail": contract.owner_email,
        "timeoutPolicy": "TIME_OUT_WF",
        "timeoutSeconds": which.timeout_seconds,
        "variables": {},
        "inputTemplate": {},
    });
    if let (Some(name), Value::Object(map)) = (failure_workflow, &mut def) {
        map.insert("failureWorkflow".into(), Value::from(name));
    }
    def
}

/// The compensations the failure workflow runs, in order: those of the compensable forward
/// tasks, last step first, each once.
pub fn compensation_order(contract: &Contract) -> Vec<&Task> {
    let mut order: Vec<&Task> = Vec::new();
    for task in contract.tasks.iter().rev() {
        if let Compensation::By { name, .. } = &task.compensation
            && let Some(compensation) = contract.compensations.iter().find(|c| &c.name == name)
            && !order.iter().any(|c| c.name == compensation.name)
        {
            order.push(compensation);
        }
    }
    order
}

fn pretty(value: &Value) -> String {
    // Serialising a `Value` cannot fail: its keys are strings.
    serde_json::to_string_pretty(value).unwrap_or_default() + "\n"
}

/// The JSON files and their README.
pub fn emit(contract: &Contract) -> Vec<GeneratedFile> {
    let task_defs: Vec<Value> = contract
        .all_tasks()
        .map(|task| task_def(contract, task))
        .collect();
    let input_keys = keys(contract, &contract.input);
    let workflow = workflow_def(
        contract,
        &contract.workflow,
        contract
            .tasks
            .iter()
            .map(|t| workflow_task(contract, t))
            .collect(),
        input_keys.clone(),
        contract
            .output
            .iter()
            .map(|m| (m.field.clone(), Value::from(m.expression.clone())))
            .collect(),
        Some(&contract.failure_workflow.name),
    );
    let mut failure_inputs = input_keys;
    failure_inputs.extend(FAILURE_FIELDS.iter().map(|(f, _)| Value::from(*f)));
    failure_inputs.push(Value::from("failedWorkflow"));
    let failure = workflow_def(
        contract,
        &contract.failure_workflow,
        compensation_order(contract)
            .into_iter()
            .map(|t| workflow_task(contract, t))
            .collect(),
        failure_inputs,
        Map::new(),
        None,
    );
    let dir = std::path::Path::new(DIR);
    let readme = readme(contract);
    vec![
        GeneratedFile::new(dir.join("README.md"), readme),
        GeneratedFile::new(dir.join("taskdefs.json"), pretty(&Value::Array(task_defs))),
        GeneratedFile::new(
            dir.join(format!("{}.json", contract.workflow.name)),
            pretty(&workflow),
        ),
        GeneratedFile::new(
            dir.join(format!("{}.json", contract.failure_workflow.name)),
            pretty(&failure),
        ),
    ]
}

fn readme(contract: &Contract) -> String {
    let mut text = format!(
        "<!-- {} -->\n\n# Conductor definitions of the order saga\n\n\
         Generated from `{}` by `cargo run -p generator` (`generator check` fails on any edit):\n\
         change the contract, not these files.\n\n\
         | file | register with |\n|---|---|\n\
         | `taskdefs.json` | `POST /api/metadata/taskdefs` (an array) |\n\
         | `{}.json` | `POST /api/metadata/workflow` |\n\
         | `{}.json` | `POST /api/metadata/workflow` |\n\n",
        generated_note(contract),
        contract.display,
        contract.workflow.name,
        contract.failure_workflow.name,
    );
    text.push_str(&format!(
        "`{}` v{} runs, in order:\n\n",
        contract.workflow.name, contract.workflow.version
    ));
    for task in &contract.tasks {
        let undo = match &task.compensation {
            Compensation::By { name, .. } => format!("undone by `{name}`"),
            _ => "not compensated on its own".to_owned(),
        };
        text.push_str(&format!(
            "1. `{}` ({}): {} Retries {} × {} from {} s; response timeout {} s, total {} s; {undo}.\n",
            task.name,
            task.owner,
            task.description,
            task.retry.count,
            task.retry.logic,
            task.retry.delay_seconds,
            task.response_timeout_seconds,
            task.timeout_seconds,
        ));
    }
    text.push_str(&format!(
        "\nOn failure, `{}` v{} runs the compensations, last step first; each gets the failed \
         workflow's input and does nothing when its step never ran:\n\n",
        contract.failure_workflow.name, contract.failure_workflow.version
    ));
    for task in compensation_order(contract) {
        text.push_str(&format!(
            "1. `{}` ({}): {}\n",
            task.name, task.owner, task.description
        ));
    }
    text
}
