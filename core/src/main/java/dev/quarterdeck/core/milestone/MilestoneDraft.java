package dev.quarterdeck.core.milestone;

import dev.quarterdeck.core.common.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A milestone as its form holds it. {@link #problems} names every reason it cannot be saved: a name, a due date and
 * a baseline (the first agreed date; a new milestone takes its due date), a completion date exactly when the status
 * is done, and no completion in the future.
 */
public record MilestoneDraft(String name, String description, LocalDate baselineDue, LocalDate due,
        MilestoneStatus status, LocalDate completed) {

    public static MilestoneDraft of(Milestone m) {
        return new MilestoneDraft(m.name(), m.description(), m.baselineDue(), m.due(), m.status(), m.completed());
    }

    public List<FieldProblem> problems(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", "Name the milestone, e.g. Lease signed"));
        } else if (name.strip().length() > 200) {
            problems.add(new FieldProblem("name", "At most 200 characters"));
        }
        if (description != null && description.length() > 20_000) {
            problems.add(new FieldProblem("description", "At most 20,000 characters"));
        }
        if (due == null) {
            problems.add(new FieldProblem("due", "When is it due?"));
        }
        if (status == null) {
            problems.add(new FieldProblem("status", "Choose a status"));
        } else if (status == MilestoneStatus.DONE && completed == null) {
            problems.add(new FieldProblem("completed", "A done milestone needs the date it was reached"));
        } else if (status != MilestoneStatus.DONE && completed != null) {
            problems.add(new FieldProblem("completed", "Only a done milestone has a completion date; clear it or "
                    + "set the status to done"));
        }
        if (completed != null && completed.isAfter(today)) {
            problems.add(new FieldProblem("completed", "The completion date cannot be in the future"));
        }
        return List.copyOf(problems);
    }

    /** The record; a missing baseline takes the due date. Call only when {@link #problems} is empty. */
    public Milestone toMilestone(UUID id, UUID projectId, Instant updatedAt, long version) {
        return new Milestone(id, projectId, name.strip(), description == null ? "" : description,
                baselineDue == null ? due : baselineDue, due, status, completed, updatedAt, version);
    }

    /** The same milestone reached on {@code day}. */
    public static Milestone completed(Milestone m, LocalDate day, Instant updatedAt) {
        return new Milestone(m.id(), m.projectId(), m.name(), m.description(), m.baselineDue(), m.due(),
                MilestoneStatus.DONE, day, updatedAt, m.version());
    }
}
