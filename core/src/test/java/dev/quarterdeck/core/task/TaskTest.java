package dev.quarterdeck.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TaskTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    private static Task task(String title) {
        return Task.create(UUID.randomUUID(), null, title, Horizon.TODAY, LocalDate.of(2026, 11, 23), NOW);
    }

    @Test
    void stripsTheTitleAndRejectsABlankOne() {
        assertThat(task("  Send Q3 forecast \n").title()).isEqualTo("Send Q3 forecast");
        assertThatThrownBy(() -> task("   ")).hasMessage("title must not be blank");
    }

    @Test
    void completingSetsTheCompletionTimeAndReopeningClearsIt() {
        Task done = task("Rotate CA certs").withStatus(TaskStatus.DONE, NOW.plusSeconds(60));
        assertThat(done.completedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(done.isOpen()).isFalse();

        Task reopened = done.withStatus(TaskStatus.TODO, NOW.plusSeconds(120));
        assertThat(reopened.completedAt()).isNull();
        assertThat(reopened.updatedAt()).isEqualTo(NOW.plusSeconds(120));
    }

    @Test
    void anOpenTaskCannotCarryACompletionTime() {
        Task t = task("Draft agenda");
        assertThatThrownBy(() -> new Task(t.id(), null, t.title(), "", TaskStatus.DOING, Horizon.WEEK, false, null,
                null, null, 0, SourceKind.MANUAL, null, null, NOW, NOW, NOW, 0))
                .hasMessage("an open task has no completion time");
        assertThatThrownBy(() -> new Task(t.id(), null, t.title(), "", TaskStatus.DONE, Horizon.WEEK, false, null,
                null, null, 0, SourceKind.MANUAL, null, null, NOW, NOW, null, 0))
                .hasMessage("a DONE task needs a completion time");
    }

    @Test
    void aConnectorTaskNeedsItsSourceRef() {
        assertThatThrownBy(() -> new Task(UUID.randomUUID(), null, "Review PR", "", TaskStatus.TODO, Horizon.TODAY,
                false, null, null, null, 0, SourceKind.GITHUB, " ", null, NOW, NOW, null, 0))
                .hasMessage("sourceRef is required for a task from GITHUB");
    }

    @Test
    void rejectsNonPositiveEstimatesAndNonFiniteScores() {
        Task t = task("Plan");
        assertThatThrownBy(() -> new Task(t.id(), null, "Plan", "", TaskStatus.TODO, Horizon.TODAY, false, null,
                Duration.ZERO, null, 0, SourceKind.MANUAL, null, null, NOW, NOW, null, 0))
                .hasMessageContaining("estimate must be positive");
        assertThatThrownBy(() -> t.withScore(Double.NaN)).hasMessage("score must be a finite number");
    }

    @Test
    void isOverdueOnlyWhenOpenAndPastItsDueDate() {
        Task t = task("File report");
        assertThat(t.isOverdue(LocalDate.of(2026, 11, 23))).isFalse();
        assertThat(t.isOverdue(LocalDate.of(2026, 11, 24))).isTrue();
        assertThat(t.withStatus(TaskStatus.DONE, NOW).isOverdue(LocalDate.of(2026, 11, 24))).isFalse();
    }

    @Test
    void aLinkCannotPointAtItsOwnTask() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> new TaskLink(UUID.randomUUID(), id, id, LinkKind.BLOCKS, LinkOrigin.USER, NOW))
                .hasMessage("a task cannot link to itself");
    }
}
