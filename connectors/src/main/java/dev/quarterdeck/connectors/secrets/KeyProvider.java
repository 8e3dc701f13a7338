package dev.quarterdeck.connectors.secrets;

import javax.crypto.SecretKey;

/**
 * Supplies the master key that encrypts the secret store, creating it on first use. Today a key file readable only
 * by the user ({@link KeyFileProvider}); an OS keychain (Secret Service, macOS Keychain, Windows Credential Manager)
 * can implement this later without the store changing. Failures throw
 * {@link dev.quarterdeck.core.connector.SecretStoreException}.
 */
public interface KeyProvider {

    /** A 256-bit AES key, the same one on every call and across restarts. */
    SecretKey masterKey();
}
