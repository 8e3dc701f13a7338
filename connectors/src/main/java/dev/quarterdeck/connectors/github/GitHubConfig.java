package dev.quarterdeck.connectors.github;

import java.net.URI;
import java.time.Duration;

/**
 * One GitHub account: the REST API root ({@code https://api.github.com}, or a local server in tests), the name of
 * the fine-grained token in the secret store, the page size (1–100) and the per-request timeout.
 */
public record GitHubConfig(URI apiBaseUrl, String tokenSecret, int pageSize, Duration requestTimeout) {

    public static final URI PUBLIC_API = URI.create("https://api.github.com");

    public GitHubConfig {
        if (apiBaseUrl == null || apiBaseUrl.getHost() == null) {
            throw new IllegalArgumentException("apiBaseUrl must be an absolute URL");
        }
        String text = apiBaseUrl.toString();
        apiBaseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        if (tokenSecret == null || tokenSecret.isBlank()) {
            throw new IllegalArgumentException("tokenSecret is required");
        }
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("pageSize must be between 1 and 100");
        }
        if (requestTimeout == null || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive");
        }
    }

    public static GitHubConfig publicGitHub(String tokenSecret) {
        return new GitHubConfig(PUBLIC_API, tokenSecret, 100, Duration.ofSeconds(30));
    }
}
