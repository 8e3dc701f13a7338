package dev.quarterdeck.core.agent;

import static dev.quarterdeck.core.agent.DemoFixture.DEMO;
import static dev.quarterdeck.core.agent.DemoFixture.NOW;
import static dev.quarterdeck.core.agent.DemoFixture.TODAY;
import static dev.quarterdeck.core.agent.DemoFixture.context;
import static dev.quarterdeck.core.agent.DemoFixture.project;
import static dev.quarterdeck.core.agent.DemoFixture.risk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.agent.ProposalPayload.AddRisk;
import dev.quarterdeck.core.agent.ProposalPayload.UpdateRisk;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskStatus;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RiskAgentTest {

    private final List<Proposal> proposals = new RiskAgent().run(context(DEMO));

    @Test
    void proposesRisksFromTheOverdueMilestoneTheBudgetAlertsAndTheWaitingCriticalPathTasks() {
        assertThat(proposals).extracting(Proposal::summary).containsExactly(
                "Add risk \u201cRemovals over its budget line on ATLAS\u201d to ATLAS (likelihood 3 \u00d7 impact 2, "
                        + "medium).",
                "Raise the likelihood of R-002 \u201cLease counter-signature delayed by the landlord's lender\u201d "
                        + "(ATLAS) from 3 to 4.",
                "Add risk \u201cOverdue milestone M2 Staging on 1.31 delays what follows\u201d to KUBE (likelihood 4 "
                        + "\u00d7 impact 4, high).",
                "Add risk \u201cNova launch forecast to finish over budget\u201d to NOVA (likelihood 4 \u00d7 impact 3, "
                        + "high).",
                "Raise the likelihood of R-002 \u201cHiring freeze extended past Q3\u201d (HIRE) from 3 to 5.");
    }

    @Test
    void kubesOverdueMilestoneBecomesANewRiskOnTheRegister() {
        Proposal kube = proposals.get(2);
        AddRisk risk = (AddRisk) ProposalPayloads.read(kube);

        assertThat(kube.targetId()).isEqualTo(project("KUBE").id());
        assertThat(risk.projectId()).isEqualTo(project("KUBE").id());
        assertThat(risk.category()).isEqualTo("Schedule");
        assertThat(risk.owner()).isEqualTo("Priya Raman");
        assertThat(risk.nextReview()).isEqualTo(TODAY.plusDays(7));
        assertThat(risk.description()).contains("due Wed 19 Nov 2025 (baseline Mon 17 Nov 2025)", "3 days overdue",
                "Fix Helm charts using removed APIs \u2192 Upgrade staging control plane to 1.31",
                "M3 Production eu-west-1 on 1.31 (due Sat 13 Dec 2025)");
        assertThat(risk.mitigation()).isEqualTo("Unblock \u201cFix Helm charts using removed APIs\u201d and agree a new "
                + "date for M2 Staging on 1.31 with Daniel Okafor, CTO.");
        assertThat(kube.confidence()).isEqualTo(0.75);
    }

    @Test
    void matchingRisksAreRaisedNotDuplicated() {
        UpdateRisk lease = (UpdateRisk) ProposalPayloads.read(proposals.get(1));
        assertThat(lease.riskId()).isEqualTo(risk("ATLAS", "R-002").id());
        assertThat(lease.likelihoodFrom()).isEqualTo(3);
        assertThat(lease.likelihood()).isEqualTo(4);
        assertThat(lease.impact()).isEqualTo(4);
        assertThat(proposals.get(1).rationale()).contains("waiting task \u201cSign lease for Quay Street\u201d is on "
                + "the critical path of \u201cM2 Lease signed\u201d, which is slipping", "makes it 16 (high)");

        // HIRE's budget alerts and its waiting budget task both land on R-002, the budget risk
        UpdateRisk freeze = (UpdateRisk) ProposalPayloads.read(proposals.get(4));
        assertThat(freeze.riskId()).isEqualTo(risk("HIRE", "R-002").id());
        assertThat(freeze.likelihood()).isEqualTo(5);
        assertThat(freeze.nextReview()).isEqualTo(TODAY.plusDays(7));
        assertThat(proposals.get(4).rationale()).contains(
                "3 budget alerts on \u201cSRE hiring round\u201d (Total spend is 17.1 % over plan",
                "waiting task \u201cGet Q3 hiring budget re-approved\u201d");
        assertThat(proposals.get(4).confidence()).isEqualTo(0.85);
    }

    @Test
    void onceTheProposedRiskIsOnTheRegisterItIsNotProposedAgain() {
        AddRisk proposed = (AddRisk) ProposalPayloads.read(proposals.get(2));
        Risk added = new Risk(UUID.randomUUID(), proposed.projectId(), "R-005", proposed.title(),
                proposed.description(), proposed.category(), proposed.likelihood(), proposed.impact(),
                proposed.owner(), proposed.mitigation(), "", RiskStatus.OPEN, TODAY, proposed.nextReview(), null, NOW,
                0);
        List<Risk> risks = new ArrayList<>(DEMO.risks());
        risks.add(added);
        WorkspaceSnapshot approved = new WorkspaceSnapshot(DEMO.projects(), DEMO.tasks(), DEMO.links(), risks,
                DEMO.milestones(), DEMO.milestoneTasks(), DEMO.stakeholders(), DEMO.budgetLines(), DEMO.transactions(),
                DEMO.documents(), DEMO.sourceItems());

        List<Proposal> again = new RiskAgent().run(context(approved));

        assertThat(again).hasSize(proposals.size() - 1);
        assertThat(again).noneMatch(p -> p.targetId().equals(project("KUBE").id()) || p.targetId().equals(added.id()));
    }
}
