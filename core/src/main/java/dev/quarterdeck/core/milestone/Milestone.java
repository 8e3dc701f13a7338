package dev.quarterdeck.core.milestone;

import dev.quarterdeck.core.common.Require;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A dated checkpoint of a project. {@code baselineDue} is the date first agreed; slip is measured against it.
 */
public record Milestone(
        UUID id,
        UUID projectId,
        String name,
        String description,
        LocalDate baselineDue,
        LocalDate due,
        MilestoneStatus status,
        LocalDate completed,
        Instant updatedAt,
        long version) {

    public Milestone {
        Require.present(id, "id");
        Require.present(projectId, "projectId");
        name = Require.text(name, "name", 200);
        description = Require.freeText(description, "description", 20_000);
        Require.present(baselineDue, "baselineDue");
        Require.present(due, "due");
        Require.present(status, "status");
        if (status == MilestoneStatus.DONE && completed == null) {
            throw new IllegalArgumentException("a done milestone needs a completion date");
        }
        if (status != MilestoneStatus.DONE && completed != null) {
            throw new IllegalArgumentException("only a done milestone has a completion date");
        }
        Require.present(updatedAt, "updatedAt");
        Require.notNegative(version, "version");
    }

    /** Days between the baseline and the current (or actual) date; positive means late. */
    public long slipDays() {
        LocalDate actual = completed != null ? completed : due;
        return ChronoUnit.DAYS.between(baselineDue, actual);
    }

    /** Past its date and not finished. Late linked tasks are judged by the project health rules. */
    public boolean isPastDue(LocalDate today) {
        return (status == MilestoneStatus.PLANNED || status == MilestoneStatus.IN_PROGRESS) && due.isBefore(today);
    }
}
