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
    /*
     * The text-similarity side, laid out for the inner loop: title words are interned to ints, every entry's words
     * are a sorted int[] and its kind, size and creation second sit in parallel arrays, and each word's postings
     * are an int[] of entry numbers. Probing 10,000 items against 10,000 open tasks then reads a few arrays
     * instead of chasing a record and two hash sets per candidate (JFR showed that loop as most of an ingestion).
     */
    private final Map<String, Integer> wordIds = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final List<int[]> entryWords = new ArrayList<>();
    private int[] entrySizes = new int[1024];
    private int[] entryKinds = new int[1024];
    private long[] entrySeconds = new long[1024];
    private int[][] postings = new int[1024][];
    private int[] postingSizes = new int[1024];

    Entry add(UUID taskId, SourceKind kind, String ref, String title, Set<String> mentions, Instant createdAt) {
        return add(taskId, kind, ref, title, TitleTokens.of(title), mentions, createdAt);
    }

    /** With the title's words already known ({@link TitleTokens#of}), as the caller of {@link #duplicateOf} has. */
    Entry add(UUID taskId, SourceKind kind, String ref, String title, Set<String> tokens, Set<String> mentions,
            Instant createdAt) {
        Entry entry = new Entry(taskId, kind, ref, title, tokens, mentions, createdAt.getEpochSecond());
        byRef.computeIfAbsent(ref, k -> new ArrayList<>(1)).add(entry);
        for (String mention : mentions) {
            byMention.computeIfAbsent(mention, k -> new ArrayList<>(1)).add(entry);
        }
        int number = entries.size();
        entries.add(entry);
        int[] words = new int[entry.tokens().size()];
        int n = 0;
        for (String token : entry.tokens()) {
            words[n++] = wordId(token);
        }
        java.util.Arrays.sort(words);
        entryWords.add(words);
        if (number == entrySizes.length) {
            int grown = number * 2;
            entrySizes = java.util.Arrays.copyOf(entrySizes, grown);
            entryKinds = java.util.Arrays.copyOf(entryKinds, grown);
            entrySeconds = java.util.Arrays.copyOf(entrySeconds, grown);
        }
        entrySizes[number] = words.length;
        entryKinds[number] = kind.ordinal();
        entrySeconds[number] = entry.createdSecond();
        for (int word : words) {
            post(word, number);
        }
        return entry;
    }

    private int wordId(String token) {
        Integer known = wordIds.get(token);
        if (known != null) {
            return known;
        }
        int id = wordIds.size();
        wordIds.put(token, id);
        if (id == postings.length) {
            postings = java.util.Arrays.copyOf(postings, id * 2);
            postingSizes = java.util.Arrays.copyOf(postingSizes, id * 2);
        }
        postings[id] = new int[4];
        return id;
    }

    private void post(int word, int entry) {
        int[] list = postings[word];
        int size = postingSizes[word];
        if (size == list.length) {
            list = java.util.Arrays.copyOf(list, size * 2);
            postings[word] = list;
        }
        list[size] = entry;
        postingSizes[word] = size + 1;
    }

    /** Indexed items with this ref, of any source. */
    List<Entry> withRef(String ref) {
        return byRef.getOrDefault(ref, List.of());
    }

    Optional<Match> duplicateOf(SourceKind kind, String ref, String title, Set<String> mentions, Instant createdAt) {
        return duplicateOf(kind, ref, TitleTokens.of(title), mentions, createdAt);
    }

    /** With the title's words already known ({@link TitleTokens#of}). */
    Optional<Match> duplicateOf(SourceKind kind, String ref, Set<String> tokens, Set<String> mentions,
            Instant createdAt) {
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
        int[] words = knownWords(tokens);
        int size = tokens.size();
        int kindOrdinal = kind.ordinal();
        long createdSecond = createdAt.getEpochSecond();
        int minSize = Math.max(MIN_TOKENS, (int) Math.ceil(TEXT_JACCARD * size));
        int maxSize = (int) Math.floor(size / TEXT_JACCARD);
        int bestEntry = -1;
        for (int word : probeWords(tokens)) {
            int[] list = postings[word];
            for (int i = 0, n = postingSizes[word]; i < n; i++) {
                int e = list[i];
                int other = entrySizes[e];
                // Jaccard ≥ t needs t·|b| ≤ |a| ≤ |b|/t: skip the rest without comparing words.
                if (entryKinds[e] == kindOrdinal || other < minSize || other > maxSize
                        || Math.abs(entrySeconds[e] - createdSecond) > TEXT_WINDOW_SECONDS) {
                    continue;
                }
                int common = common(words, entryWords.get(e));
                double jaccard = (double) common / (size + other - common);
                if (jaccard >= TEXT_JACCARD && jaccard > bestScore) {
                    bestScore = jaccard;
                    bestEntry = e;
                }
            }
        }
        return bestEntry < 0 ? Optional.empty()
                : Optional.of(new Match(entries.get(bestEntry), "has nearly the same title"));
    }

    /** The ids of the title words already indexed, sorted; words never seen cannot be shared. */
    private int[] knownWords(Set<String> tokens) {
        int[] words = new int[tokens.size()];
        int n = 0;
        for (String token : tokens) {
            Integer id = wordIds.get(token);
            if (id != null) {
                words[n++] = id;
            }
        }
        int[] known = java.util.Arrays.copyOf(words, n);
        java.util.Arrays.sort(known);
        return known;
    }

    /** |a ∩ b| of two sorted word-id arrays. */
    private static int common(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /**
     * The words whose items to compare with: with |a| words, a match needs at least ⌈0.7·|a|⌉ shared ones, so any
     * |a| − that + 1 of a's words must include one shared word (prefix filtering). The rarest words are used, which
     * keeps the lists short; a word in more than {@value #COMMON_WORD} titles ends the probe. A word no title has
     * yet counts as the rarest of all (its list is empty).
     */
    private int[] probeWords(Set<String> tokens) {
        int needed = (int) Math.ceil(TEXT_JACCARD * tokens.size());
        int probe = Math.min(tokens.size(), tokens.size() - needed + 1);
        // (list size, position in the title) sorted: ties keep the title's word order, as a stable sort would.
        int[] ids = new int[tokens.size()];
        long[] bySize = new long[tokens.size()];
        int n = 0;
        for (String token : tokens) {
            Integer id = wordIds.get(token);
            ids[n] = id == null ? -1 : id;
            bySize[n] = ((long) (id == null ? 0 : postingSizes[id]) << 32) | n;
            n++;
        }
        java.util.Arrays.sort(bySize);
        int[] words = new int[probe];
        int used = 0;
        for (int i = 0; i < probe && (bySize[i] >>> 32) <= COMMON_WORD; i++) {
            int id = ids[(int) bySize[i]];
            if (id >= 0) {
                words[used++] = id;
            }
        }
        return java.util.Arrays.copyOf(words, used);
    }
}
