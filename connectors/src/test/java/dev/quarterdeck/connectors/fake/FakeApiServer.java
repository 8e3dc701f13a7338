package dev.quarterdeck.connectors.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What every fake provider shares: an {@link HttpServer} on 127.0.0.1 with a free port, a log of the requests it
 * got, and scripted answers ("the next request to /issues gets a 503") that take precedence over the normal ones.
 */
public abstract class FakeApiServer implements AutoCloseable {

    protected static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A request as the server saw it; header names lower-cased. {@code query} keeps the last value of a repeated
     * parameter; {@link #queryValues} gives all of them (Google's clients repeat list parameters).
     */
    public record Recorded(String method, String path, Map<String, String> query, Map<String, String> headers,
            String rawQuery) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public List<String> queryValues(String name) {
            List<String> values = new ArrayList<>();
            if (rawQuery == null || rawQuery.isEmpty()) {
                return values;
            }
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                if (key.equals(name)) {
                    values.add(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return values;
        }
    }

    /** A canned answer for the next request whose path starts with {@code pathPrefix}. */
    public record Scripted(String pathPrefix, int status, Map<String, String> headers, String body, Duration delay) {

        public static Scripted of(String pathPrefix, int status, Map<String, String> headers, String body) {
            return new Scripted(pathPrefix, status, headers, body, Duration.ZERO);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Recorded> requests = new ArrayList<>();
    private final List<Scripted> scripted = new ArrayList<>();

    protected FakeApiServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a local test server", e);
        }
        server.createContext("/", this::dispatch);
        server.setExecutor(executor);
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public synchronized List<Recorded> requests() {
        return List.copyOf(requests);
    }

    public synchronized List<Recorded> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    public synchronized void clearRequests() {
        requests.clear();
    }

    /** Queues canned answers; each is used once, in order, by the next request to a matching path. */
    public synchronized void script(Scripted... answers) {
        scripted.addAll(List.of(answers));
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** The provider's real behaviour for a request that no script answered. */
    protected abstract Answer answer(Recorded request, String body) throws IOException;

    protected record Answer(int status, Map<String, String> headers, String body) {

        public static Answer json(int status, Object value, Map<String, String> headers) {
            try {
                return new Answer(status, headers, JSON.writeValueAsString(value));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Recorded request = record(exchange);
            Scripted canned = takeScripted(request.path());
            Answer answer;
            if (canned != null) {
                if (!canned.delay().isZero()) {
                    try {
                        Thread.sleep(canned.delay().toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                answer = new Answer(canned.status(), canned.headers(), canned.body());
            } else {
                answer = answer(request, body);
            }
            send(exchange, answer);
        } catch (IOException | RuntimeException e) {
            // The client may have given up (timeout tests); nothing to answer then.
        }
    }

    private synchronized Recorded record(HttpExchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                String.join(",", values)));
        URI uri = exchange.getRequestURI();
        Recorded recorded = new Recorded(exchange.getRequestMethod(), uri.getPath(), query(uri.getRawQuery()),
                headers, uri.getRawQuery());
        requests.add(recorded);
        return recorded;
    }

    private synchronized Scripted takeScripted(String path) {
        Iterator<Scripted> it = scripted.iterator();
        while (it.hasNext()) {
            Scripted next = it.next();
            if (path.startsWith(next.pathPrefix())) {
                it.remove();
                return next;
            }
        }
        return null;
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
        boolean noBody = answer.status() == 304 || answer.status() == 204 || bytes.length == 0;
        if (!noBody && !exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        }
        exchange.sendResponseHeaders(answer.status(), noBody ? -1 : bytes.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    public static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.put(name, value);
        }
        return query;
    }
}
