package dev.quarterdeck.connectors.fake;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the local Gmail, Calendar and Drive fakes share: bearer tokens checked against the fake authorization
 * server (401 with {@code WWW-Authenticate: Bearer … error="invalid_token"} as Google sends it, which is what makes
 * google-oauth-client refresh), and Google's JSON error body
 * {@code {"error":{"code","message","errors":[{"message","domain","reason"}],"status"}}}.
 */
public abstract class FakeGoogleApi extends FakeApiServer {

    private final FakeGoogleAuthServer auth;

    protected FakeGoogleApi(FakeGoogleAuthServer auth) {
        this.auth = auth;
    }

    /** A Google error answer, e.g. {@code error(429, "RESOURCE_EXHAUSTED", "rateLimitExceeded", "usageLimits", …)}. */
    public static String errorJson(int code, String status, String reason, String domain, String message) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("message", message);
        item.put("domain", domain);
        item.put("reason", reason);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        error.put("errors", List.of(item));
        error.put("status", status);
        try {
            return JSON.writeValueAsString(Map.of("error", error));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static Answer error(int code, String status, String reason, String domain, String message) {
        return new Answer(code, Map.of("Content-Type", "application/json; charset=UTF-8"),
                errorJson(code, status, reason, domain, message));
    }

    protected static Answer notFound() {
        return error(404, "NOT_FOUND", "notFound", "global", "Requested entity was not found.");
    }

    protected static Answer invalid(String message) {
        return error(400, "INVALID_ARGUMENT", "invalid", "global", message);
    }

    protected static String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    @Override
    protected final Answer answer(Recorded request, String body) throws IOException {
        if (!auth.accepts(request.header("authorization"))) {
            return new Answer(401, Map.of("Content-Type", "application/json; charset=UTF-8",
                    "WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\""),
                    errorJson(401, "UNAUTHENTICATED", "authError", "global", "Request had invalid authentication "
                            + "credentials. Expected OAuth 2 access token, login cookie or other valid "
                            + "authentication credential."));
        }
        if (!"GET".equals(request.method())) {
            return error(405, "METHOD_NOT_ALLOWED", "methodNotAllowed", "global", "Method not allowed");
        }
        return get(request);
    }

    /** The API's answer to an authenticated GET. */
    protected abstract Answer get(Recorded request);

    /** Offset-based page tokens: opaque to the client, as Google's are. */
    protected static int offset(String pageToken) {
        if (pageToken == null || pageToken.isEmpty()) {
            return 0;
        }
        if (!pageToken.startsWith("p")) {
            return -1;
        }
        try {
            return Integer.parseInt(pageToken.substring(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    protected static int pageSize(String value, int byDefault, int max) {
        if (value == null) {
            return byDefault;
        }
        return Math.max(1, Math.min(max, Integer.parseInt(value)));
    }
}
