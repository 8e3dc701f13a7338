package dev.quarterdeck.core.store;

import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.task.SourceKind;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads source items, unique by (kind, ref). Writes go through {@link Store#write}. */
public interface SourceItemDao {

    @SqlQuery(Sql.SOURCE_ITEM + "WHERE kind = :kind AND ref = :ref")
    Optional<SourceItem> find(SourceKind kind, String ref);

    @SqlQuery(Sql.SOURCE_ITEM + "WHERE id = :id")
    Optional<SourceItem> findById(UUID id);

    @SqlQuery(Sql.SOURCE_ITEM + "WHERE task_id = :taskId ORDER BY created_at, id")
    List<SourceItem> listByTask(UUID taskId);

    @SqlQuery(Sql.SOURCE_ITEM + "WHERE thread_id = :threadId ORDER BY created_at, id")
    List<SourceItem> listByThread(String threadId);

    @SqlQuery(Sql.SOURCE_ITEM + "ORDER BY created_at, id")
    List<SourceItem> listAll();
}
