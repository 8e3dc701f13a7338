package dev.quarterdeck.connectors.ollama;

import static dev.quarterdeck.connectors.ollama.OllamaChatTest.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quarterdeck.connectors.fake.FakeOllama;
import dev.quarterdeck.connectors.fake.FakeOllamaFault;
import dev.quarterdeck.connectors.http.ApiClient;
import dev.quarterdeck.core.ai.LanguageModel;
import dev.quarterdeck.core.ai.LanguageModelException.Kind;
import dev.quarterdeck.core.ai.ModelSettings;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OllamaEmbedTest {

    private final FakeOllama ollama = new FakeOllama().install("llama3.1:8b", "nomic-embed-text:latest");
    private final LanguageModel model = new OllamaLanguageModel(ModelSettings.defaults()
            .withBaseUrl(ollama.baseUrl()).withRequestTimeout(Duration.ofSeconds(10)), ApiClient.standard("Ollama"));

    @AfterEach
    void stop() {
        ollama.close();
    }

    @Test
    void embedsEveryTextInOneRequestWithTheEmbeddingModel() throws Exception {
        List<String> texts = List.of("Renew the venue contract", "Draft the grant report", "Renew the venue contract");

        List<float[]> vectors = model.embed(texts);

        assertThat(vectors).hasSize(3).allSatisfy(v -> assertThat(v).hasSize(FakeOllama.EMBEDDING_DIMENSIONS));
        assertThat(vectors.get(0)).containsExactly(FakeOllama.vectorOf("Renew the venue contract"));
        assertThat(vectors.get(1)).containsExactly(FakeOllama.vectorOf("Draft the grant report"));
        assertThat(vectors.get(2)).containsExactly(vectors.get(0));
        JsonNode body = ollama.lastBody("/api/embed");
        assertThat(body.get("model").asText()).isEqualTo("nomic-embed-text");
        assertThat(body.get("input")).hasSize(3);
        assertThat(ollama.requests("/api/embed")).hasSize(1);
    }

    @Test
    void noTextsNeedNoRequest() throws Exception {
        assertThat(model.embed(List.of())).isEmpty();
        assertThat(ollama.requests()).isEmpty();
    }

    @Test
    void aMissingEmbeddingModelSaysHowToInstallIt() {
        ollama.uninstall("nomic-embed-text:latest");

        assertFails(() -> model.embed(List.of("text")), Kind.MODEL_MISSING,
                "Model nomic-embed-text is not installed: run `ollama pull nomic-embed-text`");
    }

    @Test
    void aReplyWithTheWrongNumberOfVectorsIsMalformed() {
        ollama.fault(FakeOllamaFault.raw("/api/embed", 200, "{\"model\":\"nomic-embed-text\",\"embeddings\":[[0.1,0.2]]}"));

        assertFails(() -> model.embed(List.of("one", "two")), Kind.MALFORMED_RESPONSE, "1 vectors for 2 texts");
    }

    @Test
    void vectorsOfDifferentLengthsAreMalformed() {
        ollama.fault(FakeOllamaFault.raw("/api/embed", 200,
                "{\"model\":\"nomic-embed-text\",\"embeddings\":[[0.1,0.2],[0.3]]}"));

        assertFails(() -> model.embed(List.of("one", "two")), Kind.MALFORMED_RESPONSE, "different lengths");
    }

    @Test
    void aSlowEmbeddingTimesOut() {
        LanguageModel impatient = new OllamaLanguageModel(ModelSettings.defaults().withBaseUrl(ollama.baseUrl())
                .withRequestTimeout(Duration.ofMillis(300)), ApiClient.standard("Ollama"));
        ollama.fault(FakeOllamaFault.slow("/api/embed", Duration.ofSeconds(8)));

        assertFails(() -> impatient.embed(List.of("text")), Kind.TIMED_OUT, "within 300 ms (model nomic-embed-text)");
    }
}
