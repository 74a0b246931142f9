-- The executions page lists workflows newest first, optionally of one status: an index in that
-- order (the workflow id breaks ties), so a page reads its rows and no more. `create_time` never
-- changes, so the many updates of a running workflow's row leave this index alone.
CREATE INDEX workflows_by_create_time ON workflows (create_time, workflow_id);
