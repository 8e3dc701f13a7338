package dev.quarterdeck.core.agent;

import static dev.quarterdeck.core.agent.DemoFixture.DEMO;
import static dev.quarterdeck.core.agent.DemoFixture.context;
import static dev.quarterdeck.core.agent.DemoFixture.milestone;
import static dev.quarterdeck.core.agent.DemoFixture.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.agent.ProposalPayload.ChangePriority;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrategyAgentTest {

    private final List<Proposal> proposals = new StrategyAgent().run(context(DEMO));

    @Test
    void flagsTheHeadOfTheCriticalPathOfEverySlippingOrOverdueMilestone() {
        // ATLAS M2 slips 4 days and waits on the lease signature; KUBE M2 is 3 days overdue and M3/M4 slip, all
        // behind the same chain: Helm fix -> staging control plane -> drain 1b -> smoke tests -> ...
        assertThat(proposals).extracting(Proposal::kind).containsOnly(ProposalKind.CHANGE_PRIORITY);
        assertThat(proposals).extracting(Proposal::targetId).containsExactly(
                task("Sign lease for Quay Street").id(),
                task("Fix Helm charts using removed APIs").id(),
                task("Upgrade staging control plane to 1.31").id(),
                task("Drain node pool 1b on staging").id());
        assertThat(proposals).extracting(Proposal::confidence).containsExactly(0.65, 0.8, 0.8, 0.8);
    }

    @Test
    void eachFlagNamesEveryMilestoneItHoldsUp() {
        ChangePriority lease = (ChangePriority) ProposalPayloads.read(proposals.get(0));
        assertThat(lease.flagged()).isTrue();
        assertThat(lease.milestoneIds()).containsExactly(milestone("ATLAS", "M2 Lease signed").id());

        ChangePriority helm = (ChangePriority) ProposalPayloads.read(proposals.get(1));
        assertThat(helm.milestoneIds()).containsExactly(milestone("KUBE", "M2 Staging on 1.31").id(),
                milestone("KUBE", "M3 Production eu-west-1 on 1.31").id(),
                milestone("KUBE", "M4 All production clusters on 1.31").id());
        assertThat(proposals.get(1).summary()).isEqualTo("Flag \u201cFix Helm charts using removed APIs\u201d (KUBE) as "
                + "important: it holds up M2 Staging on 1.31, M3 Production eu-west-1 on 1.31, "
                + "M4 All production clusters on 1.31.");
    }

    @Test
    void theRationaleNamesTheDatesThePathTheObjectiveAndTheHealth() {
        assertThat(proposals.get(0).rationale()).contains(
                "Milestone \u201cM2 Lease signed\u201d (ATLAS) slips 4 days (due Sat 29 Nov 2025, "
                        + "baseline Tue 25 Nov 2025)",
                "Its critical path: Sign lease for Quay Street; this task is step 1 of 1",
                "Objective at risk: \u201cMove 180 staff and three public counters to Quay Street\u201d",
                "ATLAS health: amber");
        assertThat(proposals.get(3).rationale()).contains(
                "\u201cM2 Staging on 1.31\u201d (KUBE) is 3 days overdue (due Wed 19 Nov 2025",
                "Fix Helm charts using removed APIs \u2192 Upgrade staging control plane to 1.31 \u2192 "
                        + "Drain node pool 1b"
                        + " on staging \u2192 Run conformance and smoke tests on staging; this task is step 3 of 4",
                "KUBE health: red");
    }
}
