package dev.quarterdeck.connectors.google.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.auth.oauth2.StoredCredential;
import dev.quarterdeck.connectors.secrets.EncryptedFileSecretStore;
import dev.quarterdeck.core.connector.SecretStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretStoreCredentialStoreTest {

    private static final UUID CONNECTION = UUID.fromString("11111111-2222-3333-4444-555555555555");

    @TempDir
    Path folder;

    @Test
    void keepsTheCredentialEncryptedUnderTheConnectionsName() throws Exception {
        SecretStore secrets = EncryptedFileSecretStore.inDataFolder(folder);
        SecretStoreCredentialStore store = new SecretStoreCredentialStore(secrets, CONNECTION);
        StoredCredential credential = new StoredCredential().setAccessToken("ya29.a0AfSecretAccess")
                .setRefreshToken("1//0gSecretRefresh").setExpirationTimeMilliseconds(1_790_000_000_000L);

        store.set(CONNECTION.toString(), credential);

        SecretStoreCredentialStore reopened = new SecretStoreCredentialStore(
                EncryptedFileSecretStore.inDataFolder(folder), CONNECTION);
        StoredCredential read = reopened.get(CONNECTION.toString());
        assertThat(read.getAccessToken()).isEqualTo("ya29.a0AfSecretAccess");
        assertThat(read.getRefreshToken()).isEqualTo("1//0gSecretRefresh");
        assertThat(read.getExpirationTimeMilliseconds()).isEqualTo(1_790_000_000_000L);
        assertThat(reopened.keySet()).containsExactly(CONNECTION.toString());
        assertThat(reopened.size()).isEqualTo(1);
        assertThat(secrets.get("connector/" + CONNECTION + "/google-credential")).isPresent();
        String file = Files.readString(folder.resolve("secrets.json"), StandardCharsets.UTF_8);
        assertThat(file).doesNotContain("ya29.").doesNotContain("1//0g");
    }

    @Test
    void holdsOneConnectionOnlyAndDeletesForGood() throws Exception {
        SecretStoreCredentialStore store = new SecretStoreCredentialStore(
                EncryptedFileSecretStore.inDataFolder(folder), CONNECTION);
        assertThat(store.get(CONNECTION.toString())).isNull();
        assertThat(store.isEmpty()).isTrue();
        assertThatThrownBy(() -> store.set("someone-else", new StoredCredential()))
                .isInstanceOf(IllegalArgumentException.class);

        store.set(CONNECTION.toString(), new StoredCredential().setRefreshToken("1//0gX"));
        assertThat(store.get("someone-else")).isNull();
        store.delete(CONNECTION.toString());

        assertThat(store.get(CONNECTION.toString())).isNull();
        assertThat(store.keySet()).isEmpty();
        assertThat(store.getDataStoreFactory().getDataStore(StoredCredential.DEFAULT_DATA_STORE_ID))
                .isSameAs(store);
    }
}
