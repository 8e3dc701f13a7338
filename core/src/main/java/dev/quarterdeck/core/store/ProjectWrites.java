package dev.quarterdeck.core.store;

import dev.quarterdeck.core.project.Project;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Row writes for {@link ProjectDao}; only {@link StoreTransaction} calls them, and it adds the audit events. */
interface ProjectWrites extends ProjectDao {

    @SqlUpdate("""
            INSERT INTO projects (id, code, name, description, status, priority, owner, sponsor, start_date, due,
                                  objectives, success_criteria, scope_in, scope_out, currency, budget_total,
                                  created_at, updated_at, version)
            VALUES (:id, :code, :name, :description, :status, :priority, :owner, :sponsor, :start, :due,
                    :objectives, :successCriteria, :scopeIn, :scopeOut, :currency, :budgetTotal,
                    :createdAt, :updatedAt, :version)
            """)
    void insert(@BindMethods Project project);

    @SqlUpdate("""
            UPDATE projects
            SET code = :code, name = :name, description = :description, status = :status, priority = :priority,
                owner = :owner, sponsor = :sponsor, start_date = :start, due = :due, objectives = :objectives,
                success_criteria = :successCriteria, scope_in = :scopeIn, scope_out = :scopeOut,
                currency = :currency, budget_total = :budgetTotal, created_at = :createdAt,
                updated_at = :updatedAt, version = version + 1
            WHERE id = :id AND version = :expectedVersion
            """)
    int update(@BindMethods Project project, long expectedVersion);

    @SqlUpdate("DELETE FROM projects WHERE id = :id AND version = :expectedVersion")
    int delete(UUID id, long expectedVersion);
}
