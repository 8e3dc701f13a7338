package dev.quarterdeck.app.projects.documents;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Opens a file with the program the desktop associates with it. AWT's Desktop where it can; otherwise the
 * platform's opener (xdg-open, open, start). Blocks briefly: call it from a background job.
 */
final class SystemViewer {

    private SystemViewer() {
    }

    static void open(Path file) throws IOException {
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(file.toFile());
            return;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("cmd", "/c", "start", "", file.toString())
                : os.contains("mac") ? List.of("open", file.toString()) : List.of("xdg-open", file.toString());
        new ProcessBuilder(command).inheritIO().start();
    }
}
