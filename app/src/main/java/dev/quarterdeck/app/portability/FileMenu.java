package dev.quarterdeck.app.portability;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.quarterdeck.app.ui.Hints;
import dev.quarterdeck.app.ui.Icons;
import dev.quarterdeck.core.portability.ExportTarget;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.material2.Material2MZ;

/** The File menu: a small menu button next to the brand in the sidebar. */
public final class FileMenu extends MenuButton {

    public FileMenu(FileMenuModel model, Runnable openDiagnostics, Runnable beforeRestore) {
        super(null, Icons.of(Material2MZ.MENU));
        setId("file-menu");
        getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON, Tweaks.NO_ARROW);
        Hints.install(this, "File: export, import, backups, diagnostics");
        setAccessibleText("File menu");

        Menu everything = new Menu("Export everything");
        everything.setId("menu-export-all");
        everything.getItems().addAll(
                item("As JSON…", "menu-export-all-json", () -> model.exportEverything(ExportTarget.JSON)),
                item("As CSV (zip)…", "menu-export-all-zip", () -> model.exportEverything(ExportTarget.CSV_ZIP)),
                item("As CSV files in a folder…", "menu-export-all-folder",
                        () -> model.exportEverything(ExportTarget.CSV_FOLDER)));
        Menu project = new Menu("Export this project");
        project.setId("menu-export-project");
        project.getItems().addAll(
                item("As JSON…", "menu-export-project-json", () -> model.exportThisProject(ExportTarget.JSON)),
                item("As CSV (zip)…", "menu-export-project-zip", () -> model.exportThisProject(ExportTarget.CSV_ZIP)));

        getItems().addAll(everything, project, new SeparatorMenuItem(),
                item("Import…", "menu-import", model::importFile),
                item("Import project plan…", "menu-import-plan", model::importProjectPlan),
                new SeparatorMenuItem(),
                item("Back up now", "menu-backup", model::backUpNow),
                item("Restore…", "menu-restore", () -> {
                    beforeRestore.run();
                    model.restore();
                }),
                new SeparatorMenuItem(),
                item("Diagnostics", "menu-diagnostics", openDiagnostics),
                item("Export diagnostics…", "menu-export-diagnostics", model::exportDiagnostics));
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
