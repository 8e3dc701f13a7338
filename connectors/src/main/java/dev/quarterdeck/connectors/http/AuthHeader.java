package dev.quarterdeck.connectors.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The value of an {@code Authorization} header and a {@link Redactor} for every form the secret takes in it. Not a
 * record, so that {@code toString()} cannot print the secret.
 */
public final class AuthHeader {

    private final String value;
    private final Redactor redactor;

    private AuthHeader(String value, Redactor redactor) {
        this.value = value;
        this.redactor = redactor;
    }

    public static AuthHeader bearer(char[] token) {
        String secret = new String(token).strip();
        return new AuthHeader("Bearer " + secret, Redactor.of(secret));
    }

    /** HTTP Basic, e.g. Jira Cloud's e-mail + API token. */
    public static AuthHeader basic(String user, char[] token) {
        String secret = new String(token).strip();
        String encoded = Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return new AuthHeader("Basic " + encoded, Redactor.of(secret, encoded));
    }

    public String value() {
        return value;
    }

    public Redactor redactor() {
        return redactor;
    }

    @Override
    public String toString() {
        return "AuthHeader[redacted]";
    }
}
