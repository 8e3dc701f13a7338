package dev.quarterdeck.core.store;

import dev.quarterdeck.core.budget.Transaction;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads ledger entries (table ledger_entries). Writes go through {@link Store#write}. */
public interface TransactionDao {

    @SqlQuery(Sql.TRANSACTION + "WHERE id = :id")
    Optional<Transaction> find(UUID id);

    /** A project's ledger in date order. */
    @SqlQuery(Sql.TRANSACTION + "WHERE project_id = :projectId ORDER BY entry_date, id")
    List<Transaction> listByProject(UUID projectId);

    @SqlQuery(Sql.TRANSACTION + "WHERE budget_line_id = :budgetLineId ORDER BY entry_date, id")
    List<Transaction> listByBudgetLine(UUID budgetLineId);

    @SqlQuery(Sql.TRANSACTION + "ORDER BY project_id, entry_date, id")
    List<Transaction> listAll();
}
