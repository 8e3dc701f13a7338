package dev.quarterdeck.connectors.github;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.quarterdeck.connectors.github.DeviceFlowException.Reason;
import dev.quarterdeck.connectors.http.ApiClient;
import dev.quarterdeck.connectors.http.ApiResponse;
import dev.quarterdeck.connectors.http.Json;
import dev.quarterdeck.connectors.http.Sleeper;
import dev.quarterdeck.core.connector.ConnectorException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Sign in with GitHub" without a browser redirect or a client secret: the OAuth 2.0 device authorization grant as
 * GitHub implements it. {@link #start()} asks {@code POST /login/device/code} for a user code; the user types it at
 * the verification page; {@link #awaitToken} polls {@code POST /login/oauth/access_token} no faster than the
 * interval GitHub gave, waits on {@code authorization_pending}, adds the time {@code slow_down} asks for, and ends on
 * {@code expired_token}, {@code access_denied} or any other refusal. The web root is a parameter so tests use a
 * local server. The device code and the token are never logged.
 */
public final class GitHubDeviceFlow {

    /** Where GitHub's OAuth endpoints live (not the API root). */
    public static final URI GITHUB_WEB = URI.create("https://github.com");
    /**
     * Asked of an OAuth app: {@code repo} is the only scope that can read issues of private repositories (GitHub has no
     * read-only one). A GitHub App ignores scopes and gets the read permissions set on the app.
     */
    public static final String SCOPE = "repo";
    static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:device_code";
    private static final Duration SLOW_DOWN_STEP = Duration.ofSeconds(5);
    private static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);
    private static final Duration REQUEST_DEADLINE = Duration.ofSeconds(30);
    /** Sleep in slices this long, so that Cancel is noticed within a second. */
    private static final Duration SLICE = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(GitHubDeviceFlow.class);

    /** Told before every wait between polls, with the interval in force (it grows on {@code slow_down}). */
    @FunctionalInterface
    public interface Progress {
        void waiting(Duration interval);
    }

    private final URI webBaseUrl;
    private final String clientId;
    private final ApiClient api;
    private final Sleeper sleeper;
    private final Clock clock;

    public GitHubDeviceFlow(URI webBaseUrl, String clientId, ApiClient api, Sleeper sleeper, Clock clock) {
        String root = webBaseUrl.toString();
        this.webBaseUrl = URI.create(root.endsWith("/") ? root.substring(0, root.length() - 1) : root);
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("A GitHub client id is needed to sign in with GitHub");
        }
        this.clientId = clientId.strip();
        this.api = api;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** Against github.com with real time. */
    public static GitHubDeviceFlow standard(String clientId) {
        return new GitHubDeviceFlow(GITHUB_WEB, clientId, ApiClient.standard("GitHub sign-in"), Sleeper.SYSTEM,
                Clock.systemUTC());
    }

    /** Asks GitHub for a device code and the user code to show. */
    public DeviceCode start() throws DeviceFlowException {
        JsonNode answer = post("/login/device/code", Map.of("client_id", clientId, "scope", SCOPE));
        refuseOnError(answer);
        String deviceCode = Json.text(answer, "device_code");
        String userCode = Json.text(answer, "user_code");
        String verification = Json.text(answer, "verification_uri");
        if (deviceCode == null || userCode == null || verification == null) {
            throw new DeviceFlowException(Reason.REFUSED,
                    "GitHub sent a device code answer we cannot read (no device_code, user_code or verification_uri)");
        }
        long expiresIn = answer.path("expires_in").asLong(900);
        long interval = answer.path("interval").asLong(DEFAULT_INTERVAL.toSeconds());
        DeviceCode code = new DeviceCode(deviceCode, userCode, URI.create(verification),
                clock.instant().plusSeconds(expiresIn), Duration.ofSeconds(Math.max(1, interval)));
        LOG.debug("GitHub device code issued: {}", code);
        return code;
    }

    /**
     * Polls until the user approves (the access token, for the caller to store and wipe), denies, the code expires
     * or {@code cancelled} turns true.
     */
    public char[] awaitToken(DeviceCode code, BooleanSupplier cancelled, Progress progress)
            throws DeviceFlowException {
        Duration interval = code.interval();
        while (true) {
            progress.waiting(interval);
            pause(interval, cancelled);
            if (!clock.instant().isBefore(code.expiresAt())) {
                throw expired();
            }
            JsonNode answer = post("/login/oauth/access_token",
                    Map.of("client_id", clientId, "device_code", code.deviceCode(), "grant_type", GRANT_TYPE));
            String token = Json.text(answer, "access_token");
            if (token != null && !token.isBlank()) {
                LOG.debug("GitHub sign-in approved (scope {})", Json.text(answer, "scope"));
                return token.toCharArray();
            }
            String error = Json.text(answer, "error");
            if (error == null) {
                throw new DeviceFlowException(Reason.REFUSED, "GitHub sent a token answer we cannot read");
            }
            switch (error) {
                case "authorization_pending" -> LOG.debug("GitHub sign-in pending");
                case "slow_down" -> {
                    long told = answer.path("interval").asLong(0);
                    Duration next = told > 0 ? Duration.ofSeconds(told) : interval.plus(SLOW_DOWN_STEP);
                    interval = next.compareTo(interval) > 0 ? next : interval.plus(SLOW_DOWN_STEP);
                    LOG.debug("GitHub asked to poll more slowly: every {} s", interval.toSeconds());
                }
                case "expired_token" -> throw expired();
                case "access_denied" -> throw new DeviceFlowException(Reason.DENIED,
                        "Sign-in was cancelled on GitHub: Quarterdeck was not given access.");
                default -> throw refused(answer);
            }
        }
    }

    private static DeviceFlowException expired() {
        return new DeviceFlowException(Reason.EXPIRED,
                "The code expired before it was entered on GitHub. Start again for a new code.");
    }

    private void pause(Duration interval, BooleanSupplier cancelled) throws DeviceFlowException {
        Duration left = interval;
        try {
            while (!left.isZero() && !left.isNegative()) {
                if (cancelled.getAsBoolean()) {
                    throw cancelled();
                }
                Duration step = left.compareTo(SLICE) > 0 ? SLICE : left;
                sleeper.sleep(step);
                left = left.minus(step);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancelled();
        }
        if (cancelled.getAsBoolean()) {
            throw cancelled();
        }
    }

    private static DeviceFlowException cancelled() {
        return new DeviceFlowException(Reason.CANCELLED, "Sign-in with GitHub was cancelled.");
    }

    private static void refuseOnError(JsonNode answer) throws DeviceFlowException {
        if (Json.text(answer, "error") != null) {
            throw refused(answer);
        }
    }

    private static DeviceFlowException refused(JsonNode answer) {
        String error = Json.text(answer, "error");
        String description = Json.text(answer, "error_description");
        String advice = switch (error) {
            case "device_flow_disabled" -> " Enable “Device flow” in the GitHub app's settings.";
            case "incorrect_client_credentials", "Not Found" ->
                    " Check the client id: it is on the GitHub app's settings page.";
            default -> "";
        };
        return new DeviceFlowException(Reason.REFUSED, "GitHub refused the sign-in (" + error
                + (description == null ? "" : ": " + description) + ")." + advice);
    }

    /** A form POST asking for JSON (GitHub answers form-encoded text otherwise); errors may come with any status. */
    private JsonNode post(String path, Map<String, String> form) throws DeviceFlowException {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(webBaseUrl + path))
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        ApiResponse response;
        try {
            response = api.exchange(request, null, REQUEST_DEADLINE);
        } catch (ConnectorException e) {
            throw new DeviceFlowException(Reason.OFFLINE, e.getMessage(), e);
        }
        JsonNode answer = null;
        try {
            answer = response.body() == null || response.body().isBlank() ? null : Json.MAPPER.readTree(response.body());
        } catch (JacksonException e) {
            answer = null;
        }
        if (answer == null || !answer.isObject()) {
            throw new DeviceFlowException(Reason.REFUSED, "GitHub answered " + path + " with " + response.status()
                    + " and a body we cannot read");
        }
        if (response.status() >= 500) {
            throw new DeviceFlowException(Reason.OFFLINE, "GitHub failed with " + response.status() + " (" + path
                    + "); try again in a moment.");
        }
        if (response.status() / 100 != 2 && Json.text(answer, "error") == null) {
            throw new DeviceFlowException(Reason.REFUSED, "GitHub refused " + path + " (" + response.status() + ")");
        }
        return answer;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
