package dev.quarterdeck.app.ai;

import dev.quarterdeck.app.shell.WorkspaceOpening;
import dev.quarterdeck.connectors.fake.FakeOllama;
import dev.quarterdeck.connectors.http.ApiClient;
import dev.quarterdeck.connectors.ollama.OllamaLanguageModel;
import dev.quarterdeck.core.agent.DemoFixture;
import dev.quarterdeck.core.ai.ModelSettings;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The demo workspace in a fresh H2 store at the demo's Saturday morning, and a local server speaking Ollama's HTTP
 * API with {@value #MODEL} installed: what the model-backed briefing and Ask tests run against.
 */
public final class FakeModelWorkspace implements AutoCloseable {

    public static final String MODEL = "llama3.1:8b";
    public static final Clock CLOCK = Clock.fixed(DemoFixture.NOW, DemoFixture.ZONE);

    public final FakeOllama ollama = new FakeOllama().install(MODEL);
    public final Store store;

    public FakeModelWorkspace(Path dir) {
        store = Store.open(StoreConfig.h2File(dir));
        WorkspaceOpening.importDemo(store, CLOCK);
    }

    /** The Ollama adapter pointed at the fake server, waiting at most {@code timeout} for an answer. */
    public OllamaLanguageModel model(Duration timeout) {
        return new OllamaLanguageModel(ModelSettings.defaults().withBaseUrl(ollama.baseUrl())
                .withRequestTimeout(timeout), ApiClient.standard("Ollama"));
    }

    @Override
    public void close() {
        store.close();
        ollama.close();
    }
}
