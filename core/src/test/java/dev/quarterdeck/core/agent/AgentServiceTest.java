package dev.quarterdeck.core.agent;

import static dev.quarterdeck.core.agent.DemoFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentServiceTest {

    @TempDir
    Path dir;
    StoredDemo demo;

    @BeforeEach
    void open() {
        demo = new StoredDemo(dir);
    }

    @AfterEach
    void close() {
        demo.close();
    }

    /** A stakeholder of the project of {@code like}, never contacted, so the stakeholder agent proposes a draft. */
    private Stakeholder newStakeholderDue(Stakeholder like, String name) {
        Stakeholder s = new Stakeholder(UUID.randomUUID(), like.projectId(), name, "Sponsor", null,
                name.toLowerCase().replace(' ', '.') + "@example.com", 5, 5, Duration.ofDays(7), null, NOW, 0);
        return demo.store.write(Actor.USER, tx -> tx.insert(s));
    }

    private Proposal draftFor(Stakeholder s) {
        return demo.pending(ProposalKind.DRAFT_MESSAGE).stream().filter(p -> p.targetId().equals(s.id()))
                .findFirst().orElse(null);
    }

    @Test
    void aRunStoresItsProposalsAndOneRunPerAgent() {
        AgentService.RunSummary summary = demo.run();

        assertThat(summary.proposals()).isNotEmpty();
        assertThat(demo.agents().pending()).hasSameSizeAs(summary.proposals());
        assertThat(demo.store.agentRuns().latest(10)).extracting(AgentRun::agent)
                .containsExactlyInAnyOrder("triage", "execution", "strategy", "discovery", "stakeholder", "risk");
        assertThat(demo.store.agentRuns().latest(10)).allMatch(r -> r.model().equals("rules"));
    }

    @Test
    void aSecondRunDoesNotRepeatPendingOrRejectedProposals() {
        AgentService.RunSummary first = demo.run();
        Proposal rejected = first.proposals().get(0);
        demo.executor().reject(rejected.id());

        AgentService.RunSummary second = demo.run();

        assertThat(second.alreadyRejected()).isEqualTo(1);
        assertThat(second.proposals()).noneMatch(p -> AgentService.key(p).equals(AgentService.key(rejected)));
        assertThat(demo.agents().pending()).hasSize(first.proposals().size() - 1 + second.proposals().size());
    }

    @Test
    void rejectionsLowerTheConfidenceOfTheKindUntilItIsNoLongerProposed() {
        demo.run();
        List<Proposal> drafts = demo.pending(ProposalKind.DRAFT_MESSAGE);
        Stakeholder like = demo.store.stakeholders().find(drafts.get(0).targetId()).orElseThrow();
        drafts.forEach(p -> demo.executor().reject(p.id()));
        int rejections = drafts.size();

        Stakeholder fresh = newStakeholderDue(like, "Dana Fresh");
        demo.run();
        Proposal lowered = draftFor(fresh);

        // The same proposal with nothing learned, for comparison.
        AgentContext neutral = new AgentContext(demo.store.snapshot(), demo.clock(), demo.clock().getZone(),
                PreferenceModel.neutral());
        double base = new StakeholderAgent().run(neutral).stream().filter(p -> p.targetId().equals(fresh.id()))
                .findFirst().orElseThrow().confidence();
        double multiplier = Math.pow(PreferenceModel.REJECTED, rejections);
        assertThat(base * multiplier).as("still above the threshold after %d rejections", rejections)
                .isGreaterThan(PreferenceModel.THRESHOLD);
        assertThat(lowered).isNotNull();
        assertThat(lowered.confidence()).isCloseTo(Math.round(base * multiplier * 100) / 100.0,
                org.assertj.core.data.Offset.offset(0.011));

        // Keep rejecting until the kind falls below the threshold: a new stakeholder then gets no draft.
        Stakeholder next = fresh;
        int round = 0;
        while (draftFor(next) != null) {
            demo.pending(ProposalKind.DRAFT_MESSAGE).forEach(p -> demo.executor().reject(p.id()));
            next = newStakeholderDue(like, "Extra " + round++);
            demo.run();
            assertThat(round).as("rounds until hidden").isLessThan(10);
        }
        Stakeholder last = newStakeholderDue(like, "Never Drafted");
        AgentService.RunSummary summary = demo.run();
        assertThat(draftFor(last)).isNull();
        assertThat(summary.runs()).filteredOn(r -> r.agent().equals("stakeholder"))
                .allMatch(r -> r.outcome().contains("below threshold"));
    }

    @Test
    void rejectingTasksFromASourceLowersThatSourcesSignal() {
        demo.run();
        AgentContext context = demo.agents().context(demo.clock());
        Task gmailTask = demo.store.snapshot().tasks().stream()
                .filter(t -> t.isOpen() && t.sourceKind() == SourceKind.GMAIL)
                .filter(t -> context.score(t).factors().stream()
                        .anyMatch(f -> f.part() == dev.quarterdeck.core.focus.ScoreFactor.ScorePart.SOURCE_SIGNAL))
                .findFirst().orElseThrow();
        double before = context.score(gmailTask).total();
        assertThat(demo.agents().preferences().sourceMultiplier(SourceKind.GMAIL)).isEqualTo(1.0);

        for (int i = 0; i < 4; i++) {
            Task t = demo.store.snapshot().tasks().stream().filter(x -> x.isOpen()
                    && x.sourceKind() == SourceKind.GMAIL).toList().get(i % 2);
            Proposal p = new Proposal(UUID.randomUUID(), "execution", ProposalKind.CHANGE_HORIZON, t.id(),
                    "Move it", "", 0.6, ProposalPayloads.write(new ProposalPayload.ChangeHorizon(t.id(), t.horizon(),
                            dev.quarterdeck.core.task.Horizon.TODAY)), ProposalStatus.PENDING, NOW, null, 0);
            demo.store.write(Actor.system("test"), tx -> tx.insert(p));
            demo.advance(Duration.ofSeconds(1));
            demo.executor().reject(p.id());
        }

        PreferenceModel learned = demo.agents().preferences();
        assertThat(learned.sourceMultiplier(SourceKind.GMAIL)).isCloseTo(Math.pow(PreferenceModel.REJECTED, 4),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(learned.sourceMultiplier(SourceKind.JIRA)).isEqualTo(1.0);
        assertThat(demo.agents().context(demo.clock()).score(gmailTask).total()).isLessThan(before);
    }

    @Test
    void aCancelledRunStoresNothing() {
        assertThatThrownBy(() -> demo.agents().run(demo.clock(), () -> true))
                .isInstanceOf(CancellationException.class);
        assertThat(demo.agents().pending()).isEmpty();
        assertThat(demo.store.agentRuns().latest(10)).isEmpty();
    }
}
