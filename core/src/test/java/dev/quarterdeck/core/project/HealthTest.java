package dev.quarterdeck.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HealthTest {

    @Test
    void summaryNamesTheLevelInWordsAndListsTheReasons() {
        Health health = new Health(Health.Level.AMBER,
                List.of("1 milestone slipping (M2 Lease signed, 4 d)", "budget +12 % on Removals"));

        assertThat(health.summary())
                .isEqualTo("amber — 1 milestone slipping (M2 Lease signed, 4 d), budget +12 % on Removals");
    }

    @Test
    void aHealthWithoutReasonsIsRejected() {
        assertThatThrownBy(() -> new Health(Health.Level.GREEN, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one reason");
    }
}
