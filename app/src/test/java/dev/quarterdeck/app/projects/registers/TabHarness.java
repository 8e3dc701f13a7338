package dev.quarterdeck.app.projects.registers;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.projects.ProjectTabContext;
import dev.quarterdeck.app.shell.ThemeApplier;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.demo.DemoWorkspace;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
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

    /** Saves {@code <name>-light.png} and {@code <name>-dark.png}, and returns to the light theme. */
    public void screenshots(String name) throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            fx(() -> {
                ThemeApplier.apply(dark);
                return null;
            });
            settle();
            fx(() -> save(scene, name + (dark ? "-dark" : "-light")));
        }
        fx(() -> {
            ThemeApplier.apply(false);
            return null;
        });
        settle();
    }

    static Path folder() {
        return Path.of(System.getProperty("quarterdeck.screenshots", "target/screenshots"));
    }

    /** Call on the FX thread. */
    static Path save(Scene scene, String name) {
        WritableImage image = scene.snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(folder());
            Path file = folder().resolve(name + ".png");
            ImageIO.write(png, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        FxToolkit.setupFixture(() -> stage.hide());
        background.close();
        store.close();
    }
}
