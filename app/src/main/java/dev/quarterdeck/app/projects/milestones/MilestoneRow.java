package dev.quarterdeck.app.projects.milestones;

import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneLateness;
import dev.quarterdeck.core.task.Task;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A milestone with the tasks linked to it and whether it is late. */
public record MilestoneRow(Milestone milestone, List<Task> linked, LocalDate today) {

    public MilestoneRow {
        linked = List.copyOf(linked);
    }

    public Optional<String> lateReason() {
        return MilestoneLateness.reason(milestone, linked, today);
    }

    public boolean isLate() {
        return lateReason().isPresent();
    }

    /** "3 tasks, 1 open" or "—". */
    public String linkedText() {
        if (linked.isEmpty()) {
            return "—";
        }
        long open = linked.stream().filter(Task::isOpen).count();
        return linked.size() + (linked.size() == 1 ? " task" : " tasks") + ", " + open + " open";
    }
}
