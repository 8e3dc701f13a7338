package dev.quarterdeck.core.store;

import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads tasks, including the focus-lane and search queries. Writes go through {@link Store#write}. */
public interface TaskDao {

    /** The open statuses, from {@link TaskStatus#isOpen()} so the SQL cannot drift from the enum. */
    List<TaskStatus> OPEN = Arrays.stream(TaskStatus.values()).filter(TaskStatus::isOpen).toList();

    /**
     * Open tasks of one horizon, highest score first, as one range of the tasks_open_focus index: ORDER BY repeats
     * the equality-bound column so that H2 reads the index in order and stops after LIMIT.
     */
    String TOP_OPEN_BY_HORIZON = Sql.TASK + """
            WHERE open_horizon = :horizon
            ORDER BY open_horizon, score DESC
            LIMIT :limit
            """;

    /** Done tasks newest first; ORDER BY starts with status so that H2 reads them in tasks_completed order. */
    String COMPLETED_SINCE = Sql.TASK + """
            WHERE status = 'DONE' AND completed_at >= :since
            ORDER BY status, completed_at DESC
            LIMIT :limit
            """;

    @SqlQuery(Sql.TASK + "WHERE id = :id")
    Optional<Task> find(UUID id);

    @SqlQuery(Sql.TASK + "WHERE project_id = :projectId ORDER BY created_at, id")
    List<Task> listByProject(UUID projectId);

    /** Tasks without a project, newest first. */
    @SqlQuery(Sql.TASK + "WHERE project_id IS NULL ORDER BY created_at DESC, id LIMIT :limit")
    List<Task> listInbox(int limit);

    @SqlQuery(Sql.TASK + "WHERE source_kind = :kind AND source_ref = :ref")
    List<Task> findBySource(SourceKind kind, String ref);

    @SqlQuery(Sql.TASK + "ORDER BY created_at, id")
    List<Task> listAll();

    @SqlQuery("SELECT COUNT(*) FROM tasks")
    int count();

    @SqlQuery(TOP_OPEN_BY_HORIZON)
    List<Task> topOpenByHorizonQuery(Horizon horizon, int limit);

    /** Open tasks of one horizon, highest score first (one index-sorted read). */
    default List<Task> topOpenByHorizon(Horizon horizon, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        return limit == 0 ? List.of() : topOpenByHorizonQuery(horizon, limit);
    }

    @SqlQuery("""
            SELECT open_horizon, COUNT(*) AS n FROM tasks
            WHERE open_horizon IS NOT NULL
            GROUP BY open_horizon
            """)
    @KeyColumn("open_horizon")
    @ValueColumn("n")
    Map<Horizon, Integer> countByOpenHorizon();

    /** Number of open tasks per horizon; every horizon is present, with 0 when it has none. */
    default Map<Horizon, Integer> countOpenByHorizon() {
        Map<Horizon, Integer> counts = new EnumMap<>(Horizon.class);
        for (Horizon horizon : Horizon.values()) {
            counts.put(horizon, 0);
        }
        counts.putAll(countByOpenHorizon());
        return counts;
    }

    @SqlQuery("""
            SELECT open_horizon, COUNT(*) AS n FROM tasks
            WHERE open_horizon IN (<horizons>)
            GROUP BY open_horizon
            """)
    @KeyColumn("open_horizon")
    @ValueColumn("n")
    Map<Horizon, Integer> countByOpenHorizonIn(@BindList("horizons") List<String> horizons);

    /**
     * Number of open tasks in each of {@code horizons} (0 when it has none): counts only those ranges of the
     * tasks_open_focus index, so the Focus lanes do not pay for counting the Later tasks they do not show.
     */
    default Map<Horizon, Integer> countOpenIn(Collection<Horizon> horizons) {
        Map<Horizon, Integer> counts = new EnumMap<>(Horizon.class);
        horizons.forEach(horizon -> counts.put(horizon, 0));
        if (!horizons.isEmpty()) {
            counts.putAll(countByOpenHorizonIn(horizons.stream().map(Horizon::name).toList()));
        }
        return counts;
    }

    /** DONE tasks completed at or after {@code since}, newest completion first. */
    @SqlQuery(COMPLETED_SINCE)
    List<Task> completedSince(Instant since, int limit);

    @SqlQuery("SELECT COUNT(*) FROM tasks WHERE status = 'DONE' AND completed_at >= :since")
    int countCompletedSince(Instant since);

    @SqlQuery(Sql.TASK + """
            WHERE LOWER(title) LIKE :pattern ESCAPE '!'
            ORDER BY CASE WHEN status IN (<open>) THEN 0 ELSE 1 END, score DESC, LOWER(title), id
            LIMIT :limit
            """)
    List<Task> searchByPattern(String pattern, @BindList("open") List<TaskStatus> statuses, int limit);

    /** Tasks whose title contains {@code text}, ignoring case; open tasks first, then by score. */
    default List<Task> search(String text, int limit) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        String escaped = needle.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return searchByPattern("%" + escaped + "%", OPEN, limit);
    }
}
