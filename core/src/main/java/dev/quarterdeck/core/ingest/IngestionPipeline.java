package dev.quarterdeck.core.ingest;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.ingest.DuplicateIndex.Entry;
import dev.quarterdeck.core.ingest.DuplicateIndex.Match;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreTransaction;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.LinkOrigin;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import dev.quarterdeck.core.task.TaskStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns source items into tasks: normalise → de-duplicate → create or update tasks with their links → score.
 * <ul>
 * <li>An item whose (source, ref) is stored updates it in place; an item equal to the stored one changes nothing,
 * so syncing twice writes nothing the second time.</li>
 * <li>A new item that is the same work as an open task from another source ({@link DuplicateIndex}) still gets its
 * own task, closed as CANCELLED with a note and linked {@code DUPLICATES} to the kept task; the kept task is the
 * one from the issue tracker when there is one (Jira and GitHub before files and calendars, before Drive, before
 * e-mail), so new items are taken in that order.</li>
 * <li>Links: a reference to another item's ref becomes REFERENCES ({@code parent:KEY} becomes PARENT, the parent
 * first), an item in the thread of an earlier one becomes a REPLY to the thread's first task, and stored items
 * that named the new item's ref are linked to it.</li>
 * <li>An item closed upstream closes its open task: DONE or CANCELLED, with a note saying why.</li>
 * </ul>
 * Everything of one batch happens in one transaction (the caller's, or {@link #ingest(Store, Actor, IngestBatch)}'s
 * own), so a failure leaves the store as it was. Stateless and thread-safe.
 */
public final class IngestionPipeline {

    /** A reference of this form names the item's parent (a Jira epic or parent issue). */
    public static final String PARENT_PREFIX = "parent:";

    private static final Logger LOG = LoggerFactory.getLogger(IngestionPipeline.class);

    private final Clock clock;
    private final IngestScoring scoring;

    public IngestionPipeline(Clock clock) {
        this.clock = Require.present(clock, "clock");
        this.scoring = new IngestScoring(clock);
    }

    /** Ingests the batch in a transaction of its own, audited as {@code actor}. */
    public IngestResult ingest(Store store, Actor actor, IngestBatch batch) {
        return store.write(actor, tx -> ingest(tx, batch));
    }

    /** Ingests the batch inside the caller's transaction (a sync saves its cursor in the same one). */
    public IngestResult ingest(StoreTransaction tx, IngestBatch batch) {
        long started = System.nanoTime();
        Run run = new Run(tx, clock.instant().truncatedTo(ChronoUnit.MICROS));
        IngestResult result = run.ingest(batch);
        LOG.debug("Ingested {} items and {} closed refs in {} ms: {}", batch.items().size(), batch.closed().size(),
                (System.nanoTime() - started) / 1_000_000, result.describe());
        return result;
    }

    /** The state of one batch. */
    private final class Run {

        private final StoreTransaction tx;
        private final Instant now;
        private final DuplicateIndex index = new DuplicateIndex();
        private final Map<ItemKey, SourceItem> stored = new HashMap<>();
        private final Map<String, List<SourceItem>> storedByRef = new HashMap<>();
        private final Map<String, ThreadRoot> threads = new HashMap<>();
        private final Map<String, Optional<UUID>> projects = new HashMap<>();
        private final Map<String, List<Referrer>> referencedBy = new HashMap<>();
        /** What each batch item's title and snippet name, found once while loading and used again on create. */
        private final Map<ItemKey, Set<String>> mentionsOf = new HashMap<>();
        private final List<Task> newTasks = new ArrayList<>();
        private final List<SourceItem> newItems = new ArrayList<>();
        private final Map<ItemKey, UUID> newTaskOf = new HashMap<>();
        private final Map<LinkKey, TaskLink> newLinks = new LinkedHashMap<>();
        private int updated;
        private int unchanged;
        private int duplicates;
        private int closed;

        Run(StoreTransaction tx, Instant now) {
            this.tx = tx;
            this.now = now;
        }

