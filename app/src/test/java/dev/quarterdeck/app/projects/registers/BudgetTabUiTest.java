package dev.quarterdeck.app.projects.registers;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Message;
import dev.quarterdeck.app.projects.budget.BudgetTab;
import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.BudgetSummary;
import dev.quarterdeck.core.budget.LineSummary;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The Budget tab on the demo workspace: a bad paste writes nothing; entries are added until a variance alert shows. */
class BudgetTabUiTest {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final TabHarness harness = new TabHarness();

    private final FxRobot robot = new FxRobot();

    private int entries() {
        return harness.store().transactions().listByProject(harness.project().id()).size();
    }

    private List<String> alertTexts() {
        VBox alerts = robot.lookup("#budget-alerts").queryAs(VBox.class);
        return alerts.getChildren().stream().filter(n -> n.getStyleClass().contains("budget-alert"))
                .map(n -> ((Message) n).getDescription()).toList();
    }

    @Test
    void aBadPasteBooksNothingAndEntriesUntilAVarianceAlertAppears() throws Exception {
        harness.open(dataDir, "ATLAS");
        harness.show(BudgetTab::new, BudgetTab::view);
        harness.screenshots("project-budget");
        int before = entries();

        // the line with the most room left under its plan
        List<BudgetLine> lines = harness.store().budgetLines().listByProject(harness.project().id());
        BudgetSummary summary = BudgetSummary.of(harness.project(), lines,
                harness.store().transactions().listByProject(harness.project().id())).get(0);
        LineSummary roomy = summary.lines().stream()
                .filter(l -> l.variance().planned().amount().signum() > 0)
                .min(Comparator.comparing(l -> l.variance().amount().amount())).orElseThrow();
        assertThat(alertTexts()).noneMatch(t -> t.startsWith(roomy.category() + " is"));

        // paste: one good row and two bad ones -> every bad row listed, nothing booked
        harness.fire("#ledger-paste");
        TextArea paste = robot.lookup("#ledger-paste-text").queryAs(TextArea.class);
        harness.fx(() -> {
            paste.setText("date,amount,line,vendor,note\n2026-03-01,100.00," + roomy.category()
                    + ",Shop,ok\nyesterday,100,"
                    + roomy.category() + "\n2026-03-02,50,No such line\n");
            return null;
        });
        harness.fire("#ledger-paste-add");
        Set<Node> problems = robot.lookup("#ledger-paste-problems .label").queryAll();
        assertThat(problems.stream().map(n -> ((Label) n).getText()))
                .anySatisfy(t -> assertThat(t).startsWith("row 3:").contains("yesterday"))
                .anySatisfy(t -> assertThat(t).startsWith("row 4:").contains("No such line"));
        assertThat(entries()).isEqualTo(before);

        // fixed, the paste books both rows in one go
        harness.fx(() -> {
            paste.setText("2026-03-01,100.00," + roomy.category() + ",Shop,ok\n2026-03-02,-20.00,"
                    + roomy.category() + ",Shop,refund\n");
            return null;
        });
        harness.fire("#ledger-paste-add");
        assertThat(entries()).isEqualTo(before + 2);

        // entries through the form until the line goes more than 10 % over plan
        java.math.BigDecimal step = roomy.variance().planned().amount().multiply(new java.math.BigDecimal("0.3"))
                .setScale(2, java.math.RoundingMode.HALF_UP);
        int added = 0;
        while (alertTexts().stream().noneMatch(t -> t.startsWith(roomy.category() + " is")) && added < 10) {
            harness.fire("#ledger-add");
            ComboBox<BudgetLine> line = robot.lookup("#field-line").queryAs(ComboBox.class);
            TextField amount = robot.lookup("#field-amount").queryAs(TextField.class);
            harness.fx(() -> {
                line.setValue(line.getItems().stream().filter(l -> l.id().equals(roomy.lineId())).findFirst()
                        .orElseThrow());
                amount.setText(step.toPlainString());
                return null;
            });
            harness.fire("#budget-save");
            added++;
        }
        assertThat(alertTexts()).anySatisfy(t -> assertThat(t).startsWith(roomy.category() + " is")
                .contains("% over plan"));
        assertThat(entries()).isEqualTo(before + 2 + added);
        assertThat(added).isGreaterThan(1);
    }

    @Test
    void anAmountThatIsNotOneIsRefusedNextToTheField() throws Exception {
        harness.open(dataDir, "ATLAS");
        harness.show(BudgetTab::new, BudgetTab::view);
        int before = entries();
        harness.fire("#ledger-add");
        TextField amount = robot.lookup("#field-amount").queryAs(TextField.class);
        harness.fx(() -> {
            amount.setText("12,5");
            return null;
        });
        harness.fire("#budget-save");
        assertThat(robot.lookup("#error-amount").queryAs(Label.class).getText()).contains("non-zero amount");
        assertThat(entries()).isEqualTo(before);
    }
}
