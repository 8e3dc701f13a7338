package dev.quarterdeck.core.focus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a quick-add line such as {@code "Send Q3 forecast tomorrow #ATLAS"}.
 *
 * <p>Dates understood (case-insensitive, the last one wins): {@code today}, {@code tomorrow}/{@code tmr}, a weekday
 * ({@code fri}, {@code friday}: the next such day after today — "today" is the word for today), {@code next week}
 * (next Monday), {@code next month} (the first of next month), {@code in N days|weeks|months}, and ISO dates
 * ({@code 2026-12-03}). A {@code #CODE} word names the project. Everything else is the title.
 */
public final class QuickAddParser {

    private static final Pattern IN_N = Pattern.compile("(?i)\\bin\\s+(\\d{1,3})\\s+(day|days|week|weeks|month|months)\\b");
    private static final Pattern NEXT = Pattern.compile("(?i)\\bnext\\s+(week|month)\\b");
    private static final Pattern PROJECT = Pattern.compile("(?<!\\S)#([A-Za-z][A-Za-z0-9]{1,11})(?!\\S)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final LocalDate today;

    public QuickAddParser(LocalDate today) {
        this.today = today;
    }

    public QuickAdd parse(String line) {
        String rest = line == null ? "" : line;
        Optional<String> project = Optional.empty();
        Matcher projectMatch = PROJECT.matcher(rest);
        if (projectMatch.find()) {
            project = Optional.of(projectMatch.group(1).toUpperCase(Locale.ROOT));
            rest = cut(rest, projectMatch.start(), projectMatch.end());
        }

        Optional<LocalDate> due = Optional.empty();
        Matcher inN = IN_N.matcher(rest);
        if (inN.find()) {
            due = Optional.of(plus(Integer.parseInt(inN.group(1)), inN.group(2).toLowerCase(Locale.ROOT)));
            rest = cut(rest, inN.start(), inN.end());
        }
        Matcher next = NEXT.matcher(rest);
        if (next.find()) {
            due = Optional.of(next.group(1).equalsIgnoreCase("week")
                    ? today.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                    : today.withDayOfMonth(1).plusMonths(1));
            rest = cut(rest, next.start(), next.end());
        }

        List<String> titleWords = new ArrayList<>();
        for (String word : rest.trim().split("\\s+")) {
            Optional<LocalDate> date = dateWord(word);
            if (date.isPresent()) {
                due = date;
            } else if (!word.isEmpty()) {
                titleWords.add(word);
            }
        }
        return new QuickAdd(String.join(" ", titleWords), due, project);
    }

    private LocalDate plus(int amount, String unit) {
        if (unit.startsWith("day")) {
            return today.plusDays(amount);
        }
        if (unit.startsWith("week")) {
            return today.plusWeeks(amount);
        }
        return today.plusMonths(amount);
    }

    private Optional<LocalDate> dateWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        switch (w) {
            case "today":
                return Optional.of(today);
            case "tomorrow":
            case "tmr":
                return Optional.of(today.plusDays(1));
            default:
                break;
        }
        Optional<DayOfWeek> weekday = weekday(w);
        if (weekday.isPresent()) {
            return Optional.of(today.with(TemporalAdjusters.next(weekday.get())));
        }
        if (ISO_DATE.matcher(w).matches()) {
            try {
                return Optional.of(LocalDate.parse(w));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<DayOfWeek> weekday(String word) {
        if (word.length() < 3) {
            return Optional.empty();
        }
        return Arrays.stream(DayOfWeek.values())
                .filter(day -> {
                    String name = day.name().toLowerCase(Locale.ROOT);
                    return name.equals(word) || name.substring(0, 3).equals(word);
                })
                .findFirst();
    }

    private static String cut(String text, int start, int end) {
        return text.substring(0, start) + " " + text.substring(end);
    }
}
