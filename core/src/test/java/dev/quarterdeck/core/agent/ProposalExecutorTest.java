package dev.quarterdeck.core.agent;

import static dev.quarterdeck.core.agent.DemoFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProposalExecutorTest {

    @TempDir
    Path dir;
    StoredDemo demo;

    @BeforeEach
    void open() {
        demo = new StoredDemo(dir);
        demo.run();
    }

    @AfterEach
    void close() {
        demo.close();
    }

    /** Stores a pending proposal made by hand, for the kinds the rules agents do not propose on the demo. */
    private Proposal propose(String agent, UUID target, ProposalPayload payload) {
        Proposal proposal = new Proposal(UUID.randomUUID(), agent, payload.kind(), target, "Test " + payload.kind(),
                "Because the test says so", 0.7, ProposalPayloads.write(payload), ProposalStatus.PENDING, NOW, null, 0);
        return demo.store.write(Actor.system("test"), tx -> tx.insert(proposal));
    }

    private WorkspaceSnapshot snapshot() {
        return demo.store.snapshot();
    }

    @Test
    void createTaskFromAnItemLinksTheItemAndUndoRemovesBoth() {
        Proposal proposal = demo.pending(ProposalKind.CREATE_TASK).stream()
                .filter(p -> ((ProposalPayload.CreateTask) ProposalPayloads.read(p)).sourceItemId() != null)
                .findFirst().orElseThrow();
        var payload = (ProposalPayload.CreateTask) ProposalPayloads.read(proposal);
        WorkspaceSnapshot before = snapshot();

        Execution execution = demo.executor().approve(proposal.id());

        Task task = demo.store.tasks().find(payload.taskId()).orElseThrow();
        assertThat(task.title()).isEqualTo(payload.title());
        assertThat(task.horizon()).isEqualTo(payload.horizon());
        assertThat(demo.store.sourceItems().findById(payload.sourceItemId())).map(SourceItem::taskId)
                .contains(task.id());
        assertThat(execution.proposal().status()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(execution.log().outcome()).startsWith("Created task “" + payload.title() + "”");
        assertThat(demo.store.audit().listForEntity(task.id())).extracting(AuditEvent::actor)
                .containsExactly(Actor.agent(proposal.agent()));

        demo.advance(Duration.ofMinutes(5));
        Execution undone = demo.executor().undo(proposal.id());

        assertThat(undone.log().undone()).isTrue();
        assertThat(undone.proposal().status()).isEqualTo(ProposalStatus.UNDONE);
        assertThat(demo.store.tasks().find(payload.taskId())).isEmpty();
        assertThat(snapshot().sourceItems()).isEqualTo(before.sourceItems());
        assertThat(snapshot().tasks()).isEqualTo(before.tasks());
    }

    @Test
    void flagIsStoredForTheScoreAndUndoRemovesIt() {
        Proposal proposal = demo.pending(ProposalKind.CHANGE_PRIORITY).get(0);
        UUID taskId = ((ProposalPayload.ChangePriority) ProposalPayloads.read(proposal)).taskId();
        Task task = demo.store.tasks().find(taskId).orElseThrow();
        double scoreBefore = demo.agents().context(demo.clock()).score(task).total();

        demo.executor().approve(proposal.id());

        assertThat(demo.agents().preferences().isFlagged(taskId)).isTrue();
        assertThat(demo.agents().context(demo.clock()).score(task).total()).isGreaterThan(scoreBefore);
        demo.run();
        assertThat(demo.pending(ProposalKind.CHANGE_PRIORITY)).noneMatch(p -> p.targetId().equals(taskId));

        demo.executor().undo(proposal.id());
        assertThat(demo.agents().preferences().isFlagged(taskId)).isFalse();
        assertThat(demo.store.preferences().find(PreferenceModel.FLAGGED_PREFIX + taskId)).isEmpty();
    }

    @Test
    void draftMessageRecordsTheContactAndUndoRestoresThePreviousOne() {
        Proposal proposal = demo.pending(ProposalKind.DRAFT_MESSAGE).get(0);
        UUID id = ((ProposalPayload.DraftMessage) ProposalPayloads.read(proposal)).stakeholderId();
        Stakeholder before = demo.store.stakeholders().find(id).orElseThrow();

        demo.executor().approve(proposal.id());
        assertThat(demo.store.stakeholders().find(id).orElseThrow().lastContact()).isEqualTo(DemoFixture.TODAY);

        demo.executor().undo(proposal.id());
        Stakeholder after = demo.store.stakeholders().find(id).orElseThrow();
        assertThat(after.lastContact()).isEqualTo(before.lastContact());
        assertThat(after.version()).isEqualTo(before.version() + 2);
    }

    @Test
    void addRiskTakesTheNextKeyAndUndoDeletesIt() {
        Proposal proposal = demo.pending(ProposalKind.ADD_RISK).get(0);
        var payload = (ProposalPayload.AddRisk) ProposalPayloads.read(proposal);
        int before = demo.store.risks().listByProject(payload.projectId()).size();

        Execution execution = demo.executor().approve(proposal.id());

        var register = demo.store.risks().listByProject(payload.projectId());
        assertThat(register).hasSize(before + 1);
        Risk added = register.stream().filter(r -> r.title().equals(payload.title())).findFirst().orElseThrow();
        assertThat(added.key()).isEqualTo(String.format("R-%03d", before + 1));
        assertThat(execution.log().outcome()).contains(added.key());

        demo.executor().undo(proposal.id());
        assertThat(demo.store.risks().listByProject(payload.projectId())).hasSize(before);
    }

    @Test
    void updateRiskReratesAndUndoRestoresTheRating() {
        Proposal proposal = demo.pending(ProposalKind.UPDATE_RISK).get(0);
        var payload = (ProposalPayload.UpdateRisk) ProposalPayloads.read(proposal);
        Risk before = demo.store.risks().find(payload.riskId()).orElseThrow();

        demo.executor().approve(proposal.id());
        Risk rerated = demo.store.risks().find(payload.riskId()).orElseThrow();
        assertThat(rerated.likelihood()).isEqualTo(payload.likelihood());
        assertThat(rerated.impact()).isEqualTo(payload.impact());

        demo.executor().undo(proposal.id());
        Risk restored = demo.store.risks().find(payload.riskId()).orElseThrow();
        assertThat(restored.likelihood()).isEqualTo(before.likelihood());
        assertThat(restored.impact()).isEqualTo(before.impact());
        assertThat(restored.nextReview()).isEqualTo(before.nextReview());
    }

    @Test
    void changeHorizonMovesTheTaskAndUndoMovesItBack() {
        Task task = snapshot().tasks().stream().filter(t -> t.isOpen() && t.horizon() == Horizon.MONTH
                && !t.horizonPinned()).findFirst().orElseThrow();
        Proposal proposal = propose("execution", task.id(),
                new ProposalPayload.ChangeHorizon(task.id(), Horizon.MONTH, Horizon.TODAY));

        demo.executor().approve(proposal.id());
        assertThat(demo.store.tasks().find(task.id()).orElseThrow().horizon()).isEqualTo(Horizon.TODAY);

        demo.executor().undo(proposal.id());
        assertThat(demo.store.tasks().find(task.id()).orElseThrow().horizon()).isEqualTo(Horizon.MONTH);
    }

    @Test
    void changeHorizonIsRefusedWhenTheTaskMovedMeanwhile() {
        Task task = snapshot().tasks().stream().filter(t -> t.isOpen() && t.horizon() == Horizon.MONTH
                && !t.horizonPinned()).findFirst().orElseThrow();
        Proposal proposal = propose("execution", task.id(),
                new ProposalPayload.ChangeHorizon(task.id(), Horizon.WEEK, Horizon.TODAY));

        assertThatThrownBy(() -> demo.executor().approve(proposal.id())).isInstanceOf(ProposalRefused.class)
                .hasMessageContaining("is no longer in WEEK (now MONTH)");
        assertThat(demo.store.proposals().find(proposal.id()).orElseThrow().status())
                .isEqualTo(ProposalStatus.PENDING);
        assertThat(demo.store.tasks().find(task.id()).orElseThrow()).isEqualTo(task);
    }

    @Test
    void linkAndAssignApplyAndUndo() {
        var tasks = snapshot().tasks().stream().filter(Task::isOpen).toList();
        Task a = tasks.get(0);
        Task b = tasks.stream().filter(t -> t.projectId() != null && !t.projectId().equals(a.projectId()))
                .findFirst().orElseThrow();
        Proposal link = propose("triage", b.id(), new ProposalPayload.LinkTasks(a.id(), b.id(), LinkKind.RELATES));
        Proposal assign = propose("triage", a.id(), new ProposalPayload.AssignProject(a.id(), b.projectId()));

        demo.executor().approve(link.id());
        demo.executor().approve(assign.id());
        assertThat(demo.store.links().listForTask(a.id())).anyMatch(l -> l.toTaskId().equals(b.id()));
        assertThat(demo.store.tasks().find(a.id()).orElseThrow().projectId()).isEqualTo(b.projectId());

        demo.executor().undo(assign.id());
        demo.executor().undo(link.id());
        assertThat(demo.store.links().listForTask(a.id())).noneMatch(l -> l.toTaskId().equals(b.id()));
        assertThat(demo.store.tasks().find(a.id()).orElseThrow().projectId()).isEqualTo(a.projectId());
    }

    @Test
    void editThenApproveAppliesTheEditedPayloadAndKeepsIt() {
        Proposal proposal = demo.pending(ProposalKind.DRAFT_MESSAGE).get(0);
        var payload = (ProposalPayload.DraftMessage) ProposalPayloads.read(proposal);
        var edited = new ProposalPayload.DraftMessage(payload.stakeholderId(), payload.projectId(), payload.to(),
                "Short update", payload.body());

        Execution execution = demo.executor().approveEdited(proposal.id(), edited);

        assertThat(execution.proposal().status()).isEqualTo(ProposalStatus.EDITED_AND_APPROVED);
        assertThat(ProposalPayloads.read(execution.proposal())).isEqualTo(edited);
        assertThat(execution.log().outcome()).contains("“Short update”");
        assertThat(demo.store.preferenceSignals().listByProposal(proposal.id()))
                .extracting(PreferenceSignal::decision).containsExactly(PreferenceSignal.Decision.EDITED);
    }

    @Test
    void undoIsRefusedWhenTheRecordChangedSince() {
        Proposal proposal = demo.pending(ProposalKind.UPDATE_RISK).get(0);
        UUID riskId = ((ProposalPayload.UpdateRisk) ProposalPayloads.read(proposal)).riskId();
        demo.executor().approve(proposal.id());
        Risk risk = demo.store.risks().find(riskId).orElseThrow();
        demo.store.write(Actor.USER, tx -> tx.update(new Risk(risk.id(), risk.projectId(), risk.key(), risk.title(),
                risk.description(), risk.category(), 1, 1, risk.owner(), risk.mitigation(), risk.contingency(),
                risk.status(), risk.identified(), risk.nextReview(), risk.closed(), risk.updatedAt(),
                risk.version())));

        assertThatThrownBy(() -> demo.executor().undo(proposal.id())).isInstanceOf(ProposalRefused.class)
                .hasMessageContaining("has changed since");
        assertThat(demo.store.risks().find(riskId).orElseThrow().likelihood()).isEqualTo(1);
    }

    @Test
    void aMalformedPayloadIsRefusedAndNothingIsWritten() {
        Proposal bad = new Proposal(UUID.randomUUID(), "risk", ProposalKind.UPDATE_RISK, null, "Broken", "",
                0.5, "{\"riskId\":\"" + UUID.randomUUID() + "\",\"likelihood\":9}", ProposalStatus.PENDING, NOW, null, 0);
        demo.store.write(Actor.system("test"), tx -> tx.insert(bad));
        long events = demo.store.audit().latest(1).get(0).sequence();

        assertThatThrownBy(() -> demo.executor().approve(bad.id())).isInstanceOf(ProposalRefused.class)
                .hasMessageContaining("not valid");
        assertThat(demo.store.audit().latest(1).get(0).sequence()).isEqualTo(events);
    }

    @Test
    void aDecidedProposalCannotBeDecidedAgain() {
        Proposal proposal = demo.pending(ProposalKind.DRAFT_MESSAGE).get(0);
        demo.executor().reject(proposal.id());

        assertThatThrownBy(() -> demo.executor().approve(proposal.id())).isInstanceOf(ProposalRefused.class)
                .hasMessageContaining("already decided (REJECTED)");
        assertThatThrownBy(() -> demo.executor().undo(proposal.id())).isInstanceOf(ProposalRefused.class);
    }

    @Test
    void bulkApprovalAppliesWhatFitsAndReportsTheRest() {
        var drafts = demo.pending(ProposalKind.DRAFT_MESSAGE);
        Task task = snapshot().tasks().stream().filter(t -> t.isOpen() && t.horizon() == Horizon.MONTH
                && !t.horizonPinned()).findFirst().orElseThrow();
        Proposal stale = propose("execution", task.id(),
                new ProposalPayload.ChangeHorizon(task.id(), Horizon.WEEK, Horizon.TODAY));
        var ids = new java.util.ArrayList<UUID>(drafts.stream().map(Proposal::id).toList());
        ids.add(stale.id());

        ProposalExecutor.BulkResult result = demo.executor().approveAll(ids);

        assertThat(result.applied()).hasSize(drafts.size());
        assertThat(result.refused()).extracting(ProposalExecutor.Refusal::proposalId).containsExactly(stale.id());
    }
}
