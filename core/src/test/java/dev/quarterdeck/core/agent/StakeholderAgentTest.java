package dev.quarterdeck.core.agent;

import static dev.quarterdeck.core.agent.DemoFixture.DEMO;
import static dev.quarterdeck.core.agent.DemoFixture.context;
import static dev.quarterdeck.core.agent.DemoFixture.project;
import static dev.quarterdeck.core.agent.DemoFixture.stakeholder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.agent.ProposalPayload.DraftMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

class StakeholderAgentTest {

    private final List<Proposal> proposals = new StakeholderAgent().run(context(DEMO));

    @Test
    void draftsAnUpdateForEveryoneDueRankedByInfluenceTimesStaleness() {
        // Martin Graf 5 x 9/7 = 6.43; Daniel Okafor 5 x 16/14 and Chris Olsen 4 x 20/14 are both 5.71, the more
        // influential first; Ruth Adeyemi 4 x 15/14 = 4.29; Pieter de Vries 3 x 14/14; Sam Reid 2 x 8/7 = 2.29
        assertThat(proposals).extracting(Proposal::targetId).containsExactly(
                stakeholder("ATLAS", "Martin Graf").id(),
                stakeholder("KUBE", "Daniel Okafor").id(),
                stakeholder("NOVA", "Chris Olsen").id(),
                stakeholder("HIRE", "Ruth Adeyemi").id(),
                stakeholder("GRANT", "Pieter de Vries").id(),
                stakeholder("HIRE", "Sam Reid").id());
        assertThat(proposals).extracting(Proposal::kind).containsOnly(ProposalKind.DRAFT_MESSAGE);
        assertThat(proposals).extracting(Proposal::confidence).containsExactly(0.82, 0.82, 0.74, 0.74, 0.66, 0.58);
        assertThat(proposals.get(0).rationale()).contains("last contact Thu 13 Nov 2025, 9 days ago",
                "agreed every 7 days", "Rank 6.43 = influence 5 \u00d7 staleness 1.29");
    }

    @Test
    void theDraftToMartinGrafIsBuiltFromAtlassRealStatus() {
        DraftMessage draft = (DraftMessage) ProposalPayloads.read(proposals.get(0));

        assertThat(draft.to()).isEqualTo("martin.graf@planning-office.example");
        assertThat(draft.projectId()).isEqualTo(project("ATLAS").id());
        assertThat(draft.subject()).isEqualTo("Atlas office move: status update Sat 22 Nov 2025");
        assertThat(draft.body()).isEqualTo("""
                Hi Martin,

                a short update on Atlas office move (ATLAS).

                Status: amber \u2014 1 milestone slipping (M2 Lease signed, 4 d); 1 open high risk; \
                budget +12 % on Removals; 1 overdue task.
                Next milestone: M2 Lease signed, due Sat 29 Nov 2025 (4 days later than planned).
                Done since we last spoke:
                - Publish staff FAQ on the move
                - Count crates per team for removals
                Next up: Approve revised removals quote, due Fri 21 Nov 2025.

                Happy to go into detail on any of this.

                Best regards,
                Alex Morgan""");
    }

    @Test
    void anOverdueMilestoneIsCalledOverdue() {
        DraftMessage draft = (DraftMessage) ProposalPayloads.read(proposals.get(1));

        assertThat(draft.body()).contains("Status: red \u2014 1 milestone overdue (M2 Staging on 1.31, 3 d)",
                "Next milestone: M2 Staging on 1.31, due Wed 19 Nov 2025 (overdue).");
    }
}
