//! What the pages show, computed from the domain's workflows and tasks: times in UTC, durations,
//! JSON pretty-printed, the timeline's bars. The templates only lay these out (and escape them).

use serde_json::{Map, Value};

use crate::domain::execution::{Millis, Task, Workflow};

/// The order a workflow works on: its input's `order_id` (the bookstore saga and its failure
/// workflow), else its correlation id (`order-<id>` as the order service sets it, shown as `<id>`).
pub fn order_id(workflow: &Workflow) -> Option<String> {
    match workflow.input.get("order_id") {
        Some(Value::String(id)) => Some(id.clone()),
        Some(Value::Number(id)) => Some(id.to_string()),
        _ => workflow
            .correlation_id
            .as_deref()
            .map(|id| id.strip_prefix("order-").unwrap_or(id).to_owned()),
    }
}

/// `2026-12-03 19:54:26.123 UTC`; `—` for Conductor's 0 (not happened yet).
pub fn timestamp(millis: Millis) -> String {
    if millis <= 0 {
        return "—".to_owned();
    }
    chrono::DateTime::from_timestamp_millis(millis).map_or_else(
        || "—".to_owned(),
        |at| at.format("%Y-%m-%d %H:%M:%S%.3f UTC").to_string(),
    )
}

/// A span of time as a person reads it: `850 ms`, `12.3 s`, `4 min 05 s`, `2 h 03 min`.
pub fn duration(millis: Millis) -> String {
    let millis = millis.max(0);
    match millis {
        0..1_000 => format!("{millis} ms"),
        1_000..60_000 => format!("{}.{} s", millis / 1_000, millis % 1_000 / 100),
        60_000..3_600_000 => format!("{} min {:02} s", millis / 60_000, millis % 60_000 / 1_000),
        _ => format!(
            "{} h {:02} min",
            millis / 3_600_000,
            millis % 3_600_000 / 60_000
        ),
    }
}

/// A JSON object, indented for reading.
pub fn pretty(object: &Map<String, Value>) -> String {
    serde_json::to_string_pretty(object).unwrap_or_else(|_| "{}".to_owned())
}

/// When a workflow ended, or `now` while it has not.
fn workflow_end(workflow: &Workflow, now: Millis) -> Millis {
    if workflow.status.is_terminal() && workflow.end_time > 0 {
        workflow.end_time
    } else {
        now
    }
}

/// One line of the list of recent workflows.
#[derive(Debug, Clone)]
pub struct WorkflowRow {
    pub id: String,
    pub name: String,
    pub version: u32,
    pub status: &'static str,
    pub order: Option<String>,
    pub started: String,
    pub duration: String,
    pub running: bool,
}

impl WorkflowRow {
    pub fn new(workflow: &Workflow, now: Millis) -> Self {
        Self {
            id: workflow.workflow_id.clone(),
            name: workflow.workflow_name.clone(),
            version: workflow.workflow_version,
            status: workflow.status.as_str(),
            order: order_id(workflow),
            started: timestamp(workflow.start_time),
            duration: duration(workflow_end(workflow, now) - workflow.start_time),
            running: !workflow.status.is_terminal(),
        }
    }
}

/// One workflow's header on its page.
#[derive(Debug, Clone)]
pub struct WorkflowView {
    pub row: WorkflowRow,
    pub correlation_id: Option<String>,
    pub created: String,
    pub ended: String,
    pub reason: Option<String>,
    pub failed_tasks: Option<String>,
    pub failure_workflow: Option<String>,
    pub compensates: Option<String>,
    pub parent: Option<String>,
    pub input: String,
    pub output: String,
}

impl WorkflowView {
    pub fn new(workflow: &Workflow, now: Millis) -> Self {
        let failed_tasks = (!workflow.failed_reference_task_names.is_empty())
            .then(|| workflow.failed_reference_task_names.join(", "));
        Self {
            row: WorkflowRow::new(workflow, now),
            correlation_id: workflow.correlation_id.clone(),
            created: timestamp(workflow.create_time),
            ended: if workflow.status.is_terminal() {
                timestamp(workflow.end_time)
            } else {
                "—".to_owned()
            },
            reason: workflow.reason_for_incompletion.clone(),
            failed_tasks,
            failure_workflow: workflow.failure_workflow_id().map(str::to_owned),
            compensates: workflow.compensated_workflow_id().map(str::to_owned),
            parent: workflow.parent_workflow_id.clone(),
            input: pretty(&workflow.input),
            output: pretty(&workflow.output),
        }
    }
}

