package dev.quarterdeck.core.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SecretStoreTest {

    /** The simplest store that keeps what it is given, to test the interface's own methods. */
    private static final class MapStore implements SecretStore {
        final Map<String, byte[]> values = new HashMap<>();
        byte[] lastPut;

        @Override
        public Optional<byte[]> get(String name) {
            return Optional.ofNullable(values.get(name)).map(byte[]::clone);
        }

        @Override
        public void put(String name, byte[] value) {
            lastPut = value;
            values.put(name, value.clone());
        }

        @Override
        public void delete(String name) {
            values.remove(name);
        }
    }

    @Test
    void charsRoundTripAsUtf8AndTheTemporaryBytesAreWiped() {
        MapStore store = new MapStore();
        store.putChars("t", "tøken-✓".toCharArray());

        assertThat(store.values.get("t")).isEqualTo("tøken-✓".getBytes(StandardCharsets.UTF_8));
        assertThat(store.lastPut).containsOnly(0);
        assertThat(store.getChars("t"))
                .hasValueSatisfying(chars -> assertThat(new String(chars)).isEqualTo("tøken-✓"));
        assertThat(store.getChars("missing")).isEmpty();
    }

    @Test
    void accountSecretsAreNamedByAccountAndPurpose() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000042");
        assertThat(SecretStore.accountSecret(id, "token"))
                .isEqualTo("connector/00000000-0000-0000-0000-000000000042/token");
    }
}
