package dev.quarterdeck.app.connectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quarterdeck.core.connector.SecretStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a connected account points (not secret, but kept next to its token in the encrypted store, under
 * {@code connector/<id>/settings}): the GitHub API root, the Jira site and e-mail, or the Google sign-in the
 * Gmail, Calendar and Drive accounts share.
 */
public record AccountSettings(URI baseUrl, String email, UUID googleSignIn) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static String name(UUID accountId) {
        return SecretStore.accountSecret(accountId, "settings");
    }

    /** The name of the account's token in the secret store. */
    static String token(UUID accountId) {
        return SecretStore.accountSecret(accountId, "token");
    }

    void save(SecretStore secrets, UUID accountId) {
        try {
            secrets.put(name(accountId), JSON.writeValueAsBytes(new Stored(
                    baseUrl == null ? null : baseUrl.toString(), email,
                    googleSignIn == null ? null : googleSignIn.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<AccountSettings> load(SecretStore secrets, UUID accountId) {
        return secrets.get(name(accountId)).map(bytes -> {
            try {
                Stored stored = JSON.readValue(new String(bytes, StandardCharsets.UTF_8), Stored.class);
                return new AccountSettings(stored.baseUrl() == null ? null : URI.create(stored.baseUrl()),
                        stored.email(), stored.googleSignIn() == null ? null : UUID.fromString(stored.googleSignIn()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private record Stored(String baseUrl, String email, String googleSignIn) {
    }
}
