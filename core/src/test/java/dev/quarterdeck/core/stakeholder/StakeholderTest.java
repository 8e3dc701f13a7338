package dev.quarterdeck.core.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StakeholderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Stakeholder stakeholder(String email, int influence, Duration cadence, LocalDate lastContact) {
        return new Stakeholder(UUID.randomUUID(), UUID.randomUUID(), "Maya Chen", "CTO", "Acme", email, influence, 4,
                cadence, lastContact, Instant.EPOCH, 0);
    }

    @Test
    void dueForAnUpdateOnceTheCadenceHasPassed() {
        Duration weekly = Duration.ofDays(7);
        assertThat(stakeholder(null, 5, weekly, TODAY.minusDays(6)).isDueForUpdate(TODAY)).isFalse();
        assertThat(stakeholder(null, 5, weekly, TODAY.minusDays(7)).isDueForUpdate(TODAY)).isTrue();
        assertThat(stakeholder(null, 5, weekly, null).isDueForUpdate(TODAY)).isTrue();
        assertThat(stakeholder(null, 5, null, null).isDueForUpdate(TODAY)).isFalse();
    }

    @Test
    void validatesEmailAndGridPosition() {
        assertThat(stakeholder(" maya@acme.example ", 3, null, null).email()).isEqualTo("maya@acme.example");
        assertThatThrownBy(() -> stakeholder("maya at acme", 3, null, null))
                .hasMessage("email is not an e-mail address: maya at acme");
        assertThatThrownBy(() -> stakeholder(null, 6, null, null))
                .hasMessage("influence must be between 1 and 5, was 6");
    }
}
