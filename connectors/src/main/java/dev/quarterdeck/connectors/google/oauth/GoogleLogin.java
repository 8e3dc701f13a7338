package dev.quarterdeck.connectors.google.oauth;

import com.google.api.client.auth.oauth2.AuthorizationCodeFlow;
import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.auth.oauth2.TokenErrorResponse;
import com.google.api.client.auth.oauth2.TokenResponse;
import com.google.api.client.auth.oauth2.TokenResponseException;
import dev.quarterdeck.connectors.google.oauth.GoogleLoginException.Reason;
import dev.quarterdeck.connectors.http.Redactor;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sign-in to Google in progress: the browser was pointed at {@link #authorizationUrl()} (which the dialog also
 * offers to copy), and {@link #await()} waits for the loopback callback, exchanges the code (with the PKCE verifier
 * and the client secret), checks that every scope was granted and that a refresh token came back, and only then
 * stores the credential. {@link #cancel()} may be called from any thread at any time; nothing is stored after it.
 */
public final class GoogleLogin {

    private static final Logger log = LoggerFactory.getLogger(GoogleLogin.class);

    private final GoogleAuthorization authorization;
    private final GoogleOAuthClient client;
    private final AuthorizationCodeFlow flow;
    private final LoopbackReceiver receiver;
    private final URI authorizationUrl;
    private final Duration timeout;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean awaited = new AtomicBoolean();
    private volatile String browserProblem;

    private GoogleLogin(GoogleAuthorization authorization, GoogleOAuthClient client, AuthorizationCodeFlow flow,
            LoopbackReceiver receiver, URI authorizationUrl, Duration timeout) {
        this.authorization = authorization;
        this.client = client;
        this.flow = flow;
        this.receiver = receiver;
        this.authorizationUrl = authorizationUrl;
        this.timeout = timeout;
    }

    static GoogleLogin begin(GoogleAuthorization authorization, GoogleOAuthClient client, AuthorizationCodeFlow flow,
            LoopbackReceiver receiver, String state, AuthorizationBrowser browser, Duration timeout) {
        URI url = URI.create(flow.newAuthorizationUrl()
                .setRedirectUri(receiver.redirectUri().toString())
                .setState(state)
                .set("access_type", "offline")
                .set("prompt", "consent")
                .build());
        GoogleLogin login = new GoogleLogin(authorization, client, flow, receiver, url, timeout);
        try {
            browser.open(url);
        } catch (IOException | RuntimeException e) {
            login.browserProblem = "The browser could not be opened (" + e.getClass().getSimpleName()
                    + "). Copy the address into your browser.";
            log.info("could not open the browser for the Google sign-in: {}", e.toString());
        }
        return login;
    }

    /** The page to open in a browser; it carries no secret (the PKCE challenge and state are safe to show). */
    public URI authorizationUrl() {
        return authorizationUrl;
    }

    /** Why the browser did not open by itself, if it did not. */
    public Optional<String> browserProblem() {
        return Optional.ofNullable(browserProblem);
    }

    /** The loopback address Google sends the browser back to. */
    public URI redirectUri() {
        return receiver.redirectUri();
    }

    /**
     * Blocks until the sign-in finishes, then returns the granted scopes (all of {@link GoogleAuthorization#SCOPES}).
     * May be called once.
     */
    public Set<GoogleScope> await() throws GoogleLoginException {
        if (!awaited.compareAndSet(false, true)) {
            throw new IllegalStateException("a login is awaited once");
        }
        String code = receiver.awaitCode(timeout);
        checkNotCancelled();
        TokenResponse tokens = exchange(code);
        Set<GoogleScope> granted = GoogleScope.granted(tokens.getScope(), GoogleAuthorization.SCOPES);
        Set<GoogleScope> missing = EnumSet.copyOf(GoogleAuthorization.SCOPES);
        missing.removeAll(granted);
        if (!missing.isEmpty()) {
            throw new GoogleLoginException(Reason.MISSING_SCOPES, "Google did not grant every permission "
                    + "Quarterdeck asks for; missing: " + missing.stream().map(GoogleScope::description)
                            .collect(Collectors.joining(", "))
                    + ". Nothing was stored. Press Connect again and leave every box ticked on Google's page.");
        }
        if (tokens.getRefreshToken() == null || tokens.getRefreshToken().isBlank()) {
            throw new GoogleLoginException(Reason.NO_REFRESH_TOKEN, "Google did not send a refresh token, so the "
                    + "connection would stop within the hour. Nothing was stored. Press Connect again.");
        }
        checkNotCancelled();
        try {
            Credential credential = flow.createAndStoreCredential(tokens,
                    authorization.credentialStore().key());
            authorization.remember(credential);
        } catch (IOException e) {
            throw new GoogleLoginException(Reason.TOKEN_EXCHANGE_FAILED, "The Google sign-in could not be saved ("
                    + e.getMessage() + ").", e);
        }
        log.info("signed in to Google for connection {} with {}", authorization.connectionId(), granted);
        return granted;
    }

    /** Stops waiting and frees the loopback port; {@link #await()} then fails with CANCELLED. */
    public void cancel() {
        cancelled.set(true);
        receiver.cancel();
    }

    private void checkNotCancelled() throws GoogleLoginException {
        if (cancelled.get()) {
            throw new GoogleLoginException(Reason.CANCELLED, "Sign-in to Google was cancelled.");
        }
    }

    private TokenResponse exchange(String code) throws GoogleLoginException {
        Redactor redactor = Redactor.of(code, client.clientSecret());
        try {
            return flow.newTokenRequest(code).setRedirectUri(receiver.redirectUri().toString()).execute();
        } catch (TokenResponseException e) {
            TokenErrorResponse details = e.getDetails();
            String error = details == null ? null : details.getError();
            if (error == null && e.getStatusCode() == 401) {
                // The JDK's HttpURLConnection drops the body of a 401 to a POST, so Google's
                // {"error":"invalid_client"} arrives as a bare 401; nothing else answers 401 here.
                error = "invalid_client";
            }
            String description = details == null || details.getErrorDescription() == null ? ""
                    : " (" + redactor.redact(details.getErrorDescription()) + ")";
            String what = error == null ? "HTTP " + e.getStatusCode() : error;
            String advice = switch (error == null ? "" : error) {
                case "invalid_client", "unauthorized_client" -> " Import the OAuth client JSON again: the client "
                        + "may have been deleted, or its secret reset, in Google Cloud Console.";
                case "invalid_grant" -> " The sign-in code expired or was already used. Press Connect again.";
                case "invalid_request" -> " Check that the imported JSON is the \"Desktop app\" client's own file.";
                default -> " Press Connect to try again.";
            };
            throw new GoogleLoginException(Reason.TOKEN_EXCHANGE_FAILED, "Google refused to finish the sign-in: "
                    + what + description + "." + advice);
        } catch (IOException e) {
            throw new GoogleLoginException(Reason.OFFLINE, "Google could not be reached to finish the sign-in ("
                    + redactor.redact(e.getClass().getSimpleName() + " " + e.getMessage()) + "). Check the network "
                    + "and press Connect again.");
        }
    }
}
