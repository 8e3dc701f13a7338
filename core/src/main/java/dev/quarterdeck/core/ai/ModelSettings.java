package dev.quarterdeck.core.ai;

import dev.quarterdeck.core.common.Require;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * Where the local model server is and which models to use. The request timeout is generous because a local model
 * on a laptop may need a minute to load and answer; it bounds the wait for a complete answer, or for each next
 * token of a streamed one.
 */
public record ModelSettings(URI baseUrl, String model, String embeddingModel, Duration requestTimeout,
        boolean enabled) {

    public static final URI DEFAULT_BASE_URL = URI.create("http://127.0.0.1:11434");
    public static final String DEFAULT_MODEL = "llama3.1:8b";
    public static final String DEFAULT_EMBEDDING_MODEL = "nomic-embed-text";
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(120);

    public ModelSettings {
        baseUrl = normalise(Require.present(baseUrl, "baseUrl"));
        model = Require.text(model, "model", 200);
        embeddingModel = Require.text(embeddingModel, "embeddingModel", 200);
        Require.present(requestTimeout, "requestTimeout");
        if (requestTimeout.isZero() || requestTimeout.isNegative()) {
            throw new IllegalArgumentException("requestTimeout must be positive, was " + requestTimeout);
        }
    }

    public static ModelSettings defaults() {
        return new ModelSettings(DEFAULT_BASE_URL, DEFAULT_MODEL, DEFAULT_EMBEDDING_MODEL, DEFAULT_REQUEST_TIMEOUT,
                true);
    }

    public ModelSettings withBaseUrl(URI value) {
        return new ModelSettings(value, model, embeddingModel, requestTimeout, enabled);
    }

    public ModelSettings withModel(String value) {
        return new ModelSettings(baseUrl, value, embeddingModel, requestTimeout, enabled);
    }

    public ModelSettings withEmbeddingModel(String value) {
        return new ModelSettings(baseUrl, model, value, requestTimeout, enabled);
    }

    public ModelSettings withRequestTimeout(Duration value) {
        return new ModelSettings(baseUrl, model, embeddingModel, value, enabled);
    }

    public ModelSettings withEnabled(boolean value) {
        return new ModelSettings(baseUrl, model, embeddingModel, requestTimeout, value);
    }

    /** An http(s) address with a host and nothing after the port but an optional path; no trailing slash. */
    private static URI normalise(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("baseUrl must be an http or https address, was " + url);
        }
        if (url.getHost() == null || url.getRawQuery() != null || url.getRawFragment() != null
                || url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("baseUrl must be like http://127.0.0.1:11434, was " + url);
        }
        String text = url.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text);
    }
}
