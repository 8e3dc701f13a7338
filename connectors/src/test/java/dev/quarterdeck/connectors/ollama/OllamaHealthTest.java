package dev.quarterdeck.connectors.ollama;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.connectors.fake.FakeOllama;
import dev.quarterdeck.connectors.fake.FakeOllamaFault;
import dev.quarterdeck.connectors.http.ApiClient;
import dev.quarterdeck.core.ai.ModelHealth;
import dev.quarterdeck.core.ai.ModelSettings;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Settings' "Test" button: version, installed models and what to do when something is missing. */
class OllamaHealthTest {

    private final FakeOllama ollama = new FakeOllama();

    @AfterEach
    void stop() {
        ollama.close();
    }

    @Test
    void aReadyServerShowsItsVersionAndModels() {
        ollama.install("llama3.1:8b", "nomic-embed-text:latest", "qwen2.5:7b");

        ModelHealth health = health(settings());

        assertThat(health.reachable()).isTrue();
        assertThat(health.ready()).isTrue();
        assertThat(health.serverVersion()).isEqualTo(FakeOllama.VERSION);
        assertThat(health.installedModels()).containsExactly("llama3.1:8b", "nomic-embed-text:latest", "qwen2.5:7b");
        assertThat(health.configuredModelPresent()).isTrue();
        assertThat(health.embeddingModelPresent()).isTrue();
        assertThat(health.message()).isEqualTo("Ollama 0.6.8 is running with llama3.1:8b");
    }

    @Test
    void aMissingModelSaysWhichCommandInstallsIt() {
        ollama.install("nomic-embed-text:latest", "qwen2.5:7b");

        ModelHealth health = health(settings());

        assertThat(health.reachable()).isTrue();
        assertThat(health.ready()).isFalse();
        assertThat(health.configuredModelPresent()).isFalse();
        assertThat(health.message()).isEqualTo("Model llama3.1:8b is not installed: run `ollama pull llama3.1:8b`");
    }

    @Test
    void aMissingEmbeddingModelIsNamedButChatStillWorks() {
        ollama.install("llama3.1:8b");

        ModelHealth health = health(settings());

        assertThat(health.ready()).isTrue();
        assertThat(health.embeddingModelPresent()).isFalse();
        assertThat(health.message()).isEqualTo("Ollama 0.6.8 is running with llama3.1:8b; embedding model"
                + " nomic-embed-text is not installed: run `ollama pull nomic-embed-text`");
    }

    @Test
    void aModelWithoutATagMeansLatest() {
        ollama.install("mistral:latest", "nomic-embed-text:latest");

        assertThat(health(settings().withModel("mistral")).configuredModelPresent()).isTrue();
        assertThat(health(settings().withModel("mistral:7b")).configuredModelPresent()).isFalse();
    }

    @Test
    void anUnreachableServerSaysOllamaIsNotRunningThere() throws Exception {
        URI closed = OllamaChatTest.closedPort();

        ModelHealth health = health(settings().withBaseUrl(closed));

        assertThat(health.reachable()).isFalse();
        assertThat(health.serverVersion()).isNull();
        assertThat(health.installedModels()).isEmpty();
        assertThat(health.message()).isEqualTo("Ollama is not running at " + closed);
    }

    @Test
    void theDefaultAddressIsNamedInTheMessage() {
        assertThat(OllamaFailures.notRunningMessage(ModelSettings.DEFAULT_BASE_URL))
                .isEqualTo("Ollama is not running at http://127.0.0.1:11434");
    }

    @Test
    void aServerThatIsNotOllamaIsReportedAsSuch() {
        ollama.fault(FakeOllamaFault.raw("/api/version", 404, "404 page not found"));

        ModelHealth health = health(settings());

        assertThat(health.reachable()).isFalse();
        assertThat(health.message()).startsWith("The server at " + ollama.baseUrl() + " did not answer like Ollama")
                .contains("404");
    }

    private ModelSettings settings() {
        return ModelSettings.defaults().withBaseUrl(ollama.baseUrl()).withRequestTimeout(Duration.ofSeconds(5));
    }

    private static ModelHealth health(ModelSettings settings) {
        return new OllamaLanguageModel(settings, ApiClient.standard("Ollama")).health();
    }
}
