package dev.quarterdeck.core.agent;

import static dev.quarterdeck.core.agent.DemoFixture.DEMO;
import static dev.quarterdeck.core.agent.DemoFixture.NOW;
import static dev.quarterdeck.core.agent.DemoFixture.TODAY;
import static dev.quarterdeck.core.agent.DemoFixture.USER;
import static dev.quarterdeck.core.agent.DemoFixture.at;
import static dev.quarterdeck.core.agent.DemoFixture.context;
import static dev.quarterdeck.core.agent.DemoFixture.due;
import static dev.quarterdeck.core.agent.DemoFixture.task;
import static dev.quarterdeck.core.agent.DemoFixture.userPreferences;
import static dev.quarterdeck.core.agent.DemoFixture.withTask;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.agent.DayPlan.Block;
import dev.quarterdeck.core.agent.ProposalPayload.ChangeHorizon;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutionAgentTest {

    private final ExecutionAgent execution = new ExecutionAgent();

    @Test
    void theDemosMorningPlanFitsTheTodayLaneAroundTheMeetings() {
        DayPlan plan = execution.plan(context(DEMO));

        // meetings 09:15 stand-up, 10:00 steering, 14:00 hiring sync; Alex's today lane by score, preparation for the
        // steering meeting first and before it; Marco's Helm and Strimzi tasks are not Alex's to plan
        assertThat(plan.blocks()).extracting(DemoFixtureLines::line).containsExactly(
                "09:00-09:15 TASK Prepare for Atlas steering meeting 1/2 ATLAS",
                "09:15-09:30 MEETING Platform stand-up 1/1 null",
                "09:30-10:00 TASK Prepare for Atlas steering meeting 2/2 ATLAS",
                "10:00-11:00 MEETING Atlas steering meeting 1/1 ATLAS",
                "11:00-11:30 TASK Email CTO re: Q3 budget 1/1 null",
                "11:30-12:30 TASK Review PR: bump EKS module to 1.31 for staging 1/1 KUBE",
                "12:30-13:00 TASK Approve revised removals quote 1/1 ATLAS",
                "13:00-13:30 TASK Query agency invoice INV-2291 1/1 HIRE",
                "14:00-14:30 MEETING Hiring sync with Tom 1/1 HIRE",
                "14:30-15:30 TASK Send agency spend summary to finance 1/1 HIRE",
                "15:30-16:15 TASK Submit last month's expense report 1/1 null");
        assertThat(plan.unplanned()).isEmpty();
        assertThat(plan.notes()).containsExactly("\u201cPrepare for Atlas steering meeting\u201d needs 1 h before "
                + "\u201cAtlas steering meeting\u201d at 10:00, but only 45 min could be planned for it from 09:00.");
        assertThat(plan.blocks()).allMatch(b -> b.taskId() == null
                || task(b.title()).owner() == null || task(b.title()).owner().equals(USER));
    }

    @Test
    void anEarlierDayStartGivesThePreparationItsHourBeforeTheMeeting() {
        PreferenceModel early = PreferenceModel.learn(List.of(), List.of(new Preference(PreferenceModel.USER_NAME,
                USER, NOW), new Preference(PreferenceModel.DAY_START, "08:00", NOW)));

        DayPlan plan = execution.plan(context(DEMO, NOW, early));

        assertThat(plan.from()).hasToString("08:00");
        assertThat(plan.taskBlocks().get(0)).extracting(DemoFixtureLines::line)
                .isEqualTo("08:00-09:00 TASK Prepare for Atlas steering meeting 1/1 ATLAS");
        assertThat(plan.notes()).isEmpty();
    }

    @Test
    void atMiddayThePlanStartsNowAndLeavesOutWhatIsOver() {
        DayPlan plan = execution.plan(context(DEMO, at(0, 12, 32), userPreferences()));

        assertThat(plan.from()).hasToString("12:35");
        assertThat(plan.meetings()).extracting(Block::title).containsExactly("Hiring sync with Tom");
        assertThat(plan.blocks().get(0).start()).hasToString("12:35");
    }

    @Test
    void whatDoesNotFitIsListedAsUnplanned() {
        PreferenceModel shortDay = PreferenceModel.learn(List.of(), List.of(new Preference(PreferenceModel.USER_NAME,
                USER, NOW), new Preference(PreferenceModel.DAY_END, "12:00", NOW)));

        DayPlan plan = execution.plan(context(DEMO, NOW, shortDay));

        // 09:00-12:00 less the two morning meetings leaves 1 h 45 min: the preparation (45 min), the CTO e-mail; the
        // review needs an hour where 30 min are left, which the removals quote then takes
        assertThat(plan.unplanned()).extracting(DayPlan.Unplanned::title).containsExactly(
                "Review PR: bump EKS module to 1.31 for staging", "Query agency invoice INV-2291",
                "Send agency spend summary to finance", "Submit last month's expense report");
        assertThat(plan.unplanned()).extracting(DayPlan.Unplanned::reason).containsExactly(
                "needs 1 h, 30 min left in the day", "needs 30 min, 0 min left in the day",
                "needs 1 h, 0 min left in the day", "needs 45 min, 0 min left in the day");
        assertThat(plan.taskBlocks()).extracting(DemoFixtureLines::line)
                .contains("11:30-12:00 TASK Approve revised removals quote 1/1 ATLAS");
    }

    @Test
    void proposesNothingOnTheDemoWhereEveryDueTaskIsInTodaysLane() {
        assertThat(execution.run(context(DEMO))).isEmpty();
    }

    @Test
    void bringsOverdueAndDueTasksIntoTodaysLane() {
        WorkspaceSnapshot workspace = withTask(withTask(DEMO, "Review space plan v7 comments",
                t -> due(t, TODAY.minusDays(2))), "Drain node pool 1b on staging", t -> due(t, TODAY));

        List<Proposal> proposals = execution.run(context(workspace));

        assertThat(proposals).extracting(Proposal::summary).containsExactly(
                "Move \u201cReview space plan v7 comments\u201d (ATLAS) to today's lane.",
                "Move \u201cDrain node pool 1b on staging\u201d (KUBE) to today's lane.");
        assertThat(proposals).extracting(Proposal::confidence).containsExactly(0.8, 0.7);
        ChangeHorizon change = (ChangeHorizon) ProposalPayloads.read(proposals.get(0));
        assertThat(change.taskId()).isEqualTo(task("Review space plan v7 comments").id());
        assertThat(change.from()).isEqualTo(Horizon.WEEK);
        assertThat(change.to()).isEqualTo(Horizon.TODAY);
        assertThat(proposals.get(0).targetId()).isEqualTo(change.taskId());
        assertThat(proposals.get(0).rationale()).contains("was due Thu 20 Nov 2025, 2 days ago",
                "the lane for this week");
    }

    @Test
    void aPinnedHorizonIsLeftAlone() {
        WorkspaceSnapshot workspace = withTask(DEMO, "Run the move weekend", t -> due(t, TODAY.minusDays(1)));

        assertThat(execution.run(context(workspace))).isEmpty();
    }
}
