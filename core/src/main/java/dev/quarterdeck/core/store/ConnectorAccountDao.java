package dev.quarterdeck.core.store;

import dev.quarterdeck.core.connector.ConnectorAccount;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads connected accounts. Writes go through {@link Store#write}. */
public interface ConnectorAccountDao {

    @SqlQuery(Sql.CONNECTOR_ACCOUNT + "WHERE id = :id")
    Optional<ConnectorAccount> find(UUID id);

    @SqlQuery(Sql.CONNECTOR_ACCOUNT + "ORDER BY kind, LOWER(display_name), id")
    List<ConnectorAccount> list();
}
