package dev.quarterdeck.core.focus;

import dev.quarterdeck.core.project.Priority;
import dev.quarterdeck.core.task.Task;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything the prioritiser needs about one task, gathered by the caller from the store.
 *
 * @param projectPriority    the task's project priority, or null for a task without a project
 * @param blockedMilestones  names of milestones whose critical path runs through this task
 * @param flagged            the user marked the task important
 * @param requesterInfluence influence (1–5) of the stakeholder who asked for it, 0 when unknown
 * @param lastActivity       the newest activity on the task or its thread
 */
public record ScoringInput(Task task, Priority projectPriority, List<String> blockedMilestones, boolean flagged,
        int requesterInfluence, Instant lastActivity, Set<SourceSignal> signals) {

    public ScoringInput {
        if (task == null) {
            throw new IllegalArgumentException("task is required");
        }
        blockedMilestones = List.copyOf(blockedMilestones);
        if (requesterInfluence < 0 || requesterInfluence > 5) {
            throw new IllegalArgumentException("requesterInfluence must be between 0 and 5, was " + requesterInfluence);
        }
        if (lastActivity == null) {
            lastActivity = task.updatedAt();
        }
        signals = Set.copyOf(signals);
    }

    /** A task on its own: no project, milestone, stakeholder or source signal. */
    public static ScoringInput of(Task task) {
        return new ScoringInput(task, null, List.of(), false, 0, task.updatedAt(), Set.of());
    }
}
