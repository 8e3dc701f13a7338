package dev.quarterdeck.connectors.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local Ollama server for tests, speaking its HTTP API as Ollama 0.6 does: {@code GET /} ("Ollama is running"),
 * {@code GET /api/version}, {@code GET /api/tags}, {@code POST /api/chat} (one JSON object with
 * {@code "stream": false}, otherwise NDJSON pieces ending in a {@code done} line with the token counts) and
 * {@code POST /api/embed}. A model that is not installed gets 404 {@code {"error":"model 'x' not found"}}.
 *
 * <p>The model's answers are scripted with {@link #answer}; without a script it repeats the last user message.
 * Token counts are words: the prompt's words for {@code prompt_eval_count}, the streamed pieces for
 * {@code eval_count}. Faults ({@link FakeOllamaFault}) are queued per path and used once, in order.
 */
public final class FakeOllama implements AutoCloseable {

    public static final String VERSION = "0.6.8";
    public static final int EMBEDDING_DIMENSIONS = 8;

    /** A request as the server saw it; {@code body} is null for a GET or a body that is not JSON. */
    public record Request(String method, String path, JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Set<String> installed = new TreeSet<>();
    private final Deque<String> answers = new ArrayDeque<>();
    private final List<FakeOllamaFault> faults = new ArrayList<>();
    private final List<Request> requests = new ArrayList<>();
    private volatile Duration pieceDelay = Duration.ZERO;

    public FakeOllama() {
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

    /** Names as {@code ollama pull} stores them, e.g. {@code llama3.1:8b} or {@code nomic-embed-text:latest}. */
    public synchronized FakeOllama install(String... models) {
        installed.addAll(List.of(models));
        return this;
    }

    public synchronized FakeOllama uninstall(String model) {
        installed.remove(model);
        return this;
    }

    /** The text the model gives in its next answer (each scripted answer is used once). */
    public synchronized FakeOllama answer(String text) {
        answers.add(text);
        return this;
    }

    /** A pause before each streamed line, so a test can stop an answer half way. */
    public FakeOllama pieceDelay(Duration delay) {
        pieceDelay = delay;
        return this;
    }

    public synchronized FakeOllama fault(FakeOllamaFault fault) {
        faults.add(fault);
        return this;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    public synchronized List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** The body of the last request to {@code path}. */
    public JsonNode lastBody(String path) {
        List<Request> matching = requests(path);
        if (matching.isEmpty()) {
            throw new AssertionError("no request to " + path);
        }
        return matching.get(matching.size() - 1).body();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void dispatch(HttpExchange exchange) {
        try (exchange) {
            String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            JsonNode body = parseOrNull(text);
            FakeOllamaFault fault;
            synchronized (this) {
                requests.add(new Request(exchange.getRequestMethod(), path, body));
                fault = takeFault(path);
            }
            if (fault != null && !fault.delay().isZero()) {
                Thread.sleep(fault.delay().toMillis());
            }
            if (fault != null && fault.rawStatus() > 0) {
                send(exchange, fault.rawStatus(), fault.rawBody());
                return;
            }
            route(exchange, path, body, fault);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // The client gave up (timeout and cancellation tests): nothing more to send.
        }
    }

    private void route(HttpExchange exchange, String path, JsonNode body, FakeOllamaFault fault)
            throws IOException, InterruptedException {
        String method = exchange.getRequestMethod();
        switch (method + " " + path) {
            case "GET /", "HEAD /" -> sendText(exchange, 200, "Ollama is running");
            case "GET /api/version" -> send(exchange, 200, JSON.createObjectNode().put("version", VERSION).toString());
            case "GET /api/tags" -> send(exchange, 200, tags());
            case "POST /api/chat" -> chat(exchange, body, fault);
            case "POST /api/embed" -> embed(exchange, body);
            default -> sendText(exchange, 404, "404 page not found");
        }
    }

    private void chat(HttpExchange exchange, JsonNode body, FakeOllamaFault fault)
            throws IOException, InterruptedException {
        String model = body == null ? null : body.path("model").asText(null);
        if (body == null || model == null || !body.path("messages").isArray()) {
            sendError(exchange, 400, body == null ? "invalid character in request body" : "model is required");
            return;
        }
        if (!isInstalled(model)) {
            sendError(exchange, 404, "model '" + model + "' not found");
            return;
        }
        String answer = nextAnswer(body.get("messages"));
        List<String> pieces = pieces(answer);
        long promptTokens = promptWords(body.get("messages"));
        boolean stream = !body.has("stream") || body.get("stream").asBoolean();
        if (!stream) {
            ObjectNode reply = reply(model, answer, true);
            finish(reply, promptTokens, pieces.size());
            send(exchange, 200, reply.toString());
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "application/x-ndjson");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < pieces.size(); i++) {
                if (fault != null && fault.afterPieces() == i && fault.interrupts()) {
                    interrupt(out, fault);
                    return;
                }
                pause(pieceDelay);
                writeLine(out, reply(model, pieces.get(i), false).toString());
            }
            if (fault != null && fault.afterPieces() >= pieces.size() && fault.interrupts()) {
                interrupt(out, fault);
                return;
            }
            pause(pieceDelay);
            ObjectNode last = reply(model, "", true);
            finish(last, promptTokens, pieces.size());
            writeLine(out, last.toString());
        }
    }

    /** What a fault does in the middle of a stream: an error line, a stall, garbage, or the end of the body. */
    private static void interrupt(OutputStream out, FakeOllamaFault fault) throws IOException, InterruptedException {
        if (fault.stall() != null) {
            pause(fault.stall());
        }
        if (fault.midStreamError() != null) {
            writeLine(out, JSON.createObjectNode().put("error", fault.midStreamError()).toString());
        }
        if (fault.midStreamLine() != null) {
            writeLine(out, fault.midStreamLine());
        }
    }

    private void embed(HttpExchange exchange, JsonNode body) throws IOException {
        String model = body == null ? null : body.path("model").asText(null);
        if (body == null || model == null) {
            sendError(exchange, 400, body == null ? "invalid character in request body" : "model is required");
            return;
        }
        if (!isInstalled(model)) {
            sendError(exchange, 404, "model '" + model + "' not found");
            return;
        }
        JsonNode input = body.get("input");
        List<String> texts = new ArrayList<>();
        if (input != null && input.isTextual()) {
            texts.add(input.asText());
        } else if (input != null && input.isArray()) {
            input.forEach(node -> texts.add(node.asText()));
        }
        ObjectNode reply = JSON.createObjectNode().put("model", model);
        ArrayNode embeddings = reply.putArray("embeddings");
        texts.forEach(one -> {
            ArrayNode vector = embeddings.addArray();
            for (float value : vectorOf(one)) {
                vector.add(value);
            }
        });
        reply.put("total_duration", 14_143_917L).put("load_duration", 1_019_500L)
                .put("prompt_eval_count", texts.stream().mapToLong(FakeOllama::words).sum());
        send(exchange, 200, reply.toString());
    }

    /**
     * A vector that depends only on the text (so equal texts embed equally): character statistics scaled to unit
     * length, as real embeddings are.
     */
    public static float[] vectorOf(String text) {
        float[] raw = new float[EMBEDDING_DIMENSIONS];
        raw[0] = 1;
        for (int i = 0; i < text.length(); i++) {
            raw[1 + Math.floorMod(text.charAt(i), EMBEDDING_DIMENSIONS - 1)] += 1;
        }
        double norm = 0;
        for (float value : raw) {
            norm += value * value;
        }
        float[] unit = new float[raw.length];
        for (int i = 0; i < raw.length; i++) {
            unit[i] = (float) (raw[i] / Math.sqrt(norm));
        }
        return unit;
    }

    private synchronized String tags() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode models = root.putArray("models");
        for (String name : installed) {
            ObjectNode model = models.addObject().put("name", name).put("model", name)
                    .put("modified_at", "2025-05-02T10:14:07.123456789+02:00")
                    .put("size", 4_920_753_328L)
                    .put("digest", "46e0c10c039e019119339687c3c1757cc81b9da49709a3b3924863ba87ca666e");
            model.putObject("details").put("parent_model", "").put("format", "gguf").put("family", "llama")
                    .put("parameter_size", "8.0B").put("quantization_level", "Q4_K_M")
                    .putArray("families").add("llama");
        }
        return root.toString();
    }

    private synchronized boolean isInstalled(String model) {
        String wanted = model.contains(":") ? model : model + ":latest";
        return installed.contains(wanted);
    }

    private synchronized String nextAnswer(JsonNode messages) {
        if (!answers.isEmpty()) {
            return answers.poll();
        }
        String lastUser = "";
        for (JsonNode message : messages) {
            if ("user".equals(message.path("role").asText())) {
                lastUser = message.path("content").asText();
            }
        }
        return "You said: " + lastUser;
    }

    private synchronized FakeOllamaFault takeFault(String path) {
        Iterator<FakeOllamaFault> it = faults.iterator();
        while (it.hasNext()) {
            FakeOllamaFault next = it.next();
            if (next.path().equals(path)) {
                it.remove();
                return next;
            }
        }
        return null;
    }

    private static ObjectNode reply(String model, String content, boolean done) {
        ObjectNode reply = JSON.createObjectNode().put("model", model).put("created_at", Instant.now().toString());
        reply.putObject("message").put("role", "assistant").put("content", content);
        reply.put("done", done);
        return reply;
    }

    private static void finish(ObjectNode reply, long promptTokens, long answerTokens) {
        reply.put("done_reason", "stop").put("total_duration", 5_043_500_667L).put("load_duration", 5_025_959L)
                .put("prompt_eval_count", promptTokens).put("prompt_eval_duration", 325_953_000L)
                .put("eval_count", answerTokens).put("eval_duration", 4_709_213_000L);
    }

    /** The answer cut after each run of white space, as a model streams it word by word. */
    static List<String> pieces(String answer) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < answer.length(); i++) {
            char c = answer.charAt(i);
            current.append(c);
            boolean endOfSpace = Character.isWhitespace(c)
                    && (i + 1 == answer.length() || !Character.isWhitespace(answer.charAt(i + 1)));
            if (endOfSpace) {
                pieces.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            pieces.add(current.toString());
        }
        return pieces;
    }

    private static long promptWords(JsonNode messages) {
        long words = 0;
        for (JsonNode message : messages) {
            words += words(message.path("content").asText());
        }
        return words;
    }

    private static long words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private static JsonNode parseOrNull(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    private static void pause(Duration delay) throws InterruptedException {
        if (!delay.isZero()) {
            Thread.sleep(delay.toMillis());
        }
    }

    private static void writeLine(OutputStream out, String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void sendError(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, JSON.createObjectNode().put("error", message).toString());
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        write(exchange, status, json);
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
        write(exchange, status, text);
    }

    private static void write(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        boolean head = exchange.getRequestMethod().toUpperCase(Locale.ROOT).equals("HEAD");
        exchange.sendResponseHeaders(status, head || bytes.length == 0 ? -1 : bytes.length);
        if (!head && bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
