package dev.quarterdeck.core.connector;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Where tokens and other secrets live, by name. Connectors only see this port, never the file, key or keychain
 * behind it. Callers should wipe the arrays they get ({@link Arrays#fill}) once used. Failures (unreadable or
 * tampered store) are {@link SecretStoreException}s whose messages name the secret, never its value.
 */
public interface SecretStore {

    Optional<byte[]> get(String name);

    void put(String name, byte[] value);

    /** Removes the secret for good; a missing name is not an error. */
    void delete(String name);

    /** The conventional name of one secret of a connected account, e.g. {@code connector/<id>/token}. */
    static String accountSecret(UUID accountId, String purpose) {
        return "connector/" + accountId + "/" + purpose;
    }

    default Optional<char[]> getChars(String name) {
        return get(name).map(bytes -> {
            try {
                CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
                char[] result = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
                Arrays.fill(chars.array(), '\0');
                return result;
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        });
    }

    default void putChars(String name, char[] value) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(value));
        byte[] bytes = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
        try {
            put(name, bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            Arrays.fill(encoded.array(), (byte) 0);
        }
    }
}
