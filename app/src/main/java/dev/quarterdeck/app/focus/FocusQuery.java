package dev.quarterdeck.app.focus;

import dev.quarterdeck.core.focus.FocusLanes;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.Task;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the Focus board from the store: the top cards of each lane by score (the index-sorted top query) and the
 * lane counts, in one read. The store has no overdue count, so overdue and due-today are counted from the task list the
 * caller already read for the portfolio.
 */
public final class FocusQuery {

    static final Duration DONE_WINDOW = Duration.ofDays(7);
    /** The horizons that have a lane (Later has none). */
    private static final List<Horizon> SHOWN = Arrays.stream(FocusLane.values())
            .flatMap(lane -> lane.horizon().stream()).toList();

    private final Store store;
    private final Clock clock;

    public FocusQuery(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public FocusBoard load(List<Task> allTasks, Map<UUID, String> projectCodes, int redProjects,
            int amberProjects) {
        LocalDate today = LocalDate.now(clock);
        int overdue = (int) allTasks.stream().filter(t -> t.isOverdue(today)).count();
        int dueToday = (int) allTasks.stream().filter(t -> t.isOpen() && today.equals(t.due())).count();
        return new FocusBoard(lanes(projectCodes), new FocusSummary(today, overdue, dueToday, redProjects,
                amberProjects));
    }

    /** The four lanes' counts and top cards, in one read ({@link FocusLanes#read}); what a tick re-reads. */
    public Map<FocusLane, FocusBoard.LaneContent> lanes(Map<UUID, String> projectCodes) {
        FocusLanes read = FocusLanes.read(store, SHOWN, FocusLane.PREVIEW_SIZE, doneSince());
        Map<FocusLane, FocusBoard.LaneContent> lanes = new EnumMap<>(FocusLane.class);
        for (FocusLane lane : FocusLane.values()) {
            lanes.put(lane, lane.horizon()
                    .map(horizon -> new FocusBoard.LaneContent(read.lane(horizon).count(),
                            cards(read.lane(horizon).top(), projectCodes)))
                    .orElseGet(() -> new FocusBoard.LaneContent(read.doneCount(), cards(read.done(), projectCodes))));
        }
        return lanes;
    }

    /** Every card of one lane, for "Show all". */
    public List<FocusCard> all(FocusLane lane, int count, Map<UUID, String> projectCodes) {
        List<Task> tasks = lane.horizon()
                .map(horizon -> store.tasks().topOpenByHorizon(horizon, Math.max(count, 1)))
                .orElseGet(() -> store.tasks().completedSince(doneSince(), Math.max(count, 1)));
        return cards(tasks, projectCodes);
    }

    private Instant doneSince() {
        return clock.instant().minus(DONE_WINDOW);
    }

    private List<FocusCard> cards(List<Task> tasks, Map<UUID, String> projectCodes) {
        LocalDate today = LocalDate.now(clock);
        return tasks.stream()
                .map(task -> FocusCard.of(task, task.projectId() == null ? null : projectCodes.get(task.projectId()),
                        today, clock.getZone()))
                .toList();
    }
}
