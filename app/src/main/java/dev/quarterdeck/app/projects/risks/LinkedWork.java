package dev.quarterdeck.app.projects.risks;

import java.util.UUID;

/**
 * A task or milestone linked to a risk, as the risk's details show it.
 *
 * @param task  true for a task, false for a milestone
 * @param label its title or name, with "(done)" when finished
 */
public record LinkedWork(UUID id, boolean task, String label) {

    /** "Task: Sign the lease" / "Milestone: Lease signed". */
    public String text() {
        return (task ? "Task: " : "Milestone: ") + label;
    }
}
