package dev.quarterdeck.app.task;

import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The task panel's fields as typed, checked field by field. {@link #validate} names each field's problem, or
 * builds the edited task when there is none.
 */
record TaskDraft(String title, String notes, TaskStatus status, Horizon horizon, boolean pinned, LocalDate due,
        String estimate, String owner, String projectCode, String sourceUrl) {

    /** Field names, as the view keys its error labels. */
    static final String TITLE = "title";
    static final String ESTIMATE = "estimate";
    static final String OWNER = "owner";
    static final String PROJECT = "project";
    static final String SOURCE_URL = "sourceUrl";

    private static final Pattern ESTIMATE_PATTERN = Pattern.compile("(?i)\\s*(\\d{1,4})\\s*(m|min|h|d)?\\s*");

    static TaskDraft of(Task task, String projectCode) {
        return new TaskDraft(task.title(), task.notes(), task.status(), task.horizon(), task.horizonPinned(),
                task.due(), estimateText(task.estimate()), task.owner() == null ? "" : task.owner(),
                projectCode == null ? "" : projectCode, task.sourceUrl() == null ? "" : task.sourceUrl().toString());
    }

    /** "90m", "3h", "2d" — the way the field shows an estimate. */
    static String estimateText(Duration estimate) {
        if (estimate == null) {
            return "";
        }
        long minutes = estimate.toMinutes();
        if (minutes % (60 * 8) == 0 && minutes >= 60 * 8) {
            return minutes / (60 * 8) + "d";
        }
        return minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m";
    }

    /** A working day is 8 hours: "2d" is 16 h. Plain numbers are minutes. */
    static Duration parseEstimate(String text) {
        Matcher m = ESTIMATE_PATTERN.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("Write an estimate like 30m, 2h or 1d");
        }
        long amount = Long.parseLong(m.group(1));
        if (amount == 0) {
            throw new IllegalArgumentException("An estimate must be more than zero");
        }
        String unit = m.group(2) == null ? "m" : m.group(2).toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofHours(8 * amount);
            default -> Duration.ofMinutes(amount);
        };
    }

    /** The problem of each field that has one, in form order; empty when the draft can be saved. */
    Map<String, String> problems(Map<String, UUID> projectsByCode) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (title == null || title.isBlank()) {
            problems.put(TITLE, "A task needs a title");
        } else if (title.strip().length() > 500) {
            problems.put(TITLE, "At most 500 characters (" + title.strip().length() + ")");
        }
        if (!estimate.isBlank()) {
            try {
                parseEstimate(estimate);
            } catch (IllegalArgumentException e) {
                problems.put(ESTIMATE, e.getMessage());
            }
        }
        if (owner.strip().length() > 120) {
            problems.put(OWNER, "At most 120 characters");
        }
        if (!projectCode.isBlank() && !projectsByCode.containsKey(projectCode.strip().toUpperCase(Locale.ROOT))) {
            problems.put(PROJECT, "No project has the code " + projectCode.strip());
        }
        if (!sourceUrl.isBlank()) {
            try {
                URI uri = new URI(sourceUrl.strip());
                if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")
                        || uri.getScheme().equals("mailto") || uri.getScheme().equals("file"))) {
                    problems.put(SOURCE_URL, "A link starts with https://, http://, mailto: or file:");
                }
            } catch (URISyntaxException e) {
                problems.put(SOURCE_URL, "Not a valid link: " + e.getReason());
            }
        }
        return problems;
    }

    /** The stored task with this draft's values; call only when {@link #problems} is empty. */
    Task applyTo(Task stored, Map<String, UUID> projectsByCode) {
        UUID projectId = projectCode.isBlank() ? null : projectsByCode.get(projectCode.strip().toUpperCase(Locale.ROOT));
        Duration estimateValue = estimate.isBlank() ? null : parseEstimate(estimate);
        URI url = sourceUrl.isBlank() ? null : URI.create(sourceUrl.strip());
        return new Task(stored.id(), projectId, title.strip(), notes == null ? "" : notes, status, horizon, pinned, due,
                estimateValue, owner.isBlank() ? null : owner.strip(), stored.score(), stored.sourceKind(),
                stored.sourceRef(), url, stored.createdAt(), stored.updatedAt(),
                status.isOpen() ? null : stored.completedAt() != null ? stored.completedAt() : stored.updatedAt(),
                stored.version());
    }
}
