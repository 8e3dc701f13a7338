package dev.quarterdeck.connectors.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.quarterdeck.connectors.fake.FakeApiServer.Scripted;
import dev.quarterdeck.connectors.fake.FakeGitHubServer;
import dev.quarterdeck.connectors.fake.ManualClock;
import dev.quarterdeck.connectors.fake.RecordingSleeper;
import dev.quarterdeck.connectors.github.GitHubConfig;
import dev.quarterdeck.connectors.github.GitHubConnector;
import dev.quarterdeck.connectors.http.ApiClient;
import dev.quarterdeck.connectors.http.RetryPolicy;
import dev.quarterdeck.connectors.secrets.EncryptedFileSecretStore;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.connector.ConnectorAccount;
import dev.quarterdeck.core.connector.ConnectorStatus;
import dev.quarterdeck.core.connector.SecretStore;
import dev.quarterdeck.core.connector.SyncOutcome;
import dev.quarterdeck.core.connector.SyncService;
import dev.quarterdeck.core.ingest.IngestionPipeline;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A full sync as the app runs it — connector → ingestion pipeline → store, cursor and account state saved — with
 * DEBUG logging captured, through a first sync, an incremental one, a provider that echoes the token in an error
 * and a malformed page. Fails if the token appears in any log line, the outcome messages, the stored tasks, source
 * items, account row, audit trail, or the database file.
 */
class StoreSyncNoSecretsTest {

    private static final String TOKEN = "github_pat_11BBBBBBB0FullSyncSecret_k9j8h7g6f5d4s3a2";
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    @TempDir
    Path dataFolder;

    @Test
    void noTokenAnywhereAfterFullSyncs() throws Exception {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level previous = root.getLevel();
        root.setLevel(Level.DEBUG);
        appender.start();
        root.addAppender(appender);
        List<String> seen = new ArrayList<>();
        ManualClock clock = new ManualClock(Instant.parse("2026-11-22T09:00:00Z"));
        try (Store store = Store.open(StoreConfig.h2File(dataFolder.resolve("db")));
                FakeGitHubServer github = new FakeGitHubServer(TOKEN)) {
            SecretStore secrets = EncryptedFileSecretStore.inDataFolder(dataFolder);
            UUID id = UUID.randomUUID();
            String tokenName = SecretStore.accountSecret(id, "token");
            secrets.putChars(tokenName, TOKEN.toCharArray());
            store.write(Actor.USER, tx -> tx.insert(new ConnectorAccount(id, SourceKind.GITHUB, "GitHub", null,
                    ConnectorStatus.CONNECTED, null, null, 0, null, T0, 0)));
            for (int n = 1; n <= 4; n++) {
                github.issue("acme/web", n, "Issue " + n, "See #" + (n + 1), "alice", T0.plusSeconds(n)).assignedToMe();
            }
            github.pullRequest("acme/web", 9, "Review me", "", "bob", T0).reviewRequested(true);
            GitHubConnector connector = new GitHubConnector(new GitHubConfig(github.baseUrl(), tokenName, 2,
                    Duration.ofSeconds(5)), secrets, new ApiClient("GitHub", HttpClient.newHttpClient(),
                            RetryPolicy.DEFAULT, new RecordingSleeper(clock), clock,
                            RandomGenerator.of("L64X128MixRandom")), clock);
            SyncService sync = new SyncService(store, new IngestionPipeline(clock), clock);

            SyncOutcome first = sync.sync(id, connector);
            seen.add(first.describe());
            seen.add(sync.sync(id, connector).describe());
            github.script(Scripted.of("/issues", 401, Map.of(), "{\"message\":\"Bad credentials: " + TOKEN + "\"}"));
            SyncOutcome refused = sync.sync(id, connector);
            seen.add(refused.describe());
            github.script(Scripted.of("/issues", 200, Map.of(), "[{\"broken\": "));
            seen.add(sync.sync(id, connector).describe());

            assertThat(first.ok()).isTrue();
            assertThat(first.result().created()).isEqualTo(5);
            assertThat(refused.account().status()).isEqualTo(ConnectorStatus.RECONNECT_NEEDED);
            for (Task task : store.tasks().listAll()) {
                seen.add(task.title() + task.notes() + task.sourceUrl());
            }
            store.sourceItems().listAll().forEach(item -> seen.add(item.toString()));
            store.connectorAccounts().list().forEach(account -> seen.add(account.toString()));
            for (AuditEvent event : store.audit().latest(1_000)) {
                seen.add(event.beforeJson() + " " + event.afterJson());
            }
        } finally {
            root.detachAppender(appender);
            root.setLevel(previous);
        }
        for (ILoggingEvent event : appender.list) {
            seen.add(event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                seen.add(t.getClassName() + ": " + t.getMessage());
            }
        }
        assertThat(seen).as("the syncs were logged").anyMatch(line -> line != null && line.contains("GitHub"));
        assertThat(seen).noneMatch(line -> line != null && line.contains(TOKEN));
        try (var files = Files.walk(dataFolder.resolve("db"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(file.toString()).doesNotContain(TOKEN);
            }
        }
    }
}
