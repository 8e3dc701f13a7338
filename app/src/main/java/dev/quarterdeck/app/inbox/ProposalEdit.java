package dev.quarterdeck.app.inbox;

import dev.quarterdeck.core.agent.ProposalKind;
import dev.quarterdeck.core.agent.ProposalPayload;
import dev.quarterdeck.core.task.Horizon;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "Edit & approve": which parts of a payload the user may change, as text fields, and the payload they make. The rest
 * of the payload (IDs, sources) is kept. Values are checked here, with messages for the user, before the executor
 * sees them.
 */
public final class ProposalEdit {

    /** How a field is edited. */
    public enum FieldType {
        TEXT, LONG_TEXT, HORIZON, RATING, DATE
    }

    public record Field(String name, String label, FieldType type, String value) {
    }

    private static final Set<ProposalKind> SUPPORTED = EnumSet.of(ProposalKind.CREATE_TASK,
            ProposalKind.CHANGE_HORIZON, ProposalKind.ADD_RISK, ProposalKind.UPDATE_RISK, ProposalKind.DRAFT_MESSAGE);

    private ProposalEdit() {
    }

    public static boolean supports(ProposalKind kind) {
        return SUPPORTED.contains(kind);
    }

    /** The editable fields of {@code payload} with their current values; empty for a kind without an editor. */
    public static List<Field> fields(ProposalPayload payload) {
        return switch (payload.kind()) {
            case CREATE_TASK -> {
                var p = (ProposalPayload.CreateTask) payload;
                yield List.of(new Field("title", "Title", FieldType.TEXT, p.title()),
                        new Field("horizon", "When", FieldType.HORIZON, p.horizon().name()),
                        new Field("due", "Due (yyyy-mm-dd)", FieldType.DATE, p.due() == null ? "" : p.due().toString()));
            }
            case CHANGE_HORIZON -> List.of(new Field("to", "Move to", FieldType.HORIZON,
                    ((ProposalPayload.ChangeHorizon) payload).to().name()));
            case ADD_RISK -> {
                var p = (ProposalPayload.AddRisk) payload;
                yield List.of(new Field("title", "Title", FieldType.TEXT, p.title()),
                        new Field("likelihood", "Likelihood (1–5)", FieldType.RATING, Integer.toString(p.likelihood())),
                        new Field("impact", "Impact (1–5)", FieldType.RATING, Integer.toString(p.impact())));
            }
            case UPDATE_RISK -> {
                var p = (ProposalPayload.UpdateRisk) payload;
                yield List.of(
                        new Field("likelihood", "Likelihood (1–5)", FieldType.RATING, Integer.toString(p.likelihood())),
                        new Field("impact", "Impact (1–5)", FieldType.RATING, Integer.toString(p.impact())));
            }
            case DRAFT_MESSAGE -> {
                var p = (ProposalPayload.DraftMessage) payload;
                yield List.of(new Field("subject", "Subject", FieldType.TEXT, p.subject()),
                        new Field("body", "Message", FieldType.LONG_TEXT, p.body()));
            }
            default -> List.of();
        };
    }

    /** The current values by field name, for an editor to start from. */
    public static Map<String, String> values(ProposalPayload payload) {
        Map<String, String> values = new LinkedHashMap<>();
        fields(payload).forEach(f -> values.put(f.name(), f.value()));
        return values;
    }

    /**
     * {@code payload} with the edited values.
     *
     * @throws IllegalArgumentException with a message for the user when a value is not acceptable
     */
    public static ProposalPayload apply(ProposalPayload payload, Map<String, String> values) {
        return switch (payload.kind()) {
            case CREATE_TASK -> {
                var p = (ProposalPayload.CreateTask) payload;
                yield new ProposalPayload.CreateTask(p.taskId(), p.projectId(), text(values, "title", p.title()),
                        p.notes(), horizon(values, "horizon", p.horizon()),
                        values.containsKey("due") ? date(values, "due") : p.due(), p.estimateMinutes(),
                        p.sourceKind(), p.sourceRef(), p.sourceUrl(), p.sourceItemId());
            }
            case CHANGE_HORIZON -> {
                var p = (ProposalPayload.ChangeHorizon) payload;
                yield new ProposalPayload.ChangeHorizon(p.taskId(), p.from(), horizon(values, "to", p.to()));
            }
            case ADD_RISK -> {
                var p = (ProposalPayload.AddRisk) payload;
                yield new ProposalPayload.AddRisk(p.projectId(), text(values, "title", p.title()), p.description(),
                        p.category(), rating(values, "likelihood", p.likelihood()), rating(values, "impact", p.impact()),
                        p.owner(), p.mitigation(), p.nextReview());
            }
            case UPDATE_RISK -> {
                var p = (ProposalPayload.UpdateRisk) payload;
                yield new ProposalPayload.UpdateRisk(p.riskId(), p.likelihoodFrom(),
                        rating(values, "likelihood", p.likelihood()), p.impactFrom(), rating(values, "impact", p.impact()),
                        p.nextReview());
            }
            case DRAFT_MESSAGE -> {
                var p = (ProposalPayload.DraftMessage) payload;
                yield new ProposalPayload.DraftMessage(p.stakeholderId(), p.projectId(), p.to(),
                        text(values, "subject", p.subject()), text(values, "body", p.body()));
            }
            default -> throw new IllegalArgumentException("This kind of proposal cannot be edited");
        };
    }

    private static String text(Map<String, String> values, String name, String fallback) {
        String value = values.getOrDefault(name, fallback);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(label(name) + " must not be empty");
        }
        return value.strip();
    }

    private static Horizon horizon(Map<String, String> values, String name, Horizon fallback) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Horizon.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(label(name) + " must be one of TODAY, WEEK, MONTH, LATER", e);
        }
    }

    private static int rating(Map<String, String> values, String name, int fallback) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int rating = Integer.parseInt(value.strip());
            if (rating >= 1 && rating <= 5) {
                return rating;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(label(name) + " must be a whole number from 1 to 5, was “" + value + "”");
    }

    private static LocalDate date(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(label(name) + " must be a date like 2025-11-24, was “" + value + "”", e);
        }
    }

    private static String label(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
