package dev.quarterdeck.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The focus lanes must be read in index order on H2 (it sorts by an index only when ORDER BY starts with the
 * index's leading columns); otherwise every lane is a full sort of the horizon's tasks.
 */
class H2QueryPlanTest {

    static Store store;

    @BeforeAll
    static void open() {
        store = TestStores.openFresh(Backend.H2);
        List<Task> tasks = new ArrayList<>();
        TaskStatus[] statuses = TaskStatus.values();
        Horizon[] horizons = Horizon.values();
        for (int i = 0; i < 500; i++) {
            TaskStatus status = statuses[i % statuses.length];
            tasks.add(Fixtures.task(null, "task " + i, status, horizons[i % horizons.length], (i * 37) % 101));
        }
        store.write(Actor.system("test"), tx -> {
            tasks.forEach(tx::insert);
            return null;
        });
        store.jdbi().useHandle(h -> h.execute("ANALYZE"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String explain(String sql, Object... namesAndValues) {
        return store.jdbi().withHandle(h -> {
            var query = h.createQuery("EXPLAIN " + sql);
            for (int i = 0; i < namesAndValues.length; i += 2) {
                query.bind((String) namesAndValues[i], namesAndValues[i + 1]);
            }
            return String.join("\n", query.mapTo(String.class).list());
        });
    }

    @Test
    void focusLaneIsReadInIndexOrder() {
        String plan = explain(TaskDao.TOP_OPEN_BY_HORIZON, "horizon", Horizon.TODAY, "limit", 5);

        assertThat(plan).contains("TASKS_OPEN_FOCUS").contains("/* index sorted */");
    }

    @Test
    void completedSinceIsReadInIndexOrder() {
        String plan = explain(TaskDao.COMPLETED_SINCE, "since", Fixtures.T0, "limit", 5);

        assertThat(plan).contains("TASKS_COMPLETED").contains("/* index sorted */");
    }

    @Test
    void theIndexOrderGivesTheHighestScoresFirst() {
        List<Task> lane = store.tasks().topOpenByHorizon(Horizon.TODAY, 50);

        assertThat(lane).hasSize(50).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()))
                .allSatisfy(t -> assertThat(t.isOpen()).isTrue());
        double lowestShown = lane.get(lane.size() - 1).score();
        assertThat(store.tasks().listAll()).filteredOn(t -> t.isOpen() && t.horizon() == Horizon.TODAY)
                .filteredOn(t -> t.score() > lowestShown)
                .allSatisfy(t -> assertThat(lane).contains(t));
    }
}
