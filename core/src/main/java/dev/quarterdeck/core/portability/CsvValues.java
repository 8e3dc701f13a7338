package dev.quarterdeck.core.portability;

import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.TaskStatus;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells of a task CSV. Each method takes non-blank text and either returns the value or throws an
 * IllegalArgumentException whose message, shown next to the row and column, says what is wrong and what would
 * be right.
 */
final class CsvValues {

    /** Dates with a time of day, tried in order; the time itself only matters for instants. */
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            formatter("uuuu-MM-dd['T'][' ']HH:mm[:ss][.SSS]"),
            formatter("d/MMM/uu h:mm a"),
            formatter("d/MMM/uuuu h:mm a"));

    /** Dates without a time: ISO, Jira's default (01/Mar/26) and written-out English forms. */
    private static final List<DateTimeFormatter> DATES = List.of(
            formatter("uuuu-MM-dd"),
            formatter("d/MMM/uu"),
            formatter("d/MMM/uuuu"),
            formatter("d MMM uuuu"),
            formatter("d MMMM uuuu"),
            formatter("MMM d[,] uuuu"),
            formatter("MMMM d[,] uuuu"));

    private static final String DATE_HINT = "use 2026-03-01, 01/Mar/26 or Mar 1 2026";

    private static final Map<String, TaskStatus> STATUSES = Map.ofEntries(
            Map.entry("todo", TaskStatus.TODO), Map.entry("to do", TaskStatus.TODO), Map.entry("open", TaskStatus.TODO),
            Map.entry("new", TaskStatus.TODO), Map.entry("backlog", TaskStatus.TODO),
            Map.entry("selected for development", TaskStatus.TODO), Map.entry("reopened", TaskStatus.TODO),
            Map.entry("not started", TaskStatus.TODO), Map.entry("ready", TaskStatus.TODO),
            Map.entry("doing", TaskStatus.DOING), Map.entry("in progress", TaskStatus.DOING),
            Map.entry("in review", TaskStatus.DOING), Map.entry("review", TaskStatus.DOING),
            Map.entry("in development", TaskStatus.DOING), Map.entry("started", TaskStatus.DOING),
            Map.entry("in test", TaskStatus.DOING), Map.entry("testing", TaskStatus.DOING),
            Map.entry("waiting", TaskStatus.WAITING), Map.entry("blocked", TaskStatus.WAITING),
            Map.entry("on hold", TaskStatus.WAITING), Map.entry("pending", TaskStatus.WAITING),
            Map.entry("waiting for customer", TaskStatus.WAITING), Map.entry("waiting for support", TaskStatus.WAITING),
            Map.entry("done", TaskStatus.DONE), Map.entry("closed", TaskStatus.DONE),
            Map.entry("resolved", TaskStatus.DONE), Map.entry("complete", TaskStatus.DONE),
            Map.entry("completed", TaskStatus.DONE), Map.entry("finished", TaskStatus.DONE),
            Map.entry("fixed", TaskStatus.DONE),
            Map.entry("cancelled", TaskStatus.CANCELLED), Map.entry("canceled", TaskStatus.CANCELLED),
            Map.entry("won't do", TaskStatus.CANCELLED), Map.entry("wont do", TaskStatus.CANCELLED),
            Map.entry("won't fix", TaskStatus.CANCELLED), Map.entry("rejected", TaskStatus.CANCELLED),
            Map.entry("declined", TaskStatus.CANCELLED), Map.entry("duplicate", TaskStatus.CANCELLED),
            Map.entry("obsolete", TaskStatus.CANCELLED));

    /** Priority names of Jira and common spreadsheets → starting horizon. */
    private static final Map<String, Horizon> PRIORITIES = Map.ofEntries(
            Map.entry("highest", Horizon.TODAY), Map.entry("blocker", Horizon.TODAY),
            Map.entry("critical", Horizon.TODAY), Map.entry("urgent", Horizon.TODAY), Map.entry("p1", Horizon.TODAY),
            Map.entry("high", Horizon.WEEK), Map.entry("major", Horizon.WEEK), Map.entry("p2", Horizon.WEEK),
            Map.entry("medium", Horizon.MONTH), Map.entry("normal", Horizon.MONTH), Map.entry("p3", Horizon.MONTH),
            Map.entry("low", Horizon.LATER), Map.entry("lowest", Horizon.LATER), Map.entry("minor", Horizon.LATER),
            Map.entry("trivial", Horizon.LATER), Map.entry("p4", Horizon.LATER), Map.entry("none", Horizon.LATER));

    private static final Map<String, Horizon> HORIZONS = Map.of("today", Horizon.TODAY, "week", Horizon.WEEK,
            "this week", Horizon.WEEK, "month", Horizon.MONTH, "this month", Horizon.MONTH, "later", Horizon.LATER,
            "someday", Horizon.LATER);

    private static final Pattern DURATION_PARTS = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*([a-z]+)\\s*");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern TODOIST_USER_ID = Pattern.compile("\\s*\\(\\d+\\)\\s*$");

    private CsvValues() {
    }

    static LocalDate date(String text) {
        String value = text.strip();
        for (DateTimeFormatter format : DATES) {
            LocalDate date = tryParse(format, value, LocalDate::from);
            if (date != null) {
                return date;
            }
        }
        for (DateTimeFormatter format : DATE_TIMES) {
            LocalDateTime dateTime = tryParse(format, value, LocalDateTime::from);
            if (dateTime != null) {
                return dateTime.toLocalDate();
            }
        }
        OffsetDateTime withOffset = tryParse(DateTimeFormatter.ISO_OFFSET_DATE_TIME, value, OffsetDateTime::from);
        if (withOffset != null) {
            return withOffset.toLocalDate();
        }
        if (value.toLowerCase(Locale.ROOT).startsWith("every")) {
            throw new IllegalArgumentException(quote(text) + " is a repeating date, which cannot be imported; "
                    + "give the next date instead (" + DATE_HINT + ")");
        }
        throw new IllegalArgumentException(quote(text) + " is not a date (" + DATE_HINT + ")");
    }

    /** A point in time; a date alone means the start of that day and a time without offset is in {@code zone}. */
    static Instant instant(String text, ZoneId zone) {
        String value = text.strip();
        OffsetDateTime withOffset = tryParse(DateTimeFormatter.ISO_OFFSET_DATE_TIME, value, OffsetDateTime::from);
        if (withOffset != null) {
            return withOffset.toInstant();
        }
        for (DateTimeFormatter format : DATE_TIMES) {
            LocalDateTime dateTime = tryParse(format, value, LocalDateTime::from);
            if (dateTime != null) {
                return dateTime.atZone(zone).toInstant();
            }
        }
        for (DateTimeFormatter format : DATES) {
            LocalDate date = tryParse(format, value, LocalDate::from);
            if (date != null) {
                return date.atStartOfDay(zone).toInstant();
            }
        }
        throw new IllegalArgumentException(quote(text) + " is not a date or time (use 2026-03-01 09:30 or "
                + "01/Mar/26 9:30 AM)");
    }

    static TaskStatus status(String text, Map<String, TaskStatus> extra) {
        String key = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace('’', '\'');
        TaskStatus status = extra.getOrDefault(key, STATUSES.get(key));
        if (status == null) {
            throw new IllegalArgumentException("status " + quote(text) + " is not known: use To Do, In Progress, "
                    + "Waiting, Done or Cancelled, or map it to one of them");
        }
        return status;
    }

    static Horizon horizon(String text) {
        Horizon horizon = HORIZONS.get(text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        if (horizon == null) {
            throw new IllegalArgumentException("horizon " + quote(text) + " is not one of today, week, month, later");
        }
        return horizon;
    }

    /**
     * A priority read as a starting horizon. Todoist writes 1 (p1, most urgent) to 4; elsewhere names such as
     * Highest, High, Medium, Low, Lowest, or p1–p4.
     */
    static Horizon priority(String text, CsvSource source) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        if (key.length() == 1 && key.charAt(0) >= '1' && key.charAt(0) <= '4' && source != CsvSource.JIRA) {
            key = "p" + key;
        }
        Horizon horizon = PRIORITIES.get(key);
        if (horizon == null) {
            throw new IllegalArgumentException("priority " + quote(text) + " is not known: use "
                    + (source == CsvSource.TODOIST ? "1 (highest) to 4"
                            : "Highest, High, Medium, Low, Lowest or p1–p4"));
        }
        return horizon;
    }

    /**
     * An estimate: ISO-8601 ({@code PT1H30M}), units ({@code 1h 30m}, {@code 90m}, {@code 2d}), or a bare number in
     * {@code unit} (a cell such as Todoist's "minute"/"day"), else the source's own unit (Jira: seconds; others:
     * minutes). Zero means no estimate.
     */
    static Duration estimate(String text, String unit, CsvSource source) {
        String value = text.strip();
        if (NUMBER.matcher(value).matches()) {
            BigDecimal amount = new BigDecimal(value);
            String name = unit == null || unit.isBlank() ? (source == CsvSource.JIRA ? "second" : "minute") : unit;
            return amount.signum() == 0 ? null : Duration.ofSeconds(seconds(amount, unitSeconds(name)));
        }
        if (value.regionMatches(true, 0, "P", 0, 1)) {
            try {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            } catch (DateTimeException e) {
                throw notAnEstimate(text);
            }
        }
        Matcher parts = DURATION_PARTS.matcher(value.toLowerCase(Locale.ROOT));
        long seconds = 0;
        int end = 0;
        while (parts.lookingAt()) {
            seconds += seconds(new BigDecimal(parts.group(1)), unitSeconds(parts.group(2)));
            end = parts.end();
            parts.region(end, value.length());
        }
        if (end == 0 || end != value.length()) {
            throw notAnEstimate(text);
        }
        return seconds == 0 ? null : Duration.ofSeconds(seconds);
    }

    /** Todoist writes "Evan (14781400)"; the number is Todoist's user ID, not part of the name. */
    static String owner(String text) {
        return TODOIST_USER_ID.matcher(text).replaceFirst("").strip();
    }

    private static long unitSeconds(String unit) {
        return switch (unit.strip().toLowerCase(Locale.ROOT)) {
            case "s", "sec", "second", "seconds" -> 1;
            case "m", "min", "minute", "minutes" -> 60;
            case "h", "hour", "hours" -> 3_600;
            case "d", "day", "days" -> 86_400;
            default -> throw new IllegalArgumentException("estimate unit " + quote(unit)
                    + " is not one of second, minute, hour, day");
        };
    }

    private static long seconds(BigDecimal amount, long unitSeconds) {
        BigDecimal seconds = amount.multiply(BigDecimal.valueOf(unitSeconds));
        if (seconds.compareTo(BigDecimal.valueOf(100L * 365 * 86_400)) > 0) {
            throw new IllegalArgumentException("estimate " + amount.toPlainString()
                    + " is longer than a hundred years");
        }
        return seconds.longValue();
    }

    private static IllegalArgumentException notAnEstimate(String text) {
        return new IllegalArgumentException(quote(text) + " is not an estimate (use 90m, 1h 30m, 2 days or PT1H30M)");
    }

    static String quote(String text) {
        String oneLine = text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        String shown = oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
        return '"' + shown + '"';
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    private static <T> T tryParse(DateTimeFormatter format, String text, Function<TemporalAccessor, T> query) {
        try {
            return query.apply(format.parse(text));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
