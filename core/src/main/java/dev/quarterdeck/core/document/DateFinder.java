package dev.quarterdeck.core.document;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates a sentence names, relative to a reference date (the day the document is analysed), so the same
 * text and reference always give the same dates. Recognised, in English:
 * <ul>
 * <li>ISO dates: {@code 2027-03-12};</li>
 * <li>day and month: {@code 12 March 2027}, {@code 12th of Mar}, and month and day: {@code March 12, 2027},
 * {@code Mar 12}. Without a year, the date is in the reference's year, or the next year when that would put it more
 * than {@value #RECENT_PAST_DAYS} days before the reference;</li>
 * <li>{@code today}, {@code tomorrow};</li>
 * <li>a weekday: {@code Friday}, {@code on Friday}, {@code by Friday}, {@code next Friday} all mean the first such
 * day after the reference (never the reference day itself);</li>
 * <li>{@code in 3 days}, {@code in two weeks}, {@code in a month};</li>
 * <li>{@code end of the week} (the Friday of the reference's week, or the next one when that has passed) and
 * {@code end of the month} (its last day).</li>
 * </ul>
 * Impossible dates ({@code 31 February}) are skipped. Numeric forms such as {@code 03/04/2027} are left alone: day
 * and month order differ between countries.
 */
public final class DateFinder {

    static final int RECENT_PAST_DAYS = 30;

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4}))?(?![\\w])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\w:])", Pattern.CASE_INSENSITIVE);
    private static final Pattern TODAY = Pattern.compile("\\b(today|tomorrow)\\b", Pattern.CASE_INSENSITIVE);
    /** A weekday followed by its date ("Friday, 12 March") is that date, not the next Friday. */
    private static final Pattern WEEKDAYS = Pattern.compile("\\b(?:(?:next|this|on|by|until|before)\\s+)?" + WEEKDAY
            + "\\b(?!,?\\s+(?:the\\s+)?\\d)(?!,?\\s+" + MONTH + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_PERIOD = Pattern.compile(
            "\\bin\\s+(\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(day|week|month)s?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern END_OF = Pattern.compile("\\b(?:by\\s+)?(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+)?"
            + "(week|month)\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10));

    private DateFinder() {
    }

    private record Found(int start, int end, DateMention mention) {
    }

    /** The dates in {@code text}, in the order they are written. */
    public static List<DateMention> find(String text, LocalDate reference) {
        List<Found> found = new ArrayList<>();
        scan(ISO, text, found, m -> LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
        scan(DAY_MONTH, text, found, m -> dayMonth(Integer.parseInt(m.group(1)), month(m.group(2)), m.group(3),
                reference));
        scan(MONTH_DAY, text, found, m -> dayMonth(Integer.parseInt(m.group(2)), month(m.group(1)), m.group(3),
                reference));
        scan(TODAY, text, found, m -> m.group(1).equalsIgnoreCase("today") ? reference : reference.plusDays(1));
        scan(WEEKDAYS, text, found, m -> reference.with(TemporalAdjusters.next(
                DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)))));
        scan(IN_PERIOD, text, found, m -> {
            String count = m.group(1).toLowerCase(Locale.ROOT);
            int n = NUMBERS.containsKey(count) ? NUMBERS.get(count) : Integer.parseInt(count);
            return switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "day" -> reference.plusDays(n);
                case "week" -> reference.plusWeeks(n);
                default -> reference.plusMonths(n);
            };
        });
        scan(END_OF, text, found, m -> m.group(1).equalsIgnoreCase("month")
                ? reference.with(TemporalAdjusters.lastDayOfMonth())
                : reference.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)));
        return found.stream().sorted(Comparator.comparingInt(Found::start)).map(Found::mention).toList();
    }

    @FunctionalInterface
    private interface Reading {
        LocalDate date(Matcher match);
    }

    /** Adds each match that does not overlap an earlier (more specific) one and names a real day. */
    private static void scan(Pattern pattern, String text, List<Found> found, Reading reading) {
        Matcher match = pattern.matcher(text);
        while (match.find()) {
            int start = match.start();
            int end = match.end();
            if (found.stream().anyMatch(f -> start < f.end() && f.start() < end)) {
                continue;
            }
            try {
                found.add(new Found(start, end, new DateMention(reading.date(match), match.group().strip())));
            } catch (DateTimeException | NumberFormatException e) {
                // 31 February, month 13: not a date
            }
        }
    }

    private static LocalDate dayMonth(int day, int month, String year, LocalDate reference) {
        if (year != null) {
            return LocalDate.of(Integer.parseInt(year), month, day);
        }
        LocalDate date = LocalDate.of(reference.getYear(), month, day);
        return date.isBefore(reference.minusDays(RECENT_PAST_DAYS)) ? date.plusYears(1) : date;
    }

    private static int month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                .indexOf(prefix) + 1;
    }
}
