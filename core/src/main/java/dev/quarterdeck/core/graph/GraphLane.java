package dev.quarterdeck.core.graph;

import dev.quarterdeck.core.task.Task;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The horizontal bands of the graph, top to bottom: the four horizons of open tasks, then recently closed ones. */
public enum GraphLane {
    TODAY("Today"), WEEK("This week"), MONTH("This month"), LATER("Later"), DONE("Done (7 days)");

    /** How far back the Done lane reaches. */
    public static final Duration DONE_WINDOW = Duration.ofDays(7);

    private final String title;

    GraphLane(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The lane of a task: its horizon while open, Done when closed within the window, none when closed earlier. */
    public static Optional<GraphLane> of(Task task, Instant now) {
        if (task.isOpen()) {
            return Optional.of(switch (task.horizon()) {
                case TODAY -> TODAY;
                case WEEK -> WEEK;
                case MONTH -> MONTH;
                case LATER -> LATER;
            });
        }
        return task.completedAt().isBefore(now.minus(DONE_WINDOW)) ? Optional.empty() : Optional.of(DONE);
    }
}
