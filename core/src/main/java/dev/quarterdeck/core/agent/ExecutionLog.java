package dev.quarterdeck.core.agent;

import dev.quarterdeck.core.common.Require;
import java.time.Instant;
import java.util.UUID;

/** What the executor did for one approved proposal, and whether it was undone. */
public record ExecutionLog(UUID id, UUID proposalId, Instant executedAt, String outcome, boolean undone) {

    public ExecutionLog {
        Require.present(id, "id");
        Require.present(proposalId, "proposalId");
        Require.present(executedAt, "executedAt");
        outcome = Require.text(outcome, "outcome", 2_000);
    }
}
