package dev.quarterdeck.core.focus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QuickAddParserTest {

    /** A Sunday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final QuickAddParser parser = new QuickAddParser(TODAY);

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({
            "'Call movers today',             2026-11-22, Call movers",
            "'Send Q3 forecast tomorrow',     2026-11-23, Send Q3 forecast",
            "'Send forecast tmr',             2026-11-23, Send forecast",
            "'Review lease fri',              2026-11-27, Review lease",
            "'Review lease Friday',           2026-11-27, Review lease",
            "'Book room sun',                 2026-11-29, Book room",
            "'Plan offsite next week',        2026-11-23, Plan offsite",
            "'Close books next month',        2026-12-01, Close books",
            "'Renew certs in 3 days',         2026-11-25, Renew certs",
            "'Renew certs in 1 week',         2026-11-29, Renew certs",
            "'Audit in 2 months',             2027-01-22, Audit",
            "'Ship release 2026-12-03',       2026-12-03, Ship release",
    })
    void readsDueDates(String line, LocalDate due, String title) {
        QuickAdd result = parser.parse(line);
        assertThat(result.due()).contains(due);
        assertThat(result.title()).isEqualTo(title);
    }

    @Test
    void takesTheProjectCodeAnywhereInTheLine() {
        QuickAdd result = parser.parse("Drain node pool #kube tomorrow");
        assertThat(result.projectCode()).contains("KUBE");
        assertThat(result.title()).isEqualTo("Drain node pool");
        assertThat(result.due()).contains(TODAY.plusDays(1));
    }

    @Test
    void leavesOrdinaryWordsAndHashtagsInsideWordsAlone() {
        QuickAdd result = parser.parse("Fix issue C#1 for Monday-morning meeting");
        assertThat(result).isEqualTo(new QuickAdd("Fix issue C#1 for Monday-morning meeting", Optional.empty(),
                Optional.empty()));
    }

    @Test
    void anImpossibleIsoDateStaysInTheTitle() {
        QuickAdd result = parser.parse("Report 2026-02-30");
        assertThat(result.due()).isEmpty();
        assertThat(result.title()).isEqualTo("Report 2026-02-30");
    }

    @Test
    void emptyInputGivesAnEmptyTitle() {
        assertThat(parser.parse("   ").title()).isEmpty();
        assertThat(parser.parse(null).title()).isEmpty();
    }
}
