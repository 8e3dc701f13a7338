package dev.quarterdeck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.quarterdeck.app.LaunchOptions;
import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.connectors.ConnectorAccounts;
import dev.quarterdeck.app.connectors.ConnectorFactory;
import dev.quarterdeck.app.connectors.GitHubSignInModel;
import dev.quarterdeck.app.connectors.GitHubSignInModel.Phase;
import dev.quarterdeck.app.connectors.GitHubSignInPane;
import dev.quarterdeck.app.settings.Settings;
import dev.quarterdeck.app.settings.SettingsFile;
import dev.quarterdeck.app.settings.SyncInterval;
import dev.quarterdeck.app.settings.ThemeChoice;
import dev.quarterdeck.connectors.github.GitHubDeviceFlow;
import dev.quarterdeck.connectors.http.ApiClient;
import dev.quarterdeck.connectors.http.RetryPolicy;
import dev.quarterdeck.connectors.secrets.EncryptedFileSecretStore;
import dev.quarterdeck.core.connector.ConnectorAccount;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
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
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
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

    private final FxRobot robot = new FxRobot();
    private final AtomicBoolean approved = new AtomicBoolean();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer github;
    private QuarterdeckShell app;
    private Stage stage;

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
    void shutDown() throws Exception {
        if (app != null) {
            FxToolkit.setupFixture(() -> {
                app.close();
                stage.hide();
            });
        }
        github.stop(0);
    }

    private void boot() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        LaunchOptions options = new LaunchOptions(dataDir, Optional.empty(), true, false);
        app = new QuarterdeckShell(options, Settings.DEFAULTS.withTheme(ThemeChoice.LIGHT), Clock.systemDefaultZone(),
                Map.of(), () -> Store.open(StoreConfig.h2File(dataDir)), BackgroundTasks.forJavaFx());
        FxToolkit.setupFixture(() -> {
            app.show(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1400);
            stage.setHeight(900);
        });
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.shell().phase() == ShellPhase.READY);
        settle();
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> fx(() -> app.runningJobs().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    private <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    private void enterInterval(String text) throws Exception {
        fx(() -> {
            ComboBox<String> field = robot.lookup("#sync-interval").queryAs(ComboBox.class);
            field.getEditor().setText(text);
            field.setValue(text);
            return null;
        });
        settle();
    }

    @Test
    void syncIntervalIsValidatedAppliedAndSavedAndGitHubSignsInWithADeviceCode() throws Exception {
        boot();
        fx(() -> {
            app.shell().navigate(Route.of(Section.CONNECTORS));
            return null;
        });
        settle();
        Label problem = robot.lookup("#sync-interval-problem").queryAs(Label.class);
        Label description = robot.lookup("#sync-interval-description").queryAs(Label.class);
        assertThat(fx(description::getText)).startsWith("Accounts sync every 15 min");
        assertThat(fx(problem::isVisible)).isFalse();

        enterInterval("2 min");
        assertThat(fx(problem::isVisible)).isTrue();
        assertThat(fx(problem::getText)).contains("at most every 5 min");
        assertThat(fx(() -> app.settings().syncIntervalProperty().get())).isEqualTo(SyncInterval.DEFAULT);
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            fx(() -> {
                app.settings().themeProperty().set(theme);
                return null;
            });
            settle();
            assertThat(fx(() -> Screenshots.save(stage.getScene(), "connectors-sync-interval-"
                    + theme.name().toLowerCase()))).exists();
        }

        enterInterval("1 h 30 min");
        assertThat(fx(problem::isVisible)).isFalse();
        assertThat(fx(description::getText)).startsWith("Accounts sync every 1 h 30 min");
        assertThat(fx(() -> app.settings().syncIntervalProperty().get())).isEqualTo(SyncInterval.minutes(90));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> new SettingsFile(dataDir).load().syncInterval().equals(SyncInterval.minutes(90)));
        enterInterval("Manual only");
        assertThat(fx(description::getText)).isEqualTo("Accounts sync only when you press Sync now.");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> new SettingsFile(dataDir).load().syncInterval().manual());

        signInWithGitHub();
    }

    private void signInWithGitHub() throws Exception {
        Store store = app.session().requireStore();
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
        Scene scene = fx(() -> {
            GitHubSignInPane pane = new GitHubSignInPane(model, () -> { }, () -> { });
            pane.setStyle("-fx-background-color: -color-bg-default;");
            Scene s = new Scene(pane);
            s.getStylesheets().add(QuarterdeckShell.class.getResource("/dev/quarterdeck/app/ui/quarterdeck.css")
                    .toExternalForm());
            return s;
        });
        Button start = fx(() -> (Button) scene.lookup("#github-device-start"));
        fx(() -> {
            start.fire();
            return null;
        });
        assertThat(fx(() -> ((Label) scene.lookup("#github-device-problem")).getText()))
                .contains("Enter the client id");

        fx(() -> {
            ((TextField) scene.lookup("#github-client-id")).setText(CLIENT_ID);
            start.fire();
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> model.phaseProperty().get() == Phase.WAITING));
        assertThat(fx(() -> ((Label) scene.lookup("#github-user-code")).getText())).isEqualTo("WDJB-MJHT");
        assertThat(fx(() -> ((TextField) scene.lookup("#github-verification-url")).getText()))
                .isEqualTo(base() + "/login/device");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        assertThat(opened).containsExactly(URI.create(base() + "/login/device"));
        assertThat(fx(() -> scene.lookup("#github-device-problem").isVisible())).isFalse();
        Thread.sleep(1500); // a poll or two answered authorization_pending: still waiting
        assertThat(fx(() -> model.phaseProperty().get())).isEqualTo(Phase.WAITING);
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            fx(() -> {
                app.settings().themeProperty().set(theme);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents(5);
            assertThat(fx(() -> Screenshots.save(scene, "connectors-github-device-" + theme.name().toLowerCase())))
                    .exists();
        }

        approved.set(true);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> fx(() -> model.phaseProperty().get() == Phase.CONNECTED));
        assertThat(fx(() -> model.statusProperty().get())).contains("connected").contains("encrypted");
        assertThat(fx(() -> app.settings().githubClientId())).isEqualTo(CLIENT_ID);
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
