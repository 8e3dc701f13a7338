package dev.quarterdeck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.portability.FileFeatures;
import dev.quarterdeck.app.settings.ThemeChoice;
import dev.quarterdeck.core.backup.Backups;
import dev.quarterdeck.core.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The File menu on the real window with the demo workspace: CSV import through the column-mapping dialog, a
 * refused JSON import with its problems, backup and restore, diagnostics; screenshots of the dialogs and the
 * Diagnostics window in both themes.
 */
class FileMenuUiTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    @RegisterExtension
    final ShellFixture ui = new ShellFixture();

    private final FxRobot robot = ui.robot();

    private FileFeatures features() {
        return ui.app().files().orElseThrow();
    }

    /** Waits for a dialog whose content has {@code id}, returning its pane. */
    private DialogPane dialogWith(String id) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#" + id).queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents(5);
        Node content = robot.lookup("#" + id).query();
        Node pane = content;
        while (!(pane instanceof DialogPane)) {
            pane = pane.getParent();
        }
        return (DialogPane) pane;
    }

    private void press(DialogPane pane, ButtonType type) throws Exception {
        ui.fx(() -> {
            ((Button) pane.lookupButton(type)).fire();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    private String snackbar() {
        return robot.lookup("#snackbar-message").queryAll().stream().findFirst()
                .map(n -> ((atlantafx.base.controls.Notification) n).getMessage()).orElse("");
    }

    @Test
    void theFileMenuListsEveryCommand() throws Exception {
        ui.boot(dataDir);
        MenuButton menu = robot.lookup("#file-menu").queryAs(MenuButton.class);
        List<String> items = menu.getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList();
        assertThat(items).containsExactly("Export everything", "Export this project", "Import…",
                "Import project plan…", "Back up now", "Restore…", "Diagnostics", "Export diagnostics…");
    }

    @Test
    void importsATodoistCsvThroughTheMappingDialog() throws Exception {
        ui.boot(dataDir);
        Store store = ui.store();
        String code = store.projects().list().get(0).code();
        Path csv = files.resolve("todoist.csv");
        Files.writeString(csv, "TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE\r\n"
                + "task,Call the landlord about the lease,,4,1,Lea (1),,2026-03-05,en,Europe/Berlin\r\n"
                + "task,\"Order boxes, tape and labels\",Two rolls each,3,1,Lea (1),,,en,Europe/Berlin\r\n"
                + "task,Label the archive shelves,,1,2,Lea (1),,,en,Europe/Berlin\r\n", StandardCharsets.UTF_8);
        int before = store.tasks().listAll().size();

        ui.fx(() -> {
            features().model().importFile(csv);
            return null;
        });
        DialogPane mapping = dialogWith("column-mapping");
        assertThat(robot.lookup("#mapping-source").queryAs(Label.class).getText())
                .startsWith("Recognised a Todoist export");
        assertThat(robot.lookup("#mapping-preview").queryAs(TableView.class).getItems()).hasSize(3);
        ui.fx(() -> {
            javafx.scene.control.ComboBox<?> project = robot.lookup("#map-default-project")
                    .queryAs(javafx.scene.control.ComboBox.class);
            project.getSelectionModel().select(1);
            return null;
        });
        ui.screenshotsInBothThemes("import-mapping", mapping.getScene().getWindow());
        press(mapping, mapping.getButtonTypes().get(0));
        ui.settle();

        assertThat(store.tasks().listAll()).hasSize(before + 3);
        assertThat(store.tasks().search("landlord", 5)).singleElement()
                .satisfies(t -> assertThat(t.projectId()).isEqualTo(store.projects().list().get(0).id()));
        assertThat(code).isNotBlank();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> snackbar().matches("Imported todoist\\.csv: \\d+ created.*"));
    }

    @Test
    void aBrokenJsonExportShowsEveryProblemAndImportsNothing() throws Exception {
        ui.boot(dataDir);
        Store store = ui.store();
        int before = store.tasks().listAll().size();
        Path json = files.resolve("broken.json");
        Files.writeString(json, """
                {
                  "format": "quarterdeck-export",
                  "version": 1,
                  "exportedAt": "yesterday",
                  "projects": [ { "id": "not-a-uuid", "code": "x" } ],
                  "tasks": "none"
                }
                """);

        ui.fx(() -> {
            features().model().importFile(json);
            return null;
        });
        DialogPane problems = dialogWith("import-problems");
        TableView<?> table = robot.lookup("#problems-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(robot.lookup("#problems-summary").queryAs(Label.class).getText()).contains("nothing was imported");
        ui.screenshotsInBothThemes("import-problems", problems.getScene().getWindow());
        press(problems, ButtonType.CLOSE);
        assertThat(store.tasks().listAll()).hasSize(before);
    }

    @Test
    void backUpThenRestoreThroughTheConfirmation() throws Exception {
        ui.boot(dataDir);
        Store store = ui.store();
        String firstTitle = store.tasks().listAll().get(0).title();
        ui.run(() -> features().model().backUpNow());
        Backups backups = new Backups(dataDir, Clock.systemUTC());
        assertThat(backups.list()).hasSize(1);
        Path backup = backups.list().get(0).file();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> snackbar().startsWith("Backed up to "));

        Path csv = files.resolve("later.csv");
        Files.writeString(csv, "Title\r\nWritten after the backup\r\n");
        ui.fx(() -> {
            features().model().importFile(csv);
            return null;
        });
        DialogPane mapping = dialogWith("column-mapping");
        press(mapping, mapping.getButtonTypes().get(0));
        ui.settle();
        assertThat(ui.store().tasks().search("Written after", 5)).hasSize(1);

        // not waited for: the confirmation blocks the call until it is answered
        WaitForAsyncUtils.asyncFx(() -> features().model().restore(backup));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".alert").queryAll().size() > 0);
        DialogPane confirm = robot.lookup(".alert").queryAs(DialogPane.class);
        assertThat(confirm.getContentText()).contains("The current state is backed up first");
        press(confirm, confirm.getButtonTypes().get(0));
        ui.settle();
        ui.waitUntil(() -> snackbar().startsWith("Restored "));

        Store restored = ui.store();
        assertThat(restored).isNotSameAs(store);
        assertThat(restored.tasks().search("Written after", 5)).isEmpty();
        assertThat(restored.tasks().listAll()).extracting(t -> t.title()).contains(firstTitle);
        assertThat(backups.list()).hasSize(2);
        assertThat(ui.app().shell().phase()).isEqualTo(ShellPhase.READY);
    }

    @Test
    void diagnosticsWindowAndExport() throws Exception {
        ui.boot(dataDir);
        ui.run(() -> features().openDiagnostics());
        Stage diagnostics = features().diagnosticsStage().orElseThrow();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ui.fx(() -> !robot.lookup("#diagnostics-store")
                .queryAs(Label.class).getText().startsWith("Loading")));
        assertThat(robot.lookup("#diagnostics-store").queryAs(Label.class).getText()).startsWith("H2 ");
        ui.screenshotsInBothThemes("diagnostics", diagnostics);
        ui.fx(() -> {
            ((dev.quarterdeck.app.diagnostics.DiagnosticsView) diagnostics.getScene().getRoot()).select("Log");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        assertThat(ui.fx(() -> Screenshots.save(diagnostics.getScene(), "diagnostics-log-dark"))).exists();
        ui.theme(ThemeChoice.LIGHT);

        Path zip = files.resolve("diagnostics.zip");
        ui.run(() -> features().model().exportDiagnostics(zip));
        assertThat(zip).isRegularFile();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> snackbar().startsWith("Diagnostics written to "));
        assertThat(ui.fx(() -> Screenshots.save(ui.stage().getScene(), "snackbar-light"))).exists();
    }
}
