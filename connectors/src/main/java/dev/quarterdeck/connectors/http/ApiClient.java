package dev.quarterdeck.connectors.http;

import dev.quarterdeck.core.connector.ConnectorException;
import dev.quarterdeck.core.connector.ConnectorException.Kind;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one provider's requests with the retry rules every connector shares: 5xx and timeouts are retried with
 * jittered backoff, rate limits are waited out as the provider says (or fail fast when the wait is too long), 401
 * means the user must reconnect, other refusals are reported with the provider's own message. Returns only 2xx and
 * 304 responses. Secrets never reach a log line or a message: requests are logged by method and path only, and
 * provider text passes through the request's {@link Redactor}. One instance per connected account (it remembers an
 * exhausted rate limit between requests); thread-safe.
 *
 * <p>{@link #exchange} and {@link #openLines} are the single-attempt forms for calls that must not be repeated
 * behind the caller's back, such as a language model generating for two minutes: they return any status and leave
 * its meaning to the caller. Timeouts are reported as OFFLINE with an {@link HttpTimeoutException} as the cause.
 */
public final class ApiClient {

    private static final Logger log = LoggerFactory.getLogger(ApiClient.class);

    private final String service;
    private final HttpClient http;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final RandomGenerator random;
    private volatile Instant primaryLimitResetsAt = Instant.MIN;

    public ApiClient(String service, HttpClient http, RetryPolicy policy, Sleeper sleeper, Clock clock,
            RandomGenerator random) {
        this.service = service;
        this.http = http;
        this.policy = policy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.random = random;
    }

    /** A client with the JDK's HTTP client (10 s connect timeout), the default policy and real time. */
    public static ApiClient standard(String service) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new ApiClient(service, http, RetryPolicy.DEFAULT, Sleeper.SYSTEM, Clock.systemUTC(),
                RandomGenerator.getDefault());
    }

    public String service() {
        return service;
    }

    /** Adds the Authorization header (when {@code auth} is not null), sends, and applies the retry rules. */
    public ApiResponse send(HttpRequest.Builder builder, AuthHeader auth) throws ConnectorException {
        if (auth != null) {
            builder.setHeader("Authorization", auth.value());
        }
        HttpRequest request = builder.build();
        Redactor redactor = auth == null ? Redactor.NONE : auth.redactor();
        String what = request.method() + " " + request.uri().getPath();
        int retries = 0;
        int rateLimitWaits = 0;
        while (true) {
            awaitPrimaryLimitReset(what);
            HttpResponse<String> response;
            long started = System.nanoTime();
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (HttpTimeoutException e) {
                if (retries < policy.maxRetries()) {
                    retries++;
                    Duration wait = policy.backoff(retries, random);
                    log.debug("{} {} timed out; retry {} of {} in {} ms", service, what, retries,
                            policy.maxRetries(), wait.toMillis());
                    pause(wait);
                    continue;
                }
                throw new ConnectorException(Kind.OFFLINE, service + " did not answer in time (" + what + ", "
                        + (retries + 1) + " attempts)");
            } catch (IOException e) {
                throw new ConnectorException(Kind.OFFLINE, service + " cannot be reached (" + what + "): "
                        + redactor.redact(describe(e)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectorException(Kind.OFFLINE, service + " sync was interrupted");
            }
            int status = response.statusCode();
            log.debug("{} {} -> {} in {} ms (rate limit remaining {})", service, what, status,
                    (System.nanoTime() - started) / 1_000_000,
                    response.headers().firstValue("x-ratelimit-remaining").orElse("n/a"));
            rememberExhaustedLimit(response);
            if (status / 100 == 2 || status == 304) {
                return new ApiResponse(status, response.headers(), response.body(), request.uri());
            }
            String providerMessage = redactor.redact(ProviderErrors.message(response.body()));
            String detail = providerMessage.isEmpty() ? "" : ": " + providerMessage;
            if (status == 401) {
                throw new ConnectorException(Kind.AUTH_REQUIRED, service + " did not accept the credentials (401"
                        + detail + "). Reconnect with a new token.");
            }
            if (status == 403 || status == 429) {
                Optional<Duration> wait = RateLimits.waitFor(status, response.headers(), response.body(),
                        clock.instant(), policy.unannouncedLimitWait());
                if (wait.isPresent()) {
                    if (wait.get().compareTo(policy.maxRateLimitWait()) > 0
                            || rateLimitWaits >= policy.maxRateLimitWaits()) {
                        throw ConnectorException.rateLimited(service + " rate limit reached (" + status + detail
                                + "); try again in " + humanise(wait.get()) + ".", wait.get());
                    }
                    rateLimitWaits++;
                    log.debug("{} {} rate limited ({}); waiting {} s as told", service, what, status,
                            wait.get().toSeconds());
                    pause(wait.get());
                    continue;
                }
                throw new ConnectorException(Kind.AUTH_REQUIRED, service + " refused access (403" + detail
                        + "). The token may lack a permission: reconnect with one that has it.");
            }
            if (status >= 500) {
                if (retries < policy.maxRetries()) {
                    retries++;
                    Duration wait = policy.backoff(retries, random);
                    Optional<Duration> told = RateLimits.retryAfter(response.headers(), clock.instant());
                    if (told.isPresent() && told.get().compareTo(wait) > 0
                            && told.get().compareTo(policy.maxRateLimitWait()) <= 0) {
                        wait = told.get();
                    }
                    log.debug("{} {} failed with {}; retry {} of {} in {} ms", service, what, status, retries,
                            policy.maxRetries(), wait.toMillis());
                    pause(wait);
                    continue;
                }
                throw new ConnectorException(Kind.SERVER_ERROR, service + " failed with " + status + detail
                        + " (" + what + ", " + (retries + 1) + " attempts)");
            }
            throw new ConnectorException(Kind.REJECTED, service + " refused " + what + " (" + status + detail + ")");
        }
    }

    /**
     * One attempt, no retry rules: the answer whatever its status, or OFFLINE when nothing complete came back within
     * {@code deadline} (which covers the whole body, not only the headers) or the server cannot be reached.
     */
    public ApiResponse exchange(HttpRequest.Builder builder, AuthHeader auth, Duration deadline)
            throws ConnectorException {
        HttpRequest request = authorise(builder, auth).timeout(deadline).build();
        Redactor redactor = auth == null ? Redactor.NONE : auth.redactor();
        String what = request.method() + " " + request.uri().getPath();
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> pending = http.sendAsync(request,
                HttpResponse.BodyHandlers.ofString());
        try {
            HttpResponse<String> response = pending.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
            log.debug("{} {} -> {} in {} ms", service, what, response.statusCode(),
                    (System.nanoTime() - started) / 1_000_000);
            return new ApiResponse(response.statusCode(), response.headers(), response.body(), request.uri());
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw timedOut(what, deadline, new HttpTimeoutException("no complete answer within " + deadline));
        } catch (ExecutionException e) {
            Throwable cause = LineStream.unwrap(e);
            if (cause instanceof HttpTimeoutException timeout) {
                throw timedOut(what, deadline, timeout);
            }
            String reason = cause instanceof IOException io ? describe(io) : cause.getClass().getSimpleName();
            throw new ConnectorException(Kind.OFFLINE, service + " cannot be reached (" + what + "): "
                    + redactor.redact(reason), cause);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new ConnectorException(Kind.OFFLINE, service + " request was interrupted (" + what + ")");
        }
    }

    /**
     * One attempt whose body is read line by line as it arrives. Returns at once, before the server answers, so that
     * the caller can register {@link LineStream#abort()} with a Stop button; then {@link LineStream#status()} waits
     * for the status. The status and each line must come within {@code idleTimeout}. Close the stream when done:
     * closing before the end drops the connection.
     */
    public LineStream openLines(HttpRequest.Builder builder, AuthHeader auth, Duration idleTimeout) {
        HttpRequest request = authorise(builder, auth).timeout(idleTimeout).build();
        Redactor redactor = auth == null ? Redactor.NONE : auth.redactor();
        String what = request.method() + " " + request.uri().getPath();
        LineStream stream = new LineStream(service, what, idleTimeout, redactor);
        stream.watch(http.sendAsync(request, stream.bodyHandler()));
        return stream;
    }

    private static HttpRequest.Builder authorise(HttpRequest.Builder builder, AuthHeader auth) {
        if (auth != null) {
            builder.setHeader("Authorization", auth.value());
        }
        return builder;
    }

    private ConnectorException timedOut(String what, Duration deadline, HttpTimeoutException cause) {
        return new ConnectorException(Kind.OFFLINE, service + " did not answer within " + humanise(deadline) + " ("
                + what + ")", cause);
    }

    private void rememberExhaustedLimit(HttpResponse<String> response) {
        RateLimits.exhaustedUntil(response.headers(), clock.instant())
                .ifPresent(wait -> primaryLimitResetsAt = clock.instant().plus(wait));
    }

    /** After a response said the primary limit is used up, the next request waits for the reset first. */
    private void awaitPrimaryLimitReset(String what) throws ConnectorException {
        Duration wait = Duration.between(clock.instant(), primaryLimitResetsAt);
        if (wait.isNegative() || wait.isZero()) {
            return;
        }
        if (wait.compareTo(policy.maxRateLimitWait()) > 0) {
            throw ConnectorException.rateLimited(service + " rate limit used up; try again in " + humanise(wait)
                    + ".", wait);
        }
        log.debug("{} {} waits {} s for the rate limit to reset", service, what, wait.toSeconds());
        pause(wait);
    }

    private void pause(Duration wait) throws ConnectorException {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(Kind.OFFLINE, service + " sync was interrupted");
        }
    }

    static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " " + message);
    }

    /** A wait as users read it: "45 s", "3 min". */
    public static String humanise(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        if (seconds < 120) {
            return seconds + " s";
        }
        return (seconds + 59) / 60 + " min";
    }
}
