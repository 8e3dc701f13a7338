package dev.quarterdeck.app.focus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The line under the Focus title that answers "what now?" at a glance, built from real counts:
 * "Sat 22 Nov · 2 overdue · 3 due today · 1 project red · 2 amber". Parts that are zero are left out, except
 * that a calm day says so ("nothing overdue").
 *
 * @param overdue       open tasks past their due date
 * @param dueToday      open tasks due today
 * @param redProjects   open projects whose health is red
 * @param amberProjects open projects whose health is amber
 */
public record FocusSummary(LocalDate today, int overdue, int dueToday, int redProjects, int amberProjects) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", DueText.LOCALE);

    public String text() {
        List<String> parts = new ArrayList<>();
        parts.add(DAY.format(today));
        parts.add(overdue == 0 ? "nothing overdue" : overdue + " overdue");
        if (dueToday > 0) {
            parts.add(dueToday + " due today");
        }
        if (redProjects > 0) {
            parts.add(plural(redProjects, "project") + " red");
        }
        if (amberProjects > 0) {
            parts.add(redProjects > 0 ? amberProjects + " amber" : plural(amberProjects, "project") + " amber");
        }
        return String.join(" · ", parts);
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
