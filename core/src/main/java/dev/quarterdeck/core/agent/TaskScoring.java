package dev.quarterdeck.core.agent;

import dev.quarterdeck.core.focus.Prioritiser;
import dev.quarterdeck.core.focus.ScoreWeights;
import dev.quarterdeck.core.focus.ScoringInput;
import dev.quarterdeck.core.focus.SourceSignal;
import dev.quarterdeck.core.focus.TaskScore;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.project.Priority;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores tasks with the {@link Prioritiser}, gathering each task's {@link ScoringInput} from the workspace:
 * <ul>
 * <li>project priority — of the task's project;</li>
 * <li>blocked milestones — the open milestones whose critical path runs through the task;</li>
 * <li>requester influence — the highest influence of a stakeholder whose e-mail sent the task's source item
 * (a stakeholder of the task's own project wins over others);</li>
 * <li>last activity — the newest of the task's update and its source items (and their threads);</li>
 * <li>signals — "meeting today needs preparation" for a task made from one of today's calendar events that has not
 * started yet; "direct email from a key stakeholder" for a task made from an e-mail sent by a stakeholder of
 * influence 4 or 5.</li>
 * </ul>
 * A task counts as flagged when {@link PreferenceModel#isFlagged} says so. The source-signal weight is
 * multiplied by the user's learned {@link PreferenceModel#sourceMultiplier} for the task's source. Scores are kept
 * per task for the life of the context.
 */
final class TaskScoring {

    static final int KEY_STAKEHOLDER_INFLUENCE = 4;

    private final WorkspaceIndex index;
    private final PreferenceModel preferences;
    private final Clock clock;
    private final LocalDate today;
    private final ZoneId zone;
    private final Map<SourceKind, Prioritiser> prioritisers = new EnumMap<>(SourceKind.class);
    private final Map<UUID, TaskScore> scores = new ConcurrentHashMap<>();

    TaskScoring(WorkspaceIndex index, PreferenceModel preferences, Clock clock) {
        this.index = index;
        this.preferences = preferences;
        this.clock = clock;
        this.today = LocalDate.now(clock);
        this.zone = clock.getZone();
        for (SourceKind kind : SourceKind.values()) {
            double sourceWeight = Math.min(5, ScoreWeights.DEFAULT.sourceSignal() * preferences.sourceMultiplier(kind));
            ScoreWeights weights = new ScoreWeights(ScoreWeights.DEFAULT.urgency(), ScoreWeights.DEFAULT.importance(),
                    ScoreWeights.DEFAULT.recency(), sourceWeight, ScoreWeights.DEFAULT.effort());
            prioritisers.put(kind, new Prioritiser(weights, clock));
        }
    }

    TaskScore score(Task task) {
        return scores.computeIfAbsent(task.id(), id -> scoreOf(task));
    }

    /** Scores a task that is not in the workspace yet (a proposed one), as if it came from {@code item}. */
    TaskScore scoreDraft(Task draft, SourceItem item) {
        return prioritisers.get(draft.sourceKind()).score(inputFor(draft, item == null ? List.of() : List.of(item)));
    }

    private TaskScore scoreOf(Task task) {
        return prioritisers.get(task.sourceKind()).score(inputFor(task, index.itemsOf(task.id())));
    }

    private ScoringInput inputFor(Task task, List<SourceItem> items) {
        Priority priority = index.project(task.projectId()).map(Project::priority).orElse(null);
        int influence = 0;
        Instant lastActivity = task.updatedAt();
        Set<SourceSignal> signals = EnumSet.noneOf(SourceSignal.class);
        for (SourceItem item : items) {
            lastActivity = latest(lastActivity, item.createdAt());
            for (SourceItem sibling : index.itemsInThread(item.threadId())) {
                lastActivity = latest(lastActivity, sibling.createdAt());
            }
            int senderInfluence = requesterInfluence(item, task.projectId());
            influence = Math.max(influence, senderInfluence);
            if (item.kind() == SourceKind.GMAIL && senderInfluence >= KEY_STAKEHOLDER_INFLUENCE) {
                signals.add(SourceSignal.DIRECT_EMAIL_FROM_KEY_STAKEHOLDER);
            }
            if (isUpcomingMeetingToday(item)) {
                signals.add(SourceSignal.MEETING_TODAY_NEEDS_PREPARATION);
            }
        }
        return new ScoringInput(task, priority, index.blockedMilestoneNames(task.id()), preferences.isFlagged(task.id()), influence,
                lastActivity, signals);
    }

    private int requesterInfluence(SourceItem item, UUID projectId) {
        List<Stakeholder> senders = index.stakeholdersWithEmail(item.senderAddress());
        return senders.stream().filter(s -> s.projectId().equals(projectId)).mapToInt(Stakeholder::influence).max()
                .orElse(senders.stream().mapToInt(Stakeholder::influence).max().orElse(0));
    }

    private boolean isUpcomingMeetingToday(SourceItem item) {
        return item.kind() == SourceKind.CALENDAR && item.start() != null
                && LocalDate.ofInstant(item.start(), zone).equals(today) && !item.start().isBefore(clock.instant());
    }

    private static Instant latest(Instant a, Instant b) {
        return b.isAfter(a) ? b : a;
    }
}
