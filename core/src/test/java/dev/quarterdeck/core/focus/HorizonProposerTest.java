package dev.quarterdeck.core.focus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.Task;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HorizonProposerTest {

    /** A Wednesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private static final Instant NOW = Instant.parse("2026-11-18T09:00:00Z");
    private final HorizonProposer proposer = new HorizonProposer();

    private static Task due(Integer daysFromToday) {
        return Task.create(UUID.randomUUID(), null, "t", Horizon.LATER,
                daysFromToday == null ? null : TODAY.plusDays(daysFromToday), NOW);
    }

    @ParameterizedTest(name = "due {0} days, score {1} -> {2}")
    @CsvSource({
            "-3, 10, TODAY", "0, 0, TODAY", "1, 20, WEEK", "4, 0, WEEK", "5, 0, MONTH", "31, 0, MONTH",
            "32, 0, LATER", ", 0, LATER", ", 45, WEEK", ", 70, TODAY", "40, 80, TODAY"})
    void proposesFromDueDateAndScore(Integer days, double score, Horizon expected) {
        assertThat(proposer.propose(due(days), score, TODAY)).isEqualTo(expected);
    }

    @Test
    void aPinnedHorizonWins() {
        Task pinned = due(0).withHorizon(Horizon.MONTH, true, NOW);
        assertThat(proposer.propose(pinned, 99, TODAY)).isEqualTo(Horizon.MONTH);
    }
}
