package dev.quarterdeck.core.agent;

import dev.quarterdeck.core.common.Require;
import java.time.Instant;
import java.util.UUID;

/** What the user did with a proposal; preferences are learned from these. */
public record PreferenceSignal(UUID id, UUID proposalId, String agent, ProposalKind kind, Decision decision,
        String source, Instant at) {

    public enum Decision {
        APPROVED, EDITED, REJECTED
    }

    public PreferenceSignal {
        Require.present(id, "id");
        agent = Require.text(agent, "agent", 60);
        Require.present(kind, "kind");
        Require.present(decision, "decision");
        source = Require.optionalText(source, "source", 60);
        Require.present(at, "at");
    }
}
