package dev.quarterdeck.connectors.ollama;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quarterdeck.connectors.fake.FakeOllama;
import dev.quarterdeck.connectors.fake.FakeOllamaFault;
import dev.quarterdeck.connectors.http.ApiClient;
import dev.quarterdeck.core.ai.ChatMessage;
import dev.quarterdeck.core.ai.ChatOptions;
import dev.quarterdeck.core.ai.ChatResult;
import dev.quarterdeck.core.ai.JsonSchema;
import dev.quarterdeck.core.ai.LanguageModel;
import dev.quarterdeck.core.ai.LanguageModelException;
import dev.quarterdeck.core.ai.LanguageModelException.Kind;
import dev.quarterdeck.core.ai.ModelAnswerRejected;
import dev.quarterdeck.core.ai.ModelSettings;
import dev.quarterdeck.core.ai.NoLanguageModel;
import dev.quarterdeck.core.ai.StructuredAnswer;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Non-streamed chat and structured answers against a local server speaking Ollama's HTTP API. */
class OllamaChatTest {

    private static final String MODEL = "llama3.1:8b";
    private static final List<ChatMessage> QUESTION = List.of(
            ChatMessage.system("You are Quarterdeck's planning assistant."),
            ChatMessage.user("Which task should I do first?"));

    /** What the document agent asks for: action items with an owner and a bounded confidence. */
    private static final JsonSchema ACTIONS = JsonSchema.parse("""
            {"type": "object",
             "properties": {
               "actions": {"type": "array", "items": {
                 "type": "object",
                 "properties": {"title": {"type": "string", "minLength": 1},
                                "owner": {"type": ["string", "null"]},
                                "confidence": {"type": "number", "minimum": 0, "maximum": 1}},
                 "required": ["title", "confidence"]}}},
             "required": ["actions"]}
            """);

    record Action(String title, String owner, double confidence) {
    }

    record Actions(List<Action> actions) {
    }

    private final FakeOllama ollama = new FakeOllama().install(MODEL, "nomic-embed-text:latest");
    private final LanguageModel model = model(settings());

    @AfterEach
    void stop() {
        ollama.close();
    }

    @Test
    void chatReturnsTheAnswerWithModelAndTokenCounts() throws Exception {
        ollama.answer("Start with the vendor contract: it blocks three tasks.");

        ChatResult result = model.chat(QUESTION, ChatOptions.DEFAULT);

        assertThat(result.text()).isEqualTo("Start with the vendor contract: it blocks three tasks.");
        assertThat(result.model()).isEqualTo(MODEL);
        assertThat(result.promptTokens()).isEqualTo(11);
        assertThat(result.completionTokens()).isEqualTo(9);
        assertThat(result.duration()).isPositive();
    }

    @Test
    void sendsTheConversationAndOptionsInOllamasTerms() throws Exception {
        model.chat(QUESTION, ChatOptions.DEFAULT.withTemperature(0).withMaxTokens(200).withContextTokens(8192)
                .withSeed(42));

        JsonNode body = ollama.lastBody("/api/chat");
        assertThat(body.get("model").asText()).isEqualTo(MODEL);
        assertThat(body.get("stream").asBoolean()).isFalse();
        assertThat(body.has("format")).isFalse();
        assertThat(body.get("messages")).hasSize(2);
        assertThat(body.at("/messages/0/role").asText()).isEqualTo("system");
        assertThat(body.at("/messages/1/role").asText()).isEqualTo("user");
        assertThat(body.at("/messages/1/content").asText()).isEqualTo("Which task should I do first?");
        assertThat(body.at("/options/temperature").asDouble()).isZero();
        assertThat(body.at("/options/num_predict").asInt()).isEqualTo(200);
        assertThat(body.at("/options/num_ctx").asInt()).isEqualTo(8192);
        assertThat(body.at("/options/seed").asLong()).isEqualTo(42);
    }

    @Test
    void leavesOptionsOutWhenNoneAreSet() throws Exception {
        model.chat(QUESTION, ChatOptions.DEFAULT);

        assertThat(ollama.lastBody("/api/chat").has("options")).isFalse();
    }

    @Test
    void structuredSendsTheSchemaAsFormatAndReturnsTheCheckedAnswer() throws Exception {
        ollama.answer("""
                {"actions": [{"title": "Send the signed contract", "owner": "Ana", "confidence": 0.9},
                             {"title": "Book the venue", "owner": null, "confidence": 0.6}]}""");

        StructuredAnswer<Actions> answer = model.structured(QUESTION, ACTIONS, Actions.class, ChatOptions.DEFAULT);

        assertThat(ollama.lastBody("/api/chat").get("format")).isEqualTo(ACTIONS.toJson());
        assertThat(ollama.lastBody("/api/chat").get("stream").asBoolean()).isFalse();
        assertThat(answer.value().actions()).containsExactly(
                new Action("Send the signed contract", "Ana", 0.9), new Action("Book the venue", null, 0.6));
        assertThat(answer.result().model()).isEqualTo(MODEL);
        assertThat(answer.result().completionTokens()).isPositive();
    }

    @Test
    void aSchemaViolatingAnswerIsRejectedWithTheViolations() {
        ollama.answer("{\"actions\": [{\"title\": \"Book the venue\", \"confidence\": 1.7}]}");

        assertThatThrownBy(() -> model.structured(QUESTION, ACTIONS, Actions.class, ChatOptions.DEFAULT))
                .isInstanceOfSatisfying(ModelAnswerRejected.class, rejected -> {
                    assertThat(rejected.kind()).isEqualTo(Kind.ANSWER_REJECTED);
                    assertThat(rejected.violations())
                            .containsExactly("$.actions[0].confidence: 1.7 is above the maximum 1");
                    assertThat(rejected.answer()).contains("Book the venue");
                });
    }

