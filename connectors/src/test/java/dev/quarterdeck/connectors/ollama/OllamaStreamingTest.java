package dev.quarterdeck.connectors.ollama;

import static dev.quarterdeck.connectors.ollama.OllamaChatTest.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.connectors.fake.FakeOllama;
import dev.quarterdeck.connectors.fake.FakeOllamaFault;
import dev.quarterdeck.connectors.http.ApiClient;
import dev.quarterdeck.core.ai.CancellationToken;
import dev.quarterdeck.core.ai.ChatMessage;
import dev.quarterdeck.core.ai.ChatOptions;
import dev.quarterdeck.core.ai.ChatResult;
import dev.quarterdeck.core.ai.LanguageModel;
import dev.quarterdeck.core.ai.LanguageModelException.Kind;
import dev.quarterdeck.core.ai.ModelSettings;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Streamed answers (NDJSON) against a local server speaking Ollama's HTTP API. */
class OllamaStreamingTest {

    private static final String MODEL = "llama3.1:8b";
    private static final List<ChatMessage> QUESTION = List.of(ChatMessage.user("Summarise my week"));
    private static final String ANSWER = "You closed 12 tasks; the grant report slipped by two days.";

    private final FakeOllama ollama = new FakeOllama().install(MODEL);
    private final LanguageModel model = model(Duration.ofSeconds(10));
    private final List<String> tokens = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService stopper = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        stopper.shutdownNow();
        ollama.close();
    }

    @Test
    void deliversEachPieceAsItArrivesAndReturnsTheWholeAnswer() throws Exception {
        ollama.answer(ANSWER);

        ChatResult result = model.chatStreaming(QUESTION, ChatOptions.DEFAULT, tokens::add, new CancellationToken());

        assertThat(tokens).containsExactly("You ", "closed ", "12 ", "tasks; ", "the ", "grant ", "report ",
                "slipped ", "by ", "two ", "days.");
        assertThat(result.text()).isEqualTo(ANSWER).isEqualTo(String.join("", tokens));
        assertThat(result.model()).isEqualTo(MODEL);
        assertThat(result.promptTokens()).isEqualTo(3);
        assertThat(result.completionTokens()).isEqualTo(11);
        assertThat(ollama.lastBody("/api/chat").get("stream").asBoolean()).isTrue();
    }

    @Test
    void anErrorMidStreamFailsTheCallAfterThePiecesAlreadyDelivered() {
        ollama.answer(ANSWER).fault(FakeOllamaFault.errorMidStream(3, "an error was encountered while running the"
                + " model: unexpected EOF"));

        assertFails(() -> model.chatStreaming(QUESTION, ChatOptions.DEFAULT, tokens::add, new CancellationToken()),
                Kind.SERVER_ERROR, "Ollama stopped answering with an error: an error was encountered while running"
                        + " the model: unexpected EOF (model llama3.1:8b)");
        assertThat(tokens).containsExactly("You ", "closed ", "12 ");
    }

    @Test
    void aMissingModelIsA404BeforeTheStreamStarts() {
        ollama.uninstall(MODEL);

        assertFails(() -> model.chatStreaming(QUESTION, ChatOptions.DEFAULT, tokens::add, new CancellationToken()),
                Kind.MODEL_MISSING, "Model llama3.1:8b is not installed: run `ollama pull llama3.1:8b`");
        assertThat(tokens).isEmpty();
    }

    @Test
    void aStreamThatStallsTimesOutWithoutWaitingForTheStall() {
        LanguageModel impatient = model(Duration.ofMillis(400));
        ollama.answer(ANSWER).fault(FakeOllamaFault.stallMidStream(2, Duration.ofSeconds(10)));

        long started = System.nanoTime();
        assertFails(() -> impatient.chatStreaming(QUESTION, ChatOptions.DEFAULT, tokens::add,
                new CancellationToken()), Kind.TIMED_OUT, "Ollama did not answer within 400 ms");

        assertThat(tokens).containsExactly("You ", "closed ");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void aSlowFirstTokenTimesOut() {
        ollama.fault(FakeOllamaFault.slow("/api/chat", Duration.ofSeconds(8)));

        assertFails(() -> model.chatStreaming(QUESTION, ChatOptions.DEFAULT.withTimeout(Duration.ofMillis(300)),
                tokens::add, new CancellationToken()), Kind.TIMED_OUT, "within 300 ms");
    }

    @Test
    void aLineThatIsNotJsonIsMalformed() {
        ollama.answer(ANSWER).fault(FakeOllamaFault.garbageMidStream(1, "<html>502 Bad Gateway</html>"));

        assertFails(() -> model.chatStreaming(QUESTION, ChatOptions.DEFAULT, tokens::add, new CancellationToken()),
                Kind.MALFORMED_RESPONSE, "cannot read (invalid JSON at line 1, column 1) for /api/chat");
        assertThat(tokens).containsExactly("You ");
    }

    @Test
    void aStreamThatEndsWithoutItsDoneLineIsIncomplete() {
        ollama.answer(ANSWER).fault(FakeOllamaFault.cutOff(4));

        assertFails(() -> model.chatStreaming(QUESTION, ChatOptions.DEFAULT, tokens::add, new CancellationToken()),
                Kind.SERVER_ERROR, "Ollama's answer ended before it was complete");
        assertThat(tokens).hasSize(4);
    }

    @Test
    void cancellingStopsTheAnswerBetweenPieces() {
        ollama.answer(ANSWER).pieceDelay(Duration.ofMillis(400));
        CancellationToken cancellation = new CancellationToken();

        long started = System.nanoTime();
        assertFails(() -> model.chatStreaming(QUESTION, ChatOptions.DEFAULT, token -> {
            tokens.add(token);
            if (tokens.size() == 2) {
                cancellation.cancel();
            }
        }, cancellation), Kind.CANCELLED, "The answer was stopped");

        assertThat(tokens).containsExactly("You ", "closed ");
        // The whole answer would take 12 × 400 ms.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(4_000));
    }

    @Test
    void cancellingWhileTheModelIsStillLoadingStopsTheWait() {
        ollama.fault(FakeOllamaFault.slow("/api/chat", Duration.ofSeconds(10)));
        CancellationToken cancellation = new CancellationToken();
        stopper.schedule(cancellation::cancel, 200, TimeUnit.MILLISECONDS);

        long started = System.nanoTime();
        assertFails(() -> model.chatStreaming(QUESTION, ChatOptions.DEFAULT, tokens::add, cancellation),
                Kind.CANCELLED, "stopped");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
        assertThat(tokens).isEmpty();
    }

    @Test
    void anAlreadyCancelledTokenSendsNothing() {
        CancellationToken cancellation = new CancellationToken();
        cancellation.cancel();

        assertFails(() -> model.chatStreaming(QUESTION, ChatOptions.DEFAULT, tokens::add, cancellation),
                Kind.CANCELLED, "stopped");
        assertThat(ollama.requests()).isEmpty();
    }

    @Test
    void anUnreachableServerSaysOllamaIsNotRunning() throws Exception {
        ModelSettings settings = ModelSettings.defaults().withBaseUrl(OllamaChatTest.closedPort());
        LanguageModel nobodyHome = new OllamaLanguageModel(settings, ApiClient.standard("Ollama"));

        assertFails(() -> nobodyHome.chatStreaming(QUESTION, ChatOptions.DEFAULT, tokens::add,
                new CancellationToken()), Kind.UNREACHABLE, "Ollama is not running at " + settings.baseUrl());
    }

    private LanguageModel model(Duration timeout) {
        ModelSettings settings = ModelSettings.defaults().withBaseUrl(ollama.baseUrl()).withRequestTimeout(timeout);
        return new OllamaLanguageModel(settings, ApiClient.standard("Ollama"));
    }
}
