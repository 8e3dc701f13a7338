package dev.quarterdeck.core.store;

import dev.quarterdeck.core.document.Document;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Row writes for {@link DocumentDao}; only {@link StoreTransaction} calls them, and it adds the audit events. */
interface DocumentWrites extends DocumentDao {

    @SqlUpdate("""
            INSERT INTO documents (id, project_id, title, file_name, media_type, size_bytes, sha256, stored_path,
                                   added_at, version)
            VALUES (:id, :projectId, :title, :fileName, :mediaType, :sizeBytes, :sha256, :storedPath,
                    :addedAt, :version)
            """)
    void insert(@BindMethods Document document);

    @SqlUpdate("""
            UPDATE documents
            SET project_id = :projectId, title = :title, file_name = :fileName, media_type = :mediaType,
                size_bytes = :sizeBytes, sha256 = :sha256, stored_path = :storedPath, added_at = :addedAt,
                version = version + 1
            WHERE id = :id AND version = :expectedVersion
            """)
    int update(@BindMethods Document document, long expectedVersion);

    @SqlUpdate("DELETE FROM documents WHERE id = :id AND version = :expectedVersion")
    int delete(UUID id, long expectedVersion);
}
