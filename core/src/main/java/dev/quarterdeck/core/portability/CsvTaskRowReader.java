package dev.quarterdeck.core.portability;

import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads one data row of a task CSV through a column mapping. Every cell that cannot be read is reported at its
 * row and column; a row with any problem gives no task.
 */
final class CsvTaskRowReader {

    enum Kind {
        TASK, NOTE, SKIPPED
    }

    /** What one row turned out to be, with what later rows and the hierarchy need to know about it. */
    record ParsedRow(CsvRowReader.Row row, Kind kind, Task task, String note, int indent, String parentRef,
            String externalKey, String externalId) {
    }

    /** Which mapped field a record constructor's message is about, by its first word. */
    private static final Map<String, TaskField> TASK_COMPONENTS = Map.of("title", TaskField.TITLE,
            "notes", TaskField.NOTES, "owner", TaskField.OWNER, "estimate", TaskField.ESTIMATE,
            "sourceRef", TaskField.EXTERNAL_KEY, "updatedAt", TaskField.CREATED);

    private final List<String> headers;
    private final CsvColumnMapping mapping;
    private final Map<String, UUID> projectIdsByCode;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final String sourceName;
    private final ProblemList problems;

    private CsvRowReader.Row row;
    private boolean bad;

    CsvTaskRowReader(List<String> headers, CsvColumnMapping mapping, Map<String, UUID> projectIdsByCode, Clock clock,
            Supplier<UUID> ids, String sourceName, ProblemList problems) {
        this.headers = headers;
        this.mapping = mapping;
        this.projectIdsByCode = projectIdsByCode;
        this.clock = clock;
        this.ids = ids;
        this.sourceName = sourceName;
        this.problems = problems;
    }

    /** The row read, or null when it has problems (all of them reported). */
    ParsedRow read(CsvRowReader.Row current) {
        row = current;
        bad = false;
        Kind kind = kind();
        if (kind == Kind.SKIPPED) {
            return bad ? null : new ParsedRow(row, kind, null, null, 0, null, null, null);
        }
        if (kind == Kind.NOTE) {
            String note = cell(TaskField.TITLE);
            return bad ? null : new ParsedRow(row, note == null ? Kind.SKIPPED : kind, null, note, 0, null, null, null);
        }
        String title = cell(TaskField.TITLE);
        if (title == null && mapping.column(TaskField.TITLE).isPresent()) {
            report(TaskField.TITLE, "the title is empty");
        }
        String notes = cell(TaskField.NOTES);
        TaskStatus status = value(TaskField.STATUS, text -> CsvValues.status(text, mapping.extraStatuses()));
        LocalDate due = value(TaskField.DUE, CsvValues::date);
        UUID projectId = project();
        String owner = value(TaskField.OWNER, CsvValues::owner);
        Duration estimate = value(TaskField.ESTIMATE,
                text -> CsvValues.estimate(text, cell(TaskField.ESTIMATE_UNIT), mapping.source()));
        Horizon horizon = horizon();
        Instant created = value(TaskField.CREATED, text -> CsvValues.instant(text, clock.getZone()));
        Instant completed = value(TaskField.COMPLETED, text -> CsvValues.instant(text, clock.getZone()));
        int indent = indent();
        String parentRef = cell(TaskField.PARENT);
        String externalKey = cell(TaskField.EXTERNAL_KEY);
        String externalId = cell(TaskField.EXTERNAL_ID);
        if (bad) {
            return null;
        }
        Task task = task(title, notes, status == null ? TaskStatus.TODO : status, horizon, due, estimate, owner,
                projectId, created, completed, externalKey != null ? externalKey : externalId);
        return task == null ? null
                : new ParsedRow(row, Kind.TASK, task, null, indent, parentRef, externalKey, externalId);
    }

    /** Reports a problem of this row that no single cell explains. */
    private void reportRow(String message) {
        problems.add(row.line(), 0, "row " + row.number(), message);
        bad = true;
    }

