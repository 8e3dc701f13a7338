package dev.quarterdeck.connectors.google.oauth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.api.client.auth.oauth2.StoredCredential;
import com.google.api.client.util.store.DataStore;
import com.google.api.client.util.store.DataStoreFactory;
import dev.quarterdeck.connectors.http.Json;
import dev.quarterdeck.core.connector.SecretStore;
import dev.quarterdeck.core.connector.SecretStoreException;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The Google credential (access token, refresh token, expiry) of one Google connection, kept in the encrypted
 * {@link SecretStore} under {@code connector/<connection id>/google-credential} as a small JSON document. This
 * replaces google-oauth-client's {@code FileDataStoreFactory}, which writes a Java-serialised, unencrypted file.
 * {@code AuthorizationCodeFlow} stores here after a login, and {@code Credential} after every refresh.
 *
 * <p>The store holds one entry, whose key is the connection id; other keys are refused. Never log a
 * {@link StoredCredential}: its {@code toString()} prints both tokens.
 */
public final class SecretStoreCredentialStore implements DataStore<StoredCredential> {

    static final String PURPOSE = "google-credential";

    private final SecretStore secrets;
    private final String key;
    private final String secretName;

    public SecretStoreCredentialStore(SecretStore secrets, UUID connectionId) {
        this.secrets = secrets;
        this.key = connectionId.toString();
        this.secretName = SecretStore.accountSecret(connectionId, PURPOSE);
    }

    /** The key under which this connection's credential is kept (the flow's "user id"). */
    public String key() {
        return key;
    }

    @Override
    public DataStoreFactory getDataStoreFactory() {
        return new DataStoreFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <V extends Serializable> DataStore<V> getDataStore(String id) throws IOException {
                if (!getId().equals(id)) {
                    throw new IOException("only the " + getId() + " store is kept in the secret store");
                }
                return (DataStore<V>) SecretStoreCredentialStore.this;
            }
        };
    }

    @Override
    public String getId() {
        return StoredCredential.DEFAULT_DATA_STORE_ID;
    }

    @Override
    public int size() throws IOException {
        return read().isPresent() ? 1 : 0;
    }

    @Override
    public boolean isEmpty() throws IOException {
        return size() == 0;
    }

    @Override
    public boolean containsKey(String candidate) throws IOException {
        return key.equals(candidate) && read().isPresent();
    }

    @Override
    public boolean containsValue(StoredCredential value) throws IOException {
        return read().map(stored -> stored.equals(value)).orElse(false);
    }

    @Override
    public Set<String> keySet() throws IOException {
        return read().isPresent() ? Set.of(key) : Set.of();
    }

    @Override
    public Collection<StoredCredential> values() throws IOException {
        return read().<Collection<StoredCredential>>map(List::of).orElse(List.of());
    }

    @Override
    public StoredCredential get(String candidate) throws IOException {
        return key.equals(candidate) ? read().orElse(null) : null;
    }

    @Override
    public DataStore<StoredCredential> set(String candidate, StoredCredential value) throws IOException {
        checkKey(candidate);
        if (value == null) {
            throw new IllegalArgumentException("use delete to remove the credential");
        }
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("v", 1);
        if (value.getAccessToken() != null) {
            json.put("accessToken", value.getAccessToken());
        }
        if (value.getRefreshToken() != null) {
            json.put("refreshToken", value.getRefreshToken());
        }
        if (value.getExpirationTimeMilliseconds() != null) {
            json.put("expiresAtMillis", value.getExpirationTimeMilliseconds());
        }
        byte[] bytes = Json.MAPPER.writeValueAsBytes(json);
        try {
            secrets.put(secretName, bytes);
        } catch (SecretStoreException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        return this;
    }

    @Override
    public DataStore<StoredCredential> clear() throws IOException {
        delete(key);
        return this;
    }

    @Override
    public DataStore<StoredCredential> delete(String candidate) throws IOException {
        if (key.equals(candidate)) {
            try {
                secrets.delete(secretName);
            } catch (SecretStoreException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        return this;
    }

    private void checkKey(String candidate) {
        if (!key.equals(candidate)) {
            throw new IllegalArgumentException("this store keeps the credential of one Google connection only");
        }
    }

    private Optional<StoredCredential> read() throws IOException {
        Optional<byte[]> bytes;
        try {
            bytes = secrets.get(secretName);
        } catch (SecretStoreException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        byte[] raw = bytes.get();
        try {
            JsonNode json = Json.MAPPER.readTree(new String(raw, StandardCharsets.UTF_8));
            if (json == null || !json.isObject() || json.path("v").asInt() != 1) {
                throw new IOException("the stored Google credential has an unknown format");
            }
            StoredCredential stored = new StoredCredential();
            stored.setAccessToken(Json.text(json, "accessToken"));
            stored.setRefreshToken(Json.text(json, "refreshToken"));
            JsonNode expires = json.get("expiresAtMillis");
            stored.setExpirationTimeMilliseconds(expires != null && expires.canConvertToLong() ? expires.asLong()
                    : null);
            return Optional.of(stored);
        } catch (JsonProcessingException e) {
            // Jackson would quote the document, tokens included: keep only that it is unreadable.
            throw new IOException("the stored Google credential is not readable JSON");
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }
}
