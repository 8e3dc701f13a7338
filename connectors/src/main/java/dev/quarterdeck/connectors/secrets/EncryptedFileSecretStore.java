package dev.quarterdeck.connectors.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quarterdeck.core.connector.SecretStore;
import dev.quarterdeck.core.connector.SecretStoreException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Secrets encrypted one by one with AES-256-GCM in a JSON file in the data folder: each value has its own random
 * 12-byte IV, and its name is the additional authenticated data, so a value copied under another name fails to
 * decrypt just like a changed byte does. A key-check entry tells "wrong key" apart from "tampered value". The file is
 * owner-only and replaced atomically on every change; {@link #delete} rewrites it without the value.
 *
 * <pre>
 * {"format":"quarterdeck-secrets","version":1,"keyCheck":"…",
 *  "secrets":{"name":"base64(iv ‖ ciphertext ‖ tag)"}}
 * </pre>
 *
 * Thread-safe; the file is read on every call, so two processes sharing the data folder see each other's writes.
 */
public final class EncryptedFileSecretStore implements SecretStore {

    static final String FORMAT = "quarterdeck-secrets";
    private static final int VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String KEY_CHECK_NAME = "\u0000key-check";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final KeyProvider keys;
    private final SecureRandom random = new SecureRandom();

    public EncryptedFileSecretStore(Path file, KeyProvider keys) {
        this.file = file;
        this.keys = keys;
    }

    /** The store as the app lays it out: {@code secrets.json} and the key file {@code secrets.key} in the folder. */
    public static EncryptedFileSecretStore inDataFolder(Path dataFolder) {
        return new EncryptedFileSecretStore(dataFolder.resolve("secrets.json"),
                new KeyFileProvider(dataFolder.resolve("secrets.key")));
    }

    @Override
    public synchronized Optional<byte[]> get(String name) {
        checkName(name);
        String sealed = read().get(name);
        if (sealed == null) {
            return Optional.empty();
        }
        return Optional.of(open(name, sealed));
    }

    @Override
    public synchronized void put(String name, byte[] value) {
        checkName(name);
        if (value == null) {
            throw new IllegalArgumentException("a secret value is required (use delete to remove one)");
        }
        Map<String, String> secrets = read();
        secrets.put(name, seal(name, value));
        write(secrets);
    }

    @Override
    public synchronized void delete(String name) {
        checkName(name);
        Map<String, String> secrets = read();
        if (secrets.remove(name) != null) {
            write(secrets);
        }
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank() || name.length() > 200 || name.indexOf('\u0000') >= 0) {
            throw new IllegalArgumentException("a secret name must be 1-200 visible characters");
        }
    }

    private Map<String, String> read() {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException missing) {
            return new LinkedHashMap<>();
        } catch (IOException e) {
            throw new SecretStoreException("the secrets file " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !FORMAT.equals(text(root, "format")) || !root.path("secrets").isObject()
                || text(root, "keyCheck") == null) {
            throw new SecretStoreException("the secrets file " + file + " is not a Quarterdeck secrets file");
        }
        if (root.path("version").asInt() != VERSION) {
            throw new SecretStoreException("the secrets file " + file + " has version " + root.path("version")
                    + "; this Quarterdeck reads version " + VERSION);
        }
        checkKey(text(root, "keyCheck"));
        Map<String, String> secrets = new LinkedHashMap<>();
        root.get("secrets").properties().forEach(field -> secrets.put(field.getKey(), field.getValue().asText()));
        return secrets;
    }

    private void checkKey(String keyCheck) {
        try {
            decrypt(KEY_CHECK_NAME, keyCheck);
        } catch (AEADBadTagException wrongKey) {
            throw new SecretStoreException("the secrets file " + file + " was encrypted with a different key; "
                    + "its tokens cannot be read (reconnect the accounts)");
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SecretStoreException("the secrets file " + file + " is damaged (key check)");
        }
    }

    private void write(Map<String, String> secrets) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("keyCheck", seal(KEY_CHECK_NAME, new byte[0]));
        ObjectNode values = root.putObject("secrets");
        secrets.forEach(values::put);
        try {
            OwnerOnlyFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root), true);
        } catch (IOException e) {
            throw new SecretStoreException("the secrets file " + file + " cannot be written: " + e.getMessage(), e);
        }
    }

    private String seal(String name, byte[] value) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, name);
            byte[] sealed = ByteBuffer.allocate(IV_BYTES + cipher.getOutputSize(value.length))
                    .put(iv)
                    .put(cipher.doFinal(value))
                    .array();
            return Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new SecretStoreException("secret '" + name + "' cannot be encrypted: " + e.getMessage(), e);
        }
    }

    private byte[] open(String name, String sealed) {
        try {
            return decrypt(name, sealed);
        } catch (AEADBadTagException | IllegalArgumentException tampered) {
            throw new SecretStoreException("secret '" + name + "' failed its integrity check: the secrets file was "
                    + "changed outside Quarterdeck (reconnect the account)");
        } catch (GeneralSecurityException e) {
            throw new SecretStoreException("secret '" + name + "' cannot be decrypted: " + e.getMessage(), e);
        }
    }

    private byte[] decrypt(String name, String sealed) throws GeneralSecurityException {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        if (bytes.length < IV_BYTES + TAG_BITS / 8) {
            throw new AEADBadTagException("too short");
        }
        Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, IV_BYTES), name);
        return cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
    }

    private Cipher cipher(int mode, byte[] iv, String name) throws GeneralSecurityException {
        SecretKey key = keys.masterKey();
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() ? null : value.asText();
    }
}
