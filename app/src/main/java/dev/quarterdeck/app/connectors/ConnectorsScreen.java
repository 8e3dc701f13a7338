package dev.quarterdeck.app.connectors;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.settings.SettingsModel;
import dev.quarterdeck.connectors.github.GitHubConfig;
import dev.quarterdeck.connectors.github.GitHubDeviceFlow;
import dev.quarterdeck.connectors.google.oauth.GoogleAuthorization;
import dev.quarterdeck.connectors.google.oauth.GoogleLogin;
import dev.quarterdeck.connectors.secrets.EncryptedFileSecretStore;
import dev.quarterdeck.core.connector.SecretStore;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.task.SourceKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.control.Dialog;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the connectors screen: the model over the store and the encrypted secret store of the data folder, the
 * Google sign-in with its wait dialog, and the background sync timer (every minute it syncs what is due; accounts
 * sync at the interval set on the screen, 15 minutes by default, offline ones retry with backoff).
 */
public final class ConnectorsScreen {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorsScreen.class);

    private final ConnectorsModel model;
    private final Supplier<Store> store;
    private final Supplier<SecretStore> secrets;
    private final Clock clock;
    private final BackgroundTasks background;
    private final SettingsModel settings;
    private ConnectorsView view;
    private Timeline timer;

    public ConnectorsScreen(BackgroundTasks background, Supplier<Store> store, Path dataDir, Clock clock,
            SettingsModel settings) {
        this.background = background;
        this.settings = settings;
        this.store = store;
        this.clock = clock;
        SecretStore[] lazy = new SecretStore[1];
        this.secrets = () -> {
            synchronized (lazy) {
                if (lazy[0] == null) {
                    lazy[0] = EncryptedFileSecretStore.inDataFolder(dataDir);
                }
                return lazy[0];
            }
        };
        ExecutorService network = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "quarterdeck-connector-test");
            thread.setDaemon(true);
            return thread;
        });
        this.model = new ConnectorsModel(background, network, Platform::runLater,
                () -> new ConnectorAccounts(store.get(), new ConnectorFactory(secrets.get(), clock), clock), clock);
        model.syncIntervalProperty().bindBidirectional(settings.syncIntervalProperty());
        // Applied at once: a shorter interval syncs what is now due without waiting for the next minute's check.
        model.syncIntervalProperty().addListener((obs, old, interval) -> {
            if (timer != null) {
                model.syncDue();
            }
        });
    }

    public ConnectorsModel model() {
        return model;
    }

    /** Loads the accounts and starts the background sync timer; call once the store is open. FX thread. */
    public void start() {
        model.reload();
        if (timer == null) {
            timer = new Timeline(new KeyFrame(javafx.util.Duration.minutes(1), e -> model.syncDue()));
            timer.setCycleCount(Timeline.INDEFINITE);
            timer.play();
        }
    }

    public ConnectorsView view() {
        if (view == null) {
            view = new ConnectorsView(model,
                    file -> model.importFile(file, new ConnectorCommands(clock), store), this::addGoogle,
                    this::connectGitHub);
        }
        return view;
    }

    /** "Connect GitHub": sign in with GitHub (device flow) in a dialog, or go to the token form. */
    private void connectGitHub(Runnable useToken) {
        GitHubSignInModel signIn = new GitHubSignInModel(background, GitHubDeviceFlow::standard,
                ConnectorsScreen::browse, token -> new ConnectorAccounts(store.get(), new ConnectorFactory(secrets.get(), clock), clock)
                        .addGitHub(GitHubConfig.PUBLIC_API, token),
                settings.githubClientId(), settings::rememberGithubClientId);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Connect GitHub");
        dialog.getDialogPane().setContent(new GitHubSignInPane(signIn, () -> {
            dialog.close();
            useToken.run();
        }, dialog::close));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(ButtonType.CLOSE).setVisible(false);
        dialog.getDialogPane().lookupButton(ButtonType.CLOSE).setManaged(false);
        dialog.setOnCloseRequest(e -> signIn.cancel());
        signIn.phaseProperty().addListener((obs, old, phase) -> {
            if (phase == GitHubSignInModel.Phase.CONNECTED) {
                model.noticeProperty().set("GitHub connected");
                model.reload();
            }
        });
        if (view != null && view.getScene() != null) {
            dialog.initOwner(view.getScene().getWindow());
        }
        dialog.show();
    }

    /** Opens a page in the user's browser; throws when there is none (the page is shown to copy instead). */
    private static void browse(java.net.URI page) {
        try {
            java.awt.Desktop.getDesktop().browse(page);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void addGoogle() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import your Google OAuth client (client_secret_….json)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("OAuth client JSON", "*.json"));
        java.io.File file = chooser.showOpenDialog(view.getScene() == null ? null : view.getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            UUID signIn = UUID.randomUUID();
            GoogleAuthorization authorization = GoogleAuthorization.standard(secrets.get(), signIn);
            authorization.importClient(Files.readString(file.toPath(), StandardCharsets.UTF_8));
            GoogleLogin login = authorization.startLogin(url -> java.awt.Desktop.getDesktop().browse(url));
            Dialog<ButtonType> dialog = new Dialog<>();
            dialog.setTitle("Sign in to Google");
            dialog.getDialogPane().setContent(new OAuthWaitPane(login.authorizationUrl().toString(),
                    login.browserProblem().orElse(null), () -> {
                        login.cancel();
                        dialog.setResult(ButtonType.CANCEL);
                        dialog.close();
                    }));
            dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
            dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setVisible(false);
            dialog.setOnCloseRequest(e -> login.cancel());
            background.run("Waiting for Google sign-in", () -> {
                login.await();
                ConnectorAccounts accounts = new ConnectorAccounts(store.get(),
                        new ConnectorFactory(secrets.get(), clock), clock);
                for (SourceKind kind : new SourceKind[] {SourceKind.GMAIL, SourceKind.CALENDAR, SourceKind.DRIVE}) {
                    accounts.addGoogle(kind, signIn, null, null);
                }
                return signIn;
            }, done -> {
                dialog.close();
                model.noticeProperty().set("Google connected: Gmail, Calendar and Drive");
                model.reload();
            }, failure -> {
                dialog.close();
                model.noticeProperty().set("Google sign-in did not finish: " + failure.getMessage());
            });
            dialog.show();
        } catch (Exception e) {
            LOG.info("Google sign-in could not start", e);
            model.noticeProperty().set("Google sign-in could not start: " + e.getMessage());
        }
    }
}
