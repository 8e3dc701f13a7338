package dev.quarterdeck.app.focus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FocusSummaryTest {

    private static final LocalDate SATURDAY = LocalDate.of(2025, 11, 22);

    @Test
    void aBusyDayListsEveryNonZeroCount() {
        assertThat(new FocusSummary(SATURDAY, 2, 3, 1, 2).text())
                .isEqualTo("Sat 22 Nov · 2 overdue · 3 due today · 1 project red · 2 amber");
    }

    @Test
    void aCalmDaySaysNothingIsOverdue() {
        assertThat(new FocusSummary(SATURDAY, 0, 0, 0, 0).text()).isEqualTo("Sat 22 Nov · nothing overdue");
    }

    @Test
    void amberAloneNamesTheProjects() {
        assertThat(new FocusSummary(SATURDAY, 1, 0, 0, 2).text())
                .isEqualTo("Sat 22 Nov · 1 overdue · 2 projects amber");
    }
}
