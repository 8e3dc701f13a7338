package dev.quarterdeck.connectors.google.oauth;

import com.google.api.client.auth.oauth2.AuthorizationCodeFlow;
import com.google.api.client.auth.oauth2.BearerToken;
import com.google.api.client.auth.oauth2.ClientParametersAuthentication;
import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.gson.GsonFactory;
import dev.quarterdeck.connectors.google.oauth.GoogleLoginException.Reason;
import dev.quarterdeck.connectors.http.Redactor;
import dev.quarterdeck.core.connector.ConnectorException;
import dev.quarterdeck.core.connector.ConnectorException.Kind;
import dev.quarterdeck.core.connector.SecretStore;
import dev.quarterdeck.core.connector.SecretStoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One Google connection: the user's imported OAuth client and the credential that the Gmail, Calendar and Drive
 * connectors share (one consent covers the three read-only scopes, so "Disconnect" on any of them signs out of all
 * three). Both live only in the {@link SecretStore}: {@code connector/<id>/google-oauth-client} and
 * {@code connector/<id>/google-credential}.
 *
 * <p>{@link #startLogin} runs the desktop flow: a new {@link AuthorizationCodeFlow} per login (the base builder,
 * because {@code GoogleAuthorizationCodeFlow} ignores PKCE) with PKCE S256, client_id + client_secret in the token
 * request, {@code access_type=offline} and {@code prompt=consent} (so a reconnect gets a fresh refresh token), a
 * random {@code state} and our own {@link LoopbackReceiver}. {@link #credential()} gives the connectors a
 * {@link Credential} that refreshes itself and writes each refreshed token back to the secret store.
 *
 * <p>Thread-safe; share one instance per connection between its three connectors.
 */
public final class GoogleAuthorization {

    public static final Set<GoogleScope> SCOPES = Collections.unmodifiableSet(EnumSet.allOf(GoogleScope.class));
    static final String CLIENT_PURPOSE = "google-oauth-client";

    private final SecretStore secrets;
    private final UUID connectionId;
    private final HttpTransport transport;
    private final JsonFactory jsonFactory = GsonFactory.getDefaultInstance();
    private final Clock clock;
    private final Duration requestTimeout;
    private final Duration loginTimeout;
    private final SecretStoreCredentialStore credentials;
    private final SecureRandom random = new SecureRandom();
    private Credential cached;

    public GoogleAuthorization(SecretStore secrets, UUID connectionId, HttpTransport transport, Clock clock,
            Duration requestTimeout, Duration loginTimeout) {
        this.secrets = secrets;
        this.connectionId = connectionId;
        this.transport = transport;
        this.clock = clock;
        this.requestTimeout = requestTimeout;
        this.loginTimeout = loginTimeout;
        this.credentials = new SecretStoreCredentialStore(secrets, connectionId);
    }

    /** The real thing: the JDK's HTTP connection, the system clock, 30 s per request, 5 minutes for a login. */
    public static GoogleAuthorization standard(SecretStore secrets, UUID connectionId) {
        return new GoogleAuthorization(secrets, connectionId, new NetHttpTransport(), Clock.systemUTC(),
                Duration.ofSeconds(30), Duration.ofMinutes(5));
    }

    public UUID connectionId() {
        return connectionId;
    }

    /**
     * Checks and stores the OAuth client JSON the user downloaded. Throws {@link IllegalArgumentException} with a
     * message for the user when it is not a desktop client's JSON. A new client invalidates the old sign-in.
     */
    public void importClient(String clientJson) {
        GoogleOAuthClient client = GoogleOAuthClient.fromJson(clientJson);
        Optional<GoogleOAuthClient> previous;
        try {
            previous = client();
        } catch (SecretStoreException | IllegalArgumentException unreadable) {
            previous = Optional.empty();
        }
        char[] chars = client.toJson().toCharArray();
        try {
            secrets.putChars(clientSecretName(), chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
        if (previous.isEmpty() || !previous.get().clientId().equals(client.clientId())) {
            // Tokens belong to the client that obtained them; another client cannot refresh them.
            signOut();
        }
    }

    /** The imported OAuth client, if any. */
    public Optional<GoogleOAuthClient> client() {
        return secrets.getChars(clientSecretName()).map(chars -> {
            try {
                return GoogleOAuthClient.fromJson(new String(chars));
            } finally {
                Arrays.fill(chars, '\0');
            }
        });
    }

    /** Whether a sign-in is stored (it may still have been revoked at Google: a sync will tell). */
    public boolean signedIn() {
        try {
            return credentials.containsKey(credentials.key());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Starts a sign-in: opens a loopback port, builds the authorization URL and hands it to {@code browser}. The
     * returned login is waited on with {@link GoogleLogin#await()} (off the UI thread) and may be cancelled.
     */
    public GoogleLogin startLogin(AuthorizationBrowser browser) throws GoogleLoginException {
        GoogleOAuthClient client = client().orElseThrow(() -> new GoogleLoginException(Reason.NO_CLIENT,
                "Import your Google OAuth client JSON first (see \"Connecting Google\" in the documentation)."));
        AuthorizationCodeFlow flow = flow(client, true);
        String state = randomState();
        LoopbackReceiver receiver = LoopbackReceiver.start(state);
        return GoogleLogin.begin(this, client, flow, receiver, state, browser, loginTimeout);
    }

    /**
     * The stored credential, ready for API calls (it refreshes itself when it is about to expire and on a 401).
     * AUTH_REQUIRED when there is no client or no sign-in.
     */
    public synchronized Credential credential() throws ConnectorException {
        if (cached != null) {
            return cached;
        }
        GoogleOAuthClient client;
        try {
            client = client().orElseThrow(() -> new ConnectorException(Kind.AUTH_REQUIRED,
                    "Google is not set up: import your OAuth client JSON and connect."));
        } catch (SecretStoreException | IllegalArgumentException e) {
            throw new ConnectorException(Kind.AUTH_REQUIRED, "The stored Google OAuth client cannot be read ("
                    + e.getMessage() + "). Import it again and reconnect.", e);
        }
        Credential credential;
        try {
            credential = flow(client, false).loadCredential(credentials.key());
        } catch (IOException e) {
            throw new ConnectorException(Kind.AUTH_REQUIRED, "The stored Google sign-in cannot be read ("
                    + e.getMessage() + "). Reconnect Google.", e);
        }
        if (credential == null || credential.getRefreshToken() == null) {
            throw new ConnectorException(Kind.AUTH_REQUIRED, "Google is not connected. Press Connect to sign in.");
        }
        cached = credential;
        return credential;
    }

    /** Forgets the tokens (the imported OAuth client stays, so connecting again needs no new import). */
    public synchronized void signOut() {
        cached = null;
        try {
            credentials.delete(credentials.key());
        } catch (IOException e) {
            throw new SecretStoreException("the Google sign-in cannot be removed: " + e.getMessage(), e);
        }
    }

    /** Forgets the tokens and the imported OAuth client. */
    public synchronized void forget() {
        signOut();
        secrets.delete(clientSecretName());
    }

    /** Masks the current tokens and the client secret in text that may reach a message or a log. */
    public synchronized Redactor redactor() {
        String secret = null;
        try {
            secret = client().map(GoogleOAuthClient::clientSecret).orElse(null);
        } catch (RuntimeException unreadable) {
            // Nothing to mask then.
        }
        if (cached == null) {
            return Redactor.of(secret);
        }
        return Redactor.of(cached.getAccessToken(), cached.getRefreshToken(), secret);
    }

    /** Settings every request to Google gets: timeouts, and none of google-http-client's own body logging. */
    public HttpRequestInitializer requestSettings() {
        int millis = (int) Math.min(Integer.MAX_VALUE, requestTimeout.toMillis());
        return request -> {
            request.setConnectTimeout(millis);
            request.setReadTimeout(millis);
            // At CONFIG level the library would log token requests and responses, secrets included.
            request.setLoggingEnabled(false);
        };
    }

    public HttpTransport transport() {
        return transport;
    }

    public JsonFactory jsonFactory() {
        return jsonFactory;
    }

    Clock clock() {
        return clock;
    }

    SecretStoreCredentialStore credentialStore() {
        return credentials;
    }

    synchronized void remember(Credential credential) {
        cached = credential;
    }

    private AuthorizationCodeFlow flow(GoogleOAuthClient client, boolean pkce) {
        AuthorizationCodeFlow.Builder builder = new AuthorizationCodeFlow.Builder(
                BearerToken.authorizationHeaderAccessMethod(),
                transport,
                jsonFactory,
                new GenericUrl(client.tokenUri()),
                new ClientParametersAuthentication(client.clientId(), client.clientSecret()),
                client.clientId(),
                client.authUri().toString())
                .setScopes(GoogleScope.urls(SCOPES))
                .setCredentialDataStore(credentials)
                .setRequestInitializer(requestSettings())
                .setClock(clock::millis);
        if (pkce) {
            builder.enablePKCE();
        }
        return builder.build();
    }

    private String clientSecretName() {
        return SecretStore.accountSecret(connectionId, CLIENT_PURPOSE);
    }

    private String randomState() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new String(Base64.getUrlEncoder().withoutPadding().encode(bytes), StandardCharsets.US_ASCII);
    }
}
