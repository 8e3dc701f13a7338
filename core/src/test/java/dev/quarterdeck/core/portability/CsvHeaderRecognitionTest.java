package dev.quarterdeck.core.portability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Header rows as Todoist and Jira write them (names checked against their export documentation). */
class CsvHeaderRecognitionTest {

    static final List<String> TODOIST = List.of("TYPE", "CONTENT", "DESCRIPTION", "PRIORITY", "INDENT", "AUTHOR",
            "RESPONSIBLE", "DATE", "DATE_LANG", "TIMEZONE", "DURATION", "DURATION_UNIT", "DEADLINE", "DEADLINE_LANG");

    static final List<String> JIRA = List.of("Summary", "Issue key", "Issue id", "Issue Type", "Status", "Project key",
            "Project name", "Project type", "Project lead", "Project description", "Project url", "Priority",
            "Resolution", "Assignee", "Reporter", "Creator", "Created", "Updated", "Last Viewed", "Resolved",
            "Component/s", "Due Date", "Votes", "Labels", "Labels", "Description", "Environment", "Original Estimate",
            "Remaining Estimate", "Time Spent", "Work Ratio", "Parent");

    @Test
    void todoistHeadersAreRecognisedAndMapped() {
        CsvColumnMapping mapping = CsvColumnMapping.suggest(TODOIST);

        assertThat(mapping.source()).isEqualTo(CsvSource.TODOIST);
        assertThat(mapping.columns()).containsOnly(entry(TaskField.ROW_TYPE, 0), entry(TaskField.TITLE, 1),
                entry(TaskField.NOTES, 2), entry(TaskField.PRIORITY, 3), entry(TaskField.INDENT, 4),
                entry(TaskField.OWNER, 6), entry(TaskField.DUE, 7), entry(TaskField.ESTIMATE, 10),
                entry(TaskField.ESTIMATE_UNIT, 11));
    }

    @Test
    void olderTodoistHeaderWithoutDurationIsStillTodoist() {
        CsvColumnMapping mapping = CsvColumnMapping.suggest(TODOIST.subList(0, 10));

        assertThat(mapping.source()).isEqualTo(CsvSource.TODOIST);
        assertThat(mapping.column(TaskField.ESTIMATE)).isEmpty();
    }

    @Test
    void jiraHeadersAreRecognisedAndMapped() {
        CsvColumnMapping mapping = CsvColumnMapping.suggest(JIRA);

        assertThat(mapping.source()).isEqualTo(CsvSource.JIRA);
        assertThat(mapping.columns()).containsOnly(entry(TaskField.TITLE, 0), entry(TaskField.EXTERNAL_KEY, 1),
                entry(TaskField.EXTERNAL_ID, 2), entry(TaskField.STATUS, 4), entry(TaskField.PROJECT_CODE, 5),
                entry(TaskField.PRIORITY, 11), entry(TaskField.OWNER, 13), entry(TaskField.CREATED, 16),
                entry(TaskField.COMPLETED, 19), entry(TaskField.DUE, 21), entry(TaskField.NOTES, 25),
                entry(TaskField.ESTIMATE, 27), entry(TaskField.PARENT, 31));
    }

    @Test
    void jiraWithLowerCaseDueDateAndParentIdIsMappedToo() {
        CsvColumnMapping mapping = CsvColumnMapping.suggest(List.of("Issue key", "Summary", "Due date", "Parent id"));

        assertThat(mapping.source()).isEqualTo(CsvSource.JIRA);
        assertThat(mapping.columns()).containsOnly(entry(TaskField.EXTERNAL_KEY, 0), entry(TaskField.TITLE, 1),
                entry(TaskField.DUE, 2), entry(TaskField.PARENT, 3));
    }

    @Test
    void spreadsheetHeadersAreMappedWhateverTheirSpelling() {
        CsvColumnMapping mapping = CsvColumnMapping.suggest(List.of(" Title ", "NOTES", "due_date", "Project-Code",
                "Owner", "Estimate", "Horizon", "Status", "Type", "Colour"));

        assertThat(mapping.source()).isEqualTo(CsvSource.GENERIC);
        assertThat(mapping.columns()).containsOnly(entry(TaskField.TITLE, 0), entry(TaskField.NOTES, 1),
                entry(TaskField.DUE, 2), entry(TaskField.PROJECT_CODE, 3), entry(TaskField.OWNER, 4),
                entry(TaskField.ESTIMATE, 5), entry(TaskField.HORIZON, 6), entry(TaskField.STATUS, 7));
    }

    @Test
    void aMappingCanBeChangedFieldByField() {
        CsvColumnMapping mapping = CsvColumnMapping.suggest(JIRA).without(TaskField.PARENT).with(TaskField.NOTES, 26);

        assertThat(mapping.column(TaskField.PARENT)).isEmpty();
        assertThat(mapping.column(TaskField.NOTES)).contains(26);
    }
}
