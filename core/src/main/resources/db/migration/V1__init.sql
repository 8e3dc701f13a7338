-- Quarterdeck schema, version 1. Never edit once shipped: add V2__... instead.
--
-- One file serves H2 2.x and PostgreSQL 14, so it uses only what both accept:
--   text         VARCHAR(n), n = the record's own limit (H2 allows up to 1,048,576, PostgreSQL 10,485,760);
--                no TEXT/CLOB, because H2 reads TEXT as a CLOB (stored and fetched out of line).
--   instants     TIMESTAMP WITH TIME ZONE (microseconds; the store writes UTC)
--   money        NUMERIC(19,4) plus CHAR(3) ISO currency code
--   durations    BIGINT milliseconds (columns end in _ms)
--   lists        JSON array as VARCHAR (Project.objectives, SourceItem.references)
--   enums        VARCHAR holding the constant's name
-- Words that are reserved in H2 or PostgreSQL (KEY, VALUE, END, REFERENCES, DATE) are not used as column names.
--
-- Deletes: foreign keys RESTRICT. The store deletes dependent rows itself, one by one, so every removed row
-- gets an audit event and undo can put it back; a database cascade would remove rows without a trace.
-- audit_events has no foreign keys on purpose: history outlives the records it describes.

CREATE TABLE projects (
    id               UUID                     NOT NULL,
    code             VARCHAR(12)              NOT NULL,
    name             VARCHAR(120)             NOT NULL,
    description      VARCHAR(20000)           NOT NULL,
    status           VARCHAR(20)              NOT NULL,
    priority         VARCHAR(20)              NOT NULL,
    owner            VARCHAR(120),
    sponsor          VARCHAR(120),
    start_date       DATE,
    due              DATE,
    objectives       VARCHAR(100000)          NOT NULL,
    success_criteria VARCHAR(100000)          NOT NULL,
    scope_in         VARCHAR(20000)           NOT NULL,
    scope_out        VARCHAR(20000)           NOT NULL,
    currency         CHAR(3)                  NOT NULL,
    budget_total     NUMERIC(19, 4)           NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL,
    CONSTRAINT projects_pk PRIMARY KEY (id),
    CONSTRAINT projects_code_unique UNIQUE (code)
);

