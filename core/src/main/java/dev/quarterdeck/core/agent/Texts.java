package dev.quarterdeck.core.agent;

import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.SourceKind;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How proposals name records and dates, so every rationale reads the same way. */
final class Texts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private Texts() {
    }

    static String quote(String title) {
        return "\u201c" + title + "\u201d";
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String horizon(Horizon horizon) {
        return switch (horizon) {
            case TODAY -> "today";
            case WEEK -> "this week";
            case MONTH -> "this month";
            case LATER -> "later";
        };
    }

    /** "e-mail “Q3 budget” (GMAIL 18f3a2c4…) from Daniel Okafor". */
    static String item(SourceItem item) {
        StringBuilder text = new StringBuilder(kindNoun(item.kind())).append(' ').append(quote(item.title()))
                .append(" (").append(item.kind()).append(' ').append(item.ref()).append(')');
        String sender = item.senderName() != null ? item.senderName() : item.senderAddress();
        if (sender != null) {
            text.append(" from ").append(sender);
        }
        return text.toString();
    }

    static String kindNoun(SourceKind kind) {
        return switch (kind) {
            case GMAIL -> "e-mail";
            case CALENDAR -> "calendar event";
            case DRIVE -> "document";
            case GITHUB -> "GitHub item";
            case JIRA -> "Jira issue";
            case FILE -> "file";
            case AGENT -> "agent note";
            case MANUAL -> "note";
        };
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
