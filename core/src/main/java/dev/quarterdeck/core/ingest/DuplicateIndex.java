package dev.quarterdeck.core.ingest;

import dev.quarterdeck.core.task.SourceKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Recognises the same work seen in two sources, with indexes rather than a scan of every task: refs and the
 * identifiers titles mention (an e-mail about {@code OPS-42}, a review request for {@code acme/web#12}) map to
 * their items, and every title word maps to the items whose titles hold it. A new item is compared only with the
 * items that share an identifier or one of its rarer title words.
 *
 * <p>Rules, from the labelled set in the tests (see {@code docs/source-items.md}):
 * <ul>
 * <li>two items of different sources where one names the other's ref are the same work when their titles overlap
 * by half or more (|a∩b| / min(|a|,|b|) ≥ {@value #MENTION_OVERLAP}) — an e-mail that names an issue but is about
 * something else only refers to it;</li>
 * <li>without a shared identifier, items of different sources are the same work when their titles are nearly
 * equal (Jaccard ≥ {@value #TEXT_JACCARD}, at least {@value #MIN_TOKENS} words each) and they were made within
 * {@value #TEXT_WINDOW_DAYS} days of each other;</li>
 * <li>items of the same source are never merged by text: two Jira issues with one title are two issues.</li>
 * </ul>
 * Not thread-safe: one index per batch.
 */
final class DuplicateIndex {

    static final double MENTION_OVERLAP = 0.5;
    static final double TEXT_JACCARD = 0.7;
    static final int MIN_TOKENS = 3;
    static final int TEXT_WINDOW_DAYS = 21;
    private static final long TEXT_WINDOW_SECONDS = TEXT_WINDOW_DAYS * 86_400L;
    /** Words found in more titles than this are too common to find candidates with. */
    private static final int COMMON_WORD = 400;

    /**
     * One indexed item: the task it belongs to (the kept one for duplicates) and what matching looks at. Equal only
     * to itself: candidate sets hash entries by identity instead of hashing their word sets.
     */
    record Entry(UUID taskId, SourceKind kind, String ref, String title, Set<String> tokens, Set<String> mentions,
            long createdSecond) {

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** The kept item a new one duplicates, and why. */
    record Match(Entry kept, String reason) {
    }

    private final Map<String, List<Entry>> byRef = new HashMap<>();
    private final Map<String, List<Entry>> byMention = new HashMap<>();
    private final Map<String, List<Entry>> byToken = new HashMap<>();

    Entry add(UUID taskId, SourceKind kind, String ref, String title, Set<String> mentions, Instant createdAt) {
        Entry entry = new Entry(taskId, kind, ref, title, TitleTokens.of(title), mentions,
                createdAt.getEpochSecond());
        byRef.computeIfAbsent(ref, k -> new ArrayList<>(1)).add(entry);
        for (String mention : mentions) {
            byMention.computeIfAbsent(mention, k -> new ArrayList<>(1)).add(entry);
        }
        for (String token : entry.tokens()) {
            byToken.computeIfAbsent(token, k -> new ArrayList<>(2)).add(entry);
        }
        return entry;
    }

    /** Indexed items with this ref, of any source. */
    List<Entry> withRef(String ref) {
        return byRef.getOrDefault(ref, List.of());
    }

    Optional<Match> duplicateOf(SourceKind kind, String ref, String title, Set<String> mentions, Instant createdAt) {
        Set<String> tokens = TitleTokens.of(title);
        Match best = null;
        double bestScore = 0;
        Set<Entry> named = new LinkedHashSet<>();
        for (String mention : mentions) {
            named.addAll(byRef.getOrDefault(mention, List.of()));
        }
        named.addAll(byMention.getOrDefault(ref, List.of()));
        for (Entry entry : named) {
            if (entry.kind() == kind) {
                continue;
            }
            double overlap = TitleTokens.overlap(tokens, entry.tokens());
            if (overlap >= MENTION_OVERLAP && overlap + 1 > bestScore) {
                bestScore = overlap + 1;
                best = new Match(entry, "names " + (mentions.contains(entry.ref()) ? entry.ref() : ref)
                        + " and has the same title");
            }
        }
        if (best != null || tokens.size() < MIN_TOKENS) {
            return Optional.ofNullable(best);
        }
        long createdSecond = createdAt.getEpochSecond();
        int minSize = (int) Math.ceil(TEXT_JACCARD * tokens.size());
        int maxSize = (int) Math.floor(tokens.size() / TEXT_JACCARD);
        for (List<Entry> candidates : probeLists(tokens)) {
            for (Entry entry : candidates) {
                int size = entry.tokens().size();
                // Jaccard ≥ t needs t·|b| ≤ |a| ≤ |b|/t: skip the rest without comparing words.
                if (entry.kind() == kind || size < MIN_TOKENS || size < minSize || size > maxSize
                        || Math.abs(entry.createdSecond() - createdSecond) > TEXT_WINDOW_SECONDS) {
                    continue;
                }
                double jaccard = TitleTokens.jaccard(tokens, entry.tokens());
                if (jaccard >= TEXT_JACCARD && jaccard > bestScore) {
                    bestScore = jaccard;
                    best = new Match(entry, "has nearly the same title");
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The lists of items to compare with: with |a| words, a match needs at least ⌈0.7·|a|⌉ shared ones, so any
     * |a| − that + 1 of a's words must include one shared word (prefix filtering). The rarest words are used, which
     * keeps the lists short; a word in more than {@value #COMMON_WORD} titles ends the probe.
     */
    private List<List<Entry>> probeLists(Set<String> tokens) {
        List<List<Entry>> lists = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            List<Entry> entries = byToken.get(token);
            lists.add(entries == null ? List.of() : entries);
        }
        lists.sort((a, b) -> Integer.compare(a.size(), b.size()));
        int needed = (int) Math.ceil(TEXT_JACCARD * tokens.size());
        int probe = Math.min(lists.size(), tokens.size() - needed + 1);
        List<List<Entry>> result = new ArrayList<>(probe);
        for (int i = 0; i < probe && lists.get(i).size() <= COMMON_WORD; i++) {
            result.add(lists.get(i));
        }
        return result;
    }
}
