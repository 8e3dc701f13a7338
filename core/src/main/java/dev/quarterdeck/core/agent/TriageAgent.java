package dev.quarterdeck.core.agent;

import static dev.quarterdeck.core.agent.Texts.quote;

import dev.quarterdeck.core.agent.WorkspaceIndex.Similar;
import dev.quarterdeck.core.focus.HorizonProposer;
import dev.quarterdeck.core.focus.TaskScore;
import dev.quarterdeck.core.ingest.IngestionPipeline;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns source items that have no task yet into CREATE_TASK proposals, and suspects duplicates among the open tasks.
 *
 * <p>Which items: every item without a task, oldest first, except calendar events that are over (nothing left to
 * prepare) and occurrences of a recurring event (a stand-up needs no preparation task). A calendar event becomes
 * "Prepare for …", due the day it happens, estimated at {@value #PREPARATION_MINUTES} minutes; any other item keeps its
 * title (without "Re:"/"Fwd:") and due date.
 *
 * <p>The project, first rule that gives one open project wins:
 * <ol>
 * <li>the item's project code;</li>
 * <li>the items in its thread, the items it references and the items that reference it: the project most of them (or
 * their tasks) are filed under;</li>
 * <li>its sender is a stakeholder of exactly one open project;</li>
 * <li>earlier items from the same sender became tasks in one project more often than in any other.</li>
 * </ol>
 * Otherwise the task goes to the inbox. The horizon is the {@link HorizonProposer}'s for the new task's due date and
 * score (scored as the task would be, see {@link TaskScoring}).
 *
 * <p>A duplicate is suspected when an open task was made from an item in the same thread, from an item this one
 * references or is referenced by (and their titles share at least {@value #RELATED_SIMILARITY} of their words), or
 * when an open task's title shares at least {@value #DUPLICATE_SIMILARITY} of its significant words with the new
 * one's. Each suspicion is a LINK_TASKS (DUPLICATES) proposal from the new task to the old one, and it lowers the
 * CREATE_TASK confidence.
 */
public final class TriageAgent implements Agent {

    public static final String NAME = "triage";
    static final int PREPARATION_MINUTES = 30;
    static final double DUPLICATE_SIMILARITY = 0.6;
    static final double RELATED_SIMILARITY = 0.3;
    static final int MAX_DUPLICATES = 3;

    private static final Pattern REPLY_PREFIX = Pattern.compile("^(?i)((re|fwd?|aw|wg)\\s*:\\s*)+");

    private final HorizonProposer horizons = new HorizonProposer();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Proposal> run(AgentContext context) {
        List<Proposal> proposals = new ArrayList<>();
        for (SourceItem item : itemsToTriage(context)) {
            proposals.addAll(triage(item, context));
        }
        return proposals;
    }

    /** The items that need a task, oldest first. */
    static List<SourceItem> itemsToTriage(AgentContext context) {
        return context.workspace().sourceItems().stream()
                .filter(item -> needsTask(item, context))
                .sorted(Comparator.comparing(SourceItem::createdAt).thenComparing(SourceItem::kind)
                        .thenComparing(SourceItem::ref))
                .toList();
    }

    private static boolean needsTask(SourceItem item, AgentContext context) {
        if (context.index().taskFor(item).isPresent()) {
            return false;
        }
        if (item.kind() == SourceKind.CALENDAR) {
            boolean recurring = item.threadId() != null;
            Instant over = item.end() != null ? item.end() : item.start();
            return item.start() != null && !recurring && over.isAfter(context.now());
        }
        return true;
    }

    List<Proposal> triage(SourceItem item, AgentContext context) {
        Placement placement = place(item, context);
        Task draft = draftTask(item, placement.project(), context);
        TaskScore score = context.scoring().scoreDraft(draft, item);
        Horizon horizon = horizons.propose(draft, score.total(), context.today());
        List<Suspicion> duplicates = duplicates(item, draft, context);

        ProposalPayload.CreateTask payload = new ProposalPayload.CreateTask(draft.id(), draft.projectId(),
                draft.title(), draft.notes(), horizon, draft.due(),
                draft.estimate() == null ? null : Math.toIntExact(draft.estimate().toMinutes()), item.kind(),
                item.ref(), item.url(), item.id());
        String where = placement.project() == null ? "the inbox" : placement.project().code();
        String summary = "Create task " + quote(draft.title()) + " in " + where + ", horizon "
                + Texts.horizon(horizon) + ".";
        StringBuilder rationale = new StringBuilder()
                .append(Texts.capitalise(Texts.item(item))).append(", received ").append(Texts.day(
                        LocalDate.ofInstant(item.createdAt(), context.zone()))).append(", has no task. ")
                .append(placement.reason()).append(' ')
                .append("Horizon ").append(Texts.horizon(horizon)).append(": ").append(horizonReason(draft, score))
                        .append('.');
        double confidence = placement.confidence();
        if (!duplicates.isEmpty()) {
            rationale.append(" It may duplicate ").append(quote(duplicates.get(0).task().title())).append(" (")
                    .append(duplicates.get(0).reason()).append("); see the LINK_TASKS proposal.");
            confidence *= 0.6;
        }
        List<Proposal> proposals = new ArrayList<>();
        proposals.add(Proposals.pending(context, NAME, item.id(), summary, rationale.toString(), confidence,
                payload));
        for (Suspicion duplicate : duplicates) {
            Task existing = duplicate.task();
            proposals.add(Proposals.pending(context, NAME, existing.id(),
                    "Link new task " + quote(draft.title()) + " as a duplicate of " + quote(existing.title()) + " ("
                            + context.index().projectLabel(existing.projectId()) + ").",
                    "The task proposed for " + Texts.item(item) + " looks like open task " + quote(existing.title())
                            + " (" + context.index().projectLabel(existing.projectId()) + "): " + duplicate.reason()
                            + ". Apply after the CREATE_TASK proposal for the item, which creates task " + draft.id()
                            + ".",
                    duplicate.confidence(),
                    new ProposalPayload.LinkTasks(draft.id(), existing.id(), LinkKind.DUPLICATES)));
        }
        return proposals;
    }

    private static String horizonReason(Task draft, TaskScore score) {
        String scoreText = "score " + Math.round(score.total()) + " (" + score.explain() + ")";
        return draft.due() == null ? scoreText : "due " + Texts.day(draft.due()) + ", " + scoreText;
    }

    static Task draftTask(SourceItem item, Project project, AgentContext context) {
        boolean meeting = item.kind() == SourceKind.CALENDAR;
        String title = meeting ? "Prepare for " + item.title() : stripReplyPrefix(item.title());
        LocalDate due = item.due();
        if (due == null && meeting) {
            due = LocalDate.ofInstant(item.start(), context.zone());
        }
        Duration estimate = meeting ? Duration.ofMinutes(PREPARATION_MINUTES) : null;
        UUID taskId = Proposals.derivedId("triage-task", item.id());
        return new Task(taskId, project == null ? null : project.id(), Proposals.clip(title, 500), item.snippet(),
                TaskStatus.TODO, Horizon.WEEK, false, due, estimate, null, 0, item.kind(), item.ref(), item.url(),
                item.createdAt(), item.createdAt(), null, 0);
    }

    private static String stripReplyPrefix(String title) {
        String stripped = REPLY_PREFIX.matcher(title).replaceFirst("").strip();
        return stripped.isEmpty() ? title : stripped;
    }

    // ---- project

    record Placement(Project project, String reason, double confidence) {
    }

    static Placement place(SourceItem item, AgentContext context) {
        WorkspaceIndex index = context.index();
        Optional<Project> tagged = index.projectByCode(item.projectCode());
        if (tagged.isPresent() && tagged.get().status().isOpen()) {
            return new Placement(tagged.get(), "Project " + tagged.get().code() + ": the item is tagged "
                    + tagged.get().code() + ".", 0.9);
        }
        Optional<Placement> related = byRelatedItems(item, index);
        if (related.isPresent()) {
            return related.get();
        }
        Optional<Placement> stakeholder = byStakeholder(item, index);
        if (stakeholder.isPresent()) {
            return stakeholder.get();
        }
        Optional<Placement> history = bySenderHistory(item, index);
        if (history.isPresent()) {
            return history.get();
        }
        String closed = tagged.map(p -> "The item is tagged " + p.code() + ", which is " + p.status().name()
                .toLowerCase(Locale.ROOT) + "; ").orElse("");
        return new Placement(null, closed + "No project code, related item, stakeholder or earlier item from this "
                + "sender points to one open project, so the task goes to the inbox.", 0.5);
    }

    private static Optional<Placement> byRelatedItems(SourceItem item, WorkspaceIndex index) {
        Map<UUID, String> relatedTitles = new LinkedHashMap<>();
        Map<UUID, Integer> votes = new TreeMap<>();
        List<SourceItem> related = relatedItems(item, index);
        for (SourceItem other : related) {
            Optional<Project> project = projectOf(other, index);
            if (project.isPresent() && project.get().status().isOpen()) {
                votes.merge(project.get().id(), 1, Integer::sum);
                relatedTitles.putIfAbsent(project.get().id(), other.title());
            }
        }
        return winner(votes).map(id -> {
            Project project = index.project(id).orElseThrow();
            return new Placement(project, "Project " + project.code() + ": related item "
                    + quote(relatedTitles.get(id)) + " (same thread or reference) is filed under " + project.code()
                    + ".", 0.8);
        });
    }

    /** Items in the same thread, items this one references, and items that reference this one; not itself. */
    private static List<SourceItem> relatedItems(SourceItem item, WorkspaceIndex index) {
        Map<UUID, SourceItem> related = new LinkedHashMap<>();
        index.itemsInThread(item.threadId()).forEach(i -> related.putIfAbsent(i.id(), i));
        for (String reference : item.references()) {
            index.itemsWithRef(IngestionPipeline.bareRef(reference)).forEach(i -> related.putIfAbsent(i.id(), i));
        }
        index.itemsReferencing(item.ref()).forEach(i -> related.putIfAbsent(i.id(), i));
        related.remove(item.id());
        return List.copyOf(related.values());
    }

    private static Optional<Project> projectOf(SourceItem item, WorkspaceIndex index) {
        Optional<Project> tagged = index.projectByCode(item.projectCode());
        if (tagged.isPresent()) {
            return tagged;
        }
        return index.taskFor(item).flatMap(task -> index.project(task.projectId()));
    }

    private static Optional<Placement> byStakeholder(SourceItem item, WorkspaceIndex index) {
        List<Stakeholder> senders = index.stakeholdersWithEmail(item.senderAddress()).stream()
                .filter(s -> index.project(s.projectId()).map(p -> p.status().isOpen()).orElse(false)).toList();
        Set<UUID> projects = new TreeSet<>();
        senders.forEach(s -> projects.add(s.projectId()));
        if (projects.size() != 1) {
            return Optional.empty();
        }
        Stakeholder sender = senders.get(0);
        Project project = index.project(sender.projectId()).orElseThrow();
        return Optional.of(new Placement(project, "Project " + project.code() + ": the sender, " + sender.name()
                + ", is a stakeholder of " + project.code() + " and of no other open project.", 0.75));
    }

    private static Optional<Placement> bySenderHistory(SourceItem item, WorkspaceIndex index) {
        Map<UUID, Integer> votes = new TreeMap<>();
        for (SourceItem earlier : index.itemsFrom(item.senderAddress())) {
            if (!earlier.id().equals(item.id())) {
                index.taskFor(earlier).flatMap(task -> index.project(task.projectId()))
                        .filter(p -> p.status().isOpen())
                        .ifPresent(p -> votes.merge(p.id(), 1, Integer::sum));
            }
        }
        return winner(votes).map(id -> {
            Project project = index.project(id).orElseThrow();
            return new Placement(project, "Project " + project.code() + ": " + Texts.plural(votes.get(id),
                    "earlier item") + " from " + item.senderAddress() + " became " + project.code() + " tasks, more "
                    + "than in any other project.", 0.65);
        });
    }

    /** The key with strictly the most votes; none on a tie. */
    private static Optional<UUID> winner(Map<UUID, Integer> votes) {
        int best = votes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<UUID> leaders = votes.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey)
                .toList();
        return best > 0 && leaders.size() == 1 ? Optional.of(leaders.get(0)) : Optional.empty();
    }

    // ---- duplicates

    record Suspicion(Task task, String reason, double confidence) {
    }

    static List<Suspicion> duplicates(SourceItem item, Task draft, AgentContext context) {
        WorkspaceIndex index = context.index();
        Set<String> words = Words.of(draft.title());
        Map<UUID, Suspicion> suspicions = new LinkedHashMap<>();
        for (SourceItem other : index.itemsInThread(item.threadId())) {
            if (!other.id().equals(item.id()) && item.kind() != SourceKind.CALENDAR) {
                index.taskFor(other).filter(Task::isOpen).ifPresent(task -> suspicions.putIfAbsent(task.id(),
                        new Suspicion(task, "same thread as " + quote(other.title()), 0.7)));
            }
        }
        for (SourceItem other : relatedItems(item, index)) {
            index.taskFor(other).filter(Task::isOpen).ifPresent(task -> {
                double similarity = Words.jaccard(words, Words.of(task.title()));
                if (similarity >= RELATED_SIMILARITY) {
                    suspicions.putIfAbsent(task.id(), new Suspicion(task, "made from related item "
                            + other.kind() + " " + other.ref() + ", titles " + Texts.percent(similarity) + " alike",
                            0.6));
                }
            });
        }
        for (Similar similar : index.openTasksWithTitleLike(words, DUPLICATE_SIMILARITY)) {
            suspicions.putIfAbsent(similar.task().id(), new Suspicion(similar.task(), "titles "
                    + Texts.percent(similar.similarity()) + " alike",
                    0.5 + 0.3 * (similar.similarity() - DUPLICATE_SIMILARITY) / (1 - DUPLICATE_SIMILARITY)));
        }
        return suspicions.values().stream()
                .sorted(Comparator.comparingDouble(Suspicion::confidence).reversed()
                        .thenComparing(s -> s.task().title()))
                .limit(MAX_DUPLICATES)
                .toList();
    }
}
