package dev.quarterdeck.core.milestone;

import dev.quarterdeck.core.common.Require;
import java.util.UUID;

/** A task that a milestone depends on. */
public record MilestoneTask(UUID milestoneId, UUID taskId) {

    public MilestoneTask {
        Require.present(milestoneId, "milestoneId");
        Require.present(taskId, "taskId");
    }
}
