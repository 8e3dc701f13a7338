-- Quarterdeck schema, version 5: a risk's linked tasks and milestones (issue 3, risk register).
--
-- One row links a risk to exactly one task or one milestone of the same project. A link has its own id so that the
-- audit trail (and undo) can name it; it is only created and deleted, never changed. Deleting a risk, a task or a
-- milestone deletes its links first (the store does it, with audit events), so the foreign keys RESTRICT.
CREATE TABLE risk_links (
    id           UUID NOT NULL,
    risk_id      UUID NOT NULL,
    task_id      UUID,
    milestone_id UUID,
    CONSTRAINT risk_links_pk PRIMARY KEY (id),
    CONSTRAINT risk_links_risk_fk FOREIGN KEY (risk_id) REFERENCES risks (id) ON DELETE RESTRICT,
    CONSTRAINT risk_links_task_fk FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE RESTRICT,
    CONSTRAINT risk_links_milestone_fk FOREIGN KEY (milestone_id) REFERENCES milestones (id) ON DELETE RESTRICT,
    CONSTRAINT risk_links_one_target CHECK ((task_id IS NULL AND milestone_id IS NOT NULL)
                                         OR (task_id IS NOT NULL AND milestone_id IS NULL)),
    CONSTRAINT risk_links_task_unique UNIQUE (risk_id, task_id),
    CONSTRAINT risk_links_milestone_unique UNIQUE (risk_id, milestone_id)
);
CREATE INDEX risk_links_task ON risk_links (task_id);
CREATE INDEX risk_links_milestone ON risk_links (milestone_id);
