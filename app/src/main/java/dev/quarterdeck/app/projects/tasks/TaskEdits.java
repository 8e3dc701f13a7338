package dev.quarterdeck.app.projects.tasks;

import dev.quarterdeck.core.common.Ids;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The changes the Tasks tab makes to a task, as new task values (the store bumps the version). */
final class TaskEdits {

    private TaskEdits() {
    }

    static Task owner(Task t, String owner, Instant now) {
        return new Task(t.id(), t.projectId(), t.title(), t.notes(), t.status(), t.horizon(), t.horizonPinned(),
                t.due(), t.estimate(), owner == null || owner.isBlank() ? null : owner.strip(), t.score(),
                t.sourceKind(), t.sourceRef(), t.sourceUrl(), t.createdAt(), now, t.completedAt(), t.version());
    }

    static Task due(Task t, LocalDate due, Instant now) {
        return new Task(t.id(), t.projectId(), t.title(), t.notes(), t.status(), t.horizon(), t.horizonPinned(), due,
                t.estimate(), t.owner(), t.score(), t.sourceKind(), t.sourceRef(), t.sourceUrl(), t.createdAt(), now,
                t.completedAt(), t.version());
    }

    /** A task typed by hand into a project: to do, this week, pinned there by the user. */
    static Task added(UUID projectId, String title, Instant now) {
        return new Task(Ids.newId(), projectId, title, "", TaskStatus.TODO, Horizon.WEEK, true, null, null, null, 0,
                SourceKind.MANUAL, null, null, now, now, null, 0);
    }
}
