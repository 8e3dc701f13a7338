package dev.quarterdeck.core.ai;

import java.time.Duration;

/**
 * How one request is answered. Every field is optional (null = the model's or the settings' default):
 * {@code temperature} 0–2 (0 for repeatable answers), {@code maxTokens} caps the answer's length,
 * {@code contextTokens} the context window (local models often default to a small one and silently drop the start
 * of a long prompt), {@code seed} makes sampling repeatable, {@code timeout} replaces the settings' request timeout
 * for this request only.
 */
public record ChatOptions(Double temperature, Integer maxTokens, Integer contextTokens, Long seed, Duration timeout) {

    public static final ChatOptions DEFAULT = new ChatOptions(null, null, null, null, null);

    public ChatOptions {
        if (temperature != null && (temperature.isNaN() || temperature < 0 || temperature > 2)) {
            throw new IllegalArgumentException("temperature must be between 0 and 2, was " + temperature);
        }
        if (maxTokens != null && maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be positive, was " + maxTokens);
        }
        if (contextTokens != null && contextTokens < 1) {
            throw new IllegalArgumentException("contextTokens must be positive, was " + contextTokens);
        }
        if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }

    public ChatOptions withTemperature(double value) {
        return new ChatOptions(value, maxTokens, contextTokens, seed, timeout);
    }

    public ChatOptions withMaxTokens(int value) {
        return new ChatOptions(temperature, value, contextTokens, seed, timeout);
    }

    public ChatOptions withContextTokens(int value) {
        return new ChatOptions(temperature, maxTokens, value, seed, timeout);
    }

    public ChatOptions withSeed(long value) {
        return new ChatOptions(temperature, maxTokens, contextTokens, value, timeout);
    }

    public ChatOptions withTimeout(Duration value) {
        return new ChatOptions(temperature, maxTokens, contextTokens, seed, value);
    }
}
