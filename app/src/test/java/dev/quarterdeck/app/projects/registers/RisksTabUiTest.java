package dev.quarterdeck.app.projects.registers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.projects.risks.RiskRow;
import dev.quarterdeck.app.projects.risks.RisksTab;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskHeatMap;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The Risks tab on the demo workspace: heat-map filter, add with validation, edit, delete and undo. */
class RisksTabUiTest {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final TabHarness harness = new TabHarness();

    private final FxRobot robot = new FxRobot();

    @SuppressWarnings("unchecked")
    private TableView<RiskRow> table() {
        return robot.lookup("#risk-table").queryAs(TableView.class);
    }

    private List<Risk> stored() {
        return harness.store().risks().listByProject(harness.project().id());
    }

    private void click(String id) throws Exception {
        robot.clickOn(id);
        harness.settle();
    }

    @Test
    void addEditDeleteAndUndoARiskWithScreenshots() throws Exception {
        harness.open(dataDir, "ATLAS");
        harness.show(RisksTab::new, RisksTab::view);
        int before = stored().size();
        assertThat(table().getItems()).hasSize(before);
        harness.screenshots("project-risks");

        // a heat-map cell narrows the table to its risks; clicking it again shows all
        Risk top = stored().stream().filter(r -> r.status().isActive()).findFirst().orElseThrow();
        String cell = "#heat-" + top.likelihood() + "-" + top.impact();
        click(cell);
        assertThat(table().getItems()).isNotEmpty().allSatisfy(row -> assertThat(RiskHeatMap.cellFor(row.risk()))
                .isEqualTo(RiskHeatMap.cellFor(top)));
        click(cell);
        assertThat(table().getItems()).hasSize(before);

        // add: bad input is refused with the reason next to the field, nothing is written
        click("#risk-add");
        String key = robot.lookup("#field-key").queryAs(TextField.class).getText();
        assertThat(key).isEqualTo(dev.quarterdeck.core.risk.RiskRegister.nextKey(stored()));
        harness.type("title", "Landlord sells the building");
        harness.type("likelihood", "7");
        harness.type("key", stored().get(0).key());
        click("#risk-save");
        assertThat(robot.lookup("#error-likelihood").queryAs(Label.class).getText()).contains("1 (lowest) to 5");
        assertThat(robot.lookup("#error-key").queryAs(Label.class).getText()).contains("already used");
        assertThat(stored()).hasSize(before);

        harness.type("likelihood", "4");
        harness.type("impact", "5");
        harness.type("key", key);
        click("#risk-save");
        Risk added = stored().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
        assertThat(added.score()).isEqualTo(20);
        assertThat(table().getItems()).hasSize(before + 1);
        assertThat(harness.changes()).isEqualTo(1);

        // edit
        harness.fx(() -> {
            table().getSelectionModel().select(table().getItems().stream()
                    .filter(r -> r.risk().id().equals(added.id())).findFirst().orElseThrow());
            return null;
        });
        click("#risk-edit");
        harness.type("impact", "2");
        click("#risk-save");
        assertThat(harness.store().risks().find(added.id()).orElseThrow().score()).isEqualTo(8);

        // delete, then undo with the snackbar: the same risk comes back
        harness.fx(() -> {
            table().getSelectionModel().select(table().getItems().stream()
                    .filter(r -> r.risk().id().equals(added.id())).findFirst().orElseThrow());
            return null;
        });
        click("#risk-delete");
        assertThat(harness.store().risks().find(added.id())).isEmpty();
        assertThat(robot.lookup("#snackbar").tryQuery()).isPresent();
        click("#snackbar-undo");
        Risk restored = harness.store().risks().find(added.id()).orElseThrow();
        assertThat(restored.key()).isEqualTo(key);
        assertThat(restored.score()).isEqualTo(8);
        assertThat(table().getItems()).hasSize(before + 1);

        // Ctrl+Z undoes the last change too: undo the edit's... the restore itself is not undoable; delete again
        harness.fx(() -> {
            table().getSelectionModel().select(table().getItems().stream()
                    .filter(r -> r.risk().id().equals(added.id())).findFirst().orElseThrow());
            table().requestFocus();
            return null;
        });
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        harness.settle();
        assertThat(harness.store().risks().find(added.id())).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        harness.settle();
        assertThat(harness.store().risks().find(added.id())).isPresent();
    }
}
