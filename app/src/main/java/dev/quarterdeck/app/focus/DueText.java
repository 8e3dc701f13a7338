package dev.quarterdeck.app.focus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How a due date reads on a card, relative to today: "today", "tomorrow", a weekday within the coming week
 * ("Tue"), otherwise a short date ("3 Dec", with the year when it differs: "3 Dec 2027"). A past date of an
 * open task reads "overdue · yesterday" or "overdue · 20 Nov" and is flagged so the view also colours it.
 *
 * @param text    what the card shows, empty when there is no due date
 * @param overdue true for a past due date (the view adds the danger colour; the word is in the text)
 */
public record DueText(String text, boolean overdue) {

    static final Locale LOCALE = Locale.ENGLISH;
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", LOCALE);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", LOCALE);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", LOCALE);

    public static final DueText NONE = new DueText("", false);

    public static DueText of(LocalDate due, LocalDate today) {
        if (due == null) {
            return NONE;
        }
        long days = ChronoUnit.DAYS.between(today, due);
        if (days < 0) {
            return new DueText("overdue · " + relativeDay(due, today), true);
        }
        return new DueText(relativeDay(due, today), false);
    }

    /** For finished work: "done today", "done yesterday", "done Tue". */
    public static String completed(LocalDate day, LocalDate today) {
        return "done " + relativeDay(day, today);
    }

    static String relativeDay(LocalDate day, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, day);
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "tomorrow";
        }
        if (days == -1) {
            return "yesterday";
        }
        if (Math.abs(days) < 7) {
            return WEEKDAY.format(day);
        }
        return day.getYear() == today.getYear() ? DAY_MONTH.format(day) : DAY_MONTH_YEAR.format(day);
    }
}
