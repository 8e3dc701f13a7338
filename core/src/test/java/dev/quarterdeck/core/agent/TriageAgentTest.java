package dev.quarterdeck.core.agent;

import static dev.quarterdeck.core.agent.DemoFixture.DEMO;
import static dev.quarterdeck.core.agent.DemoFixture.NOW;
import static dev.quarterdeck.core.agent.DemoFixture.TODAY;
import static dev.quarterdeck.core.agent.DemoFixture.at;
import static dev.quarterdeck.core.agent.DemoFixture.context;
import static dev.quarterdeck.core.agent.DemoFixture.item;
import static dev.quarterdeck.core.agent.DemoFixture.mail;
import static dev.quarterdeck.core.agent.DemoFixture.project;
import static dev.quarterdeck.core.agent.DemoFixture.task;
import static dev.quarterdeck.core.agent.DemoFixture.userPreferences;
import static dev.quarterdeck.core.agent.DemoFixture.withItems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.agent.ProposalPayload.CreateTask;
import dev.quarterdeck.core.agent.ProposalPayload.LinkTasks;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TriageAgentTest {

    private final TriageAgent triage = new TriageAgent();

    @Test
    void createsTasksForTheDemosUntaskedItemsInTheirProjects() {
        List<Proposal> proposals = triage.run(context(DEMO));

        // untasked: the Hiring sync (HIRE, today 14:00), Julia Park's press list (NOVA) and the recurring stand-up,
        // which needs no preparation task
        assertThat(proposals).extracting(Proposal::kind).containsOnly(ProposalKind.CREATE_TASK);
        assertThat(proposals).hasSize(2);

        SourceItem sync = item("6e9h2k5n8q1t4a7d0g3j6m9p");
        CreateTask prepare = payload(proposals.get(0));
        assertThat(proposals.get(0).targetId()).isEqualTo(sync.id());
        assertThat(prepare.title()).isEqualTo("Prepare for Hiring sync with Tom");
        assertThat(prepare.projectId()).isEqualTo(project("HIRE").id());
        assertThat(prepare.horizon()).isEqualTo(Horizon.TODAY);
        assertThat(prepare.due()).isEqualTo(TODAY);
        assertThat(prepare.estimateMinutes()).isEqualTo(30);
        assertThat(prepare.sourceKind()).isEqualTo(SourceKind.CALENDAR);
        assertThat(prepare.sourceRef()).isEqualTo(sync.ref());
        assertThat(prepare.sourceItemId()).isEqualTo(sync.id());
        assertThat(proposals.get(0).summary())
                .isEqualTo("Create task \u201cPrepare for Hiring sync with Tom\u201d in HIRE, horizon today.");
        assertThat(proposals.get(0).rationale()).contains("\u201cHiring sync with Tom\u201d", "tagged HIRE",
                "meeting today needs preparation");
        assertThat(proposals.get(0).confidence()).isEqualTo(0.9);

        CreateTask pressList = payload(proposals.get(1));
        assertThat(pressList.title()).isEqualTo("Nova launch: press list v2");
        assertThat(pressList.projectId()).isEqualTo(project("NOVA").id());
        assertThat(pressList.sourceItemId()).isEqualTo(item("18f34ab27c0d5e63").id());
        assertThat(pressList.due()).isNull();
        assertThat(pressList.notes()).startsWith("Hi Alex, attached the updated press list");
    }

    @Test
    void aMeetingThatIsOverNeedsNoPreparation() {
        List<Proposal> proposals = triage.run(context(DEMO, at(0, 14, 45), userPreferences()));

        assertThat(proposals).extracting(p -> payload(p).title()).containsExactly("Nova launch: press list v2");
    }

    @Test
    void findsTheProjectByThreadStakeholderAndSenderHistoryAndOtherwiseUsesTheInbox() {
        SourceItem fromMarco = mail("t-marco", "Node group AMI rollout plan", "Marco Silva", "marco.silva@acme.example",
                at(-1, 10, 0), "t-marco", null, "AL2023 AMIs for all node groups, draft attached.");
        SourceItem fromMartin = mail("t-martin", "Steering minutes and actions", "Martin Graf",
                "martin.graf@planning-office.example", at(-1, 11, 0), "t-martin", null, "Minutes from Friday.");
        SourceItem fromDaniel = mail("t-daniel", "Board pack timeline", "Daniel Okafor", "daniel.okafor@acme.example",
                at(-1, 12, 0), "t-daniel", null, "When can I have your pages?");
        WorkspaceSnapshot workspace = withItems(DEMO, List.of(fromMarco, fromMartin, fromDaniel));

        List<Proposal> proposals = triage.run(context(workspace));

        // Marco is no stakeholder, but his two earlier e-mails became KUBE tasks; Martin is a stakeholder of ATLAS
        // only; Daniel is a stakeholder of KUBE and HIRE and his earlier items became inbox tasks
        assertThat(created(proposals, fromMarco).projectId()).isEqualTo(project("KUBE").id());
        assertThat(proposal(proposals,
                fromMarco).rationale()).contains("2 earlier items from marco.silva@acme.example");
        assertThat(proposal(proposals, fromMarco).confidence()).isEqualTo(0.65);
        assertThat(created(proposals, fromMartin).projectId()).isEqualTo(project("ATLAS").id());
        assertThat(proposal(proposals, fromMartin).rationale()).contains("Martin Graf, is a stakeholder of ATLAS");
        assertThat(created(proposals, fromDaniel).projectId()).isNull();
        assertThat(proposal(proposals, fromDaniel).summary()).contains("in the inbox");
        assertThat(proposal(proposals, fromDaniel).confidence()).isEqualTo(0.5);
    }

    @Test
    void aMessageInAnExistingThreadTakesItsProjectAndIsSuspectedToDuplicateItsTasks() {
        SourceItem followUp = mail("t-followup", "Re: Q3 budget \u2014 need your numbers by Friday", "Finance Ops",
                "finance-ops@acme.example", at(0, 7, 30), "18f3a2c47b9d0e15", null, "Any news on the numbers?");

        List<Proposal> proposals = triage.run(context(withItems(DEMO, List.of(followUp))));

        CreateTask created = created(proposals, followUp);
        assertThat(created.title()).isEqualTo("Q3 budget \u2014 need your numbers by Friday");
        // the thread holds Daniel's e-mail (an inbox task) and Tom's reply, tagged HIRE
        assertThat(created.projectId()).isEqualTo(project("HIRE").id());
        assertThat(proposal(proposals, followUp).confidence()).isEqualTo(0.48);
        List<Proposal> links = proposals.stream().filter(p -> p.kind() == ProposalKind.LINK_TASKS).toList();
        assertThat(links).extracting(Proposal::targetId).containsExactly(task("Email CTO re: Q3 budget").id(),
                task("Send agency spend summary to finance").id());
        for (Proposal link : links) {
            LinkTasks payload = (LinkTasks) ProposalPayloads.read(link);
            assertThat(payload.fromTaskId()).isEqualTo(created.taskId());
            assertThat(payload.toTaskId()).isEqualTo(link.targetId());
            assertThat(payload.linkKind()).isEqualTo(LinkKind.DUPLICATES);
            assertThat(link.rationale()).contains("same thread", created.taskId().toString());
            assertThat(link.confidence()).isEqualTo(0.7);
        }
    }

    @Test
    void aSimilarTitleIsASuspectedDuplicate() {
        SourceItem issue = new SourceItem(UUID.nameUUIDFromBytes("test-item:KUBE-150".getBytes()), SourceKind.JIRA,
                "KUBE-150", "Fix Helm charts that use removed APIs", "", "ines.duarte@acme.example", "Ines Duarte",
                at(0, 7, 0), null, null, List.of(), URI.create("https://acme.atlassian.net/browse/KUBE-150"), null,
                null, "KUBE", null, NOW);

        List<Proposal> proposals = triage.run(context(withItems(DEMO, List.of(issue))));

        Proposal link = proposals.stream().filter(p -> p.kind() == ProposalKind.LINK_TASKS).findFirst().orElseThrow();
        assertThat(link.targetId()).isEqualTo(task("Fix Helm charts using removed APIs").id());
        // {fix, helm, chart, removed, api} shared of {fix, helm, chart, use, using, removed, api}: 5 / 7
        assertThat(link.rationale()).contains("titles 71 % alike");
        assertThat(link.confidence()).isEqualTo(0.59);
        assertThat(link.summary()).isEqualTo("Link new task \u201cFix Helm charts that use removed APIs\u201d as a "
                + "duplicate of \u201cFix Helm charts using removed APIs\u201d (KUBE).");
        assertThat(proposal(proposals, issue).rationale()).contains("It may duplicate");
    }

    @Test
    void itemsThatAlreadyHaveATaskAreLeftAlone() {
        assertThat(triage.run(context(DEMO))).extracting(Proposal::targetId)
                .doesNotContain(item("18f3a2c47b9d0e15").id(), item("KUBE-142").id(), item("18f2e9b05c3a7d21").id());
    }

    private static CreateTask payload(Proposal proposal) {
        return (CreateTask) ProposalPayloads.read(proposal);
    }

    private static Proposal proposal(List<Proposal> proposals, SourceItem item) {
        return proposals.stream().filter(p -> p.kind() == ProposalKind.CREATE_TASK && item.id().equals(p.targetId()))
                .findFirst().orElseThrow(() -> new AssertionError("no CREATE_TASK for " + item.ref()));
    }

    private static CreateTask created(List<Proposal> proposals, SourceItem item) {
        return payload(proposal(proposals, item));
    }
}
