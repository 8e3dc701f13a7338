package dev.quarterdeck.connectors.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quarterdeck.connectors.http.ApiClient;
import dev.quarterdeck.connectors.http.ApiResponse;
import dev.quarterdeck.connectors.http.Json;
import dev.quarterdeck.connectors.http.LineStream;
import dev.quarterdeck.core.ai.CancellationToken;
import dev.quarterdeck.core.ai.ChatMessage;
import dev.quarterdeck.core.ai.ChatOptions;
import dev.quarterdeck.core.ai.ChatResult;
import dev.quarterdeck.core.ai.JsonSchema;
import dev.quarterdeck.core.ai.LanguageModel;
import dev.quarterdeck.core.ai.LanguageModelException;
import dev.quarterdeck.core.ai.ModelAnswerRejected;
import dev.quarterdeck.core.ai.ModelHealth;
import dev.quarterdeck.core.ai.ModelSettings;
import dev.quarterdeck.core.ai.NoLanguageModel;
import dev.quarterdeck.core.ai.StructuredAnswer;
import dev.quarterdeck.core.connector.ConnectorException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language model port over a local Ollama server. Chat, streaming, structured answers and embeddings talk to
 * Ollama's HTTP API through {@link ApiClient}'s single-attempt calls (a two-minute generation is never retried
 * behind the caller's back); the health check uses ollama4j. Why the split: ADR 0006. Prompts and answers are never
 * logged: they hold the user's workspace. Thread-safe.
 */
public final class OllamaLanguageModel implements LanguageModel {

    private static final Logger log = LoggerFactory.getLogger(OllamaLanguageModel.class);
    private static final String CHAT = "/api/chat";
    private static final String EMBED = "/api/embed";

    private final ModelSettings settings;
    private final ApiClient api;
    private final OllamaHealthCheck healthCheck;
    private final OllamaFailures failures;

    public OllamaLanguageModel(ModelSettings settings, ApiClient api) {
        this.settings = settings;
        this.api = api;
        this.healthCheck = new OllamaHealthCheck(settings);
        this.failures = new OllamaFailures(settings.baseUrl());
    }

    /** The model the settings ask for: Ollama when AI is on, {@link NoLanguageModel} when it is off. */
    public static LanguageModel fromSettings(ModelSettings settings) {
        if (!settings.enabled()) {
            return new NoLanguageModel();
        }
        return new OllamaLanguageModel(settings, ApiClient.standard("Ollama"));
    }

    @Override
    public ChatResult chat(List<ChatMessage> messages, ChatOptions options) throws LanguageModelException {
        return complete(OllamaRequests.chat(settings.model(), messages, options, false, null), options);
    }

    @Override
    public StructuredAnswer<JsonNode> structured(List<ChatMessage> messages, JsonSchema schema, ChatOptions options)
            throws LanguageModelException {
        ChatResult result = complete(OllamaRequests.chat(settings.model(), messages, options, false, schema.toJson()),
                options);
        try {
            return StructuredAnswer.accept(result, schema);
        } catch (ModelAnswerRejected rejected) {
            // The reason quotes the answer, which may hold the user's data: the caller reports it, the log does not.
            log.info("Ollama's structured answer ({}) was rejected: {}", result.model(),
                    rejected.violations().isEmpty() ? "unreadable" : rejected.violations().size() + " schema violations");
            throw rejected;
        }
    }

    @Override
    public ChatResult chatStreaming(List<ChatMessage> messages, ChatOptions options, Consumer<String> onToken,
            CancellationToken cancellation) throws LanguageModelException {
        ObjectNode body = OllamaRequests.chat(settings.model(), messages, options, true, null);
        if (cancellation.isCancelled()) {
            throw OllamaFailures.cancelled();
        }
        Duration timeout = timeout(options);
        long started = System.nanoTime();
        try (LineStream stream = api.openLines(post(CHAT, body), null, timeout)) {
            CancellationToken.Registration stop = cancellation.onCancel(stream::abort);
            try {
                return readStream(stream, onToken, cancellation, started);
            } finally {
                stop.close();
            }
        } catch (ConnectorException e) {
            if (cancellation.isCancelled()) {
                throw OllamaFailures.cancelled();
            }
            throw failures.transport(e, settings.model(), timeout);
        }
    }

    private ChatResult readStream(LineStream stream, Consumer<String> onToken, CancellationToken cancellation,
            long started) throws ConnectorException, LanguageModelException {
        int status = stream.status();
        if (status != 200) {
            throw failures.status(status, stream.readRest(), settings.model(), CHAT);
        }
        StringBuilder text = new StringBuilder();
        OllamaChatReply last = null;
        for (String line = stream.nextLine(); line != null && !cancellation.isCancelled(); line = stream.nextLine()) {
            if (line.isBlank()) {
                continue;
            }
            OllamaChatReply piece = parse(line);
            if (piece.failed()) {
                throw OllamaFailures.midStream(piece.error(), settings.model());
            }
            if (!piece.content().isEmpty()) {
                text.append(piece.content());
                onToken.accept(piece.content());
            }
            if (piece.done()) {
                last = piece;
                break;
            }
        }
        if (cancellation.isCancelled()) {
            throw OllamaFailures.cancelled();
        }
        if (last == null) {
            throw new LanguageModelException(LanguageModelException.Kind.SERVER_ERROR,
                    "Ollama's answer ended before it was complete (model " + settings.model() + ")");
        }
        return result(text.toString(), last, started);
    }

    @Override
    public List<float[]> embed(List<String> texts) throws LanguageModelException {
        if (texts.isEmpty()) {
            return List.of();
        }
        String model = settings.embeddingModel();
        ApiResponse response = exchange(EMBED, OllamaRequests.embed(model, texts), settings.requestTimeout(), model);
        if (response.status() != 200) {
            throw failures.status(response.status(), response.body(), model, EMBED);
        }
        List<float[]> vectors = OllamaEmbeddings.read(response.body(), texts.size());
        log.debug("Ollama embedded {} texts with {} ({} dimensions)", texts.size(), model, vectors.get(0).length);
        return vectors;
    }

    @Override
    public ModelHealth health() {
        return healthCheck.check();
    }

    private ChatResult complete(ObjectNode body, ChatOptions options) throws LanguageModelException {
        long started = System.nanoTime();
        ApiResponse response = exchange(CHAT, body, timeout(options), settings.model());
        if (response.status() != 200) {
            throw failures.status(response.status(), response.body(), settings.model(), CHAT);
        }
        OllamaChatReply reply = parse(response.body());
        if (reply.failed()) {
            throw OllamaFailures.midStream(reply.error(), settings.model());
        }
        if (!reply.done()) {
            throw OllamaFailures.malformed("an unfinished answer where a complete one was asked for", CHAT);
        }
        return result(reply.content(), reply, started);
    }

    private ApiResponse exchange(String path, ObjectNode body, Duration timeout, String model)
            throws LanguageModelException {
        try {
            return api.exchange(post(path, body), null, timeout);
        } catch (ConnectorException e) {
            throw failures.transport(e, model, timeout);
        }
    }

    private ChatResult result(String text, OllamaChatReply last, long startedNanos) {
        String model = last.model() == null || last.model().isBlank() ? settings.model() : last.model();
        Duration took = Duration.ofNanos(System.nanoTime() - startedNanos);
        if ("length".equals(last.doneReason())) {
            log.debug("Ollama's answer ({}) stopped at the token limit", model);
        }
        log.debug("Ollama {} answered: {} prompt + {} answer tokens in {} ms", model, last.promptTokens(),
                last.completionTokens(), took.toMillis());
        return new ChatResult(text, model, last.promptTokens(), last.completionTokens(), took);
    }

    private HttpRequest.Builder post(String path, ObjectNode body) {
        return HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
                // Ollama speaks HTTP/1.1; skipping the h2c upgrade offer keeps the exchange plain.
                .version(HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private static OllamaChatReply parse(String text) throws LanguageModelException {
        try {
            return OllamaChatReply.parse(text);
        } catch (OllamaChatReply.MalformedReply e) {
            throw OllamaFailures.malformed(e.getMessage(), CHAT);
        }
    }

    private Duration timeout(ChatOptions options) {
        return options.timeout() != null ? options.timeout() : settings.requestTimeout();
    }
}
