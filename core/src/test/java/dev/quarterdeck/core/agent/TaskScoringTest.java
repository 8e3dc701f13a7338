package dev.quarterdeck.core.agent;

import static dev.quarterdeck.core.agent.DemoFixture.DEMO;
import static dev.quarterdeck.core.agent.DemoFixture.NOW;
import static dev.quarterdeck.core.agent.DemoFixture.at;
import static dev.quarterdeck.core.agent.DemoFixture.context;
import static dev.quarterdeck.core.agent.DemoFixture.task;
import static dev.quarterdeck.core.agent.DemoFixture.userPreferences;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quarterdeck.core.agent.PreferenceSignal.Decision;
import dev.quarterdeck.core.focus.ScoreFactor;
import dev.quarterdeck.core.focus.TaskScore;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TaskScoringTest {

    @Test
    void gathersProjectMilestoneStakeholderAndMeetingFromTheWorkspace() {
        AgentContext context = context(DEMO);

        TaskScore prep = context.score(task("Prepare for Atlas steering meeting"));
        assertThat(prep.factors()).extracting(ScoreFactor::describe).containsExactlyInAnyOrder("due today +40",
                "high-priority project +12", "asked by an influence-5 stakeholder +15",
                "meeting today needs preparation +25", "active in the last 3 days +6");
        assertThat(prep.total()).isEqualTo(98);

        TaskScore cto = context.score(task("Email CTO re: Q3 budget"));
        assertThat(cto.factors()).extracting(ScoreFactor::describe).contains(
                "direct email from a key stakeholder +15", "asked by an influence-5 stakeholder +15");

        // the Helm fix heads the critical path of KUBE's M2, M3 and M4 (20 points each, at most 30)
        TaskScore helm = context.score(task("Fix Helm charts using removed APIs"));
        assertThat(helm.factors()).extracting(ScoreFactor::describe).contains("blocks milestone M2 Staging on 1.31, "
                + "M3 Production eu-west-1 on 1.31, M4 All production clusters on 1.31 +30");
    }

    @Test
    void aMeetingThatHasStartedNoLongerAddsPreparationPoints() {
        TaskScore prep = context(DEMO, at(0, 10, 5), userPreferences())
                .score(task("Prepare for Atlas steering meeting"));

        assertThat(prep.factors()).extracting(ScoreFactor::reason)
                .doesNotContain("meeting today needs preparation");
    }

    @Test
    void aDemotedSourceLosesSourceSignal() {
        List<PreferenceSignal> rejections = List.of(
                signal(1, Decision.REJECTED), signal(2, Decision.REJECTED), signal(3, Decision.REJECTED));
        PreferenceModel demoted = PreferenceModel.learn(rejections, List.of());

        TaskScore before = context(DEMO).score(task("Email CTO re: Q3 budget"));
        TaskScore after = context(DEMO, NOW, demoted).score(task("Email CTO re: Q3 budget"));

        // the direct e-mail's 15 points x 0.8^3; urgency, importance and recency stay
        assertThat(before.total()).isEqualTo(85);
        assertThat(after.total()).isCloseTo(85 - 15 + 15 * 0.512, within(1e-9));
    }

    private static PreferenceSignal signal(int second, Decision decision) {
        return new PreferenceSignal(UUID.nameUUIDFromBytes(("s" + second).getBytes()), null, "triage",
                ProposalKind.CREATE_TASK, decision, "GMAIL", NOW.plusSeconds(second));
    }
}
