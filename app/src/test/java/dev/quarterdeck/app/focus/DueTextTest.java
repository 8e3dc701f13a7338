package dev.quarterdeck.app.focus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DueTextTest {

    /** A Saturday. */
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);

    @Test
    void noDueDateShowsNothing() {
        assertThat(DueText.of(null, TODAY)).isEqualTo(DueText.NONE);
    }

    @Test
    void nearDatesReadAsWords() {
        assertThat(DueText.of(TODAY, TODAY)).isEqualTo(new DueText("today", false));
        assertThat(DueText.of(TODAY.plusDays(1), TODAY)).isEqualTo(new DueText("tomorrow", false));
    }

    @Test
    void theComingWeekReadsAsWeekdays() {
        assertThat(DueText.of(TODAY.plusDays(3), TODAY).text()).isEqualTo("Tue");
        assertThat(DueText.of(TODAY.plusDays(6), TODAY).text()).isEqualTo("Fri");
    }

    @Test
    void laterDatesReadAsDayAndMonthWithTheYearOnlyWhenItDiffers() {
        assertThat(DueText.of(TODAY.plusDays(11), TODAY).text()).isEqualTo("3 Dec");
        assertThat(DueText.of(LocalDate.of(2026, 1, 31), TODAY).text()).isEqualTo("31 Jan 2026");
    }

    @Test
    void pastDatesAreOverdueInWordsNotOnlyColour() {
        assertThat(DueText.of(TODAY.minusDays(1), TODAY)).isEqualTo(new DueText("overdue · yesterday", true));
        assertThat(DueText.of(TODAY.minusDays(2), TODAY)).isEqualTo(new DueText("overdue · Thu", true));
        assertThat(DueText.of(TODAY.minusDays(12), TODAY)).isEqualTo(new DueText("overdue · 10 Nov", true));
    }

    @Test
    void completedWorkReadsRelativeToToday() {
        assertThat(DueText.completed(TODAY, TODAY)).isEqualTo("done today");
        assertThat(DueText.completed(TODAY.minusDays(1), TODAY)).isEqualTo("done yesterday");
        assertThat(DueText.completed(TODAY.minusDays(4), TODAY)).isEqualTo("done Tue");
    }
}
