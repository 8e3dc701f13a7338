package dev.quarterdeck.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RandomGenerator random = RandomGenerator.of("L64X128MixRandom");

    @Test
    void backoffDoublesPerRetryWithJitterInTheUpperHalfAndStopsAtTheCap() {
        RetryPolicy policy = new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofMinutes(2),
                Duration.ofSeconds(60), 3);
        for (int i = 0; i < 200; i++) {
            assertThat(policy.backoff(1, random)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
            assertThat(policy.backoff(2, random)).isBetween(Duration.ofMillis(1000), Duration.ofMillis(2000));
            assertThat(policy.backoff(3, random)).isBetween(Duration.ofMillis(2000), Duration.ofMillis(4000));
            assertThat(policy.backoff(4, random)).isBetween(Duration.ofMillis(2500), Duration.ofMillis(5000));
            assertThat(policy.backoff(40, random)).isBetween(Duration.ofMillis(2500), Duration.ofMillis(5000));
        }
    }

    @Test
    void jitterSpreadsClientsOut() {
        Set<Duration> waits = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            waits.add(RetryPolicy.DEFAULT.backoff(3, random));
        }
        assertThat(waits).hasSizeGreaterThan(40);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.backoff(0, random)).hasMessageContaining("1-based");
        assertThatThrownBy(() -> new RetryPolicy(-1, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, 0))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ZERO,
                Duration.ZERO, 0)).hasMessageContaining("baseDelay <= maxDelay");
    }
}
