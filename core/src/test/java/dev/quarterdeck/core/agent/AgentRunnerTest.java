package dev.quarterdeck.core.agent;

import static dev.quarterdeck.core.agent.DemoFixture.DEMO;
import static dev.quarterdeck.core.agent.DemoFixture.NOW;
import static dev.quarterdeck.core.agent.DemoFixture.USER;
import static dev.quarterdeck.core.agent.DemoFixture.context;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.agent.PreferenceSignal.Decision;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class AgentRunnerTest {

    /** Each reading is 4 ms after the one before, so every run lasts exactly 4 ms. */
    private static LongSupplier ticker() {
        AtomicLong nanos = new AtomicLong();
        return () -> nanos.addAndGet(4_000_000);
    }

    private static AgentRunner runner(List<Agent> agents) {
        return new AgentRunner(agents, ticker());
    }

    @Test
    void runsEveryRulesAgentOnTheDemoAndRecordsEachRun() {
        AgentRunner.Result result = runner(AgentRunner.rulesAgents()).run(context(DEMO), List.of());

        assertThat(result.runs()).extracting(AgentRun::agent)
                .containsExactly("triage", "execution", "strategy", "discovery", "stakeholder", "risk");
        assertThat(result.runs()).extracting(AgentRun::proposals).containsExactly(2, 0, 4, 0, 6, 5);
        assertThat(result.runs()).allSatisfy(run -> {
            assertThat(run.model()).isEqualTo("rules");
            assertThat(run.outcome()).isEqualTo("ok");
            assertThat(run.error()).isNull();
            assertThat(run.tokens()).isZero();
            assertThat(run.duration()).isEqualTo(Duration.ofMillis(4));
            assertThat(run.startedAt()).isEqualTo(NOW);
        });
        assertThat(result.proposals()).hasSize(17);
        assertThat(result.proposals()).allMatch(p -> p.status() == ProposalStatus.PENDING && p.decidedAt() == null);
    }

    @Test
    void twoRunsOverTheSameWorkspaceAndMomentAreEqual() {
        AgentRunner.Result first = runner(AgentRunner.rulesAgents()).run(context(DEMO), List.of());
        AgentRunner.Result second = runner(AgentRunner.rulesAgents()).run(context(DEMO), List.of());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void oneFailingAgentDoesNotStopTheOthers() {
        Agent broken = new Agent() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public List<Proposal> run(AgentContext context) {
                throw new IllegalStateException("index out of date");
            }
        };

        AgentRunner.Result result = runner(List.of(new TriageAgent(), broken, new RiskAgent()))
                .run(context(DEMO), List.of());

        assertThat(result.runs()).extracting(AgentRun::agent, AgentRun::outcome, AgentRun::proposals)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("triage", "ok", 2),
                        org.assertj.core.groups.Tuple.tuple("broken", "failed", 0),
                        org.assertj.core.groups.Tuple.tuple("risk", "ok", 5));
        assertThat(result.runs().get(1).error()).isEqualTo("IllegalStateException: index out of date");
        assertThat(result.runs().get(1).duration()).isEqualTo(Duration.ofMillis(4));
        assertThat(result.proposals()).hasSize(7);
    }

    @Test
    void proposalsAlreadyPendingAreNotProposedAgain() {
        AgentRunner.Result first = runner(AgentRunner.rulesAgents()).run(context(DEMO), List.of());
        // an hour later the same facts hold; the pending proposals are still waiting for the user
        AgentContext later = context(DEMO, NOW.plusSeconds(3600), DemoFixture.userPreferences());

        AgentRunner.Result second = runner(AgentRunner.rulesAgents()).run(later, first.proposals());

        assertThat(second.proposals()).isEmpty();
        assertThat(second.runs()).extracting(AgentRun::outcome).containsExactly("ok, 2 already pending", "ok",
                "ok, 4 already pending", "ok", "ok, 6 already pending", "ok, 5 already pending");
    }

    @Test
    void decidedProposalsDoNotBlockNewOnes() {
        AgentRunner.Result first = runner(List.of(new StakeholderAgent())).run(context(DEMO), List.of());
        List<Proposal> rejected = first.proposals().stream().map(p -> new Proposal(p.id(), p.agent(), p.kind(),
                p.targetId(), p.summary(), p.rationale(), p.confidence(), p.payloadJson(), ProposalStatus.REJECTED,
                p.createdAt(), NOW.plusSeconds(60), p.version() + 1)).toList();

        AgentRunner.Result second = runner(List.of(new StakeholderAgent())).run(context(DEMO), rejected);

        assertThat(second.proposals()).hasSize(6);
    }

    @Test
    void rejectionsMakeAKindFadeAndFinallyDisappear() {
        List<Proposal> drafts = runner(List.of(new StakeholderAgent())).run(context(DEMO), List.of()).proposals();
        assertThat(drafts).extracting(Proposal::confidence).containsExactly(0.82, 0.82, 0.74, 0.74, 0.66, 0.58);

        // the user rejects all six drafts: 0.8^6 = 0.26 of each confidence is left
        AgentRunner.Result afterSix = runner(List.of(new StakeholderAgent())).run(
                context(DEMO, NOW.plusSeconds(86_400), rejections(drafts)), List.of());

        assertThat(afterSix.proposals()).extracting(Proposal::confidence).containsExactly(0.21, 0.21);
        assertThat(afterSix.runs().get(0).outcome()).isEqualTo("ok, 4 below threshold");

        List<Proposal> sevenRejected = new ArrayList<>(drafts);
        sevenRejected.add(drafts.get(0));
        AgentRunner.Result afterSeven = runner(List.of(new StakeholderAgent())).run(
                context(DEMO, NOW.plusSeconds(2 * 86_400), rejections(sevenRejected)), List.of());
        assertThat(afterSeven.proposals()).isEmpty();
    }

    private static PreferenceModel rejections(List<Proposal> proposals) {
        List<PreferenceSignal> signals = new ArrayList<>();
        for (int i = 0; i < proposals.size(); i++) {
            Proposal p = proposals.get(i);
            signals.add(new PreferenceSignal(UUID.nameUUIDFromBytes(("reject" + i).getBytes()), p.id(), p.agent(),
                    p.kind(), Decision.REJECTED, null, NOW.plusSeconds(60L + i)));
        }
        return PreferenceModel.learn(signals, List.of(new Preference(PreferenceModel.USER_NAME, USER, NOW)));
    }
}
