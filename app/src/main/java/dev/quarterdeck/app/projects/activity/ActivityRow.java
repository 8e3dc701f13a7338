package dev.quarterdeck.app.projects.activity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.store.StoreJson;
import java.util.Locale;

/**
 * One line of a project's activity: when, who, what kind of record, what happened and which record ("Task ·
 * updated · Book movers"). The JSON states are read only when a line is first shown or searched: the tab lists
 * up to a thousand events and the table draws a few dozen.
 */
public final class ActivityRow {

    private static final String[] NAME_FIELDS = {"key", "title", "name", "category", "code"};

    private final AuditEvent event;
    private String record;
    private String change;

    private ActivityRow(AuditEvent event) {
        this.event = event;
    }

    public static ActivityRow of(AuditEvent event) {
        return new ActivityRow(event);
    }

    public AuditEvent event() {
        return event;
    }

    /** Which record: "R-003 Lease not signed", "Book movers", "1200.00 EUR · Movers GmbH". */
    public synchronized String record() {
        if (record == null) {
            read();
        }
        return record;
    }

    /** "created", "deleted", "updated (status, due)". */
    public synchronized String change() {
        if (change == null) {
            read();
        }
        return change;
    }

    private void read() {
        JsonNode before = tree(event.beforeJson());
        JsonNode after = tree(event.afterJson());
        record = describe(after != null ? after : before);
        change = changeOf(event, before, after);
    }

    private static JsonNode tree(String json) {
        if (json == null) {
            return null;
        }
        try {
            return StoreJson.mapper().readTree(json);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    public String entity() {
        return event.entityType();
    }

    /** The record kind in words: "Task", "Budget line", "Source item", "Milestone link". */
    public String kind() {
        return kindOf(event.entityType());
    }

    /** An audit entity type in words (see {@link #kind()}). */
    public static String kindOf(String entityType) {
        return switch (entityType) {
            case "MilestoneTask" -> "Milestone link";
            case "TaskLink" -> "Task link";
            case "RiskLink" -> "Risk link";
            default -> entityType.replaceAll("(?<=[a-z])(?=[A-Z])", " ").substring(0, 1)
                    + entityType.replaceAll("(?<=[a-z])(?=[A-Z])", " ").substring(1).toLowerCase(Locale.ROOT);
        };
    }

    /** "you", "agent triage", "connector gmail", "system demo". */
    public String actor() {
        return actorOf(event.actor());
    }

    /** Who in words (see {@link #actor()}); every user name (the user, undo) is "you". */
    public static String actorOf(dev.quarterdeck.core.audit.Actor actor) {
        return actor.kind() == dev.quarterdeck.core.audit.Actor.Kind.USER ? "you"
                : actor.kind().name().toLowerCase(Locale.ROOT) + " " + actor.name();
    }

    private static String changeOf(AuditEvent event, JsonNode before, JsonNode after) {
        return switch (event.action()) {
            case CREATE -> "created";
            case DELETE -> "deleted";
            case UPDATE -> "updated" + changedFields(before, after);
        };
    }

    /** " (status, due)": the fields an update changed, so the log says more than "updated". */
    private static String changedFields(JsonNode before, JsonNode after) {
        if (before == null || after == null) {
            return "";
        }
        try {
            StringBuilder fields = new StringBuilder();
            after.fieldNames().forEachRemaining(name -> {
                if (!name.equals("version") && !name.equals("updatedAt") && !after.get(name).equals(before.get(name))) {
                    fields.append(fields.length() == 0 ? "" : ", ").append(name);
                }
            });
            return fields.length() == 0 ? "" : " (" + fields + ")";
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String describe(JsonNode node) {
        if (node == null) {
            return "";
        }
        try {
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
                JsonNode number = amount.get("amount");
                // a stored BigDecimal may read as 2.4E+3: show it as 2400
                String figure = number.isNumber() ? number.decimalValue().toPlainString() : number.asText();
                return figure + " " + amount.path("currency").asText()
                        + (vendor != null && vendor.isTextual() ? " · " + vendor.asText() : "");
            }
            return key == null ? "" : key;
        } catch (RuntimeException e) {
            return "";
        }
    }
}
