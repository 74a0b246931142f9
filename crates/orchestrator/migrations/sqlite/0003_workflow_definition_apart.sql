-- A workflow's definition (with every task's definition captured) is most of its document, and
-- it never changes while the workflow runs: it is stored once here, when the workflow starts (or
-- is restarted with the latest definition), instead of being rewritten with every state change.
-- Rows written before keep it in `doc` too; it is copied here so that every row has it.
ALTER TABLE workflows ADD COLUMN definition TEXT;
UPDATE workflows SET definition = json_extract(doc, '$.workflowDefinition');
