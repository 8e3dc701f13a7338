package dev.quarterdeck.connectors.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quarterdeck.core.connector.SecretStoreException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedFileSecretStoreTest {

    private static final String TOKEN = "ghp_R8vQ2xLm5NcT0aYz7WbK3dFh9JsP1uE6gIoA";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private EncryptedFileSecretStore store() {
        return EncryptedFileSecretStore.inDataFolder(folder);
    }

    @Test
    void aValueComesBackAfterARestartAndIsNotInTheFileInTheClear() throws Exception {
        store().putChars("connector/a/token", TOKEN.toCharArray());
        store().put("connector/b/refresh", new byte[] {0, 1, 2, (byte) 255});

        EncryptedFileSecretStore reopened = store();
        assertThat(reopened.getChars("connector/a/token")).hasValueSatisfying(
                chars -> assertThat(new String(chars)).isEqualTo(TOKEN));
        assertThat(reopened.get("connector/b/refresh")).hasValueSatisfying(
                bytes -> assertThat(bytes).containsExactly(0, 1, 2, 255));
        assertThat(reopened.get("connector/c/token")).isEmpty();

        String file = Files.readString(folder.resolve("secrets.json"));
        assertThat(file).contains("connector/a/token").doesNotContain(TOKEN)
                .doesNotContain(Base64.getEncoder().encodeToString(TOKEN.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyValueGetsItsOwnIv() throws Exception {
        EncryptedFileSecretStore store = store();
        store.putChars("one", TOKEN.toCharArray());
        store.putChars("two", TOKEN.toCharArray());

        ObjectNode secrets = (ObjectNode) JSON.readTree(folder.resolve("secrets.json").toFile()).get("secrets");
        byte[] one = Base64.getDecoder().decode(secrets.get("one").asText());
        byte[] two = Base64.getDecoder().decode(secrets.get("two").asText());
        assertThat(one).hasSize(12 + TOKEN.length() + 16);
        assertThat(Arrays.copyOf(one, 12)).isNotEqualTo(Arrays.copyOf(two, 12));
        assertThat(one).isNotEqualTo(two);
    }

    @Test
    void aFlippedByteFailsTheIntegrityCheckOfThatValueOnly() throws Exception {
        EncryptedFileSecretStore store = store();
        store.putChars("connector/a/token", TOKEN.toCharArray());
        store.putChars("connector/b/token", "other".toCharArray());
        Path file = folder.resolve("secrets.json");
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        ObjectNode secrets = (ObjectNode) root.get("secrets");
        byte[] sealed = Base64.getDecoder().decode(secrets.get("connector/a/token").asText());
        sealed[20] ^= 0x01;
        secrets.put("connector/a/token", Base64.getEncoder().encodeToString(sealed));
        Files.writeString(file, root.toString());

        assertThatThrownBy(() -> store.get("connector/a/token"))
                .isInstanceOf(SecretStoreException.class)
                .hasMessageContaining("secret 'connector/a/token' failed its integrity check")
                .hasMessageNotContaining(TOKEN);
        assertThat(store.getChars("connector/b/token")).hasValueSatisfying(
                chars -> assertThat(new String(chars)).isEqualTo("other"));
    }

    @Test
    void aValueMovedUnderAnotherNameDoesNotDecrypt() throws Exception {
        EncryptedFileSecretStore store = store();
        store.putChars("connector/a/token", TOKEN.toCharArray());
        store.putChars("connector/b/token", "other".toCharArray());
        Path file = folder.resolve("secrets.json");
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        ObjectNode secrets = (ObjectNode) root.get("secrets");
        secrets.put("connector/b/token", secrets.get("connector/a/token").asText());
        Files.writeString(file, root.toString());

        assertThatThrownBy(() -> store.get("connector/b/token")).isInstanceOf(SecretStoreException.class)
                .hasMessageContaining("integrity check");
    }

    @Test
    void anotherKeyCannotReadTheStoreAndSaysSo() throws Exception {
        store().putChars("connector/a/token", TOKEN.toCharArray());
        Path otherKey = folder.resolve("elsewhere").resolve("other.key");
        EncryptedFileSecretStore wrongKey = new EncryptedFileSecretStore(folder.resolve("secrets.json"),
                new KeyFileProvider(otherKey));

        assertThatThrownBy(() -> wrongKey.get("connector/a/token"))
                .isInstanceOf(SecretStoreException.class)
                .hasMessageContaining("encrypted with a different key")
                .hasMessageNotContaining(TOKEN);
        assertThat(Files.exists(otherKey)).isTrue();
    }

    @Test
    void theKeyIsCreatedOnFirstUseAndBothFilesAreReadableOnlyByTheUser() throws Exception {
        assumeThat(OwnerOnlyFiles.posix()).as("POSIX file system").isTrue();
        EncryptedFileSecretStore store = store();
        assertThat(Files.exists(folder.resolve("secrets.key"))).isFalse();

        store.putChars("connector/a/token", TOKEN.toCharArray());

        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        assertThat(Files.getPosixFilePermissions(folder.resolve("secrets.key"))).isEqualTo(ownerOnly);
        assertThat(Files.getPosixFilePermissions(folder.resolve("secrets.json"))).isEqualTo(ownerOnly);
        assertThat(Files.size(folder.resolve("secrets.key"))).isEqualTo(32);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("secrets.key",
                    "secrets.json");
        }
    }

    @Test
    void aKeyFileOpenToOthersIsTightenedBeforeUse() throws Exception {
        assumeThat(OwnerOnlyFiles.posix()).as("POSIX file system").isTrue();
        store().putChars("connector/a/token", TOKEN.toCharArray());
        Path key = folder.resolve("secrets.key");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(store().getChars("connector/a/token")).isPresent();
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aDamagedKeyFileIsRefused() throws Exception {
        Files.write(folder.resolve("secrets.key"), new byte[] {1, 2, 3});

        assertThatThrownBy(() -> store().putChars("x", TOKEN.toCharArray()))
                .isInstanceOf(SecretStoreException.class)
                .hasMessageContaining("is damaged (it must hold 32 bytes, it holds 3)");
    }

    @Test
    void deleteRemovesTheValueFromTheFile() throws Exception {
        EncryptedFileSecretStore store = store();
        store.putChars("connector/a/token", TOKEN.toCharArray());
        String sealed = JSON.readTree(folder.resolve("secrets.json").toFile()).get("secrets")
                .get("connector/a/token").asText();

        store.delete("connector/a/token");
        store.delete("connector/a/token");

        assertThat(store.get("connector/a/token")).isEmpty();
        assertThat(Files.readString(folder.resolve("secrets.json"))).doesNotContain("connector/a/token")
                .doesNotContain(sealed);
    }

    @Test
    void aFileThatIsNotASecretsFileIsRefused() throws Exception {
        Files.writeString(folder.resolve("secrets.json"), "{\"hello\":\"world\"}");

        assertThatThrownBy(() -> store().get("x")).isInstanceOf(SecretStoreException.class)
                .hasMessageContaining("is not a Quarterdeck secrets file");
    }
}
