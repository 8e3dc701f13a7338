package dev.quarterdeck.connectors.fake;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A local Google authorization server for a "Desktop app" OAuth client, answering like accounts.google.com and
 * oauth2.googleapis.com:
 * <ul>
 * <li>{@code GET /o/oauth2/v2/auth} checks client_id, a loopback {@code redirect_uri}, {@code response_type=code},
 * the scopes, and a PKCE {@code code_challenge} with method S256, then (as the user's browser would after consent)
 * redirects to {@code redirect_uri?state=…&code=…&scope=…}; or with {@code error=access_denied} when the user is to
 * deny, or with fewer scopes when the user is to untick some;</li>
 * <li>{@code POST /token} exchanges a code only with the right client_id and client_secret ("client_secret is
 * missing." otherwise), the same redirect_uri, and a {@code code_verifier} whose SHA-256 (base64url, no padding)
 * equals the challenge; refreshes with a refresh token unless it was revoked ({@code invalid_grant}, "Token has been
 * expired or revoked."). Access tokens live an hour on the given clock.</li>
 * </ul>
 * The API fakes ask {@link #accepts(String)} whether a bearer token is valid.
 */
public final class FakeGoogleAuthServer extends FakeApiServer {

    public static final String CLIENT_ID = "123456789012-quarterdeckfake.apps.googleusercontent.com";
    public static final String CLIENT_SECRET = "GOCSPX-FakeClientSecret_9f8e7d6c5b4a";
    public static final String AUTH_PATH = "/o/oauth2/v2/auth";
    public static final String TOKEN_PATH = "/token";
    private static final long ACCESS_TOKEN_SECONDS = 3599;

    private record Grant(String redirectUri, String challenge, Set<String> scopes, boolean used) {
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> refreshTokens = new ConcurrentHashMap<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
    private final List<String> issued = new ArrayList<>();
    private final List<String> tokenBodies = new ArrayList<>();
    private volatile boolean denyConsent;
    private volatile Set<String> untickedScopes = Set.of();

    public FakeGoogleAuthServer(Clock clock) {
        this.clock = clock;
    }

    /** The JSON Google Cloud Console downloads for a Desktop app client, pointing at this server. */
    public String clientJson() {
        return clientJson(CLIENT_SECRET);
    }

    public String clientJson(String secret) {
        return "{\"installed\":{\"client_id\":\"" + CLIENT_ID + "\",\"project_id\":\"quarterdeck-test\","
                + "\"auth_uri\":\"" + baseUrl() + AUTH_PATH + "\",\"token_uri\":\"" + baseUrl() + TOKEN_PATH + "\","
                + "\"auth_provider_x509_cert_url\":\"https://www.googleapis.com/oauth2/v1/certs\","
                + "\"client_secret\":\"" + secret + "\",\"redirect_uris\":[\"http://localhost\"]}}";
    }

    /** The next consent is denied: the user clicks Cancel on Google's page. */
    public void denyNextConsent() {
        denyConsent = true;
    }

    /** On the next consent the user unticks these scopes. */
    public void untickNext(String... scopes) {
        untickedScopes = Set.of(scopes);
    }

    /** Every refresh token issued so far stops working, as when the user removes access in their account. */
    public void revokeRefreshTokens() {
        revoked.addAll(refreshTokens.keySet());
    }

    /** Every access token issued so far stops working before its expiry (the API answers 401). */
    public void invalidateAccessTokens() {
        accessTokens.replaceAll((token, expiry) -> Instant.MIN);
    }

    /** Whether {@code authorization} ("Bearer …") carries a live access token. */
    public boolean accepts(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        Instant expiry = accessTokens.get(authorization.substring("Bearer ".length()));
        return expiry != null && clock.instant().isBefore(expiry);
    }

    /** Every code, access token and refresh token handed out: none may ever appear in a log or message. */
    public synchronized List<String> issuedSecrets() {
        return List.copyOf(issued);
    }

    public List<Recorded> tokenRequests() {
        return requests(TOKEN_PATH);
    }

    /** The form parameters of every token request, in order. */
    public synchronized List<Map<String, String>> tokenForms() {
        return tokenBodies.stream().map(FakeApiServer::query).toList();
    }

    @Override
    protected Answer answer(Recorded request, String body) {
        if (request.path().equals(AUTH_PATH) && request.method().equals("GET")) {
            return authorize(request);
        }
        if (request.path().equals(TOKEN_PATH) && request.method().equals("POST")) {
            synchronized (this) {
                tokenBodies.add(body);
            }
            return token(query(body));
        }
        return new Answer(404, Map.of("Content-Type", "text/html"), "<html><body>404. That's an error.</body></html>");
    }

    private Answer authorize(Recorded request) {
        Map<String, String> q = request.query();
        if (!CLIENT_ID.equals(q.get("client_id"))) {
            return errorPage("Error 401: invalid_client", "The OAuth client was not found.");
        }
        String redirect = q.get("redirect_uri");
        URI redirectUri = redirect == null ? null : URI.create(redirect);
        if (redirectUri == null || !"http".equals(redirectUri.getScheme())
                || !"127.0.0.1".equals(redirectUri.getHost()) || redirectUri.getPort() <= 0) {
            return errorPage("Error 400: redirect_uri_mismatch", "Desktop clients must use a loopback redirect.");
        }
        if (!"code".equals(q.get("response_type"))) {
            return errorPage("Error 400: invalid_request", "Required parameter is missing: response_type");
        }
        String challenge = q.get("code_challenge");
        if (challenge == null || !"S256".equals(q.get("code_challenge_method"))
                || !challenge.matches("[A-Za-z0-9_-]{43}")) {
            return errorPage("Error 400: invalid_request", "code_challenge_method must be S256 with a "
                    + "43-character base64url challenge.");
        }
        Set<String> scopes = new LinkedHashSet<>(Arrays.asList(q.getOrDefault("scope", "").split(" ")));
        scopes.remove("");
        if (scopes.isEmpty()) {
            return errorPage("Error 400: invalid_request", "Missing required parameter: scope");
        }
        String state = q.get("state");
        StringBuilder location = new StringBuilder(redirect).append('?');
        if (state != null) {
            location.append("state=").append(encode(state)).append('&');
        }
        if (denyConsent) {
            denyConsent = false;
            location.append("error=access_denied");
            return new Answer(302, Map.of("Location", location.toString()), "");
        }
        scopes.removeAll(untickedScopes);
        untickedScopes = Set.of();
        String code = "4/0Ab" + token(40);
        codes.put(code, new Grant(redirect, challenge, scopes, false));
        remember(code);
        location.append("code=").append(encode(code)).append("&scope=").append(encode(String.join(" ", scopes)));
        return new Answer(302, Map.of("Location", location.toString()), "");
    }

    private Answer token(Map<String, String> form) {
        if (!CLIENT_ID.equals(form.get("client_id"))) {
            return tokenError(401, "invalid_client", "The OAuth client was not found.");
        }
        if (form.get("client_secret") == null) {
            return tokenError(400, "invalid_request", "client_secret is missing.");
        }
        if (!CLIENT_SECRET.equals(form.get("client_secret"))) {
            return tokenError(401, "invalid_client", "Unauthorized");
        }
        return switch (form.getOrDefault("grant_type", "")) {
            case "authorization_code" -> exchange(form);
            case "refresh_token" -> refresh(form);
            default -> tokenError(400, "unsupported_grant_type", "Invalid grant_type: " + form.get("grant_type"));
        };
    }

    private synchronized Answer exchange(Map<String, String> form) {
        String code = form.get("code");
        Grant grant = code == null ? null : codes.get(code);
        if (grant == null || grant.used()) {
            return tokenError(400, "invalid_grant", "Malformed auth code.");
        }
        codes.put(code, new Grant(grant.redirectUri(), grant.challenge(), grant.scopes(), true));
        if (!grant.redirectUri().equals(form.get("redirect_uri"))) {
            return tokenError(400, "redirect_uri_mismatch", "Bad Request");
        }
        String verifier = form.get("code_verifier");
        if (verifier == null) {
            return tokenError(400, "invalid_grant", "Missing code verifier.");
        }
        if (!verifier.matches("[A-Za-z0-9._~-]{43,128}") || !s256(verifier).equals(grant.challenge())) {
            return tokenError(400, "invalid_grant", "Invalid code verifier.");
        }
        String refresh = "1//0g" + token(60);
        refreshTokens.put(refresh, grant.scopes());
        remember(refresh);
        Map<String, Object> json = accessToken(grant.scopes());
        json.put("refresh_token", refresh);
        return Answer.json(200, json, Map.of("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate"));
    }

    private synchronized Answer refresh(Map<String, String> form) {
        String refresh = form.get("refresh_token");
        Set<String> scopes = refresh == null ? null : refreshTokens.get(refresh);
        if (scopes == null || revoked.contains(refresh)) {
            return tokenError(400, "invalid_grant", "Token has been expired or revoked.");
        }
        return Answer.json(200, accessToken(scopes), Map.of("Cache-Control", "no-cache, no-store"));
    }

    private Map<String, Object> accessToken(Set<String> scopes) {
        String access = "ya29.a0Af" + token(80);
        accessTokens.put(access, clock.instant().plusSeconds(ACCESS_TOKEN_SECONDS));
        remember(access);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("access_token", access);
        json.put("expires_in", ACCESS_TOKEN_SECONDS);
        json.put("scope", String.join(" ", scopes));
        json.put("token_type", "Bearer");
        return json;
    }

    private synchronized void remember(String secret) {
        issued.add(secret);
    }

    private static Answer tokenError(int status, String error, String description) {
        return Answer.json(status, Map.of("error", error, "error_description", description), Map.of());
    }

    private static Answer errorPage(String title, String detail) {
        return new Answer(400, Map.of("Content-Type", "text/html; charset=utf-8"),
                "<html><body><h1>Access blocked: authorization error</h1><p>" + title + "</p><p>" + detail
                        + "</p></body></html>");
    }

    private String token(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        StringBuilder token = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            token.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return token.toString();
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
