package dev.quarterdeck.core.store;

import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Plain JDBC batches for the ingestion path: the same columns and value conventions as {@link StoreCodecs} (UTC
 * instants cut to microseconds, URIs and enums as text, lists as JSON), without Jdbi's per-row reflection — a sync
 * of 10,000 items spends its time in the database, not in binding.
 */
final class BatchInsert {

    /** Rows sent per executeBatch; H2 and PostgreSQL both handle this comfortably. */
    private static final int CHUNK = 2_000;

    private BatchInsert() {
    }

    static void tasks(Connection connection, List<Task> tasks) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                INSERT INTO tasks (id, project_id, title, notes, status, horizon, horizon_pinned, due, estimate_ms,
                                   owner, score, source_kind, source_ref, source_url, created_at, updated_at,
                                   completed_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            int n = 0;
            for (Task t : tasks) {
                s.setObject(1, t.id());
                s.setObject(2, t.projectId());
                s.setString(3, t.title());
                s.setString(4, t.notes());
                s.setString(5, t.status().name());
                s.setString(6, t.horizon().name());
                s.setBoolean(7, t.horizonPinned());
                date(s, 8, t.due());
                if (t.estimate() == null) {
                    s.setNull(9, Types.BIGINT);
                } else {
                    s.setLong(9, t.estimate().toMillis());
                }
                s.setString(10, t.owner());
                s.setDouble(11, t.score());
                s.setString(12, t.sourceKind().name());
                s.setString(13, t.sourceRef());
                s.setString(14, text(t.sourceUrl()));
                instant(s, 15, t.createdAt());
                instant(s, 16, t.updatedAt());
                instant(s, 17, t.completedAt());
                s.setLong(18, t.version());
                add(s, ++n);
            }
            s.executeBatch();
        }
    }

    static void sourceItems(Connection connection, List<SourceItem> items) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                INSERT INTO source_items (id, kind, ref, title, snippet, sender_address, sender_name, created_at, due,
                                          thread_id, reference_list, url, start_at, end_at, project_code, task_id,
                                          seen_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            int n = 0;
            for (SourceItem i : items) {
                s.setObject(1, i.id());
                s.setString(2, i.kind().name());
                s.setString(3, i.ref());
                s.setString(4, i.title());
                s.setString(5, i.snippet());
                s.setString(6, i.senderAddress());
                s.setString(7, i.senderName());
                instant(s, 8, i.createdAt());
                date(s, 9, i.due());
                s.setString(10, i.threadId());
                s.setString(11, i.references().isEmpty() ? "[]" : StoreJson.write(i.references()));
                s.setString(12, text(i.url()));
                instant(s, 13, i.start());
                instant(s, 14, i.end());
                s.setString(15, i.projectCode());
                s.setObject(16, i.taskId());
                instant(s, 17, i.seenAt());
                add(s, ++n);
            }
            s.executeBatch();
        }
    }

    static void links(Connection connection, List<TaskLink> links) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                INSERT INTO task_links (id, from_task_id, to_task_id, kind, origin, created_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """)) {
            int n = 0;
            for (TaskLink l : links) {
                s.setObject(1, l.id());
                s.setObject(2, l.fromTaskId());
                s.setObject(3, l.toTaskId());
                s.setString(4, l.kind().name());
                s.setString(5, l.origin().name());
                instant(s, 6, l.createdAt());
                add(s, ++n);
            }
            s.executeBatch();
        }
    }

    private static void add(PreparedStatement s, int n) throws SQLException {
        s.addBatch();
        if (n % CHUNK == 0) {
            s.executeBatch();
        }
    }

    private static void instant(PreparedStatement s, int position, Instant value) throws SQLException {
        if (value == null) {
            s.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            s.setObject(position, OffsetDateTime.ofInstant(StoreCodecs.toStored(value), ZoneOffset.UTC));
        }
    }

    private static void date(PreparedStatement s, int position, LocalDate value) throws SQLException {
        if (value == null) {
            s.setNull(position, Types.DATE);
        } else {
            s.setObject(position, value);
        }
    }

    private static String text(URI uri) {
        return uri == null ? null : uri.toString();
    }
}
