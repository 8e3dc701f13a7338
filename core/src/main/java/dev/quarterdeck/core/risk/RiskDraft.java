package dev.quarterdeck.core.risk;

import dev.quarterdeck.core.common.FieldProblem;
import dev.quarterdeck.core.common.Require;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What a risk form holds before it is saved: likelihood and impact as typed, so that "7" or "high" can be refused
 * with a reason instead of an exception. {@link #problems} lists every reason at once, by field name (the component
 * names of this record); {@link #toRisk} builds the record once there are none.
 */
public record RiskDraft(
        String key,
        String title,
        String description,
        String category,
        String likelihood,
        String impact,
        String owner,
        String mitigation,
        String contingency,
        RiskStatus status,
        LocalDate identified,
        LocalDate nextReview,
        LocalDate closed) {

    /** A form filled in from a stored risk, for editing. */
    public static RiskDraft of(Risk risk) {
        Require.present(risk, "risk");
        return new RiskDraft(risk.key(), risk.title(), risk.description(), risk.category(),
                String.valueOf(risk.likelihood()), String.valueOf(risk.impact()), risk.owner(), risk.mitigation(),
                risk.contingency(), risk.status(), risk.identified(), risk.nextReview(), risk.closed());
    }

    /**
     * Every reason this draft cannot be saved in a project whose other risks are {@code register}: the key must
     * look like R-001 and be unused by another risk of the register (the one being edited, {@code editing}, may
     * keep its own), likelihood and impact whole numbers 1–5, dates in order (identified ≤ next review, identified ≤
     * closed), a closed date for a closed risk, and the text limits of {@link Risk}.
     */
    public List<FieldProblem> problems(Collection<Risk> register, UUID editing) {
        Require.present(register, "register");
        List<FieldProblem> problems = new ArrayList<>();
        String trimmedKey = key == null ? "" : key.strip().toUpperCase(Locale.ROOT);
        if (!trimmedKey.matches(Risk.KEY_PATTERN) || trimmedKey.length() > 12) {
            problems.add(new FieldProblem("key", "Use R- and at least three digits, e.g. R-007"));
        } else if (register.stream().anyMatch(r -> r.key().equals(trimmedKey) && !r.id().equals(editing))) {
            problems.add(new FieldProblem("key", trimmedKey + " is already used in this project"));
        }
        requireText(problems, "title", title, 200, true);
        requireText(problems, "category", category, 60, false);
        requireText(problems, "owner", owner, 120, false);
        requireText(problems, "description", description, 20_000, false);
        requireText(problems, "mitigation", mitigation, 20_000, false);
        requireText(problems, "contingency", contingency, 20_000, false);
        rating(problems, "likelihood", likelihood);
        rating(problems, "impact", impact);
        if (status == null) {
            problems.add(new FieldProblem("status", "Choose a status"));
        }
        if (identified == null) {
            problems.add(new FieldProblem("identified", "When was the risk identified?"));
        } else {
            if (nextReview != null && nextReview.isBefore(identified)) {
                problems.add(new FieldProblem("nextReview", "The next review cannot be before the risk was identified ("
                        + identified + ")"));
            }
            if (closed != null && closed.isBefore(identified)) {
                problems.add(new FieldProblem("closed", "A risk cannot close before it was identified ("
                        + identified + ")"));
            }
        }
        if (status == RiskStatus.CLOSED && closed == null) {
            problems.add(new FieldProblem("closed", "A closed risk needs the date it closed"));
        }
        return List.copyOf(problems);
    }

    /** The record this draft describes; call only when {@link #problems} is empty. */
    public Risk toRisk(UUID id, UUID projectId, Instant updatedAt, long version) {
        return new Risk(id, projectId, key.strip().toUpperCase(Locale.ROOT), title, description, category,
                Integer.parseInt(likelihood.strip()), Integer.parseInt(impact.strip()), owner, mitigation,
                contingency, status, identified, nextReview, closed, updatedAt, version);
    }

    private static void rating(List<FieldProblem> problems, String field, String value) {
        String text = value == null ? "" : value.strip();
        if (!text.matches("\\d{1,2}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 5) {
            problems.add(new FieldProblem(field, "Rate " + field + " from 1 (lowest) to 5 (highest)"));
        }
    }

    private static void requireText(List<FieldProblem> problems, String field, String value, int max,
            boolean required) {
        if (required && (value == null || value.isBlank())) {
            problems.add(new FieldProblem(field, "Give the risk a " + field));
        } else if (value != null && value.strip().length() > max) {
            problems.add(new FieldProblem(field, "At most " + max + " characters"));
        }
    }
}
