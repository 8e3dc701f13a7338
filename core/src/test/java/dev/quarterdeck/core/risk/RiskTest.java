package dev.quarterdeck.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RiskTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Risk risk(int likelihood, int impact, RiskStatus status, LocalDate nextReview, LocalDate closed) {
        return new Risk(UUID.randomUUID(), UUID.randomUUID(), "R-003", "Lease not signed", "", "Legal", likelihood,
                impact, "Lea", "", "", status, TODAY.minusDays(30), nextReview, closed, Instant.EPOCH, 0);
    }

    @ParameterizedTest
    @CsvSource({"1,1,LOW", "2,2,LOW", "1,5,MEDIUM", "3,3,MEDIUM", "2,5,HIGH", "4,4,HIGH", "4,5,CRITICAL", "5,5,CRITICAL"})
    void bandsFollowTheScoreBoundaries(int likelihood, int impact, RiskBand band) {
        Risk r = risk(likelihood, impact, RiskStatus.OPEN, null, null);
        assertThat(r.score()).isEqualTo(likelihood * impact);
        assertThat(r.band()).isEqualTo(band);
    }

    @Test
    void likelihoodAndImpactAreOneToFive() {
        assertThatThrownBy(() -> risk(0, 3, RiskStatus.OPEN, null, null))
                .hasMessage("likelihood must be between 1 and 5, was 0");
        assertThatThrownBy(() -> risk(3, 6, RiskStatus.OPEN, null, null))
                .hasMessage("impact must be between 1 and 5, was 6");
    }

    @Test
    void keysLookLikeR001() {
        assertThat(Risk.keyFor(7)).isEqualTo("R-007");
        assertThat(Risk.keyFor(1234)).isEqualTo("R-1234");
    }

    @Test
    void aClosedRiskNeedsAClosedDateNotBeforeIdentification() {
        assertThatThrownBy(() -> risk(2, 2, RiskStatus.CLOSED, null, null)).hasMessage("a closed risk needs a closed date");
        assertThatThrownBy(() -> risk(2, 2, RiskStatus.CLOSED, null, TODAY.minusDays(60)))
                .hasMessageContaining("closed");
    }

    @Test
    void anActiveRiskPastItsReviewDateIsOverdueForReview() {
        assertThat(risk(4, 5, RiskStatus.OPEN, TODAY.minusDays(1), null).isReviewOverdue(TODAY)).isTrue();
        assertThat(risk(4, 5, RiskStatus.OPEN, TODAY, null).isReviewOverdue(TODAY)).isFalse();
        assertThat(risk(4, 5, RiskStatus.CLOSED, TODAY.minusDays(1), TODAY).isReviewOverdue(TODAY)).isFalse();
    }

    @Test
    void bandLabelIsTextNotJustColour() {
        assertThat(RiskBand.CRITICAL.label()).isEqualTo("Critical");
    }
}
