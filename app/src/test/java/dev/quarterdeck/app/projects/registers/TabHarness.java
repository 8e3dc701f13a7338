package dev.quarterdeck.app.projects.registers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.projects.ProjectTabContext;
import dev.quarterdeck.app.shell.Screenshots;
import dev.quarterdeck.app.shell.ThemeApplier;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.demo.DemoWorkspace;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Shows one register tab of a demo project in a plain stage (the page frame is another branch's), on a real H2
 * store in a temporary folder, with the app's stylesheet and theme. A JUnit 5 extension: it closes the stage,
 * background jobs and store after each test.
 *
 * <pre>{@code
 * @TempDir Path dataDir;
 * @RegisterExtension final TabHarness harness = new TabHarness();
 *
 * @Test void risksTab() throws Exception {
 *     harness.open(dataDir, "ATLAS");                    // demo workspace imported, project ATLAS
 *     harness.show(RisksTab::new, RisksTab::view);
 *     harness.screenshots("project-risks");              // target/screenshots/project-risks-{light,dark}.png
 * }
 * }</pre>
 */
public final class TabHarness implements AfterEachCallback {

    private static final String APP_STYLESHEET = "/dev/quarterdeck/app/ui/quarterdeck.css";

    private final Clock clock = Clock.systemDefaultZone();
    private final AtomicInteger changes = new AtomicInteger();
    private BackgroundTasks background;
    private Store store;
    private Project project;
    private ProjectTabContext context;
    private Stage stage;
    private Scene scene;

    /** Imports the demo workspace into an H2 store in {@code dataDir} and picks the project {@code projectCode}. */
    public TabHarness open(Path dataDir, String projectCode) throws Exception {
        background = BackgroundTasks.forJavaFx();
        store = Store.open(StoreConfig.h2File(dataDir));
        store.importSnapshot(Actor.system("demo"),
                DemoWorkspace.create(LocalDate.now(clock), clock.getZone(), clock.instant()));
        project = store.projects().findByCode(projectCode)
                .orElseThrow();
        context = new ProjectTabContext(project.id(), () -> store, background, clock, changes::incrementAndGet);
        stage = FxToolkit.registerPrimaryStage();
        return this;
    }

    public Store store() {
        return store;
    }

    public Project project() {
        return project;
    }

    public Clock clock() {
        return clock;
    }

    public BackgroundTasks background() {
        return background;
    }

    /** How many times a tab reported a change to the project (its {@link ProjectTabContext} callback). */
    public int changes() {
        return changes.get();
    }

    /** Builds the tab on the FX thread, shows it at 1400 × 900 and waits for its first load. */
    public <T> T show(Function<ProjectTabContext, T> tab, Function<T, Node> view) throws Exception {
        @SuppressWarnings("unchecked")
        T[] built = (T[]) new Object[1];
        FxToolkit.setupFixture(() -> {
            ThemeApplier.apply(false);
            built[0] = tab.apply(context);
            StackPane holder = new StackPane(view.apply(built[0]));
            holder.getStyleClass().add("content");
            scene = new Scene(holder, 1400, 900);
            scene.getStylesheets().add(TabHarness.class.getResource(APP_STYLESHEET).toExternalForm());
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
        });
        settle();
        return built[0];
    }

    public Scene scene() {
        return scene;
    }

    /** Lets background jobs finish and the FX thread lay out and render. */
    public void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents(2);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> background.running().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    /** Fires the button with this id (wherever it is scrolled to), then lets the work finish. */
    public void fire(String id) throws Exception {
        javafx.scene.control.Button button = new org.testfx.api.FxRobot().lookup(id)
                .queryAs(javafx.scene.control.Button.class);
        fx(() -> {
            button.fire();
            return null;
        });
        settle();
    }

    /** Sets the text of the form field {@code #field-<name>}. */
    public void type(String field, String text) throws Exception {
        javafx.scene.control.TextField control = new org.testfx.api.FxRobot().lookup("#field-" + field)
                .queryAs(javafx.scene.control.TextField.class);
        fx(() -> {
            control.setText(text);
            return null;
        });
    }

    public <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }

    /** Saves {@code <name>-light.png} and {@code <name>-dark.png}, returns them, and returns to the light theme. */
    public List<Path> screenshots(String name) throws Exception {
        List<Path> files = new ArrayList<>();
        for (boolean dark : new boolean[] {false, true}) {
            theme(dark);
            files.add(fx(() -> Screenshots.save(scene, name + (dark ? "-dark" : "-light"))));
        }
        theme(false);
        assertThat(files).allSatisfy(file -> assertThat(file).exists());
        return files;
    }

    private void theme(boolean dark) throws Exception {
        fx(() -> {
            ThemeApplier.apply(dark);
            return null;
        });
        settle();
    }

    /** Hides the stage, stops background jobs and closes the store; does nothing if nothing is open. */
    public void close() throws Exception {
        if (store == null) {
            return;
        }
        Store closing = store;
        store = null;
        if (stage != null) {
            FxToolkit.setupFixture(() -> stage.hide());
        }
        background.close();
        closing.close();
    }

    @Override
    public void afterEach(ExtensionContext extensionContext) throws Exception {
        close();
    }
}
