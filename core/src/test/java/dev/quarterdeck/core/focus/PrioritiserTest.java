package dev.quarterdeck.core.focus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.project.Priority;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PrioritiserTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final Prioritiser prioritiser = new Prioritiser(ScoreWeights.DEFAULT, Clock.fixed(NOW, ZoneOffset.UTC));

    private static Task task(String title, LocalDate due, Instant updated) {
        return Task.create(UUID.randomUUID(), null, title, Horizon.WEEK, due, updated);
    }

    @Test
    void workedExampleWithEveryPart() {
        Task t = task("Send Q3 forecast", TODAY.plusDays(1), NOW.minus(Duration.ofHours(3)));
        ScoringInput input = new ScoringInput(t, Priority.HIGH, List.of("M2"), false, 5, t.updatedAt(),
                Set.of(SourceSignal.DIRECT_EMAIL_FROM_KEY_STAKEHOLDER));

        TaskScore score = prioritiser.score(input);

        // 30 due tomorrow + 12 high priority + 20 blocks M2 + 15 influence 5 + 10 active today + 15 email = 102 -> 100
        assertThat(score.total()).isEqualTo(100);
        assertThat(score.explain()).startsWith("due tomorrow +30, blocks milestone M2 +20");
        assertThat(score.factors()).extracting(ScoreFactor::describe).containsExactlyInAnyOrder(
                "due tomorrow +30", "high-priority project +12", "blocks milestone M2 +20",
                "asked by an influence-5 stakeholder +15", "active today +10",
                "direct email from a key stakeholder +15");
    }

    @Test
    void overdueBeatsDueTodayBeatsNextWeekBeatsUndated() {
        Instant old = NOW.minus(Duration.ofDays(10));
        List<Task> tasks = List.of(
                task("undated", null, old),
                task("next week", TODAY.plusDays(6), old),
                task("today", TODAY, old),
                task("overdue", TODAY.minusDays(2), old));

        List<String> order = tasks.stream()
                .sorted(Comparator.comparingDouble((Task t) -> prioritiser.score(ScoringInput.of(t)).total()).reversed())
                .map(Task::title).toList();

        assertThat(order).containsExactly("overdue", "today", "next week", "undated");
        assertThat(prioritiser.score(ScoringInput.of(tasks.get(3))).explain()).isEqualTo("overdue by 2 days +44");
    }

    @Test
    void staleTasksLosePointsAndNeverGoBelowZero() {
        Task stale = task("someday", null, NOW.minus(Duration.ofDays(45)));
        TaskScore score = prioritiser.score(ScoringInput.of(stale));
        assertThat(score.total()).isZero();
        assertThat(score.explain()).isEqualTo("untouched for 45 days \u22125");
    }

    @Test
    void weightsScaleTheirPartAndZeroSwitchesItOff() {
        Task t = task("review", TODAY, NOW);
        Prioritiser noUrgency = new Prioritiser(new ScoreWeights(0, 1, 2, 1, 1), Clock.fixed(NOW, ZoneOffset.UTC));
        TaskScore score = noUrgency.score(ScoringInput.of(t));
        assertThat(score.explain()).isEqualTo("active today +20");
        assertThat(score.total()).isEqualTo(20);
    }

    @Test
    void aMeetingTodayOutranksAnOrdinaryTaskDueTomorrow() {
        Task prep = task("Prepare steering meeting", null, NOW.minus(Duration.ofDays(2)));
        Task chore = task("Expense report", TODAY.plusDays(1), NOW.minus(Duration.ofDays(2)));
        double prepScore = prioritiser.score(new ScoringInput(prep, Priority.MEDIUM, List.of(), false, 0, null,
                Set.of(SourceSignal.MEETING_TODAY_NEEDS_PREPARATION))).total();
        double choreScore = prioritiser.score(ScoringInput.of(chore)).total();
        assertThat(prepScore).isGreaterThan(choreScore);
    }

    @Test
    void quickWinsGainAndLargeTasksLose() {
        Task base = task("x", null, NOW.minus(Duration.ofDays(10)));
        Task quick = new Task(base.id(), null, "x", "", TaskStatus.TODO, Horizon.WEEK, false, null,
                Duration.ofMinutes(15), null, 0, base.sourceKind(), null, null, base.createdAt(), base.updatedAt(), null, 0);
        Task large = new Task(base.id(), null, "x", "", TaskStatus.TODO, Horizon.WEEK, false, null,
                Duration.ofHours(16), null, 0, base.sourceKind(), null, null, base.createdAt(), base.updatedAt(), null, 0);
        assertThat(prioritiser.score(ScoringInput.of(quick)).explain()).isEqualTo("quick win (15 min) +5");
        assertThat(prioritiser.score(ScoringInput.of(large)).total()).isZero();
    }

    @Test
    void closedTasksScoreZero() {
        Task done = task("done", TODAY, NOW).withStatus(TaskStatus.DONE, NOW);
        assertThat(prioritiser.score(ScoringInput.of(done)).total()).isZero();
    }
}
