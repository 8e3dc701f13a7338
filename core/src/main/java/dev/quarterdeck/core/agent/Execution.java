package dev.quarterdeck.core.agent;

import dev.quarterdeck.core.common.Require;

/** A proposal as the executor left it, with the log of what it did. */
public record Execution(Proposal proposal, ExecutionLog log) {

    public Execution {
        Require.present(proposal, "proposal");
        Require.present(log, "log");
    }
}
