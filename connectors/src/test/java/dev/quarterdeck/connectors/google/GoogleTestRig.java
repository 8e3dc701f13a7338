package dev.quarterdeck.connectors.google;

import com.google.api.client.http.javanet.NetHttpTransport;
import dev.quarterdeck.connectors.fake.FakeGoogleAuthServer;
import dev.quarterdeck.connectors.fake.ManualClock;
import dev.quarterdeck.connectors.fake.RecordingSleeper;
import dev.quarterdeck.connectors.fake.SimulatedBrowser;
import dev.quarterdeck.connectors.google.oauth.GoogleAuthorization;
import dev.quarterdeck.connectors.google.oauth.GoogleLogin;
import dev.quarterdeck.connectors.google.oauth.GoogleLoginException;
import dev.quarterdeck.connectors.http.RetryPolicy;
import dev.quarterdeck.connectors.secrets.EncryptedFileSecretStore;
import dev.quarterdeck.core.connector.SecretStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Everything a Google test needs: a manual clock, a recording sleeper, the encrypted secret store in a temporary
 * folder, the local authorization server, and a {@link GoogleAuthorization} wired to them. {@link #signIn()} runs
 * the real desktop login end to end through a {@link SimulatedBrowser}.
 */
public final class GoogleTestRig implements AutoCloseable {

    public static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    public static final UUID CONNECTION = UUID.fromString("6f1c2b7e-8a9d-4c3b-9e21-0d5a7c4b3e10");

    public final ManualClock clock = new ManualClock(NOW);
    public final RecordingSleeper sleeper = new RecordingSleeper(clock);
    public final Path dataFolder;
    public final SecretStore secrets;
    public final FakeGoogleAuthServer auth = new FakeGoogleAuthServer(clock);
    public final GoogleAuthorization authorization;
    private final Duration requestTimeout;

    public GoogleTestRig(Path dataFolder) {
        this(dataFolder, Duration.ofSeconds(20));
    }

    public GoogleTestRig(Path dataFolder, Duration loginTimeout) {
        this(dataFolder, loginTimeout, Duration.ofSeconds(5));
    }

    public GoogleTestRig(Path dataFolder, Duration loginTimeout, Duration requestTimeout) {
        this.dataFolder = dataFolder;
        this.requestTimeout = requestTimeout;
        this.secrets = EncryptedFileSecretStore.inDataFolder(dataFolder);
        this.authorization = authorization(secrets, loginTimeout);
    }

    /** Another GoogleAuthorization over the same folder, as after a restart of the app. */
    public GoogleAuthorization restarted() {
        return authorization(EncryptedFileSecretStore.inDataFolder(dataFolder), Duration.ofSeconds(20));
    }

    private GoogleAuthorization authorization(SecretStore store, Duration loginTimeout) {
        return new GoogleAuthorization(store, CONNECTION, new NetHttpTransport(), clock, requestTimeout,
                loginTimeout);
    }

    /** Imports the client JSON and signs in through the simulated browser. */
    public GoogleTestRig signIn() throws GoogleLoginException {
        authorization.importClient(auth.clientJson());
        GoogleLogin login = authorization.startLogin(SimulatedBrowser.following());
        login.await();
        return this;
    }

    public GoogleCalls calls(String service) {
        return calls(service, authorization);
    }

    public GoogleCalls calls(String service, GoogleAuthorization with) {
        return new GoogleCalls(service, with, RetryPolicy.DEFAULT, sleeper, clock,
                RandomGenerator.of("L64X128MixRandom"));
    }

    @Override
    public void close() {
        auth.close();
    }
}
