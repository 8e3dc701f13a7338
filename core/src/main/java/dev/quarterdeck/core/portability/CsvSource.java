package dev.quarterdeck.core.portability;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a task CSV came from, recognised by its header row. The source decides a few readings that the header
 * alone cannot: what a bare number means in a priority or estimate column, and whether the Todoist row types
 * (task, section, note, meta) and indent levels apply.
 */
public enum CsvSource {

    /** Any spreadsheet: headers such as Title, Notes, Status, Due, Project, Owner, Estimate, Priority. */
    GENERIC,
    /**
     * Todoist's project CSV: TYPE, CONTENT, DESCRIPTION, PRIORITY (1 = p1, highest), INDENT, AUTHOR, RESPONSIBLE,
     * DATE, DATE_LANG, TIMEZONE, DURATION, DURATION_UNIT.
     */
    TODOIST,
    /**
     * Jira's issue export: Summary, Issue key, Issue id, Issue Type, Status, Priority, Assignee, Due Date,
     * Description, Original Estimate (seconds), Parent…
     */
    JIRA;

    public static CsvSource recognise(List<String> headers) {
        Set<String> names = headers.stream().map(TaskField::normalise).collect(Collectors.toSet());
        if (names.contains("type") && names.contains("content")
                && (names.contains("priority") || names.contains("indent") || names.contains("date lang"))) {
            return TODOIST;
        }
        if (names.contains("summary") && (names.contains("issue key") || names.contains("issue id"))) {
            return JIRA;
        }
        return GENERIC;
    }
}
