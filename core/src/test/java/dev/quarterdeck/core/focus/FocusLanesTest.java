package dev.quarterdeck.core.focus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lanes read in one go: counts and top tasks of the shown horizons, and the Done lane. */
class FocusLanesTest {

    static final Instant NOW = Instant.parse("2026-11-18T09:00:00Z");
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = Store.open(StoreConfig.h2File(dir), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Task task(String title, Horizon horizon, double score) {
        return Task.create(UUID.randomUUID(), null, title, horizon, null, NOW.minusSeconds(30 * 86_400)).withScore(score);
    }

    @Test
    void readsTheTopTasksAndCountsOfTheAskedHorizonsAndTheDoneLane() {
        Task low = task("low", Horizon.TODAY, 10);
        Task high = task("high", Horizon.TODAY, 90);
        Task middle = task("middle", Horizon.TODAY, 50);
        Task lowest = task("lowest", Horizon.TODAY, 1);
        Task later = task("later", Horizon.LATER, 99);
        Task doneLastWeek = task("done long ago", Horizon.WEEK, 5).withStatus(TaskStatus.DONE, NOW.minusSeconds(
                8 * 86_400));
        Task doneEarly = task("done early", Horizon.WEEK, 5).withStatus(TaskStatus.DONE, NOW.minusSeconds(7_200));
        Task doneLate = task("done late", Horizon.MONTH, 5).withStatus(TaskStatus.DONE, NOW.minusSeconds(60));
        store.write(Actor.USER, tx -> {
            List.of(low, high, middle, lowest, later, doneLastWeek, doneEarly, doneLate).forEach(tx::insert);
            return null;
        });

        FocusLanes lanes = FocusLanes.read(store, List.of(Horizon.TODAY, Horizon.WEEK, Horizon.MONTH), 3,
                NOW.minusSeconds(7 * 86_400));

        assertThat(lanes.lane(Horizon.TODAY).count()).isEqualTo(4);
        assertThat(lanes.lane(Horizon.TODAY).top()).extracting(Task::title).containsExactly("high", "middle", "low");
        assertThat(lanes.lane(Horizon.WEEK).count()).isZero();
        assertThat(lanes.lane(Horizon.WEEK).top()).isEmpty();
        assertThat(lanes.open()).doesNotContainKey(Horizon.LATER);
        assertThat(lanes.doneCount()).isEqualTo(2);
        assertThat(lanes.done()).extracting(Task::title).containsExactly("done late", "done early");
    }
}