    @Test
    void anAnswerThatIsNotJsonIsRejected() {
        ollama.answer("Here are the actions: 1. Book the venue");

        assertThatThrownBy(() -> model.structured(QUESTION, ACTIONS, ChatOptions.DEFAULT))
                .isInstanceOfSatisfying(ModelAnswerRejected.class, rejected ->
                        assertThat(rejected.reason()).startsWith("the answer is not valid JSON"));
    }

    @Test
    void aReplyThatIsNotOllamasJsonIsMalformed() {
        ollama.fault(FakeOllamaFault.raw("/api/chat", 200, "{\"model\": \"llama3.1:8b\", \"message\": {\"rol"));

        assertFails(() -> model.chat(QUESTION, ChatOptions.DEFAULT), Kind.MALFORMED_RESPONSE,
                "Ollama sent a reply Quarterdeck cannot read (invalid JSON at line 1");
    }

    @Test
    void aReplyWithoutMessageContentIsMalformed() {
        ollama.fault(FakeOllamaFault.raw("/api/chat", 200, "{\"model\": \"llama3.1:8b\", \"done\": true}"));

        assertFails(() -> model.chat(QUESTION, ChatOptions.DEFAULT), Kind.MALFORMED_RESPONSE,
                "(no message.content text) for /api/chat");
    }

    @Test
    void aMissingModelSaysHowToInstallIt() {
        ollama.uninstall(MODEL);

        assertFails(() -> model.chat(QUESTION, ChatOptions.DEFAULT), Kind.MODEL_MISSING,
                "Model llama3.1:8b is not installed: run `ollama pull llama3.1:8b`");
        assertFails(() -> model.structured(QUESTION, ACTIONS, ChatOptions.DEFAULT), Kind.MODEL_MISSING,
                "run `ollama pull llama3.1:8b`");
    }

    @Test
    void busyAndFailingServersAreServerErrorsWithOllamasMessage() {
        ollama.fault(FakeOllamaFault.raw("/api/chat", 503, "{\"error\":\"server busy, please try again.\"}"));
        ollama.fault(FakeOllamaFault.raw("/api/chat", 500,
                "{\"error\":\"llama runner process has terminated: signal: killed\"}"));

        assertFails(() -> model.chat(QUESTION, ChatOptions.DEFAULT), Kind.SERVER_ERROR,
                "Ollama is busy (503: server busy, please try again.)");
        assertFails(() -> model.chat(QUESTION, ChatOptions.DEFAULT), Kind.SERVER_ERROR,
                "Ollama failed (500: llama runner process has terminated: signal: killed)");
    }

    @Test
    void aBadRequestIsRefusedAndNotRetried() {
        ollama.fault(FakeOllamaFault.raw("/api/chat", 400, "{\"error\":\"invalid format: expected \\\"json\\\"\"}"));

        assertFails(() -> model.chat(QUESTION, ChatOptions.DEFAULT), Kind.REFUSED,
                "Ollama refused the request (400: invalid format");
        assertThat(ollama.requests("/api/chat")).hasSize(1);
    }

    @Test
    void aSlowAnswerTimesOutAfterTheRequestTimeoutAndIsNotRetried() {
        LanguageModel impatient = model(settings().withRequestTimeout(Duration.ofMillis(300)));
        ollama.fault(FakeOllamaFault.slow("/api/chat", Duration.ofSeconds(8)));

        long started = System.nanoTime();
        assertFails(() -> impatient.chat(QUESTION, ChatOptions.DEFAULT), Kind.TIMED_OUT,
                "Ollama did not answer within 300 ms (model llama3.1:8b)");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
        assertThat(ollama.requests("/api/chat")).hasSize(1);
    }

    @Test
    void aRequestsOwnTimeoutReplacesTheSettingsOne() {
        ollama.fault(FakeOllamaFault.slow("/api/chat", Duration.ofSeconds(8)));

        assertFails(() -> model.structured(QUESTION, ACTIONS,
                ChatOptions.DEFAULT.withTimeout(Duration.ofMillis(250))), Kind.TIMED_OUT, "within 250 ms");
    }

    @Test
    void anUnreachableServerSaysOllamaIsNotRunningThere() throws Exception {
        URI closed = closedPort();
        LanguageModel nobodyHome = model(settings().withBaseUrl(closed));

        assertFails(() -> nobodyHome.chat(QUESTION, ChatOptions.DEFAULT), Kind.UNREACHABLE,
                "Ollama is not running at " + closed);
    }

    @Test
    void aModelSwitchedOffInTheSettingsIsNoLanguageModel() {
        assertThat(OllamaLanguageModel.fromSettings(settings().withEnabled(false))).isInstanceOf(NoLanguageModel.class);
        assertThat(OllamaLanguageModel.fromSettings(settings())).isInstanceOf(OllamaLanguageModel.class);
    }

    static void assertFails(ThrowingCallable call, Kind kind, String messagePart) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LanguageModelException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }

    static URI closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    private ModelSettings settings() {
        return ModelSettings.defaults().withBaseUrl(ollama.baseUrl()).withRequestTimeout(Duration.ofSeconds(10));
    }

    private static LanguageModel model(ModelSettings settings) {
        return new OllamaLanguageModel(settings, ApiClient.standard("Ollama"));
    }
}
