package dev.quarterdeck.core.agent;

import dev.quarterdeck.core.common.Require;
import java.time.Instant;
import java.util.UUID;

/**
 * A change an agent suggests. {@code payloadJson} is the kind's parameters; {@code targetId} the record it
 * changes, if any. Agents only create proposals; the executor alone applies them.
 */
public record Proposal(
        UUID id,
        String agent,
        ProposalKind kind,
        UUID targetId,
        String summary,
        String rationale,
        double confidence,
        String payloadJson,
        ProposalStatus status,
        Instant createdAt,
        Instant decidedAt,
        long version) {

    public Proposal {
        Require.present(id, "id");
        agent = Require.text(agent, "agent", 60);
        Require.present(kind, "kind");
        summary = Require.text(summary, "summary", 500);
        rationale = Require.freeText(rationale, "rationale", 10_000);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
        }
        payloadJson = Require.text(payloadJson, "payloadJson", 100_000);
        Require.present(status, "status");
        Require.present(createdAt, "createdAt");
        if (status == ProposalStatus.PENDING && decidedAt != null) {
            throw new IllegalArgumentException("a pending proposal has no decision time");
        }
        Require.notNegative(version, "version");
    }
}
