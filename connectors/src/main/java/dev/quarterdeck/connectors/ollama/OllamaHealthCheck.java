package dev.quarterdeck.connectors.ollama;

import dev.quarterdeck.core.ai.ModelHealth;
import dev.quarterdeck.core.ai.ModelSettings;
import io.github.ollama4j.Ollama;
import io.github.ollama4j.exceptions.OllamaException;
import io.github.ollama4j.models.response.Model;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings' "Test": asks Ollama for its version and its models through ollama4j, and says what to do when something
 * is missing. A test should answer quickly, so it waits at most 10 s (less if the request timeout is shorter).
 */
final class OllamaHealthCheck {

    private static final Logger log = LoggerFactory.getLogger(OllamaHealthCheck.class);
    private static final Duration MAX_WAIT = Duration.ofSeconds(10);

    private final ModelSettings settings;

    OllamaHealthCheck(ModelSettings settings) {
        this.settings = settings;
    }

    ModelHealth check() {
        Ollama client = new Ollama(settings.baseUrl().toString());
        client.setRequestTimeoutSeconds(waitSeconds());
        String version;
        List<String> installed;
        try {
            version = client.getVersion();
            installed = client.listModels().stream().map(Model::getName).filter(Objects::nonNull).sorted().toList();
        } catch (OllamaException | RuntimeException e) {
            log.debug("Ollama health check at {} failed: {}", settings.baseUrl(), e.toString());
            return ModelHealth.unreachable(describe(e));
        }
        boolean chatModel = ModelNames.installed(settings.model(), installed);
        boolean embeddingModel = ModelNames.installed(settings.embeddingModel(), installed);
        return new ModelHealth(true, version, installed, chatModel, embeddingModel,
                message(version, chatModel, embeddingModel));
    }

    private String message(String version, boolean chatModel, boolean embeddingModel) {
        String embeddingHint = "embedding model " + settings.embeddingModel() + " is not installed: run `ollama pull "
                + settings.embeddingModel() + "`";
        if (!chatModel) {
            String missing = OllamaFailures.notInstalledMessage(settings.model());
            return embeddingModel ? missing : missing + "; " + embeddingHint;
        }
        String ready = "Ollama " + (version == null ? "" : version + " ") + "is running with " + settings.model();
        return embeddingModel ? ready : ready + "; " + embeddingHint;
    }

    private String describe(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof UnresolvedAddressException) {
                return OllamaFailures.notRunningMessage(settings.baseUrl());
            }
            if (cause instanceof HttpTimeoutException) {
                return "Ollama at " + settings.baseUrl() + " did not answer within " + waitSeconds() + " s";
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getMessage().strip();
        return "The server at " + settings.baseUrl() + " did not answer like Ollama ("
                + (detail.length() > 200 ? detail.substring(0, 200) + "…" : detail) + ")";
    }

    /** ollama4j takes whole seconds. */
    private long waitSeconds() {
        Duration wait = settings.requestTimeout().compareTo(MAX_WAIT) < 0 ? settings.requestTimeout() : MAX_WAIT;
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
