package dev.quarterdeck.app.projects.registers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.projects.budget.BudgetTab;
import dev.quarterdeck.app.projects.milestones.MilestoneRow;
import dev.quarterdeck.app.projects.milestones.MilestonesTab;
import dev.quarterdeck.app.projects.stakeholders.StakeholdersTab;
import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import atlantafx.base.controls.Notification;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Undo from the budget, milestone and stakeholder tabs: every add, edit and delete offers Undo in the notice, and
 * Ctrl+Z reverts the tab's last change; both go through the app's one undo (the audit trail).
 */
class RegisterUndoUiTest {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final TabHarness harness = new TabHarness();

    private final FxRobot robot = new FxRobot();

    private <T> void select(String tableId, java.util.function.Predicate<T> which) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<T> table = robot.lookup(tableId).queryAs(TableView.class);
        harness.fx(() -> {
            table.getSelectionModel().select(table.getItems().stream().filter(which).findFirst().orElseThrow());
            table.requestFocus();
            return null;
        });
    }

    private String notice() {
        return robot.lookup("#snackbar").tryQuery().map(n -> ((Notification) n).getMessage()).orElse("");
    }

    private void ctrlZ() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        harness.settle();
    }

    @Test
    void milestoneDeleteIsUndoneFromTheNoticeAndAnAddWithCtrlZ() throws Exception {
        harness.open(dataDir, "ATLAS");
        harness.show(MilestonesTab::new, MilestonesTab::view);
        List<Milestone> before = milestones();
        Milestone first = before.get(0);
        int linked = harness.store().milestoneTasks().listByMilestone(first.id()).size();

        select("#milestone-table", (MilestoneRow r) -> r.milestone().id().equals(first.id()));
        harness.fire("#milestone-delete");
        assertThat(harness.store().milestones().find(first.id())).isEmpty();
        harness.fire("#snackbar-undo");
        assertThat(harness.store().milestones().find(first.id())).contains(first);
        assertThat(harness.store().milestoneTasks().listByMilestone(first.id())).hasSize(linked);
        assertThat(notice()).contains("Undone: Deleted milestone " + first.name());

        harness.fire("#milestone-add");
        harness.type("name", "Keys handed over");
        harness.fire("#milestone-save");
        assertThat(milestones()).hasSize(before.size() + 1);
        select("#milestone-table", (MilestoneRow r) -> r.milestone().name().equals(first.name()));
        ctrlZ();
        assertThat(milestones()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void stakeholderEditAndDeleteAreUndone() throws Exception {
        harness.open(dataDir, "ATLAS");
        harness.show(StakeholdersTab::new, StakeholdersTab::view);
        Stakeholder someone = harness.store().stakeholders().listByProject(harness.project().id()).get(0);

        select("#stakeholder-table", (Stakeholder s) -> s.id().equals(someone.id()));
        harness.fire("#stakeholder-contact");
        assertThat(harness.store().stakeholders().find(someone.id()).orElseThrow().lastContact())
                .isEqualTo(LocalDate.now());
        select("#stakeholder-table", (Stakeholder s) -> s.id().equals(someone.id()));
        ctrlZ();
        Stakeholder reverted = harness.store().stakeholders().find(someone.id()).orElseThrow();
        assertThat(reverted.lastContact()).isEqualTo(someone.lastContact());

        select("#stakeholder-table", (Stakeholder s) -> s.id().equals(someone.id()));
        harness.fire("#stakeholder-delete");
        assertThat(harness.store().stakeholders().find(someone.id())).isEmpty();
        harness.fire("#snackbar-undo");
        assertThat(harness.store().stakeholders().find(someone.id())).isPresent();
        @SuppressWarnings("unchecked")
        TableView<Stakeholder> table = robot.lookup("#stakeholder-table").queryAs(TableView.class);
        assertThat(table.getItems()).anyMatch(s -> s.id().equals(someone.id()));
    }

    @Test
    void ledgerEntryAddAndDeleteAreUndone() throws Exception {
        harness.open(dataDir, "ATLAS");
        harness.show(BudgetTab::new, BudgetTab::view);
        List<Transaction> before = harness.store().transactions().listByProject(harness.project().id());

        harness.fire("#ledger-add");
        @SuppressWarnings("unchecked")
        ComboBox<BudgetLine> line = robot.lookup("#field-line").queryAs(ComboBox.class);
        harness.fx(() -> {
            line.setValue(line.getItems().get(0));
            return null;
        });
        harness.type("amount", "123.45");
        harness.fire("#budget-save");
        assertThat(harness.store().transactions().listByProject(harness.project().id())).hasSize(before.size() + 1);
        harness.fire("#snackbar-undo");
        assertThat(harness.store().transactions().listByProject(harness.project().id()))
                .containsExactlyInAnyOrderElementsOf(before);

        Transaction entry = before.get(0);
        select("#ledger-table", (Transaction t) -> t.id().equals(entry.id()));
        harness.fire("#ledger-delete");
        assertThat(harness.store().transactions().find(entry.id())).isEmpty();
        select("#ledger-table", (Transaction t) -> true);
        ctrlZ();
        assertThat(harness.store().transactions().find(entry.id())).contains(entry);
    }

    private List<Milestone> milestones() {
        return harness.store().milestones().listByProject(harness.project().id());
    }
}
