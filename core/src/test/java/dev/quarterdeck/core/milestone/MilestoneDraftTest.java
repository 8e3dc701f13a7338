package dev.quarterdeck.core.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.common.FieldProblem;
import dev.quarterdeck.core.common.Ids;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.Task;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MilestoneDraftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void aNewMilestoneTakesItsDueDateAsBaselineAndSlipIsMeasuredAgainstIt() {
        MilestoneDraft draft = new MilestoneDraft("Lease signed", "", null, TODAY.plusDays(10),
                MilestoneStatus.PLANNED, null);
        assertThat(draft.problems(TODAY)).isEmpty();
        Milestone m = draft.toMilestone(Ids.newId(), Ids.newId(), Instant.EPOCH, 0);
        assertThat(m.baselineDue()).isEqualTo(TODAY.plusDays(10));

        Milestone moved = new MilestoneDraft("Lease signed", "", m.baselineDue(), TODAY.plusDays(14),
                MilestoneStatus.PLANNED, null).toMilestone(m.id(), m.projectId(), Instant.EPOCH, 0);
        assertThat(moved.slipDays()).isEqualTo(4);
        Milestone reached = MilestoneDraft.completed(moved, TODAY.plusDays(12), Instant.EPOCH);
        assertThat(reached.slipDays()).isEqualTo(2);
        assertThat(reached.status()).isEqualTo(MilestoneStatus.DONE);
    }

    @Test
    void completionDateOnlyForDoneAndNotInTheFuture() {
        assertThat(new MilestoneDraft("M", "", null, TODAY, MilestoneStatus.DONE, null).problems(TODAY))
                .extracting(FieldProblem::field).containsExactly("completed");
        assertThat(new MilestoneDraft("M", "", null, TODAY, MilestoneStatus.PLANNED, TODAY).problems(TODAY))
                .extracting(FieldProblem::field).containsExactly("completed");
        assertThat(new MilestoneDraft("M", "", null, TODAY, MilestoneStatus.DONE, TODAY.plusDays(1))
                .problems(TODAY)).extracting(FieldProblem::reason).containsExactly(
                        "The completion date cannot be in the future");
        assertThat(new MilestoneDraft(" ", "", null, null, null, null).problems(TODAY))
                .extracting(FieldProblem::field).containsExactly("name", "due", "status");
    }

    @Test
    void lateWhenPastDueOrALinkedTaskIsOverdue() {
        Milestone m = new MilestoneDraft("Go live", "", null, TODAY.plusDays(5), MilestoneStatus.IN_PROGRESS, null)
                .toMilestone(Ids.newId(), Ids.newId(), Instant.EPOCH, 0);
        Task onTime = Task.create(Ids.newId(), m.projectId(), "Train staff", Horizon.WEEK, TODAY.plusDays(2),
                Instant.EPOCH);
        Task overdue = Task.create(Ids.newId(), m.projectId(), "Migrate data", Horizon.TODAY, TODAY.minusDays(1),
                Instant.EPOCH);

        assertThat(MilestoneLateness.reason(m, List.of(onTime), TODAY)).isEmpty();
        assertThat(MilestoneLateness.reason(m, List.of(onTime, overdue), TODAY)).contains("1 linked task overdue");
        assertThat(MilestoneLateness.reason(m, List.of(overdue), TODAY.plusDays(8)))
                .contains("due 3 days ago, 1 linked task overdue");
        Milestone done = MilestoneDraft.completed(m, TODAY, Instant.EPOCH);
        assertThat(MilestoneLateness.reason(done, List.of(overdue), TODAY.plusDays(8))).isEmpty();
    }
}
