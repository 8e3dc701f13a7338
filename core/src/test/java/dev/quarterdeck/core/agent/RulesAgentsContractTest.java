package dev.quarterdeck.core.agent;

import static dev.quarterdeck.core.agent.DemoFixture.DEMO;
import static dev.quarterdeck.core.agent.DemoFixture.context;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every rules agent promises about every proposal, checked on the demo workspace. */
class RulesAgentsContractTest {

    @Test
    void everyProposalIsPendingWithOneSentenceAReasonedRationaleAndAPayloadOfItsKind() {
        for (Agent agent : AgentRunner.rulesAgents()) {
            for (Proposal proposal : agent.run(context(DEMO))) {
                String what = agent.name() + ": " + proposal.summary();
                assertThat(proposal.agent()).as(what).isEqualTo(agent.name());
                assertThat(proposal.status()).as(what).isEqualTo(ProposalStatus.PENDING);
                assertThat(proposal.summary()).as(what).endsWith(".").doesNotContain("\n");
                assertThat(proposal.summary().substring(0, proposal.summary().length() - 1)).as(what)
                        .doesNotContain(". ");
                assertThat(proposal.rationale()).as(what).contains("\u201c");
                assertThat(proposal.confidence()).as(what).isBetween(0.0, 1.0);
                assertThat(ProposalPayloads.read(proposal).kind()).as(what).isEqualTo(proposal.kind());
                assertThat(proposal.payloadJson()).as(what)
                        .isEqualTo(ProposalPayloads.write(ProposalPayloads.read(proposal)));
            }
        }
    }

    @Test
    void everyTargetIsARecordOfTheWorkspace() {
        Set<UUID> ids = ids(DEMO);
        for (Agent agent : AgentRunner.rulesAgents()) {
            assertThat(agent.run(context(DEMO))).as(agent.name())
                    .allMatch(p -> p.targetId() == null || ids.contains(p.targetId()));
        }
    }

    @Test
    void everyAgentIsDeterministic() {
        for (Agent agent : AgentRunner.rulesAgents()) {
            List<Proposal> first = agent.run(context(DEMO));
            List<Proposal> second = agent.run(context(DEMO));
            assertThat(second).as(agent.name()).isEqualTo(first);
        }
    }

    private static Set<UUID> ids(WorkspaceSnapshot w) {
        Set<UUID> ids = new HashSet<>();
        w.projects().forEach(r -> ids.add(r.id()));
        w.tasks().forEach(r -> ids.add(r.id()));
        w.risks().forEach(r -> ids.add(r.id()));
        w.milestones().forEach(r -> ids.add(r.id()));
        w.stakeholders().forEach(r -> ids.add(r.id()));
        w.sourceItems().forEach(r -> ids.add(r.id()));
        return ids;
    }
}
