package dev.quarterdeck.app.projects.activity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.store.StoreJson;
import java.util.Locale;

/**
 * One line of a project's activity: when, who, what kind of record, what happened and which record ("Task ·
 * updated · Book movers").
 */
public record ActivityRow(AuditEvent event, String record, String change) {

    private static final String[] NAME_FIELDS = {"key", "title", "name", "category", "code"};

    public static ActivityRow of(AuditEvent event) {
        String json = event.afterJson() != null ? event.afterJson() : event.beforeJson();
        return new ActivityRow(event, describe(json), changeOf(event));
    }

    public String entity() {
        return event.entityType();
    }

    /** The record kind in words: "Task", "Budget line", "Source item", "Milestone link". */
    public String kind() {
        return switch (event.entityType()) {
            case "MilestoneTask" -> "Milestone link";
            case "TaskLink" -> "Task link";
            default -> event.entityType().replaceAll("(?<=[a-z])(?=[A-Z])", " ").substring(0, 1)
                    + event.entityType().replaceAll("(?<=[a-z])(?=[A-Z])", " ").substring(1).toLowerCase(Locale.ROOT);
        };
    }

    /** "user", "agent triage", "connector gmail", "system demo". */
    public String actor() {
        return event.actor().kind() == dev.quarterdeck.core.audit.Actor.Kind.USER ? "you"
                : event.actor().kind().name().toLowerCase(Locale.ROOT) + " " + event.actor().name();
    }

    private static String changeOf(AuditEvent event) {
        return switch (event.action()) {
            case CREATE -> "created";
            case DELETE -> "deleted";
            case UPDATE -> "updated" + changedFields(event);
        };
    }

    /** " (status, due)": the fields an update changed, so the log says more than "updated". */
    private static String changedFields(AuditEvent event) {
        try {
            JsonNode before = StoreJson.mapper().readTree(event.beforeJson());
            JsonNode after = StoreJson.mapper().readTree(event.afterJson());
            StringBuilder fields = new StringBuilder();
            after.fieldNames().forEachRemaining(name -> {
                if (!name.equals("version") && !name.equals("updatedAt") && !after.get(name).equals(before.get(name))) {
                    fields.append(fields.length() == 0 ? "" : ", ").append(name);
                }
            });
            return fields.length() == 0 ? "" : " (" + fields + ")";
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    private static String describe(String json) {
        try {
            JsonNode node = StoreJson.mapper().readTree(json);
            String key = null;
            for (String field : NAME_FIELDS) {
                JsonNode value = node.get(field);
                if (value != null && value.isTextual() && !value.asText().isBlank()) {
                    if (field.equals("key")) {
                        key = value.asText();
                        continue;
                    }
                    return key == null ? value.asText() : key + " " + value.asText();
                }
            }
            JsonNode amount = node.get("amount");
            if (amount != null && amount.has("amount")) {
                JsonNode vendor = node.get("vendor");
                return amount.get("amount").asText() + " " + amount.path("currency").asText()
                        + (vendor != null && vendor.isTextual() ? " · " + vendor.asText() : "");
            }
            return key == null ? "" : key;
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }
}
