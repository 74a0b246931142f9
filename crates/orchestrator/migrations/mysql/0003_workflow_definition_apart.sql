-- A workflow's definition (with every task's definition captured) is most of its document, and
-- it never changes while the workflow runs: it is stored once, in a table of its own, when the
-- workflow starts (or is restarted with the latest definition), instead of being rewritten with
-- every state change of the workflow's row.
-- Rows written before keep it in `doc` too; it is copied here so that every workflow has one.
CREATE TABLE captured_definitions (
    workflow_id VARCHAR(64) NOT NULL PRIMARY KEY,
    doc LONGTEXT NOT NULL
);
INSERT INTO captured_definitions (workflow_id, doc)
    SELECT workflow_id, JSON_EXTRACT(doc, '$.workflowDefinition') FROM workflows;
