-- A workflow's definition (with every task's definition captured) is most of its document, and
-- it never changes while the workflow runs: it is stored once, in a table of its own, when the
-- workflow starts (or is restarted with the latest definition). In the workflow's row it was
-- rewritten with every state change — SQLite rewrites a row's overflow pages whole on update.
-- Rows written before keep it in `doc` too; it is copied here so that every workflow has one.
CREATE TABLE captured_definitions (
    workflow_id TEXT PRIMARY KEY NOT NULL,
    doc TEXT NOT NULL
);
INSERT INTO captured_definitions (workflow_id, doc)
    SELECT workflow_id, json_extract(doc, '$.workflowDefinition') FROM workflows;
