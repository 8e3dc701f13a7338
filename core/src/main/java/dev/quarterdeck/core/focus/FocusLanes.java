package dev.quarterdeck.core.focus;

import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreReader;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.Task;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the Focus lanes show, read in one go: for each open horizon the number of open tasks and the top ones by score
 * (index-sorted reads of {@code tasks_open_focus}), and the tasks completed since a moment, newest first.
 *
 * @param open      per horizon that was read, its count and top tasks
 * @param doneCount tasks completed at or after the start of the Done window
 * @param done      the newest of those, at most the preview size
 */
public record FocusLanes(Map<Horizon, Lane> open, int doneCount, List<Task> done) {

    /** One open horizon: how many tasks it holds and its top ones. */
    public record Lane(int count, List<Task> top) {

        public Lane {
            top = List.copyOf(top);
        }
    }

    public FocusLanes {
        open = Map.copyOf(open);
        done = List.copyOf(done);
    }

    public Lane lane(Horizon horizon) {
        return open.getOrDefault(horizon, new Lane(0, List.of()));
    }

    /**
     * Reads the lanes of {@code horizons} with their top {@code limit} tasks and the Done lane since {@code doneSince},
     * on one connection in one transaction (see {@link Store#readTogether}).
     */
    public static FocusLanes read(Store store, List<Horizon> horizons, int limit, Instant doneSince) {
        Require.present(doneSince, "doneSince");
        return store.readTogether(reader -> read(reader, horizons, limit, doneSince));
    }

    private static FocusLanes read(StoreReader reader, List<Horizon> horizons, int limit, Instant doneSince) {
        Map<Horizon, Integer> counts = reader.tasks().countOpenIn(horizons);
        Map<Horizon, Lane> lanes = new EnumMap<>(Horizon.class);
        for (Horizon horizon : horizons) {
            int count = counts.getOrDefault(horizon, 0);
            List<Task> top = count == 0 ? List.of() : reader.tasks().topOpenByHorizon(horizon, limit);
            lanes.put(horizon, new Lane(count, top));
        }
        int doneCount = reader.tasks().countCompletedSince(doneSince);
        List<Task> done = doneCount == 0 ? List.of() : reader.tasks().completedSince(doneSince, limit);
        return new FocusLanes(lanes, doneCount, done);
    }
}
