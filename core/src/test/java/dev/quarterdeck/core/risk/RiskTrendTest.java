package dev.quarterdeck.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RiskTrendTest {

    @Test
    void withoutAnEarlierScoreTheTrendIsSteady() {
        assertThat(RiskTrend.of(List.of())).isEqualTo(RiskTrend.STEADY);
        assertThat(RiskTrend.of(List.of(point(1, 3, 4)))).isEqualTo(RiskTrend.STEADY);
    }

    @Test
    void aHigherLatestScoreIsRisingALowerOneFalling() {
        // 2×3 = 6 → 3×3 = 9: rising; 9 → 6: falling
        assertThat(RiskTrend.of(List.of(point(1, 2, 3), point(8, 3, 3)))).isEqualTo(RiskTrend.RISING);
        assertThat(RiskTrend.of(List.of(point(1, 3, 3), point(8, 2, 3)))).isEqualTo(RiskTrend.FALLING);
    }

    @Test
    void aReviewThatKeepsTheScoreDoesNotHideTheLastChange() {
        // 6 → 9 → 9 (confirmed at review): the last change was up
        assertThat(RiskTrend.of(List.of(point(1, 2, 3), point(8, 3, 3), point(15, 3, 3))))
                .isEqualTo(RiskTrend.RISING);
        // 12 → 6 → 6 as 3×2 after 2×3: same score, still falling
        assertThat(RiskTrend.of(List.of(point(1, 3, 4), point(8, 2, 3), point(15, 3, 2))))
                .isEqualTo(RiskTrend.FALLING);
    }

    @Test
    void aScoreThatNeverChangedIsSteadyEvenWhenItsFactorsDid() {
        // 2×3 and 3×2 are both 6: steady; a later 1×5 = 5 is falling against that 6
        assertThat(RiskTrend.of(List.of(point(1, 2, 3), point(8, 3, 2)))).isEqualTo(RiskTrend.STEADY);
        assertThat(RiskTrend.of(List.of(point(1, 2, 3), point(8, 3, 2), point(15, 1, 5))))
                .isEqualTo(RiskTrend.FALLING);
    }

    @Test
    void theHistoryIsReadInDateOrderAndTheLastGivenOfADayIsTheLatest() {
        // given newest first: 15th = 4, 1st = 12 → falling
        assertThat(RiskTrend.of(List.of(point(15, 2, 2), point(1, 3, 4)))).isEqualTo(RiskTrend.FALLING);
        // two ratings on the 8th: 4 then 16; the 16 is the latest → rising against the 4 before it
        assertThat(RiskTrend.of(List.of(point(1, 4, 4), point(8, 2, 2), point(8, 4, 4))))
                .isEqualTo(RiskTrend.RISING);
    }

    @Test
    void aPointIsARatingOnADay() {
        Risk risk = new Risk(UUID.randomUUID(), UUID.randomUUID(), "R-001", "Lease not signed", "", null, 4, 5,
                null, "", "", RiskStatus.OPEN, LocalDate.of(2025, 1, 1), null, null, Instant.EPOCH, 0);

        RiskScorePoint now = RiskScorePoint.of(risk, LocalDate.of(2025, 3, 1));

        assertThat(now).isEqualTo(new RiskScorePoint(LocalDate.of(2025, 3, 1), 4, 5));
        assertThat(now.score()).isEqualTo(20);
        assertThatThrownBy(() -> new RiskScorePoint(LocalDate.of(2025, 3, 1), 0, 5))
                .hasMessage("likelihood must be between 1 and 5, was 0");
        assertThatThrownBy(() -> new RiskScorePoint(null, 1, 5)).hasMessage("date is required");
        assertThat(RiskTrend.RISING.label()).isEqualTo("rising");
    }

    private static RiskScorePoint point(int dayOfMarch, int likelihood, int impact) {
        return new RiskScorePoint(LocalDate.of(2025, 3, dayOfMarch), likelihood, impact);
    }
}
