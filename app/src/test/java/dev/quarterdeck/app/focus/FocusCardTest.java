package dev.quarterdeck.app.focus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FocusCardTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    private static final Instant NOW = Instant.parse("2025-11-22T08:30:00Z");

    @Test
    void openTaskShowsItsDueTextAndRoundedScore() {
        Task task = Task.create(UUID.randomUUID(), null, "Send Q3 forecast", Horizon.TODAY, TODAY.minusDays(2),
                NOW.minusSeconds(86_400)).withScore(86.6);

        FocusCard card = FocusCard.of(task, null, TODAY, BERLIN);

        assertThat(card.when()).isEqualTo("overdue · Thu");
        assertThat(card.overdue()).isTrue();
        assertThat(card.score()).isEqualTo(87);
        assertThat(card.projectCode()).isNull();
        assertThat(card.source()).isEqualTo(SourceKind.MANUAL);
        assertThat(card.done()).isFalse();
    }

    @Test
    void doneTaskShowsWhenItWasFinishedInTheLocalZone() {
        // 23:30 UTC on the 20th is already the 21st in Berlin: "yesterday"
        Instant completed = Instant.parse("2025-11-20T23:30:00Z");
        Task task = Task.create(UUID.randomUUID(), null, "Rotate CA certs", Horizon.WEEK, TODAY.minusDays(5),
                completed.minusSeconds(3_600)).withStatus(TaskStatus.DONE, completed);

        FocusCard card = FocusCard.of(task, "KUBE", TODAY, BERLIN);

        assertThat(card.when()).isEqualTo("done yesterday");
        assertThat(card.overdue()).isFalse();
        assertThat(card.done()).isTrue();
        assertThat(card.projectCode()).isEqualTo("KUBE");
    }
}
