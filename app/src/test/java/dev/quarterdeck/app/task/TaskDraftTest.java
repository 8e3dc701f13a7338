package dev.quarterdeck.app.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The task panel's field checks and how an edited draft becomes a task. */
class TaskDraftTest {

    static final Instant NOW = Instant.parse("2026-11-18T09:00:00Z");
    static final UUID ATLAS = UUID.randomUUID();
    static final Map<String, UUID> CODES = Map.of("ATLAS", ATLAS);

    private final Task task = Task.create(UUID.randomUUID(), null, "Send forecast", Horizon.WEEK,
            LocalDate.of(2026, 11, 20), NOW);

    private TaskDraft draft(String title, String estimate, String project, String url) {
        return new TaskDraft(title, "", TaskStatus.TODO, Horizon.TODAY, true, null, estimate, "", project, url);
    }

    @Test
    void everyBadFieldIsNamedWithItsProblem() {
        assertThat(draft(" ", "soon", "NOPE", "ftp://x").problems(CODES)).containsExactly(
                entry(TaskDraft.TITLE, "A task needs a title"),
                entry(TaskDraft.ESTIMATE, "Write an estimate like 30m, 2h or 1d"),
                entry(TaskDraft.PROJECT, "No project has the code NOPE"),
                entry(TaskDraft.SOURCE_URL, "A link starts with https://, http://, mailto: or file:"));
        assertThat(draft("x".repeat(501), "0m", "", "").problems(CODES)).containsOnlyKeys(TaskDraft.TITLE,
                TaskDraft.ESTIMATE);
        assertThat(draft("Send forecast", "90", "atlas", "https://mail.example.com/m/1").problems(CODES)).isEmpty();
    }

    @Test
    void estimatesReadAndWriteInMinutesHoursAndWorkingDays() {
        assertThat(TaskDraft.parseEstimate("90")).isEqualTo(Duration.ofMinutes(90));
        assertThat(TaskDraft.parseEstimate("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(TaskDraft.parseEstimate("1d")).isEqualTo(Duration.ofHours(8));
        assertThat(TaskDraft.estimateText(Duration.ofMinutes(90))).isEqualTo("90m");
        assertThat(TaskDraft.estimateText(Duration.ofHours(3))).isEqualTo("3h");
        assertThat(TaskDraft.estimateText(Duration.ofHours(16))).isEqualTo("2d");
        assertThatThrownBy(() -> TaskDraft.parseEstimate("a week")).hasMessageContaining("30m, 2h or 1d");
    }

    @Test
    void aValidDraftKeepsTheStoredScoreVersionAndSource() {
        Task edited = draft(" Send Q3 forecast ", "2h", "atlas", "https://mail.example.com/m/1")
                .applyTo(task.withScore(61), CODES);

        assertThat(edited.title()).isEqualTo("Send Q3 forecast");
        assertThat(edited.projectId()).isEqualTo(ATLAS);
        assertThat(edited.horizon()).isEqualTo(Horizon.TODAY);
        assertThat(edited.horizonPinned()).isTrue();
        assertThat(edited.estimate()).isEqualTo(Duration.ofHours(2));
        assertThat(edited.score()).isEqualTo(61);
        assertThat(edited.version()).isEqualTo(task.version());
        assertThat(edited.sourceUrl()).hasToString("https://mail.example.com/m/1");
    }
}