        IngestResult ingest(IngestBatch batch) {
            Map<ItemKey, SourceItem> items = new LinkedHashMap<>();
            for (SourceItem item : batch.items()) {
                SourceItem normal = ItemNormaliser.normalise(item);
                items.put(ItemKey.of(normal), normal);
            }
            loadStored(items.values(), batch.closed());
            loadIndex();
            loadThreads(items.values());

            List<SourceItem> fresh = new ArrayList<>();
            for (SourceItem item : items.values()) {
                SourceItem before = stored.get(ItemKey.of(item));
                if (before == null) {
                    fresh.add(item);
                } else if (ItemNormaliser.sameContent(item, before)) {
                    unchanged++;
                } else {
                    update(item, before);
                }
            }
            fresh.sort(Comparator.comparingInt((SourceItem s) -> -authority(s.kind()))
                    .thenComparing(SourceItem::createdAt).thenComparing(SourceItem::ref));
            for (SourceItem item : fresh) {
                create(item);
            }
            tx.insertAll(newTasks, newItems, List.copyOf(newLinks.values()));
            for (ClosedItem closedItem : batch.closed()) {
                close(closedItem);
            }
            return new IngestResult(newTasks.size(), updated, unchanged, duplicates, newLinks.size() + linkedLater,
                    closed);
        }

        private int linkedLater;

        // ---- loading what the batch needs, in a few queries

        private void loadStored(Iterable<SourceItem> items, List<ClosedItem> closedItems) {
            Set<String> refs = new HashSet<>();
            for (SourceItem item : items) {
                refs.add(item.ref());
                for (String reference : item.references()) {
                    refs.add(bareRef(reference));
                }
                Set<String> mentions = Mentions.in(item.title(), item.snippet());
                mentionsOf.put(ItemKey.of(item), mentions);
                refs.addAll(mentions);
            }
            for (ClosedItem closedItem : closedItems) {
                refs.add(closedItem.key().ref());
            }
            for (SourceItem item : tx.sourceItemsByRef(refs)) {
                stored.put(ItemKey.of(item), item);
                storedByRef.computeIfAbsent(item.ref(), k -> new ArrayList<>(1)).add(item);
            }
        }

        private void loadIndex() {
            for (IndexedItem item : tx.openTaskItems()) {
                Entry entry = index.add(item.taskId(), item.kind(), item.ref(), item.title(),
                        Mentions.in(item.title(), null), item.createdAt());
                remember(item.references(), entry);
            }
        }

        private void remember(List<String> references, Entry entry) {
            for (String reference : references) {
                Target target = target(reference);
                referencedBy.computeIfAbsent(bareRef(reference), k -> new ArrayList<>(1))
                        .add(new Referrer(entry, target.parent()));
            }
        }

        private void loadThreads(Iterable<SourceItem> items) {
            Set<String> threadIds = new HashSet<>();
            for (SourceItem item : items) {
                if (item.threadId() != null) {
                    threadIds.add(item.threadId());
                }
            }
            if (threadIds.isEmpty()) {
                return;
            }
            for (SourceItem item : tx.sourceItemsByThread(threadIds)) {
                if (item.taskId() != null) {
                    offerRoot(item.kind(), item.threadId(), item.createdAt(), item.taskId());
                }
            }
        }

        private void offerRoot(SourceKind kind, String threadId, Instant createdAt, UUID taskId) {
            String key = kind + ":" + threadId;
            ThreadRoot current = threads.get(key);
            if (current == null || createdAt.isBefore(current.createdAt())) {
                threads.put(key, new ThreadRoot(taskId, createdAt));
            }
        }

        // ---- new items

        private void create(SourceItem item) {
            ItemKey key = ItemKey.of(item);
            Set<String> mentions = new java.util.LinkedHashSet<>(mentionsOf.getOrDefault(key, Set.of()));
            mentions.remove(item.ref());
            Set<String> tokens = TitleTokens.of(item.title());
            Optional<Match> match = index.duplicateOf(item.kind(), item.ref(), tokens, mentions, item.createdAt());
            UUID taskId = UUID.randomUUID();
            UUID projectId = project(item.projectCode());
            Task task = scoring.newTask(taskId, projectId, item, now);
            if (match.isPresent()) {
                Entry kept = match.get().kept();
                String note = "Duplicate of \"" + kept.title() + "\" (" + kept.kind() + " " + kept.ref() + "): "
                        + match.get().reason() + ".";
                task = task.withTitleAndNotes(task.title(), note + (task.notes().isEmpty() ? "" : "\n\n" + task.notes()),
                        now).withScore(0).withStatus(TaskStatus.CANCELLED, now);
                link(taskId, kept.taskId(), LinkKind.DUPLICATES);
                duplicates++;
                index.add(kept.taskId(), item.kind(), item.ref(), item.title(), tokens, mentions, item.createdAt());
            } else {
                remember(item.references(), index.add(taskId, item.kind(), item.ref(), item.title(), tokens,
                        mentions, item.createdAt()));
            }
            newTasks.add(task);
            newTaskOf.put(key, taskId);
            newItems.add(ItemNormaliser.withTask(item, taskId, now));
            linkReferences(item, taskId, mentions, match.map(m -> m.kept().ref()).orElse(null));
            linkReferrers(item, taskId);
            linkThread(item, taskId);
        }

