package dev.quarterdeck.core.agent;

import java.util.List;

/**
 * Reads the workspace and suggests changes. An agent never writes: it returns {@link Proposal}s, all PENDING, each
 * with a one-sentence summary, a rationale naming the records it is based on, a confidence and a payload the
 * executor can apply. Rules-mode agents are deterministic: the same context gives equal proposals.
 */
public interface Agent {

    /** Short, stable, lower-case name, stored with each proposal and run ("triage"). */
    String name();

    List<Proposal> run(AgentContext context);

    /**
     * The proposals with what the run log records about them. Rules agents need not override this; agents that ask a
     * language model say which model answered, its tokens, and what was rejected.
     */
    default AgentOutput produce(AgentContext context) {
        return AgentOutput.rules(run(context));
    }
}
