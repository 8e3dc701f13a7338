package dev.quarterdeck.app.projects;

import dev.quarterdeck.app.focus.DueText;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.project.Project;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Short texts the project screens share. */
public final class ProjectTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ProjectTexts() {
    }

    /** ACTIVE → "active", ON_HOLD → "on hold". */
    public static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "ATLAS · active · owner Lea Novak · due 31 Jan 2026". */
    public static String header(Project project) {
        List<String> parts = new ArrayList<>();
        parts.add(project.code());
        parts.add(words(project.status()));
        parts.add(words(project.priority()) + " priority");
        if (project.owner() != null) {
            parts.add("owner " + project.owner());
        }
        if (project.due() != null) {
            parts.add("due " + date(project.due()));
        }
        return String.join(" · ", parts);
    }

    /** "M2 Lease signed · 3 Dec", with "overdue" when past due. */
    public static String milestone(Milestone milestone, LocalDate today) {
        DueText due = DueText.of(milestone.due(), today);
        return milestone.name() + " · " + (milestone.isPastDue(today) ? due.text() : date(milestone.due()));
    }

    /** "slipped 4 d" against the baseline, "on baseline" or "4 d ahead". */
    public static String slip(Milestone milestone) {
        long days = milestone.slipDays();
        if (days > 0) {
            return "slipped " + days + " d";
        }
        return days == 0 ? "on baseline" : -days + " d ahead";
    }
}
