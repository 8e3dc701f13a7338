package dev.quarterdeck.core.ingest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The first step of ingestion: one shape for every source. Titles and senders lose repeated and surrounding
 * white space, snippets keep their line breaks but not runs of blank lines, references lose blanks, repeats and
 * the item's own ref, and times are cut to microseconds (what the store keeps), so that an item read back from
 * the store equals the same item fetched again — which is what makes a second sync change nothing.
 */
public final class ItemNormaliser {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
    private static final Pattern LINE_SPACES = Pattern.compile("[ \\t\\u00a0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private ItemNormaliser() {
    }

    public static SourceItem normalise(SourceItem item) {
        String title = oneLine(item.title());
        return new SourceItem(item.id(), item.kind(), item.ref().strip(), title.isEmpty() ? item.ref() : title,
                snippet(item.snippet()), blankToNull(item.senderAddress()), blankToNull(oneLine(item.senderName())),
                micros(item.createdAt()), item.due(), blankToNull(item.threadId()), references(item),
                item.url(), micros(item.start()), micros(item.end()), blankToNull(item.projectCode()), item.taskId(),
                micros(item.seenAt()));
    }

    /** The same item with the given task and seen time (records are immutable). */
    public static SourceItem withTask(SourceItem s, java.util.UUID taskId, Instant seenAt) {
        return new SourceItem(s.id(), s.kind(), s.ref(), s.title(), s.snippet(), s.senderAddress(), s.senderName(),
                s.createdAt(), s.due(), s.threadId(), s.references(), s.url(), s.start(), s.end(), s.projectCode(),
                taskId, seenAt);
    }

    /**
     * True when a fetched item says nothing new about the stored one: every field the source controls is equal
     * (the id, the task and when it was last seen are ours).
     */
    public static boolean sameContent(SourceItem fetched, SourceItem stored) {
        return withTask(fetched, stored.taskId(), stored.seenAt()).equals(
                new SourceItem(fetched.id(), stored.kind(), stored.ref(), stored.title(), stored.snippet(),
                        stored.senderAddress(), stored.senderName(), stored.createdAt(), stored.due(),
                        stored.threadId(), stored.references(), stored.url(), stored.start(), stored.end(),
                        stored.projectCode(), stored.taskId(), stored.seenAt()));
    }

    private static List<String> references(SourceItem item) {
        Set<String> refs = new LinkedHashSet<>();
        for (String ref : item.references()) {
            if (ref != null && !ref.isBlank()) {
                refs.add(ref.strip());
            }
        }
        refs.remove(item.ref().strip());
        return new ArrayList<>(refs);
    }

    static String oneLine(String text) {
        return text == null ? null : SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static String snippet(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(unified.length());
        for (String line : unified.split("\n", -1)) {
            out.append(LINE_SPACES.matcher(line).replaceAll(" ").strip()).append('\n');
        }
        return BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
