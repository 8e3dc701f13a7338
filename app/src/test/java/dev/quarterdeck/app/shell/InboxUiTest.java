package dev.quarterdeck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.LaunchOptions;
import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.inbox.InboxItem;
import dev.quarterdeck.app.settings.Settings;
import dev.quarterdeck.app.settings.ThemeChoice;
import dev.quarterdeck.core.agent.ProposalKind;
import dev.quarterdeck.core.agent.ProposalPayload;
import dev.quarterdeck.core.agent.ProposalPayloads;
import dev.quarterdeck.core.agent.ProposalStatus;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Inbox on the demo workspace: run the agents, see the proposals, approve, undo, edit, reject. */
class InboxUiTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private QuarterdeckShell app;
    private Stage stage;

    private void boot() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        LaunchOptions options = new LaunchOptions(dataDir, Optional.empty(), true, false);
        app = new QuarterdeckShell(options, Settings.DEFAULTS.withTheme(ThemeChoice.LIGHT), Clock.systemDefaultZone(),
                Map.of(), () -> Store.open(StoreConfig.h2File(dataDir)), BackgroundTasks.forJavaFx());
        FxToolkit.setupFixture(() -> {
            app.show(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1400);
            stage.setHeight(900);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.shell().phase() == ShellPhase.READY);
        settle();
    }

    @AfterEach
    void shutDown() throws Exception {
        if (app != null) {
            FxToolkit.setupFixture(() -> {
                app.close();
                stage.hide();
            });
        }
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> fx(() -> app.runningJobs().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    private <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }

    private void click(String selector) throws Exception {
        fx(() -> {
            robot.lookup(selector).queryAs(Button.class).fire();
            return null;
        });
        settle();
    }

    private List<InboxItem> items() throws Exception {
        return fx(() -> List.copyOf(app.inbox().items()));
    }

    @Test
    void runApproveUndoEditAndRejectInBothThemes() throws Exception {
        boot();
        Store store = app.session().requireStore();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.CONTROL, KeyCode.DIGIT2);
        settle();
        assertThat(robot.lookup("#inbox-empty").query().isVisible()).isTrue();
        assertThat(robot.lookup("#inbox-badge").query().isVisible()).isFalse();

        click("#inbox-run");
        int pending = store.proposals().listByStatus(ProposalStatus.PENDING, 10_000).size();
        assertThat(pending).isPositive();
        assertThat(items()).hasSize(pending);
        assertThat(robot.lookup("#inbox-badge").queryAs(Label.class).getText()).isEqualTo(Integer.toString(pending));
        assertThat(robot.lookup("#inbox-empty").query().isVisible()).isFalse();
        assertThat(robot.lookup("#inbox-notice").queryAs(Label.class).getText())
                .startsWith(pending + " new proposals from 6 agents (rules, ");
        assertThat(robot.lookup(".proposal").queryAll()).hasSize(pending);
        assertThat(robot.lookup("#inbox-group-stakeholder").tryQuery()).isPresent();

        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            fx(() -> {
                app.settings().themeProperty().set(theme);
                return null;
            });
            settle();
            Path file = fx(() -> Screenshots.save(stage.getScene(), "inbox-" + theme.name().toLowerCase()));
            assertThat(file).exists();
        }

        // approve a draft: the stakeholder's last contact becomes today; undo restores it
        InboxItem draft = items().stream().filter(i -> i.proposal().kind() == ProposalKind.DRAFT_MESSAGE)
                .findFirst().orElseThrow();
        var payload = (ProposalPayload.DraftMessage) ProposalPayloads.read(draft.proposal());
        var before = store.stakeholders().find(payload.stakeholderId()).orElseThrow().lastContact();
        click("#proposal-" + draft.proposal().id() + " .button.success");
        assertThat(items()).doesNotContain(draft);
        assertThat(robot.lookup("#inbox-badge").queryAs(Label.class).getText()).isEqualTo(Integer.toString(pending - 1));
        assertThat(robot.lookup("#inbox-notice").queryAs(Label.class).getText()).startsWith("Applied: Recorded an update");
        assertThat(store.stakeholders().find(payload.stakeholderId()).orElseThrow().lastContact())
                .isEqualTo(java.time.LocalDate.now());
        click("#inbox-undo");
        assertThat(store.stakeholders().find(payload.stakeholderId()).orElseThrow().lastContact()).isEqualTo(before);
        assertThat(store.proposals().find(draft.proposal().id()).orElseThrow().status())
                .isEqualTo(ProposalStatus.UNDONE);

        // edit & approve a re-rating with a value out of range: refused inline, nothing applied; then a good one
        InboxItem rerate = items().stream().filter(i -> i.proposal().kind() == ProposalKind.UPDATE_RISK)
                .findFirst().orElseThrow();
        String card = "#proposal-" + rerate.proposal().id();
        fx(() -> {
            robot.lookup(card + " .button").queryAllAs(Button.class).stream()
                    .filter(b -> "Edit & approve".equals(b.getText())).findFirst().orElseThrow().fire();
            return null;
        });
        settle();
        fx(() -> {
            robot.lookup(card + " #edit-likelihood").queryAs(TextField.class).setText("9");
            robot.lookup(card + " .proposal-editor .button.success").queryAs(Button.class).fire();
            return null;
        });
        settle();
        assertThat(robot.lookup(card + " .proposal-error").queryAs(Label.class).getText())
                .contains("Likelihood must be a whole number from 1 to 5");
        Path editShot = fx(() -> Screenshots.save(stage.getScene(), "inbox-edit-dark"));
        assertThat(editShot).exists();
        fx(() -> {
            robot.lookup(card + " #edit-likelihood").queryAs(TextField.class).setText("2");
            robot.lookup(card + " .proposal-editor .button.success").queryAs(Button.class).fire();
            return null;
        });
        settle();
        var riskId = ((ProposalPayload.UpdateRisk) ProposalPayloads.read(rerate.proposal())).riskId();
        assertThat(store.risks().find(riskId).orElseThrow().likelihood()).isEqualTo(2);
        assertThat(store.proposals().find(rerate.proposal().id()).orElseThrow().status())
                .isEqualTo(ProposalStatus.EDITED_AND_APPROVED);

        // reject one; bulk-approve the strategy group
        InboxItem reject = items().get(0);
        fx(() -> {
            robot.lookup("#proposal-" + reject.proposal().id() + " .button").queryAllAs(Button.class).stream()
                    .filter(b -> "Reject".equals(b.getText())).findFirst().orElseThrow().fire();
            return null;
        });
        settle();
        assertThat(store.proposals().find(reject.proposal().id()).orElseThrow().status())
                .isEqualTo(ProposalStatus.REJECTED);
        long strategy = items().stream().filter(i -> i.proposal().agent().equals("strategy")).count();
        assertThat(strategy).isPositive();
        click("#inbox-approve-all-strategy");
        assertThat(items()).noneMatch(i -> i.proposal().agent().equals("strategy"));
        assertThat(robot.lookup("#inbox-notice").queryAs(Label.class).getText())
                .startsWith("Applied " + strategy + " of " + strategy + " strategy proposals");
    }
}
