package dev.quarterdeck.core.agent;

import dev.quarterdeck.core.common.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs agents one after the other over one context and collects what they propose:
 * <ol>
 * <li>each proposal's confidence is adjusted by the user's {@link PreferenceModel}, and proposals that fall below its
 * threshold are dropped;</li>
 * <li>a proposal equal to one already pending — same kind, target and payload (compared as JSON) — or to one made
 * earlier in the same run is dropped;</li>
 * <li>each agent's run is recorded as an {@link AgentRun}: the model that answered or "rules", duration, tokens, the
 * proposals kept, an outcome that says how the model's answer was used and how many proposals were dropped and why,
 * and the reason when a model's answer was rejected.</li>
 * </ol>
 * An agent that throws fails alone: its run is recorded as "failed" with the error, and the others still run.
 * Nothing is stored here; the caller stores the proposals and runs.
 */
public final class AgentRunner {

    public static final String RULES = "rules";
    static final int ERROR_LIMIT = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(AgentRunner.class);

    private final List<Agent> agents;
    private final LongSupplier nanoTime;

    public AgentRunner(List<Agent> agents) {
        this(agents, System::nanoTime);
    }

    /** {@code nanoTime} measures each run's duration; tests pass a fake one. */
    AgentRunner(List<Agent> agents, LongSupplier nanoTime) {
        this.agents = List.copyOf(Require.present(agents, "agents"));
        this.nanoTime = Require.present(nanoTime, "nanoTime");
    }

    /** The six rules-mode agents, in the order they run. */
    public static List<Agent> rulesAgents() {
        return List.of(new TriageAgent(), new ExecutionAgent(), new StrategyAgent(), new DiscoveryAgent(),
                new StakeholderAgent(), new RiskAgent());
    }

    /**
     * The six agents, triage and discovery asking {@code model} first (each falls back to its rules when the model is
     * off, unreachable or its answer is rejected); the others are rules agents, where a model adds nothing the records
     * do not already say exactly.
     */
    public static List<Agent> agents(AgentModel model) {
        Require.present(model, "model");
        return List.of(new ModelTriageAgent(model), new ExecutionAgent(), new StrategyAgent(),
                new ModelDiscoveryAgent(model), new StakeholderAgent(), new RiskAgent());
    }

    /** New proposals of every agent, and one run record per agent. */
    public record Result(List<Proposal> proposals, List<AgentRun> runs) {

        public Result {
            proposals = List.copyOf(proposals);
            runs = List.copyOf(runs);
        }
    }

    /** Runs every agent; {@code existing} are the stored proposals, of which the pending ones are not repeated. */
    public Result run(AgentContext context, Collection<Proposal> existing) {
        Require.present(context, "context");
        Require.present(existing, "existing");
        Set<String> seen = new HashSet<>();
        existing.stream().filter(p -> p.status() == ProposalStatus.PENDING).forEach(p -> seen.add(key(p)));
        PreferenceModel preferences = context.preferences();
        List<Proposal> kept = new ArrayList<>();
        List<AgentRun> runs = new ArrayList<>();
        for (Agent agent : agents) {
            Instant startedAt = context.now();
            long start = nanoTime.getAsLong();
            AgentOutput output;
            try {
                output = agent.produce(context);
            } catch (RuntimeException e) {
                Duration duration = elapsedSince(start);
                LOG.warn("Agent {} failed after {} ms", agent.name(), duration.toMillis(), e);
                runs.add(new AgentRun(runId(agent, startedAt), agent.name(), RULES, startedAt, duration, 0, 0, "failed",
                        Proposals.clip(e.getClass().getSimpleName() + ": " + e.getMessage(), ERROR_LIMIT)));
                continue;
            }
            int belowThreshold = 0;
            int duplicates = 0;
            int count = 0;
            for (Proposal proposal : output.proposals()) {
                var adjusted = preferences.adjust(proposal);
                if (adjusted.isEmpty()) {
                    belowThreshold++;
                } else if (!seen.add(key(adjusted.get()))) {
                    duplicates++;
                } else {
                    kept.add(adjusted.get());
                    count++;
                }
            }
            Duration duration = elapsedSince(start);
            String outcome = outcome(output.note(), belowThreshold, duplicates);
            LOG.debug("Agent {} ({}): {} proposals kept, {} in {} ms", agent.name(), output.model(), count, outcome,
                    duration.toMillis());
            runs.add(new AgentRun(runId(agent, startedAt), agent.name(), output.model(), startedAt, duration,
                    output.tokens(), count, outcome,
                    output.error() == null ? null : Proposals.clip(output.error(), ERROR_LIMIT)));
        }
        return new Result(kept, runs);
    }

    private Duration elapsedSince(long start) {
        return Duration.ofNanos(Math.max(0, nanoTime.getAsLong() - start));
    }

    /** At most 60 characters, as the run log keeps it: the agent's note (or "ok"), then what was dropped. */
    static String outcome(String note, int belowThreshold, int duplicates) {
        StringBuilder outcome = new StringBuilder(note == null ? "ok" : note);
        if (belowThreshold > 0) {
            outcome.append(", ").append(belowThreshold).append(" below threshold");
        }
        if (duplicates > 0) {
            outcome.append(", ").append(duplicates).append(" already pending");
        }
        return Proposals.clip(outcome.toString(), 60);
    }

    private static String key(Proposal proposal) {
        return proposal.kind() + "|" + proposal.targetId() + "|" + ProposalPayloads.canonical(proposal.payloadJson());
    }

    private static UUID runId(Agent agent, Instant startedAt) {
        return Proposals.derivedId("agent-run", agent.name(), startedAt);
    }
}
