package dev.quarterdeck.core.agent;

import dev.quarterdeck.core.common.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One run of one agent. {@code model} is the model name or "rules". */
public record AgentRun(
        UUID id,
        String agent,
        String model,
        Instant startedAt,
        Duration duration,
        long tokens,
        int proposals,
        String outcome,
        String error) {

    public AgentRun {
        Require.present(id, "id");
        agent = Require.text(agent, "agent", 60);
        model = Require.text(model, "model", 120);
        Require.present(startedAt, "startedAt");
        Require.present(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative");
        }
        Require.notNegative(tokens, "tokens");
        Require.notNegative(proposals, "proposals");
        outcome = Require.text(outcome, "outcome", 60);
        error = Require.optionalText(error, "error", 2_000);
    }
}
