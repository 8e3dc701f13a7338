package dev.quarterdeck.core.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The longest chain of open blocking tasks that ends at one of a milestone's tasks, first task first.
 *
 * @param projectCode the milestone's project code
 */
public record CriticalPath(UUID milestoneId, String milestoneName, String projectCode, LocalDate due,
        List<UUID> tasks) {

    public CriticalPath {
        tasks = List.copyOf(tasks);
    }

    /** "KUBE M2 Staging upgraded" for legends and details. */
    public String label() {
        return projectCode == null ? milestoneName : projectCode + " " + milestoneName;
    }
}
