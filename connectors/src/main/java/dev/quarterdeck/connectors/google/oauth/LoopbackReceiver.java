package dev.quarterdeck.connectors.google.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.quarterdeck.connectors.google.oauth.GoogleLoginException.Reason;
import dev.quarterdeck.connectors.http.ApiClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives Google's redirect at {@code http://127.0.0.1:<free port>/callback} for one sign-in. Unlike
 * google-oauth-client-jetty's {@code LocalServerReceiver}, it listens on the loopback interface only (nobody on
 * the network can reach it) and checks {@code state}: a callback that does not carry the state this login sent is
 * refused and ends the login, because it did not come from the request Quarterdeck made. A denied consent
 * ({@code error=access_denied}) ends it too, with a message saying so. The browser always gets a small page that
 * tells the user what happened and that the tab can be closed.
 *
 * <p>The first callback decides; the server stops as soon as the code is taken, the wait times out, or
 * {@link #cancel()} is called, which frees the port.
 */
public final class LoopbackReceiver implements AutoCloseable {

    public static final String CALLBACK_PATH = "/callback";
    private static final Logger log = LoggerFactory.getLogger(LoopbackReceiver.class);
    private static final byte[] LOOPBACK = {127, 0, 0, 1};
    private static final int MAX_ERROR_LENGTH = 200;

    private final HttpServer server;
    private final ExecutorService executor;
    private final byte[] expectedState;
    private final CompletableFuture<String> code = new CompletableFuture<>();
    private final AtomicBoolean stopped = new AtomicBoolean();

    private LoopbackReceiver(HttpServer server, ExecutorService executor, String expectedState) {
        this.server = server;
        this.executor = executor;
        this.expectedState = expectedState.getBytes(StandardCharsets.UTF_8);
    }

    /** Opens a free port on 127.0.0.1 and starts listening for the callback that carries {@code expectedState}. */
    public static LoopbackReceiver start(String expectedState) throws GoogleLoginException {
        if (expectedState == null || expectedState.isBlank()) {
            throw new IllegalArgumentException("a state is required");
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(LOOPBACK), 0), 0);
        } catch (IOException e) {
            throw new GoogleLoginException(Reason.RECEIVER_FAILED, "Quarterdeck could not open a local port to "
                    + "receive Google's answer (" + e.getMessage() + ").", e);
        }
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "google-oauth-loopback");
            thread.setDaemon(true);
            return thread;
        });
        LoopbackReceiver receiver = new LoopbackReceiver(server, executor, expectedState);
        server.createContext("/", receiver::handle);
        server.setExecutor(executor);
        server.start();
        log.debug("waiting for Google's redirect on 127.0.0.1:{}", server.getAddress().getPort());
        return receiver;
    }

    /** Where Google sends the browser back to, e.g. {@code http://127.0.0.1:53682/callback}. */
    public URI redirectUri() {
        return URI.create("http://127.0.0.1:" + port() + CALLBACK_PATH);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Waits for the authorization code and stops listening, whatever the outcome: the code, or a
     * {@link GoogleLoginException} for a refused state, a denied consent, a timeout or a cancel.
     */
    public String awaitCode(Duration timeout) throws GoogleLoginException {
        try {
            return code.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new GoogleLoginException(Reason.TIMED_OUT, "No answer came back from the browser within "
                    + ApiClient.humanise(timeout) + ". Press Connect to try again.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GoogleLoginException login) {
                throw new GoogleLoginException(login.reason(), login.getMessage(), login);
            }
            throw new GoogleLoginException(Reason.RECEIVER_FAILED, "Receiving Google's answer failed.", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GoogleLoginException(Reason.CANCELLED, "Sign-in to Google was cancelled.");
        } finally {
            stop();
        }
    }

    /** Stops waiting: {@link #awaitCode} ends with CANCELLED and the port is freed. Harmless when already done. */
    public void cancel() {
        code.completeExceptionally(new GoogleLoginException(Reason.CANCELLED, "Sign-in to Google was cancelled."));
        stop();
    }

    @Override
    public void close() {
        cancel();
    }

    private void stop() {
        if (stopped.compareAndSet(false, true)) {
            server.stop(0);
            executor.shutdown();
            log.debug("stopped listening on 127.0.0.1:{}", server.getAddress().getPort());
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!CALLBACK_PATH.equals(exchange.getRequestURI().getPath())) {
                send(exchange, 404, "Not found", "This address only receives Google's sign-in answer.");
                return;
            }
            if (!"GET".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "Not allowed", "This address only receives Google's sign-in answer.");
                return;
            }
            if (code.isDone()) {
                send(exchange, 200, "Already done", "This sign-in is already finished. You can close this tab.");
                return;
            }
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            if (!stateMatches(query.get("state"))) {
                log.warn("refused a Google sign-in callback whose state did not match the one sent");
                fail(new GoogleLoginException(Reason.STATE_MISMATCH, "Quarterdeck refused an answer that did not "
                        + "come from the sign-in it started (its state did not match). Nothing was connected. "
                        + "Close any old Google sign-in tabs and press Connect again."));
                send(exchange, 400, "Sign-in refused", "Quarterdeck refused this answer because it does not belong "
                        + "to the sign-in Quarterdeck started. Close this tab and press Connect in Quarterdeck "
                        + "again.");
                return;
            }
            String error = query.get("error");
            if (error != null) {
                if (error.equals("access_denied")) {
                    fail(new GoogleLoginException(Reason.ACCESS_DENIED, "Access was denied on Google's consent "
                            + "page, so nothing was connected. Press Connect again and choose Allow to connect."));
                    send(exchange, 200, "Access denied", "You did not allow Quarterdeck to read your Google "
                            + "account, so nothing was connected. You can close this tab.");
                } else {
                    String shown = clean(error) + describe(query.get("error_description"));
                    fail(new GoogleLoginException(Reason.AUTHORIZATION_ERROR, "Google's sign-in page reported an "
                            + "error: " + shown + ". Check the imported OAuth client and press Connect again."));
                    send(exchange, 400, "Sign-in failed", "Google reported an error: " + shown
                            + ". You can close this tab; Quarterdeck shows what to do next.");
                }
                return;
            }
            String received = query.get("code");
            if (received == null || received.isBlank()) {
                fail(new GoogleLoginException(Reason.AUTHORIZATION_ERROR, "Google's answer had no authorization "
                        + "code. Press Connect again."));
                send(exchange, 400, "Sign-in failed", "Google's answer had no authorization code. You can close "
                        + "this tab.");
                return;
            }
            send(exchange, 200, "Signed in", "Quarterdeck received Google's answer. You can close this tab and go "
                    + "back to Quarterdeck.");
            code.complete(received);
        }
    }

    private boolean stateMatches(String state) {
        return state != null && MessageDigest.isEqual(expectedState, state.getBytes(StandardCharsets.UTF_8));
    }

    private void fail(GoogleLoginException failure) {
        code.completeExceptionally(failure);
    }

    private static String describe(String description) {
        return description == null || description.isBlank() ? "" : " (" + clean(description) + ")";
    }

    /** Provider text on our page and in messages: printable characters only, and short. */
    private static String clean(String text) {
        String printable = text.replaceAll("[^\\p{L}\\p{N} _.,:;'()/-]", "").strip();
        return printable.length() <= MAX_ERROR_LENGTH ? printable : printable.substring(0, MAX_ERROR_LENGTH) + "…";
    }

    private static void send(HttpExchange exchange, int status, String title, String message) throws IOException {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Quarterdeck: "
                + escape(title) + "</title></head><body style=\"font-family:sans-serif;margin:3em\"><h1>"
                + escape(title) + "</h1><p>" + escape(message) + "</p></body></html>";
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        try {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                // A repeated parameter is suspicious; keep the first so a second "state" cannot win.
                query.putIfAbsent(name, value);
            }
        } catch (IllegalArgumentException badEscape) {
            // Unreadable: no state can be trusted, so the callback is refused like a forged one.
            return Map.of();
        }
        return query;
    }
}
