package dev.quarterdeck.connectors.fake;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GitHub's device flow endpoints on github.com (not api.github.com), for tests: {@code POST /login/device/code}
 * and {@code POST /login/oauth/access_token}, answering JSON when asked with {@code Accept: application/json} as
 * GitHub does — errors included, with status 200. Like GitHub it answers {@code slow_down} (and raises the interval
 * by 5 s) to a poll that comes before the interval has passed, {@code expired_token} after {@code expires_in},
 * {@code authorization_pending} until the simulated user acts, then the token or {@code access_denied}. Time is the
 * given clock, so tests with a manual clock run at once.
 */
public final class FakeGitHubLogin extends FakeApiServer {

    public static final String USER_CODE = "WDJB-MJHT";
    public static final String TOKEN = "gho_16C7e42F292c6912E7710c838347Ae178B4a";
    private static final String DEVICE_CODE = "3584d83530557fdd1f46af8289938c8ef79f9dc5";

    /** What the simulated user does with the code. */
    public enum User { NOTHING_YET, APPROVES, DENIES }

    private final String clientId;
    private final Clock clock;
    private final Duration expiresIn;
    private boolean deviceFlowEnabled = true;
    private User user = User.NOTHING_YET;
    private int pendingPollsBeforeUserActs;
    private Duration interval = Duration.ofSeconds(5);
    private Instant issuedAt;
    private Instant lastPoll;
    private int tooEarlyPolls;

    public FakeGitHubLogin(String clientId, Clock clock, Duration expiresIn) {
        this.clientId = clientId;
        this.clock = clock;
        this.expiresIn = expiresIn;
    }

    /** After {@code pendingPolls} polls answered {@code authorization_pending}, the user does {@code what}. */
    public synchronized void userWill(User what, int pendingPolls) {
        this.user = what;
        this.pendingPollsBeforeUserActs = pendingPolls;
    }

    /** As when the app's owner has not ticked "Enable Device Flow". */
    public synchronized void disableDeviceFlow() {
        deviceFlowEnabled = false;
    }

    /** Polls that came before the interval had passed (each one was answered {@code slow_down}). */
    public synchronized int tooEarlyPolls() {
        return tooEarlyPolls;
    }

    @Override
    protected synchronized Answer answer(Recorded request, String body) throws IOException {
        Map<String, String> form = query(body);
        if (!request.method().equals("POST")) {
            return Answer.json(404, Map.of("error", "Not Found"), Map.of());
        }
        if (!"application/json".equals(request.header("accept"))) {
            // GitHub's default is form encoding; the client must ask for JSON.
            return new Answer(200, Map.of("Content-Type", "application/x-www-form-urlencoded"),
                    "error=unsupported_accept");
        }
        if (!clientId.equals(form.get("client_id"))) {
            return error("incorrect_client_credentials", "The client_id and/or client_secret passed are incorrect.");
        }
        if (!deviceFlowEnabled) {
            return error("device_flow_disabled", "Device flow must be explicitly enabled for this App");
        }
        return switch (request.path()) {
            case "/login/device/code" -> deviceCode();
            case "/login/oauth/access_token" -> token(form);
            default -> Answer.json(404, Map.of("error", "Not Found"), Map.of());
        };
    }

    private Answer deviceCode() {
        issuedAt = clock.instant();
        lastPoll = null;
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("device_code", DEVICE_CODE);
        answer.put("user_code", USER_CODE);
        answer.put("verification_uri", baseUrl() + "/login/device");
        answer.put("expires_in", expiresIn.toSeconds());
        answer.put("interval", interval.toSeconds());
        return Answer.json(200, answer, Map.of());
    }

    private Answer token(Map<String, String> form) {
        if (!"urn:ietf:params:oauth:grant-type:device_code".equals(form.get("grant_type"))) {
            return error("unsupported_grant_type", "The grant type must be urn:ietf:params:oauth:grant-type:device_code");
        }
        if (!DEVICE_CODE.equals(form.get("device_code")) || issuedAt == null) {
            return error("incorrect_device_code", "The device_code provided is not valid.");
        }
        Instant now = clock.instant();
        if (!now.isBefore(issuedAt.plus(expiresIn))) {
            return error("expired_token", "The device_code has expired.");
        }
        if (lastPoll != null && Duration.between(lastPoll, now).compareTo(interval) < 0) {
            tooEarlyPolls++;
            lastPoll = now;
            interval = interval.plusSeconds(5);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("error", "slow_down");
            answer.put("error_description", "Too many requests have been made in the same timeframe.");
            answer.put("error_uri", "https://docs.github.com/developers/apps/authorizing-oauth-apps#error-codes");
            answer.put("interval", interval.toSeconds());
            return Answer.json(200, answer, Map.of());
        }
        lastPoll = now;
        if (user == User.NOTHING_YET || pendingPollsBeforeUserActs > 0) {
            pendingPollsBeforeUserActs--;
            return error("authorization_pending", "The authorization request is still pending.");
        }
        if (user == User.DENIES) {
            return error("access_denied", "The authorization request was denied.");
        }
        return Answer.json(200, Map.of("access_token", TOKEN, "token_type", "bearer", "scope", "repo"), Map.of());
    }

    /** Simulates a client that polled too early next time: the next poll is answered slow_down. */
    public synchronized void pollTooEarlyNextTime() {
        lastPoll = clock.instant().plus(Duration.ofDays(1));
    }

    private static Answer error(String code, String description) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("error", code);
        answer.put("error_description", description);
        answer.put("error_uri", "https://docs.github.com/developers/apps/authorizing-oauth-apps#error-codes");
        return Answer.json(200, answer, Map.of());
    }
}
