package dev.quarterdeck.connectors.jira;

import java.net.URI;
import java.time.Duration;

/**
 * One Jira Cloud site: its URL ({@code https://acme.atlassian.net}, or a local server in tests), the account's
 * e-mail address, the name of the API token in the secret store, the page size (1–100) and the request timeout.
 */
public record JiraConfig(URI siteUrl, String email, String tokenSecret, int pageSize, Duration requestTimeout) {

    public JiraConfig {
        if (siteUrl == null || siteUrl.getHost() == null) {
            throw new IllegalArgumentException("siteUrl must be an absolute URL");
        }
        String text = siteUrl.toString();
        siteUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("email must be the Atlassian account's e-mail address");
        }
        email = email.strip();
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

    public static JiraConfig cloud(URI siteUrl, String email, String tokenSecret) {
        return new JiraConfig(siteUrl, email, tokenSecret, 50, Duration.ofSeconds(30));
    }
}
