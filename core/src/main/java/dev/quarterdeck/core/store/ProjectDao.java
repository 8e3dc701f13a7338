package dev.quarterdeck.core.store;

import dev.quarterdeck.core.project.Project;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads projects. Writes go through {@link Store#write}. */
public interface ProjectDao {

    @SqlQuery(Sql.PROJECT + "ORDER BY LOWER(name), code")
    List<Project> list();

    @SqlQuery(Sql.PROJECT + "WHERE id = :id")
    Optional<Project> find(UUID id);

    @SqlQuery(Sql.PROJECT + "WHERE code = :code")
    Optional<Project> findByCode(String code);

    @SqlQuery("SELECT COUNT(*) FROM projects")
    int count();
}