CREATE TABLE tasks (
    id             UUID                     NOT NULL,
    project_id     UUID,
    title          VARCHAR(500)             NOT NULL,
    notes          VARCHAR(100000)          NOT NULL,
    status         VARCHAR(20)              NOT NULL,
    horizon        VARCHAR(20)              NOT NULL,
    horizon_pinned BOOLEAN                  NOT NULL,
    due            DATE,
    estimate_ms    BIGINT,
    owner          VARCHAR(120),
    score          DOUBLE PRECISION         NOT NULL,
    source_kind    VARCHAR(20)              NOT NULL,
    source_ref     VARCHAR(500),
    source_url     VARCHAR(8000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at   TIMESTAMP WITH TIME ZONE,
    version        BIGINT                   NOT NULL,
    CONSTRAINT tasks_pk PRIMARY KEY (id),
    CONSTRAINT tasks_project_fk FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE RESTRICT
);
-- Focus lanes: H2 sorts by an index only when ORDER BY starts with the index's leading columns, so the
-- queries say ORDER BY status, horizon, score DESC (status and horizon are fixed by the WHERE clause).
CREATE INDEX tasks_focus ON tasks (status, horizon, score DESC);
CREATE INDEX tasks_completed ON tasks (status, completed_at DESC);
CREATE INDEX tasks_project ON tasks (project_id);
CREATE INDEX tasks_source ON tasks (source_kind, source_ref);

CREATE TABLE task_links (
    id           UUID                     NOT NULL,
    from_task_id UUID                     NOT NULL,
    to_task_id   UUID                     NOT NULL,
    kind         VARCHAR(20)              NOT NULL,
    origin       VARCHAR(20)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT task_links_pk PRIMARY KEY (id),
    CONSTRAINT task_links_unique UNIQUE (from_task_id, to_task_id, kind),
    CONSTRAINT task_links_from_fk FOREIGN KEY (from_task_id) REFERENCES tasks (id) ON DELETE RESTRICT,
    CONSTRAINT task_links_to_fk FOREIGN KEY (to_task_id) REFERENCES tasks (id) ON DELETE RESTRICT,
    CONSTRAINT task_links_not_self CHECK (from_task_id <> to_task_id)
);
CREATE INDEX task_links_to ON task_links (to_task_id);

CREATE TABLE risks (
    id          UUID                     NOT NULL,
    project_id  UUID                     NOT NULL,
    risk_key    VARCHAR(12)              NOT NULL,
    title       VARCHAR(200)             NOT NULL,
    description VARCHAR(20000)           NOT NULL,
    category    VARCHAR(60),
    likelihood  INTEGER                  NOT NULL,
    impact      INTEGER                  NOT NULL,
    owner       VARCHAR(120),
    mitigation  VARCHAR(20000)           NOT NULL,
    contingency VARCHAR(20000)           NOT NULL,
    status      VARCHAR(20)              NOT NULL,
    identified  DATE                     NOT NULL,
    next_review DATE,
    closed      DATE,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT risks_pk PRIMARY KEY (id),
    CONSTRAINT risks_key_unique UNIQUE (project_id, risk_key),
    CONSTRAINT risks_project_fk FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE RESTRICT,
    CONSTRAINT risks_likelihood_range CHECK (likelihood BETWEEN 1 AND 5),
    CONSTRAINT risks_impact_range CHECK (impact BETWEEN 1 AND 5)
);

CREATE TABLE milestones (
    id           UUID                     NOT NULL,
    project_id   UUID                     NOT NULL,
    name         VARCHAR(200)             NOT NULL,
    description  VARCHAR(20000)           NOT NULL,
    baseline_due DATE                     NOT NULL,
    due          DATE                     NOT NULL,
    status       VARCHAR(20)              NOT NULL,
    completed    DATE,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT                   NOT NULL,
    CONSTRAINT milestones_pk PRIMARY KEY (id),
    CONSTRAINT milestones_project_fk FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE RESTRICT
);
CREATE INDEX milestones_project ON milestones (project_id, due);

CREATE TABLE milestone_tasks (
    milestone_id UUID NOT NULL,
    task_id      UUID NOT NULL,
    CONSTRAINT milestone_tasks_pk PRIMARY KEY (milestone_id, task_id),
    CONSTRAINT milestone_tasks_milestone_fk FOREIGN KEY (milestone_id) REFERENCES milestones (id) ON DELETE RESTRICT,
    CONSTRAINT milestone_tasks_task_fk FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE RESTRICT
);
CREATE INDEX milestone_tasks_task ON milestone_tasks (task_id);

CREATE TABLE stakeholders (
    id           UUID                     NOT NULL,
    project_id   UUID                     NOT NULL,
    name         VARCHAR(120)             NOT NULL,
    role         VARCHAR(120),
    organisation VARCHAR(120),
    email        VARCHAR(320),
    influence    INTEGER                  NOT NULL,
    interest     INTEGER                  NOT NULL,
    cadence_ms   BIGINT,
    last_contact DATE,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT                   NOT NULL,
    CONSTRAINT stakeholders_pk PRIMARY KEY (id),
    CONSTRAINT stakeholders_project_fk FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE RESTRICT,
    CONSTRAINT stakeholders_influence_range CHECK (influence BETWEEN 1 AND 5),
    CONSTRAINT stakeholders_interest_range CHECK (interest BETWEEN 1 AND 5)
);
CREATE INDEX stakeholders_project ON stakeholders (project_id);

CREATE TABLE budget_lines (
    id               UUID                     NOT NULL,
    project_id       UUID                     NOT NULL,
    category         VARCHAR(120)             NOT NULL,
    planned_amount   NUMERIC(19, 4)           NOT NULL,
    planned_currency CHAR(3)                  NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL,
    CONSTRAINT budget_lines_pk PRIMARY KEY (id),
    CONSTRAINT budget_lines_project_fk FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE RESTRICT
);
CREATE INDEX budget_lines_project ON budget_lines (project_id);

-- The domain calls these Transaction; "transaction" is an SQL keyword, so the table is ledger_entries.
CREATE TABLE ledger_entries (
    id             UUID                     NOT NULL,
    project_id     UUID                     NOT NULL,
    budget_line_id UUID                     NOT NULL,
    entry_date     DATE                     NOT NULL,
    amount         NUMERIC(19, 4)           NOT NULL,
    currency       CHAR(3)                  NOT NULL,
    vendor         VARCHAR(200),
    note           VARCHAR(2000)            NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   NOT NULL,
    CONSTRAINT ledger_entries_pk PRIMARY KEY (id),
    CONSTRAINT ledger_entries_project_fk FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE RESTRICT,
    CONSTRAINT ledger_entries_line_fk FOREIGN KEY (budget_line_id) REFERENCES budget_lines (id) ON DELETE RESTRICT
);
CREATE INDEX ledger_entries_project ON ledger_entries (project_id, entry_date);
CREATE INDEX ledger_entries_line ON ledger_entries (budget_line_id);

CREATE TABLE documents (
    id          UUID                     NOT NULL,
    project_id  UUID                     NOT NULL,
    title       VARCHAR(200)             NOT NULL,
    file_name   VARCHAR(255)             NOT NULL,
    media_type  VARCHAR(120)             NOT NULL,
    size_bytes  BIGINT                   NOT NULL,
    sha256      CHAR(64)                 NOT NULL,
    stored_path VARCHAR(1000)            NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT documents_pk PRIMARY KEY (id),
    CONSTRAINT documents_project_fk FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE RESTRICT
);
CREATE INDEX documents_project ON documents (project_id);

CREATE TABLE source_items (
    id             UUID                     NOT NULL,
    kind           VARCHAR(20)              NOT NULL,
    ref            VARCHAR(500)             NOT NULL,
    title          VARCHAR(500)             NOT NULL,
    snippet        VARCHAR(10000)           NOT NULL,
    sender_address VARCHAR(320),
    sender_name    VARCHAR(200),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    due            DATE,
    thread_id      VARCHAR(500),
    reference_list VARCHAR(100000)          NOT NULL,
    url            VARCHAR(8000),
    start_at       TIMESTAMP WITH TIME ZONE,
    end_at         TIMESTAMP WITH TIME ZONE,
    project_code   VARCHAR(12),
    task_id        UUID,
    seen_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT source_items_pk PRIMARY KEY (id),
    CONSTRAINT source_items_ref_unique UNIQUE (kind, ref),
    CONSTRAINT source_items_task_fk FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE RESTRICT
);
CREATE INDEX source_items_task ON source_items (task_id);
CREATE INDEX source_items_thread ON source_items (thread_id);

CREATE TABLE connector_accounts (
    id           UUID                     NOT NULL,
    kind         VARCHAR(20)              NOT NULL,
    display_name VARCHAR(120)             NOT NULL,
    account      VARCHAR(320),
    status       VARCHAR(20)              NOT NULL,
    last_sync    TIMESTAMP WITH TIME ZONE,
    sync_cursor  VARCHAR(4000),
    item_count   BIGINT                   NOT NULL,
    last_error   VARCHAR(2000),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT                   NOT NULL,
    CONSTRAINT connector_accounts_pk PRIMARY KEY (id)
);

CREATE TABLE proposals (
    id           UUID                     NOT NULL,
    agent        VARCHAR(60)              NOT NULL,
    kind         VARCHAR(30)              NOT NULL,
    target_id    UUID,
    summary      VARCHAR(500)             NOT NULL,
    rationale    VARCHAR(10000)           NOT NULL,
    confidence   DOUBLE PRECISION         NOT NULL,
    payload_json VARCHAR(100000)          NOT NULL,
    status       VARCHAR(30)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at   TIMESTAMP WITH TIME ZONE,
    version      BIGINT                   NOT NULL,
    CONSTRAINT proposals_pk PRIMARY KEY (id)
);
CREATE INDEX proposals_status ON proposals (status, created_at DESC);

CREATE TABLE execution_logs (
    id          UUID                     NOT NULL,
    proposal_id UUID                     NOT NULL,
    executed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome     VARCHAR(2000)            NOT NULL,
    undone      BOOLEAN                  NOT NULL,
    CONSTRAINT execution_logs_pk PRIMARY KEY (id),
    CONSTRAINT execution_logs_proposal_fk FOREIGN KEY (proposal_id) REFERENCES proposals (id) ON DELETE RESTRICT
);
CREATE INDEX execution_logs_proposal ON execution_logs (proposal_id);

CREATE TABLE agent_runs (
    id          UUID                     NOT NULL,
    agent       VARCHAR(60)              NOT NULL,
    model       VARCHAR(120)             NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_ms BIGINT                   NOT NULL,
    tokens      BIGINT                   NOT NULL,
    proposals   INTEGER                  NOT NULL,
    outcome     VARCHAR(60)              NOT NULL,
    error       VARCHAR(2000),
    CONSTRAINT agent_runs_pk PRIMARY KEY (id)
);
CREATE INDEX agent_runs_started ON agent_runs (started_at DESC);

CREATE TABLE preferences (
    pref_key   VARCHAR(200)             NOT NULL,
    pref_value VARCHAR(10000)           NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT preferences_pk PRIMARY KEY (pref_key)
);

-- No foreign key to proposals: signals are the learning history and outlive the proposals they came from.
CREATE TABLE preference_signals (
    id           UUID                     NOT NULL,
    proposal_id  UUID,
    agent        VARCHAR(60)              NOT NULL,
    kind         VARCHAR(30)              NOT NULL,
    decision     VARCHAR(20)              NOT NULL,
    source       VARCHAR(60),
    signalled_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT preference_signals_pk PRIMARY KEY (id)
);
CREATE INDEX preference_signals_agent ON preference_signals (agent, signalled_at DESC);

CREATE TABLE briefings (
    id          UUID                     NOT NULL,
    kind        VARCHAR(20)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    produced_by VARCHAR(120)             NOT NULL,
    markdown    VARCHAR(200000)          NOT NULL,
    CONSTRAINT briefings_pk PRIMARY KEY (id)
);
CREATE INDEX briefings_kind ON briefings (kind, created_at DESC);

-- before_json/after_json hold a whole record (a task's notes alone may be 100,000 characters).
CREATE TABLE audit_events (
    sequence    BIGINT GENERATED ALWAYS AS IDENTITY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_kind  VARCHAR(20)              NOT NULL,
    actor_name  VARCHAR(60)              NOT NULL,
    entity_type VARCHAR(60)              NOT NULL,
    entity_id   UUID                     NOT NULL,
    project_id  UUID,
    action      VARCHAR(10)              NOT NULL,
    before_json VARCHAR(1000000),
    after_json  VARCHAR(1000000),
    CONSTRAINT audit_events_pk PRIMARY KEY (sequence)
);
CREATE INDEX audit_events_entity ON audit_events (entity_id, sequence);
CREATE INDEX audit_events_project ON audit_events (project_id, sequence DESC);
