package dev.quarterdeck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.connectors.ConnectorAccounts;
import dev.quarterdeck.app.connectors.ConnectorFactory;
import dev.quarterdeck.app.connectors.GitHubSignInModel;
import dev.quarterdeck.app.connectors.GitHubSignInModel.Phase;
import dev.quarterdeck.app.connectors.GitHubSignInPane;
import dev.quarterdeck.app.settings.SettingsFile;
import dev.quarterdeck.app.settings.SyncInterval;
import dev.quarterdeck.connectors.github.GitHubDeviceFlow;
import dev.quarterdeck.connectors.http.ApiClient;
import dev.quarterdeck.connectors.http.RetryPolicy;
import dev.quarterdeck.connectors.secrets.EncryptedFileSecretStore;
import dev.quarterdeck.core.connector.ConnectorAccount;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.task.SourceKind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Connectors screen's background sync field (a refused entry explained next to it, a good one applied to the
 * background sync and saved) and "Sign in with GitHub" against a local server speaking GitHub's device flow and
 * API: the code shown while GitHub says {@code authorization_pending}, then the account added with its token stored
 * encrypted and used for a sync. Screenshots {@code connectors-sync-interval-light/dark.png} and
 * {@code connectors-github-device-light/dark.png}.
 */
class ConnectorsSyncAndGitHubUiTest {

    private static final String CLIENT_ID = "Iv23liQuarterdeckUi";
    private static final String TOKEN = "gho_UiTestToken0123456789abcdefABCDEF";

    @TempDir
    Path dataDir;

    @RegisterExtension
    final ShellFixture ui = new ShellFixture();

    private final FxRobot robot = ui.robot();
    private final AtomicBoolean approved = new AtomicBoolean();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer github;
    private QuarterdeckShell app;

