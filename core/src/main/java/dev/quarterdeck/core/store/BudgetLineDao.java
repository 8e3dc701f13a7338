package dev.quarterdeck.core.store;

import dev.quarterdeck.core.budget.BudgetLine;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads budget lines. Writes go through {@link Store#write}. */
public interface BudgetLineDao {

    @SqlQuery(Sql.BUDGET_LINE + "WHERE id = :id")
    Optional<BudgetLine> find(UUID id);

    @SqlQuery(Sql.BUDGET_LINE + "WHERE project_id = :projectId ORDER BY LOWER(category), id")
    List<BudgetLine> listByProject(UUID projectId);

    @SqlQuery(Sql.BUDGET_LINE + "ORDER BY project_id, id")
    List<BudgetLine> listAll();
}
