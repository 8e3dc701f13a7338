package dev.quarterdeck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.quarterdeck.app.connectors.AccountRow;
import dev.quarterdeck.app.connectors.ConnectorAccounts;
import dev.quarterdeck.app.connectors.ConnectorFactory;
import dev.quarterdeck.app.connectors.OAuthWaitPane;
import dev.quarterdeck.app.settings.ThemeChoice;
import dev.quarterdeck.connectors.secrets.EncryptedFileSecretStore;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.connector.ConnectorAccount;
import dev.quarterdeck.core.connector.ConnectorStatus;
import dev.quarterdeck.core.demo.DemoWorkspace;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connectors screen on the demo workspace with three real accounts pointed at local servers: GitHub answering
 * (connected, synced two issues), Jira refusing the token (reconnect needed) and a GitHub whose server is down
 * (offline). "Test all" runs; screenshots {@code connectors-light/dark.png} and {@code oauth-wait-light/dark.png}.
 */
class ConnectorsUiTest {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final ShellFixture ui = new ShellFixture();

    private HttpServer server;

    @BeforeEach
    void servers() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/user", exchange -> answer(exchange, 200, "{\"login\":\"lea-novak\"}"));
        server.createContext("/issues", exchange -> answer(exchange, 200, """
                [{"number": 41, "title": "Cache the pricing table", "state": "open", "body": "",
                  "html_url": "https://github.com/acme/web/issues/41", "repository": {"full_name": "acme/web"},
                  "user": {"login": "bo"}, "created_at": "2026-11-18T09:00:00Z", "updated_at": "2026-11-19T09:00:00Z"},
                 {"number": 42, "title": "Flaky checkout test", "state": "open", "body": "See #41",
                  "html_url": "https://github.com/acme/web/issues/42", "repository": {"full_name": "acme/web"},
                  "user": {"login": "ann"}, "created_at": "2026-11-18T10:00:00Z", "updated_at": "2026-11-19T10:00:00Z"}]
                """));
        server.createContext("/search/issues", exchange -> answer(exchange, 200,
                "{\"total_count\":0,\"incomplete_results\":false,\"items\":[]}"));
        server.createContext("/rest/api/3/myself", exchange -> answer(exchange, 401,
                "{\"errorMessages\":[\"Client must be authenticated to access this resource.\"],\"errors\":{}}"));
        server.start();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void accountsShowRealStatesAndTheOAuthWaitDialogRenders() throws Exception {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Clock clock = Clock.systemDefaultZone();
        try (Store store = Store.open(StoreConfig.h2File(dataDir))) {
            store.importSnapshot(Actor.system("demo"), DemoWorkspace.create(LocalDate.now(clock), clock.getZone(),
                    clock.instant()));
            ConnectorAccounts accounts = new ConnectorAccounts(store,
                    new ConnectorFactory(EncryptedFileSecretStore.inDataFolder(dataDir), clock), clock);
            ConnectorAccount github = accounts.addGitHub(URI.create(base), "github_pat_demo".toCharArray());
            accounts.addJira(URI.create(base.replace("127.0.0.1", "localhost")), "lea@acme.example",
                    "jira-token".toCharArray());
            accounts.addGitHub(URI.create("http://localhost:" + closedPort), "github_pat_other".toCharArray());
            assertThat(accounts.sync(github).ok()).isTrue();
        }

        ui.start(dataDir, false);
        ui.waitFor(ShellPhase.READY);
        ui.run(() -> ui.app().shell().navigate(Route.of(Section.CONNECTORS)));
        List<AccountRow> rows = ui.fx(() -> List.copyOf(ui.app().connectorsRows()));
        assertThat(rows).hasSize(3);

        ui.fx(() -> {
            ui.app().connectorsTestAll();
            return null;
        });
        ui.waitUntil(() -> ui.fx(() -> ui.app().connectorsRows().stream()
                .noneMatch(r -> r.busyProperty().get() || r.activityProperty().get().equals("Connecting…"))));
        Map<String, ConnectorStatus> statuses = ui.fx(() -> Map.of(
                "connected", ui.app().connectorsRows().get(0).status(),
                "offline", ui.app().connectorsRows().get(1).status(),
                "jira", ui.app().connectorsRows().get(2).status()));
        assertThat(statuses).containsEntry("connected", ConnectorStatus.CONNECTED)
                .containsEntry("offline", ConnectorStatus.OFFLINE)
                .containsEntry("jira", ConnectorStatus.RECONNECT_NEEDED);
        assertThat(ui.fx(() -> ui.app().connectorsRows().get(0).account().itemCount())).isEqualTo(2);

        for (ThemeChoice theme : ShellFixture.THEMES) {
            ui.theme(theme);
            ui.screenshot("connectors", theme);
            String name = theme.name().toLowerCase();
            assertThat(ui.fx(() -> {
                StackPane root = new StackPane(new OAuthWaitPane(
                        "https://accounts.google.com/o/oauth2/v2/auth?client_id=123.apps.googleusercontent.com"
                                + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A53682%2Fcallback&response_type=code"
                                + "&scope=gmail.readonly%20calendar.readonly%20drive.metadata.readonly"
                                + "&code_challenge_method=S256&state=…",
                        null, () -> { }));
                root.setStyle("-fx-background-color: -color-bg-default;");
                Scene scene = new Scene(root);
                return Screenshots.save(scene, "oauth-wait-" + name);
            })).exists();
        }
    }
}
