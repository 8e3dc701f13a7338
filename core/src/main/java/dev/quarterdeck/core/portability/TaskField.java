package dev.quarterdeck.core.portability;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a column of a task CSV can mean. Each field lists the header names that suggest it, compared after
 * {@link #normalise} (lower case, single spaces), so "Due Date", "due_date" and "DUE-DATE" all suggest {@link #DUE}.
 * The first column that matches wins; the user can change every choice before importing.
 */
public enum TaskField {

    TITLE("title", "name", "task", "task name", "summary", "content", "subject"),
    NOTES("notes", "note", "description", "details", "body"),
    STATUS("status", "state"),
    DUE("due", "due date", "deadline", "date", "due on"),
    PROJECT_CODE("project code", "project key", "project"),
    OWNER("owner", "assignee", "responsible", "assigned to"),
    ESTIMATE("estimate", "original estimate", "time estimate", "duration"),
    /** Todoist's DURATION_UNIT ("minute" or "day"), read with the estimate of the same row. */
    ESTIMATE_UNIT("estimate unit", "duration unit"),
    /** Sets the starting horizon when no horizon column is mapped: highest → today … lowest → later. */
    PRIORITY("priority"),
    HORIZON("horizon"),
    /** The task's key in the other tool (Jira's "Issue key"), kept as the task's source reference. */
    EXTERNAL_KEY("issue key", "key", "ref", "external key"),
    /** The task's number in the other tool (Jira's "Issue id"), which parent columns may refer to. */
    EXTERNAL_ID("issue id", "id", "external id"),
    /** The parent's key or id, for a PARENT link from that task to this one. */
    PARENT("parent", "parent id", "parent key"),
    CREATED("created", "created at", "created date"),
    /** When a done or cancelled task was finished (Jira's "Resolved"); import time when absent. */
    COMPLETED("completed", "completed at", "resolved", "done at"),
    /** Todoist's INDENT: 1 is top level, 2 a sub-task of the nearest task above at level 1, and so on. */
    INDENT(EnumSet.of(CsvSource.TODOIST), "indent"),
    /** Todoist's TYPE: task rows are tasks, note rows add to the task above, section and meta rows are skipped. */
    ROW_TYPE(EnumSet.of(CsvSource.TODOIST), "type");

    private final Set<CsvSource> sources;
    private final List<String> headerNames;

    TaskField(String... headerNames) {
        this(EnumSet.allOf(CsvSource.class), headerNames);
    }

    TaskField(Set<CsvSource> sources, String... headerNames) {
        this.sources = sources;
        this.headerNames = List.of(headerNames);
    }

    /** Whether a header named {@code header} suggests this field in a file from {@code source}. */
    public boolean suggestedBy(String header, CsvSource source) {
        return sources.contains(source) && headerNames.contains(normalise(header));
    }

    public boolean appliesTo(CsvSource source) {
        return sources.contains(source);
    }

    static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    }
}
