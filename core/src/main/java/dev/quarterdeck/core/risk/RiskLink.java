package dev.quarterdeck.core.risk;

import dev.quarterdeck.core.common.Require;
import java.util.UUID;

/**
 * A risk's link to one task or one milestone of its project (exactly one of {@code taskId} and {@code milestoneId}
 * is set): the work that the risk threatens, or that answers it.
 */
public record RiskLink(UUID id, UUID riskId, UUID taskId, UUID milestoneId) {

    public RiskLink {
        Require.present(id, "id");
        Require.present(riskId, "riskId");
        if ((taskId == null) == (milestoneId == null)) {
            throw new IllegalArgumentException("a risk link names exactly one task or one milestone");
        }
    }

    public static RiskLink toTask(UUID id, UUID riskId, UUID taskId) {
        return new RiskLink(id, riskId, Require.present(taskId, "taskId"), null);
    }

    public static RiskLink toMilestone(UUID id, UUID riskId, UUID milestoneId) {
        return new RiskLink(id, riskId, null, Require.present(milestoneId, "milestoneId"));
    }

    /** The task or milestone linked. */
    public UUID targetId() {
        return taskId != null ? taskId : milestoneId;
    }

    public boolean isTask() {
        return taskId != null;
    }
}
