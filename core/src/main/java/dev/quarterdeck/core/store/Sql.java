package dev.quarterdeck.core.store;

/**
 * SELECT lists shared by a table's queries. Columns are aliased to the record's component names where they
 * differ, so Jdbi's constructor mapper can map rows to records (reserved words are quoted aliases).
 */
final class Sql {

    static final String PROJECT = """
            SELECT id, code, name, description, status, priority, owner, sponsor, start_date AS "start", due,
                   objectives, success_criteria, scope_in, scope_out, currency, budget_total, created_at,
                   updated_at, version
            FROM projects
            """;

    static final String TASK = """
            SELECT id, project_id, title, notes, status, horizon, horizon_pinned, due, estimate_ms AS estimate,
                   owner, score, source_kind, source_ref, source_url, created_at, updated_at, completed_at, version
            FROM tasks
            """;

    static final String TASK_LINK = """
            SELECT id, from_task_id, to_task_id, kind, origin, created_at
            FROM task_links
            """;

    static final String RISK = """
            SELECT id, project_id, risk_key AS "key", title, description, category, likelihood, impact, owner,
                   mitigation, contingency, status, identified, next_review, closed, updated_at, version
            FROM risks
            """;

    static final String MILESTONE = """
            SELECT id, project_id, name, description, baseline_due, due, status, completed, updated_at, version
            FROM milestones
            """;

    static final String RISK_LINK = """
            SELECT id, risk_id, task_id, milestone_id
            FROM risk_links
            """;

    static final String MILESTONE_TASK = """
            SELECT milestone_id, task_id
            FROM milestone_tasks
            """;

    static final String STAKEHOLDER = """
            SELECT id, project_id, name, role, organisation, email, influence, interest, cadence_ms AS cadence,
                   last_contact, updated_at, version
            FROM stakeholders
            """;

    static final String BUDGET_LINE = """
            SELECT id, project_id, category, planned_amount, planned_currency, updated_at, version
            FROM budget_lines
            """;

    static final String TRANSACTION = """
            SELECT id, project_id, budget_line_id, entry_date, amount, currency, vendor, note, updated_at, version
            FROM ledger_entries
            """;

    static final String DOCUMENT = """
            SELECT id, project_id, title, file_name, media_type, size_bytes, sha256, stored_path, added_at, version
            FROM documents
            """;

    static final String SOURCE_ITEM = """
            SELECT id, kind, ref, title, snippet, sender_address, sender_name, created_at, due, thread_id,
                   reference_list AS "references", url, start_at AS "start", end_at AS "end", project_code,
                   task_id, seen_at
            FROM source_items
            """;

    static final String CONNECTOR_ACCOUNT = """
            SELECT id, kind, display_name, account, status, last_sync, sync_cursor AS "cursor", item_count,
                   last_error, updated_at, version
            FROM connector_accounts
            """;

    static final String PROPOSAL = """
            SELECT id, agent, kind, target_id, summary, rationale, confidence, payload_json, status, created_at,
                   decided_at, version
            FROM proposals
            """;

    static final String EXECUTION_LOG = """
            SELECT id, proposal_id, executed_at, outcome, undone
            FROM execution_logs
            """;

    static final String AGENT_RUN = """
            SELECT id, agent, model, started_at, duration_ms AS "duration", tokens, proposals, outcome, error
            FROM agent_runs
            """;

    static final String PREFERENCE = """
            SELECT pref_key AS "key", pref_value AS "value", updated_at
            FROM preferences
            """;

    static final String PREFERENCE_SIGNAL = """
            SELECT id, proposal_id, agent, kind, decision, source, signalled_at AS "at"
            FROM preference_signals
            """;

    static final String BRIEFING = """
            SELECT id, kind, created_at, produced_by, markdown
            FROM briefings
            """;

    static final String AUDIT_EVENT = """
            SELECT sequence, occurred_at, actor_kind, actor_name, entity_type, entity_id, project_id, action,
                   before_json, after_json
            FROM audit_events
            """;

    private Sql() {
    }
}
