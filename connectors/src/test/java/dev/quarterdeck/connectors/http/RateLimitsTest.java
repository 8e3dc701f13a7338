package dev.quarterdeck.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private static final Duration UNANNOUNCED = Duration.ofSeconds(60);

    private static HttpHeaders headers(String... nameValues) {
        Map<String, List<String>> map = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            map.put(nameValues[i], List.of(nameValues[i + 1]));
        }
        return HttpHeaders.of(map, (a, b) -> true);
    }

    @Test
    void retryAfterInSecondsOrAsAnHttpDateWins() {
        assertThat(RateLimits.waitFor(429, headers("Retry-After", "12", "x-ratelimit-remaining", "0",
                "x-ratelimit-reset", String.valueOf(NOW.plusSeconds(999).getEpochSecond())), "", NOW, UNANNOUNCED))
                .contains(Duration.ofSeconds(12));
        assertThat(RateLimits.waitFor(503, headers("Retry-After", "Sun, 22 Nov 2026 09:02:00 GMT"), "", NOW,
                UNANNOUNCED)).contains(Duration.ofMinutes(2));
    }

    @Test
    void anExhaustedPrimaryLimitLastsUntilItsResetInEpochSecondsOrIsoTime() {
        assertThat(RateLimits.waitFor(403, headers("x-ratelimit-remaining", "0", "x-ratelimit-reset",
                String.valueOf(NOW.plusSeconds(300).getEpochSecond())), "{\"message\":\"API rate limit exceeded\"}",
                NOW, UNANNOUNCED)).contains(Duration.ofMinutes(5));
        assertThat(RateLimits.waitFor(429, headers("X-RateLimit-Remaining", "0", "X-RateLimit-Reset",
                "2026-11-22T09:00:30Z"), "", NOW, UNANNOUNCED)).contains(Duration.ofSeconds(30));
        assertThat(RateLimits.waitFor(403, headers("x-ratelimit-remaining", "0", "x-ratelimit-reset",
                String.valueOf(NOW.minusSeconds(5).getEpochSecond())), "", NOW, UNANNOUNCED))
                .contains(Duration.ofSeconds(1));
    }

    @Test
    void aLimitThatNamesNoTimeGetsTheDefaultWaitAndAPlain403IsNoLimit() {
        assertThat(RateLimits.waitFor(429, headers(), "", NOW, UNANNOUNCED)).contains(UNANNOUNCED);
        assertThat(RateLimits.waitFor(403, headers(), "{\"message\":\"You have exceeded a secondary rate limit\"}",
                NOW, UNANNOUNCED)).contains(UNANNOUNCED);
        assertThat(RateLimits.waitFor(403, headers("x-ratelimit-remaining", "4999"),
                "{\"message\":\"Resource not accessible by personal access token\"}", NOW, UNANNOUNCED)).isEmpty();
    }
}
