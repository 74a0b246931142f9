-- Definitions, executions and the task queues of the embedded orchestrator.
-- Documents are Conductor's JSON; the columns beside them are what is searched or indexed.

CREATE TABLE task_defs (
    name VARCHAR(255) NOT NULL PRIMARY KEY,
    doc LONGTEXT NOT NULL
);

CREATE TABLE workflow_defs (
    name VARCHAR(255) NOT NULL,
    version BIGINT NOT NULL,
    doc LONGTEXT NOT NULL,
    PRIMARY KEY (name, version)
);

CREATE TABLE workflows (
    workflow_id VARCHAR(64) NOT NULL PRIMARY KEY,
    name VARCHAR(255) NOT NULL,
    version BIGINT NOT NULL,
    status VARCHAR(32) NOT NULL,
    correlation_id VARCHAR(255) NULL,
    idempotency_key VARCHAR(255) NULL,
    create_time BIGINT NOT NULL,
    timeout_at BIGINT NULL,
    revision BIGINT NOT NULL,
    doc LONGTEXT NOT NULL,
    INDEX workflows_by_name_status (name, status, create_time),
    INDEX workflows_by_correlation (name, correlation_id, create_time),
    UNIQUE INDEX workflows_by_idempotency_key (name, idempotency_key),
    INDEX workflows_by_timeout (timeout_at)
);

CREATE TABLE tasks (
    task_id VARCHAR(64) NOT NULL PRIMARY KEY,
    workflow_id VARCHAR(64) NOT NULL,
    seq BIGINT NOT NULL,
    task_type VARCHAR(255) NOT NULL,
    queue_name VARCHAR(255) NOT NULL,
    status VARCHAR(32) NOT NULL,
    queued BIGINT NOT NULL,
    visible_at BIGINT NOT NULL,
    timeout_at BIGINT NULL,
    revision BIGINT NOT NULL,
    doc LONGTEXT NOT NULL,
    INDEX tasks_by_workflow (workflow_id, seq),
    INDEX tasks_by_queue (queue_name, queued, visible_at),
    INDEX tasks_by_visibility (queued, visible_at),
    INDEX tasks_by_type (task_type, queued),
    INDEX tasks_by_timeout (timeout_at)
);

CREATE TABLE task_logs (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id VARCHAR(64) NOT NULL,
    log LONGTEXT NOT NULL,
    created_time BIGINT NOT NULL,
    INDEX task_logs_by_task (task_id, id)
);