    private Kind kind() {
        if (!mapping.source().equals(CsvSource.TODOIST) || mapping.column(TaskField.ROW_TYPE).isEmpty()) {
            return Kind.TASK;
        }
        String type = cell(TaskField.ROW_TYPE);
        switch (type == null ? "" : type.strip().toLowerCase(Locale.ROOT)) {
            case "task":
                return Kind.TASK;
            case "note":
                return Kind.NOTE;
            case "section", "meta":
                return Kind.SKIPPED;
            default:
                report(TaskField.ROW_TYPE, (type == null ? "the type is empty" : "type " + CsvValues.quote(type)
                        + " is not known") + ": use task, section, note or meta");
                return Kind.SKIPPED;
        }
    }

    private UUID project() {
        String code = cell(TaskField.PROJECT_CODE);
        if (code == null) {
            return mapping.defaultProject();
        }
        UUID id = projectIdsByCode.get(code.strip().toUpperCase(Locale.ROOT));
        if (id == null) {
            report(TaskField.PROJECT_CODE, "project " + CsvValues.quote(code.strip())
                    + " does not exist: create it first, or import these rows into one project");
        }
        return id;
    }

    private Horizon horizon() {
        Horizon horizon = value(TaskField.HORIZON, CsvValues::horizon);
        if (horizon == null && mapping.column(TaskField.HORIZON).map(this::cellAt).isEmpty()) {
            horizon = value(TaskField.PRIORITY, text -> CsvValues.priority(text, mapping.source()));
        }
        return horizon != null ? horizon : mapping.defaultHorizon();
    }

    private int indent() {
        if (!mapping.source().equals(CsvSource.TODOIST)) {
            return 1;
        }
        Integer indent = value(TaskField.INDENT, text -> {
            try {
                int level = Integer.parseInt(text.strip());
                if (level >= 1 && level <= 10) {
                    return level;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("indent " + CsvValues.quote(text) + " is not a level from 1 to 10");
        });
        return indent == null ? 1 : indent;
    }

    private Task task(String title, String notes, TaskStatus status, Horizon horizon, LocalDate due, Duration estimate,
            String owner, UUID projectId, Instant created, Instant completed, String externalRef) {
        Instant now = clock.instant();
        Instant createdAt = created != null ? created : now;
        Instant updatedAt = createdAt.isAfter(now) ? createdAt : now;
        Instant completedAt = status.isOpen() ? null : (completed != null ? completed : now);
        String sourceRef = externalRef != null ? externalRef : sourceName + " row " + row.number();
        try {
            return new Task(ids.get(), projectId, title, notes, status, horizon, false, due, estimate, owner, 0,
                    SourceKind.FILE, sourceRef, null, createdAt, updatedAt, completedAt, 0);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            TaskField field = TASK_COMPONENTS.get(message.split(" ", 2)[0]);
            if (field != null && mapping.column(field).isPresent()) {
                report(field, message);
            } else {
                reportRow(message);
            }
            return null;
        }
    }

    private <T> T value(TaskField field, Function<String, T> reader) {
        String text = cell(field);
        if (text == null) {
            return null;
        }
        try {
            return reader.apply(text);
        } catch (IllegalArgumentException e) {
            report(field, e.getMessage());
            return null;
        }
    }

    /** The field's cell, or null when the field is not mapped or the cell is blank. */
    private String cell(TaskField field) {
        return mapping.column(field).map(this::cellAt).orElse(null);
    }

    private String cellAt(int column) {
        String text = row.cells().get(column);
        return text.isBlank() ? null : text;
    }

    private void report(TaskField field, String message) {
        problems.add(row.line(), 0, "row " + row.number() + ", " + columnName(mapping.column(field).orElseThrow()),
                message);
        bad = true;
    }

    String columnName(int column) {
        String header = headers.get(column).strip();
        return header.isEmpty() ? "column " + (column + 1) : header;
    }
}
