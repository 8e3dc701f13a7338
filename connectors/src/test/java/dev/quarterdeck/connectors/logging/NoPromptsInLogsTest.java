package dev.quarterdeck.connectors.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.quarterdeck.connectors.fake.FakeOllama;
import dev.quarterdeck.connectors.fake.FakeOllamaFault;
import dev.quarterdeck.connectors.http.ApiClient;
import dev.quarterdeck.connectors.ollama.OllamaLanguageModel;
import dev.quarterdeck.core.ai.CancellationToken;
import dev.quarterdeck.core.ai.ChatMessage;
import dev.quarterdeck.core.ai.ChatOptions;
import dev.quarterdeck.core.ai.JsonSchema;
import dev.quarterdeck.core.ai.LanguageModel;
import dev.quarterdeck.core.ai.LanguageModelException;
import dev.quarterdeck.core.ai.ModelSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Prompts and answers hold the user's workspace (names, budgets, risks): with DEBUG logging everywhere, through
 * answers, rejected answers and failures, none of their text may reach a log line or a logged exception.
 */
class NoPromptsInLogsTest {

    private static final String PROMPT = "Salary of Dana Whitfield is 91,500 EUR (prompt-marker-7f3a)";
    private static final String ANSWER = "Dana Whitfield earns too little (answer-marker-91c2)";

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Logger root;
    private Level previousLevel;

    @BeforeEach
    void captureEverything() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        previousLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void restore() {
        root.detachAppender(appender);
        root.setLevel(previousLevel);
    }

    @Test
    void noPromptOrAnswerTextIsLogged() throws Exception {
        List<ChatMessage> question = List.of(ChatMessage.user(PROMPT));
        JsonSchema schema = JsonSchema.parse("{\"type\": \"object\", \"required\": [\"verdict\"]}");
        try (FakeOllama ollama = new FakeOllama().install("llama3.1:8b", "nomic-embed-text:latest")) {
            LanguageModel model = new OllamaLanguageModel(ModelSettings.defaults().withBaseUrl(ollama.baseUrl())
                    .withRequestTimeout(Duration.ofSeconds(10)), ApiClient.standard("Ollama"));

            ollama.answer(ANSWER);
            model.chat(question, ChatOptions.DEFAULT);
            ollama.answer(ANSWER);
            model.chatStreaming(question, ChatOptions.DEFAULT, token -> { }, new CancellationToken());
            ollama.answer(ANSWER);
            assertThatThrownBy(() -> model.structured(question, schema, ChatOptions.DEFAULT))
                    .isInstanceOf(LanguageModelException.class);
            ollama.answer("{\"note\": \"" + ANSWER + "\"}");
            assertThatThrownBy(() -> model.structured(question, schema, ChatOptions.DEFAULT))
                    .isInstanceOf(LanguageModelException.class);
            ollama.answer(ANSWER).fault(FakeOllamaFault.garbageMidStream(2, ANSWER));
            assertThatThrownBy(() -> model.chatStreaming(question, ChatOptions.DEFAULT, token -> { },
                    new CancellationToken())).isInstanceOf(LanguageModelException.class);
            model.embed(List.of(PROMPT));
            model.health();
        }

        List<String> logged = new ArrayList<>();
        for (ILoggingEvent event : appender.list) {
            logged.add(event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                logged.add(t.getMessage());
            }
        }
        assertThat(logged).anyMatch(line -> line != null && line.contains("/api/chat"));
        assertThat(logged).noneMatch(line -> line != null
                && (line.contains("marker") || line.contains("Dana") || line.contains("Whitfield") || line.contains("91,500")));
    }
}
