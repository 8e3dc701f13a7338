package dev.quarterdeck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.LaunchOptions;
import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.settings.Settings;
import dev.quarterdeck.app.settings.ThemeChoice;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real Quarterdeck window for a headless TestFX test: boots {@link QuarterdeckShell} on a data folder at
 * 1400 × 900 in the light theme, waits for it, drives it, saves screenshots and closes it (and any window it opened)
 * after each test.
 *
 * <pre>{@code
 * @TempDir Path dataDir;
 * @RegisterExtension final ShellFixture ui = new ShellFixture();
 *
 * @Test void ctrl4OpensThePortfolio() throws Exception {
 *     ui.boot(dataDir);                                  // demo workspace, READY, jobs done
 *     ui.press(KeyCode.CONTROL, KeyCode.DIGIT4);
 *     assertThat(ui.app().shell().route()).isEqualTo(Route.of(Section.PROJECTS));
 *     ui.screenshotsInBothThemes("projects");            // target/screenshots/projects-{light,dark}.png
 * }
 * }</pre>
 *
 * Every action that changes the screen ({@link #run}, {@link #click}, {@link #press}, {@link #theme}) then
 * {@linkplain #settle() settles}: background jobs finish and the FX thread lays out and renders. Waits are generous
 * (minutes) because the build machine is shared; they only bound how long a failing test takes. For the welcome,
 * loading and error screens use {@link #start} (no demo, or a failing or blocking store opener) and
 * {@link #waitFor(ShellPhase)}; {@link #robot()} clicks and types like a user, {@link #fx} reads on the FX thread.
 */
public final class ShellFixture implements AfterEachCallback {

    public static final List<ThemeChoice> THEMES = List.of(ThemeChoice.LIGHT, ThemeChoice.DARK);

    private final FxRobot robot = new FxRobot();
    private QuarterdeckShell app;
    private Stage stage;
    private Path dataDir;

    /** Shows the demo workspace (imported on first start) and waits until it is ready and settled. */
    public QuarterdeckShell boot(Path dataDir) throws Exception {
        return boot(dataDir, shell -> { });
    }

    /**
     * Like {@link #boot(Path)}, after {@code beforeShow} has wired a hook (such as {@link QuarterdeckShell#onQuit})
     * that must be in place before the window shows.
     */
    public QuarterdeckShell boot(Path dataDir, Consumer<QuarterdeckShell> beforeShow) throws Exception {
        start(dataDir, true, () -> Store.open(StoreConfig.h2File(dataDir)), beforeShow);
        waitFor(ShellPhase.READY);
        return app;
    }

    /** Shows the window on the embedded store in {@code dataDir}, without waiting for it to open. */
    public QuarterdeckShell start(Path dataDir, boolean demo) throws Exception {
        return start(dataDir, demo, () -> Store.open(StoreConfig.h2File(dataDir)), shell -> { });
    }

    /**
     * Shows the window opening its store with {@code opener} (a failing or blocking one tests the error and loading
     * screens), after {@code beforeShow} has wired any hook; does not wait.
     */
    public QuarterdeckShell start(Path dataDir, boolean demo, WorkspaceSession.StoreOpener opener,
            Consumer<QuarterdeckShell> beforeShow) throws Exception {
        this.dataDir = dataDir;
        stage = FxToolkit.registerPrimaryStage();
        LaunchOptions options = new LaunchOptions(dataDir, Optional.empty(), demo, false);
        app = new QuarterdeckShell(options, Settings.DEFAULTS.withTheme(ThemeChoice.LIGHT), Clock.systemDefaultZone(),
                Map.of(), opener, BackgroundTasks.forJavaFx());
        beforeShow.accept(app);
        FxToolkit.setupFixture(() -> {
            app.show(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1400);
            stage.setHeight(900);
        });
        return app;
    }

    public QuarterdeckShell app() {
        return app;
    }

    /** The open workspace's store (a restore replaces it, so ask again after one). */
    public Store store() {
        return app.session().requireStore();
    }

    public Stage stage() {
        return stage;
    }

    public Path dataDir() {
        return dataDir;
    }

    public FxRobot robot() {
        return robot;
    }

    /** Waits until the shell reaches {@code phase}, then settles. */
    public void waitFor(ShellPhase phase) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> app.shell().phase() == phase);
        settle();
    }

    /** Waits until {@code condition} holds (asked off the FX thread), then settles. */
    public void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition);
        settle();
    }

    /** Lets background jobs finish and the FX thread lay out and render. */
    public void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents(3);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> fx(() -> app.runningJobs().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    /** Runs {@code work} on the FX thread and returns its result. */
    public <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }

    /** Runs {@code work} on the FX thread, then settles. */
    public void run(Runnable work) throws Exception {
        fx(() -> {
            work.run();
            return null;
        });
        settle();
    }

    /** Fires the button (or toggle) {@code selector} finds (wherever it is scrolled to), then settles. */
    public void click(String selector) throws Exception {
        run(() -> robot.lookup(selector).queryAs(ButtonBase.class).fire());
    }

    /** Presses and releases {@code keys} (a shortcut such as Ctrl+2, or one key), then settles. */
    public void press(KeyCode... keys) throws Exception {
        robot.press(keys).release(keys);
        settle();
    }

    /** The text of the label {@code selector} finds. */
    public String text(String selector) {
        return robot.lookup(selector).queryAs(Label.class).getText();
    }

    /** Switches the theme, then settles. */
    public void theme(ThemeChoice choice) throws Exception {
        run(() -> app.settings().themeProperty().set(choice));
    }

    /** Saves the window as {@code <name>.png} once settled. */
    public Path screenshot(String name) throws Exception {
        settle();
        return save(stage.getScene(), name);
    }

    /** Saves the window as {@code <screen>-light.png} or {@code <screen>-dark.png}, after {@code theme}'s name. */
    public Path screenshot(String screen, ThemeChoice theme) throws Exception {
        return screenshot(screen + "-" + theme.name().toLowerCase());
    }

    /** Saves {@code <name>-light.png} and {@code <name>-dark.png} of the window; leaves it in the dark theme. */
    public List<Path> screenshotsInBothThemes(String name) throws Exception {
        List<Path> files = new ArrayList<>();
        for (ThemeChoice theme : THEMES) {
            theme(theme);
            files.add(screenshot(name, theme));
        }
        return files;
    }

    /**
     * Saves {@code <name>-light.png} and {@code <name>-dark.png} of another window (a dialog, Diagnostics), sized to
     * its content in each theme; leaves it in the dark theme. Does not wait for background jobs: a modal dialog can
     * hold the job that opened it.
     */
    public List<Path> screenshotsInBothThemes(String name, Window window) throws Exception {
        return inBothThemes(name, window.getScene(), window::sizeToScene);
    }

    /**
     * Saves {@code <name>-light.png} and {@code <name>-dark.png} of a scene shown in no window (a pane tested on its
     * own, styled like the app); leaves the app in the dark theme. Does not wait for background jobs.
     */
    public List<Path> screenshotsInBothThemes(String name, Scene scene) throws Exception {
        return inBothThemes(name, scene, () -> { });
    }

    private List<Path> inBothThemes(String name, Scene scene, Runnable relayout) throws Exception {
        List<Path> files = new ArrayList<>();
        for (ThemeChoice theme : THEMES) {
            fx(() -> {
                app.settings().themeProperty().set(theme);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents(5);
            fx(() -> {
                relayout.run();
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents(5);
            files.add(save(scene, name + "-" + theme.name().toLowerCase()));
        }
        return files;
    }

    private Path save(Scene scene, String name) throws Exception {
        Path file = fx(() -> Screenshots.save(scene, name));
        assertThat(file).exists();
        return file;
    }

    /** Closes any other window it opened, the shell (saving settings) and the window; a second call does nothing. */
    public void close() throws Exception {
        if (app == null) {
            return;
        }
        QuarterdeckShell closing = app;
        app = null;
        FxToolkit.setupFixture(() -> {
            robot.listTargetWindows().stream().filter(w -> w != stage && w.isShowing() && w instanceof Stage)
                    .forEach(w -> ((Stage) w).close());
            closing.close();
            stage.hide();
        });
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        close();
    }
}
