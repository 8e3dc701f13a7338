package dev.quarterdeck.connectors.google.oauth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quarterdeck.connectors.http.Json;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The user's own OAuth client, as Google Cloud Console downloads it for a "Desktop app":
 * <pre>
 * {"installed":{"client_id":"…apps.googleusercontent.com","client_secret":"GOCSPX-…",
 *   "auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token",…}}
 * </pre>
 * Google says a desktop client's secret is not confidential, yet it is kept in the secret store like a token and
 * left out of {@link #toString()}. Both endpoints must be HTTPS (plain HTTP only on this machine's loopback, which
 * the tests use), so a doctored file cannot send the authorization code or the secret over the network in clear.
 */
public final class GoogleOAuthClient {

    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

    private final String clientId;
    private final String clientSecret;
    private final URI authUri;
    private final URI tokenUri;

    public GoogleOAuthClient(String clientId, String clientSecret, URI authUri, URI tokenUri) {
        this.clientId = required(clientId, "client_id");
        this.clientSecret = required(clientSecret, "client_secret");
        this.authUri = endpoint(authUri, "auth_uri");
        this.tokenUri = endpoint(tokenUri, "token_uri");
    }

    /**
     * Reads the downloaded JSON. Throws {@link IllegalArgumentException} with a message for the user when the file
     * is not a desktop client's JSON (a "Web application" client, a service-account key, anything else).
     */
    public static GoogleOAuthClient fromJson(String json) {
        JsonNode root;
        try {
            root = json == null ? null : Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("This file is not JSON. Download the OAuth client again from Google "
                    + "Cloud Console (Credentials, the download icon next to your Desktop app client).");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("This file is not an OAuth client JSON from Google Cloud Console.");
        }
        JsonNode installed = root.get("installed");
        if (installed == null || !installed.isObject()) {
            if (root.has("web")) {
                throw new IllegalArgumentException("This is the JSON of a \"Web application\" OAuth client. "
                        + "Quarterdeck needs a \"Desktop app\" client: create one under Credentials, Create "
                        + "credentials, OAuth client ID, Application type \"Desktop app\".");
            }
            if ("service_account".equals(Json.text(root, "type"))) {
                throw new IllegalArgumentException("This is a service-account key, not an OAuth client. Create an "
                        + "OAuth client ID of type \"Desktop app\" and import its JSON.");
            }
            throw new IllegalArgumentException("This JSON has no \"installed\" section: it is not the JSON of a "
                    + "\"Desktop app\" OAuth client.");
        }
        return new GoogleOAuthClient(Json.text(installed, "client_id"), Json.text(installed, "client_secret"),
                uri(Json.text(installed, "auth_uri"), "auth_uri"), uri(Json.text(installed, "token_uri"), "token_uri"));
    }

    /** The same {@code installed} JSON, for the secret store. */
    public String toJson() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode installed = root.putObject("installed");
        installed.put("client_id", clientId);
        installed.put("client_secret", clientSecret);
        installed.put("auth_uri", authUri.toString());
        installed.put("token_uri", tokenUri.toString());
        return root.toString();
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public URI authUri() {
        return authUri;
    }

    public URI tokenUri() {
        return tokenUri;
    }

    @Override
    public String toString() {
        return "GoogleOAuthClient[" + clientId + ", secret redacted]";
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The OAuth client JSON has no \"" + field + "\".");
        }
        return value.strip();
    }

    private static URI uri(String value, String field) {
        try {
            return new URI(required(value, field));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The OAuth client JSON's \"" + field + "\" is not a URL.");
        }
    }

    private static URI endpoint(URI uri, String field) {
        if (uri == null || uri.getHost() == null || uri.getScheme() == null) {
            throw new IllegalArgumentException("The OAuth client JSON's \"" + field + "\" is not an absolute URL.");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean loopback = LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT));
        if (!scheme.equals("https") && !(scheme.equals("http") && loopback)) {
            throw new IllegalArgumentException("The OAuth client JSON's \"" + field + "\" must be an https:// URL.");
        }
        return uri;
    }
}
