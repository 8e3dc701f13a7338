package dev.quarterdeck.app.projects.registers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.projects.ProjectPageModel;
import dev.quarterdeck.app.projects.ProjectPageView;
import dev.quarterdeck.app.projects.ProjectTab;
import dev.quarterdeck.app.projects.milestones.MilestoneRow;
import dev.quarterdeck.app.projects.risks.RiskRow;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskLink;
import dev.quarterdeck.core.task.Task;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Risk ↔ task / milestone links on a real project page: picked in the risk form, shown in the risk's details,
 * followed to the Tasks and Milestones tabs, and undone with the risk change.
 */
class RiskLinksUiTest {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final TabHarness harness = new TabHarness();

    private final FxRobot robot = new FxRobot();

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private void tickFirst(String listId) throws Exception {
        ListView<?> list = robot.lookup(listId).queryAs(ListView.class);
        CheckBox box = robot.from(list).lookup(".check-box").queryAs(CheckBox.class);
        harness.fx(() -> {
            box.fire();
            return null;
        });
    }

    private String selectedTab(ProjectPageView page) throws Exception {
        return harness.fx(() -> page.tabs().getSelectionModel().getSelectedItem().getText());
    }

    @Test
    void linksArePickedShownFollowedAndUndone() throws Exception {
        harness.open(dataDir, "ATLAS");
        ProjectPageModel model = new ProjectPageModel(harness.background(), () -> harness.store(), harness.clock());
        ProjectPageView page = harness.show(context -> new ProjectPageView(model), view -> view);
        harness.fx(() -> {
            model.show(harness.project().id());
            return null;
        });
        harness.settle();
        harness.fx(() -> {
            page.select(ProjectTab.RISKS);
            return null;
        });
        harness.settle();
        TableView<RiskRow> risks = table("#risk-table");
        // the demo links; take a risk without links
        RiskRow unlinked = harness.fx(() -> risks.getItems().stream().filter(r -> r.links().isEmpty()).findFirst()
                .orElseThrow());
        Risk risk = unlinked.risk();
        assertThat(harness.store().riskLinks().listByRisk(risk.id())).isEmpty();
        assertThat(harness.fx(() -> risks.getItems().stream().filter(r -> r.risk().key().equals("R-002"))
                .findFirst().orElseThrow().linksText())).isEqualTo("1 task · 1 milestone");

        // edit the risk: tick the first task and the first milestone of the project
        harness.fx(() -> {
            risks.getSelectionModel().select(unlinked);
            return null;
        });
        harness.fire("#risk-edit");
        tickFirst("#risk-link-tasks");
        tickFirst("#risk-link-milestones");
        harness.fire("#risk-save");
        List<RiskLink> links = harness.store().riskLinks().listByRisk(risk.id());
        assertThat(links).hasSize(2).anyMatch(RiskLink::isTask).anyMatch(l -> !l.isTask());
        RiskLink taskLink = links.stream().filter(RiskLink::isTask).findFirst().orElseThrow();
        RiskLink milestoneLink = links.stream().filter(l -> !l.isTask()).findFirst().orElseThrow();

        // the row and the details show them
        harness.fx(() -> {
            risks.getSelectionModel().select(risks.getItems().stream().filter(r -> r.risk().id().equals(risk.id()))
                    .findFirst().orElseThrow());
            return null;
        });
        harness.settle();
        RiskRow row = harness.fx(() -> risks.getSelectionModel().getSelectedItem());
        assertThat(row.linksText()).isEqualTo("1 task · 1 milestone");
        Set<Node> hyperlinks = robot.lookup("#risk-linked-work .hyperlink").queryAll();
        assertThat(hyperlinks).hasSize(2);
        harness.screenshots("project-risks-linked");

        // a task link opens the Tasks tab with the task selected
        Hyperlink toTask = (Hyperlink) hyperlinks.stream().filter(n -> ((Hyperlink) n).getText().startsWith("Task:"))
                .findFirst().orElseThrow();
        harness.fx(() -> {
            toTask.fire();
            return null;
        });
        harness.settle();
        assertThat(selectedTab(page)).isEqualTo(ProjectTab.TASKS.title());
        TableView<Task> tasks = table("#project-tasks-table");
        assertThat(harness.fx(() -> tasks.getSelectionModel().getSelectedItem().id())).isEqualTo(taskLink.taskId());

        // back on the Risks tab, the milestone link opens the Milestones tab with it selected
        harness.fx(() -> {
            page.select(ProjectTab.RISKS);
            return null;
        });
        harness.settle();
        Hyperlink toMilestone = (Hyperlink) robot.lookup("#risk-linked-work .hyperlink").queryAll().stream()
                .filter(n -> ((Hyperlink) n).getText().startsWith("Milestone:")).findFirst().orElseThrow();
        harness.fx(() -> {
            toMilestone.fire();
            return null;
        });
        harness.settle();
        assertThat(selectedTab(page)).isEqualTo(ProjectTab.MILESTONES.title());
        TableView<MilestoneRow> milestones = table("#milestone-table");
        assertThat(harness.fx(() -> milestones.getSelectionModel().getSelectedItem().milestone().id()))
                .isEqualTo(milestoneLink.milestoneId());

        // the links came with the risk change, so Ctrl+Z on the Risks tab takes them away again
        harness.fx(() -> {
            page.select(ProjectTab.RISKS);
            risks.requestFocus();
            return null;
        });
        harness.settle();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        harness.settle();
        assertThat(harness.store().riskLinks().listByRisk(risk.id())).isEmpty();
        assertThat(robot.lookup("#project-tabs").queryAs(TabPane.class)).isNotNull();
    }
}
