package dev.quarterdeck.core.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.common.FieldProblem;
import dev.quarterdeck.core.common.Ids;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StakeholderDraftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void aValidDraftWithCadenceIsDueOnceTheCadencePassed() {
        StakeholderDraft draft = new StakeholderDraft("Lea Novak", "Sponsor", "ACME", "lea@example.com", "5", "4",
                "14", TODAY.minusDays(14));
        assertThat(draft.problems(TODAY)).isEmpty();
        Stakeholder lea = draft.toStakeholder(Ids.newId(), Ids.newId(), Instant.EPOCH, 0);
        assertThat(lea.cadence()).isEqualTo(Duration.ofDays(14));
        assertThat(lea.isDueForUpdate(TODAY)).isTrue();
        assertThat(lea.isDueForUpdate(TODAY.minusDays(1))).isFalse();
        assertThat(StakeholderDraft.contacted(lea, TODAY, Instant.EPOCH).isDueForUpdate(TODAY)).isFalse();
        assertThat(StakeholderQuadrant.of(lea)).isEqualTo(StakeholderQuadrant.MANAGE_CLOSELY);
    }

    @Test
    void everyBadFieldIsNamed() {
        StakeholderDraft draft = new StakeholderDraft("", null, null, "lea-at-example", "0", "9", "0",
                TODAY.plusDays(1));
        assertThat(draft.problems(TODAY)).extracting(FieldProblem::field)
                .containsExactly("name", "email", "influence", "interest", "cadenceDays", "lastContact");
    }

    @Test
    void noCadenceMeansNeverDue() {
        StakeholderDraft draft = new StakeholderDraft("Tom", null, null, null, "1", "1", " ", null);
        assertThat(draft.problems(TODAY)).isEmpty();
        assertThat(draft.toStakeholder(Ids.newId(), Ids.newId(), Instant.EPOCH, 0).isDueForUpdate(TODAY)).isFalse();
    }
}
