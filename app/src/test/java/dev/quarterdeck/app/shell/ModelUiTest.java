package dev.quarterdeck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.ai.AiSettingsFile;
import dev.quarterdeck.app.ai.ModelAnswers;
import dev.quarterdeck.app.ask.AskMessage;
import dev.quarterdeck.connectors.fake.FakeOllama;
import dev.quarterdeck.connectors.fake.FakeOllamaFault;
import dev.quarterdeck.core.agent.ProposalStatus;
import dev.quarterdeck.core.ai.ModelSettings;
import dev.quarterdeck.core.briefing.BriefingKind;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Briefing and Ask screens with the app pointed at a local server speaking Ollama's HTTP API: a briefing the
 * model wrote, named as its author, after one it botched (the rules' briefing with the reason beside it); an answer
 * from the model's tool loop with its sources and a proposal waiting in the Inbox; Stop while the model works.
 */
class ModelUiTest {

    private static final String MODEL = "llama3.1:8b";

    @TempDir
    Path dataDir;

    @RegisterExtension
    final ShellFixture ui = new ShellFixture();

    private final FxRobot robot = ui.robot();
    private final FakeOllama ollama = new FakeOllama().install(MODEL);
    private QuarterdeckShell app;

    private void boot() throws Exception {
        new AiSettingsFile(dataDir).save(ModelSettings.defaults().withBaseUrl(ollama.baseUrl())
                .withRequestTimeout(Duration.ofSeconds(30)));
        app = ui.boot(dataDir);
        // the schedule's first check composes the newest due briefing (the model's echo is refused: rules write it)
        Store store = ui.store();
        ui.waitUntil(() -> !store.briefings().list(10).isEmpty());
    }

    @AfterEach
    void closeTheShellThenTheModelServer() throws Exception {
        ui.close();
        ollama.close();
    }

    private String text(String selector) throws Exception {
        return ui.fx(() -> robot.lookup(selector).queryAs(Label.class).getText());
    }

    private boolean visible(String selector) throws Exception {
        return ui.fx(() -> robot.lookup(selector).queryAs(Node.class).isVisible());
    }

    @Test
    void theBriefingSaysTheModelWroteItOrWhyTheRulesDid() throws Exception {
        boot();
        ui.press(KeyCode.CONTROL, KeyCode.DIGIT7);
        ui.click("#briefing-kind-morning");

        // no scripted answer: the fake model answers prose, which is refused
        ui.click("#briefing-compose");
        assertThat(text("#briefing-produced")).startsWith("Composed by rules · ");
        assertThat(visible("#briefing-model-problem")).isTrue();
        assertThat(text("#briefing-model-problem")).contains("not valid JSON");

        ollama.answer(ModelAnswers.briefing(ModelAnswers.facts(ollama.lastBody("/api/chat")), ""));
        ui.click("#briefing-compose");
        assertThat(text("#briefing-produced")).startsWith("Written by " + MODEL + " from the rules' facts · ");
        assertThat(visible("#briefing-model-problem")).isFalse();
        assertThat(app.session().requireStore().briefings().latest(BriefingKind.MORNING)).get()
                .satisfies(b -> assertThat(b.producedBy()).isEqualTo(MODEL));
        assertThat(robot.lookup(".briefing-heading").queryAll()).extracting(n -> ((Label) n).getText())
                .contains("Today's meetings", "Top three", "Sources");

        ui.screenshotsInBothThemes("briefing-model");
    }

    @Test
    void askShowsTheModelsAnswerWithSourcesItsProposalInTheInboxAndCanBeStopped() throws Exception {
        boot();
        Store store = app.session().requireStore();
        Risk top = store.risks().listAll().stream().filter(r -> r.status().isActive())
                .max(Comparator.comparingInt(Risk::score)).orElseThrow();
        String code = store.projects().find(top.projectId()).orElseThrow().code();
        String ref = "risk:" + top.id().toString().substring(0, 8);
        ollama.answer("{\"tool\": \"risks\", \"args\": {\"min_score\": 15}, \"answer\": null}")
                .answer("""
                        {"tool": null,
                         "answer": "The highest risk is %s %s \\u201c%s\\u201d at %d. Its review is the first thing \
                        to do; I have proposed a follow-up risk for the vendor's notice period.",
                         "references": ["%s"],
                         "proposals": [{"kind": "add_risk", "summary": "Add risk: vendor gives short notice",
                           "rationale": "The top risk depends on the vendor.", "confidence": 0.6,
                           "project": "%s", "title": "Vendor gives short notice", "likelihood": 3, "impact": 4}]}
                        """.formatted(code, top.key(), top.title(), top.score(), ref, code));
        ui.press(KeyCode.CONTROL, KeyCode.DIGIT8);

        ask("Which risk matters most right now?");
        ui.settle();

        List<AskMessage> messages = ui.fx(() -> List.copyOf(app.ask().messages()));
        assertThat(messages).hasSize(2);
        assertThat(messages.get(1).producedBy()).isEqualTo(MODEL);
        assertThat(messages.get(1).text()).contains("## Sources", ref, "## Proposed (pending in the Inbox)");
        assertThat(visible("#ask-model-problem")).isFalse();
        assertThat(robot.lookup(".ask-answer").queryAll()).hasSize(1);
        assertThat(store.proposals().listByStatus(ProposalStatus.PENDING, 10_000))
                .anyMatch(p -> p.agent().equals("ask") && p.summary().equals("Add risk: vendor gives short notice"));
        assertThat(store.risks().listAll()).noneMatch(r -> r.title().equals("Vendor gives short notice"));

        ui.screenshotsInBothThemes("ask-model");

        // Stop while the model is still thinking: nothing is answered or stored, and the view says so
        ollama.fault(FakeOllamaFault.slow("/api/chat", Duration.ofSeconds(3)));
        ask("And what is overdue in " + code + "?");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visible("#ask-stop"));
        ui.click("#ask-stop");
        assertThat(ui.fx(() -> app.ask().answeringProperty().get())).isFalse();
        assertThat(text("#ask-model-problem")).isEqualTo("Stopped: the question was not answered.");
        assertThat(ui.fx(() -> app.ask().messages().size())).isEqualTo(3);
    }

    private void ask(String question) throws Exception {
        ui.fx(() -> {
            robot.lookup("#ask-question").queryAs(TextField.class).setText(question);
            robot.lookup("#ask-send").queryAs(Button.class).fire();
            return null;
        });
    }
}