/// A task's place on the workflow's timeline, in percent of the workflow's span: where it was
/// scheduled, how long it waited in its queue, how long a worker had it.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub offset: String,
    pub waiting: String,
    pub running: String,
}

/// The span the timeline covers: from the workflow's start to its end (or now), stretched to
/// every task's end.
#[derive(Debug, Clone, Copy)]
pub struct Span {
    from: Millis,
    until: Millis,
}

impl Span {
    pub fn new(workflow: &Workflow, tasks: &[Task], now: Millis) -> Self {
        let from = tasks
            .iter()
            .map(|t| t.scheduled_time)
            .chain([workflow.start_time])
            .filter(|at| *at > 0)
            .min()
            .unwrap_or(now);
        let until = tasks
            .iter()
            .map(|t| t.end_time)
            .chain([workflow_end(workflow, now)])
            .max()
            .unwrap_or(now);
        Self { from, until }
    }

    fn percent(self, millis: Millis) -> f64 {
        let span = (self.until - self.from).max(1);
        // Lossy on purpose: a bar's width needs no more than two decimals.
        #[allow(clippy::cast_precision_loss)]
        let share = millis.clamp(0, span) as f64 / span as f64;
        share * 100.0
    }

    fn bar(self, task: &Task, now: Millis) -> Bar {
        let end = if task.status.is_terminal() && task.end_time > 0 {
            task.end_time
        } else {
            now.min(self.until)
        };
        let (wait_end, running) = if task.start_time > 0 {
            (task.start_time, end - task.start_time)
        } else {
            (end, 0)
        };
        Bar {
            offset: format!("{:.2}", self.percent(task.scheduled_time - self.from)),
            waiting: format!("{:.2}", self.percent(wait_end - task.scheduled_time)),
            running: format!("{:.2}", self.percent(running)),
        }
    }
}

/// One task (one attempt) on the workflow's timeline.
#[derive(Debug, Clone)]
pub struct TaskRow {
    pub id: String,
    pub seq: u32,
    pub reference: String,
    pub task_type: String,
    pub status: &'static str,
    /// 0 for the first attempt, n for the n-th retry.
    pub retry_count: u32,
    pub retried_task_id: Option<String>,
    pub scheduled: String,
    pub started: String,
    pub finished: String,
    pub queue_wait: String,
    pub duration: String,
    pub worker: Option<String>,
    pub poll_count: u32,
    pub reason: Option<String>,
    pub input: String,
    pub output: String,
    pub bar: Bar,
}

impl TaskRow {
    pub fn new(task: &Task, span: Span, now: Millis) -> Self {
        let started = task.start_time > 0;
        let finished = task.status.is_terminal() && task.end_time > 0;
        let queue_wait = if started {
            duration(task.start_time - task.scheduled_time)
        } else if finished {
            "—".to_owned()
        } else {
            format!("{} so far", duration(now - task.scheduled_time))
        };
        let run = match (started, finished) {
            (true, true) => duration(task.end_time - task.start_time),
            (true, false) => format!("{} so far", duration(now - task.start_time)),
            (false, _) => "—".to_owned(),
        };
        Self {
            id: task.task_id.clone(),
            seq: task.seq,
            reference: task.reference_task_name.clone(),
            task_type: task.task_type.clone(),
            status: task.status.as_str(),
            retry_count: task.retry_count,
            retried_task_id: task.retried_task_id.clone(),
            scheduled: timestamp(task.scheduled_time),
            started: timestamp(task.start_time),
            finished: if finished {
                timestamp(task.end_time)
            } else {
                "—".to_owned()
            },
            queue_wait,
            duration: run,
            worker: task.worker_id.clone(),
            poll_count: task.poll_count,
            reason: task.reason_for_incompletion.clone(),
            input: pretty(&task.input_data),
            output: pretty(&task.output_data),
            bar: span.bar(task, now),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_in_the_largest_sensible_unit() {
        assert_eq!(duration(0), "0 ms");
        assert_eq!(duration(850), "850 ms");
        assert_eq!(duration(12_345), "12.3 s");
        assert_eq!(duration(245_000), "4 min 05 s");
        assert_eq!(duration(7_380_000), "2 h 03 min");
        assert_eq!(duration(-5), "0 ms");
    }

    #[test]
    fn timestamps_are_utc_to_the_millisecond_and_zero_is_not_yet() {
        assert_eq!(timestamp(1_796_327_666_123), "2026-12-03 19:54:26.123 UTC");
        assert_eq!(timestamp(0), "—");
    }
}