        private void linkReferences(SourceItem item, UUID taskId, Set<String> mentions, String duplicateRef) {
            for (String reference : item.references()) {
                Target target = target(reference);
                resolve(item.kind(), target.ref()).ifPresent(other -> {
                    if (target.parent()) {
                        link(other, taskId, LinkKind.PARENT);
                    } else {
                        link(taskId, other, LinkKind.REFERENCES);
                    }
                });
            }
            for (String mention : mentions) {
                if (!mention.equals(duplicateRef) && !item.references().contains(mention)) {
                    resolve(item.kind(), mention).ifPresent(other -> link(taskId, other, LinkKind.REFERENCES));
                }
            }
        }

        /** Tasks of stored or earlier items that named this item's ref before it arrived. */
        private void linkReferrers(SourceItem item, UUID taskId) {
            for (Referrer referrer : referencedBy.getOrDefault(item.ref(), List.of())) {
                if (referrer.parent()) {
                    link(taskId, referrer.entry().taskId(), LinkKind.PARENT);
                } else {
                    link(referrer.entry().taskId(), taskId, LinkKind.REFERENCES);
                }
            }
        }

        private void linkThread(SourceItem item, UUID taskId) {
            if (item.threadId() == null) {
                return;
            }
            ThreadRoot root = threads.get(item.kind() + ":" + item.threadId());
            if (root != null && !root.createdAt().isAfter(item.createdAt())) {
                link(taskId, root.taskId(), LinkKind.REPLY);
            } else if (root != null) {
                // The new item is older than the thread's first known one: it becomes the root.
                link(root.taskId(), taskId, LinkKind.REPLY);
            }
            offerRoot(item.kind(), item.threadId(), item.createdAt(), taskId);
        }

