package dev.quarterdeck.app.focus;

import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A task as a Focus card shows it.
 *
 * @param projectCode the project's code, or null for a task without a project
 * @param when        the due text for open work ("tomorrow", "overdue · Thu"), "done yesterday" for finished work
 * @param overdue     open and past its due date
 * @param score       the prioritiser's score, rounded
 * @param pinned      the user chose the lane (drag or "Move to"), so proposals leave it there
 */
public record FocusCard(UUID taskId, String title, String projectCode, SourceKind source, String when,
        boolean overdue, int score, boolean done, boolean pinned) {

    public static FocusCard of(Task task, String projectCode, LocalDate today, ZoneId zone) {
        if (task.isOpen()) {
            DueText due = DueText.of(task.due(), today);
            return new FocusCard(task.id(), task.title(), projectCode, task.sourceKind(), due.text(), due.overdue(),
                    (int) Math.round(task.score()), false, task.horizonPinned());
        }
        LocalDate completed = task.completedAt().atZone(zone).toLocalDate();
        return new FocusCard(task.id(), task.title(), projectCode, task.sourceKind(),
                DueText.completed(completed, today), false, (int) Math.round(task.score()), true, false);
    }
}