    @BeforeEach
    void gitHub() throws IOException {
        github = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        github.createContext("/login/device/code", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            answer(exchange, form.contains("client_id=" + CLIENT_ID) ? """
                    {"device_code":"dc-ui-1","user_code":"WDJB-MJHT","verification_uri":"%s/login/device",
                     "expires_in":900,"interval":1}""".formatted(base())
                    : "{\"error\":\"incorrect_client_credentials\"}");
        });
        github.createContext("/login/oauth/access_token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean valid = form.contains("device_code=dc-ui-1") && form.contains("grant_type=urn%3Aietf%3Aparams"
                    + "%3Aoauth%3Agrant-type%3Adevice_code");
            answer(exchange, !valid ? "{\"error\":\"incorrect_device_code\"}" : approved.get()
                    ? "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"bearer\",\"scope\":\"repo\"}"
                    : "{\"error\":\"authorization_pending\"}");
        });
        github.createContext("/user", exchange -> answer(exchange, "{\"login\":\"lea-novak\"}"));
        github.createContext("/issues", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            answer(exchange, """
                    [{"number": 7, "title": "Rotate the staging certificate", "state": "open", "body": "",
                      "html_url": "https://github.com/acme/ops/issues/7", "repository": {"full_name": "acme/ops"},
                      "user": {"login": "bo"}, "created_at": "2026-11-18T09:00:00Z",
                      "updated_at": "2026-11-19T09:00:00Z"}]""");
        });
        github.createContext("/search/issues", exchange -> answer(exchange,
                "{\"total_count\":0,\"incomplete_results\":false,\"items\":[]}"));
        github.start();
    }

    private String base() {
        return "http://127.0.0.1:" + github.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @AfterEach
    void closeTheShellThenGitHub() throws Exception {
        ui.close();
        github.stop(0);
    }

    @SuppressWarnings("unchecked")
    private void enterInterval(String text) throws Exception {
        ui.fx(() -> {
            ComboBox<String> field = robot.lookup("#sync-interval").queryAs(ComboBox.class);
            field.getEditor().setText(text);
            field.setValue(text);
            return null;
        });
        ui.settle();
    }

    @Test
    void syncIntervalIsValidatedAppliedAndSavedAndGitHubSignsInWithADeviceCode() throws Exception {
        app = ui.boot(dataDir);
        ui.run(() -> app.shell().navigate(Route.of(Section.CONNECTORS)));
        Label problem = robot.lookup("#sync-interval-problem").queryAs(Label.class);
        Label description = robot.lookup("#sync-interval-description").queryAs(Label.class);
        assertThat(ui.fx(description::getText)).startsWith("Accounts sync every 15 min");
        assertThat(ui.fx(problem::isVisible)).isFalse();

        enterInterval("2 min");
        assertThat(ui.fx(problem::isVisible)).isTrue();
        assertThat(ui.fx(problem::getText)).contains("at most every 5 min");
        assertThat(ui.fx(() -> app.settings().syncIntervalProperty().get())).isEqualTo(SyncInterval.DEFAULT);
        ui.screenshotsInBothThemes("connectors-sync-interval");

        enterInterval("1 h 30 min");
        assertThat(ui.fx(problem::isVisible)).isFalse();
        assertThat(ui.fx(description::getText)).startsWith("Accounts sync every 1 h 30 min");
        assertThat(ui.fx(() -> app.settings().syncIntervalProperty().get())).isEqualTo(SyncInterval.minutes(90));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> new SettingsFile(dataDir).load().syncInterval().equals(SyncInterval.minutes(90)));
        enterInterval("Manual only");
        assertThat(ui.fx(description::getText)).isEqualTo("Accounts sync only when you press Sync now.");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> new SettingsFile(dataDir).load().syncInterval().manual());

        signInWithGitHub();
    }

    private void signInWithGitHub() throws Exception {
        Store store = ui.store();
        Clock clock = Clock.systemUTC();
        List<URI> opened = new CopyOnWriteArrayList<>();
        ApiClient api = new ApiClient("GitHub sign-in", HttpClient.newHttpClient(), RetryPolicy.DEFAULT,
                wait -> Thread.sleep(Math.min(wait.toMillis(), 100)), clock, RandomGenerator.getDefault());
        EncryptedFileSecretStore secrets = EncryptedFileSecretStore.inDataFolder(dataDir);
        ConnectorAccounts accounts = new ConnectorAccounts(store, new ConnectorFactory(secrets, clock), clock);
        GitHubSignInModel model = new GitHubSignInModel(BackgroundTasks.forJavaFx(),
                id -> new GitHubDeviceFlow(URI.create(base()), id, api, wait -> Thread.sleep(Math.min(wait.toMillis(),
                        100)), clock),
                opened::add, token -> accounts.addGitHub(URI.create(base()), token), "",
                id -> app.settings().rememberGithubClientId(id));
        Scene scene = ui.fx(() -> {
            GitHubSignInPane pane = new GitHubSignInPane(model, () -> { }, () -> { });
            pane.setStyle("-fx-background-color: -color-bg-default;");
            Scene s = new Scene(pane);
            s.getStylesheets().add(QuarterdeckShell.class.getResource("/dev/quarterdeck/app/ui/quarterdeck.css")
                    .toExternalForm());
            return s;
        });
        Button start = ui.fx(() -> (Button) scene.lookup("#github-device-start"));
        ui.fx(() -> {
            start.fire();
            return null;
        });
        assertThat(ui.fx(() -> ((Label) scene.lookup("#github-device-problem")).getText()))
                .contains("Enter the client id");

        ui.fx(() -> {
            ((TextField) scene.lookup("#github-client-id")).setText(CLIENT_ID);
            start.fire();
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> ui.fx(() -> model.phaseProperty().get() == Phase.WAITING));
        assertThat(ui.fx(() -> ((Label) scene.lookup("#github-user-code")).getText())).isEqualTo("WDJB-MJHT");
        assertThat(ui.fx(() -> ((TextField) scene.lookup("#github-verification-url")).getText()))
                .isEqualTo(base() + "/login/device");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        assertThat(opened).containsExactly(URI.create(base() + "/login/device"));
        assertThat(ui.fx(() -> scene.lookup("#github-device-problem").isVisible())).isFalse();
        Thread.sleep(1500); // a poll or two answered authorization_pending: still waiting
        assertThat(ui.fx(() -> model.phaseProperty().get())).isEqualTo(Phase.WAITING);
        ui.screenshotsInBothThemes("connectors-github-device", scene);

        approved.set(true);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> ui.fx(() -> model.phaseProperty().get() == Phase.CONNECTED));
        assertThat(ui.fx(() -> model.statusProperty().get())).contains("connected").contains("encrypted");
        assertThat(ui.fx(() -> app.settings().githubClientId())).isEqualTo(CLIENT_ID);
        List<ConnectorAccount> github = accounts.list().stream().filter(a -> a.kind() == SourceKind.GITHUB).toList();
        assertThat(github).hasSize(1);
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                        .as("plain token in %s", file).doesNotContain(TOKEN);
            }
        }
        assertThat(accounts.sync(github.get(0)).ok()).isTrue();
        assertThat(authorizations).contains("Bearer " + TOKEN);
    }
}
