package dev.quarterdeck.core.store;

import dev.quarterdeck.core.agent.AgentRun;
import dev.quarterdeck.core.agent.ExecutionLog;
import dev.quarterdeck.core.agent.Preference;
import dev.quarterdeck.core.agent.PreferenceSignal;
import dev.quarterdeck.core.agent.Proposal;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.briefing.Briefing;
import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Money;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.connector.ConnectorAccount;
import dev.quarterdeck.core.document.Document;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskLink;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Rows to records. Most records map by constructor (component names = column names or aliases); the ones
 * holding a {@link Money} or an {@link Actor} span several columns and are mapped by hand.
 */
final class StoreMappers {

    private static final List<Class<?>> BY_CONSTRUCTOR = List.of(Project.class, Task.class, TaskLink.class,
            Risk.class, RiskLink.class, Milestone.class, MilestoneTask.class, Stakeholder.class, Document.class, SourceItem.class,
            ConnectorAccount.class, Proposal.class, ExecutionLog.class, AgentRun.class, Preference.class,
            PreferenceSignal.class, Briefing.class);

    private StoreMappers() {
    }

    static void register(Jdbi jdbi) {
        for (Class<?> type : BY_CONSTRUCTOR) {
            jdbi.registerRowMapper(ConstructorMapper.factory(type));
        }
        jdbi.registerRowMapper(BudgetLine.class, (r, ctx) -> budgetLine(r));
        jdbi.registerRowMapper(Transaction.class, (r, ctx) -> transaction(r));
        jdbi.registerRowMapper(AuditEvent.class, (r, ctx) -> auditEvent(r));
    }

    private static BudgetLine budgetLine(ResultSet r) throws SQLException {
        Money planned = new Money(r.getBigDecimal("planned_amount"), StoreCodecs.currency(r, "planned_currency"));
        return new BudgetLine(uuid(r, "id"), uuid(r, "project_id"), r.getString("category"), planned,
                StoreCodecs.instant(r, "updated_at"), r.getLong("version"));
    }

    private static Transaction transaction(ResultSet r) throws SQLException {
        Money amount = new Money(r.getBigDecimal("amount"), StoreCodecs.currency(r, "currency"));
        return new Transaction(uuid(r, "id"), uuid(r, "project_id"), uuid(r, "budget_line_id"),
                r.getObject("entry_date", LocalDate.class), amount, r.getString("vendor"), r.getString("note"),
                StoreCodecs.instant(r, "updated_at"), r.getLong("version"));
    }

    private static AuditEvent auditEvent(ResultSet r) throws SQLException {
        Actor actor = new Actor(Actor.Kind.valueOf(r.getString("actor_kind")), r.getString("actor_name"));
        return new AuditEvent(r.getLong("sequence"), StoreCodecs.instant(r, "occurred_at"), actor,
                r.getString("entity_type"), uuid(r, "entity_id"), uuid(r, "project_id"),
                AuditEvent.Action.valueOf(r.getString("action")), r.getString("before_json"),
                r.getString("after_json"));
    }

    private static UUID uuid(ResultSet r, String column) throws SQLException {
        return r.getObject(column, UUID.class);
    }
}
