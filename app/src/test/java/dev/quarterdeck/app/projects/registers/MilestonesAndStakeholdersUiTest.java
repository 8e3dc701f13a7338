package dev.quarterdeck.app.projects.registers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.projects.milestones.MilestoneRow;
import dev.quarterdeck.app.projects.milestones.MilestonesTab;
import dev.quarterdeck.app.projects.stakeholders.StakeholdersTab;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The Milestones and Stakeholders tabs on the demo workspace, with their screenshots. */
class MilestonesAndStakeholdersUiTest {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final TabHarness harness = new TabHarness();

    private final FxRobot robot = new FxRobot();

    @Test
    void milestonesShowLatenessAddValidatesAndCompleteStampsToday() throws Exception {
        harness.open(dataDir, "ATLAS");
        harness.show(MilestonesTab::new, MilestonesTab::view);
        harness.screenshots("project-milestones");
        @SuppressWarnings("unchecked")
        TableView<MilestoneRow> table = robot.lookup("#milestone-table").queryAs(TableView.class);
        int before = harness.store().milestones().listByProject(harness.project().id()).size();
        assertThat(table.getItems()).hasSize(before);

        // a completion date on a planned milestone is refused next to the field
        harness.fire("#milestone-add");
        harness.type("name", "Keys handed over");
        DatePicker completed = robot.lookup("#field-completed").queryAs(DatePicker.class);
        harness.fx(() -> {
            completed.getEditor().setText(completed.getConverter().toString(LocalDate.now()));
            return null;
        });
        harness.fire("#milestone-save");
        assertThat(robot.lookup("#error-completed").queryAs(Label.class).getText()).contains("Only a done milestone");
        assertThat(harness.store().milestones().listByProject(harness.project().id())).hasSize(before);
        harness.fx(() -> {
            completed.getEditor().clear();
            completed.setValue(null);
            return null;
        });
        harness.fire("#milestone-save");
        assertThat(harness.store().milestones().listByProject(harness.project().id())).hasSize(before + 1);

        // complete the new one: done today, slip against its baseline
        harness.fx(() -> {
            table.getSelectionModel().select(table.getItems().stream()
                    .filter(r -> r.milestone().name().equals("Keys handed over")).findFirst().orElseThrow());
            return null;
        });
        harness.fire("#milestone-complete");
        Milestone done = harness.store().milestones().listByProject(harness.project().id()).stream()
                .filter(m -> m.name().equals("Keys handed over")).findFirst().orElseThrow();
        assertThat(done.status()).isEqualTo(MilestoneStatus.DONE);
        assertThat(done.completed()).isEqualTo(LocalDate.now());
    }

    @Test
    void stakeholdersGridLogContactAndRatingsValidated() throws Exception {
        harness.open(dataDir, "ATLAS");
        harness.show(StakeholdersTab::new, StakeholdersTab::view);
        harness.screenshots("project-stakeholders");
        @SuppressWarnings("unchecked")
        TableView<Stakeholder> table = robot.lookup("#stakeholder-table").queryAs(TableView.class);
        assertThat(table.getItems())
                .hasSize(harness.store().stakeholders().listByProject(harness.project().id()).size());
        assertThat(robot.lookup("#quadrant-manage_closely").tryQuery()).isPresent();

        harness.fire("#stakeholder-add");
        harness.type("name", "Ines Park");
        harness.type("influence", "9");
        harness.fire("#stakeholder-save");
        assertThat(robot.lookup("#error-influence").queryAs(Label.class).getText()).contains("1 (lowest) to 5");
        harness.type("influence", "4");
        harness.type("cadenceDays", "7");
        harness.fire("#stakeholder-save");
        Stakeholder ines = harness.store().stakeholders().listByProject(harness.project().id()).stream()
                .filter(s -> s.name().equals("Ines Park")).findFirst().orElseThrow();
        assertThat(ines.isDueForUpdate(LocalDate.now())).as("never contacted, with a cadence").isTrue();

        harness.fx(() -> {
            table.getSelectionModel().select(table.getItems().stream().filter(s -> s.id().equals(ines.id()))
                    .findFirst().orElseThrow());
            return null;
        });
        harness.fire("#stakeholder-contact");
        Stakeholder contacted = harness.store().stakeholders().find(ines.id()).orElseThrow();
        assertThat(contacted.lastContact()).isEqualTo(LocalDate.now());
        assertThat(contacted.isDueForUpdate(LocalDate.now())).isFalse();
        assertThat(harness.changes()).isEqualTo(2);
    }

}
