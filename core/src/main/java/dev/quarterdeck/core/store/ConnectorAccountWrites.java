package dev.quarterdeck.core.store;

import dev.quarterdeck.core.connector.ConnectorAccount;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Row writes for {@link ConnectorAccountDao}; only {@link StoreTransaction} calls them, and it adds the audit events. */
interface ConnectorAccountWrites extends ConnectorAccountDao {

    @SqlUpdate("""
            INSERT INTO connector_accounts (id, kind, display_name, account, status, last_sync, sync_cursor,
                                            item_count, last_error, updated_at, version)
            VALUES (:id, :kind, :displayName, :account, :status, :lastSync, :cursor, :itemCount, :lastError,
                    :updatedAt, :version)
            """)
    void insert(@BindMethods ConnectorAccount account);

    @SqlUpdate("""
            UPDATE connector_accounts
            SET kind = :kind, display_name = :displayName, account = :account, status = :status,
                last_sync = :lastSync, sync_cursor = :cursor, item_count = :itemCount, last_error = :lastError,
                updated_at = :updatedAt, version = version + 1
            WHERE id = :id AND version = :expectedVersion
            """)
    int update(@BindMethods ConnectorAccount account, long expectedVersion);

    @SqlUpdate("DELETE FROM connector_accounts WHERE id = :id AND version = :expectedVersion")
    int delete(UUID id, long expectedVersion);
}
