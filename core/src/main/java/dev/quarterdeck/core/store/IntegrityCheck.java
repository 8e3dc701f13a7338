package dev.quarterdeck.core.store;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * A database-independent health check: every table can be read to the end, and no row refers to a row
 * that is not there. Used after a crash and by the "check data" command.
 */
final class IntegrityCheck {

    static final List<String> TABLES = List.of("projects", "tasks", "task_links", "risks", "milestones",
            "milestone_tasks", "stakeholders", "budget_lines", "ledger_entries", "documents", "source_items",
            "connector_accounts", "proposals", "execution_logs", "agent_runs", "preferences", "preference_signals",
            "briefings", "audit_events", "store_state", "risk_links");

    /** Each foreign key as child table, child column, parent table. */
    private static final List<String[]> REFERENCES = List.of(
            new String[] {"tasks", "project_id", "projects"},
            new String[] {"task_links", "from_task_id", "tasks"},
            new String[] {"task_links", "to_task_id", "tasks"},
            new String[] {"risks", "project_id", "projects"},
            new String[] {"milestones", "project_id", "projects"},
            new String[] {"milestone_tasks", "milestone_id", "milestones"},
            new String[] {"milestone_tasks", "task_id", "tasks"},
            new String[] {"stakeholders", "project_id", "projects"},
            new String[] {"budget_lines", "project_id", "projects"},
            new String[] {"ledger_entries", "project_id", "projects"},
            new String[] {"ledger_entries", "budget_line_id", "budget_lines"},
            new String[] {"documents", "project_id", "projects"},
            new String[] {"source_items", "task_id", "tasks"},
            new String[] {"execution_logs", "proposal_id", "proposals"},
            new String[] {"risk_links", "risk_id", "risks"},
            new String[] {"risk_links", "task_id", "tasks"},
            new String[] {"risk_links", "milestone_id", "milestones"});

    private IntegrityCheck() {
    }

    private static int readRow(java.sql.ResultSet row, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        int columns = row.getMetaData().getColumnCount();
        for (int i = 1; i <= columns; i++) {
            row.getObject(i);
        }
        return columns;
    }

    static List<String> run(Handle handle) {
        List<String> problems = new ArrayList<>();
        for (String table : TABLES) {
            try {
                // Reading every value of every row (COUNT(*) alone may be answered from metadata).
                long rows;
                try (var stream = handle.createQuery("SELECT * FROM " + table).map(IntegrityCheck::readRow).stream()) {
                    rows = stream.count();
                }
                long counted = handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
                if (rows != counted) {
                    problems.add(table + ": " + rows + " rows read but COUNT(*) says " + counted);
                }
            } catch (JdbiException e) {
                problems.add(table + ": cannot be read: " + e.getMessage());
            }
        }
        for (String[] reference : REFERENCES) {
            String child = reference[0];
            String column = reference[1];
            String parent = reference[2];
            try {
                int orphans = handle.createQuery("SELECT COUNT(*) FROM " + child + " c WHERE c." + column
                        + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + parent + " p WHERE p.id = c." + column + ")")
                        .mapTo(Integer.class).one();
                if (orphans > 0) {
                    problems.add(child + "." + column + ": " + orphans + " rows refer to missing " + parent);
                }
            } catch (JdbiException e) {
                problems.add(child + "." + column + ": cannot be checked: " + e.getMessage());
            }
        }
        return problems;
    }
}
