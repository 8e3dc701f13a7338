package dev.quarterdeck.core.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.briefing.Briefing;
import dev.quarterdeck.core.briefing.BriefingKind;
import dev.quarterdeck.core.briefing.RulesBriefing;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The agents and briefings over a generated workspace of 2,000 tasks: every run succeeds, every proposal is sound. */
class LargeWorkspaceTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    private static final ZoneId ZONE = ZoneId.of("Europe/Vienna");
    private static final WorkspaceSnapshot WORKSPACE = SyntheticWorkspace.create(10, 200, TODAY, ZONE, 7);

    private static AgentContext context() {
        return new AgentContext(WORKSPACE, Clock.fixed(TODAY.atTime(7, 45).atZone(ZONE).toInstant(), ZONE), ZONE,
                DemoFixture.userPreferences());
    }

    @Test
    void everyAgentRunsAndEveryProposalIsSound() {
        AgentRunner.Result result = new AgentRunner(AgentRunner.rulesAgents()).run(context(), List.of());

        assertThat(result.runs()).extracting(AgentRun::outcome).allMatch(o -> o.startsWith("ok"));
        assertThat(result.runs()).extracting(AgentRun::proposals).allMatch(n -> n >= 0);
        assertThat(result.proposals()).isNotEmpty();
        for (Proposal proposal : result.proposals()) {
            assertThat(ProposalPayloads.read(proposal).kind()).isEqualTo(proposal.kind());
        }
        // the generated data has slipping milestones, budget alerts, untasked items and stakeholders due
        assertThat(result.proposals()).extracting(Proposal::kind).contains(ProposalKind.CREATE_TASK,
                ProposalKind.CHANGE_PRIORITY, ProposalKind.DRAFT_MESSAGE, ProposalKind.CHANGE_HORIZON);
        assertThat(new AgentRunner(AgentRunner.rulesAgents()).run(context(), List.of()).proposals())
                .isEqualTo(result.proposals());
    }

    @Test
    void everyBriefingIsComposedWithinItsSectionLimits() {
        for (BriefingKind kind : BriefingKind.values()) {
            Briefing briefing = new RulesBriefing().compose(kind, context());
            assertThat(briefing.markdown()).as(kind.name()).startsWith("# ");
            assertThat(briefing.markdown().lines().filter(l -> l.startsWith("- ")).count()).as(kind.name())
                    .isLessThan(150);
        }
    }
}
