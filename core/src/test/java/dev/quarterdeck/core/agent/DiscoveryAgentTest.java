package dev.quarterdeck.core.agent;

import static dev.quarterdeck.core.agent.DemoFixture.DEMO;
import static dev.quarterdeck.core.agent.DemoFixture.at;
import static dev.quarterdeck.core.agent.DemoFixture.context;
import static dev.quarterdeck.core.agent.DemoFixture.mail;
import static dev.quarterdeck.core.agent.DemoFixture.project;
import static dev.quarterdeck.core.agent.DemoFixture.withItems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.agent.ProposalPayload.CreateTask;
import dev.quarterdeck.core.task.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscoveryAgentTest {

    private final DiscoveryAgent discovery = new DiscoveryAgent();

    @Test
    void everyRecurringThemeOfTheDemoAlreadyHasATask() {
        // "staging" (in four KUBE titles), "1.31" (three) and "Q3" (three) recur, and each is in an open task's title
        assertThat(discovery.run(context(DEMO))).isEmpty();
    }

    @Test
    void threeRecentRequestsAboutTheSameThingBecomeOneTask() {
        var permits = List.of(
                mail("p1", "Visitor signage permits for Quay Street", "Eva Brandt",
                        "eva.brandt@planning-office.example", at(-9, 10, 0), "p1", "ATLAS", ""),
                mail("p2", "Signage permits expire end of month", "Samira Haddad",
                        "samira.haddad@planning-office.example", at(-4, 9, 30), "p2", "ATLAS", ""),
                mail("p3", "Question about signage permits", "Front desk", "front-desk@acme.example", at(-1, 16, 0),
                        "p3", null, "Who issues the new signage permits?"),
                // too old to count
                mail("p0", "Signage permits", "Front desk", "front-desk@acme.example", at(-20, 9, 0), "p0", null, ""));

        List<Proposal> proposals = discovery.run(context(withItems(DEMO, permits)));

        assertThat(proposals).hasSize(1);
        Proposal proposal = proposals.get(0);
        CreateTask task = (CreateTask) ProposalPayloads.read(proposal);
        assertThat(task.title()).isEqualTo("Follow up on recurring topic: permits, signage");
        assertThat(task.projectId()).isEqualTo(project("ATLAS").id());
        assertThat(task.sourceKind()).isEqualTo(SourceKind.AGENT);
        assertThat(task.notes()).contains("(GMAIL p1)", "(GMAIL p2)", "(GMAIL p3)").doesNotContain("(GMAIL p0)");
        assertThat(proposal.rationale()).startsWith("3 recent items mention \u201cpermits, signage\u201d and no open "
                + "task does");
        assertThat(proposal.confidence()).isEqualTo(0.45);
    }

    @Test
    void aThemeAnOpenTaskCoversIsNotProposed() {
        var helm = List.of(
                mail("h1", "Helm chart for payments", "Ines Duarte", "ines.duarte@acme.example", at(-3, 10, 0), "h1",
                        "KUBE", ""),
                mail("h2", "Helm release failed", "Ines Duarte", "ines.duarte@acme.example", at(-2, 10, 0), "h2",
                        "KUBE", ""),
                mail("h3", "Which Helm version?", "Marco Silva", "marco.silva@acme.example", at(-1, 10, 0), "h3",
                        "KUBE", ""));

        assertThat(discovery.run(context(withItems(DEMO, helm)))).isEmpty();
    }

    @Test
    void aSenderWhoKeepsWritingWithoutATaskIsProposedAReply() {
        var facilities = List.of(
                mail("f1", "Badge photos", "Facilities desk", "facilities@acme.example", at(-6, 10, 0), "f1", null, ""),
                mail("f2", "Locker keys", "Facilities desk", "facilities@acme.example", at(-3, 10, 0), "f2", null, ""),
                mail("f3", "Desk booking rules", "Facilities desk", "facilities@acme.example", at(-1, 10, 0), "f3",
                        null, ""));

        List<Proposal> proposals = discovery.run(context(withItems(DEMO, facilities)));

        assertThat(proposals).extracting(p -> ((CreateTask) ProposalPayloads.read(p)).title())
                .containsExactly("Reply to Facilities desk: 3 messages in 14 days");
        assertThat(proposals.get(0).summary()).contains("in the inbox");
    }
}
