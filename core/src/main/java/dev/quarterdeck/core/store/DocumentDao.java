package dev.quarterdeck.core.store;

import dev.quarterdeck.core.document.Document;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads document metadata. Writes go through {@link Store#write}. */
public interface DocumentDao {

    @SqlQuery(Sql.DOCUMENT + "WHERE id = :id")
    Optional<Document> find(UUID id);

    @SqlQuery(Sql.DOCUMENT + "WHERE project_id = :projectId ORDER BY LOWER(title), id")
    List<Document> listByProject(UUID projectId);

    @SqlQuery(Sql.DOCUMENT + "ORDER BY project_id, id")
    List<Document> listAll();
}
