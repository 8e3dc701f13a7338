package dev.quarterdeck.connectors.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quarterdeck.connectors.http.Json;
import dev.quarterdeck.connectors.http.Snippets;
import dev.quarterdeck.core.ai.LanguageModelException;
import dev.quarterdeck.core.ai.LanguageModelException.Kind;
import dev.quarterdeck.core.connector.ConnectorException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;

/** Ollama's failures as messages a user can act on. */
final class OllamaFailures {

    private static final int MAX_ERROR_LENGTH = 300;

    private final URI baseUrl;

    OllamaFailures(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    static String notRunningMessage(URI baseUrl) {
        return "Ollama is not running at " + baseUrl;
    }

    static String notInstalledMessage(String model) {
        return "Model " + model + " is not installed: run `ollama pull " + model + "`";
    }

    /** Nothing usable came back: refused connection, unknown host, timeout, dropped connection. */
    LanguageModelException transport(ConnectorException e, String model, Duration timeout) {
        Throwable cause = rootCause(e);
        if (cause instanceof HttpTimeoutException) {
            return new LanguageModelException(Kind.TIMED_OUT, "Ollama did not answer within " + seconds(timeout)
                    + " (model " + model + "); a slow computer or a large model may need a longer timeout in"
                    + " Settings", e);
        }
        if (cause instanceof ConnectException || cause instanceof UnknownHostException
                || cause instanceof UnresolvedAddressException) {
            return new LanguageModelException(Kind.UNREACHABLE, notRunningMessage(baseUrl), e);
        }
        return new LanguageModelException(Kind.UNREACHABLE, "Ollama at " + baseUrl + " cannot be reached: "
                + e.getMessage(), e);
    }

    /** An answer with a status other than 200; {@code body} is Ollama's {@code {"error": ...}} as a rule. */
    LanguageModelException status(int status, String body, String model, String path) {
        String error = errorText(body);
        String detail = error.isEmpty() ? String.valueOf(status) : status + ": " + error;
        String lower = error.toLowerCase(Locale.ROOT);
        if (status == 404 && lower.contains("model") && lower.contains("not found")) {
            return new LanguageModelException(Kind.MODEL_MISSING, notInstalledMessage(model));
        }
        if (status == 404) {
            return new LanguageModelException(Kind.REFUSED, "The server at " + baseUrl + " has no " + path + " ("
                    + detail + "): is it Ollama, and up to date?");
        }
        if (status == 429 || status == 503) {
            return new LanguageModelException(Kind.SERVER_ERROR, "Ollama is busy (" + detail + "); try again shortly");
        }
        if (status >= 500) {
            return new LanguageModelException(Kind.SERVER_ERROR, "Ollama failed (" + detail + ") with model " + model);
        }
        return new LanguageModelException(Kind.REFUSED, "Ollama refused the request (" + detail + ") for model "
                + model);
    }

    /** An {@code {"error": ...}} line instead of the next piece of a streamed answer. */
    static LanguageModelException midStream(String error, String model) {
        return new LanguageModelException(Kind.SERVER_ERROR, "Ollama stopped answering with an error: "
                + Snippets.shorten(error, MAX_ERROR_LENGTH) + " (model " + model + ")");
    }

    static LanguageModelException malformed(String what, String path) {
        return new LanguageModelException(Kind.MALFORMED_RESPONSE, "Ollama sent a reply Quarterdeck cannot read ("
                + what + ") for " + path);
    }

    static LanguageModelException cancelled() {
        return new LanguageModelException(Kind.CANCELLED, "The answer was stopped");
    }

    private static String errorText(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode root = Json.MAPPER.readTree(body);
            String error = Json.text(root, "error");
            if (error != null && !error.isBlank()) {
                return Snippets.shorten(error, MAX_ERROR_LENGTH);
            }
        } catch (Exception notJson) {
            // A proxy's HTML page or plain text: show its start below.
        }
        return Snippets.plain(body, 120);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable current = e;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
            if (current instanceof HttpTimeoutException || current instanceof ConnectException) {
                return current;
            }
        }
        return current;
    }

    private static String seconds(Duration timeout) {
        long millis = timeout.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
