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
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Shows one register tab of a demo project in a plain stage (the page frame is another branch's), on a real H2
 * store in a temporary folder, with the app's stylesheet and theme.
 */
public final class TabHarness implements AutoCloseable {

    private static final String APP_STYLESHEET = "/dev/quarterdeck/app/ui/quarterdeck.css";

    public final Store store;
    public final Project project;
    public final Clock clock = Clock.systemDefaultZone();
    public final BackgroundTasks background = BackgroundTasks.forJavaFx();
    public final AtomicInteger changes = new AtomicInteger();
    public final ProjectTabContext context;
    private final Stage stage;
    private Scene scene;

    public TabHarness(Path dataDir, String projectCode) throws Exception {
        store = Store.open(StoreConfig.h2File(dataDir));
        store.importSnapshot(Actor.system("demo"),
                DemoWorkspace.create(LocalDate.now(clock), clock.getZone(), clock.instant()));
        project = store.projects().findByCode(projectCode)
                .orElseThrow();
        context = new ProjectTabContext(project.id(), () -> store, background, clock, changes::incrementAndGet);
        stage = FxToolkit.registerPrimaryStage();
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

    @Override
    public void close() throws Exception {
        FxToolkit.setupFixture(() -> stage.hide());
        background.close();
        store.close();
    }
}
