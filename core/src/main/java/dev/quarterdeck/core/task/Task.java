package dev.quarterdeck.core.task;

import dev.quarterdeck.core.common.Require;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A unit of work. {@code projectId} is optional (an inbox task). {@code score} is the prioritiser's last
 * result; {@code horizonPinned} means the user chose the horizon and proposals must not change it.
 * {@code completedAt} is set exactly when the status is DONE or CANCELLED.
 */
public record Task(
        UUID id,
        UUID projectId,
        String title,
        String notes,
        TaskStatus status,
        Horizon horizon,
        boolean horizonPinned,
        LocalDate due,
        Duration estimate,
        String owner,
        double score,
        SourceKind sourceKind,
        String sourceRef,
        URI sourceUrl,
        Instant createdAt,
        Instant updatedAt,
        Instant completedAt,
        long version) {

    public Task {
        Require.present(id, "id");
        title = Require.text(title, "title", 500);
        notes = Require.freeText(notes, "notes", 100_000);
        Require.present(status, "status");
        Require.present(horizon, "horizon");
        if (estimate != null && (estimate.isNegative() || estimate.isZero())) {
            throw new IllegalArgumentException("estimate must be positive, was " + estimate);
        }
        owner = Require.optionalText(owner, "owner", 120);
        if (Double.isNaN(score) || Double.isInfinite(score)) {
            throw new IllegalArgumentException("score must be a finite number");
        }
        Require.present(sourceKind, "sourceKind");
        sourceRef = Require.optionalText(sourceRef, "sourceRef", 500);
        if (sourceKind != SourceKind.MANUAL && sourceKind != SourceKind.AGENT && sourceRef == null) {
            throw new IllegalArgumentException("sourceRef is required for a task from " + sourceKind);
        }
        Require.present(createdAt, "createdAt");
        Require.present(updatedAt, "updatedAt");
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("updatedAt must not be before createdAt");
        }
        if (status.isOpen() && completedAt != null) {
            throw new IllegalArgumentException("an open task has no completion time");
        }
        if (!status.isOpen() && completedAt == null) {
            throw new IllegalArgumentException("a " + status + " task needs a completion time");
        }
        Require.notNegative(version, "version");
    }

    /** A new manual task in the given horizon. */
    public static Task create(UUID id, UUID projectId, String title, Horizon horizon, LocalDate due, Instant now) {
        return new Task(id, projectId, title, "", TaskStatus.TODO, horizon, false, due, null, null, 0, SourceKind.MANUAL,
                null, null, now, now, null, 0);
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && due != null && due.isBefore(today);
    }

    public Task withStatus(TaskStatus newStatus, Instant now) {
        Instant completed = newStatus.isOpen() ? null : (completedAt != null ? completedAt : now);
        return new Task(id, projectId, title, notes, newStatus, horizon, horizonPinned, due, estimate, owner, score,
                sourceKind, sourceRef, sourceUrl, createdAt, now, completed, version);
    }

    public Task withHorizon(Horizon newHorizon, boolean pinned, Instant now) {
        return new Task(id, projectId, title, notes, status, newHorizon, pinned, due, estimate, owner, score,
                sourceKind, sourceRef, sourceUrl, createdAt, now, completedAt, version);
    }

    public Task withScore(double newScore) {
        return new Task(id, projectId, title, notes, status, horizon, horizonPinned, due, estimate, owner, newScore,
                sourceKind, sourceRef, sourceUrl, createdAt, updatedAt, completedAt, version);
    }

    public Task withTitleAndNotes(String newTitle, String newNotes, Instant now) {
        return new Task(id, projectId, newTitle, newNotes, status, horizon, horizonPinned, due, estimate, owner, score,
                sourceKind, sourceRef, sourceUrl, createdAt, now, completedAt, version);
    }
}
