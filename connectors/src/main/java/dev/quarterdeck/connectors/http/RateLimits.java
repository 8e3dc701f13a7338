package dev.quarterdeck.connectors.http;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads how long a provider wants us to wait. Order, as GitHub documents it: {@code Retry-After} (seconds or an
 * HTTP date) wins; then an exhausted primary limit ({@code x-ratelimit-remaining: 0}) lasts until
 * {@code x-ratelimit-reset} (epoch seconds, or an ISO time from Jira); then a 429, or a 403 whose message says
 * "rate limit", is a limit that named no time.
 */
public final class RateLimits {

    private RateLimits() {
    }

    /** The wait a refused response asks for, or empty if the refusal is not a rate limit. */
    static Optional<Duration> waitFor(int status, HttpHeaders headers, String body, Instant now,
            Duration unannounced) {
        Optional<Duration> retryAfter = retryAfter(headers, now);
        if (retryAfter.isPresent()) {
            return retryAfter;
        }
        Optional<Duration> reset = exhaustedUntil(headers, now);
        if (reset.isPresent()) {
            return reset;
        }
        boolean saysRateLimit = body != null && body.toLowerCase(Locale.ROOT).contains("rate limit");
        if (status == 429 || (status == 403 && saysRateLimit)) {
            return Optional.of(unannounced);
        }
        return Optional.empty();
    }

    static Optional<Duration> retryAfter(HttpHeaders headers, Instant now) {
        return headers.firstValue("retry-after").flatMap(value -> retryAfter(value, now));
    }

    /** A {@code Retry-After} value (seconds or an HTTP date) as a wait of at least one second; empty if unreadable. */
    public static Optional<Duration> retryAfter(String headerValue, Instant now) {
        return headerValue == null ? Optional.empty() : parseRetryAfter(headerValue.strip(), now);
    }

    /** When the primary limit is used up, the time until it resets (at least one second). */
    static Optional<Duration> exhaustedUntil(HttpHeaders headers, Instant now) {
        Optional<String> remaining = headers.firstValue("x-ratelimit-remaining");
        Optional<String> reset = headers.firstValue("x-ratelimit-reset");
        if (remaining.isEmpty() || reset.isEmpty() || !remaining.get().strip().equals("0")) {
            return Optional.empty();
        }
        return resetTime(reset.get().strip()).map(resetAt -> atLeastOneSecond(Duration.between(now, resetAt)));
    }

    /** GitHub sends epoch seconds, Jira Cloud an ISO 8601 time. */
    private static Optional<Instant> resetTime(String value) {
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value)));
        } catch (NumberFormatException notEpoch) {
            try {
                return Optional.of(Instant.parse(value));
            } catch (DateTimeParseException notIso) {
                return Optional.empty();
            }
        }
    }

    private static Optional<Duration> parseRetryAfter(String value, Instant now) {
        try {
            return Optional.of(atLeastOneSecond(Duration.ofSeconds(Long.parseLong(value))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(atLeastOneSecond(Duration.between(now, at)));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static Duration atLeastOneSecond(Duration wait) {
        return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
    }
}
