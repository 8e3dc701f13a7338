package dev.quarterdeck.core.agent;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the agents against the store: reads the workspace, the user's signals and settings, runs every agent (see
 * {@link AgentRunner}), and stores the new proposals with one {@link AgentRun} per agent in one transaction. A
 * proposal equal to one the user already rejected (same kind, target and payload) is not made again; the preference
 * model already lowers the confidence of a kind the user keeps rejecting.
 */
public final class AgentService {

    /** How many decided proposals are compared against a new run; older decisions only act through preferences. */
    static final int DECIDED_WINDOW = 5_000;
    /** The pending proposals read at most (the inbox shows them all). */
    public static final int PENDING_LIMIT = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(AgentService.class);
    private static final Actor RUNNER = Actor.system("agents");

    private final Store store;
    private final List<Agent> agents;

    public AgentService(Store store) {
        this(store, AgentRunner.rulesAgents());
    }

    public AgentService(Store store, List<Agent> agents) {
        this.store = Require.present(store, "store");
        this.agents = List.copyOf(Require.present(agents, "agents"));
    }

    /** What the user's signals and settings teach, read now. */
    public PreferenceModel preferences() {
        return PreferenceModel.learn(store.preferenceSignals().list(), store.preferences().list());
    }

    /** A context over the workspace as stored now, with the user's preferences. */
    public AgentContext context(Clock clock) {
        Require.present(clock, "clock");
        return new AgentContext(store.snapshot(), clock, clock.getZone(), preferences());
    }

    /** The proposals waiting for a decision, newest first. */
    public List<Proposal> pending() {
        return store.proposals().listByStatus(ProposalStatus.PENDING, PENDING_LIMIT);
    }

    public record RunSummary(List<Proposal> proposals, List<AgentRun> runs, int alreadyRejected) {

        public RunSummary {
            proposals = List.copyOf(proposals);
            runs = List.copyOf(runs);
        }
    }

    /**
     * Runs every agent and stores what they propose. {@code cancelled} is asked before anything is stored; a cancelled
     * run stores nothing and throws {@link CancellationException}.
     */
    public RunSummary run(Clock clock, BooleanSupplier cancelled) {
        Require.present(cancelled, "cancelled");
        AgentContext context = context(clock);
        List<Proposal> pending = pending();
        AgentRunner.Result result = new AgentRunner(agents).run(context, pending);
        Set<String> rejected = new HashSet<>();
        store.proposals().listByStatus(ProposalStatus.REJECTED, DECIDED_WINDOW).forEach(p -> rejected.add(key(p)));
        List<Proposal> fresh = new ArrayList<>();
        int dropped = 0;
        for (Proposal proposal : result.proposals()) {
            if (rejected.contains(key(proposal))) {
                dropped++;
            } else {
                fresh.add(proposal);
            }
        }
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("Agent run cancelled; nothing was stored");
        }
        store.write(RUNNER, tx -> {
            fresh.forEach(tx::insert);
            result.runs().forEach(tx::insert);
            return null;
        });
        LOG.info("Agents proposed {} ({} already rejected)", fresh.size(), dropped);
        return new RunSummary(fresh, result.runs(), dropped);
    }

    static String key(Proposal proposal) {
        return proposal.kind() + "|" + proposal.targetId() + "|" + ProposalPayloads.canonical(proposal.payloadJson());
    }
}
