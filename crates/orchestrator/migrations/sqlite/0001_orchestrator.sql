-- Definitions, executions and the task queues of the embedded orchestrator.
-- Documents are Conductor's JSON; the columns beside them are what is searched or indexed.

CREATE TABLE task_defs (
    name TEXT PRIMARY KEY NOT NULL,
    doc TEXT NOT NULL
);

CREATE TABLE workflow_defs (
    name TEXT NOT NULL,
    version INTEGER NOT NULL,
    doc TEXT NOT NULL,
    PRIMARY KEY (name, version)
);

CREATE TABLE workflows (
    workflow_id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    version INTEGER NOT NULL,
    status TEXT NOT NULL,
    correlation_id TEXT,
    idempotency_key TEXT,
    create_time INTEGER NOT NULL,
    -- when the workflow's own timeoutSeconds runs out (NULL: no timer)
    timeout_at INTEGER,
    -- optimistic concurrency: every write checks and bumps it
    revision INTEGER NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX workflows_by_name_status ON workflows (name, status, create_time);
CREATE INDEX workflows_by_correlation ON workflows (name, correlation_id, create_time);
CREATE UNIQUE INDEX workflows_by_idempotency_key ON workflows (name, idempotency_key);
CREATE INDEX workflows_by_timeout ON workflows (timeout_at);

CREATE TABLE tasks (
    task_id TEXT PRIMARY KEY NOT NULL,
    workflow_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    task_type TEXT NOT NULL,
    -- `domain:taskType` or `taskType`
    queue_name TEXT NOT NULL,
    status TEXT NOT NULL,
    -- 1 while the task waits in its queue for a poll
    queued INTEGER NOT NULL,
    -- when a queued task may be handed out
    visible_at INTEGER NOT NULL,
    -- the next timeout rule that could fire (NULL: none)
    timeout_at INTEGER,
    revision INTEGER NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX tasks_by_workflow ON tasks (workflow_id, seq);
CREATE INDEX tasks_by_queue ON tasks (queue_name, queued, visible_at);
CREATE INDEX tasks_by_visibility ON tasks (queued, visible_at);
CREATE INDEX tasks_by_type ON tasks (task_type, queued);
CREATE INDEX tasks_by_timeout ON tasks (timeout_at);

CREATE TABLE task_logs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    task_id TEXT NOT NULL,
    log TEXT NOT NULL,
    created_time INTEGER NOT NULL
);
CREATE INDEX task_logs_by_task ON task_logs (task_id, id);
