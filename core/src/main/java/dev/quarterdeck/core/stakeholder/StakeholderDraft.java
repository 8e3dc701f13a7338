package dev.quarterdeck.core.stakeholder;

import dev.quarterdeck.core.common.FieldProblem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A stakeholder as the form holds it: influence, interest and the cadence (days between updates, blank for none)
 * as typed. {@link #problems} gives every reason it cannot be saved, by field.
 */
public record StakeholderDraft(String name, String role, String organisation, String email, String influence,
        String interest, String cadenceDays, LocalDate lastContact) {

    public static StakeholderDraft of(Stakeholder s) {
        return new StakeholderDraft(s.name(), s.role(), s.organisation(), s.email(), String.valueOf(s.influence()),
                String.valueOf(s.interest()), s.cadence() == null ? "" : String.valueOf(s.cadence().toDays()),
                s.lastContact());
    }

    public List<FieldProblem> problems(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", "Who is it?"));
        } else if (name.strip().length() > 120) {
            problems.add(new FieldProblem("name", "At most 120 characters"));
        }
        for (String[] field : new String[][] {{"role", role}, {"organisation", organisation}}) {
            if (field[1] != null && field[1].strip().length() > 120) {
                problems.add(new FieldProblem(field[0], "At most 120 characters"));
            }
        }
        if (email != null && !email.isBlank() && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new FieldProblem("email", "Not an e-mail address, e.g. lea@example.com"));
        }
        rating(problems, "influence", influence);
        rating(problems, "interest", interest);
        if (cadenceDays != null && !cadenceDays.isBlank()) {
            String days = cadenceDays.strip();
            if (!days.matches("\\d{1,3}") || Integer.parseInt(days) < 1) {
                problems.add(new FieldProblem("cadenceDays", "Days between updates, 1 to 999, or blank for none"));
            }
        }
        if (lastContact != null && lastContact.isAfter(today)) {
            problems.add(new FieldProblem("lastContact", "The last contact cannot be in the future"));
        }
        return List.copyOf(problems);
    }

    public Stakeholder toStakeholder(UUID id, UUID projectId, Instant updatedAt, long version) {
        Duration cadence = cadenceDays == null || cadenceDays.isBlank() ? null
                : Duration.ofDays(Integer.parseInt(cadenceDays.strip()));
        return new Stakeholder(id, projectId, name, role, organisation, email, Integer.parseInt(influence.strip()),
                Integer.parseInt(interest.strip()), cadence, lastContact, updatedAt, version);
    }

    /** The same stakeholder, contacted on {@code day}. */
    public static Stakeholder contacted(Stakeholder s, LocalDate day, Instant updatedAt) {
        return new Stakeholder(s.id(), s.projectId(), s.name(), s.role(), s.organisation(), s.email(), s.influence(),
                s.interest(), s.cadence(), day, updatedAt, s.version());
    }

    private static void rating(List<FieldProblem> problems, String field, String value) {
        String text = value == null ? "" : value.strip();
        if (!text.matches("\\d{1,2}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 5) {
            problems.add(new FieldProblem(field, "Rate " + field + " from 1 (lowest) to 5 (highest)"));
        }
    }
}
