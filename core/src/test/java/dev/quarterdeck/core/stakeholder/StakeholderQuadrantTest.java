package dev.quarterdeck.core.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StakeholderQuadrantTest {

    @ParameterizedTest
    @CsvSource({
        "5, 5, MANAGE_CLOSELY", "3, 3, MANAGE_CLOSELY", "5, 2, KEEP_SATISFIED", "3, 1, KEEP_SATISFIED",
        "2, 3, KEEP_INFORMED", "1, 5, KEEP_INFORMED", "2, 2, MONITOR", "1, 1, MONITOR"})
    void threeOrMoreCountsAsHigh(int influence, int interest, StakeholderQuadrant expected) {
        assertThat(StakeholderQuadrant.of(influence, interest)).isEqualTo(expected);
    }
}