        /** The task of the item with this ref: one of this batch first, then a stored one; same source first. */
        private Optional<UUID> resolve(SourceKind kind, String ref) {
            int colon = ref.indexOf(':');
            if (colon > 0) {
                Optional<SourceKind> explicit = sourceKind(ref.substring(0, colon));
                if (explicit.isPresent()) {
                    return taskOf(new ItemKey(explicit.get(), ref.substring(colon + 1)));
                }
            }
            Optional<UUID> same = taskOf(new ItemKey(kind, ref));
            if (same.isPresent()) {
                return same;
            }
            for (SourceKind other : SourceKind.values()) {
                if (other != kind) {
                    Optional<UUID> found = taskOf(new ItemKey(other, ref));
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        }

        private Optional<UUID> taskOf(ItemKey key) {
            UUID fresh = newTaskOf.get(key);
            if (fresh != null) {
                return Optional.of(fresh);
            }
            SourceItem item = stored.get(key);
            return item == null ? Optional.empty() : Optional.ofNullable(item.taskId());
        }

        private void link(UUID from, UUID to, LinkKind kind) {
            if (from.equals(to)) {
                return;
            }
            LinkKey key = new LinkKey(from, to, kind);
            if (!newLinks.containsKey(key) && !newLinks.containsKey(new LinkKey(to, from, kind))) {
                newLinks.put(key, new TaskLink(UUID.randomUUID(), from, to, kind, LinkOrigin.CONNECTOR, now));
            }
        }

        // ---- stored items

        private void update(SourceItem item, SourceItem before) {
            SourceItem after = ItemNormaliser.withTask(new SourceItem(before.id(), item.kind(), item.ref(),
                    item.title(), item.snippet(), item.senderAddress(), item.senderName(), item.createdAt(),
                    item.due(), item.threadId(), item.references(), item.url(), item.start(), item.end(),
                    item.projectCode(), before.taskId(), before.seenAt()), before.taskId(), now);
            tx.update(after);
            updated++;
            if (before.taskId() == null) {
                return;
            }
            Optional<Task> task = tx.tasks().find(before.taskId());
            if (task.isEmpty() || !task.get().isOpen()) {
                return;
            }
            Task changed = scoring.refresh(task.get(), after, now);
            if (!changed.equals(task.get())) {
                tx.update(changed);
            }
            Set<String> added = new HashSet<>(after.references());
            before.references().forEach(added::remove);
            if (!added.isEmpty()) {
                Set<LinkKey> existing = new HashSet<>();
                tx.links().listForTask(before.taskId())
                        .forEach(l -> existing.add(new LinkKey(l.fromTaskId(), l.toTaskId(), l.kind())));
                for (String reference : added) {
                    Target target = target(reference);
                    resolve(item.kind(), target.ref()).ifPresent(other -> {
                        LinkKey key = target.parent() ? new LinkKey(other, before.taskId(), LinkKind.PARENT)
                                : new LinkKey(before.taskId(), other, LinkKind.REFERENCES);
                        if (!existing.contains(key) && !key.from().equals(key.to())) {
                            tx.insert(new TaskLink(UUID.randomUUID(), key.from(), key.to(), key.kind(),
                                    LinkOrigin.CONNECTOR, now));
                            existing.add(key);
                            linkedLater++;
                        }
                    });
                }
            }
        }

        private void close(ClosedItem closedItem) {
            SourceItem item = stored.get(closedItem.key());
            UUID taskId = item != null ? item.taskId() : newTaskOf.get(closedItem.key());
            if (taskId == null) {
                return;
            }
            Optional<Task> task = tx.tasks().find(taskId);
            if (task.isEmpty() || !task.get().isOpen()) {
                return;
            }
            Task open = task.get();
            String why = closedItem.outcome() == TaskStatus.DONE
                    ? "Closed in " + sourceName(closedItem.key().kind()) + " on " + now.atZone(clock.getZone())
                            .toLocalDate() + "."
                    : "Cancelled or deleted in " + sourceName(closedItem.key().kind()) + " on "
                            + now.atZone(clock.getZone()).toLocalDate() + ".";
            String notes = open.notes().isEmpty() ? why : open.notes() + "\n\n" + why;
            tx.update(open.withTitleAndNotes(open.title(), notes, now).withStatus(closedItem.outcome(), now)
                    .withScore(0));
            closed++;
        }

        private UUID project(String code) {
            if (code == null) {
                return null;
            }
            return projects.computeIfAbsent(code, c -> tx.projects().findByCode(c).map(p -> p.id())).orElse(null);
        }
    }

    private record ThreadRoot(UUID taskId, Instant createdAt) {
    }

    private record LinkKey(UUID from, UUID to, LinkKind kind) {
    }

    private record Target(String ref, boolean parent) {
    }

    /** A reference without its {@code parent:} mark; a {@code KIND:} prefix stays (resolve reads it). */
    private static Target target(String reference) {
        return reference.startsWith(PARENT_PREFIX)
                ? new Target(reference.substring(PARENT_PREFIX.length()), true)
                : new Target(reference, false);
    }

    /** The bare ref a reference names: without {@code parent:} and without a {@code JIRA:}-style source. */
    public static String bareRef(String reference) {
        String ref = target(reference).ref();
        int colon = ref.indexOf(':');
        return colon > 0 && sourceKind(ref.substring(0, colon)).isPresent() ? ref.substring(colon + 1) : ref;
    }

    private record Referrer(Entry entry, boolean parent) {
    }

    private static Optional<SourceKind> sourceKind(String name) {
        for (SourceKind kind : SourceKind.values()) {
            if (kind.name().equalsIgnoreCase(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Which task to keep when two sources carry the same work: the tracker's. */
    static int authority(SourceKind kind) {
        return switch (kind) {
            case JIRA, GITHUB -> 5;
            case FILE -> 4;
            case CALENDAR -> 3;
            case DRIVE -> 2;
            case GMAIL -> 1;
            case MANUAL, AGENT -> 0;
        };
    }

    static String sourceName(SourceKind kind) {
        return switch (kind) {
            case GMAIL -> "Gmail";
            case CALENDAR -> "Google Calendar";
            case DRIVE -> "Google Drive";
            case GITHUB -> "GitHub";
            case JIRA -> "Jira";
            case FILE -> "the imported file";
            case MANUAL, AGENT -> kind.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
