package dev.quarterdeck.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.common.FieldProblem;
import dev.quarterdeck.core.common.Ids;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskDraftTest {

    private static final LocalDate D0 = LocalDate.of(2026, 3, 2);

    private static RiskDraft draft(String likelihood, String impact) {
        return new RiskDraft(" r-003 ", "Movers unavailable", "", "Logistics", likelihood, impact, "Tom", "", "",
                RiskStatus.OPEN, D0, null, null);
    }

    @Test
    void ratingsOneToFiveScoreAndBand() {
        assertThat(draft("1", "4").problems(List.of(), null)).isEmpty();
        Risk risk = draft(" 4", "5 ").toRisk(Ids.newId(), Ids.newId(), Instant.EPOCH, 0);
        assertThat(risk.key()).isEqualTo("R-003");
        assertThat(risk.score()).isEqualTo(20);
        assertThat(risk.band().label()).isEqualTo("Critical");
    }

    @Test
    void ratingsOutsideOneToFiveAreRefusedWithTheRange() {
        for (String bad : new String[] {"0", "6", "", "2.5", "three", null}) {
            assertThat(draft(bad, "3").problems(List.of(), null)).singleElement()
                    .satisfies(p -> assertThat(p).isEqualTo(new FieldProblem("likelihood",
                            "Rate likelihood from 1 (lowest) to 5 (highest)")));
        }
    }

    @Test
    void aClosedRiskNeedsAClosedDateNotBeforeItWasIdentified() {
        RiskDraft noDate = new RiskDraft("R-001", "t", "", null, "1", "1", null, "", "", RiskStatus.CLOSED, D0, null,
                null);
        RiskDraft early = new RiskDraft("R-001", "t", "", null, "1", "1", null, "", "", RiskStatus.CLOSED, D0, null,
                D0.minusDays(1));

        assertThat(noDate.problems(List.of(), null)).extracting(FieldProblem::reason)
                .containsExactly("A closed risk needs the date it closed");
        assertThat(early.problems(List.of(), null)).extracting(FieldProblem::field).containsExactly("closed");
    }
}
