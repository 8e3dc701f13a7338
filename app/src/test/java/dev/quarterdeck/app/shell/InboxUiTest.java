package dev.quarterdeck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.inbox.InboxItem;
import dev.quarterdeck.core.agent.ProposalKind;
import dev.quarterdeck.core.agent.ProposalPayload;
import dev.quarterdeck.core.agent.ProposalPayloads;
import dev.quarterdeck.core.agent.ProposalStatus;
import dev.quarterdeck.core.store.Store;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The Inbox on the demo workspace: run the agents, see the proposals, approve, undo, edit, reject. */
class InboxUiTest {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final ShellFixture ui = new ShellFixture();

    private final FxRobot robot = ui.robot();

    private List<InboxItem> items() throws Exception {
        return ui.fx(() -> List.copyOf(ui.app().inbox().items()));
    }

    @Test
    void runApproveUndoEditAndRejectInBothThemes() throws Exception {
        ui.boot(dataDir);
        Store store = ui.store();
        ui.press(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertThat(robot.lookup("#inbox-empty").query().isVisible()).isTrue();
        assertThat(robot.lookup("#inbox-badge").query().isVisible()).isFalse();

        ui.click("#inbox-run");
        int pending = store.proposals().listByStatus(ProposalStatus.PENDING, 10_000).size();
        assertThat(pending).isPositive();
        assertThat(items()).hasSize(pending);
        assertThat(ui.text("#inbox-badge")).isEqualTo(Integer.toString(pending));
        assertThat(robot.lookup("#inbox-empty").query().isVisible()).isFalse();
        assertThat(ui.text("#inbox-notice"))
                .startsWith(pending + " new proposals from 6 agents (rules, ");
        assertThat(robot.lookup(".proposal").queryAll()).hasSize(pending);
        assertThat(robot.lookup("#inbox-group-stakeholder").tryQuery()).isPresent();

        ui.screenshotsInBothThemes("inbox");

        // approve a draft: the stakeholder's last contact becomes today; undo restores it
        InboxItem draft = items().stream().filter(i -> i.proposal().kind() == ProposalKind.DRAFT_MESSAGE)
                .findFirst().orElseThrow();
        var payload = (ProposalPayload.DraftMessage) ProposalPayloads.read(draft.proposal());
        var before = store.stakeholders().find(payload.stakeholderId()).orElseThrow().lastContact();
        ui.click("#proposal-" + draft.proposal().id() + " .button.success");
        assertThat(items()).doesNotContain(draft);
        assertThat(ui.text("#inbox-badge")).isEqualTo(Integer.toString(pending - 1));
        assertThat(ui.text("#inbox-notice")).startsWith("Applied: Recorded an update");
        assertThat(store.stakeholders().find(payload.stakeholderId()).orElseThrow().lastContact())
                .isEqualTo(java.time.LocalDate.now());
        ui.click("#inbox-undo");
        assertThat(store.stakeholders().find(payload.stakeholderId()).orElseThrow().lastContact()).isEqualTo(before);
        assertThat(store.proposals().find(draft.proposal().id()).orElseThrow().status())
                .isEqualTo(ProposalStatus.UNDONE);

        // edit & approve a re-rating with a value out of range: refused inline, nothing applied; then a good one
        InboxItem rerate = items().stream().filter(i -> i.proposal().kind() == ProposalKind.UPDATE_RISK)
                .findFirst().orElseThrow();
        String card = "#proposal-" + rerate.proposal().id();
        ui.run(() -> {
            robot.lookup(card + " .button").queryAllAs(Button.class).stream()
                    .filter(b -> "Edit & approve".equals(b.getText())).findFirst().orElseThrow().fire();
        });
        ui.run(() -> {
            robot.lookup(card + " #edit-likelihood").queryAs(TextField.class).setText("9");
            robot.lookup(card + " .proposal-editor .button.success").queryAs(Button.class).fire();
        });
        assertThat(ui.text(card + " .proposal-error"))
                .contains("Likelihood must be a whole number from 1 to 5");
        ui.screenshot("inbox-edit-dark");
        ui.run(() -> {
            robot.lookup(card + " #edit-likelihood").queryAs(TextField.class).setText("2");
            robot.lookup(card + " .proposal-editor .button.success").queryAs(Button.class).fire();
        });
        var riskId = ((ProposalPayload.UpdateRisk) ProposalPayloads.read(rerate.proposal())).riskId();
        assertThat(store.risks().find(riskId).orElseThrow().likelihood()).isEqualTo(2);
        assertThat(store.proposals().find(rerate.proposal().id()).orElseThrow().status())
                .isEqualTo(ProposalStatus.EDITED_AND_APPROVED);

        // reject one; bulk-approve the strategy group
        InboxItem reject = items().get(0);
        ui.run(() -> {
            robot.lookup("#proposal-" + reject.proposal().id() + " .button").queryAllAs(Button.class).stream()
                    .filter(b -> "Reject".equals(b.getText())).findFirst().orElseThrow().fire();
        });
        assertThat(store.proposals().find(reject.proposal().id()).orElseThrow().status())
                .isEqualTo(ProposalStatus.REJECTED);
        long strategy = items().stream().filter(i -> i.proposal().agent().equals("strategy")).count();
        assertThat(strategy).isPositive();
        ui.click("#inbox-approve-all-strategy");
        assertThat(items()).noneMatch(i -> i.proposal().agent().equals("strategy"));
        assertThat(ui.text("#inbox-notice"))
                .startsWith("Applied " + strategy + " of " + strategy + " strategy proposals");
    }
}
