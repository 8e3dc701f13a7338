package dev.quarterdeck.app.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.connectors.ollama.OllamaLanguageModel;
import dev.quarterdeck.core.ai.ModelHealth;
import dev.quarterdeck.core.ai.ModelSettings;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AiSettingsModelTest {

    @TempDir
    Path dir;

    private AiSettingsModel model() {
        return new AiSettingsModel(BackgroundTasks.synchronous(), new AiSettingsFile(dir),
                OllamaLanguageModel::fromSettings);
    }

    @Test
    void startsWithTheDefaultsAndKeepsWhatIsSaved() {
        AiSettingsModel model = model();
        assertThat(model.baseUrlProperty().get()).isEqualTo("http://127.0.0.1:11434");
        assertThat(model.modelProperty().get()).isEqualTo("llama3.1:8b");
        assertThat(model.timeoutSecondsProperty().get()).isEqualTo("120");

        model.modelProperty().set("qwen2.5:7b");
        model.timeoutSecondsProperty().set("300");
        assertThat(model.save()).isTrue();

        ModelSettings saved = new AiSettingsFile(dir).load();
        assertThat(saved.model()).isEqualTo("qwen2.5:7b");
        assertThat(saved.requestTimeout()).isEqualTo(Duration.ofSeconds(300));
        assertThat(model().modelProperty().get()).isEqualTo("qwen2.5:7b");
    }

    @Test
    void refusesValuesThatCannotWork() {
        AiSettingsModel model = model();
        model.timeoutSecondsProperty().set("2");
        assertThat(model.save()).isFalse();
        assertThat(model.resultProperty().get()).startsWith("Timeout must be between 5 and 3600 seconds");
        assertThat(model.problemProperty().get()).isTrue();
        model.timeoutSecondsProperty().set("60");
        model.baseUrlProperty().set("localhost");
        assertThat(model.save()).isFalse();
        assertThat(model.resultProperty().get()).isEqualTo("Base URL must look like http://127.0.0.1:11434");
    }

    @Test
    void testAgainstAServerThatIsNotThereSaysSo() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        AiSettingsModel model = model();
        model.baseUrlProperty().set("http://127.0.0.1:" + port);

        model.test();

        assertThat(model.problemProperty().get()).isTrue();
        assertThat(model.resultProperty().get()).isNotBlank().doesNotStartWith("Asking");
    }

    @Test
    void describesAMissingModelWithThePullCommand() {
        ModelSettings settings = ModelSettings.defaults();
        ModelHealth health = new ModelHealth(true, "0.12.3", List.of("nomic-embed-text:latest"), false, true,
                "The model llama3.1:8b is not installed");
        assertThat(AiSettingsModel.describe(health, settings))
                .isEqualTo("Ollama 0.12.3 · installed: nomic-embed-text:latest\nThe model llama3.1:8b is not installed"
                        + "\nRun `ollama pull llama3.1:8b`");
    }

    @Test
    void withAiOffTheTestDoesNotCallTheServer() {
        AiSettingsModel model = new AiSettingsModel(BackgroundTasks.synchronous(), new AiSettingsFile(dir),
                settings -> {
                    throw new AssertionError("no server call with AI off");
                });
        model.enabledProperty().set(false);
        model.test();
        assertThat(model.resultProperty().get()).startsWith("AI is off");
    }
}
