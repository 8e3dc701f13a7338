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
        if (text == null) {
            return null;
        }
        return isOneLine(text) ? text : collapseSpaces(text);
    }

    /** The rule itself: runs of white space become one space, none at either end. */
    static String collapseSpaces(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** True when {@link #oneLine} would return the text as it is (most titles): the regex is then skipped. */
    private static boolean isOneLine(String text) {
        int last = text.length() - 1;
        if (last < 0 || Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(last))) {
            return last < 0;
        }
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c == ' ' ? text.charAt(i - 1) == ' ' : c < ' ' || c == '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@link #snippet} would return the text as it is: lines without tabs, no-break or doubled spaces,
     * none starting or ending in white space, no run of blank lines, and no white space at either end.
     */
    private static boolean isSnippet(String text) {
        int last = text.length() - 1;
        if (last < 0) {
            return true;
        }
        if (blank(text.charAt(0)) || blank(text.charAt(last))) {
            return false;
        }
        for (int i = 1; i < last; i++) {
            char c = text.charAt(i);
            char before = text.charAt(i - 1);
            char after = text.charAt(i + 1);
            if (c == ' ') {
                if (before == ' ' || before == '\n' || after == ' ' || after == '\n') {
                    return false;
                }
            } else if (c == '\n') {
                if (before == '\n' && after == '\n') {
                    return false;
                }
            } else if (blank(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static String snippet(String text) {
        return isSnippet(text) ? text : tidyLines(text);
    }

    /** The rule itself: unified line breaks, spaces collapsed in each line, at most one blank line in a row. */
    static String tidyLines(String text) {
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
