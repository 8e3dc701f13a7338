package dev.quarterdeck.core.ai;

import dev.quarterdeck.core.common.Require;
import java.time.Duration;

/**
 * A model's complete answer: its text, the model that wrote it (for "written by llama3.1:8b" next to the text and
 * for the agent-run log), the tokens the server counted (0 when it did not say), and the time from sending the
 * request to the last token as the client measured it.
 */
public record ChatResult(String text, String model, long promptTokens, long completionTokens, Duration duration) {

    public ChatResult {
        Require.present(text, "text");
        model = Require.text(model, "model", 200);
        Require.notNegative(promptTokens, "promptTokens");
        Require.notNegative(completionTokens, "completionTokens");
        Require.present(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative");
        }
    }

    public long totalTokens() {
        return promptTokens + completionTokens;
    }
}
