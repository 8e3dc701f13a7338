package dev.quarterdeck.connectors.fake;

import dev.quarterdeck.connectors.google.oauth.AuthorizationBrowser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plays the user's browser in OAuth tests: it is handed the authorization URL, follows it to the fake authorization
 * server and through its redirect to the loopback receiver, the way a browser does after the user clicks Allow, and
 * keeps the page the receiver answered with. Variants: a browser that goes straight to the loopback address with a
 * forged state (another page trying to slip its own code in), one that never finishes, and one that cannot open.
 */
public final class SimulatedBrowser implements AuthorizationBrowser {

    /** The last page the browser showed. */
    public record Page(int status, String body) {
    }

    private enum Mode { FOLLOW, FORGE_STATE, IDLE, BROKEN }

    private final Mode mode;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final List<URI> opened = new ArrayList<>();
    private volatile Page page;

    private SimulatedBrowser(Mode mode) {
        this.mode = mode;
    }

    public static SimulatedBrowser following() {
        return new SimulatedBrowser(Mode.FOLLOW);
    }

    public static SimulatedBrowser forgingState() {
        return new SimulatedBrowser(Mode.FORGE_STATE);
    }

    /** Opens the URL but the user never completes the consent. */
    public static SimulatedBrowser idle() {
        return new SimulatedBrowser(Mode.IDLE);
    }

    /** No browser can be started (e.g. a headless session). */
    public static SimulatedBrowser broken() {
        return new SimulatedBrowser(Mode.BROKEN);
    }

    @Override
    public void open(URI authorizationUrl) throws IOException {
        opened.add(authorizationUrl);
        switch (mode) {
            case FOLLOW -> visit(authorizationUrl);
            case FORGE_STATE -> {
                String redirect = FakeApiServer.query(authorizationUrl.getRawQuery()).get("redirect_uri");
                visit(URI.create(redirect + "?state=" + URLEncoder.encode("forged-state", StandardCharsets.UTF_8)
                        + "&code=4%2F0AbStolenCode&scope=" + URLEncoder.encode("https://www.googleapis.com/auth/"
                                + "gmail.readonly", StandardCharsets.UTF_8)));
            }
            case IDLE -> {
            }
            case BROKEN -> throw new IOException("no browser available");
        }
    }

    /** Visits a URL as the user would by pasting it, following redirects. */
    public Page visit(URI uri) throws IOException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).GET()
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            page = new Page(response.statusCode(), response.body());
            return page;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    public List<URI> opened() {
        return List.copyOf(opened);
    }

    public Page page() {
        return page;
    }

    /** The query parameters of the first URL opened. */
    public Map<String, String> openedQuery() {
        return FakeApiServer.query(opened.get(0).getRawQuery());
    }
}
