package dev.quarterdeck.connectors.http;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How hard to try. Server errors and timeouts are retried up to {@code maxRetries} times with jittered exponential
 * backoff; a rate limit is waited out when the provider's wait is at most {@code maxRateLimitWait} (longer waits fail
 * fast as RATE_LIMITED so the scheduler can come back later), at most {@code maxRateLimitWaits} times per request.
 * {@code unannouncedLimitWait} is the wait for a limit that names no time (GitHub: "at least a minute").
 */
public record RetryPolicy(
        int maxRetries,
        Duration baseDelay,
        Duration maxDelay,
        Duration maxRateLimitWait,
        Duration unannouncedLimitWait,
        int maxRateLimitWaits) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30),
            Duration.ofMinutes(2), Duration.ofSeconds(60), 3);

    public RetryPolicy {
        if (maxRetries < 0 || maxRateLimitWaits < 0) {
            throw new IllegalArgumentException("retry counts must not be negative");
        }
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= baseDelay <= maxDelay");
        }
        if (maxRateLimitWait.isNegative() || unannouncedLimitWait.isNegative()) {
            throw new IllegalArgumentException("waits must not be negative");
        }
    }

    /**
     * The wait before retry number {@code retry} (1-based): half of {@code baseDelay × 2^(retry-1)} (capped at
     * {@code maxDelay}) plus a random part up to the other half, so clients that failed together spread out.
     */
    public Duration backoff(int retry, RandomGenerator random) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry is 1-based, was " + retry);
        }
        long cap = maxDelay.toMillis();
        long exponential = baseDelay.toMillis() << Math.min(retry - 1, 30);
        long ceiling = Math.min(cap, exponential < 0 ? cap : exponential);
        long half = ceiling / 2;
        return Duration.ofMillis(half + random.nextLong(ceiling - half + 1));
    }
}
