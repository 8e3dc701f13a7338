package dev.quarterdeck.core.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MilestoneTest {

    private static final LocalDate BASELINE = LocalDate.of(2026, 11, 18);

    private static Milestone milestone(LocalDate due, MilestoneStatus status, LocalDate completed) {
        return new Milestone(UUID.randomUUID(), UUID.randomUUID(), "M2 Lease signed", "", BASELINE, due, status,
                completed, Instant.EPOCH, 0);
    }

    @Test
    void slipIsMeasuredAgainstTheBaseline() {
        assertThat(milestone(BASELINE.plusDays(4), MilestoneStatus.PLANNED, null).slipDays()).isEqualTo(4);
        assertThat(milestone(BASELINE, MilestoneStatus.DONE, BASELINE.minusDays(2)).slipDays()).isEqualTo(-2);
    }

    @Test
    void pastDueOnlyWhileUnfinished() {
        LocalDate today = BASELINE.plusDays(1);
        assertThat(milestone(BASELINE, MilestoneStatus.IN_PROGRESS, null).isPastDue(today)).isTrue();
        assertThat(milestone(BASELINE, MilestoneStatus.DONE, BASELINE).isPastDue(today)).isFalse();
        assertThat(milestone(today, MilestoneStatus.PLANNED, null).isPastDue(today)).isFalse();
    }

    @Test
    void completionDateGoesWithDoneOnly() {
        assertThatThrownBy(() -> milestone(BASELINE, MilestoneStatus.DONE, null))
                .hasMessage("a done milestone needs a completion date");
        assertThatThrownBy(() -> milestone(BASELINE, MilestoneStatus.PLANNED, BASELINE))
                .hasMessage("only a done milestone has a completion date");
    }
}
