package dev.quarterdeck.connectors.google;

import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.auth.oauth2.TokenErrorResponse;
import com.google.api.client.auth.oauth2.TokenResponseException;
import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.googleapis.services.json.AbstractGoogleJsonClientRequest;
import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpResponseException;
import dev.quarterdeck.connectors.google.oauth.GoogleAuthorization;
import dev.quarterdeck.connectors.http.ApiClient;
import dev.quarterdeck.connectors.http.RateLimits;
import dev.quarterdeck.connectors.http.Redactor;
import dev.quarterdeck.connectors.http.RetryPolicy;
import dev.quarterdeck.connectors.http.Sleeper;
import dev.quarterdeck.core.connector.ConnectorException;
import dev.quarterdeck.core.connector.ConnectorException.Kind;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs requests of Google's generated clients (Gmail, Calendar, Drive) with the rules {@link ApiClient} applies to
 * the other providers, since these clients bring their own HTTP stack and no backoff of their own:
 * <ul>
 * <li>the access token is refreshed before it expires and once on a 401; a refresh token Google no longer accepts
 * ({@code invalid_grant}: revoked, password changed, 7-day Testing limit) or a 401 that a refresh does not cure is
 * AUTH_REQUIRED ("Reconnect needed");</li>
 * <li>429, and 403 with reason {@code rateLimitExceeded}/{@code userRateLimitExceeded}, wait as {@code Retry-After}
 * says or with jittered exponential backoff (Google's advice), then fail as RATE_LIMITED;</li>
 * <li>5xx and timeouts are retried with backoff, then SERVER_ERROR / OFFLINE;</li>
 * <li>a body that is not the JSON the client expects is MALFORMED_RESPONSE: the body is read as text first and
 * parsed after, so a parse failure is never mistaken for a network failure;</li>
 * <li>other refusals are REJECTED with Google's own message; an expected status (history too old, sync token
 * expired) comes back as an empty result through {@link #executeUnless}.</li>
 * </ul>
 * Requests are logged by method and path only; Google's text passes the connection's {@link Redactor}.
 */
public final class GoogleCalls {

    private static final Logger log = LoggerFactory.getLogger(GoogleCalls.class);
    private static final Set<String> RATE_LIMIT_REASONS = Set.of("rateLimitExceeded", "userRateLimitExceeded",
            "RATE_LIMIT_EXCEEDED", "sharingRateLimitExceeded");
    private static final Set<String> QUOTA_REASONS = Set.of("dailyLimitExceeded", "quotaExceeded");
    private static final Set<String> SCOPE_REASONS = Set.of("insufficientPermissions",
            "ACCESS_TOKEN_SCOPE_INSUFFICIENT");
    private static final Set<String> API_DISABLED_REASONS = Set.of("accessNotConfigured", "SERVICE_DISABLED");
    /** Credential refreshes on its own when a minute or less is left; we do it first, to see the failures. */
    private static final long REFRESH_MARGIN_SECONDS = 60;

    private final String service;
    private final GoogleAuthorization authorization;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final RandomGenerator random;

    public GoogleCalls(String service, GoogleAuthorization authorization, RetryPolicy policy, Sleeper sleeper,
            Clock clock, RandomGenerator random) {
        this.service = service;
        this.authorization = authorization;
        this.policy = policy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.random = random;
    }

    public static GoogleCalls standard(String service, GoogleAuthorization authorization) {
        return new GoogleCalls(service, authorization, RetryPolicy.DEFAULT, Sleeper.SYSTEM, Clock.systemUTC(),
                RandomGenerator.getDefault());
    }

    public String service() {
        return service;
    }

    public GoogleAuthorization authorization() {
        return authorization;
    }

    /**
     * What a service client needs for its requests: the connection's timeouts and quiet logging, the signed-in
     * credential (bearer token, refresh on 401), and a single retry after such a refresh.
     */
    public HttpRequestInitializer requestInitializer() throws ConnectorException {
        Credential credential = authorization.credential();
        HttpRequestInitializer settings = authorization.requestSettings();
        return request -> {
            settings.initialize(request);
            credential.initialize(request);
            request.setNumberOfRetries(1);
        };
    }

    /** Sends the request and parses its answer, applying the rules above. */
    public <T> T execute(AbstractGoogleJsonClientRequest<T> request) throws ConnectorException {
        return send(request, -1).orElseThrow(() -> malformed(service, "an empty answer", describe(request)));
    }

    /**
     * Like {@link #execute}, but an answer with {@code status} (e.g. Gmail's 404 for a history id that is too old,
     * Calendar's 410 for an expired sync token) comes back empty instead of failing.
     */
    public <T> Optional<T> executeUnless(int status, AbstractGoogleJsonClientRequest<T> request)
            throws ConnectorException {
        return send(request, status);
    }

    /** A MALFORMED_RESPONSE for an answer whose JSON parsed but lacks what the connector needs. */
    public static ConnectorException malformed(String service, String problem, String what) {
        return new ConnectorException(Kind.MALFORMED_RESPONSE, service + " sent a response we cannot read ("
                + problem + ") for " + what);
    }

    /**
     * The next page token, or null at the end. A token already seen means the listing would never end: that answer
     * is malformed.
     */
    public static String nextPage(String service, String token, Set<String> seen, String what)
            throws ConnectorException {
        if (token == null || token.isBlank()) {
            return null;
        }
        if (!seen.add(token)) {
            throw malformed(service, "a page token that repeats", what);
        }
        return token;
    }

    private <T> Optional<T> send(AbstractGoogleJsonClientRequest<T> request, int tolerated)
            throws ConnectorException {
        String what = describe(request);
        int retries = 0;
        int rateLimitWaits = 0;
        while (true) {
            Credential credential = authorization.credential();
            long started = System.nanoTime();
            try {
                freshen(credential, what);
                HttpResponse response = request.executeUnparsed();
                String body;
                try {
                    body = response.parseAsString();
                } finally {
                    response.disconnect();
                }
                log.debug("{} {} -> {} in {} ms", service, what, response.getStatusCode(), millisSince(started));
                return Optional.of(parse(body, request, what));
            } catch (TokenResponseException e) {
                throw refreshRefused(e, what);
            } catch (HttpResponseException e) {
                int status = e.getStatusCode();
                log.debug("{} {} -> {} in {} ms", service, what, status, millisSince(started));
                if (status == tolerated) {
                    return Optional.empty();
                }
                GoogleJsonError details = e instanceof GoogleJsonResponseException json ? json.getDetails() : null;
                String reason = reason(details);
                String detail = detail(details);
                if (status == 429 || (status == 403 && RATE_LIMIT_REASONS.contains(reason))) {
                    Optional<Duration> told = RateLimits.retryAfter(e.getHeaders().getRetryAfter(),
                            clock.instant());
                    Duration wait = told.isPresent() ? told.get() : policy.backoff(rateLimitWaits + 1, random);
                    if (rateLimitWaits >= policy.maxRateLimitWaits()
                            || wait.compareTo(policy.maxRateLimitWait()) > 0) {
                        throw ConnectorException.rateLimited(service + " rate limit reached (" + status + detail
                                + "); try again in " + ApiClient.humanise(wait) + ".", wait);
                    }
                    rateLimitWaits++;
                    log.debug("{} {} rate limited ({}, {}); waiting {} ms", service, what, status, reason,
                            wait.toMillis());
                    pause(wait);
                    continue;
                }
                if (status >= 500 && retries < policy.maxRetries()) {
                    retries++;
                    Duration wait = policy.backoff(retries, random);
                    Optional<Duration> told = RateLimits.retryAfter(e.getHeaders().getRetryAfter(),
                            clock.instant());
                    if (told.isPresent() && told.get().compareTo(wait) > 0
                            && told.get().compareTo(policy.maxRateLimitWait()) <= 0) {
                        wait = told.get();
                    }
                    log.debug("{} {} failed with {}; retry {} of {} in {} ms", service, what, status, retries,
                            policy.maxRetries(), wait.toMillis());
                    pause(wait);
                    continue;
                }
                if (status >= 500) {
                    throw new ConnectorException(Kind.SERVER_ERROR, service + " failed with " + status + detail
                            + " (" + what + ", " + (retries + 1) + " attempts)");
                }
                throw refusal(status, reason, detail, what);
            } catch (RefreshUnavailable | SocketTimeoutException e) {
                if (retries < policy.maxRetries()) {
                    retries++;
                    Duration wait = policy.backoff(retries, random);
                    log.debug("{} {}: {}; retry {} of {} in {} ms", service, what, e.getMessage(), retries,
                            policy.maxRetries(), wait.toMillis());
                    pause(wait);
                    continue;
                }
                if (e instanceof RefreshUnavailable) {
                    throw new ConnectorException(Kind.SERVER_ERROR, "Google's sign-in service could not renew the "
                            + "access for " + service + " (" + (retries + 1) + " attempts); try again later.");
                }
                throw new ConnectorException(Kind.OFFLINE, service + " did not answer in time (" + what + ", "
                        + (retries + 1) + " attempts)");
            } catch (IOException e) {
                throw new ConnectorException(Kind.OFFLINE, service + " cannot be reached (" + what + "): "
                        + redactor().redact(e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : " " + e.getMessage())));
            }
        }
    }

    /** A 4xx that waiting will not cure, in terms of what the user can do about it. */
    private ConnectorException refusal(int status, String reason, String detail, String what) {
        if (status == 401) {
            return new ConnectorException(Kind.AUTH_REQUIRED, "Reconnect needed: Google did not accept the saved "
                    + "sign-in for " + service + " (401" + detail + ").");
        }
        if (status == 403 && QUOTA_REASONS.contains(reason)) {
            return new ConnectorException(Kind.RATE_LIMITED, service + " quota of your Google Cloud project is used "
                    + "up (403" + detail + "); syncing resumes when it resets.");
        }
        if (status == 403 && SCOPE_REASONS.contains(reason)) {
            return new ConnectorException(Kind.AUTH_REQUIRED, "Reconnect needed: the Google sign-in lacks the "
                    + "permission " + service + " needs (403" + detail + "). Connect again and allow every "
                    + "permission.");
        }
        if (status == 403 && API_DISABLED_REASONS.contains(reason)) {
            return new ConnectorException(Kind.REJECTED, "The " + service + " API is not enabled in your Google "
                    + "Cloud project (403" + detail + "). Enable it there and sync again.");
        }
        return new ConnectorException(Kind.REJECTED, service + " refused " + what + " (" + status + detail + ")");
    }

    /**
     * Renews the access token when it is missing or about to expire. {@code Credential} would do it too, but it
     * swallows a failing token endpoint (5xx) and sends the stale token anyway, which then looks like a revoked
     * sign-in; here that case is retried instead.
     */
    private void freshen(Credential credential, String what) throws IOException {
        Long expiresIn = credential.getExpiresInSeconds();
        if (credential.getAccessToken() != null && (expiresIn == null || expiresIn > REFRESH_MARGIN_SECONDS)) {
            return;
        }
        log.debug("{} {}: renewing the Google access token", service, what);
        if (!credential.refreshToken()) {
            throw new RefreshUnavailable();
        }
    }

    private <T> T parse(String body, AbstractGoogleJsonClientRequest<T> request, String what)
            throws ConnectorException {
        if (body == null || body.isBlank()) {
            throw malformed(service, "an empty body", what);
        }
        try {
            T parsed = request.getAbstractGoogleClient().getJsonFactory().fromString(body,
                    request.getResponseClass());
            if (parsed == null) {
                throw malformed(service, "an empty document", what);
            }
            return parsed;
        } catch (IOException | RuntimeException e) {
            // Truncated JSON ends in anything from an IOException to a NullPointerException inside the client's
            // parser, and its message may quote the body: say only what kind of failure it was.
            throw malformed(service, "invalid JSON: " + e.getClass().getSimpleName(), what);
        }
    }

    private ConnectorException refreshRefused(TokenResponseException e, String what) {
        TokenErrorResponse details = e.getDetails();
        String error = details == null ? null : details.getError();
        if (e.getStatusCode() >= 500 || error == null && e.getStatusCode() < 400) {
            return new ConnectorException(Kind.SERVER_ERROR, "Google's sign-in service failed with "
                    + e.getStatusCode() + " while renewing access for " + service + "; try again later.");
        }
        String description = details == null || details.getErrorDescription() == null ? ""
                : ": " + redactor().redact(details.getErrorDescription());
        if ("invalid_grant".equals(error)) {
            return new ConnectorException(Kind.AUTH_REQUIRED, "Reconnect needed: Google no longer accepts the saved "
                    + "sign-in (invalid_grant" + description + "). Access may have been removed in your Google "
                    + "account, or a consent screen in Testing ends sign-ins after 7 days.");
        }
        log.debug("{} {}: token refresh refused with {}", service, what, error);
        return new ConnectorException(Kind.AUTH_REQUIRED, "Reconnect needed: Google refused to renew access for "
                + service + " (" + (error == null ? e.getStatusCode() : error) + description + ").");
    }

    private Redactor redactor() {
        return authorization.redactor();
    }

    private String detail(GoogleJsonError details) {
        if (details == null || details.getMessage() == null || details.getMessage().isBlank()) {
            return "";
        }
        String message = redactor().redact(details.getMessage().strip());
        return ": " + (message.length() <= 300 ? message : message.substring(0, 300) + "…");
    }

    private static String reason(GoogleJsonError details) {
        if (details == null || details.getErrors() == null || details.getErrors().isEmpty()) {
            return "";
        }
        String reason = details.getErrors().get(0).getReason();
        return reason == null ? "" : reason;
    }

    private static String describe(AbstractGoogleJsonClientRequest<?> request) {
        return request.getRequestMethod() + " " + request.buildHttpRequestUrl().getRawPath();
    }

    private void pause(Duration wait) throws ConnectorException {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(Kind.OFFLINE, service + " sync was interrupted");
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** The token endpoint failed without refusing (5xx): worth another try. */
    private static final class RefreshUnavailable extends IOException {
        private static final long serialVersionUID = 1L;

        RefreshUnavailable() {
            super("the token endpoint did not renew the access token");
        }
    }
}
