package dev.quarterdeck.core.milestone;

import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.task.Task;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Whether an unfinished milestone is late and why: its date has passed, or a task it depends on is overdue. Done
 * and cancelled milestones are never late (a done one's slip is its {@link Milestone#slipDays()}).
 */
public final class MilestoneLateness {

    private MilestoneLateness() {
    }

    /** The reasons in words ("due 3 days ago", "2 linked tasks overdue"), empty when it is not late. */
    public static Optional<String> reason(Milestone milestone, Collection<Task> linked, LocalDate today) {
        Require.present(milestone, "milestone");
        Require.present(linked, "linked");
        if (milestone.status() == MilestoneStatus.DONE || milestone.status() == MilestoneStatus.CANCELLED) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        if (milestone.isPastDue(today)) {
            long days = ChronoUnit.DAYS.between(milestone.due(), today);
            reasons.add("due " + days + (days == 1 ? " day ago" : " days ago"));
        }
        long overdue = linked.stream().filter(t -> t.isOverdue(today)).count();
        if (overdue > 0) {
            reasons.add(overdue + (overdue == 1 ? " linked task overdue" : " linked tasks overdue"));
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", reasons));
    }
}
