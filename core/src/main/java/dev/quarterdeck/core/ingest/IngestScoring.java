package dev.quarterdeck.core.ingest;

import dev.quarterdeck.core.focus.HorizonProposer;
import dev.quarterdeck.core.focus.Prioritiser;
import dev.quarterdeck.core.focus.ScoreWeights;
import dev.quarterdeck.core.focus.ScoringInput;
import dev.quarterdeck.core.focus.SourceSignal;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Makes the task of a new item and scores it, the last step of ingestion. Due date: the item's, or the day of an
 * event. Signals the item itself shows: a review requested of me (GitHub "Review: …"), a Jira issue of priority
 * Highest, a meeting later today. Project priority, milestones and stakeholders count when the agents rescore the
 * workspace; here the task is scored on what it carries.
 */
final class IngestScoring {

    private static final String REVIEW_PREFIX = "Review: ";
    private static final String HIGHEST_PRIORITY = "Priority: Highest";

    private final Clock clock;
    private final Prioritiser prioritiser;
    private final HorizonProposer horizons = new HorizonProposer();

    IngestScoring(Clock clock) {
        this.clock = clock;
        this.prioritiser = new Prioritiser(ScoreWeights.DEFAULT, clock);
    }

    Task newTask(UUID id, UUID projectId, SourceItem item, Instant now) {
        Task draft = new Task(id, projectId, item.title(), notes(item), TaskStatus.TODO, Horizon.LATER, false,
                due(item), null, null, 0, item.kind(), item.ref(), item.url(), now, now, null, 0);
        return scored(draft, item);
    }

    /** The open task of a changed item, with the item's title, notes, due date and link, rescored. */
    Task refresh(Task task, SourceItem item, Instant now) {
        if (task.title().equals(item.title()) && task.notes().equals(notes(item))
                && java.util.Objects.equals(task.due(), due(item))
                && java.util.Objects.equals(task.sourceUrl(), item.url())) {
            return task;
        }
        Task changed = new Task(task.id(), task.projectId(), item.title(), notes(item), task.status(), task.horizon(),
                task.horizonPinned(), due(item), task.estimate(), task.owner(), task.score(), task.sourceKind(),
                task.sourceRef(), item.url(), task.createdAt(), now, task.completedAt(), task.version());
        return scored(changed, item);
    }

    private Task scored(Task task, SourceItem item) {
        ScoringInput input = new ScoringInput(task, null, List.of(), false, 0, item.createdAt(), signals(item));
        double score = prioritiser.score(input).total();
        Horizon horizon = horizons.propose(task, score, LocalDate.now(clock));
        return task.withScore(score).withHorizon(horizon, task.horizonPinned(), task.updatedAt());
    }

    private Set<SourceSignal> signals(SourceItem item) {
        Set<SourceSignal> signals = EnumSet.noneOf(SourceSignal.class);
        if (item.kind() == SourceKind.GITHUB && item.title().startsWith(REVIEW_PREFIX)) {
            signals.add(SourceSignal.REVIEW_REQUESTED_OF_ME);
        }
        if (item.kind() == SourceKind.JIRA && item.snippet().startsWith(HIGHEST_PRIORITY)) {
            signals.add(SourceSignal.JIRA_PRIORITY_HIGHEST);
        }
        if (item.kind() == SourceKind.CALENDAR && item.start() != null && !item.start().isBefore(clock.instant())
                && LocalDate.ofInstant(item.start(), clock.getZone()).equals(LocalDate.now(clock))) {
            signals.add(SourceSignal.MEETING_TODAY_NEEDS_PREPARATION);
        }
        return signals;
    }

    private LocalDate due(SourceItem item) {
        if (item.due() != null) {
            return item.due();
        }
        return item.start() == null ? null : LocalDate.ofInstant(item.start(), clock.getZone());
    }

    private static String notes(SourceItem item) {
        String from = item.senderName() != null && item.senderAddress() != null
                ? item.senderName() + " <" + item.senderAddress() + ">"
                : item.senderName() != null ? item.senderName() : item.senderAddress();
        String header = from == null ? "" : "From " + from;
        if (item.snippet().isEmpty()) {
            return header;
        }
        return header.isEmpty() ? item.snippet() : header + "\n\n" + item.snippet();
    }
}
