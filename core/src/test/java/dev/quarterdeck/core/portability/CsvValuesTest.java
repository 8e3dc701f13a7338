package dev.quarterdeck.core.portability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvValuesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01", " 2026-03-01 ", "2026-03-01 09:30", "2026-03-01T09:30:00",
            "2026-03-01T23:30:00-05:00", "01/Mar/26", "1/mar/26", "01/Mar/2026", "01/Mar/26 9:30 AM",
            "01/MAR/26 12:00 am", "1 Mar 2026", "1 March 2026", "Mar 1 2026", "Mar 1, 2026", "March 1, 2026"})
    void datesInTheFormsToolsWrite(String text) {
        assertThat(CsvValues.date(text)).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "2026-02-29", "31/Feb/26", "03/01/2026", "tomorrow", "Mar 32 2026",
            "2026-03-01T25:00"})
    void impossibleOrAmbiguousDatesAreRefused(String text) {
        assertThatThrownBy(() -> CsvValues.date(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"" + text + "\" is not a date (use 2026-03-01, 01/Mar/26 or Mar 1 2026)");
    }

    @Test
    void instantsWithoutOffsetAreInTheGivenZone() {
        assertThat(CsvValues.instant("01/Mar/26 9:30 AM", BERLIN)).isEqualTo(Instant.parse("2026-03-01T08:30:00Z"));
        assertThat(CsvValues.instant("2026-07-01", BERLIN)).isEqualTo(Instant.parse("2026-06-30T22:00:00Z"));
        assertThat(CsvValues.instant("2026-07-01T10:00:00Z", BERLIN)).isEqualTo(Instant.parse("2026-07-01T10:00:00Z"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {"PT1H30M||GENERIC|90",
            "pt1h30m||GENERIC|90", "1h 30m||GENERIC|90",
            "90m||GENERIC|90", "90 min||GENERIC|90", "1.5h||GENERIC|90", "2 days||GENERIC|2880",
            "90||GENERIC|90", "5400||JIRA|90", "90|minute|TODOIST|90", "1|day|TODOIST|1440", "2|hours|GENERIC|120"})
    void estimatesInManyNotations(String text, String unit, CsvSource source,
            long minutes) {
        assertThat(CsvValues.estimate(text, unit, source)).isEqualTo(Duration.ofMinutes(minutes));
    }

    @Test
    void zeroEstimateMeansNoneAndNonsenseIsRefused() {
        assertThat(CsvValues.estimate("0", null, CsvSource.JIRA)).isNull();
        assertThatThrownBy(() -> CsvValues.estimate("soon", null, CsvSource.GENERIC))
                .hasMessage("\"soon\" is not an estimate (use 90m, 1h 30m, 2 days or PT1H30M)");
        assertThatThrownBy(() -> CsvValues.estimate("3 fortnights", null,
                CsvSource.GENERIC))
                .hasMessage("estimate unit \"fortnights\" is not one of second, minute, hour, day");
        assertThatThrownBy(() -> CsvValues.estimate("99999999999", "day",
                CsvSource.TODOIST))
                .hasMessage("estimate 99999999999 is longer than a hundred years");
    }

    @Test
    void statusesOfJiraWorkflowsAndUserAdditions() {
        assertThat(CsvValues.status("Selected for Development", Map.of())).isEqualTo(TaskStatus.TODO);
        assertThat(CsvValues.status("IN  REVIEW", Map.of())).isEqualTo(TaskStatus.DOING);
        assertThat(CsvValues.status("Won’t Do", Map.of())).isEqualTo(TaskStatus.CANCELLED);
        assertThat(CsvValues.status("awaiting deploy", Map.of("awaiting deploy", TaskStatus.WAITING)))
                .isEqualTo(TaskStatus.WAITING);
        assertThatThrownBy(() -> CsvValues.status("Frobbed", Map.of())).hasMessageStartingWith("status \"Frobbed\"");
    }

    @Test
    void prioritiesBecomeStartingHorizons() {
        CsvSource todoist = CsvSource.TODOIST;
        CsvSource jira = CsvSource.JIRA;
        assertThat(CsvValues.priority("1", todoist)).isEqualTo(Horizon.TODAY);
        assertThat(CsvValues.priority("4", todoist)).isEqualTo(Horizon.LATER);
        assertThat(CsvValues.priority("Highest", jira)).isEqualTo(Horizon.TODAY);
        assertThat(CsvValues.priority("Medium", jira)).isEqualTo(Horizon.MONTH);
        assertThatThrownBy(() -> CsvValues.priority("1", jira)).hasMessageStartingWith("priority \"1\" is not known");
        assertThatThrownBy(() -> CsvValues.priority("5", todoist))
                .hasMessage("priority \"5\" is not known: use 1 (highest) to 4");
    }

    @Test
    void todoistUserIdsAreNotPartOfTheName() {
        assertThat(CsvValues.owner("Evan (14781400)")).isEqualTo("Evan");
        assertThat(CsvValues.owner("Ana (Ops)")).isEqualTo("Ana (Ops)");
    }
}
