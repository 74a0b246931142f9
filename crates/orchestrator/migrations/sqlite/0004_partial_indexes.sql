-- The queue and timer indexes hold only the rows their queries look for: queued tasks, and tasks
-- and workflows with a timer. A finished task (most rows, soon) leaves them, so they stay as
-- small as the work in flight and a commit dirties a few hot pages of them instead of a page
-- somewhere in an index over every task ever run (SQLite writes whole pages to the WAL).
-- Every query on them states the index's condition (`queued = 1`, or a comparison on
-- `timeout_at`, which implies it is not NULL).
DROP INDEX tasks_by_queue;
DROP INDEX tasks_by_visibility;
DROP INDEX tasks_by_type;
DROP INDEX tasks_by_timeout;
DROP INDEX workflows_by_timeout;
CREATE INDEX tasks_by_queue ON tasks (queue_name, visible_at) WHERE queued = 1;
CREATE INDEX tasks_by_visibility ON tasks (visible_at) WHERE queued = 1;
CREATE INDEX tasks_by_type ON tasks (task_type) WHERE queued = 1;
CREATE INDEX tasks_by_timeout ON tasks (timeout_at) WHERE timeout_at IS NOT NULL;
CREATE INDEX workflows_by_timeout ON workflows (timeout_at) WHERE timeout_at IS NOT NULL;
