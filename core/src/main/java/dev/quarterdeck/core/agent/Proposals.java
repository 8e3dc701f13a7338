package dev.quarterdeck.core.agent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** Builds pending proposals the same way for every rules agent. */
final class Proposals {

    static final int SUMMARY_LIMIT = 500;
    static final int RATIONALE_LIMIT = 10_000;

    private Proposals() {
    }

    /**
     * A pending proposal made now. Its ID is derived from what it proposes and when, so one run gives the same IDs
     * every time it is repeated, and two runs at different moments never collide in the store.
     */
    static Proposal pending(AgentContext context, String agent, UUID targetId, String summary, String rationale,
            double confidence, ProposalPayload payload) {
        String json = ProposalPayloads.write(payload);
        Instant now = context.now();
        UUID id = UUID.nameUUIDFromBytes((agent + '\n' + payload.kind() + '\n' + targetId + '\n' + json + '\n' + now)
                .getBytes(StandardCharsets.UTF_8));
        return new Proposal(id, agent, payload.kind(), targetId, clip(summary, SUMMARY_LIMIT),
                clip(rationale, RATIONALE_LIMIT), round(confidence), json, ProposalStatus.PENDING, now, null, 0);
    }

    /** An ID for a record a proposal would create, stable across runs for the same origin. */
    static UUID derivedId(String purpose, Object... parts) {
        StringBuilder seed = new StringBuilder(purpose);
        for (Object part : parts) {
            seed.append('\n').append(part);
        }
        return UUID.nameUUIDFromBytes(seed.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String clip(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "\u2026";
    }

    private static double round(double confidence) {
        return Math.max(0, Math.min(1, Math.round(confidence * 100) / 100.0));
    }
}
