package dev.quarterdeck.core.agent;

import static dev.quarterdeck.core.agent.Texts.quote;

import dev.quarterdeck.core.focus.HorizonProposer;
import dev.quarterdeck.core.focus.TaskScore;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Recurring themes in recent source items that no task covers yet, each proposed as a task.
 *
 * <p>Recent: created in the last {@value #WINDOW_DAYS} days; calendar events are left out (a meeting is not a
 * request). Two kinds of theme:
 * <ul>
 * <li>a significant word ({@link Words}) in the title or text of at least {@value #MIN_ITEMS} recent items and in the
 * titles of at least {@value #MIN_TITLES} of them, that is not part of a person's name, when no
 * open task has that word in its title and not every one of the items already has a task. Words found in exactly the
 * same items make one theme; a theme whose items all belong to a larger theme is dropped.</li>
 * <li>a sender of at least {@value #MIN_ITEMS} recent items none of which has a task, when no open task came from
 * anything that sender sent.</li>
 * </ul>
 * The task goes to the project that at least half of the items are filed under (by project code or by their task),
 * else to the inbox; its horizon is the {@link HorizonProposer}'s. Confidence 0.4 for three items, +0.05 for each more
 * and +0.05 when several people raised it, at most 0.7. At most {@value #MAX_THEMES} themes per run, largest first.
 */
public final class DiscoveryAgent implements Agent {

    public static final String NAME = "discovery";
    static final int WINDOW_DAYS = 14;
    static final int MIN_ITEMS = 3;
    static final int MAX_THEMES = 5;
    static final int MIN_TITLES = 2;

    private final HorizonProposer horizons = new HorizonProposer();

    @Override
    public String name() {
        return NAME;
    }

    private record Theme(String label, List<SourceItem> items, boolean bySender) {
    }

    @Override
    public List<Proposal> run(AgentContext context) {
        Instant since = context.now().minus(Duration.ofDays(WINDOW_DAYS));
        List<SourceItem> recent = context.workspace().sourceItems().stream()
                .filter(i -> i.kind() != SourceKind.CALENDAR)
                .filter(i -> !i.createdAt().isBefore(since) && !i.createdAt().isAfter(context.now()))
                .sorted(Comparator.comparing(SourceItem::createdAt).thenComparing(SourceItem::kind)
                        .thenComparing(SourceItem::ref))
                .toList();
        List<Theme> themes = new ArrayList<>(wordThemes(recent, context));
        themes.addAll(senderThemes(recent, context));
        themes.sort(Comparator.comparingInt((Theme t) -> t.items().size()).reversed()
                .thenComparing(Theme::bySender).thenComparing(Theme::label));
        List<Proposal> proposals = new ArrayList<>();
        for (Theme theme : themes.subList(0, Math.min(MAX_THEMES, themes.size()))) {
            proposals.add(proposal(theme, context));
        }
        return proposals;
    }

    private static List<Theme> wordThemes(List<SourceItem> recent, AgentContext context) {
        Set<String> names = personWords(context);
        Map<String, List<SourceItem>> byWord = new TreeMap<>();
        Map<String, Integer> titleCounts = new HashMap<>();
        Map<String, String> surfaces = new LinkedHashMap<>();
        for (SourceItem item : recent) {
            Map<String, String> title = Words.surfaces(item.title());
            title.keySet().forEach(word -> titleCounts.merge(word, 1, Integer::sum));
            Map<String, String> words = new LinkedHashMap<>(title);
            Words.surfaces(item.snippet()).forEach(words::putIfAbsent);
            words.forEach((word, surface) -> {
                if (!names.contains(word)) {
                    byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(item);
                    surfaces.putIfAbsent(word, surface);
                }
            });
        }
        byWord.keySet().removeIf(word -> titleCounts.getOrDefault(word, 0) < MIN_TITLES);
        // words found in the same items are one theme
        Map<Set<UUID>, List<String>> wordsBySet = new LinkedHashMap<>();
        Map<Set<UUID>, List<SourceItem>> itemsBySet = new LinkedHashMap<>();
        byWord.forEach((word, items) -> {
            if (items.size() >= MIN_ITEMS && context.index().openTasksWithTitleWord(word).isEmpty()
                    && !items.stream().allMatch(i -> context.index().taskFor(i).isPresent())) {
                Set<UUID> ids = items.stream().map(SourceItem::id).collect(Collectors.toCollection(HashSet::new));
                wordsBySet.computeIfAbsent(ids, k -> new ArrayList<>()).add(surfaces.get(word));
                itemsBySet.putIfAbsent(ids, items);
            }
        });
        List<Set<UUID>> sets = new ArrayList<>(wordsBySet.keySet());
        List<Theme> themes = new ArrayList<>();
        for (Set<UUID> set : sets) {
            boolean inLarger = sets.stream().anyMatch(other -> other != set && other.size() > set.size()
                    && other.containsAll(set));
            if (!inLarger) {
                themes.add(new Theme(String.join(", ", wordsBySet.get(set)), itemsBySet.get(set), false));
            }
        }
        return themes;
    }

    /** Words of people's names (stakeholders, senders, owners, the user): a name is not a topic. */
    private static Set<String> personWords(AgentContext context) {
        Set<String> words = new HashSet<>();
        context.workspace().stakeholders().forEach(s -> words.addAll(Words.of(s.name())));
        context.workspace().sourceItems().forEach(i -> words.addAll(Words.of(i.senderName())));
        context.workspace().tasks().forEach(t -> words.addAll(Words.of(t.owner())));
        context.workspace().projects().forEach(p -> words.addAll(Words.of(p.owner(), p.sponsor())));
        context.userName().ifPresent(name -> words.addAll(Words.of(name)));
        return words;
    }

    private static List<Theme> senderThemes(List<SourceItem> recent, AgentContext context) {
        Map<String, List<SourceItem>> bySender = new TreeMap<>();
        for (SourceItem item : recent) {
            if (item.senderAddress() != null) {
                bySender.computeIfAbsent(item.senderAddress().toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>()).add(item);
            }
        }
        List<Theme> themes = new ArrayList<>();
        bySender.forEach((address, items) -> {
            boolean untasked = items.stream().noneMatch(i -> context.index().taskFor(i).isPresent());
            boolean senderHasOpenTask = context.index().itemsFrom(address).stream()
                    .anyMatch(i -> context.index().taskFor(i).map(Task::isOpen).orElse(false));
            if (items.size() >= MIN_ITEMS && untasked && !senderHasOpenTask) {
                String name = items.get(items.size() - 1).senderName();
                themes.add(new Theme(name != null ? name : address, items, true));
            }
        });
        return themes;
    }

    private Proposal proposal(Theme theme, AgentContext context) {
        Optional<Project> project = commonProject(theme.items(), context);
        SourceItem newest = theme.items().get(theme.items().size() - 1);
        String title = theme.bySender()
                ? "Reply to " + theme.label() + ": " + theme.items().size() + " messages in " + WINDOW_DAYS + " days"
                : "Follow up on recurring topic: " + theme.label();
        String notes = theme.items().stream()
                .map(i -> "- " + Texts.item(i) + ", " + Texts.day(LocalDate.ofInstant(i.createdAt(), context.zone())))
                .collect(Collectors.joining("\n"));
        UUID taskId = Proposals.derivedId("discovery-task", theme.label(),
                theme.items().stream().map(i -> i.id().toString()).sorted().collect(Collectors.joining(",")));
        Task draft = new Task(taskId, project.map(Project::id).orElse(null), Proposals.clip(title, 500), notes,
                TaskStatus.TODO, Horizon.WEEK, false, null, null, null, 0, SourceKind.AGENT, null, null,
                newest.createdAt(), newest.createdAt(), null, 0);
        TaskScore score = context.scoring().scoreDraft(draft, newest);
        Horizon horizon = horizons.propose(draft, score.total(), context.today());
        long senders = theme.items().stream().map(i -> i.senderAddress() == null ? i.senderName() : i.senderAddress())
                .distinct().count();
        double confidence = Math.min(0.7, 0.4 + 0.05 * (theme.items().size() - MIN_ITEMS) + (senders > 1 ? 0.05 : 0));
        String where = project.map(Project::code).orElse("the inbox");
        String rationale = (theme.bySender()
                ? Texts.plural(theme.items().size(), "item") + " from " + theme.label() + " in the last "
                        + WINDOW_DAYS + " days, none of them with a task: "
                : Texts.plural(theme.items().size(), "recent item") + " mention " + quote(theme.label())
                        + " and no open task does: ")
                + theme.items().stream().map(Texts::item).collect(Collectors.joining("; ")) + ". "
                + project.map(p -> "Filed under " + p.code() + ", where most of the items belong. ")
                        .orElse("No single project holds most of the items, so the task goes to the inbox. ")
                + "Horizon " + Texts.horizon(horizon) + ": score " + Math.round(score.total()) + ".";
        return Proposals.pending(context, NAME, null,
                "Create task " + quote(draft.title()) + " in " + where + ", horizon " + Texts.horizon(horizon) + ".",
                rationale, confidence,
                new ProposalPayload.CreateTask(taskId, draft.projectId(), draft.title(), notes, horizon, null, null,
                        SourceKind.AGENT, null, null, null));
    }

    /** The open project at least half of the items are filed under, by project code or by their task. */
    private static Optional<Project> commonProject(List<SourceItem> items, AgentContext context) {
        Map<UUID, Integer> votes = new LinkedHashMap<>();
        for (SourceItem item : items) {
            Optional<Project> project = context.index().projectByCode(item.projectCode())
                    .or(() -> context.index().taskFor(item).flatMap(t -> context.index().project(t.projectId())));
            project.filter(p -> p.status().isOpen()).ifPresent(p -> votes.merge(p.id(), 1, Integer::sum));
        }
        Set<UUID> majority = new LinkedHashSet<>();
        votes.forEach((id, count) -> {
            if (2 * count >= items.size()) {
                majority.add(id);
            }
        });
        return majority.size() == 1 ? context.index().project(majority.iterator().next()) : Optional.empty();
    }
}
