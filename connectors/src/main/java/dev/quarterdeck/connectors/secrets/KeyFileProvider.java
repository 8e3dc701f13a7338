package dev.quarterdeck.connectors.secrets;

import dev.quarterdeck.core.connector.SecretStoreException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The master key as 32 random bytes in a file only the user may read (mode 600), created on first use. A key file
 * found readable by others is tightened back to 600 with a warning: refusing it would lock the user out of their
 * own tokens, and the tokens can be revoked at the provider if the key leaked.
 */
public final class KeyFileProvider implements KeyProvider {

    private static final Logger log = LoggerFactory.getLogger(KeyFileProvider.class);
    static final int KEY_BYTES = 32;

    private final Path keyFile;
    private final SecureRandom random;
    private SecretKey key;

    public KeyFileProvider(Path keyFile) {
        this(keyFile, new SecureRandom());
    }

    KeyFileProvider(Path keyFile, SecureRandom random) {
        this.keyFile = keyFile;
        this.random = random;
    }

    @Override
    public synchronized SecretKey masterKey() {
        if (key == null) {
            key = loadOrCreate();
        }
        return key;
    }

    private SecretKey loadOrCreate() {
        try {
            return load();
        } catch (NoSuchFileException missing) {
            return create();
        } catch (IOException e) {
            throw new SecretStoreException("cannot read the key file " + keyFile + ": " + e.getMessage(), e);
        }
    }

    private SecretKey create() {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        try {
            OwnerOnlyFiles.write(keyFile, bytes, false);
            log.info("created a new secrets key in {}", keyFile);
            return new SecretKeySpec(bytes, "AES");
        } catch (FileAlreadyExistsException raced) {
            try {
                return load();
            } catch (IOException e) {
                throw new SecretStoreException("cannot read the key file " + keyFile + ": " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new SecretStoreException("cannot create the key file " + keyFile + ": " + e.getMessage(), e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private SecretKey load() throws IOException {
        byte[] bytes = Files.readAllBytes(keyFile);
        try {
            if (bytes.length != KEY_BYTES) {
                throw new SecretStoreException("the key file " + keyFile + " is damaged (it must hold " + KEY_BYTES
                        + " bytes, it holds " + bytes.length + ")");
            }
            if (OwnerOnlyFiles.openToOthers(keyFile)) {
                log.warn("the key file {} was readable by other users; restricting it to its owner", keyFile);
                OwnerOnlyFiles.restrictToOwner(keyFile);
            }
            return new SecretKeySpec(bytes, "AES");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
